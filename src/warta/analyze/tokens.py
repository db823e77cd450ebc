"""Word tokens with character offsets, shared by the gazetteer, the title patterns and the CRF tagger.

The token shape follows the CoNLL data the CRF is trained on (IDNER-2k): a hyphenated or slashed compound
(``Jokowi-JK``, ``MPR/DPR/DPD``), a dotted host name (``Kompas.com``) and a dotted initialism (``U.S.``) are one
token; any other punctuation mark is a token of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Initialisms first (``U.S.``, ``S.H.``) so their final dot stays with them; then word runs joined by - / . ' & ’.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-/.'’&]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]
