"""What a page's markup says outright about its title and dates, for the fields step.

Keys (present only when the page has them): ``jsonld_headline``, ``og_title``, ``h1`` (the
first ``<h1>`` of the article, else of the page), ``html_title``, ``jsonld_published``,
``meta_published`` (``article:published_time`` and its kin), ``time_datetime`` (the first
``<time datetime>`` of the article, else of the page), ``jsonld_modified``, ``meta_modified``;
and the two the fields step reads today: ``title`` (the best title hint) and ``published``
(the best publication-date hint). Values are whitespace-collapsed strings, as written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

MAX_JSONLD_CHARACTERS = 1_000_000
MAX_HINT_CHARACTERS = 1000
ARTICLE_TYPES = frozenset(
    "Article NewsArticle BlogPosting ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "ReviewNewsArticle BackgroundNewsArticle TechArticle ScholarlyArticle Report LiveBlogPosting "
    "SocialMediaPosting DiscussionForumPosting Review Recipe".split()
)
PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "dc.date.created",
    "date",
)
"""``<meta>`` names and properties of a publication date, best first."""
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
)
TITLE_ORDER = ("jsonld_headline", "og_title", "h1", "html_title")
PUBLISHED_ORDER = ("jsonld_published", "meta_published", "time_datetime")


def page_hints(tree: LexborHTMLParser) -> dict[str, str]:
    """Every hint the page gives, plus the best ``title`` and ``published``."""
    hints: dict[str, str] = {}
    _jsonld(tree, hints)
    _meta(tree, hints)
    scope = tree.css_first("article") or tree.css_first("main") or tree.body
    for key, node in (
        ("h1", (scope and scope.css_first("h1")) or tree.css_first("h1")),
        ("html_title", tree.css_first("head title") or tree.css_first("title")),
    ):
        if node is not None and (text := _clean(node.text(separator=" "))):
            hints[key] = text
    time = (scope and scope.css_first("time[datetime]")) or tree.css_first("time[datetime]")
    if time is not None and (value := _clean(time.attributes.get("datetime"))):
        hints["time_datetime"] = value
    for best, order in (("title", TITLE_ORDER), ("published", PUBLISHED_ORDER)):
        found = next((hints[key] for key in order if key in hints), None)
        if found is not None:
            hints[best] = found
    return hints


def _clean(value: str | None) -> str:
    return " ".join(value[:MAX_HINT_CHARACTERS].split()) if value else ""


def _meta(tree: LexborHTMLParser, hints: dict[str, str]) -> None:
    named: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attributes = node.attributes
        key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
        if key and (value := _clean(attributes.get("content"))):
            named.setdefault(key.strip().lower(), value)
    if "og:title" in named:
        hints["og_title"] = named["og:title"]
    for hint, keys in (("meta_published", PUBLISHED_META), ("meta_modified", MODIFIED_META)):
        found = next((named[key] for key in keys if key in named), None)
        if found is not None:
            hints[hint] = found


def _jsonld(tree: LexborHTMLParser, hints: dict[str, str]) -> None:
    """``headline``, ``datePublished`` and ``dateModified`` of the page's article object (an
    article type first, any object that has them else)."""
    best: tuple[int, dict[str, Any]] | None = None
    for node in tree.css('script[type="application/ld+json"]'):
        for item in _objects(_load(node)):
            rank = 0 if _types(item) & ARTICLE_TYPES else 1
            if ("headline" in item or "datePublished" in item) and (best is None or rank < best[0]):
                best = (rank, item)
    if best is None:
        return
    for hint, key in (
        ("jsonld_headline", "headline"),
        ("jsonld_published", "datePublished"),
        ("jsonld_modified", "dateModified"),
    ):
        value = best[1].get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and (text := _clean(value)):
            hints[hint] = text


def _load(node: LexborNode) -> Any:
    text = node.text(deep=True) or ""
    if len(text) > MAX_JSONLD_CHARACTERS:
        return None
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document, ``@graph`` and lists opened, not too deep."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _objects(graph, depth + 1)


def _types(item: dict[str, Any]) -> frozenset[str]:
    kind = item.get("@type")
    if isinstance(kind, str):
        return frozenset((kind,))
    if isinstance(kind, list):
        return frozenset(k for k in kind if isinstance(k, str))
    return frozenset()
