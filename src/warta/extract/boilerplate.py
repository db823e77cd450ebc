"""Line classifiers shared by the HTML and plain-text modes: which lines are boilerplate, which open the tail after
the story, which are photo captions, which are editor codes.

The words come from every available language pack (``lang/<code>/boilerplate.toml`` and ``calendar.toml``): the
page language is usually unknown at extraction time, and the markers of one language are very unlikely to be story
text in another, so applying all of them stays data-driven and safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lang

_SPACE = re.compile(r"\s+")
# Punctuation and symbols trimmed from both ends before a whole-line comparison ("FOLLOW US", "Tags:", "— Related —").
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
# Editor/desk codes closing a story: "(WIL)", "(rzy/ant)", "(nds)", "(*)", "[ant]". Shape only, no words.
EDITOR_CODE = re.compile(r"\s*[(\[]\s*(?:\*|[A-Za-z]{1,5}(?:\s*[/,]\s*[A-Za-z]{1,5}){0,3}|[A-Za-z]{1,5}\s*/\s*\*)\s*[)\]]\s*$")
# Pagination notes: "Page 2 of 3", "Halaman 2 dari 3", "1 / 3", "2 of 3".
_PAGINATION = re.compile(r"^(?:[^\W\d_]{3,9}\s+)?\d{1,2}\s*(?:/|of|dari|von|de|di)\s*\d{1,2}$", re.I)
# A trailing parenthesised group, the usual shape of a photo credit: "... 2022. (Alexandr Demyanchuk / SPUTNIK / AFP)".
TRAILING_PAREN = re.compile(r"\s*[(\[]([^()\[\]]{2,120})[)\]]\s*$")
_TRAILING_LABEL = re.compile(r"(?<=[.!?])\s+([^\W\d_][\w ]{1,20}?)\s*:\s*([^.!?:]{2,60})\.?\s*$")
# Sentence ends, to find the last sentence of a caption ("… Rabu (13/3/2024). ANTARA FOTO/Aprillio Akbar/rwa.").
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[^\s])")


@lru_cache(maxsize=4096)
def norm(line: str) -> str:
    """Lower case, inner whitespace collapsed, edges trimmed of spaces (punctuation is kept)."""
    return _SPACE.sub(" ", line.replace("\u00a0", " ")).strip().lower()


@lru_cache(maxsize=4096)
def bare(line: str) -> str:
    """``norm`` and then punctuation trimmed at both ends: the key for whole-line matches."""
    return _EDGE.sub("", norm(line))


@dataclass(frozen=True)
class Markers:
    drop_exact: frozenset[str]
    drop_prefixes: tuple[str, ...]
    drop_suffixes: tuple[str, ...]
    tail_exact: frozenset[str]
    tail_prefixes: tuple[str, ...]
    author_labels: tuple[str, ...]
    other_labels: tuple[str, ...]
    not_authors: frozenset[str]
    caption_prefixes: tuple[str, ...]
    credit_cues: frozenset[str]
    credit_cue_words: tuple[str, ...]  # the cues as runs of words ("kompas com", "antara foto")
    caption_labels: frozenset[str]  # "foto", "photo", "image source", "image caption"
    caption_noise: tuple[str, ...]  # link text glued to captions ("purchase licensing rights")
    not_places: frozenset[str]
    zones: dict[str, str]  # "wib" -> "+07:00"
    months: dict[str, int]  # every pack's month names and abbreviations
    days: frozenset[str]
    month_zone: dict[str, str] = field(default_factory=dict)  # a month name only one zoned language uses -> its zone
    tld_zone: dict[str, str] = field(default_factory=dict)  # "id" -> "+07:00"
    lang_zone: dict[str, str] = field(default_factory=dict)  # "id" -> "+07:00": the zone of that language's outlets


@lru_cache(maxsize=64)
def _prefix_re(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of prefixes; a prefix ending in a letter or digit must end a word there."""
    alt = "|".join(re.escape(p) + (r"(?!\w)" if p[-1].isalnum() else "") for p in prefixes if p)
    return re.compile(f"(?:{alt})" if alt else r"(?!)")


def _starts(text: str, prefixes: tuple[str, ...]) -> bool:
    """``text`` starts with one of ``prefixes`` as whole words ("baca:" matches, "tags" does not match "tagset")."""
    return _prefix_re(prefixes).match(text) is not None


