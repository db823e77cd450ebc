"""End to end in a real browser: Debian's Chromium driven by Playwright against ``warta serve`` (uvicorn on 127.0.0.1,
a free port) over a database of analysed articles. Screenshots go to ``bench/out/screenshots/`` (gitignored).

Skips with a reason when Chromium, Playwright or the dashboard's npm assets are absent; fails instead under
WARTA_REQUIRE_BROWSER=1 (CI sets it after running .ci/browser.sh). Never runs ``playwright install``.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from test_serve_samples import fill

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("WARTA_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]  # fmt: skip
SHOTS = Path(__file__).resolve().parents[1] / "bench" / "out" / "screenshots"
TIMEOUT_MS = 20_000  # generous: the machine is shared and Chromium's first start is slow


def _unavailable(reason: str):
    if os.environ.get("WARTA_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, and WARTA_REQUIRE_BROWSER=1: run .ci/browser.sh first")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() or not shutil.which(CHROMIUM):
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install playwright; never `playwright install`)")
    from warta.serve.vendor import missing

    if missing():
        _unavailable(f"dashboard assets missing: {', '.join(missing())} (npm ci && python -m warta.serve.vendor)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from warta.serve import create_app

    db = fill(str(tmp_path_factory.mktemp("browser") / "warta.db"))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


class Page:
    """A browser tab that records console errors, failed requests and page errors (a CSP violation is a console
    error), and saves screenshots."""

    def __init__(self, browser, base: str, block_vendor: bool = False):
        self.context = browser.new_context(viewport={"width": 1360, "height": 900})
        self.page = self.context.new_page()
        self.page.set_default_timeout(TIMEOUT_MS)
        self.base = base
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        if block_vendor:
            self.page.route("**/static/vendor/**", lambda route: route.fulfill(status=404, body="missing"))

    def go(self, hash_: str = ""):
        self.page.goto(f"{self.base}/{hash_}")
        # The app is a deferred module: wait until it has rendered the first view, or typing into the search box
        # races with the first route() (which resets the box) and the submit handler not yet being attached.
        self.page.wait_for_selector("#view[aria-busy=false]", state="attached")

    def shot(self, name: str, full_page: bool = False):
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)

    def close(self):
        self.context.close()


@pytest.fixture
def tab(browser, server):
    t = Page(browser, server)
    yield t
    t.close()


def test_search_open_article_and_follow_an_event_to_its_evidence(tab):
    page = tab.page
    tab.go()
    page.wait_for_selector(".articles li")
    assert page.locator(".articles li").count() == 9
    assert re.search(r"9 articles", page.locator("#stats").inner_text())
    tab.shot("01-articles")
    page.select_option("select[name=lang]", "en")
    page.click(".filters button[type=submit]")
    page.wait_for_function("() => document.querySelectorAll('.articles li').length === 2")
    page.go_back()
    page.wait_for_function("() => document.querySelectorAll('.articles li').length === 9")

    page.fill("#search-q", "kemitraan")
    page.press("#search-q", "Enter")
    page.wait_for_selector(".hit")
    assert page.locator(".hit-quote").count() >= 1 and page.locator(".hit-article").count() >= 1
    assert page.locator(".hit mark").first.inner_text().lower() == "kemitraan"
    tab.shot("02-search")
    page.locator(".hit-quote a").first.click()  # a quote hit opens its article on the quote
    page.wait_for_selector(".article-text .sel-quote")
    assert "Kedua pemimpin" in page.locator(".article-text .sel-quote").first.inner_text()
    page.go_back()
    page.wait_for_selector(".hit")

    page.locator(".hit-article a").first.click()
    page.wait_for_selector(".article-text .l-trigger")
    assert "Putin dan Modi" in page.locator(".article-head h1").inner_text()
    assert page.locator(".ev-card").count() == 5
    for layer in ("ent", "time", "place", "quote", "trigger"):
        assert page.locator(f".article-text .l-{layer}").count() >= 1, layer
    # hovering an entity shows its type, kb id, country and sector
    page.locator(".article-text .l-ent", has_text="Vladimir Putin").first.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert "PER" in tip.inner_text() and "Q7747" in tip.inner_text() and "RUS" in tip.inner_text()
    tab.shot("03-article")

    # choosing the ACCUSE event highlights its sentence and trigger and scrolls them into view
    page.locator(".ev-card", has=page.locator(".badge", has_text="ACCUSE")).first.click()
    page.wait_for_selector(".sel-trig")
    assert page.locator(".sel-trig").inner_text() == "menuduh"
    sentence = "".join(page.locator(".sel-sent").all_inner_texts())
    assert sentence.startswith("Putin menuduh Kyiv") and sentence.endswith("konflik.")
    assert page.locator(".ev-card.selected").count() == 1
    page.wait_for_function("() => { const r = document.querySelector('.sel-trig').getBoundingClientRect();"
                           " return r.top >= 0 && r.bottom <= window.innerHeight; }")
    # the negated event is listed as such
    assert page.locator(".ev-card.negated .flag", has_text="negated").count() == 1
    tab.shot("04-article-event")
    assert not tab.errors, tab.errors


def test_untrusted_markup_is_shown_as_text_and_never_runs(tab):
    page = tab.page
    tab.go("#/?q=")
    page.fill("#search-q", "Markup")
    page.press("#search-q", "Enter")
    page.wait_for_selector(".hit a")
    page.locator(".hit a").first.click()
    page.wait_for_selector(".article-text")
    assert "<script>window.__pwned=3</script>" in page.locator(".article-head h1").inner_text()
    assert '<img src=x onerror="window.__pwned=1">' in page.locator(".article-text").inner_text()
    page.locator(".article-text .l-quote").first.hover()
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator(".article-text img, .article-text script, .article-text b").count() == 0
    tab.shot("05-untrusted-text")


def test_event_table_filters(tab):
    page = tab.page
    tab.go("#/events")
    page.wait_for_selector(".events-table tbody tr")
    assert page.locator(".pager span").inner_text().endswith("of 13")
    page.fill("input[name=actor]", "RUS")
    page.fill("input[name=recipient]", "IND")
    page.click(".filters button[type=submit]")
    page.wait_for_function("() => document.querySelector('.pager span')?.textContent.endsWith('of 2')")
    rows = page.locator(".events-table tbody tr")
    assert rows.count() == 2
    for i in range(2):
        assert "RUS" in rows.nth(i).locator("td").nth(2).inner_text()
        assert "IND" in rows.nth(i).locator("td").nth(3).inner_text()
    rows.first.click()  # a row opens its evidence sentence, trigger and actors marked
    page.wait_for_selector("tr.detail .evidence mark.ev-trigger")
    assert page.locator("tr.detail .ev-trigger").inner_text() in ("pembicaraan melalui telepon", "sepakat memperkuat")
    assert page.locator("tr.detail .ev-actor").inner_text() == "Vladimir Putin"
    tab.shot("06-events")
    rows.first.click()
    page.wait_for_selector("tr.detail", state="detached")
    rows.first.locator("a", has_text="evidence").click()
    page.wait_for_selector(".sel-trig")
    assert not tab.errors, tab.errors


def test_relations_timeline_for_one_country_pair(tab):
    page = tab.page
    tab.go("#/relations")
    page.wait_for_selector(".relations-chart svg")
    page.fill("input[name=a]", "RUS")
    page.fill("input[name=b]", "IND")
    page.select_option("select[name=by]", "month")
    page.click(".filters button[type=submit]")
    page.wait_for_function("() => location.hash.includes('a=RUS') && document.querySelector('.relations-table')")
    assert "Russia (RUS)" in page.locator("h1").inner_text() and "India (IND)" in page.locator("h1").inner_text()
    periods = page.locator(".relations-table tbody tr td:first-child").all_inner_texts()
    assert periods == ["2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08"]
    assert page.locator(".relations-chart rect.bar").count() == 6  # one per (period, quad) with events
    assert page.locator(".relations-chart rect.bar.q3").count() == 2
    assert page.locator(".relations-chart .score-dot").count() == 6
    page.locator(".relations-chart rect.bar.q3").last.click(position={"x": 4, "y": 4})  # a bar lists that period's events, both directions
    page.wait_for_selector(".period-events tbody tr")
    assert page.locator(".period-detail h2").inner_text() == "Events in 2023-05"
    assert sorted(page.locator(".period-events tbody tr td:nth-child(1)").all_inner_texts()) == ["2023-05-09", "2023-05-23"]
    tab.shot("07-relations", full_page=True)
    page.select_option("select[name=by]", "week")
    page.click(".filters button[type=submit]")
    page.wait_for_function("() => location.hash.includes('by=week')")
    page.wait_for_selector(".relations-table td:text-matches('W\\\\d\\\\d')")
    page.locator(".relations-table a").first.click()
    page.wait_for_function("() => document.querySelector('.period-detail h2')?.textContent === 'Events in 2023-W11'")
    page.wait_for_selector(".period-events tbody tr")
    assert page.locator(".period-events tbody tr td:nth-child(1)").all_inner_texts() == ["2023-03-14"]
    assert not tab.errors, tab.errors


def test_map_and_network(tab):
    page = tab.page
    tab.go("#/map")
    page.wait_for_selector("svg.map circle.place")
    assert page.locator("svg.map path.country").count() > 150  # Natural Earth 1:110m has 177 countries
    assert page.locator("svg.map circle.place").count() == 5  # Moscow, New Delhi, Washington, Tehran, Jakarta
    shaded = page.locator("svg.map path.country[fill]").count()
    assert shaded == 5, shaded  # the countries those places are in
    page.locator("svg.map circle.place").first.hover()
    assert "New Delhi" in page.locator("#tip").inner_text()
    tab.shot("08-map")

    tab.go("#/network")
    page.wait_for_selector("svg.network .node")
    assert page.locator("svg.network .node").count() == 10
    assert page.locator("svg.network path.edge").count() == 7
    assert "Vladimir Putin" in page.locator("svg.network").text_content()
    tab.shot("09-network")
    page.locator("svg.network .node", has_text="Vladimir Putin").click()  # a node opens the events it acts in
    page.wait_for_function("() => location.hash.includes('actor=Q7747') && document.querySelector('.events-table')")
    assert page.locator(".events-table tbody tr").count() == 3
    tab.go("#/network")
    page.wait_for_selector("svg.network .node")
    page.select_option("select[name=level]", "country")
    page.click(".filters button[type=submit]")
    page.wait_for_function("() => location.hash.includes('level=country')")
    page.wait_for_selector("svg.network .node")
    assert page.locator("svg.network .node").count() == 7
    assert page.locator("svg.network path.edge").count() == 6
    tab.shot("10-network-countries")
    assert not tab.errors, tab.errors


def test_dashboard_still_works_without_the_npm_assets(browser, server):
    tab = Page(browser, server, block_vendor=True)
    try:
        page = tab.page
        tab.go("#/map")
        page.wait_for_selector(".view-map .notice")
        assert "d3.min.js" in page.locator("#assets").inner_text()
        assert "countries-110m.json" in page.locator(".view-map .notice").inner_text()
        assert page.locator(".places-table tbody tr").count() == 5  # the data is still there, as a table
        tab.shot("11-no-assets")
        tab.go("#/events")
        page.wait_for_selector(".events-table tbody tr")
        # only the blocked vendor files failed to load
        assert tab.errors and all("404" in e or "Failed to load" in e for e in tab.errors), tab.errors
    finally:
        tab.close()


@pytest.fixture(scope="module")
def demo_server(browser, tmp_path_factory):
    """The dashboard over the bundled demo corpus, processed by ``warta process`` (whatever stages exist now)."""
    import uvicorn

    from warta.cli import main as cli
    from warta.demo import corpus_path
    from warta.serve import create_app

    folder = tmp_path_factory.mktemp("demo")
    db = str(folder / "demo.db")
    cli.main(["process", str(corpus_path()), "--db", db, "--rejects", str(folder / "rejects.jsonl")],
             standalone_mode=False)  # fmt: skip
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", create_app(db)
    srv.should_exit = True
    thread.join(timeout=10)


def test_demo_corpus_renders_every_layer_the_pipeline_wrote(browser, demo_server):
    import json

    from warta.serve import get

    base, app = demo_server
    articles = json.loads(get(app, "/api/articles?limit=500")[2])
    assert articles["total"] >= 10
    tab = Page(browser, base)
    try:
        page = tab.page
        tab.go()
        page.wait_for_selector(".articles li")
        assert page.locator(".pager span").inner_text().endswith(f"of {articles['total']}")
        tab.shot("demo-01-articles")
        # the articles richest in annotations, so every layer the pipeline writes gets looked at
        full = [json.loads(get(app, f"/api/articles/{a['id']}")[2]) for a in articles["items"]]
        layers = ("entities", "times", "places", "quotes", "events")
        richest = sorted(full, key=lambda a: -sum(len(a.get(k) or []) for k in layers))[:3]
        for n, art in enumerate(richest):
            tab.go(f"#/article/{art['id']}")
            page.wait_for_selector(".article-text")
            # the text is shown exactly, whatever the highlighting cut it into
            assert page.locator(".article-text").text_content() == art["text"]
            css = {"entities": "ent", "times": "time", "places": "place", "quotes": "quote"}
            for layer, cls in css.items():
                inside = [m for m in art.get(layer) or [] if m.get("start") is not None]
                assert (page.locator(f".article-text .l-{cls}").count() > 0) == bool(inside), layer
            assert page.locator(".ev-card").count() == len(art.get("events") or [])
            if art.get("events"):
                page.locator(".ev-card").first.click()
                page.wait_for_selector(".sel-sent")
                assert art["events"][0]["trigger"]["text"] in "".join(page.locator(".sel-trig").all_text_contents())
            tab.shot(f"demo-0{n + 2}-article")
        for n, view in enumerate(["events", "relations", "map", "network"]):
            tab.go(f"#/{view}")
            page.wait_for_function("() => document.getElementById('view').getAttribute('aria-busy') === 'false'")
            assert page.locator(".view .error").count() == 0, page.locator(".view .error").all_inner_texts()
            tab.shot(f"demo-{n + 5:02d}-{view}")
        assert not tab.errors, tab.errors
    finally:
        tab.close()
