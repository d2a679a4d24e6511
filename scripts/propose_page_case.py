"""Save a page as a test case with a *proposed* expected record, for a person to review.

    .venv/bin/python scripts/propose_page_case.py FILE --url URL [--out DIR] [--force]
    .venv/bin/python scripts/propose_page_case.py URL [--out DIR]    (fetches it, politely)

Writes DIR/<name>.html.gz and DIR/<name>.json (default DIR: tests/pages/<site>/, the
site whose hosts include the URL, else tests/pages/unknown/). The JSON holds what the
extraction makes of the page today and a "review" key: correct every field against
the page as a reader sees it, delete "review", and tests/test_extraction_pages.py
checks the page from then on (a case still under review fails, saying so).
"""

from __future__ import annotations

import argparse
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler import settings as defaults  # noqa: E402
from crawler.extraction import ExtractionError  # noqa: E402
from crawler.page_cases import propose, save_case  # noqa: E402
from crawler.sites import site_for_url  # noqa: E402

FETCH_TIMEOUT = 30  # seconds


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": defaults.USER_AGENT})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as answer:
        return answer.read(defaults.DOWNLOAD_MAXSIZE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="a saved page (FILE, '-' for stdin) or an http(s) URL")
    parser.add_argument("--url", help="the page's real URL (needed with a FILE)")
    parser.add_argument("--out", type=Path, help="folder for the case (default: by site)")
    parser.add_argument("--force", action="store_true", help="replace an existing case")
    args = parser.parse_args(argv)
    is_url = args.source.startswith(("http://", "https://"))
    url = args.url or (args.source if is_url else None)
    if not url:
        parser.error("a saved FILE needs --url, the page's real address")
    try:
        if is_url:
            body = fetch(args.source)
        elif args.source == "-":
            body = sys.stdin.buffer.read()
        else:
            body = Path(args.source).read_bytes()
        site = site_for_url(url)
        out = args.out or ROOT / "tests" / "pages" / (site.name if site else "unknown")
        spec = save_case(out, body, propose(body, url))
    except (OSError, ExtractionError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    print(f"proposed {spec} (review every field, then delete its \"review\" key)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
