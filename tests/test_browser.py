"""The pages in a real browser: Playwright for Python driving Debian's chromium.

Screenshots go to tests/artifacts/ (kept by CI as test artifacts, ignored by git).
Install the browser with scripts/browser.sh; without it these tests are skipped.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from web_support import CHROMIUM, make_record, make_store

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: scripts/browser.sh"),
]


@contextmanager
def live_server(store_url: str) -> Iterator[str]:
    """The app served by uvicorn on a free local port, in a thread; yields its base URL."""
    import uvicorn

    from newsgraph.web import create_app, server_config

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(server_config(create_app(store_url), "127.0.0.1", port,
                                          log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def page(browser):
    """A fresh page that records script errors and dialogs (an alert means injected code ran)."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 950})
    ctx.set_default_timeout(60_000)  # a shared, busy CI machine: be patient, not flaky
    pg = ctx.new_page()
    pg.errors = []
    pg.dialogs = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    ctx.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")  # sticky bars would land mid-page otherwise
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


# -- hand-built records: fast, no model ---------------------------------------------------

@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    evil = make_record("evil", headline="<script>window.__xss = 1; alert('x')</script> "
                                        "Troops pull back from Kharkov",
                       body="KYIV (AP) — Defense Minister Oleg Petrenko said on Saturday that "
                            "Russian troops had withdrawn from Kharkov. <img src=x "
                            "onerror=\"window.__xss = 2\"> \"We won the battle,\" Petrenko "
                            "said.")
    url = make_store(tmp_path_factory.mktemp("browser") / "small.db",
                     [evil, make_record("plain", published="2022-05-13")])
    with live_server(url) as base:
        yield base


def test_article_with_script_tags_shows_them_as_text(page, small_site: str) -> None:
    page.goto(f"{small_site}/articles/evil")
    page.wait_for_selector("#article-text")
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == [] and page.errors == []
    assert "<script>window.__xss = 1;" in page.inner_text(".para-headline")
    assert "<img src=x" in page.inner_text("#article-text")
    shot(page, "article-escaped")


def test_clicking_a_highlight_shows_the_fact_and_its_evidence(page, small_site: str) -> None:
    page.goto(f"{small_site}/articles/plain")
    page.click(".text .m-PERSON >> nth=0")
    panel = page.locator("#fact-panel .fact").first
    assert "Oleg Petrenko" in panel.inner_text()
    assert "Defense Minister" in panel.inner_text()
    assert page.locator("#fact-panel .evidence mark").first.inner_text() == "Oleg Petrenko"
    assert page.locator(".text .active").count() == 2  # both mentions light up
    page.click(".fact-row[data-fact='event-0']")
    assert "RETREAT" in page.inner_text("#fact-panel")
    assert page.errors == []
    shot(page, "article-fact-panel")


def test_toggles_hide_a_kind_of_highlight(page, small_site: str) -> None:
    page.goto(f"{small_site}/articles/plain")
    page.uncheck("[data-toggle='t']")
    assert "hide-t" in page.get_attribute("body", "class")


# -- issue 14: titles, near-duplicates, relevance, phones, hardening -----------------------

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def issue_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from newsgraph.record import Record, Source

    def plain(rid: str, text: str, headline: str | None, published: str) -> Record:
        return Record(id=rid, text=text, headline=headline, published=published,
                      source=Source("Plain Post", None))

    long_word = "https://example.org/" + "a-very-long-path-segment/" * 12
    records = [
        make_record("w1", source="Wire", published="2022-05-14"),
        make_record("w2", source="Paper A", published="2022-05-14"),  # republished copy
        make_record("w3", source="Paper B with a long name for the column", published="2022-05-14",
                    headline="Troops pull back from Kharkov as the defense minister Oleg "
                             "Petrenko says the battle is won"),
        plain("nohead", "May 2, 2013, 1: 12 PM\n\nKYIV (AP) — Ukrainian officials agreed "
                        "to a ceasefire with separatist leaders on Monday. " + long_word, None,
              "2013-05-02"),
        plain("cf", "Ceasefire holds\n\nThe ceasefire held. [Reuters] said the ceasefire "
                    "was respected.", "Ceasefire holds", "2020-01-01"),
        plain("bidi", "Report\n\nThe file evil\u202egnp.exe was found.", "evil\u202egnp.exe",
              "2019-01-01"),
    ]
    url = make_store(tmp_path_factory.mktemp("issue14") / "issue14.db", records)
    with live_server(url) as base:
        yield base


