"""A real browser (Debian's Chromium driven by Playwright), JavaScript off: open a work page,
follow a citation to its highlighted evidence, search for a person. Saves a screenshot of the
work page to artifacts/work-page.png."""
from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest

from filmfacts.web import create_app
from kb_fixture import MOVES, build

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="playwright is not installed (pip install playwright)")


@pytest.fixture
def kb(sqlite_store):
    return build(sqlite_store)


@pytest.fixture
def base_url(kb):
    """The app served by uvicorn on a free port of 127.0.0.1, in a thread."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(kb), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)
    sock.close()


@pytest.fixture
def page():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(java_script_enabled=False, viewport={"width": 1100, "height": 900})
        context.set_default_timeout(10_000)
        yield context.new_page()
        browser.close()


def test_citation_leads_to_highlighted_evidence(page, base_url, kb):
    wid = kb.find_entity("Harbor Lights", kind="work")["id"]
    page.goto(f"{base_url}/works/{wid}")
    assert page.locator("h1").inner_text() == "Harbor Lights"
    superseded = page.locator("tr.status-superseded")
    assert "2025-03-14" in superseded.inner_text() and "superseded" in superseded.inner_text()
    assert superseded.locator(".v").evaluate("e => getComputedStyle(e).textDecorationLine") == "line-through"
    assert page.locator("svg.timeline circle.dot").count() == 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "work-page.png"), full_page=True)

    current = page.locator("tr.status-current", has_text="2025-10-02")
    current.locator("a.ref").first.click()
    page.wait_for_url(re.compile(rf"/documents/{MOVES.id}#claim-\d+$"))
    anchor = page.url.rsplit("#", 1)[1]
    target = page.locator(":target")
    assert target.evaluate("e => e.tagName") == "MARK"
    assert target.get_attribute("id") == anchor
    assert target.inner_text() == "Harbor Lights has moved to October 2, 2025, the studio confirmed."
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 210, 63)"  # :target
    box, viewport = target.bounding_box(), page.viewport_size
    assert box and 0 <= box["y"] < viewport["height"]  # scrolled into view
    other = page.locator("mark.claim:not(:target)").first
    assert other.evaluate("e => getComputedStyle(e).backgroundColor") != "rgb(255, 210, 63)"


def test_search_for_a_person(page, base_url):
    page.goto(base_url)
    page.fill("#site-q", "solano")
    page.press("#site-q", "Enter")  # a plain GET form: no JavaScript needed
    page.wait_for_url(re.compile(r"/search\?q=solano$"))
    page.click("text=Mira Solano")
    page.wait_for_url(re.compile(r"/people/\d+$"))
    credits = page.locator("table.credits").inner_text()
    assert "Harbor Lights" in credits and "Ada Brandt" in credits and "Night Courier" in credits
