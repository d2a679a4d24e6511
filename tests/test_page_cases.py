"""scripts/propose_page_case.py: a saved page becomes a test case awaiting review."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

from tests.conftest import ROOT, SITES
from tests.pages import expectations

SEED = "dua-hop-tac-ha-noi-dien-bien-ngay-cang-di-vao-thuc-chat-hieu-qua-184703.html"
URL = f"https://laodongthudo.vn/{SEED}"
PAGE = SITES / "laodongthudo" / "laodongthudo.vn" / SEED


def propose(*args: str):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "propose_page_case.py"),
                           *args], capture_output=True, text=True, cwd=ROOT)


def test_a_proposed_case_fails_until_reviewed(tmp_path, monkeypatch):
    out = tmp_path / "pages" / "laodongthudo"
    done = propose(str(PAGE), "--url", URL, "--out", str(out))
    assert done.returncode == 0, done.stderr
    spec = json.loads((out / SEED.replace(".html", ".json")).read_text(encoding="utf-8"))
    assert spec["expected"]["title"].startswith("Đưa hợp tác Hà Nội - Điện Biên")
    assert spec["expected"]["authors"] == ["Trần Vũ"]
    assert gzip.decompress((out / SEED.replace(".html", ".html.gz")).read_bytes()) == \
        PAGE.read_bytes()
    monkeypatch.setattr(expectations, "PAGES", tmp_path / "pages")
    [case] = expectations.saved_cases()
    assert case.error and "under review" in case.error
    again = propose(str(PAGE), "--url", URL, "--out", str(out))
    assert again.returncode == 2 and "pass --force" in again.stderr


def test_a_file_without_its_url_is_refused():
    done = propose(str(PAGE))
    assert done.returncode == 2 and "needs --url" in done.stderr
