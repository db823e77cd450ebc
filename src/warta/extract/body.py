"""The body clean-up shared by both modes: from a list of paragraphs (trafilatura's blocks, or the lines of a scraped
text), drop non-story lines, cut the tail after the story, move photo captions out, take a leading byline and date,
strip the editor code and the dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Caption
from .boilerplate import (
    after_empty_link,
    bare,
    caption_prefix,
    credit_of,
    is_drop,
    is_tail,
    markers,
    strip_editor_code,
)
from .byline import Byline, parse_byline, parse_labelled
from .dateline import split_lead

# The tail opens at a marker line when at least this share of the text comes before it, or when what follows reads
# like a list of teasers (short lines). Calibrated on the seed page and the ScrapingHub benchmark (bench/extract.py).
TAIL_MIN_SHARE = 0.4
TAIL_TEASER_MEDIAN = 100
TAIL_MIN_BEFORE = 400
# How many lines after a tail marker decide whether the story goes on (demo corpus: "READ MORE HERE" + one teaser
# inside a Straits Times story).
TAIL_LOOKAHEAD = 3
# Caption lines are short: the seed's runs 170 characters, the demo corpus' stay under 250; story paragraphs that end
# with agency codes run longer (id-news-clickid, Tribunnews).
CAPTION_LINE_MAX = 400
# A header line naming a known author is a byline up to this length (test pages; Fundus).
BYLINE_LINE_MAX = 120
# Header lines (bylines, dates, captions) are looked for among the first paragraphs only.
HEAD_SPAN = 6


@dataclass(slots=True)
class Cleaned:
    paragraphs: list[str]
    captions: list[Caption] = field(default_factory=list)
    byline: Byline | None = None
    dateline: str | None = None


def add_caption(captions: list[Caption], text: str, credit: str | None) -> None:
    """Keep a caption once: the same caption text (or credit-only line) is never stored twice."""
    text = re.sub(r"\s+", " ", text).strip()
    credit = re.sub(r"\s+", " ", credit).strip() if credit else None
    if not text and not credit:
        return
    key = bare(text)
    for c in captions:
        if bare(c.text) == key or (key and (key in bare(c.text) or bare(c.text) in key) and min(len(key), len(c.text)) > 30):
            if credit and not c.credit:
                c.credit = credit
            return
    captions.append(Caption(text, credit))


def caption_of(line: str) -> Caption | None:
    """A line that is a photo caption: it starts like one ("Foto: …") or ends with a photo credit. A long paragraph
    ending with agency codes ("… (afp, rtr, ap)") is a story, not a caption."""
    if len(line) > CAPTION_LINE_MAX:
        return None
    split = credit_of(line)
    if split and split[0]:
        return Caption(split[0], split[1])
    if caption_prefix(line):
        label, _, rest = line.partition(":")
        if rest.strip() and len(label) <= 20:
            return Caption("", rest.strip()) if len(rest) < 80 else Caption(rest.strip(), None)
        return Caption(line.strip(), None)
    return None


def _same_caption(line: str, caption: str) -> bool:
    """A line that is (nearly all) a known caption: one contains the other and they are of similar length
    (a story paragraph that quotes a caption sentence is longer than it by far: Les Echos page of Fundus)."""
    if len(caption) <= 30 or not (line in caption or caption in line):
        return False
    return min(len(line), len(caption)) * 1.5 + 20 >= max(len(line), len(caption))


def _story_like(p: str) -> bool:
    return len(p) >= TAIL_TEASER_MEDIAN and p.rstrip()[-1:] in '.!?"”’'


def _headline_like(p: str) -> bool:
    return len(p) <= TAIL_TEASER_MEDIAN + 20 and p.rstrip()[-1:] not in '.!?:"”’'


def _tail_index(paras: list[str], start: int) -> int:
    total = sum(len(p) for p in paras[start:]) or 1
    before = 0
    for i in range(start, len(paras)):
        if i > start and is_tail(paras[i]):
            after = paras[i + 1 :]
            # What follows a tail marker is teasers, tags or links: short lines, not sentences. A marker that story
            # paragraphs follow is a box inside the story (AP's "RELATED COVERAGE"): only its line goes.
            near = after[:TAIL_LOOKAHEAD]
            story = sum(1 for p in near if _story_like(p))
            if story * 2 < len(near) or not near:
                if before / total >= TAIL_MIN_SHARE or before >= TAIL_MIN_BEFORE:
                    return i
        before += len(paras[i])
    return len(paras)


def clean(
    paras: list[str],
    *,
    known_captions: list[Caption] | None = None,
    title: str | None = None,
    also_titles: tuple[str, ...] = (),
    known_authors: tuple[str, ...] = (),
    outlets: tuple[str, ...] = (),
    default_zone: str | None = None,
    header_captions: bool = True,
) -> Cleaned:
    """Clean a list of paragraphs into the story. ``known_captions`` (from the HTML) are removed from the text."""
    m = markers()
    captions: list[Caption] = []
    caption_keys: set[str] = set()
    for c in known_captions or []:
        add_caption(captions, c.text, c.credit)
    for c in captions:
        caption_keys.update(k for k in (bare(c.text), bare(f"{c.text} ({c.credit})" if c.credit else "")) if k)
    paras = [re.sub(r"[ \t\u00a0\u200b]+", " ", p).strip() for p in paras]
    paras = [p for p in paras if p]
    title_keys = {bare(t) for t in (title, *also_titles) if t}
    seen_top = {}
    for p in paras[: HEAD_SPAN * 2]:
        seen_top[bare(p)] = seen_top.get(bare(p), 0) + 1

    byline: Byline | None = None
    kept: list[str] = []
    for i, p in enumerate(paras):
        p = after_empty_link(p, m) or p
        key = bare(p)
        if key in caption_keys or (key and any(_same_caption(key, k) for k in caption_keys)):
            continue
        if key in title_keys and i < HEAD_SPAN * 2:
            continue
        if is_drop(p, m) and not is_tail(p, m):  # a tail marker stays until the tail is cut
            continue
        head = len(kept) < HEAD_SPAN // 2 and i < HEAD_SPAN * 2
        if head and len(p) <= BYLINE_LINE_MAX and p.rstrip()[-1:] not in ".!?\"”" and any(
            a in p for a in known_authors
        ):  # the byline as trafilatura glued it ("By Tom WhitfieldEnvironment correspondent")
            continue
        cap = caption_of(p)
        if head and byline is None and cap is None:
            found = parse_byline(p, outlets=outlets, default_zone=default_zone)
            if found is not None and (found.authors or found.date):
                byline = found
                continue
        if not head:  # "Pewarta: Ani | Editor: Budi" closing the story
            found = parse_labelled(p, outlets=outlets)
            if found is not None:
                if found.authors and (byline is None or not byline.authors):
                    byline = Byline(found.authors, byline.date if byline else found.date)
                continue
        if cap is not None and (header_captions and head or seen_top.get(key, 0) > 1 or caption_prefix(p)):
            add_caption(captions, cap.text, cap.credit)
            caption_keys.add(key)
            continue
        if seen_top.get(key, 0) > 1 and key in {bare(k) for k in kept}:
            continue  # a header line printed twice
        kept.append(p)

    kept = kept[: _tail_index(kept, 0)]
    # A marker left inside the story is a box (related links): drop it and a teaser headline right under it.
    inside: list[str] = []
    skip_teaser = False
    for p in kept:
        if is_tail(p, m) and len(p) <= 200:
            skip_teaser = True
            continue
        if skip_teaser and _headline_like(p):
            skip_teaser = False
            continue
        skip_teaser = False
        inside.append(p)
    kept = inside
    if kept:
        last = strip_editor_code(kept[-1])
        kept[-1] = last
        kept = [p for p in kept if p]
    dateline = None
    if kept:
        lead = split_lead(kept[0], outlets=outlets, m=m)
        dateline = lead.dateline
        kept[0] = lead.rest.strip()
    return Cleaned([p for p in kept if p], captions, byline, dateline)