def _issue_pages(base: str) -> list[str]:
    import httpx

    stories = httpx.get(f"{base}/api/stories?limit=50", timeout=60).json()["items"]
    wire = next(s["id"] for s in stories if s["n_articles"] >= 3)
    return ["/", f"/stories/{wire}", "/articles/w1", "/articles/nohead",
            "/entities/Oleg%20Petrenko", "/entities/Kharkiv", "/search?q=ceasefire",
            "/search?q=troops&sort=date", "/search", "/analyze", "/articles/nope", "/docs"]


def test_no_page_scrolls_sideways_on_a_phone(browser, issue_site: str) -> None:
    ctx = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True,
                              has_touch=True)
    ctx.set_default_timeout(60_000)
    pg = ctx.new_page()
    wide = {}
    for path in _issue_pages(issue_site):
        pg.goto(issue_site + path)
        pg.wait_for_load_state("load")
        width = pg.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide[path] = width
        name = "phone" + (re.sub(r"[^A-Za-z0-9]+", "-", path.replace("%20", "-")).rstrip("-")
                          or "-home")
        pg.screenshot(path=str(_artifact(name)), full_page=True)
    ctx.close()
    assert wide == {}


def _artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / f"{name.strip('-')}.png"


def test_phone_search_shows_results_before_folded_facets(browser, issue_site: str) -> None:
    ctx = browser.new_context(viewport=PHONE, is_mobile=True)
    pg = ctx.new_page()
    pg.goto(f"{issue_site}/search?q=troops")
    facets = pg.locator("details.facet")
    assert facets.count() >= 2
    assert all(not facets.nth(i).evaluate("d => d.open") for i in range(facets.count()))
    first_hit = pg.locator(".hit").first.bounding_box()
    first_facet = facets.first.bounding_box()
    assert first_hit["y"] < first_facet["y"] < 2000
    facets.first.locator("summary").click()
    assert facets.first.evaluate("d => d.open")
    pg.screenshot(path=str(_artifact("phone-search-facet-open")), full_page=True)
    ctx.close()


def test_wide_search_opens_facets_ranks_and_highlights(page, issue_site: str) -> None:
    page.goto(f"{issue_site}/search?q=ceasefire")
    assert page.locator("details.facet[open]").count() >= 1
    assert page.locator(".hit-title").first.inner_text() == "Ceasefire holds"
    marks = page.locator(".hit .snippet mark").all_inner_texts()
    assert marks and {m.lower() for m in marks} == {"ceasefire"}
    assert "[Reuters]" in page.locator(".hit .snippet").first.inner_text()
    assert "Ukrainian officials agreed to a ceasefire" in page.inner_text(".results")
    assert "nohead" not in page.inner_text(".results")
    page.click("nav.sort a")  # by date
    page.wait_for_selector(".sort b:has-text('date')")
    assert page.locator(".hit-title").first.inner_text() == "Ceasefire holds"  # 2020 > 2013
    shot(page, "search-relevance")


def test_story_lists_wire_copy_once_with_also_in(page, issue_site: str) -> None:
    import httpx

    stories = httpx.get(f"{issue_site}/api/stories?limit=50", timeout=60).json()["items"]
    wire = next(s["id"] for s in stories if s["n_articles"] >= 3)
    page.goto(f"{issue_site}/stories/{wire}")
    assert page.locator(".tl-event").count() == 1
    assert page.locator(".tl-event .tl-quote").count() == 1
    assert "also in: Paper A" in page.inner_text(".tl-event")
    quotes = page.locator(".qgroup li")
    assert quotes.count() == 1 and "also in:" in quotes.first.inner_text()
    assert page.errors == []
    shot(page, "story-also-in")


def test_headline_less_article_is_named_by_its_first_sentence(page, issue_site: str) -> None:
    page.goto(f"{issue_site}/articles/nohead")
    assert page.inner_text("h1") == ("Ukrainian officials agreed to a ceasefire with "
                                     "separatist leaders on Monday.")
    page.goto(f"{issue_site}/")
    assert "Ukrainian officials agreed" in page.inner_text("body")
    assert "nohead" not in page.inner_text("body")
    shot(page, "home-titles")


