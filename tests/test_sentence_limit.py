"""The sentence splitter cuts an overlong span (a list or table scraped without full stops, lower-cased text) into
pieces of at most ``MAX_SENTENCE_CHARS``, at the best boundary it can find, and leaves real sentences whole."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.analyze.sentences import MAX_SENTENCE_CHARS, split

ITEMS = [
    "Kementerian Luar Negeri menggelar rapat koordinasi dengan Kedutaan Besar Malaysia di Jakarta",
    "Polda Metro Jaya menangkap tiga tersangka pembakaran pos polisi di Jakarta Pusat",
    "Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia di Istana Bogor",
    "DPR menunda pengesahan RUU KUHP setelah ribuan mahasiswa berunjuk rasa",
]


def pieces(text: str, language: str = "id") -> list[str]:
    return [text[s.start : s.end] for s in split(text, language)]


def test_a_long_real_sentence_stays_whole():
    # 700 characters, about the longest sentence of the okezone corpus (777): no cut
    text = "Menurut juru bicara kementerian, " + ", ".join(ITEMS * 2) + ", dan rapat berikutnya digelar pekan depan."
    assert 600 < len(text) <= MAX_SENTENCE_CHARS
    assert pieces(text) == [text]


def test_a_list_without_full_stops_is_cut_at_commas():
    text = ", ".join(ITEMS[i % 4] for i in range(60))  # ~5,000 characters, one "sentence" to the rules
    out = pieces(text)
    assert len(out) >= 5
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in out)
    assert all(p.endswith(",") for p in out[:-1])  # each piece ends after a comma, never inside a word
    assert "".join(p.replace(",", "").replace(" ", "") for p in out) == text.replace(",", "").replace(" ", "")


def test_lower_cased_text_is_cut_after_its_full_stops():
    # scraped text in lower case: the splitter wants a capital after a full stop, so the whole paragraph is one span
    sentence = "the police arrested two men near the railway station on saturday, officials said. "
    text = (sentence * 40).strip()
    out = pieces(text, "en")
    assert len(out) >= 3
    assert all(len(p) <= MAX_SENTENCE_CHARS and p.endswith("said.") for p in out)


def test_a_giant_token_is_left_whole():
    text = "x" * (3 * MAX_SENTENCE_CHARS)
    assert pieces(text) == [text]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(ITEMS + [",", ";", ":", ".", "dan", "—", '"', "\n"]), min_size=1, max_size=200))
def test_pieces_are_bounded_in_order_and_cover_the_words(words):
    text = " ".join(words)
    spans = split(text, "id")
    for a, b in pairwise(spans):
        assert a.end <= b.start
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.end - s.start <= MAX_SENTENCE_CHARS or " " not in text[s.start : s.end]
    covered = "".join(text[s.start : s.end] for s in spans)
    assert "".join(covered.split()) == "".join(text.split())


def test_the_limit_is_the_stage_option_max_chars():
    from warta import registry
    from warta.model import Article, Doc

    text = ", ".join(ITEMS[i % 4] for i in range(12))  # ~1,000 characters
    stage = registry.get("sentences").build({"max_chars": 400})
    doc = stage(Doc(article=Article(id="t", text=text, language="id")))
    assert len(doc.sentences) >= 3 and all(s.end - s.start <= 400 for s in doc.sentences)
    assert len(split(text, "id")) == 1  # the default keeps it whole
