"""The ``quotes`` stage: direct quotes and who said them.

A quote is text between quote marks (straight or curly); one that runs over several paragraphs is kept open where
a paragraph ends without closing it and the next reopens with a quote mark (the news convention). It is attributed
through a reporting verb of the language pack, in either order:

    "…," kata layanan pers Kremlin.      "…" Blinken said.      "…," said Blinken.      "…," katanya.
    Putin mengatakan, "…"                Blinken said: "…"      Menurut Kremlin, "…"

The speaker is the entity named next to the verb (``kata layanan pers Kremlin`` -> the Kremlin); a pronoun
(``katanya``, ``he said``) or a description that points back (``kata pernyataan itu``) is the speaker in focus: the
previous quote's speaker, else the last person named before the quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from .. import lang
from ..model import Actor, Doc, Entity, Quote
from ..registry import stage

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT
SPEAKER_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})
# How far from the quote the attribution may stand, in characters: a verb and a long speaker description
# ("kata Juru Bicara Kementerian Luar Negeri Rusia Maria Zakharova") fit; the next sentence does not.
WINDOW = 120


@dataclass(frozen=True)
class QuoteRules:
    verbs_after: tuple[str, ...]
    suffixes: tuple[str, ...]
    verbs_before: tuple[str, ...]
    adverbs: frozenset[str]
    source_markers: tuple[str, ...]
    pronouns: frozenset[str]
    anaphor_heads: tuple[str, ...]
    determiners: frozenset[str]
    not_quote_cues: frozenset[str]
    indirect_verbs: frozenset[str]
    honorifics: frozenset[str]
    topic_openers: frozenset[str]

    @classmethod
    @cache
    def of(cls, code: str) -> QuoteRules:
        d = lang.pack(code).data("quotes")

        def longest_first(key: str) -> tuple[str, ...]:
            return tuple(sorted({w.lower() for w in d.get(key, [])}, key=len, reverse=True))

        return cls(
            verbs_after=longest_first("verbs_after"),
            suffixes=longest_first("pronoun_suffixes"),
            verbs_before=longest_first("verbs_before"),
            adverbs=frozenset(w.lower() for w in d.get("adverbs", [])),
            source_markers=longest_first("source_markers"),
            pronouns=frozenset(w.lower() for w in d.get("pronouns", [])),
            anaphor_heads=longest_first("anaphor_heads"),
            determiners=frozenset(w.lower() for w in d.get("anaphor_determiners", [])),
            not_quote_cues=frozenset(w.lower() for w in d.get("not_quote_cues", [])),
            indirect_verbs=frozenset(w.lower() for w in d.get("indirect_verbs", [])),
            honorifics=frozenset(w.lower() for w in d.get("honorifics", [])),
            topic_openers=frozenset(w.lower() for w in d.get("topic_openers", [])),
        )


@dataclass(slots=True)
class _Span:
    start: int  # first character inside the marks
    end: int  # last character inside the marks + 1
    open_at: int  # the opening mark
    close_at: int | None  # the closing mark, None when the paragraph ended the quote


def _straight_role(text: str, i: int) -> str:
    """A straight quote mark that follows a space and precedes a word opens; one that follows a word or punctuation
    and precedes a space or the end closes; anything else ("…,"kata dia) toggles."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([{—–-") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return "close"
    return "toggle"


