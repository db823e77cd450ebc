"""Plain-text mode: a page already scraped to text (like the seed page). Paragraphs come from lines; the title, the
byline with its date, the duplicated caption lines at the top, the boilerplate lines and the tail are found from the
shape and position of the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Caption
from .body import Cleaned, add_caption, caption_of, clean
from .boilerplate import bare, caption_prefix, cued, is_drop, is_tail, markers, strip_label
from .byline import Byline, looks_like_name, name_outlet, parse_byline
from .dates import FoundDate, find_date

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


# The story starts at the first paragraph of at least this many characters and words that is not a caption, a
# byline or a repeated header line (seed page; demo corpus text pages; id-news-detik2025 bodies).
STORY_MIN_CHARS = 90
STORY_MIN_WORDS = 12
# Header lines are looked for among this many lines above the story.
HEAD_MAX = 15


@dataclass(slots=True)
class Header:
    title: str | None = None
    captions: list[Caption] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    date: FoundDate | None = None
    furniture: list[str] = field(default_factory=list)  # every header line, to keep out of the body


def _credit_line(line: str) -> bool:
    """A credit printed on its own line under a caption: "KOMPAS.com/MASRIADI SAMBO", "Foto: Reuters"."""
    if len(line) > 80 or line.rstrip()[-1:] in ".!?" or find_date(line) is not None:
        return False  # "Kompas.com - 08/12/2023, 13:10 WIB" is a date line, its slashes are no credit
    if caption_prefix(line):
        return True
    return "/" in line and any(cued(part, markers()) for part in line.split("/"))


def story_start(paras: list[str], *, outlets: tuple[str, ...] = ()) -> int:
    head = paras[:HEAD_MAX]
    counts: dict[str, int] = {}
    for p in head:
        counts[bare(p)] = counts.get(bare(p), 0) + 1
    for i, p in enumerate(head):
        if len(p) < STORY_MIN_CHARS or len(p.split()) < STORY_MIN_WORDS or counts[bare(p)] > 1:
            continue
        if caption_of(p) is not None or is_drop(p) or parse_byline(p, outlets=outlets) is not None:
            continue
        if i + 1 < len(paras) and _credit_line(paras[i + 1]):
            continue  # a caption whose credit is printed under it
        if any(q != p and bare(q).startswith(bare(p)) for q in head):
            continue  # a caption printed again with its credit
        return i
    return 0


def read_header(lines: list[str], *, outlets: tuple[str, ...], default_zone: str | None) -> Header:
    """Sort the lines above the story into title, byline, date, captions (with their credits) and furniture."""
    h = Header(furniture=list(lines))
    keys = [bare(x) for x in lines]
    candidates: list[int] = []
    skip: set[int] = set()
    for i, line in enumerate(lines):
        if i in skip or is_drop(line) or is_tail(line):
            continue
        dup = keys.count(keys[i]) > 1 or any(j != i and keys[j].startswith(keys[i]) and len(keys[i]) > 20
                                             for j in range(len(lines)))  # fmt: skip
        cap = caption_of(line)
        if i + 1 < len(lines) and _credit_line(lines[i + 1]) and cap is None and len(line) > 30:
            add_caption(h.captions, line, strip_label(lines[i + 1]))
            skip.add(i + 1)
            continue
        if cap is not None or dup:
            add_caption(h.captions, *(cap.text, cap.credit) if cap is not None else (line, None))
            continue
        found = parse_byline(line, outlets=outlets, default_zone=default_zone)
        if found is not None:
            h.authors = h.authors or found.authors
            if found.date and (h.date is None or found.date.has_time and not h.date.has_time):
                h.date = found.date
            continue
        if _is_title(line):
            candidates.append(i)
    if candidates:
        h.title = lines[candidates[0]]
        for i in candidates[1:]:
            if not h.authors:  # "Matius Alfons - detikNews", or a name alone on its line under the headline
                h.authors = name_outlet(lines[i], outlets=outlets) or (
                    [lines[i].strip()]
                    if len(lines[i]) <= 40 and len(lines[i].split()) >= 2 and looks_like_name(lines[i], outlets=outlets)
                    else []
                )
    h.captions = [c for c in h.captions if c.text or c.credit]
    return h


def extract_text(content: str, *, title: str | None, outlets: tuple[str, ...], default_zone: str | None) -> TextResult:
    paras = paragraphs(content)
    start = story_start(paras, outlets=outlets)
    header = read_header(paras[:start], outlets=outlets, default_zone=default_zone)
    if start == 0:
        # The text opens with the story itself: there is no header to read (and no title in the text).
        cleaned = clean(paras, title=title, outlets=outlets, default_zone=default_zone)
        return TextResult(title, cleaned)
    title = title or header.title
    cleaned = clean(paras[start:], known_captions=header.captions, title=title, outlets=outlets,
                    default_zone=default_zone)  # fmt: skip
    if header.authors or header.date:
        byline = cleaned.byline or Byline()
        cleaned.byline = Byline(header.authors or byline.authors, header.date or byline.date)
    return TextResult(title, cleaned)
