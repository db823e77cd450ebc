"""Plain-text mode: a page already scraped to text (like the seed page). Paragraphs come from lines; the title, the
byline with its date, the duplicated caption lines at the top, the boilerplate lines and the tail are found from the
shape and position of the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Caption
from .body import HEAD_SPAN, Cleaned, add_caption, caption_of, clean
from .boilerplate import bare, is_drop, is_tail
from .byline import parse_byline

# A title is a short line: at most this many characters and at least two words (seed page; Indonesian titles
# in id-news-clickid run 40-120 characters).
TITLE_MAX = 220
# A block of lines is hard-wrapped (joined into one paragraph) when its lines run at least this long on average
# and mostly do not end a sentence.
WRAP_MIN = 45
WRAP_MAX = 110

_END = re.compile(r"[.!?:;\"”’)]\s*$")


@dataclass(slots=True)
class TextResult:
    title: str | None
    cleaned: Cleaned


def paragraphs(content: str) -> list[str]:
    """Lines -> paragraphs; blocks of hard-wrapped lines are joined, other lines are paragraphs of their own."""
    content = content.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    out: list[str] = []
    for block in re.split(r"\n\s*\n", content):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if len(lines) >= 3 and _hard_wrapped(lines):
            out.append(" ".join(lines))
            continue
        out.extend(lines)
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width: similar lengths, most not ending a sentence, many continuing in lower case.
    (Lists, one item a line, start with digits or dashes and vary in length: id-news-detik2025 bodies.)"""
    body = lines[:-1]
    lengths = [len(ln) for ln in body]
    if max(lengths) > WRAP_MAX or sum(lengths) / len(body) < WRAP_MIN:
        return False
    open_ended = sum(1 for ln in body if not _END.search(ln))
    lower_next = sum(1 for ln in lines[1:] if ln[:1].islower())
    return open_ended * 2 > len(body) and lower_next * 10 >= 3 * len(body)


def _is_title(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) and len(line) <= TITLE_MAX and not line.rstrip().endswith((".", ",", ";"))


def find_title(paras: list[str], *, outlets: tuple[str, ...] = ()) -> int | None:
    """The index of the title line: the line just above the byline, else the first title-shaped line at the top
    that a longer paragraph follows. Caption and boilerplate lines are never titles."""
    head = paras[: HEAD_SPAN * 2]
    counts: dict[str, int] = {}
    for p in head:
        counts[bare(p)] = counts.get(bare(p), 0) + 1

    def candidate(i: int) -> bool:
        p = head[i]
        return (
            _is_title(p) and counts[bare(p)] == 1 and caption_of(p) is None and not is_drop(p) and not is_tail(p)
            and parse_byline(p, outlets=outlets) is None
        )  # fmt: skip

    for i, p in enumerate(head):
        if parse_byline(p, outlets=outlets) is not None:
            for j in range(i - 1, -1, -1):
                if candidate(j):
                    return j
            break
    for i in range(len(head) - 1):
        if candidate(i) and len(head[i + 1]) > len(head[i]):
            return i
    return None


def extract_text(content: str, *, title: str | None, outlets: tuple[str, ...], default_zone: str | None) -> TextResult:
    paras = paragraphs(content)
    known: list[Caption] = []
    at = find_title(paras, outlets=outlets) if title is None else _given_title_at(paras, title)
    if at is not None:
        title = title or paras[at]
        # Lines above the title are captions (kept) or header furniture such as section names (dropped).
        for p in paras[:at]:
            cap = caption_of(p)
            if cap is not None:
                add_caption(known, cap.text, cap.credit)
        paras = paras[at + 1 :]
    cleaned = clean(paras, known_captions=known, title=title, outlets=outlets, default_zone=default_zone)
    return TextResult(title, cleaned)


def _given_title_at(paras: list[str], title: str) -> int | None:
    key = bare(title)
    for i, p in enumerate(paras[: HEAD_SPAN * 2]):
        if bare(p) == key:
            return i
    return None
