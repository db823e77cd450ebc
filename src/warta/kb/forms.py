"""How surface forms are compared: one key per form, insensitive to case, diacritics, spaces and punctuation.

``Kerja Sama`` = ``Kerjasama``, ``U.S.`` = ``US``, ``Côte d'Ivoire`` = ``Cote dIvoire``, ``G-20`` = ``G20``.
Short all-capital aliases (``AS``, ``UK``, ``PBB``, ``BIN``, ``WHO``) are case-sensitive: written in lower case
they are ordinary words (Indonesian *as* "axle", *bin* "son of", English *who*), so their key keeps the case.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_ASCII_ALNUM = re.compile(r"[^0-9A-Za-z]+")

# An alias whose letters are all capitals and number at most this many is matched case-sensitively. Four covers
# the acronyms that collide with words in the corpora we read (AS, US, BIN, WHO, NATO/nato is safe either way);
# five-letter acronyms (ASEAN, UNHCR) do not collide and are matched in any case.
CASE_SENSITIVE_MAX_LETTERS = 4


def key(form: str, *, keep_case: bool = False) -> str:
    """The comparison key of a surface form ('' when it has no letters or digits)."""
    if form.isascii():  # the common case, ten times faster than the Unicode path below
        kept = _NOT_ASCII_ALNUM.sub("", form)
        return kept if keep_case else kept.lower()
    decomposed = unicodedata.normalize("NFKD", form)
    kept = "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))
    return kept if keep_case else kept.casefold()


def is_case_sensitive(form: str) -> bool:
    """All-capital aliases of up to four letters, and any alias of one or two letters ("Xi" must not match the
    Roman numeral in "Komisi XI")."""
    letters = [c for c in form if c.isalpha()]
    if not letters:
        return False
    if len(letters) <= 2:
        return True
    return len(letters) <= CASE_SENSITIVE_MAX_LETTERS and all(c.isupper() for c in letters)