@lru_cache(maxsize=1)
def markers() -> Markers:
    drop_exact: set[str] = set()
    tail_exact: set[str] = set()
    lists: dict[str, list[str]] = {
        k: [] for k in ("drop", "suffix", "tail", "author", "other", "notauth", "cap", "cue", "np", "noise")
    }
    zones: dict[str, str] = {}
    months: dict[str, int] = {}
    days: set[str] = set()
    month_langs: dict[str, set[str]] = {}
    lang_zone: dict[str, str] = {}
    tld_zone: dict[str, str] = {}
    for code in lang.available():
        pk = lang.pack(code)
        b = pk.data("boilerplate")
        cal = pk.data("calendar")
        drop_exact.update(bare(x) for x in b.get("lines", {}).get("exact", []))
        lists["drop"] += [norm(x) for x in b.get("lines", {}).get("prefixes", [])]
        lists["suffix"] += [norm(x) for x in b.get("lines", {}).get("suffixes", [])]
        tail_exact.update(bare(x) for x in b.get("tail", {}).get("exact", []))
        lists["tail"] += [norm(x) for x in b.get("tail", {}).get("prefixes", [])]
        by = b.get("byline", {})
        lists["author"] += [norm(x) for x in by.get("author_labels", [])]
        lists["other"] += [norm(x) for x in by.get("other_labels", [])]
        lists["notauth"] += [bare(x) for x in by.get("not_authors", [])]
        cap = b.get("captions", {})
        lists["cap"] += [norm(x) for x in cap.get("prefixes", [])]
        lists["cue"] += [bare(x) for x in cap.get("credit_cues", [])]
        lists["label"] = lists.get("label", []) + [norm(x) for x in cap.get("labels", [])]
        lists["noise"] += [norm(x) for x in cap.get("noise", [])]
        lists["np"] += [bare(x) for x in b.get("dateline", {}).get("not_places", [])]
        zones.update({k.lower(): v for k, v in b.get("zones", {}).items()})
        loc = b.get("locale", {})
        if loc.get("default_zone"):
            lang_zone[code] = loc["default_zone"]
            for tld in loc.get("tlds", []):
                tld_zone[tld.lower().lstrip(".")] = loc["default_zone"]
        for name, number in cal.get("months", {}).items():
            months[name.lower()] = int(number)
            month_langs.setdefault(name.lower(), set()).add(code)
        days.update(d.lower() for d in cal.get("days", {}))
    # A month name written only by languages with a default zone ("Juli", "Agustus") marks a bare byline time as
    # local time of that language's outlets; a shared spelling ("April", "September") marks nothing.
    month_zone = {}
    for name, codes in month_langs.items():
        zs = {lang_zone.get(c, "") for c in codes}
        if len(zs) == 1 and "" not in zs:
            month_zone[name] = zs.pop()

    def longest_first(items: list[str]) -> tuple[str, ...]:
        return tuple(sorted(set(i for i in items if i), key=len, reverse=True))

    return Markers(
        drop_exact=frozenset(x for x in drop_exact if x),
        drop_prefixes=longest_first(lists["drop"]),
        drop_suffixes=longest_first(lists["suffix"]),
        tail_exact=frozenset(x for x in tail_exact if x),
        tail_prefixes=longest_first(lists["tail"]),
        author_labels=longest_first(lists["author"]),
        other_labels=longest_first(lists["other"]),
        not_authors=frozenset(lists["notauth"]),
        caption_prefixes=longest_first(lists["cap"]),
        credit_cues=frozenset(lists["cue"]),
        credit_cue_words=tuple(sorted({" ".join(re.findall(r"\w+", c)) for c in lists["cue"]} - {""})),
        caption_labels=frozenset(lists.get("label", [])),
        caption_noise=longest_first(lists["noise"]),
        not_places=frozenset(lists["np"]),
        zones=zones,
        months=months,
        days=frozenset(days),
        month_zone=month_zone,
        tld_zone=tld_zone,
        lang_zone=lang_zone,
    )


def is_drop(line: str, m: Markers | None = None) -> bool:
    """A line that is never story text: related links, ad labels, share prompts, pagination notes, editor codes."""
    m = m or markers()
    n = norm(line)
    if not n:
        return False
    b = _EDGE.sub("", n)
    if not b:  # only punctuation or symbols ("***", "—")
        return len(n) <= 5
    if b in m.drop_exact or _starts(n, m.drop_prefixes):
        return True
    if len(n) <= 200 and n.endswith(m.drop_suffixes):
        return True
    if _PAGINATION.match(b):
        return True
    return bool(EDITOR_CODE.fullmatch(line.strip())) and len(line.strip()) <= 16