def find_quote_spans(text: str) -> list[_Span]:
    """Quoted stretches of ``text``; a quote left open at the end of a paragraph goes on when the next paragraph
    reopens with a quote mark, and so does one that meets another opening mark (paragraphs run together)."""
    spans: list[_Span] = []
    open_at: int | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and open_at is not None:
            j = i
            while j < n and text[j] in " \t\r\n\u00a0":
                j += 1
            if j < n and (text[j] in OPENING or (text[j] == STRAIGHT and _straight_role(text, j) != "close")):
                i = j + 1  # the next paragraph reopens: the same quote goes on
                continue
            spans.append(_Span(open_at + 1, _rstrip(text, open_at + 1, i), open_at, None))
            open_at = None
            i += 1
            continue
        role = "open" if ch in OPENING else "close" if ch in CLOSING else _straight_role(text, i) if ch == STRAIGHT else ""
        if role == "toggle":
            role = "close" if open_at is not None else "open"
        if role == "open" and open_at is None:
            open_at = i
        elif role == "close" and open_at is not None:
            spans.append(_Span(open_at + 1, _rstrip(text, open_at + 1, i), open_at, i))
            open_at = None
        i += 1
    if open_at is not None:
        spans.append(_Span(open_at + 1, _rstrip(text, open_at + 1, n), open_at, None))
    return [s for s in spans if s.end > s.start]


def _rstrip(text: str, start: int, end: int) -> int:
    """End of the quote's words: without trailing spaces or the comma that hands over to the attribution."""
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return end


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


@stage("quotes", version="1", requires=("sentences", "entities"), provides=("quotes",))
def quotes(doc: Doc, *, min_words: int = 4) -> Doc:
    """Direct quotes with their reporting verb and speaker.

    ``min_words``: an unattributed quoted stretch shorter than this is a scare quote or a title, not a quote."""
    doc.quotes = extract_quotes(doc.text, doc.entities, doc.article.language, min_words=min_words,
                                sentences=[(x.start, x.end) for x in doc.sentences])  # fmt: skip
    return doc


def extract_quotes(text: str, entities: list[Entity], language: str | None, *, min_words: int = 4,
                   sentences: list[tuple[int, int]] | None = None) -> list[Quote]:  # fmt: skip
    rules = QuoteRules.of(lang.pack(language).code)
    ents = sorted(entities, key=lambda e: e.start)
    starts = [e.start for e in ents]
    speakers = _speaker_mentions(text, ents, sentences or [], rules)
    out: list[Quote] = []
    focus: Actor | None = None
    focus_at = -1
    previous_close = -1  # the previous quote's closing mark
    for span in find_quote_spans(text):
        start = _lstrip(text, span.start, span.end)
        if start >= span.end or _names_a_title(text, span.open_at, rules):
            continue
        verb, speaker, how = _attribute(text, span, ents, starts, rules)
        if how == "pronoun":
            # the person in focus: whoever was last said to speak, by a quote or by a reporting verb in between
            later = [(at, a) for at, a in speakers if focus_at < at < span.open_at]
            speaker = later[-1][1] if later else focus or _last_person(ents, starts, span.open_at)
        elif how == "anaphor":  # "the statement": what the previous quote's source said
            speaker = focus or _last_person(ents, starts, span.open_at)
        elif how == "none" and focus is not None and 0 <= previous_close and _continues(text, previous_close, span.open_at):
            speaker = focus  # `"…," she said. "…"`: the next quote in the same paragraph is the same speaker's
        elif how == "none":
            # `Houthi official Hussein al-Ezzi said the US "will have to pay"`: a partial quote inside reported speech
            begin = max(text.rfind("\n", 0, span.open_at) + 1, _sentence_start(text, span.open_at))
            inside = [a for at, a in speakers if begin <= at < span.open_at]
            speaker = inside[-1] if inside else None
        if verb is None and len(text[start : span.end].split()) < min_words:
            continue
        out.append(Quote(text[start : span.end], start, span.end, verb, speaker))
        if speaker is not None:
            focus, focus_at = speaker, _clause_end(text, (span.close_at or span.end) + 1, len(text))
        previous_close = span.close_at if span.close_at is not None else span.end
    return out


def _names_a_title(text: str, open_at: int, rules: QuoteRules) -> bool:
    """`Tonton juga video "…"`, `program berjudul "…"`: quote marks around a title, not speech."""
    words = list(_WORD.finditer(text, max(0, open_at - 30), open_at))
    if not words or text[words[-1].end() : open_at].strip():
        return False  # `... Today programme: "…"` introduces speech
    return words[-1].group().lower() in rules.not_quote_cues


