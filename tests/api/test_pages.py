"""The web pages in headless Chromium (Debian's chromium + chromedriver, through Selenium).

The reference article is stored through the API; its view must show the source chain
RIA Novosti -> Japanese Defense Ministry, the Patriot event's record on click, and a timeline.
An article made of markup must render as inert text.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from live_server import Server

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
XSS = (
    "Markup is text\n\n"
    '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    '<b onmouseover="window.pwned=3">Germany</b> sent two tanks to Ukraine, officials said.'
)

if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip(
        "browser tests need /usr/bin/chromium and /usr/bin/chromedriver: "
        "run scripts/install-browser.sh as root",
        allow_module_level=True,
    )

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service as ChromeService  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    profile = tempfile.mkdtemp(prefix="newsledger-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=ChromeService(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def open_page(browser: WebDriver, url: str) -> None:
    browser.get(url)
    WebDriverWait(browser, 30).until(
        lambda b: b.execute_script("return document.body.dataset.ready") is not None
    )
    assert browser.execute_script("return document.body.dataset.ready") == "1"
    assert not browser.find_element(By.ID, "error").is_displayed()


def test_article_view_shows_chain_and_event_record(
    browser: WebDriver, server: Server, seed_id: str, tmp_path: Path
) -> None:
    open_page(browser, f"{server.url}/articles/{seed_id}/view")
    chains = [
        li.find_element(By.CSS_SELECTOR, ".chain").text
        for li in browser.find_elements(By.CSS_SELECTOR, "#chains li")
    ]
    assert any(re.fullmatch(r"RIA Novosti → (the )?Japanese Defense Ministry", c) for c in chains)
    marked = " ".join(s.text for s in browser.find_elements(By.CSS_SELECTOR, "#text .seg.source"))
    assert "RIA Novosti" in marked and "Japanese Defense Ministry" in marked

    # Selecting the chain's claim highlights both sources on the text.
    chain_item = next(
        li for li in browser.find_elements(By.CSS_SELECTOR, "#chains li") if "RIA" in li.text
    )
    chain_item.find_element(By.TAG_NAME, "button").click()
    active = " ".join(s.text for s in browser.find_elements(By.CSS_SELECTOR, "#text .chain-active"))
    assert "RIA Novosti" in active and "Japanese Defense Ministry" in active
    assert browser.find_elements(By.CSS_SELECTOR, "#text .seg.claim.cert-reported")

    # Click the Patriot event on the text itself: its record appears in the side panel.
    patriot = next(
        s for s in browser.find_elements(By.CSS_SELECTOR, "#text .seg.event") if "Patriot" in s.text
    )
    patriot.click()
    panel = browser.find_element(By.ID, "record")
    event_card = panel.find_element(By.CSS_SELECTOR, ".card-event")
    fields = {
        dd.get_attribute("data-field"): dd.text
        for dd in event_card.find_elements(By.CSS_SELECTOR, "dd")
    }
    assert fields["plover"] == "AID"
    assert fields["equipment"] == "Patriot"
    assert fields["quantity"] == "2"
    assert "DEU" in fields["sources"] and "UKR" in fields["targets"]
    assert browser.find_elements(By.CSS_SELECTOR, "#text .seg.event.selected")

    shot = tmp_path / "article-view.png"
    assert browser.save_screenshot(str(shot))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, SCREENSHOTS / "article-view.png")
    print(f"screenshot: {shot} and {SCREENSHOTS / 'article-view.png'}")


def test_timeline_renders_events_for_an_actor(
    browser: WebDriver, server: Server, seed_id: str
) -> None:
    open_page(browser, f"{server.url}/ui/timeline?involving=UKR")
    items = browser.find_elements(By.CSS_SELECTOR, "#timeline li")
    assert items
    assert any("Patriot" in li.text and "AID" in li.text for li in items)
    assert "involving UKR" in browser.find_element(By.ID, "summary").text


def test_graph_and_commitments_render(browser: WebDriver, server: Server, seed_id: str) -> None:
    open_page(browser, f"{server.url}/ui/graph")
    nodes = browser.find_elements(By.CSS_SELECTOR, "#graph .node")
    assert {n.get_attribute("data-code") for n in nodes} >= {"DEU", "UKR"}
    assert browser.find_elements(By.CSS_SELECTOR, "#graph line.link[data-link='DEU>UKR']")
    next(n for n in nodes if n.get_attribute("data-code") == "UKR").click()
    WebDriverWait(browser, 10).until(lambda b: "Ukraine" in b.find_element(By.ID, "actor").text)

    open_page(browser, f"{server.url}/ui/commitments")
    rows = browser.find_elements(By.CSS_SELECTOR, "#commitments tbody tr")
    patriot = next(r for r in rows if "Patriot" in r.text)
    assert "agreed" in patriot.text

    open_page(browser, f"{server.url}/ui/articles")
    assert browser.find_elements(By.CSS_SELECTOR, f"tr[data-article='{seed_id}']")


def test_markup_in_an_article_renders_as_text(browser: WebDriver, server: Server) -> None:
    with httpx.Client(base_url=server.url, timeout=120) as client:
        stored = client.post(
            "/articles", content=XSS.encode(), headers={**server.auth, "content-type": "text/plain"}
        )
    assert stored.status_code in (200, 201), stored.text
    open_page(browser, f"{server.url}{stored.json()['links']['view']}")
    text = browser.find_element(By.ID, "text")
    assert "<script>window.pwned=1</script>" in text.text
    assert '<img src=x onerror="window.pwned=2">' in text.text
    assert not text.find_elements(By.CSS_SELECTOR, "script, img, b")
    for span in text.find_elements(By.CSS_SELECTOR, ".seg"):
        span.click()
    assert browser.execute_script("return typeof window.pwned") == "undefined"


def test_paste_page_analyses_without_storing(browser: WebDriver, server: Server) -> None:
    open_page(browser, f"{server.url}/ui/paste")
    before = httpx.get(f"{server.url}/health").json()["store"]["articles"]
    browser.find_element(By.ID, "paste-text").send_keys(
        "Aid pledged\n\nGermany agreed to deliver two Patriot systems to Ukraine, Reuters reported."
    )
    browser.find_element(By.CSS_SELECTOR, "#paste button").click()
    WebDriverWait(browser, 60).until(lambda b: b.find_elements(By.CSS_SELECTOR, "#text .seg.claim"))
    assert "Patriot" in browser.find_element(By.ID, "text").text
    assert httpx.get(f"{server.url}/health").json()["store"]["articles"] == before