@lru_cache(maxsize=16)
def _empty_link_re(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    labels = [p for p in prefixes if p.endswith(":")]
    if not labels:  # an empty alternation would take any line that opens with a comma for an emptied link
        return re.compile(r"(?!)")
    alt = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in labels)
    return re.compile(rf"^\s*(?:(?:{alt})\s*,+\s*)+", re.IGNORECASE)


def after_empty_link(line: str, m: Markers | None = None) -> str | None:
    """The story text after related-link labels whose link text the scraper lost ("Baca juga:,,Baca juga:,,Iran
    membantah …": only the commas that separated the title are left), or None when the line is not one. Dropping
    the whole line as a related link lost ~240 story paragraphs of the okezone records in id-news-clickid."""
    m = m or markers()
    found = _empty_link_re(m.drop_prefixes).match(line)
    if found is None:
        return None
    rest = line[found.end() :].strip()
    return rest or None


def is_tail(line: str, m: Markers | None = None) -> bool:
    """A line that opens the block after the story (related lists, tags, follow prompts, copyright footer)."""
    m = m or markers()
    n = norm(line)
    if not n:
        return False
    return _EDGE.sub("", n) in m.tail_exact or _starts(n, m.tail_prefixes)


def caption_prefix(line: str, m: Markers | None = None) -> bool:
    """A line that starts like a photo caption or credit ("Foto: …", "Dok. …", "Photo: …")."""
    m = m or markers()
    return _starts(norm(line), m.caption_prefixes)


def credit_of(line: str, m: Markers | None = None) -> tuple[str, str] | None:
    """Split a trailing photo credit off a line: ``(caption text, credit)``, or None when the line has none.

    The trailing parenthesised group counts as a credit when it names an agency or photo cue
    ("(ANTARA FOTO/Aprillio Akbar)", "(Reuters)") or is a slash-separated list of names ("(A. Demyanchuk / SPUTNIK / AFP)").
    """
    m = m or markers()
    match = TRAILING_PAREN.search(line)
    if not match:
        # "… Rabu (13/3/2024). ANTARA FOTO/Aprillio Akbar/rwa." : a cue-led slash credit after the last sentence.
        last = _SENTENCES.split(line.rstrip())[-1]
        if last != line.rstrip() and "/" in last and len(last) <= 90 and any(cued(p, m) for p in last.split("/")):
            return line[: len(line.rstrip()) - len(last)].rstrip(), last.strip().rstrip(".")
        # "… in Vientiane on Oct 9. PHOTO: AFP": a labelled credit after the last sentence.
        labelled = _TRAILING_LABEL.search(line)
        if labelled and norm(labelled.group(1)) in m.caption_labels:
            return line[: labelled.start()].rstrip(), labelled.group(2).strip().rstrip(".")
        return None
    credit = match.group(1).strip()
    parts = [p for p in re.split(r"[/|,;]", credit) if p.strip()]
    has_cue = cued(credit, m) or any(cued(p, m) for p in parts)
    slashed = "/" in credit and all(len(p.strip()) <= 40 for p in parts)
    if not (has_cue or slashed) or any(ch.isdigit() for ch in credit[:3]):
        return None
    return line[: match.start()].rstrip(), strip_label(credit, m)


def cued(text: str, m: Markers) -> bool:
    """``text`` names a photo agency or carries a photo cue, as whole words ("Foto: Reuters", "ANTARA FOTO")."""
    words = " ".join(re.findall(r"\w+", text.lower()))
    return any(re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", words) for cue in m.credit_cue_words)


def strip_label(text: str, m: Markers | None = None) -> str:
    """"Foto: Okezone/Arif" -> "Okezone/Arif"; "Image caption, Putin …" -> "Putin …"."""
    m = m or markers()
    match = _LABEL.match(text)
    if match and norm(match.group(1)) in m.caption_labels and match.end() < len(text):
        return text[match.end() :].strip()
    return text.strip()


_LABEL = re.compile(r"\s*([^\W\d_][\w .]{1,20}?)\s*[:,]\s+")


def strip_editor_code(paragraph: str) -> str:
    """Remove an editor code closing the last paragraph: "... Lukashenko. (WIL)" -> "... Lukashenko."."""
    match = EDITOR_CODE.search(paragraph)
    if match and match.start() > 0 and paragraph[: match.start()].rstrip()[-1:] in '.!?"”’)':
        return paragraph[: match.start()].rstrip()
    return paragraph
