"""Atom feeds of a search or a saved search (RFC 4287), so a feed reader can follow
it. Built with ElementTree: every stored string is escaped by the writer."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("", ATOM)


def atom_feed(title: str, self_url: str, alternate_url: str, records: list[dict]) -> bytes:
    """A feed whose entries are search records (crawler.searching.result_record)."""
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", title)
    _text(feed, "id", self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html",
                  href=alternate_url)
    _text(feed, "generator", "newsarchive")
    stamps = [r["published"] for r in records if r.get("published")]
    _text(feed, "updated", max(stamps) if stamps else datetime.now(UTC).isoformat())
    for record in records:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "title", record["title"])
        _text(entry, "id", record["url"])
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=record["url"])
        when = record.get("published") or datetime.now(UTC).isoformat()
        _text(entry, "updated", when)
        if record.get("published"):
            _text(entry, "published", record["published"])
        for name in record.get("authors") or [record["site"]]:
            _text(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", name)
        if record.get("section"):
            ET.SubElement(entry, f"{{{ATOM}}}category", term=record["section"])
        _text(entry, "summary", record.get("snippet") or "")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = _xml_safe(value)
    return element


def _xml_safe(value: str) -> str:
    """Characters XML 1.0 cannot carry (control characters in a crawled page) dropped."""
    return "".join(c for c in value if c in "\t\n\r" or ord(c) >= 0x20 and c not in "\ufffe\uffff")
