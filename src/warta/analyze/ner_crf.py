"""A small CRF tagger for Indonesian names (PER, ORG, LOC), trained by ``warta train ner`` on IDNER-2k.

Features are word shape, affixes, the neighbouring words, and lexicon cues from the language pack (titles,
organisation and location head words, attribution words) plus gazetteer hits from the knowledge base, so the
model generalises past the few thousand names it saw. The model file ships in ``warta/models/`` and is loaded
lazily on first use (a ``CrfTagger`` pickles without it and reloads in the worker).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .. import lang

log = logging.getLogger(__name__)

MODEL_NAME = "ner-id.crfsuite"
CASING_NAME = "ner-id.casing.tsv"
CLUSTERS_NAME = "ner-id.clusters.tsv"
# A word seen fewer times than this (not sentence-initial) in the casing corpus has no casing feature.
CASING_MIN_COUNT = 3  # calibrated on the IDNER-2k dev split (3 gave dev micro-F1 0.853 vs 0.834 without)
LABELS = ("PER", "ORG", "LOC")


def place_tags(words: Sequence[str]) -> list[str]:
    """The place-name gazetteer's BIO tag for each word (``B-LOC``, ``I-LOC``, ``O``)."""
    from .gazetteer import place_names, token_bio
    from .tokens import Token

    tokens: list[Token] = []
    pos = 0
    for w in words:
        tokens.append(Token(w, pos, pos + len(w)))
        pos += len(w) + 1
    text = " ".join(words)
    return token_bio(tokens, place_names().find(text), lambda keys: keys[0])


@dataclass(frozen=True)
class Lexicon:
    """Word lists from a language pack, lower-cased, that the features test membership in."""

    titles: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    org_heads: frozenset[str] = frozenset()
    org_tails: frozenset[str] = frozenset()
    loc_heads: frozenset[str] = frozenset()
    person_cues: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()

    @classmethod
    def of(cls, code: str) -> Lexicon:
        pack = lang.pack(code)
        titles = pack.data("titles")
        cues = pack.data("entities")
        quotes = pack.data("quotes")
        title_words = {w for key in titles.get("titles", {}) for w in key.split()}
        verbs = {v.lower() for v in quotes.get("verbs_after", [])}
        return cls(
            titles=frozenset(title_words),
            honorifics=frozenset(w for key in titles.get("honorifics", {}) for w in key.split()),
            org_heads=frozenset(cues.get("org_heads", [])),
            org_tails=frozenset(cues.get("org_tails", [])),
            loc_heads=frozenset(cues.get("loc_heads", [])),
            person_cues=frozenset(cues.get("person_cues", [])) | verbs,
            not_names=frozenset(cues.get("not_names", [])),
            connectors=frozenset(cues.get("name_connectors", [])),
        )


_DIGITS = re.compile(r"\d")


