"""The web app in a real browser: headless Debian Chromium driven by Playwright."""
from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from riwaya import store
from riwaya.show.sample import sample_results
from riwaya.show.web import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} is absent (`make browser` installs Debian's chromium)"),
]

PASTED = ("انفجار ثان قرب سوق تل الزيتون\n"
          "قالت مديرية الصحة إن 7 قتيلاً سقطوا وأصيب 11 شخصاً في انفجار عبوة ناسفة قرب السوق اليوم.")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def extractor():
    """The project's pipeline when it is there, else the toy one of test_web."""
    try:
        import riwaya.pipeline  # noqa: F401
        return None
    except ImportError:
        from test_web import toy_extract
        return toy_extract


@pytest.fixture
def server(tmp_path):
    import uvicorn
    from riwaya.reconcile import reconcile
    db = tmp_path / "browser.db"
    conn = store.connect(db)
    store.ingest(conn, sample_results(), reconcile=reconcile)
    conn.close()
    port = free_port()
    app = create_app(db, extract=extractor(), reconcile=reconcile)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 15
    while not srv.started:
        assert time.time() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def keep(shot: Path) -> None:
    target = os.environ.get("RIWAYA_ARTIFACTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(target) / shot.name)


def test_list_incident_evidence_and_upload(server, tmp_path):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

            # the incident list, filtered
            page.goto(server + "/?measure=killed")
            links = page.locator("a.incident-link")
            assert links.count() == 1
            assert page.locator("html").get_attribute("dir") == "rtl"

            # the incident: its fact sheet
            links.first.click()
            page.wait_for_url(re.compile(r"/incidents/"))
            assert page.locator("section.slot").count() >= 3
            assert page.locator("svg.timeline").count() >= 1

            # follow a figure to its highlighted evidence
            figure = page.locator(".origin .fig a").first
            target = figure.get_attribute("href")
            figure.click()
            assert page.evaluate("location.hash") == target
            mark = page.locator(f"[id='{target[1:]}'] + mark")
            assert mark.is_visible() and re.search(r"\d", mark.inner_text())
            # the hostile article stays text: no script ran, no dialog opened
            assert page.title() != "pwned" and not dialogs
            assert "<script>" in page.locator("#article-a3_rassed").inner_text()
            shot = tmp_path / "riwaya-incident.png"
            page.screenshot(path=str(shot), full_page=False)
            keep(shot)

            # upload an article and see its claims
            page.goto(server + "/upload")
            page.fill("input[name=article_id]", "browser_pasted")
            page.fill("textarea[name=text]", PASTED)
            page.click("#upload-submit")
            page.wait_for_url(re.compile(r"/articles/browser_pasted$"))
            assert page.locator("tr.claim").count() >= 1
            assert page.locator("mark").filter(has_text="7").count() >= 1
            shot = tmp_path / "riwaya-upload.png"
            page.screenshot(path=str(shot), full_page=True)
            keep(shot)

            # a bad upload says why
            page.goto(server + "/upload")
            page.set_input_files("input[name=file]", files=[{"name": "x.pdf", "mimeType": "application/pdf",
                                                            "buffer": b"%PDF-1.4"}])
            page.click("#upload-submit")
            assert "unsupported file type" in page.locator("#upload-error").inner_text()
            assert not errors
        finally:
            browser.close()
