"""Word tokens with character offsets, shared by the gazetteer, the title patterns and the CRF tagger.

The token shape follows the CoNLL data the CRF is trained on (IDNER-2k): a hyphenated or slashed compound
(``Jokowi-JK``, ``MPR/DPR/DPD``), a dotted host name (``Kompas.com``) and a dotted initialism (``U.S.``) are one
token, and so is a short bracketed item (``(PPP)``, ``(24/8)``), as in the training data; a possessive ``'s`` and any
other punctuation mark are tokens of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# Initialisms first (``U.S.``, ``S.H.``) so their final dot stays with them; an English possessive ``'s`` is a
# token of its own (so "India's" exposes "India"); then word runs joined by - / . & and inner apostrophes (O'Brien).
_TOKEN = re.compile(
    r"\([^\s()]{1,20}\)|(?:[^\W\d_]\.){2,}|['’]s\b|\w+(?:[-/.&]\w+|['’](?!s\b)\w+)*|[^\w\s]", re.UNICODE
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]


def covered(starts: list[int], ends: list[int], start: int, end: int) -> range:
    """The indices of the tokens that overlap ``start``..``end``, given the ``starts`` and ``ends`` of tokens in text
    order that do not overlap (any tokenizer's here): a binary search, not a scan of the sentence for each mention."""
    return range(bisect_right(ends, start), bisect_left(starts, end))
