#!/usr/bin/env python3
"""PNGs of the web pages, for a person to look at: the search page (a query typed
without accents, with the month chart), the same search narrowed to one paper,
a bad query, and an article page with its versions and the sandboxed raw page.

    scripts/screenshot_web.py --screenshot DIR [--db archive.db] [--query "dien bien"]

Without --db it builds the small test archive (tests/web_archive.py) in a
temporary folder. It starts `newsarchive serve` on a free 127.0.0.1 port and a
headless chromium (Debian's chromium and chromium-driver), and stops both.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import chromium  # noqa: E402
from tests.web_archive import CHANGED_URL, build_web_archive  # noqa: E402
from tests.web_server import WebServer  # noqa: E402


def full_page(driver: object, path: Path) -> None:
    """A PNG of the whole page: the window fitted to the page's height first."""
    driver.set_window_size(1280, 600)  # type: ignore[attr-defined]
    height = driver.execute_script("return document.documentElement.scrollHeight")  # type: ignore[attr-defined]
    driver.set_window_size(1280, min(max(height + 40, 600), 4000))  # type: ignore[attr-defined]
    driver.save_screenshot(str(path))  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--screenshot", type=Path, required=True, metavar="DIR",
                        help="Folder for the PNGs (made if missing).")
    parser.add_argument("--db", type=Path, help="An archive to show (default: a small "
                        "test archive built for the purpose).")
    parser.add_argument("--query", default="dien bien", help="The search shown.")
    parser.add_argument("--article", help="URL of the article shown (default: the test "
                        "archive's changed article, or the search's first result).")
    args = parser.parse_args(argv)
    args.screenshot.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_web_archive(Path(tmp) / "archive.db")
        article = args.article or (CHANGED_URL if args.db is None else None)
        with WebServer(db) as server, chromium() as driver:
            shots = {
                "search.png": "/-/archive?" + urlencode({"q": args.query}),
                "search-one-paper.png": "/-/archive?" + urlencode(
                    {"q": args.query, "site": "laodongthudo"}),
                "bad-query.png": "/-/archive?q=-du",
            }
            for name, path in shots.items():
                driver.get(server.url + path)  # type: ignore[attr-defined]
                full_page(driver, args.screenshot / name)
                print(args.screenshot / name)
            if article is None:
                from selenium.webdriver.common.by import By
                driver.get(server.url + shots["search.png"])  # type: ignore[attr-defined]
                first = driver.find_elements(By.CSS_SELECTOR, "#results .na-title")  # type: ignore[attr-defined]
                article = first[0].get_attribute("href").split("url=", 1)[1] if first else None
            if article:
                url = article if "%" in article else quote(article, safe="")
                driver.get(f"{server.url}/-/archive/article?raw=1&url={url}")  # type: ignore[attr-defined]
                full_page(driver, args.screenshot / "article.png")
                print(args.screenshot / "article.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