def shape(word: str) -> str:
    """``Jokowi`` -> ``Xx``, ``KPK`` -> ``X``, ``2014`` -> ``d``, ``PDI-P`` -> ``X-X``: runs collapsed."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _word_features(word: str, lex: Lexicon, prefix: str) -> list[str]:
    low = word.lower()
    feats = [f"{prefix}w={low}", f"{prefix}sh={shape(word)}"]
    if word[:1].isupper():
        feats.append(f"{prefix}cap")
    if low in lex.titles:
        feats.append(f"{prefix}title")
    if low in lex.honorifics:
        feats.append(f"{prefix}hon")
    if low in lex.org_heads:
        feats.append(f"{prefix}orghead")
    if low in lex.loc_heads:
        feats.append(f"{prefix}lochead")
    if low in lex.person_cues:
        feats.append(f"{prefix}percue")
    return feats


def casing_counts(texts: Iterable[str]) -> dict[str, tuple[int, int]]:
    """How often each word (lower-cased) is written capitalised and in lower case when it does not start a sentence
    or paragraph: names are almost always capitalised, common words almost never, whatever the sentence."""
    from .tokens import tokenize

    counts: dict[str, list[int]] = {}
    for text in texts:
        for para in text.split("\n"):
            prev = None
            for tok in tokenize(para):
                w = tok.text
                if prev is not None and prev not in _OPENERS and w[:1].isalpha():
                    slot = counts.setdefault(w.lower(), [0, 0])
                    slot[0 if w[:1].isupper() else 1] += 1
                prev = w
    return {w: (c, lo) for w, (c, lo) in counts.items() if c + lo >= CASING_MIN_COUNT}


_OPENERS = frozenset('.!?:"“”‘’\'')


def casing_bucket(counts: tuple[int, int] | None) -> str:
    """``C`` nearly always capitalised (>= 90%), ``c`` mostly, ``l`` sometimes (>= 10%), ``L`` rarely, ``U`` unseen."""
    if counts is None:
        return "U"
    cap, low = counts
    ratio = cap / (cap + low)
    return "C" if ratio >= 0.9 else "c" if ratio >= 0.5 else "l" if ratio >= 0.1 else "L"


def write_casing(counts: dict[str, tuple[int, int]], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# word\tcapitalised\tlower (counts of non-initial occurrences; see models/README.md)\n")
        fh.writelines(f"{w}\t{counts[w][0]}\t{counts[w][1]}\n" for w in sorted(counts))


def read_casing(path: str | Path) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    if not Path(path).is_file():
        return out
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w, c, lo = line.rstrip("\n").split("\t")
            out[w] = (int(c), int(lo))
    return out


def sentence_features(
    tokens: Sequence[str],
    lex: Lexicon,
    casing: dict[str, tuple[int, int]] | None = None,
    clusters: dict[str, tuple[str, ...]] | None = None,
) -> list[list[str]]:
    """One feature list per token (crfsuite reads ``name`` strings as binary features)."""
    n = len(tokens)
    gaz = place_tags(tokens)
    case = [casing_bucket((casing or {}).get(t.lower())) for t in tokens]
    cl = [(clusters or {}).get(t.lower()) for t in tokens]
    out: list[list[str]] = []
    for i, word in enumerate(tokens):
        low = word.lower()
        feats = ["bias", f"len={min(len(word), 8)}"]
        feats += _word_features(word, lex, "")
        feats += [f"p{k}={low[:k]}" for k in (2, 3, 4) if len(low) > k]
        feats += [f"s{k}={low[-k:]}" for k in (2, 3, 4) if len(low) > k]
        if word.isupper() and len(word) > 1:
            feats.append("allcaps")
        if _DIGITS.search(word):
            feats.append("digit")
        if "-" in word:
            feats.append("hyphen")
        if low in lex.org_tails:
            feats.append("orgtail")
        if low in lex.not_names:
            feats.append("notname")
        if low in lex.connectors:
            feats.append("conn")
        if i == 0:
            feats.append("BOS")
        if i == n - 1:
            feats.append("EOS")
        if gaz[i] != "O":
            feats.append(f"gaz={gaz[i]}")
            feats.append(f"gazt={gaz[i][2:]}")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                w = tokens[j]
                if off in (-1, 1):
                    feats += _word_features(w, lex, f"{off}:")
                    if gaz[j] != "O":
                        feats.append(f"{off}:gazt={gaz[j][2:]}")
                else:
                    feats.append(f"{off}:w={w.lower()}")
                    feats.append(f"{off}:sh={shape(w)}")
        if cl[i]:
            feats += [f"cl{k}={c}" for k, c in enumerate(cl[i])]
        if i > 0 and cl[i - 1]:
            feats.append(f"-1:cl1={cl[i - 1][1]}")
        if i < n - 1 and cl[i + 1]:
            feats.append(f"+1:cl1={cl[i + 1][1]}")
        feats.append(f"case={case[i]}")
        feats.append(f"case|sh={case[i]}|{shape(word)}")
        if i > 0:
            feats.append(f"-1:case={case[i - 1]}")
        if i < n - 1:
            feats.append(f"+1:case={case[i + 1]}")
        if i > 0:
            feats.append(f"bi-1={tokens[i - 1].lower()}|{low}")
        if i < n - 1:
            feats.append(f"bi+1={low}|{tokens[i + 1].lower()}")
        out.append(feats)
    return out


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of ``(token, tag)`` from a CoNLL file whose first column is the token and last the BIO tag."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if current:
                    sentences.append(current)
                    current = []
                continue
            current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    return sentences


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first, last_exclusive, label)`` token spans of a BIO sequence; a stray ``I-`` opens a span."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        kind, _, lab = tag.partition("-")
        if start >= 0 and (kind != "I" or lab != label):
            spans.append((start, i, label))
            start = -1
        if kind == "B" or (kind == "I" and start < 0):
            start, label = i, lab
    return spans


def train(
    sentences: Iterable[list[tuple[str, str]]],
    model_path: str | Path,
    *,
    lex: Lexicon,
    casing: dict[str, tuple[int, int]] | None = None,
    clusters: dict[str, tuple[str, ...]] | None = None,
    c1: float = 0.05,
    c2: float = 0.05,
    max_iterations: int = 200,
) -> None:
    """Train a CRF (L-BFGS, elastic net) and write it to ``model_path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in sentences:
        words = [w for w, _ in sent]
        trainer.append(sentence_features(words, lex, casing, clusters), [t for _, t in sent])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})  # fmt: skip
    Path(model_path).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def packaged_model() -> Path:
    return Path(str(resources.files("warta.models").joinpath(MODEL_NAME)))


def packaged_casing() -> Path:
    return Path(str(resources.files("warta.models").joinpath(CASING_NAME)))


@dataclass
class CrfTagger:
    """Tags token sequences with the shipped CRF; loads the model on first use and pickles without it."""

    model_path: str | None = None
    code: str = "id"
    casing_path: str | None = None
    _tagger: object | None = field(default=None, init=False, repr=False)
    _lex: Lexicon | None = field(default=None, init=False, repr=False)
    _casing: dict[str, tuple[int, int]] | None = field(default=None, init=False, repr=False)
    _clusters: dict[str, tuple[str, ...]] | None = field(default=None, init=False, repr=False)

    def __getstate__(self) -> dict[str, object]:
        return {"model_path": self.model_path, "code": self.code, "casing_path": self.casing_path,
                "_tagger": None, "_lex": None, "_casing": None, "_clusters": None}  # fmt: skip

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    @property
    def available(self) -> bool:
        return Path(self.model_path or packaged_model()).is_file()

    def _load(self) -> object:
        if self._tagger is None:
            import pycrfsuite

            path = Path(self.model_path or packaged_model())
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            self._tagger = tagger
            self._lex = Lexicon.of(self.code)
            casing = Path(self.casing_path) if self.casing_path else path.with_name(CASING_NAME)
            self._casing = read_casing(casing)
            from .ner_clusters import read_clusters

            self._clusters = read_clusters(path.with_name(CLUSTERS_NAME))
            log.debug("loaded CRF model %s", path)
        return self._tagger

    def casing_of(self, word: str) -> str:
        """The casing bucket of a word (see ``casing_bucket``) from the lexicon shipped with the model."""
        self._load()
        return casing_bucket((self._casing or {}).get(word.lower()))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        tagger = self._load()
        assert self._lex is not None
        return list(tagger.tag(sentence_features(tokens, self._lex, self._casing, self._clusters)))  # type: ignore[attr-defined]
