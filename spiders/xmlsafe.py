"""Feeds and sitemaps read as hostile XML: no entity expansion, no network access.

A feed or sitemap has no use for entity declarations, and they are how XML
bombs ("billion laughs") expand: such a body is refused outright. Other damage
is reported with the body read as far as it goes (a recovering parser).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

# Recovering (feeds: what can be read is used), and strict (to say what is wrong).
FEED_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                              huge_tree=False)
_STRICT_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=False,
                                 huge_tree=False)


@dataclass(frozen=True)
class XmlProblem:
    """Why a feed or sitemap is not well-formed, safe XML."""

    detail: str  # for people (the log)
    refused: bool = False  # not read at all (entity declarations); else read as far as it goes

    def __str__(self) -> str:
        return self.detail


def xml_problem(body: bytes) -> XmlProblem | None:
    """Why `body` is not well-formed, safe XML (None when it is).

    Entity declarations are refused outright: a feed or sitemap has no use for
    them, and they are how XML bombs ("billion laughs") expand.
    """
    if b"<!ENTITY" in body[:65536]:
        return XmlProblem("entity declarations in the XML (an entity bomb?)", refused=True)
    try:
        etree.fromstring(body, parser=_STRICT_PARSER)
    except etree.XMLSyntaxError as exc:
        return XmlProblem(str(exc) or "not well-formed XML")
    return None
