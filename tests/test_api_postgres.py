"""The API over PostgreSQL: the same answers as over SQLite (WARTA_TEST_POSTGRES=postgresql://…; .ci/postgres.sh
starts a throwaway server). Each run uses a database of its own, dropped afterwards."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from store_fixtures import need_pg
from test_serve_samples import fill

from warta.serve import create_app

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def client():
    url = need_pg()  # skips without a server, fails under WARTA_REQUIRE_POSTGRES=1
    import psycopg

    name = f"warta_api_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    own = url.rsplit("/", 1)[0] + "/" + name
    try:
        app = create_app(fill(own))
        with TestClient(app, raise_server_exceptions=False) as c:
            yield c
        app.state.store.close()
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_events_relations_and_search_over_postgres(client):
    r = client.get("/api/events", params={"actor": "RUS", "recipient": "IND"}).json()
    assert r["total"] == 2 and {e["type"] for e in r["items"]} == {"CONSULT", "AGREE"}
    months = client.get("/api/relations", params={"a": "RUS", "b": "IND"}).json()["items"]
    assert [p["period"] for p in months] == ["2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08"]
    assert months[3]["by_quad"] == {"1": 3, "2": 0, "3": 0, "4": 0}
    hits = client.get("/api/search", params={"q": "sanctions"}).json()["items"]
    assert hits and all(h["snippet"][s:e].lower().startswith("sanction") for h in hits for s, e in h["highlights"])
    net = client.get("/api/network", params={"level": "country"}).json()
    assert {(e["source"], e["target"]): e["weight"] for e in net["edges"]}[("IND", "RUS")] == 6


def test_errors_over_postgres_keep_the_one_shape(client):
    r = client.get("/api/articles/nope")
    assert r.status_code == 404 and r.json()["ok"] is False
    r = client.get("/api/events", params={"since": "2023-02-30"})
    assert r.status_code == 400 and r.json()["status"] == 400