def test_bidi_override_does_not_reorder_what_is_shown(page, issue_site: str) -> None:
    page.goto(f"{issue_site}/articles/bidi")
    assert "\u202e" not in page.inner_text("body")
    assert "evil\ufffdgnp.exe" in page.inner_text("h1")
    shot(page, "article-bidi")


def test_docs_work_offline_under_their_csp(page, issue_site: str) -> None:
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text)
            if "Content Security Policy" in m.text or "Refused" in m.text else None)
    page.goto(f"{issue_site}/docs")
    page.wait_for_selector(".opblock", timeout=60_000)
    assert page.locator(".opblock").count() >= 8
    assert violations == [] and page.errors == []
    shot(page, "docs")
    page.goto(f"{issue_site}/redoc")
    page.wait_for_selector("[role=navigation], .menu-content", timeout=60_000)
    # ReDoc's bundle asks for its logo from a CDN: the policy blocks it, as it should offline
    assert [v for v in violations if "https://" not in v] == []


def test_an_analyst_corrects_an_event_in_the_page(page, issue_site: str) -> None:
    page.goto(f"{issue_site}/articles/w2")
    page.select_option("select[name=target]", "event:0")
    page.check("input[name=action][value=correct]")
    page.fill(".correct-form input[name=type]", "ASSAULT")
    page.fill(".correct-form input[name=author]", "Ana Analyst")
    page.fill(".correct-form input[name=note]", "shelling, not a retreat")
    page.click(".correct-form button[type=submit]")
    page.wait_for_selector("ol.audit li")
    assert "Ana Analyst" in page.inner_text("ol.audit")
    assert page.locator("table.facts .evtype.ev-ASSAULT").count() == 1
    page.click(".fact-row[data-fact='event-0']")
    assert "corrected by an analyst" in page.inner_text("#fact-panel")
    assert page.errors == []
    shot(page, "article-corrected")
    page.fill("form.retract input[name=author]", "Bo")
    page.click("form.retract button")
    page.wait_for_selector("ol.audit li.retracted")
    assert page.locator("table.facts .evtype.ev-RETREAT").count() == 1


def test_live_headers_head_and_no_banner(issue_site: str) -> None:
    import httpx

    for path in ("/", "/api/stories", "/api/entities/%25", "/docs", "/nope"):
        r = httpx.get(issue_site + path, timeout=60)
        assert "server" not in r.headers, path
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert "default-src 'self'" in r.headers["content-security-policy"], path
    assert httpx.get(issue_site + "/api/entities/%25", timeout=60).status_code == 404
    assert httpx.get(issue_site + "/api/entities/_", timeout=60).status_code == 404
    assert httpx.get(issue_site + "/api/entities/%00", timeout=60).status_code == 404
    head = httpx.head(issue_site + "/", timeout=60)
    assert head.status_code == 200 and head.content == b""
    deep = httpx.post(issue_site + "/analyze", content=b"[" * 2000 + b"]" * 2000,
                      headers={"content-type": "application/json"}, timeout=60)
    assert 400 <= deep.status_code < 500


# -- the example corpus, analyzed by the real pipeline ------------------------------------

@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from newsgraph.ingest import ingest

    db = tmp_path_factory.mktemp("corpus") / "examples.db"
    summary = ingest([str(ROOT / "examples")], str(db), progress=False)
    assert summary.new >= 3, summary.to_dict()
    with live_server(str(db)) as base:
        yield base


EXAMPLE = ROOT / "examples" / "cnews-kharkiv.txt"


def _example_story(base: str) -> dict:
    """The story of the project's example article when the corpus has it, else the story
    with the most geocoded places and dated events."""
    import httpx

    stories = httpx.get(f"{base}/api/stories?limit=200", timeout=120).json()["items"]
    full = [httpx.get(f"{base}/api/stories/{s['id']}", timeout=120).json() for s in stories]
    if EXAMPLE.exists():
        words = set(EXAMPLE.read_text(encoding="utf-8").split("\n", 1)[0].lower().split())
        for story in full:
            if any(len(words & set((a["headline"] or "").lower().split())) >= len(words) - 1
                   for a in story["articles"]):
                return story
    return max(full, key=lambda s: (len([p for p in s["places"] if p["lat"] is not None]),
                                    len([e for e in s["events"] if e["time"]]), s["id"]))


