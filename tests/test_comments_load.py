"""Issue 15: a bounded load test on loopback: 50 concurrent posters, every accepted comment
stored (none lost), the per-account rate limit answering 429 with Retry-After."""

from __future__ import annotations

import re
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from web_support import make_record, make_store

from newsgraph.store import open_store
from newsgraph.store.comments import Comments
from newsgraph.web.routers.accounts import RateLimit

POSTERS = 50
PER_ACCOUNT = 5  # the limit set below
TRIES = PER_ACCOUNT + 2
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture()
def server(tmp_path: Path):
    import uvicorn

    from newsgraph.web import create_app, server_config

    path = make_store(tmp_path / "load.db", [make_record("a1")])
    app = create_app(path)
    app.state.rate_limits = {"account": RateLimit(PER_ACCOUNT, 60),
                             "address": RateLimit(10_000, 60),
                             "login": RateLimit(10_000, 60)}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(server_config(app, "127.0.0.1", port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", path
    srv.should_exit = True
    thread.join(timeout=10)


def poster(base: str, n: int) -> list[tuple[int, str]]:
    """Register, then post TRIES comments as fast as answers come; (status, text) each."""
    with httpx.Client(base_url=base, timeout=60, follow_redirects=False) as c:
        form = c.get("/register")
        r = c.post("/register", data={"name": f"poster{n}", "password": "load-password",
                                      "csrf": CSRF.search(form.text).group(1)})
        assert r.status_code == 303, r.text
        token = CSRF.search(c.get("/articles/a1/comments").text).group(1)
        out = []
        for i in range(TRIES):
            text = f"Comment {i} from poster {n} about the supply lines."
            r = c.post("/comments", data={"kind": "article", "target_id": "a1",
                                          "text": text, "csrf": token})
            if r.status_code == 429:
                assert int(r.headers["retry-after"]) > 0
            out.append((r.status_code, text))
        return out


@pytest.mark.timeout(300)
def test_fifty_concurrent_posters_lose_nothing(server) -> None:
    base, path = server
    t0 = time.monotonic()
    with ThreadPoolExecutor(POSTERS) as pool:
        results = list(pool.map(lambda n: poster(base, n), range(POSTERS)))
    elapsed = time.monotonic() - t0
    accepted = [t for rs in results for code, t in rs if code == 303]
    limited = [t for rs in results for code, t in rs if code == 429]
    other = [code for rs in results for code, _ in rs if code not in (303, 429)]
    assert other == []
    assert len(accepted) == POSTERS * PER_ACCOUNT  # each account up to its limit ...
    assert len(limited) == POSTERS * (TRIES - PER_ACCOUNT)  # ... and 429 after it
    with open_store(path) as store:
        stored = [c.text for c in Comments(store).thread("article", "a1")]
    assert sorted(stored) == sorted(accepted)  # no comment lost, none refused stored
    print(f"{POSTERS} posters, {len(accepted)} comments stored, {len(limited)} answered 429,"
          f" {elapsed:.1f} s")
