"""The date of an event (``cues.pick_time``, ``cues.event_value``, ``event_dates.news_date``), on hand-built Indonesian
sentences: a sentence's own time, else the day the article reports on; never a date carried from an earlier
sentence; citation stamps, bare weekdays, year-less months and weeks as news tells them."""

from __future__ import annotations

from test_events import asserted, make_doc, run

from warta.analyze.event_dates import news_date, week_month
from warta.analyze.events import _lang, extract
from warta.model import Entity, TimeExpr

THU = "2019-09-12T10:00:00+07:00"  # a Thursday
TUE = "2019-09-17T10:00:00+07:00"  # a Tuesday


def dates(doc, etype):
    return [e.date for e in asserted(doc) if e.type == etype]


def test_a_date_is_not_carried_to_later_sentences():
    text = "Rusia menyerang Ukraina pada 24 Februari 2022. Putin mengecam Jokowi."
    doc = run(text, "id", times={"24 Februari 2022": "2022-02-24"}, published="2023-07-01T09:00:00+07:00")
    assert dates(doc, "ASSAULT") == ["2022-02-24"]
    assert dates(doc, "ACCUSE") == [None]  # the earlier invasion's date is not the condemnation's


def test_a_citation_stamp_dates_the_event_only_when_nothing_else_does():
    text = "Melansir BBC, Selasa (17/9/2019) Modi mengecam Pakistan di depan wartawan pada Senin (16/9)."
    doc = run(text, "id", times={"Selasa (17/9/2019)": "2019-09-17", "Senin (16/9)": "2019-09-16"}, published=TUE)
    assert dates(doc, "ACCUSE") == ["2019-09-16"]
    text = "Jokowi mengecam Malaysia atas kabut asap, katanya kepada wartawan, Senin (16/9/2019)."
    doc = run(text, "id", times={"Senin (16/9/2019)": "2019-09-16"}, published=TUE)
    assert dates(doc, "ACCUSE") == ["2019-09-16"]


def test_a_bare_weekday_after_publication_is_the_one_before_it_for_a_past_event():
    # "Akan tetapi" is no future: the time layer's Wednesday after a Thursday paper is the day before
    text = "Akan tetapi, pada Rabu Jokowi mengecam Malaysia."
    assert dates(run(text, "id", times={"Rabu": "2019-09-18"}, published=THU), "ACCUSE") == ["2019-09-11"]
    # a written date after publication stays what it says, and cannot date a past event
    text = "Jokowi mengecam Malaysia pada 18/9/2019."
    assert dates(run(text, "id", times={"18/9/2019": "2019-09-18"}, published=THU), "ACCUSE") == [None]


def test_a_month_without_a_year_after_publication_is_last_years_for_a_past_event():
    text = "Trump bertemu Kim di Vietnam pada Februari."
    doc = make_doc(text, "id", times={"Februari": "2020-02"}, published=TUE)
    for name, country in (("Trump", "USA"), ("Kim", "PRK")):
        i = text.index(name)
        doc.entities.append(Entity(name, i, i + len(name), "PER", name, None, country, "GOV"))
    doc.entities.sort(key=lambda e: e.start)  # (Trump and Kim are not in the test gazetteer)
    doc.events = extract(doc)
    assert dates(doc, "CONSULT") == ["2019-02"]


def test_a_week_dates_an_event_to_its_month():
    doc = run("Iran menyerang Israel pekan lalu.", "id", times={"pekan lalu": "2019-W37"}, published=TUE)
    assert dates(doc, "ASSAULT") == ["2019-09"]
    assert week_month("2019-W35") == "2019-08"  # 26 Aug - 1 Sep: its Thursday is in August
    assert week_month("2019-09-12") == "2019-09-12"


def test_the_time_of_what_is_offered_or_asked_does_not_date_the_offer():
    text = "Korea Utara bersedia untuk berunding dengan Amerika Serikat pada akhir September."
    doc = run(text, "id", times={"akhir September": "2019-09"}, published="2019-09-10T10:00:00+09:00")
    assert dates(doc, "AGREE") == [None]
    # an act done for a purpose keeps the time after its purpose clause
    text = "Israel menyerang Gaza untuk menghancurkan terowongan pada Sabtu."
    doc = run(text, "id", times={"Sabtu": "2019-09-14"}, published=TUE)
    assert dates(doc, "ASSAULT") == ["2019-09-14"]


def _news_doc(text: str, times: list[tuple[str, str, str]], published: str = THU):
    doc = make_doc(text, "id", published=published)
    doc.times = []
    for surface, kind, value in times:
        i = text.index(surface)
        doc.times.append(TimeExpr(surface, i, i + len(surface), kind, value))  # type: ignore[arg-type]
    return doc


def test_the_news_day_is_the_earliest_day_told_stamps_and_plans_aside():
    cues = _lang("id").cues
    text = (
        "Polri menangkap seorang aktivis. Ia ditangkap pada Rabu pukul 17.57 WIT. "
        "Ia akan diadili pada Senin, kata Kapolri kepada wartawan, Kamis (12/9/2019)."
    )
    stamp = ("Kamis (12/9/2019)", "DATE", "2019-09-12")
    arrest = ("Rabu pukul 17.57 WIT", "TIME", "2019-09-11T17:57+09:00")
    plan = ("Senin", "DATE", "2019-09-09")  # resolved backwards by a time layer that missed "akan"
    assert news_date(_news_doc(text, [arrest, plan, stamp]), cues) == "2019-09-11"  # a time of day is a day
    assert news_date(_news_doc(text, [plan, stamp]), cues) == "2019-09-12"  # the plan is no day of the news
    assert news_date(_news_doc(text, [stamp]), cues) == "2019-09-12"  # a stamp when nothing else
    assert news_date(_news_doc(text, [("Senin", "DATE", "2019-08-26")]), cues) is None  # more than a week before


def test_an_announced_act_is_dated_when_announced_not_when_it_is_to_happen():
    text = "Jokowi akan bertemu Modi di New Delhi pada akhir September."
    doc = run(text, "id", times={"akhir September": "2019-09"}, published="2019-09-10T10:00:00+07:00")
    (agree,) = [e for e in asserted(doc) if e.type == "AGREE"]
    assert agree.date is None  # no day of the news is named: not the month of the meeting


def test_a_trigger_in_a_relative_clause_is_not_dated_by_the_clause_it_hangs_on():
    text = "Pada 2 September 2019 Jokowi memuji Malaysia yang mengecam Myanmar."
    doc = run(text, "id", times={"2 September 2019": "2019-09-02"}, published=TUE)
    assert dates(doc, "SUPPORT") == ["2019-09-02"]  # the praise: the sentence's time
    assert dates(doc, "ACCUSE") == [None]  # Malaysia's condemnation is only described


def test_a_time_inside_a_quote_dates_what_is_quoted_not_a_trigger_outside_it():
    text = 'Iran menuduh Israel: "Israel menyerang Gaza pada Senin (9/9/2019)", kata juru bicara, Rabu (11/9/2019).'
    times = {"Senin (9/9/2019)": "2019-09-09", "Rabu (11/9/2019)": "2019-09-11"}
    doc = run(text, "id", times=times, published=THU)
    assert [e.date for e in doc.events if e.trigger.text == "menuduh"] == ["2019-09-11"]


def test_the_day_of_a_plan_does_not_date_what_was_done():
    text = "Polri menangkap dua aktivis dan keduanya akan diadili pada Senin."
    doc = run(text, "id", times={"Senin": "2019-09-09"}, published=THU)  # a time layer that missed "akan"
    assert dates(doc, "COERCE") == [None]
