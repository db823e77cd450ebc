"""The per-page time limit really stops a page that hangs, on the main thread (SIGALRM) and in a worker thread."""

from __future__ import annotations

import threading

import pytest

import warta.extract as extract_module
from warta.errors import Rejected
from warta.extract.timeout import run_with_limit
from warta.model import Article, Doc, Page


def _spin() -> None:
    while True:  # a runaway page: pure Python, never returns
        pass


def test_main_thread_alarm_stops_a_hang():
    with pytest.raises(Rejected) as err:
        run_with_limit(_spin, 0.2)
    assert err.value.reason == "timeout"


def test_worker_thread_watchdog_stops_a_hang():
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            run_with_limit(_spin, 0.2)
        except Rejected as err:
            outcome["reason"] = err.reason

    t = threading.Thread(target=work)
    t.start()
    t.join(30)
    assert not t.is_alive()
    assert outcome == {"reason": "timeout"}


def test_result_passes_through_and_outer_timer_survives():
    assert run_with_limit(lambda: 41 + 1, 5) == 42
    assert run_with_limit(lambda: "x", None) == "x"
    assert run_with_limit(lambda: "y", 5) == "y"  # on a worker thread too:
    box: list[object] = []
    t = threading.Thread(target=lambda: box.append(run_with_limit(lambda: 7, 5)))
    t.start()
    t.join(30)
    assert box == [7]


def test_stage_rejects_a_hanging_page(monkeypatch):
    monkeypatch.setattr(extract_module, "extract_page", lambda page, **kw: _spin())
    page = Page("<html><body><p>x</p></body></html>", "html")
    doc = Doc(article=Article(id="a", text=""), page=page)
    with pytest.raises(Rejected) as err:
        extract_module.extract(doc, timeout=0.2)
    assert err.value.reason == "timeout"
