"""Each outcome of a page is counted under its one named key (crawler.outcomes).

The keys are compared against the named members, never against messages: a
message may be reworded, the key a run record counts stays.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler import outcomes
from crawler.extraction.article import (
    EmptyPage,
    ExtractionError,
    HugeTextNode,
    NoArticleText,
    NotAnHtmlPage,
    parse_html,
)
from crawler.health import article_failures
from crawler.items import Page
from crawler.outcomes import Failed, Skipped
from crawler.pipelines import ExtractPipeline
from crawler.redirect import HostNotRedirected
from crawler.storage import open_archive
from crawler.storage.runs import SiteRun, finish_run, list_runs, start_run
from crawler.workers import WorkerDied
from spiders.base import ARTICLE_META, GUESSED_META
from spiders.failures import describe
from spiders.laodongthudo import LaoDongThuDoSpider
from spiders.xmlsafe import xml_problem
from tests.conftest import newsarchive

ARTICLE = "https://laodongthudo.vn/mot-bai-bao-184806.html"
FEED = "https://laodongthudo.vn/rss_feed/xa-hoi"


def failed(crawler) -> dict[str, int]:
    return outcomes.failures_in(crawler.stats.get_stats())


def skipped(crawler) -> dict[str, int]:
    prefix = outcomes.SKIPPED_STAT
    return {k[len(prefix):]: v for k, v in crawler.stats.get_stats().items()
            if k.startswith(prefix)}


@pytest.fixture
def spider():
    crawler = get_crawler(LaoDongThuDoSpider, {"NEWSARCHIVE_RETRY_DEAD": True})
    crawler.stats.open_spider()
    return LaoDongThuDoSpider.from_crawler(crawler)


# --- extraction ------------------------------------------------------------------------
NO_TEXT = b"<html><head><title>x</title></head><body><nav>Trang chu</nav></body></html>"


@pytest.mark.parametrize(("body", "error", "key"), [
    (b"   \n", EmptyPage, Failed.EMPTY_PAGE),
    (b"\x00\x01binary" * 10, NotAnHtmlPage, Failed.NOT_AN_HTML_PAGE),
    (b"<p>" + b"x" * 10_000_001, HugeTextNode, Failed.HUGE_TEXT_NODE),
    (NO_TEXT, NoArticleText, Failed.NO_ARTICLE_TEXT),
])
def test_a_page_that_fails_extraction_is_counted_under_its_error_key(body, error, key):
    crawler = get_crawler(LaoDongThuDoSpider, {"NEWSARCHIVE_EXTRACT_WORKERS": 0})
    crawler.stats.open_spider()
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.open_spider()
    page = Page(url=ARTICLE, site="laodongthudo", body=body, encoding="utf-8", status=200,
                fetched=datetime.now(UTC))
    asyncio.run(pipeline.process_item(page))
    assert page.article is None and page.error_key == key
    assert failed(crawler) == {str(key): 1}
    assert issubclass(error, ExtractionError) and error.key == key
    # The key belongs to the error, whatever its message says.
    assert error("reworded, with (brackets): and 12.5 MB").key == key


def test_the_huge_text_node_key_has_no_figures_in_it():
    """Once built from its message, the key counted each size apart."""
    with pytest.raises(HugeTextNode) as caught:
        parse_html(b"<p>" + b"x" * 12_000_000)
    assert "12.0 MB" in str(caught.value) and caught.value.key == "huge_text_node"


def test_a_page_that_kills_its_worker_is_counted_as_worker_died():
    class DeadPool:
        async def run(self, *args):
            raise WorkerDied("reworded")

    crawler = get_crawler(LaoDongThuDoSpider, {"NEWSARCHIVE_EXTRACT_WORKERS": 0})
    crawler.stats.open_spider()
    pipeline = ExtractPipeline.from_crawler(crawler)
    pipeline.pool = DeadPool()
    page = Page(url=ARTICLE, site="laodongthudo", body=NO_TEXT, encoding="utf-8",
                status=200, fetched=datetime.now(UTC))
    asyncio.run(pipeline.process_item(page))
    assert failed(crawler) == {Failed.WORKER_DIED: 1}


# --- an article's redirects --------------------------------------------------------------
def _redirect(location: str) -> HtmlResponse:
    request = Request(ARTICLE, meta=dict(ARTICLE_META))
    return HtmlResponse(ARTICLE, status=301, headers={"Location": location}, body=b"",
                        request=request)


@pytest.mark.parametrize(("location", "key"), [
    ("https://baokhac.vn/bai-viet-1.html", Failed.REDIRECT_OFFSITE),
    (ARTICLE, Failed.REDIRECT_LOOP),
    ("", Failed.REDIRECT_BROKEN),
])
def test_a_redirect_that_is_not_followed_is_counted_under_its_key(spider, location, key):
    assert list(spider.parse_article(_redirect(location), {})) == []
    assert failed(spider.crawler) == {key: 1}


def test_a_redirect_within_the_site_is_followed_and_counts_nothing(spider):
    followed = list(spider.parse_article(_redirect("/bai-moi-184807.html"), {}))
    assert [r.url for r in followed] == ["https://laodongthudo.vn/bai-moi-184807.html"]
    assert failed(spider.crawler) == {}


def test_a_page_that_is_not_html_is_counted_as_not_html(spider):
    response = Response(ARTICLE, headers={"Content-Type": "application/pdf"}, body=b"%PDF",
                        request=Request(ARTICLE))
    assert list(spider.parse_article(response, {})) == []
    assert failed(spider.crawler) == {Failed.NOT_HTML: 1}


# --- requests refused or failed ------------------------------------------------------------
def _failure(exc: Exception, request: Request) -> Failure:
    failure = Failure(exc)
    failure.request = request  # type: ignore[attr-defined]
    return failure


def test_a_host_not_redirected_is_skipped_by_its_type_not_its_message(spider):
    error = HostNotRedirected("baokhac.vn")
    outcome = describe(Failure(error), spider.crawler.settings)
    assert (outcome.key, outcome.failed) == (Skipped.REFUSED_HOST, False)
    assert "baokhac.vn" in outcome.reason
    spider.article_failed(_failure(error, Request(ARTICLE)))
    assert failed(spider.crawler) == {}
    assert skipped(spider.crawler) == {Skipped.REFUSED_HOST: 1}


def test_the_redirect_handler_refuses_an_unredirected_host_with_its_own_error():
    from crawler.redirect import RedirectingDownloadHandler, parse_redirects

    # Built without Scrapy's HTTP machinery (it needs a running reactor): the refusal
    # comes before any of it.
    handler = RedirectingDownloadHandler.__new__(RedirectingDownloadHandler)
    handler.redirects = parse_redirects(["laodongthudo.vn=127.0.0.1:9"])
    with pytest.raises(HostNotRedirected) as caught:
        asyncio.run(handler._download(Request("https://baokhac.vn/")))
    assert caught.value.key == Skipped.REFUSED_HOST and caught.value.host == "baokhac.vn"


def test_an_entry_point_failing_is_an_entry_failure_not_an_article_failure(spider):
    request = Request(FEED)
    response = Response(FEED, status=500, request=request)
    spider.entry_failed(_failure(HttpError(response), request))
    assert failed(spider.crawler) == {outcomes.entry(outcomes.http(500)): 1}
    assert outcomes.is_entry_failure("entry_http_500")
    run = SiteRun(site="laodongthudo", failures=failed(spider.crawler))
    assert article_failures(run) == 0


def test_a_dead_feed_is_remembered_not_counted_as_a_failure(spider):
    request = Request(FEED)
    response = Response(FEED, status=404, request=request)
    spider.entry_failed(_failure(HttpError(response), request))
    assert failed(spider.crawler) == {}
    assert spider.dead_entries == {FEED: "HTTP 404"}


@pytest.mark.parametrize(("body", "guessed", "failures", "dead"), [
    (b"not xml at all", False, {Failed.BAD_FEED: 1}, False),
    (b"", False, {Failed.BAD_FEED: 1}, False),
    (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss>&a;</rss>', False,
     {Failed.BAD_FEED: 1}, False),
    (b"", True, {}, True),  # a guessed feed that is not one: gone, not failing
])
def test_a_feed_that_cannot_be_read_is_counted_as_bad_feed(spider, body, guessed,
                                                             failures, dead):
    request = Request(FEED, meta={GUESSED_META: True} if guessed else {})
    response = TextResponse(FEED, body=body, request=request, encoding="utf-8")
    list(spider.parse_feed(response))
    assert failed(spider.crawler) == failures
    assert (FEED in spider.dead_entries) == dead


def test_xml_problems_are_typed():
    refused = xml_problem(b'<!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>')
    broken = xml_problem(b"<urlset><url>")
    assert refused is not None and refused.refused
    assert broken is not None and not broken.refused
    assert xml_problem(b"<urlset/>") is None


# --- stored run records ------------------------------------------------------------------
def test_failure_keys_once_made_from_messages_are_renamed_in_old_archives(tmp_path):
    db = tmp_path / "a.db"
    with open_archive(db, create=True) as archive:
        run_id = start_run(archive, ["laodongthudo"])
        finish_run(archive, run_id, [SiteRun(site="laodongthudo", failed=6, failures={
            "a_text_node_of_12.0_mb,_over_the_html_parser's_limit_of_10_mb_not_read": 1,
            "a_text_node_of_31.5_mb,_over_the_html_parser's_limit_of_10_mb_not_read": 2,
            "extraction_worker_died_twice_on_this_page": 1, "http_404": 2})], "ok", [])
    with closing(sqlite3.connect(db)) as conn:  # as an archive made before the rename
        conn.execute("DELETE FROM _migrations WHERE name = 'house_failure_keys'")
        conn.commit()
    with open_archive(db) as archive:
        (run,) = list_runs(archive)
    assert run.site_runs[0].failures == {"huge_text_node": 3, "worker_died": 1, "http_404": 2}
    shown = newsarchive("runs", "--format", "json", db=db)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)[0]["site_runs"][0]["failures"]["huge_text_node"] == 3


# --- warnings are records -------------------------------------------------------------------
def test_a_run_warning_is_stored_and_read_back_as_a_record(tmp_path):
    from crawler.health import site_warnings
    from crawler.outcomes import RunWarning, WarningKind

    db = tmp_path / "a.db"
    with open_archive(db, create=True) as archive:
        run = SiteRun(site="laodongthudo", pages=3, requests=3)
        warnings = site_warnings(archive, run)
        assert warnings == [RunWarning("laodongthudo", WarningKind.NO_ARTICLE_YET,
                                       "no article stored yet")]
        run_id = start_run(archive, ["laodongthudo"])
        finish_run(archive, run_id, [run], "warning", warnings)
        (stored,) = list_runs(archive)
    assert stored.warnings == warnings
    assert str(stored.warnings[0]) == "laodongthudo: no article stored yet"
    shown = newsarchive("runs", db=db)
    assert "run 1: laodongthudo: no article stored yet" in shown.stdout
    (record,) = json.loads(newsarchive("runs", "--format", "json", db=db).stdout)
    assert record["warnings"] == [{"site": "laodongthudo", "kind": "no_article_yet",
                                   "detail": "no article stored yet",
                                   "message": "laodongthudo: no article stored yet"}]


def test_warnings_stored_as_sentences_become_records_and_still_display(tmp_path):
    db = tmp_path / "a.db"
    silence = ("laodongthudo: no new article for 9 days (usually one every 5 h); "
               "a redesign or a block?")
    workers = ("extraction workers died 1 time(s) and were replaced: 3 pages run again, "
               "0 failed")
    with open_archive(db, create=True) as archive:
        run_id = start_run(archive, ["laodongthudo", "baodienbienphu"])
        finish_run(archive, run_id, [SiteRun(site="laodongthudo"), SiteRun(site="baodienbienphu")],
                   "warning", [])
    with closing(sqlite3.connect(db)) as conn:  # as an archive made before the records
        conn.execute("UPDATE runs SET warnings = ?", [json.dumps([silence, workers])])
        conn.execute("DELETE FROM _migrations WHERE name = 'house_warning_records'")
        conn.commit()
    with open_archive(db) as archive:
        (run,) = list_runs(archive)
    assert [(w.site, w.kind, str(w)) for w in run.warnings] == [
        ("laodongthudo", "silence", silence), (None, "workers_died", workers)]
    shown = newsarchive("runs", db=db)
    assert f"run 1: {silence}\nrun 1: {workers}\n" in shown.stdout
    sites = json.loads(newsarchive("sites", "--format", "json", db=db).stdout)
    health = {s["name"]: s["health"] for s in sites}
    assert health["laodongthudo"] == "warning: " + silence.split(": ", 1)[1]
    assert health["baodienbienphu"] == "ok"
