"""Hand-made analysed articles for the API and browser tests.

The articles are written for these tests (short news in Indonesian and English about Russia, India, Indonesia, the
US and Iran); ``fill`` writes them into a database through the store. Offsets are computed from the text, so every
span satisfies ``text[start:end] == mention.text``. One article carries HTML and script in its title, text and
quotes, to prove the dashboard escapes untrusted text. The tests at the bottom check the samples themselves.
"""

from __future__ import annotations

import re

from warta.model import (
    Actor,
    Article,
    Dateline,
    Doc,
    Entity,
    Event,
    Participant,
    Place,
    Quote,
    Sentence,
    Span,
    TimeExpr,
    Trigger,
    stable_id,
)

SCORE = {"CONSULT": (1.0, 1), "AGREE": (3.0, 1), "SUPPORT": (3.5, 1), "COOPERATE": (5.0, 2), "AID": (6.0, 2),
         "ACCUSE": (-3.0, 3), "REJECT": (-4.0, 3), "THREATEN": (-6.0, 3), "SANCTION": (-6.5, 4),
         "ASSAULT": (-9.0, 4)}  # fmt: skip

# name -> (kb_id, country, sector, type)
KB = {
    "Vladimir Putin": ("Q7747", "RUS", "GOV", "PER"),
    "Narendra Modi": ("Q1058", "IND", "GOV", "PER"),
    "Kremlin": ("Q150339", "RUS", "GOV", "ORG"),
    "Rusia": ("Q159", "RUS", "GOV", "GPE"),
    "India": ("Q668", "IND", "GOV", "GPE"),
    "Ukraina": ("Q212", "UKR", "GOV", "GPE"),
    "Kyiv": ("Q1899", "UKR", "GOV", "GPE"),
    "Joko Widodo": ("Q6701", "IDN", "GOV", "PER"),
    "Anthony Albanese": ("Q4773904", "AUS", "GOV", "PER"),
    "United States": ("Q30", "USA", "GOV", "GPE"),
    "Iran": ("Q794", "IRN", "GOV", "GPE"),
    "Treasury": ("Q1072819", "USA", "GOV", "ORG"),
    "S. Jaishankar": ("Q7387525", "IND", "GOV", "PER"),
    "Sergei Lavrov": ("Q173827", "RUS", "GOV", "PER"),
}
PLACES = {
    "Moskow": ("Moscow", "RUS", 55.7522, 37.6156, 524901),
    "New Delhi": ("New Delhi", "IND", 28.6358, 77.2245, 1261481),
    "Jakarta": ("Jakarta", "IDN", -6.2146, 106.8451, 1642911),
    "Washington": ("Washington", "USA", 38.8951, -77.0364, 4140963),
    "Tehran": ("Tehran", "IRN", 35.6944, 51.4215, 112931),
    "Samarkand": ("Samarkand", "UZB", 39.6542, 66.9597, 1216265),
}


def _whole_word(text: str, start: int, end: int) -> bool:
    left = start == 0 or not (text[start].isalnum() and text[start - 1].isalnum())
    right = end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum())
    return left and right


def _find(text: str, surface: str, nth: int = 0, after: int = 0) -> int:
    """Where the ``nth`` whole-word occurrence of ``surface`` at or after ``after`` starts."""
    start = after - 1
    for _ in range(nth + 1):
        start = text.find(surface, start + 1)
        while start >= 0 and not _whole_word(text, start, start + len(surface)):
            start = text.find(surface, start + 1)
        if start < 0:
            raise ValueError(f"{surface!r} (occurrence {nth}) not in text")
    return start


def _who(text: str, surface: str, name: str, sentence: Sentence) -> Participant:
    kb_id, country, sector, _ = KB[name]
    try:  # the mention in the event's sentence, else (a pronoun like "Keduanya" there) the first one
        start = _find(text, surface, after=sentence.start)
    except ValueError:
        start = _find(text, surface)
    return Participant(name=name, text=surface, start=start, end=start + len(surface), kb_id=kb_id, country=country,
                       sector=sector)  # fmt: skip


