"""Fixtures shared by the test modules: the store backends and the browser."""

from __future__ import annotations

import pytest
from web_support import ARGS, CHROMIUM

from newsgraph.store import open_store
from newsgraph.store.testing import pg_url, store_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=[
    pytest.mark.postgres,
    pytest.mark.skipif(pg_url() is None,
                       reason="NEWSGRAPH_TEST_PG is not set (scripts/postgres.sh)")])])
def backend(request) -> str:
    """Each store backend in turn: SQLite always, PostgreSQL when scripts/postgres.sh runs."""
    return request.param


@pytest.fixture
def store(backend, tmp_path):
    """An empty store on each backend."""
    with store_url(backend, tmp_path) as url:
        s = open_store(url)
        yield s
        s.close()


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright, one per test module."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()