def _speaker_mentions(text: str, ents: list[Entity], sentences: list[tuple[int, int]],
                      rules: QuoteRules) -> list[tuple[int, Actor]]:  # fmt: skip
    """People said to speak outside quote marks: a person right before a reporting verb ("Mr Straw said",
    "Jerome Powell menjelaskan") or opening a sentence ("Bill Adams, kepala ekonom ..."), by position."""
    verbs = set(rules.verbs_after) | set(rules.verbs_before) | rules.indirect_verbs
    out: list[tuple[int, Actor]] = []
    sentence_starts = sorted(s for s, _ in sentences)
    person_starts = sorted(x.start for x in ents if x.type == "PER")
    for e in ents:
        if e.type != "PER":
            continue
        nxt = list(_WORD.finditer(text, e.end, min(len(text), e.end + 30)))[:2]
        following = [w.group().lower() for w in nxt]
        # the verb must follow the name directly (`JPU," ujar hakim` is the end of a quote, not a speaker)
        direct = bool(nxt) and not text[e.end : nxt[0].start()].strip()
        said = direct and (following[0] in verbs or (
            len(following) > 1 and following[0] in rules.adverbs and following[1] in verbs
        ))
        k = bisect.bisect_right(sentence_starts, e.start) - 1
        # no other person earlier in the sentence (bisect over person starts: linear on a long page)
        opens = k >= 0 and e.start - sentence_starts[k] <= 40 and (
            bisect.bisect_left(person_starts, e.start) == bisect.bisect_left(person_starts, sentence_starts[k])
        ) and not _topic(text, sentence_starts[k], e.start, rules)
        before = [w.group().lower() for w in _WORD.finditer(text, max(0, e.start - 20), e.start)]
        if before and before[-1] in rules.honorifics:
            before.pop()
        # "argued Mr Howard", "kata Luhut": a reporting verb right before the name
        after_verb = bool(before) and before[-1] in verbs and _adjacent(text, e.start)
        if said or opens or after_verb:
            out.append((e.start, _actor(e)))
    return out


def _topic(text: str, sentence_start: int, start: int, rules: QuoteRules) -> bool:
    """ "Disinggung bila Veronica tidak datang?": a person in the clause of a question put to the speaker (no comma
    between the opener and the name) is its topic, not a speaker; "Ditanya wartawan, Jokowi …" answers."""
    clause = max(sentence_start, text.rfind(",", sentence_start, start) + 1)
    return any(w.group().lower() in rules.topic_openers for w in _WORD.finditer(text, clause, start))


def _adjacent(text: str, start: int) -> bool:
    """Only letters, spaces and an honorific's dot between the previous word and ``start``."""
    k = start
    while k > 0 and (text[k - 1] == " " or text[k - 1] == "."):
        k -= 1
    return k > 0 and text[k - 1].isalpha()


def _continues(text: str, previous_close: int, open_at: int) -> bool:
    """Only the previous quote's short attribution and a full stop between it and this quote
    (`"…," she said. "…"`), within one paragraph."""
    gap = text[previous_close + 1 : open_at]
    return "\n" not in gap and gap.rstrip()[-1:] in (".", "!", "?") and len(gap.split()) <= 6


