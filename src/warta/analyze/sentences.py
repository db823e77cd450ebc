"""Sentence boundaries: ``Sentence(start, end)`` spans over ``doc.article.text``.

A rule cascade in the manner of punkt's orthographic heuristics, with the abbreviations in the language pack
(``lang/<code>/abbreviations.toml``) instead of a trained model:

1. A paragraph break always ends a sentence (and, by default, so does a single line break: scraped news puts one
   paragraph, headline or caption per line).
2. Inside a line, a candidate end is a run of ``. ! ? …`` followed by closing quotes or brackets and whitespace; the
   closing quote stays with its sentence (``…konstruktif."``).
3. A candidate is kept only when the next word can start a sentence (a capital letter, a digit, an opening quote or
   bracket), so ``"…?" tanya dia`` and ``3,5 persen`` never split, and a period inside a number has no space after it.
4. A period after a known prefix (``Dr.``, ``Jl.``, ``No.``), a single initial (``J. Biden``) or a dotted acronym
   (``S.H.``, ``a.n.``) is not an end; after a suffix (``dll.``, ``Inc.``) it is one only before a capitalised word that
   is not itself an abbreviation; after a dotted acronym (``U.S.``) only before a usual sentence starter (``The``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lang
from ..model import Doc, Sentence
from ..registry import stage

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_LINE = re.compile(r"\n\s*")
# A terminator run, closing quotes/brackets, then whitespace. "…" and "..." are ellipses.
_CANDIDATE = re.compile(r"(?:[.!?]+|…+)[\"'”’»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"[\w.\-']*$")
_NEXT = re.compile(r"\s+([\"'“‘«(\[]*)(\S*)")
_INITIAL = re.compile(r"^[A-Z]\.$")
_DOTTED = re.compile(r"^(?:[A-Za-z]{1,4}\.){2,}$")  # S.H., a.n., U.S., M.Si.
_CLOSERS = "\"'”’»)]"
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,2}|[a-zA-Z])\.")  # "1. Pasal 28 ..." / "a. ...": a list item, not a sentence
# The longest "sentence" kept whole, in characters. Real sentences stay far below it: the longest of 12,912 okezone
# sentences (id-news-clickid) is 777 characters, of 8,653 BBC ones 590, of the Indonesian dev gold 454, of the PLOVER
# and ConfliBERT English sets 288. Longer spans are lists, tables or lower-cased text whose full stops the rules
# below cannot see (IndiaPoliceEvents: 545 of 2,842 spans over 2,000 characters, up to 7,000), and the analysis
# stages cost more than linear time in a sentence's length (a 4,800-token run-on took the events stage 22 s):
# such a span is cut into pieces of at most this size (bench/worst_cases.py, bench/RESULTS.md "Speed").
MAX_SENTENCE_CHARS = 1200
# Where a piece of an overlong span ends, best first: after a full stop, "!" or "?" (lower-cased text: ". holding
# a meeting"), after a semicolon or a colon, after a comma, at any space; searched in the piece's second half.
_CUTS = (re.compile(r"(?:[.!?]+|…+)[\"'”’»)\]]*(?=\s)"), re.compile(r"[;:](?=\s)"), re.compile(r",(?=\s)"),
         re.compile(r"(?<=\S)(?=\s)"))  # fmt: skip


@dataclass(frozen=True)
class Abbreviations:
    """The pack's abbreviations, in lower case with the trailing period."""

    prefixes: frozenset[str]
    suffixes: frozenset[str]
    starters: frozenset[str]

    @staticmethod
    def _known(word: str, forms: frozenset[str]) -> bool:
        # "no." is a word in English ("he said no."), "No. 5" is not: a lower-case entry also matches its capitalised
        # form, but a lower-case word matches only a lower-case entry written exactly so.
        return word in forms or (word[:1].isupper() and word.lower() in forms)

    def is_prefix(self, word: str) -> bool:
        return self._known(word, self.prefixes)

    def is_suffix(self, word: str) -> bool:
        return self._known(word, self.suffixes)

    def is_any(self, word: str) -> bool:
        return self.is_prefix(word) or self.is_suffix(word) or bool(_DOTTED.match(word)) or bool(_INITIAL.match(word))


@cache
def abbreviations(code: str | None) -> Abbreviations:
    data = lang.pack(code).data("abbreviations")
    return Abbreviations(
        prefixes=frozenset(w.lower() for w in data.get("prefixes", [])),
        suffixes=frozenset(w.lower() for w in data.get("suffixes", [])),
        starters=frozenset(data.get("starters", [])),
    )


