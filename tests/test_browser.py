"""What a person sees in a real browser (headless chromium): a query typed without
accents finds the accented articles with the words highlighted, the month chart
is drawn, a filter narrows the count, a result opens its article page, a bad
query shows the CLI's one-line error, and a <script> in a stored title is shown
as text and never runs. The server is `newsarchive serve` on a free port."""

from __future__ import annotations

import pytest

from tests.browser import chromium, find_browser
from tests.web_archive import CHANGED_URL, HOSTILE_TITLE, build_web_archive
from tests.web_server import WebServer

pytestmark = pytest.mark.skipif(
    find_browser() is None,
    reason="chromium and chromedriver are not installed (apt-get install chromium "
           "chromium-driver; .ci/run installs them)")


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    db = build_web_archive(tmp_path_factory.mktemp("browser") / "archive.db")
    with WebServer(db) as server:
        yield server


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def by(css: str):
    from selenium.webdriver.common.by import By
    return By.CSS_SELECTOR, css


def navigates(browser, action) -> None:
    """Do `action` (a click, a key) and wait until the next page has loaded."""
    from selenium.webdriver.support.ui import WebDriverWait
    old = browser.find_element(*by("html"))
    action()
    wait = WebDriverWait(browser, 60)
    wait.until(lambda _: gone(old))
    wait.until(lambda b: b.execute_script("return document.readyState") == "complete")


def gone(element) -> bool:
    """Whether `element` left the document. Chromedriver says so with a stale element
    error, or, when asked while the next page replaces the document, with "Node with
    given id does not belong to the document" (an inspector error)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as exc:
        if "does not belong to the document" in str(exc):
            return True
        raise
    return False


def click(browser, css: str) -> None:
    navigates(browser, browser.find_element(*by(css)).click)


def search_for(browser, web, words: str):
    """Open the search page and type `words` into its box, as a person does."""
    from selenium.webdriver.common.keys import Keys
    browser.get(web.url + "/-/archive")
    box = browser.find_element(*by("#q"))
    box.clear()
    navigates(browser, lambda: box.send_keys(words, Keys.ENTER))


def count_line(browser) -> str:
    return browser.find_element(*by("#count")).text


def test_typed_without_accents_finds_and_highlights(browser, web):
    search_for(browser, web, "dien bien")
    assert count_line(browser) == "20 articles matching dien bien"
    titles = [e.text for e in browser.find_elements(*by("#results .na-title"))]
    assert len(titles) == 20 and all("Điện Biên" in t for t in titles)
    marked = {e.text for e in browser.find_elements(*by("#results mark"))}
    assert marked == {"Điện", "Biên"}
    mark = browser.find_element(*by("#results mark"))
    assert mark.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"


def test_month_chart_is_drawn(browser, web):
    search_for(browser, web, "dien bien")
    bars = browser.find_elements(*by("#months .na-bar"))
    assert len(bars) == 7  # January to July 2024
    heights = [b.size["height"] for b in bars]
    assert max(heights) > 30 and all(h > 0 for h in heights)
    assert bars[1].get_attribute("title") == "2024-02: 4"


def test_a_filter_narrows_the_count(browser, web):
    from selenium.webdriver.support.ui import Select
    search_for(browser, web, "dien bien")
    Select(browser.find_element(*by("#site"))).select_by_value("laodongthudo")
    click(browser, "#go")
    assert count_line(browser) == "7 articles matching dien bien"
    sites = {e.text.split(" · ")[0] for e in browser.find_elements(*by("#results .na-meta"))}
    assert sites == {"laodongthudo"}
    click(browser, "#months .na-bar[title='2024-03: 1']")  # one month
    assert count_line(browser) == "1 article matching dien bien"
    search_for(browser, web, "dien bien")
    click(browser, "#facet-section a")  # the biggest section
    assert count_line(browser) == "10 articles matching dien bien"
    assert browser.find_element(*by("#section")).get_attribute("value") == "Xã hội"


def test_a_result_opens_its_article_page(browser, web):
    search_for(browser, web, "khang trang")
    click(browser, "#results .na-title")
    assert browser.find_element(*by("#title")).text == "Điện Biên đón bản mới khang trang"
    assert browser.find_element(*by("#original")).get_attribute("href") == CHANGED_URL
    versions = browser.find_element(*by("#versions")).text
    assert "Version 1" in versions and "- Người dân phấn khởi." in versions
    assert "+ Người dân phấn khởi, đón Tết sớm." in versions
    click(browser, "#show-raw")
    frame = browser.find_element(*by("#raw-frame"))
    assert frame.get_attribute("sandbox") == ""
    browser.switch_to.frame(frame)
    try:  # its script would have replaced the body with "pwned"
        assert browser.find_element(*by("h1")).text == "Điện Biên đón bản mới"
    finally:
        browser.switch_to.default_content()


def test_a_bad_query_shows_one_error_line(browser, web):
    search_for(browser, web, "-du")
    assert browser.find_element(*by("#error")).text == (
        "a query needs at least one word to find, not only excluded -words")
    assert not browser.find_elements(*by("#results"))


def test_a_script_in_a_stored_title_is_text(browser, web):
    search_for(browser, web, "le hoi")
    assert browser.find_element(*by("#results .na-title")).text == HOSTILE_TITLE
    assert browser.title.startswith("le hoi")  # the stored script did not set it
    assert not browser.find_elements(*by("#results script, #results b"))
    click(browser, "#results .na-title")
    assert browser.find_element(*by("#title")).text == HOSTILE_TITLE
    assert browser.title == f"{HOSTILE_TITLE} · news archive"  # as text, not run (not "pwned")


def test_an_unbalanced_quote_shows_how_to_fix_it(browser, web):
    search_for(browser, web, '"dien bien')
    assert browser.find_element(*by("#error")).text == (
        'unbalanced quote in \'"dien bien\': close the phrase with " or remove it')
    assert not browser.find_elements(*by("#results"))
    assert browser.find_element(*by("#q")).get_attribute("value") == '"dien bien'
