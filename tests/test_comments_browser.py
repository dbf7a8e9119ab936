"""Issue 15 in a real browser (Debian's chromium through Playwright): a reader registers and
posts, a held comment waits in the queue, a moderator approves and rejects, the audit log
shows it, a script in a comment is text, and a form without its CSRF token is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_browser import ARTIFACTS, live_server
from web_support import CHROMIUM, make_record, make_store

from newsgraph.store import open_store
from newsgraph.store.comments import Comments
from newsgraph.web.routers.accounts import hash_password

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: scripts/browser.sh"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> str:
    path = make_store(Path(tmp_path_factory.mktemp("comments")) / "c.db", [make_record("a1")])
    with open_store(path) as store:
        Comments(store).add_user("moda", hash_password("mod-password"), role="moderator")
    with live_server(path) as url:
        yield url


def new_page(browser):
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    ctx.set_default_timeout(60_000)
    pg = ctx.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    return ctx, pg


def sign(pg, site: str, action: str, name: str, password: str) -> None:
    pg.goto(f"{site}/{action}?next=/articles/a1/comments")
    pg.fill("input[name=name]", name)
    pg.fill("input[name=password]", password)
    pg.click("form.auth-form button[type=submit]")
    pg.wait_for_url("**/articles/a1/comments")


def post(pg, text: str) -> None:
    pg.fill("#comment-text", text)
    pg.click("form.comment-form button[type=submit]")
    pg.wait_for_load_state()


def test_register_post_hold_moderate_audit(browser, site: str) -> None:
    ctx, pg = new_page(browser)
    sign(pg, site, "register", "reader1", "reader-password")
    cookies = {c["name"]: c for c in ctx.cookies()}
    assert cookies["ng_session"]["httpOnly"] and cookies["ng_session"]["sameSite"] == "Lax"
    post(pg, "The ministry's figures need a second source.")
    assert pg.locator(".comment.status-live .comment-text",
                      has_text="second source").count() == 1
    post(pg, "You are a f#cking idiot")
    held = pg.locator(".comment.status-held")
    assert held.count() == 1
    assert "Held for a moderator" in held.inner_text()
    assert held.locator("mark.ev-obscene").inner_text() == "f#cking"
    post(pg, "Shut up you moron")
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "comments-held.png"), full_page=True)

    mctx, mod = new_page(browser)
    sign(mod, site, "login", "moda", "mod-password")
    mod.goto(f"{site}/moderation")
    cards = mod.locator("article.queued")
    assert cards.count() == 2
    first, second = cards.nth(0), cards.nth(1)
    assert "f#cking" in first.inner_text() and "moron" in second.inner_text()  # oldest first
    assert first.locator("mark.ev-obscene").count() == 1
    mod.screenshot(path=str(ARTIFACTS / "comments-queue.png"), full_page=True)
    first.locator("button.approve").click()
    mod.wait_for_url("**/moderation")
    mod.locator("article.queued").first.locator("button.reject-personal").click()
    mod.wait_for_url("**/moderation")
    assert mod.locator("article.queued").count() == 0
    mod.goto(f"{site}/moderation/audit")
    rows = mod.locator("table.audit tbody tr")
    text = rows.all_inner_texts()
    assert any("approve" in t and "moda" in t for t in text)
    assert any("reject" in t and "personal" in t and "moron" in t for t in text)

    pg.reload()
    assert pg.locator(".comment.status-rejected", has_text="moron").count() == 1
    assert "breaks the policy's personal clause" in pg.locator(".comment.status-rejected"
                                                               ).inner_text()
    anon_ctx, anon = new_page(browser)
    anon.goto(f"{site}/articles/a1/comments")
    assert "f#cking idiot" in anon.inner_text("section.thread")  # approved: live
    assert "moron" not in anon.inner_text("section.thread")
    for c in (ctx, mctx, anon_ctx):
        c.close()


def test_script_in_a_comment_is_shown_as_text(browser, site: str) -> None:
    ctx, pg = new_page(browser)
    sign(pg, site, "register", "reader2", "reader-password")
    payload = '<script>alert("x")</script><img src=x onerror="alert(1)">'
    post(pg, payload)
    pg.goto(f"{site}/articles/a1/comments")
    assert payload in pg.inner_text("section.thread")
    assert pg.dialogs == []
    assert pg.locator("section.thread script").count() == 0
    assert pg.locator("section.thread img").count() == 0
    ctx.close()


def test_a_form_without_its_csrf_token_is_refused(browser, site: str) -> None:
    ctx, pg = new_page(browser)
    sign(pg, site, "register", "reader3", "reader-password")
    pg.evaluate("document.querySelector('form.comment-form input[name=csrf]').value = ''")
    pg.fill("#comment-text", "A comment sent without the token.")
    with pg.expect_response(lambda r: r.url.endswith("/comments")) as got:
        pg.click("form.comment-form button[type=submit]")
    assert got.value.status == 403
    assert "security token" in pg.inner_text("body")
    pg.goto(f"{site}/articles/a1/comments")
    assert "sent without the token" not in pg.inner_text("body")
    ctx.close()
