"""Parse HTML with selectolax's lexbor engine, after capping hostile nesting.

Chosen by measurement (``benchmarks/parsers.py``, the development pages, one core): lexbor
parses and walks faster than lxml.html and an order of magnitude faster than BeautifulSoup, and
it is a conforming HTML5 parser, so pages come out as browsers see them. Its one weakness, time
quadratic in nesting depth, is guarded by :mod:`.nesting`.

Two mistakes of the page's author hide the whole page from a conforming parser (and from a
browser): a ``<title>`` or ``<textarea>`` never closed (its text runs to the end of the page),
and a comment never closed. Both are undone when they would hide most of the page: such an
element is read as an ordinary one, the comment is closed where it opens.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cleantext.markup.nesting import cap_nesting

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

RUNAWAY_CHARACTERS = 2000
"""A ``<title>`` longer than this ran past its end: no page has a title that long."""
RUNAWAY_SHARE = 0.5
"""An unclosed comment hiding more than this share of the page is a mistake, not a comment."""

_RUNAWAY_START = {tag: re.compile(rf"<({tag})\b", re.I) for tag in ("title", "textarea")}


def parse(html: str) -> tuple[LexborHTMLParser, list[str]]:
    """The parsed document, and warnings about what had to be repaired first."""
    from selectolax.lexbor import LexborHTMLParser

    warnings = []
    markup, flattened = cap_nesting(html)
    if flattened:
        warnings.append("nesting too deep: the deepest elements were flattened")
    opened = markup.rfind("<!--")
    hidden = len(markup) - opened if opened >= 0 else 0
    if hidden > RUNAWAY_SHARE * len(markup) and markup.find("-->", opened + 4) < 0:
        markup = f"{markup[:opened]}<!---->{markup[opened + 4 :]}"
        warnings.append("a comment was never closed: closed where it opens")
    tree = LexborHTMLParser(markup)
    runaway = _runaway(tree, markup)
    if runaway is not None:  # every such tag renamed: their text is read as text
        markup = _RUNAWAY_START[runaway].sub(r"<x-\1", markup)
        tree = LexborHTMLParser(markup)
        warnings.append(f"a <{runaway}> was never closed: read as text")
    return tree, warnings


def _runaway(tree: LexborHTMLParser, markup: str) -> str | None:
    """The ``title`` or ``textarea`` that ran to the end of the page, if one did."""
    title = tree.head.css_first("title") if tree.head is not None else None
    candidates = [("title", title or tree.css_first("title"))]  # a <title> may be in the body
    if "<textarea" in markup or "<TEXTAREA" in markup:
        candidates.append(("textarea", tree.css_first("textarea")))
    for tag, node in candidates:
        if node is not None and len(node.text() or "") > RUNAWAY_CHARACTERS:
            return tag
    return None
