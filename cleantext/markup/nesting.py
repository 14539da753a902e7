"""Cap the nesting of a page before the parser sees it.

An HTML5 tree builder checks the stack of open elements for many start tags ("is there a ``<p>``
in button scope?"), so 100,000 nested ``<div>``s cost it time quadratic in the depth: minutes
for one page. Real pages nest a few dozen levels. Start tags past :data:`MAX_DEPTH` (and their
end tags) are dropped from the markup, keeping every character of text: the page's deepest
parts are flattened, as libxml2 and browsers cap depth too, but nothing is lost.

Most pages are let through after one ``str.count``: a page with few tags cannot nest deep.
"""

from __future__ import annotations

import re

MAX_DEPTH = 256
FEW_TAGS = 2048
"""A page with at most this many ``<`` is left alone without a scan: its depth, and so the
parser's extra work, is bounded by it (a few milliseconds at worst)."""

_NOT_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen "
    # elements whose start ends an open one like it: they do not nest
    "p li dt dd option optgroup tr td th thead tbody tfoot rt rp colgroup caption".split()
)
_RAW = "script|style|textarea|title|xmp|iframe|noembed|noframes|noscript"
_TAG_NAME = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)")
_TOKEN = re.compile(
    rf"(?P<skip><!--.*?(?:-->|\Z)|<({_RAW})\b.*?(?:</\2\s*>|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z))"
    r"|<(?P<name>/?[a-zA-Z][a-zA-Z0-9]*)[^<>]{0,2000}>?",
    re.S | re.I,
)


def cap_nesting(html: str, limit: int = MAX_DEPTH) -> tuple[str, bool]:
    """The markup with nesting past ``limit`` flattened, and whether anything was dropped."""
    if html.count("<") <= FEW_TAGS or depth(html) <= limit:
        return html, False
    pieces = []
    level = last = dropped = 0
    for token in _TOKEN.finditer(html):
        name = token.group("name")
        if name is None or name.lstrip("/").lower() in _NOT_NESTING:
            continue
        if name[0] == "/":
            level = max(0, level - 1)
            drop = level >= limit
        else:
            drop = level >= limit
            level += 1
        if drop:
            pieces.append(html[last : token.start()])
            last = token.end()
            dropped += 1
    if not dropped:  # the estimate counted tags inside scripts or comments
        return html, False
    pieces.append(html[last:])
    return "".join(pieces), True


def depth(html: str) -> int:
    """How deep the elements of ``html`` nest, estimated from its tags alone (elements that do
    not nest left out; tags inside scripts and comments counted too, which errs on the deep
    side for start tags); an end tag never takes the depth below zero."""
    level = deepest = 0
    for name in _TAG_NAME.findall(html):
        if name[0] == "/":
            if level and name[1:].lower() not in _NOT_NESTING:
                level -= 1
        elif name.lower() not in _NOT_NESTING:
            level += 1
            if level > deepest:
                deepest = level
    return deepest
