"""The REST API, in-process (fastapi.testclient, no server), over a SQLite store holding the hand-made articles."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from test_serve_samples import fill

from warta.errors import StoreError
from warta.serve import create_app, get, routes
from warta.serve.app import CSP
from warta.store import open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(fill(str(tmp_path_factory.mktemp("api") / "warta.db"))) as opened:
        yield opened


@pytest.fixture(scope="module")
def app(store):
    return create_app(store=store)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _is_error(resp, status):
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert body == {"ok": False, "error": body["error"], "status": status}
    assert body["error"] and "\n" not in body["error"]
    return body["error"]


def test_articles_list_pages_and_leaves_out_layers(client):
    r = client.get("/api/articles", params={"limit": 3})
    assert r.status_code == 200
    data = r.json()
    assert data["total"] == 9 and len(data["items"]) == 3
    first = data["items"][0]
    assert first["published"] >= data["items"][1]["published"]  # newest first
    assert first["text"]
    for layer in ("entities", "times", "places", "events", "quotes", "sentences"):
        assert layer not in first
    rest = client.get("/api/articles", params={"limit": 500, "offset": 3}).json()
    assert len(rest["items"]) == 6
    ids = {a["id"] for a in data["items"]} | {a["id"] for a in rest["items"]}
    assert len(ids) == 9


def test_articles_filters_reach_the_store(client):
    en = client.get("/api/articles", params={"lang": "en"}).json()
    assert {a["language"] for a in en["items"]} == {"en"} and en["total"] == 2
    june = client.get("/api/articles", params={"since": "2023-06", "until": "2023-06-30"}).json()
    assert june["total"] == 3 and all(a["published"].startswith("2023-06") for a in june["items"])
    assert client.get("/api/articles", params={"q": "sanctions"}).json()["total"] == 1


def test_one_article_has_every_layer_and_spans_point_into_its_text(client):
    aid = client.get("/api/articles", params={"source": "medcom.id"}).json()["items"][0]["id"]
    art = client.get(f"/api/articles/{aid}").json()
    text = art["text"]
    assert art["dateline"]["place"]["name"] == "Moscow"
    for layer in ("entities", "times", "quotes"):
        assert art[layer], layer
        for m in art[layer]:
            assert text[m["start"] : m["end"]] == m["text"]
    ev = next(e for e in art["events"] if e["type"] == "CONSULT")
    assert text[ev["trigger"]["start"] : ev["trigger"]["end"]] == "pembicaraan melalui telepon"
    assert ev["actors"][0]["country"] == "RUS" and ev["recipients"][0]["country"] == "IND"
    assert art["quotes"][0]["speaker"]["name"] == "Kremlin"


def test_unknown_article_is_a_404_in_the_error_shape(client):
    assert "no article" in _is_error(client.get("/api/articles/nope"), 404)
    assert "/api/nothing" in _is_error(client.get("/api/nothing"), 404)
    _is_error(client.get("/static/no-such-file.js"), 404)


def test_events_filter_by_actor_recipient_type_and_dates(client):
    r = client.get("/api/events", params={"actor": "rus", "recipient": "IND"}).json()
    assert r["total"] == 2 and {e["type"] for e in r["items"]} == {"CONSULT", "AGREE"}
    assert all(e["article_id"] for e in r["items"])
    by_kb = client.get("/api/events", params={"actor": "Q7747"}).json()
    assert by_kb["total"] == 3
    typed = client.get("/api/events", params={"type": "sanction"}).json()
    assert [e["type"] for e in typed["items"]] == ["SANCTION"]
    may = client.get("/api/events", params={"since": "2023-05", "until": "2023-05"}).json()
    assert sorted(e["date"] for e in may["items"]) == ["2023-05-09", "2023-05-23"]
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert len(page["items"]) == 2 and page["total"] >= 10


@pytest.mark.parametrize(
    "path, fragment",
    [
        ("/api/articles?limit=0", "limit"),
        ("/api/articles?limit=501", "limit"),
        ("/api/articles?limit=abc", "limit"),
        ("/api/articles?offset=-1", "offset"),
        ("/api/articles?since=2023-13", "since"),
        ("/api/events?until=yesterday", "until"),
        ("/api/events?type=HUG", "type"),
        ("/api/relations?a=RUS", "b"),
        ("/api/relations?a=RUS&b=IND&by=day", "by"),
        ("/api/search", "q"),
        ("/api/search?q=%20", "q"),
        ("/api/network?level=planet", "level"),
    ],
)
def test_bad_parameters_are_400_in_the_error_shape(client, path, fragment):
    assert fragment in _is_error(client.get(path), 400)


def test_the_api_is_read_only(client):
    for method in ("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"):
        r = client.request(method, "/api/articles")
        assert r.status_code == 405 and r.headers["allow"] == "GET"
        if method != "HEAD":  # a HEAD answer has no body
            assert "read-only" in _is_error(r, 405)
    _is_error(client.post("/"), 405)


def test_relations_by_month_and_week(client):
    months = client.get("/api/relations", params={"a": "RUS", "b": "IND"}).json()
    assert months["by"] == "month"
    periods = [p["period"] for p in months["items"]]
    assert periods == ["2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08"]  # quiet months as zero
    june = months["items"][3]
    # CONSULT + AGREE + SUPPORT between Putin and Modi; the negated "tidak mengutuk" is not counted
    assert june["events"] == 3 and june["by_quad"] == {"1": 3, "2": 0, "3": 0, "4": 0}
    weeks = client.get("/api/relations", params={"a": "IND", "b": "RUS", "by": "week"}).json()
    assert all("-W" in p["period"] for p in weeks["items"])
    assert sum(p["events"] for p in weeks["items"]) == sum(p["events"] for p in months["items"])


def test_search_ranks_articles_and_quotes(client):
    hits = client.get("/api/search", params={"q": "kemitraan"}).json()["items"]
    assert {h["kind"] for h in hits} == {"article", "quote"}
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    for hit in hits:  # matched words come as offsets into a plain snippet, not as markup
        assert hit["highlights"]
        for start, end in hit["highlights"]:
            assert hit["snippet"][start:end].lower() == "kemitraan"
        assert "\x02" not in hit["snippet"] and "[" not in hit["snippet"]


def test_network_weights_edges_between_actors_and_countries(client):
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("Q7747", "Q1058")]["weight"] == 2  # Putin -> Modi: CONSULT, AGREE
    assert edges[("Q7387525", "Q173827")]["weight"] == 5  # Jaishankar -> Lavrov
    names = {n["id"]: n["name"] for n in net["nodes"]}
    assert names["Q7747"] == "Vladimir Putin"
    countries = client.get("/api/network", params={"level": "country"}).json()
    cedges = {(e["source"], e["target"]): e["weight"] for e in countries["edges"]}
    assert cedges[("IND", "RUS")] == 6  # five ministers' meetings + Modi's support; the negated one is not counted
    assert ("IND", "RUS") in cedges and ("RUS", "IND") in cedges
    only_may = client.get("/api/network", params={"level": "country", "since": "2023-05", "until": "2023-05"}).json()
    assert only_may["events"] == 2 and not only_may["truncated"]


def test_map_counts_events_per_place_and_country(client):
    data = client.get("/api/map").json()
    places = {p["name"]: p for p in data["places"]}
    assert places["New Delhi"]["events"] == 5 and places["New Delhi"]["country"] == "IND"
    assert places["Moscow"]["types"] == {"CONSULT": 1}
    assert {c["country"]: c["events"] for c in data["countries"]}["USA"] == 1
    assert data["located"] == sum(p["events"] for p in data["places"])
    sanctions = client.get("/api/map", params={"type": "SANCTION"}).json()
    assert [p["name"] for p in sanctions["places"]] == ["Washington"]


def test_countries_carry_numeric_codes_for_the_shapes(client):
    items = {c["code"]: c for c in client.get("/api/countries").json()["items"]}
    assert items["RUS"]["numeric"] == "643" and items["RUS"]["name"] == "Russia"
    assert items["IDN"]["name"] == "Indonesia" and "IGO" in items


def test_stats_and_openapi_schema(client):
    assert client.get("/api/stats").json()["counts"]["articles"] == 9
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for p in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/relations", "/api/search",
              "/api/stats", "/api/network", "/api/map", "/api/countries"):  # fmt: skip
        assert set(paths[p]) == {"get"}, p
        ok = paths[p]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert "$ref" in ok, p  # a response model, not an untyped object
        assert paths[p]["get"]["responses"]["400"]["content"]["application/json"]["schema"]["$ref"].endswith("/Error")
        assert "422" not in paths[p]["get"]["responses"], p  # invalid parameters are 400s here
    assert "EventOut" in schema["components"]["schemas"]
    assert "HTTPValidationError" not in schema["components"]["schemas"]


def test_dashboard_is_served_with_a_strict_csp(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert r.headers["content-security-policy"] == CSP
    assert "'unsafe-inline'" not in CSP and "default-src 'self'" in CSP
    assert "<script" in r.text and "src=\"/static/" in r.text
    assert client.get("/api/stats").headers["content-security-policy"] == CSP
    assert client.get("/static/js/main.js").status_code == 200


def test_a_store_bug_is_a_500_in_the_error_shape():
    class Broken:
        def stats(self):
            raise RuntimeError("disk on fire")

        def article(self, id):
            raise StoreError("database is locked")

    with TestClient(create_app(store=Broken()), raise_server_exceptions=False) as c:
        assert "RuntimeError" in _is_error(c.get("/api/stats"), 500)
        assert "locked" in _is_error(c.get("/api/articles/x"), 500)


def test_missing_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        create_app(str(tmp_path / "absent.db"))


def test_get_answers_one_request_in_process(app):
    status, headers, body = get(app, "/api/events?actor=USA")
    assert status == 200 and headers["content-type"] == "application/json"
    assert b'"SANCTION"' in body
    status, _, body = get(app, "/api/articles/none")
    assert status == 404 and b'"ok":false' in body


@settings(max_examples=25, deadline=None)
@given(
    name=st.sampled_from(["q", "actor", "recipient", "type", "since", "until", "source", "lang", "limit", "offset"]),
    value=st.text(max_size=40),
)
def test_any_query_value_gives_json_never_a_crash(app, name, value):
    status, headers, body = get(app, f"/api/events?{name}={quote(value)}")
    assert status in (200, 400), body
    assert headers["content-type"] == "application/json"


def test_control_characters_in_a_query_are_not_passed_to_the_store(client):
    # A NUL used to reach SQLite's FTS5 query parser and fail there ("unterminated string").
    assert client.get("/api/events", params={"q": "0\x00"}).status_code == 200
    assert client.get("/api/search", params={"q": "kemitraan\x00"}).json()["items"]


@given(st.text(max_size=30))
def test_date_parameter_parser_accepts_iso_and_rejects_the_rest_with_a_400(value):
    try:
        out = routes._when("since", value)
    except HTTPException as err:
        assert err.status_code == 400 and "since" in err.detail
    else:
        assert out is None or out == value.strip()


@given(st.dates(), st.sampled_from([4, 7, 10]))
def test_date_parameter_parser_accepts_every_real_date(day, cut):
    assert routes._when("until", day.isoformat()[:cut]) == day.isoformat()[:cut]


@given(st.lists(st.sampled_from(["a", "b", " ", "\x02", "\x03", "é"]), max_size=40))
def test_search_marks_become_offsets_into_a_plain_snippet(chars):
    hit = routes._highlighted({"snippet": "".join(chars)})
    assert "\x02" not in hit["snippet"] and "\x03" not in hit["snippet"]
    for start, end in hit["highlights"]:
        assert 0 <= start <= end <= len(hit["snippet"])