def _place(text: str | None, surface: str) -> Place:
    name, country, lat, lon, gid = PLACES[surface]
    if text is None:  # a dateline place is not in the body
        return Place(name=name, country=country, lat=lat, lon=lon, geonameid=gid)
    start = _find(text, surface)
    return Place(name=name, country=country, lat=lat, lon=lon, geonameid=gid, text=surface, start=start,
                 end=start + len(surface))  # fmt: skip


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?\"”])\s+", text):
        out.append(Sentence(start, m.start()))
        start = m.end()
    if start < len(text):
        out.append(Sentence(start, len(text)))
    return out


def make_doc(
    key: str, title: str, text: str, published: str, source: str, lang: str, *, dateline: str | None = None,
    entities: list[tuple[str, str]] = (), times: list[tuple[str, str]] = (), places: list[str] = (),
    quotes: list[tuple[str, str, str]] = (), events: list[dict] = (),
) -> Doc:  # fmt: skip
    """``entities``: (surface, kb name); ``times``: (surface, value); ``quotes``: (quoted text, verb, speaker name);
    ``events``: dicts with type, trigger, actors/recipients [(surface, kb name)], date, place, negated, mode."""
    sentences = _sentences(text)
    ents: list[Entity] = []
    for surface, name in entities:  # each at its first occurrence that no earlier entity covers
        kb_id, country, sector, etype = KB[name]
        start = _find(text, surface)
        while any(e.start < start + len(surface) and start < e.end for e in ents):
            start = _find(text, surface, after=start + 1)
        ents.append(Entity(surface, start, start + len(surface), etype, name, kb_id, country, sector))
    tms = []
    for surface, value in times:
        start = _find(text, surface)
        tms.append(TimeExpr(surface, start, start + len(surface), "DATE", value))
    qts = []
    for quoted, verb, speaker in quotes:
        start = _find(text, quoted)
        kb_id, country, sector, _ = KB[speaker]
        qts.append(Quote(quoted, start, start + len(quoted), verb, Actor(speaker, kb_id, country, sector)))
    evs = []
    for i, spec in enumerate(events):
        start = _find(text, spec["trigger"])
        sent = next(s for s in sentences if s.start <= start < s.end)
        score, quad = SCORE[spec["type"]]
        evs.append(
            Event(
                id=stable_id(key, str(i)), type=spec["type"], sentence=Span(sent.start, sent.end),
                trigger=Trigger(spec["trigger"], start, start + len(spec["trigger"])), mode=spec.get("mode"),
                contexts=spec.get("contexts", []),
                actors=[_who(text, s, n, sent) for s, n in spec.get("actors", [])],
                recipients=[_who(text, s, n, sent) for s, n in spec.get("recipients", [])],
                date=spec.get("date"), place=_place(text, spec["place"]) if spec.get("place") else None,
                negated=spec.get("negated", False), confidence=0.8, score=score, quad=quad,
            )
        )
    article = Article(
        id=stable_id("id", key), text=text, url=f"https://{source}/{key}", source=source, language=lang, title=title,
        authors=["Redaksi"], published=published,
        dateline=Dateline(dateline, _place(None, dateline)) if dateline else None,
    )  # fmt: skip
    return Doc(article=article, sentences=sentences, entities=ents, times=tms,
               places=[_place(text, p) for p in places], quotes=qts, events=evs)  # fmt: skip


