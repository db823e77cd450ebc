"""Scoring time expressions against TimeML (TIMEX3) gold, such as the IndoTimex Kompas articles.

A TimeML file gives the creation time (``<DCT>``), a title and a text with ``<TIMEX3>`` tags (which may nest).
``read_timeml`` strips the tags into plain text with gold spans; ``score`` matches system expressions to gold ones
one to one (strict: the same span; relaxed: overlapping spans) and compares values.

TIMEX3 values that ISO 8601 cannot state (and so warta's contract cannot) are compared as None: ``PRESENT_REF`` /
``PAST_REF`` / ``FUTURE_REF``, underspecified durations (``PXM``), seasons (``2014-WI``), decades (``194``); a part of
day (``2014-12-28TMO``) is compared as its date. A zone offset on a system value is ignored (TIMEX3 values have none).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

_TAG = re.compile(r"<(/?)TIMEX3([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(slots=True)
class GoldTimex:
    text: str
    start: int
    end: int
    type: str
    value: str


@dataclass(slots=True)
class GoldDoc:
    name: str
    dct: str
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def read_timeml(path: Path) -> GoldDoc:
    raw = path.read_bytes()
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError:
        data = raw.decode("cp1252")
    data = data.replace("\r\n", "\n")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", data, re.DOTALL)
    body = re.search(r"<TEXT>(.*?)</TEXT>", data, re.DOTALL)
    # Only <TEXT> is annotated (the title's "2014" is not), so only the text is scored.
    source = body.group(1).strip() if body else ""
    text: list[str] = []
    length = 0
    stack: list[tuple[int, dict[str, str]]] = []
    spans: list[GoldTimex] = []
    pos = 0
    for m in _TAG.finditer(source):
        chunk = html.unescape(source[pos : m.start()])
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(1):
            start, attrs = stack.pop()
            spans.append(GoldTimex("", start, length, attrs.get("type", ""), attrs.get("value", "")))
        else:
            stack.append((length, dict(_ATTR.findall(m.group(2)))))
    text.append(html.unescape(source[pos:]))
    plain = "".join(text)
    for s in spans:
        s.text = plain[s.start : s.end]
    spans.sort(key=lambda s: (s.start, -s.end))
    return GoldDoc(path.stem, dct.group(1) if dct else "", plain, spans)


def comparable(value: str | None) -> str | None:
    """A TIMEX3 or system value in the form both can state (see the module docstring)."""
    if not value or value.endswith("_REF") or "X" in value or re.fullmatch(r"\d{3}", value):
        return None
    if re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", value):
        return None
    value = re.sub(r"T(?:MO|AF|EV|NI|DT)$", "", value)
    value = re.sub(r"(T\d\d)$", r"\1:00", value)
    value = re.sub(r"(T\d\d:\d\d(?::\d\d)?)(?:Z|[+-]\d\d:\d\d)$", r"\1", value)
    return value


@dataclass(slots=True)
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_right: int = 0
    type_right: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong_values: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value_right", "type_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.extras += other.extras
        self.wrong_values += other.wrong_values

    def f1(self, matched: int) -> float:
        p = matched / self.system if self.system else 0.0
        r = matched / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def strict_f1(self) -> float:
        return self.f1(self.strict)

    @property
    def relaxed_f1(self) -> float:
        return self.f1(self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return self.value_right / self.relaxed if self.relaxed else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_right / self.relaxed if self.relaxed else 0.0


def score(gold: list[GoldTimex], system: list, name: str = "") -> Score:
    """Match ``system`` (objects with text/start/end/type/value) to ``gold`` one to one and count."""
    out = Score(gold=len(gold), system=len(system))
    used: set[int] = set()
    strict_pairs = {}
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            if j not in used and (g.start, g.end) == (s.start, s.end):
                strict_pairs[i] = j
                used.add(j)
                break
    pairs = dict(strict_pairs)
    for i, s in enumerate(system):
        if i in pairs:
            continue
        for j, g in enumerate(gold):
            if j not in used and g.start < s.end and s.start < g.end:
                pairs[i] = j
                used.add(j)
                break
    out.strict = len(strict_pairs)
    out.relaxed = len(pairs)
    for i, j in pairs.items():
        s, g = system[i], gold[j]
        if comparable(s.value) == comparable(g.value):
            out.value_right += 1
        else:
            out.wrong_values.append(f"{name}: {s.text!r} -> {s.value} (gold {g.text!r} {g.value})")
        out.type_right += s.type == g.type
    out.misses += [f"{name}: {g.text!r} {g.type} {g.value}" for j, g in enumerate(gold) if j not in used]
    out.extras += [f"{name}: {s.text!r} {s.type} {s.value}" for i, s in enumerate(system) if i not in pairs]
    return out