def split(
    text: str, language: str | None = None, *, line_breaks: bool = True, max_chars: int = MAX_SENTENCE_CHARS
) -> list[Sentence]:
    """Sentence spans over ``text`` (whitespace trimmed), in order, never overlapping, none longer than ``max_chars``
    unless it has no space to cut at."""
    abbr = abbreviations(language)
    blocks = _LINE if line_breaks else _PARAGRAPH
    out: list[Sentence] = []
    pos = 0
    for brk in blocks.finditer(text):
        _split_block(text, pos, brk.start(), abbr, out, max_chars)
        pos = brk.end()
    _split_block(text, pos, len(text), abbr, out, max_chars)
    return out


def _split_block(
    text: str, start: int, end: int, abbr: Abbreviations, out: list[Sentence], max_chars: int = MAX_SENTENCE_CHARS
) -> None:
    block = text[start:end]
    sent_start = 0
    depth, scanned = 0, 0
    for m in _CANDIDATE.finditer(block):
        # Inside parentheses that close soon after, a period does not end the sentence: "(… selesai. Semua hadir.)".
        # Scraped text often leaves a "(" unclosed, so only a ")" within the next 200 characters counts.
        depth = max(0, depth + block.count("(", scanned, m.start()) - block.count(")", scanned, m.start()))
        scanned = m.start()
        if depth and ")" in block[m.end() : m.end() + 200] and not m.group(0).endswith(")"):
            continue
        if _is_end(block, m, abbr) and not _LIST_NUMBER.fullmatch(block, sent_start, m.start() + 1):
            _emit(text, start + sent_start, start + m.end(), out, max_chars)
            sent_start = m.end()
    _emit(text, start + sent_start, end, out, max_chars)


def _emit(text: str, start: int, end: int, out: list[Sentence], max_chars: int = MAX_SENTENCE_CHARS) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > max_chars > 1:
        cut = _cut(text, start, start + max_chars)
        if cut is None:
            break  # no space in the window (one giant token): the span is left whole
        _emit(text, start, cut, out, max_chars)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append(Sentence(start, end))


def _cut(text: str, start: int, limit: int) -> int | None:
    """The end of the first piece of the overlong span from ``start``: the best boundary (``_CUTS``) in the second
    half of ``start``..``limit``, the last one of its kind."""
    lo = start + (limit - start) // 2
    for pattern in _CUTS:
        last = None
        for m in pattern.finditer(text, lo, limit):
            last = m
        if last is not None and last.end() > start:
            return last.end()
    return None


def _is_end(block: str, m: re.Match[str], abbr: Abbreviations) -> bool:
    nxt = _NEXT.match(block, m.end())
    if nxt is None:
        return False
    opener, word = nxt.group(1), nxt.group(2)
    first = word[:1]
    if not first:  # only an opening quote or bracket: let the next candidate decide
        return bool(opener)
    if first.islower() or first in ",;:-–—%":
        return False  # "…?" tanya dia; "dll., dan"
    terminator = m.group(0).rstrip(_CLOSERS)
    if terminator != ".":  # "!", "?", "?!", an ellipsis: an end before a capital, a digit or a quote
        return first.isupper() or first.isdigit() or bool(opener)
    if m.group(0) != terminator:  # `…konstruktif." Kata` : the period closed a quote or a bracket
        return True
    before = _WORD_BEFORE.search(block[max(0, m.start() - 32) : m.start()])  # a window: no quadratic rescans
    token = (before.group(0) if before else "") + "."
    if abbr.is_prefix(token) or _INITIAL.match(token):
        return False
    if abbr.is_suffix(token):
        if _DOTTED.match(token):
            return word.rstrip(".,;:") in abbr.starters
        return (first.isupper() or bool(opener)) and not abbr.is_any(word)
    if _DOTTED.match(token):
        return False
    return True


@stage("sentences", version="0.1", requires=("article",), provides=("sentences",))
def sentences(doc: Doc, *, line_breaks: bool = True, max_chars: int = MAX_SENTENCE_CHARS) -> Doc:
    """Split ``doc.article.text`` into sentences with the abbreviations of the article's language pack (``max_chars``:
    the longest span kept whole, ``MAX_SENTENCE_CHARS``)."""
    doc.sentences = split(doc.article.text, doc.article.language, line_breaks=line_breaks, max_chars=max_chars)
    return doc