def sample_docs() -> list[Doc]:
    docs = []
    t = (
        "Presiden Rusia Vladimir Putin dan Perdana Menteri India Narendra Modi mengadakan pembicaraan melalui "
        "telepon pada Jumat, 30 Juni 2023. Keduanya sepakat memperkuat kemitraan strategis kedua negara.\n\n"
        '"Kedua pemimpin menegaskan komitmen bersama untuk memperkuat kemitraan," kata Kremlin dalam pernyataan '
        "dari Moskow. Putin menuduh Kyiv menolak jalur diplomasi untuk mengakhiri konflik.\n\n"
        "India sejauh ini tidak mengutuk invasi Rusia ke Ukraina. Modi menyatakan dukungan atas langkah Rusia "
        "menjaga stabilitas setelah pemberontakan 24 Juni."
    )
    docs.append(make_doc(
        "putin-modi", "Putin dan Modi sepakat tingkatkan hubungan strategis Rusia-India", t,
        "2023-07-01T09:46:00+07:00", "medcom.id", "id", dateline="Moskow",
        entities=[("Rusia", "Rusia"), ("Vladimir Putin", "Vladimir Putin"), ("India", "India"),
                  ("Narendra Modi", "Narendra Modi"), ("Kremlin", "Kremlin"), ("Putin", "Vladimir Putin"),
                  ("Kyiv", "Kyiv"), ("India", "India"), ("Rusia", "Rusia"), ("Ukraina", "Ukraina"),
                  ("Modi", "Narendra Modi"), ("Rusia", "Rusia")],
        times=[("Jumat, 30 Juni 2023", "2023-06-30"), ("24 Juni", "2023-06-24")],
        places=["Moskow"],
        quotes=[("Kedua pemimpin menegaskan komitmen bersama untuk memperkuat kemitraan,", "kata", "Kremlin")],
        events=[
            {"type": "CONSULT", "trigger": "pembicaraan melalui telepon", "mode": "phone", "contexts": ["diplomatic"],
                 "actors": [("Vladimir Putin", "Vladimir Putin")], "recipients": [("Narendra Modi", "Narendra Modi")],
                 "date": "2023-06-30", "place": "Moskow"},
            {"type": "AGREE", "trigger": "sepakat memperkuat", "actors": [("Vladimir Putin", "Vladimir Putin")],
                 "recipients": [("Narendra Modi", "Narendra Modi")], "date": "2023-06-30"},
            {"type": "ACCUSE", "trigger": "menuduh", "actors": [("Putin", "Vladimir Putin")], "recipients": [("Kyiv", "Kyiv")],
                 "date": "2023-06-30"},
            {"type": "ACCUSE", "trigger": "tidak mengutuk", "actors": [("India", "India")], "recipients": [("Rusia", "Rusia")],
                 "negated": True, "date": "2023-07-01"},
            {"type": "SUPPORT", "trigger": "menyatakan dukungan", "actors": [("Modi", "Narendra Modi")],
                 "recipients": [("Rusia", "Rusia")], "date": "2023-06-30"},
        ],
    ))  # fmt: skip
    # Russia-India over several months, cooperation and friction, for the relations timeline.
    months = [("2023-03-14", "COOPERATE", "menandatangani kerja sama"), ("2023-04-20", "ACCUSE", "mengkritik"),
              ("2023-05-09", "AGREE", "menyepakati"), ("2023-05-23", "REJECT", "menolak"),
              ("2023-08-02", "AID", "mengirim bantuan")]  # fmt: skip
    for i, (day, etype, trigger) in enumerate(months):
        t = (f"Menteri Luar Negeri India S. Jaishankar dan Menteri Luar Negeri Rusia Sergei Lavrov bertemu di "
             f"New Delhi. India {trigger} Rusia dalam pertemuan itu.")  # fmt: skip
        docs.append(make_doc(
            f"india-russia-{i}", f"India dan Rusia: {trigger} ({day})", t, f"{day}T10:00:00+07:00", "antaranews.com",
            "id", entities=[("India", "India"), ("S. Jaishankar", "S. Jaishankar"), ("Rusia", "Rusia"),
                            ("Sergei Lavrov", "Sergei Lavrov")],
            places=["New Delhi"],
            events=[{"type": etype, "trigger": trigger, "actors": [("S. Jaishankar", "S. Jaishankar")],
                         "recipients": [("Sergei Lavrov", "Sergei Lavrov")], "date": day, "place": "New Delhi"}],
        ))  # fmt: skip
    t = ("The United States imposed new sanctions on Iran on Tuesday, the Treasury said in Washington. "
         'Iran rejected the measures. "These sanctions will not change our policy," an official said in Tehran.')
    docs.append(make_doc(
        "us-iran", "US imposes new sanctions on Iran", t, "2023-06-13T18:00:00+00:00", "bbc.co.uk", "en",
        entities=[("United States", "United States"), ("Iran", "Iran"), ("Treasury", "Treasury"), ("Iran", "Iran")],
        times=[("Tuesday", "2023-06-13")], places=["Washington", "Tehran"],
        quotes=[("These sanctions will not change our policy,", "said", "Iran")],
        events=[{"type": "SANCTION", "trigger": "imposed new sanctions", "actors": [("United States", "United States")],
                     "recipients": [("Iran", "Iran")], "date": "2023-06-13", "place": "Washington"},
                {"type": "REJECT", "trigger": "rejected", "actors": [("Iran", "Iran")],
                     "recipients": [("United States", "United States")], "date": "2023-06-13", "place": "Tehran"}],
    ))  # fmt: skip
    t = ("Presiden Joko Widodo menerima Perdana Menteri Australia Anthony Albanese di Jakarta. Keduanya "
         "menandatangani perjanjian kerja sama ekonomi.")
    docs.append(make_doc(
        "jokowi-albanese", "Jokowi dan Albanese teken kerja sama ekonomi", t, "2023-06-05T14:00:00+07:00",
        "kompas.com", "id", entities=[("Joko Widodo", "Joko Widodo"), ("Anthony Albanese", "Anthony Albanese")],
        places=["Jakarta"],
        events=[{"type": "COOPERATE", "trigger": "menandatangani perjanjian", "actors": [("Joko Widodo", "Joko Widodo")],
                     "recipients": [("Anthony Albanese", "Anthony Albanese")], "date": "2023-06-05", "place": "Jakarta"}],
    ))  # fmt: skip
    # Untrusted text: markup in the title, body and a quote must be shown as text, never run.
    t = ('Iran said <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> in Tehran. '
         '"<b onmouseover=alert(1)>bold</b> claims," Iran said.')
    docs.append(make_doc(
        "xss", 'Markup <script>window.__pwned=3</script> in a title', t, "2023-06-20T08:00:00+00:00", "example.org",
        "en", entities=[("Iran", "Iran")], places=["Tehran"],
        quotes=[('<b onmouseover=alert(1)>bold</b> claims,', "said", "Iran")],
        events=[{"type": "ACCUSE", "trigger": "<script>", "actors": [("Iran", "Iran")], "date": "2023-06-20"}],
    ))  # fmt: skip
    return docs


def fill(db: str) -> str:
    """Write the sample articles into the store at ``db`` (created); returns ``db``."""
    from warta.store import open_store

    with open_store(db) as store:
        for doc in sample_docs():
            store.write(doc)
    return db


def test_sample_spans_point_into_the_text():
    for doc in sample_docs():
        text = doc.text
        for m in [*doc.entities, *doc.times, *doc.quotes, *(p for p in doc.places if p.start is not None)]:
            assert text[m.start : m.end] == m.text
        for ev in doc.events:
            assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
            assert ev.sentence.start <= ev.trigger.start < ev.trigger.end <= ev.sentence.end
            for p in [*ev.actors, *ev.recipients]:
                assert text[p.start : p.end] == p.text


def test_samples_round_trip_through_the_store(tmp_path):
    from warta.store import open_store

    docs = {d.article.id: d for d in sample_docs()}
    with open_store(fill(str(tmp_path / "s.db"))) as store:
        assert store.stats()["counts"]["articles"] == len(docs)
        for aid, doc in docs.items():
            stored = store.article(aid)
            assert stored["text"] == doc.text
            assert len(stored["events"]) == len(doc.events) and len(stored["quotes"]) == len(doc.quotes)