@pytest.mark.e2e
def test_example_corpus_in_the_browser(page, corpus_site: str) -> None:
    page.goto(corpus_site + "/")
    assert page.locator("table.stories tbody tr").count() >= 3
    shot(page, "home")
    _phone_widths(page.context.browser, corpus_site)

    story = _example_story(corpus_site)
    page.goto(f"{corpus_site}/stories/{story['id']}")
    page.wait_for_selector("figure.map.drawn")
    markers = page.locator("figure.map .marker")
    assert markers.count() == len([p for p in story["places"] if p["lat"] is not None]) > 0
    assert page.locator("figure.map path.land").count() > 100  # the country outlines
    assert page.locator(".timeline svg .tl-dot").count() >= 1
    assert page.locator(".tl-event").count() == page.locator(".timeline svg .tl-dot").count()
    assert page.errors == []
    shot(page, "story")

    person = page.locator(".chips a.chip-PERSON").first
    name = person.inner_text().rsplit(" ", 1)[0].strip()
    person.click()
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == name
    assert page.locator("table.list tbody tr a").count() >= 1  # its articles
    shot(page, "entity")

    page.fill(".topsearch input[name=q]", name.split()[-1])
    page.press(".topsearch input[name=q]", "Enter")
    page.wait_for_selector(".results")
    assert page.locator(".hit").count() >= 1
    assert page.locator(".hit .snippet mark").count() >= 1
    assert page.locator(".facet").count() >= 2
    shot(page, "search")
    page.locator(".facet[data-facet=source] a, .facet[data-facet=date] a").first.click()
    page.wait_for_selector(".active-filters .chip")
    assert page.locator(".hit").count() >= 1

    page.locator(".hit-title").first.click()
    page.wait_for_selector("#article-text")
    page.locator(".text [data-facts]").first.click()
    assert page.locator("#fact-panel .fact").count() >= 1
    assert page.locator("#fact-panel .evidence").count() >= 1
    assert page.errors == []
    shot(page, "article")


def _phone_widths(browser, base: str) -> None:
    """Every kind of page of the real corpus fits a 390 px phone (issue 14.6)."""
    import httpx

    stories = httpx.get(f"{base}/api/stories?limit=200", timeout=120).json()["items"]
    arts = httpx.get(f"{base}/api/articles?limit=200", timeout=120).json()["items"]
    story = max(stories, key=lambda s: s["n_articles"])
    full = httpx.get(f"{base}/api/stories/{story['id']}", timeout=120).json()
    person = (full["people"] or full["organizations"] or full["places"])[0]["id"]
    longest = max(arts, key=lambda a: len(a["title"]))
    paths = ["/", f"/stories/{story['id']}", f"/articles/{longest['id']}",
             f"/entities/{person}", f"/search?q={person.split(':')[-1][:20]}", "/search",
             "/analyze", "/docs"]
    ctx = browser.new_context(viewport=PHONE, is_mobile=True)
    ctx.set_default_timeout(60_000)
    pg = ctx.new_page()
    wide = {}
    for path in paths:
        pg.goto(base + path)
        width = pg.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide[path] = width
    pg.goto(f"{base}/stories/{story['id']}")
    pg.screenshot(path=str(_artifact("phone-corpus-story")), full_page=True)
    ctx.close()
    assert wide == {}


@pytest.mark.e2e
def test_analyze_page_shows_the_record(page, corpus_site: str) -> None:
    text = next(p for p in sorted((ROOT / "examples").glob("*.txt"))).read_text()
    page.goto(f"{corpus_site}/analyze")
    page.fill("textarea[name=text]", text)
    page.fill("input[name=published]", "2022-05-14")
    page.click(".analyze-form button[type=submit]")
    page.wait_for_selector("#article-text, .loading-inline", timeout=120_000)
    if page.locator(".loading-inline").count():
        # the first analysis since the server started: told at once that the model loads,
        # the pasted text kept; once loaded, the same form gives the record
        from newsgraph.web.routers.analyze import MODEL

        assert page.input_value("textarea[name=text]").strip() == text.strip()
        shot(page, "analyze-loading")
        assert MODEL.wait(300)
        page.click(".analyze-form button[type=submit]")
        page.wait_for_selector("#article-text", timeout=120_000)
    assert page.locator(".text [data-facts]").count() >= 5
    page.click("details.removed summary")
    assert page.locator("pre.cut").first.is_visible()
    assert page.errors == []
    shot(page, "analyze")