def _attribute(text: str, span: _Span, ents: list[Entity], starts: list[int],
               rules: QuoteRules) -> tuple[str | None, Actor | None, str]:  # fmt: skip
    """(verb, speaker, how): how is "entity", "pronoun" (katanya, he said), "anaphor" (kata pernyataan itu,
    the statement said) or "none"."""
    # `"… di sini." Next sentence`: a quote that ends its own sentence with a full stop takes no attribution after
    # it (`"…," he said` and `"…?" he asked` do)
    if span.close_at is not None and text[span.start : span.end].rstrip()[-1:] != ".":
        after = span.close_at + 1
        window_end = _clause_end(text, after, after + WINDOW)
        found = _after(text, after, window_end, ents, starts, rules)
        if found is not None:
            return found
    line_start = max(text.rfind("\n", 0, span.open_at) + 1, _sentence_start(text, span.open_at))
    found = _before(text, line_start, span.open_at, ents, starts, rules)
    if found is not None:
        return found
    return None, None, "none"


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the attribution after a quote ends: the end of the sentence or the paragraph."""
    limit = min(limit, len(text))
    m = re.compile(r"[.!?;\n]|[“”\"]").search(text, start, limit)
    return m.start() if m else limit


def _sentence_start(text: str, pos: int) -> int:
    k = max(text.rfind(". ", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    return k + 2 if k >= 0 else 0


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _after(text: str, start: int, end: int, ents: list[Entity], starts: list[int],
           rules: QuoteRules) -> tuple[str | None, Actor | None, str] | None:  # fmt: skip
    """Attribution after the closing mark: `"…," kata X` / `"…," katanya` / `"…" X said` / `"…," he said`."""
    words = list(_WORD.finditer(text, start, end))
    # the verb comes first, or after a subject of up to seven words ("Indonesian Foreign Minister Retno Marsudi said")
    for k, w in enumerate(words[:8]):
        low = w.group().lower()
        verb = _verb_at(low, rules.verbs_after)
        if verb is None:
            continue
        if low != verb:
            if any(low == verb + sfx for sfx in rules.suffixes):
                return w.group(), None, "pronoun"  # katanya, ujarnya
            continue
        if k == 0:
            who = _speaker_after_verb(text, w.end(), end, ents, starts, rules)
        else:
            first = words[0].group()
            if not (first[:1].isupper() or first.lower() in rules.pronouns or first.lower() in rules.determiners):
                return None  # `"a 100% effort" to end the violence, Mr Abbas added`: the quote is a phrase
            ends_sentence = text[:start].rstrip(" \"”'’")[-1:] in ("?", "!")
            if ends_sentence and len([x for x in words if x.start() > w.end()]) > 3:
                return None  # `"…?" Mr Blair said he would not respond …`: a new sentence of indirect speech
            who = _speaker(text, start, w.start(), ents, starts, rules, last_one=True)
        return w.group(), *(who or (None, "none"))
    for marker in rules.source_markers:  # `"…," seperti dikutip Reuters`
        m = re.compile(rf"[\s,]*{re.escape(marker)}\b", re.IGNORECASE).match(text, start, end)
        if m:
            who = _speaker_after_verb(text, m.end(), end, ents, starts, rules)
            if who is not None:
                return marker, *who
    return None


def _speaker_after_verb(text: str, start: int, end: int, ents: list[Entity], starts: list[int],
                        rules: QuoteRules) -> tuple[Actor | None, str] | None:  # fmt: skip
    """The speaker phrase after a verb runs to the first comma (`kata layanan pers Kremlin, seperti dilansir …`),
    except that a person in apposition right after it counts (`kata Jubir Kremlin, Dmitry Peskov`)."""
    comma = text.find(",", start, end)
    cut = comma if comma >= 0 else end
    who = _speaker(text, start, cut, ents, starts, rules)
    first = bisect.bisect_left(starts, start)
    right_after = first < len(ents) and not text[start : ents[first].start].strip()
    if comma >= 0 and (who is None or who[0] is None or not _is_person(who[0], ents) or not right_after):
        i = bisect.bisect_left(starts, comma + 1)
        if i < len(ents) and ents[i].type == "PER" and not text[comma + 1 : ents[i].start].strip():
            return _actor(ents[i]), "entity"
    return who


def _is_person(actor: Actor, ents: list[Entity]) -> bool:
    return any(e.type == "PER" and e.name == actor.name for e in ents)


def _before(text: str, start: int, end: int, ents: list[Entity], starts: list[int],
            rules: QuoteRules) -> tuple[str | None, Actor | None, str] | None:  # fmt: skip
    head = text[start:end].rstrip()
    if not head or head[-1] not in ",:":
        return None
    words = list(_WORD.finditer(text, start, start + len(head)))
    if not words:
        return None
    last = words[-1]
    low = last.group().lower()
    if low in rules.verbs_before or _strip_object(words, rules):
        verb_word = last if low in rules.verbs_before else _strip_object(words, rules)
        assert verb_word is not None
        who = _speaker(text, start, verb_word.start(), ents, starts, rules, last_one=True)
        return verb_word.group(), *(who or (None, "none"))
    for marker in rules.source_markers:  # `Menurut Kremlin, "…"`
        m = re.compile(rf"{re.escape(marker)}\b", re.IGNORECASE).search(text, start, start + len(head))
        if m:
            who = _speaker(text, m.end(), start + len(head), ents, starts, rules)
            if who is not None:
                return marker, *who
    return None


def _strip_object(words: list[re.Match[str]], rules: QuoteRules) -> re.Match[str] | None:
    """`He told BBC Radio 4's Today programme: "…"` -> the verb before a short object phrase (up to six words)."""
    for w in reversed(words[-7:-1]):
        if w.group().lower() in rules.verbs_before:
            return w
    return None


def _verb_at(low: str, verbs: tuple[str, ...]) -> str | None:
    for v in verbs:
        if low == v or low.startswith(v) and len(low) - len(v) <= 3:
            return v
    return None


def _speaker(text: str, start: int, end: int, ents: list[Entity], starts: list[int], rules: QuoteRules,
             *, last_one: bool = False) -> tuple[Actor | None, str] | None:  # fmt: skip
    """The speaker named in ``text[start:end]``: an entity, or a pronoun/anaphor (the speaker in focus).
    ``last_one``: the phrase is the subject before a verb, so the entity nearest the verb counts."""
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    inside = [e for e in ents[lo:hi] if e.end <= end and e.type in SPEAKER_TYPES]
    words = [w.group().lower() for w in _WORD.finditer(text, start, end)]
    if not words:
        return None
    if last_one:
        if words[-1] in rules.pronouns:  # `Ia mengatakan, "…"` / `"…," he said`
            return None, "pronoun"
        people = [e for e in inside if e.type == "PER"]
        if people or inside:
            return _actor((people or inside)[-1]), "entity"
    else:
        if words[0] in rules.pronouns:  # `kata dia`
            return None, "pronoun"
        if inside:
            return _actor(_head_entity(inside)), "entity"
    for k in range(min(len(words), 4)):  # `kata pernyataan itu`, `the statement said`
        phrase = " ".join(words[k:])
        for head in rules.anaphor_heads:
            tail = phrase[len(head) + 1 :].split()[:1] if phrase.startswith(head + " ") else []
            if tail and tail[0] in rules.determiners:
                return None, "anaphor"
            if k > 0 and phrase.startswith(head) and words[k - 1] in rules.determiners:
                return None, "anaphor"
    return None


def _head_entity(inside: list[Entity]) -> Entity:
    """Of the entities after a verb, the speaker: a person if one is named ("kata Jubir Kemlu Rusia Maria
    Zakharova"), else the first organisation or country ("kata layanan pers Kremlin")."""
    for e in inside:
        if e.type == "PER":
            return e
    return inside[0]


def _actor(e: Entity) -> Actor:
    return Actor(e.name, e.kb_id, e.country, e.sector)


def _last_person(ents: list[Entity], starts: list[int], before: int) -> Actor | None:
    for e in reversed(ents[: bisect.bisect_left(starts, before)]):
        if e.type == "PER":
            return _actor(e)
    return None
