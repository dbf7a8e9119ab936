"""POST /api/ingest: a running server stores articles (token-guarded), idempotently."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.store import open_store
from newsgraph.store.testing import FakeAnalyzer
from newsgraph.web import create_app
from newsgraph.web.routers import analyze as analyze_router

TOKEN = "s3cret-token"
ARTICLE = {"text": "Bridge closed after cracks\n\nJane Roe said the Old Bridge will stay shut.",
           "published": "2022-05-14", "source": "Test Wire"}


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setattr(analyze_router, "MODEL", analyze_router.ModelLoader(FakeAnalyzer))
    analyze_router.MODEL.start()
    assert analyze_router.MODEL.wait(10)
    monkeypatch.setattr("newsgraph.web.routers.ingest.MODEL", analyze_router.MODEL)
    db = tmp_path / "feed.db"
    open_store(db).close()
    with TestClient(create_app(str(db))) as c:
        c.db = db
        yield c


def test_ingest_needs_the_servers_token(client, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_INGEST_TOKEN", raising=False)
    r = client.post("/api/ingest", json={"articles": [ARTICLE]})
    assert r.status_code == 403 and "NEWSGRAPH_INGEST_TOKEN" in r.json()["hint"]
    monkeypatch.setenv("NEWSGRAPH_INGEST_TOKEN", TOKEN)
    r = client.post("/api/ingest", json={"articles": [ARTICLE]},
                    headers={"authorization": "Bearer wrong"})
    assert r.status_code == 403
    with open_store(client.db) as store:
        assert store.counts().articles == 0


def test_ingest_stores_once_and_places_in_stories(client, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_INGEST_TOKEN", TOKEN)
    auth = {"authorization": f"Bearer {TOKEN}"}
    bad = {"text": "FAIL this one", "published": "2022-13-45"}
    r = client.post("/api/ingest", json={"articles": [ARTICLE, bad]}, headers=auth)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["new"] == 1 and body["failed"] == 1
    assert body["failed_by_reason"] == {"bad_published": 1}
    again = client.post("/api/ingest", json={"articles": [ARTICLE]}, headers=auth).json()
    assert again["new"] == 0 and again["duplicate"] == 1
    with open_store(client.db) as store:
        assert store.counts().articles == 1 and store.counts().stories == 1
    hits = client.get("/api/search", params={"q": "bridge"}).json()
    assert hits["total"] == 1


def test_ingest_validates_the_body(client, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_INGEST_TOKEN", TOKEN)
    auth = {"authorization": f"Bearer {TOKEN}"}
    for body in ({"articles": []}, {"articles": [{"source": "x"}]},
                 {"articles": [{"text": "a", "html": "<p>a</p>"}]},
                 {"articles": [{"text": "a", "published": "yesterday"}]}):
        assert client.post("/api/ingest", json=body, headers=auth).status_code == 422
