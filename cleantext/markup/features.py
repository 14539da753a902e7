"""What the DOM knows about a line that its text does not: the :class:`Markup` of a block.

The HTML step attaches one to every line it writes (``Line.markup``); the boilerplate step reads
it beside the text features. Text input has none, and is classified from its text alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CONTAINERS = ("article", "main", "nav", "aside", "footer", "header", "form", "figure")
"""Semantic elements whose inside says something about a line (``figure``: captions)."""

HINT_WORDS: dict[str, str] = {}
"""A class or id word (lower case, split at ``-``, ``_``, digits and camelCase humps) to the hint
it gives. Whole words only: ``ad`` is a hint, ``head``, ``shadow`` and ``download`` are not."""

for _hint, _words in {
    "comment": "comment comments commentlist disqus respond replies discussion",
    "share": "share sharing shares social sociable addthis sharethis shareaholic sharedaddy",
    "related": "related recommended recommendations recirculation outbrain taboola trending "
    "popular mostread teaser teasers morestories",
    "promo": "promo promos promotion promoted sponsor sponsored partner",
    "ad": "ad ads advert adverts advertisement adsense adslot adunit dfp banner",
    "cookie": "cookie cookies consent gdpr cmp",
    "newsletter": "newsletter subscribe subscription signup paywall",
    "sidebar": "sidebar widget widgets rail",
    "nav": "nav navbar navigation menu breadcrumb breadcrumbs pagination pager skip",
    "hidden": "hidden sronly visuallyhidden screenreader",
}.items():
    for _word in _words.split():
        HINT_WORDS[_word] = _hint

_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_WORD_SPLIT = re.compile(r"[^a-z]+")
_JOINED = {("sr", "only"): "sronly", ("visually", "hidden"): "visuallyhidden"}
_JOINED |= {("screen", "reader"): "screenreader", ("most", "read"): "mostread"}
_JOINED |= {("more", "stories"): "morestories", ("comment", "list"): "commentlist"}


@lru_cache(maxsize=4096)
def hint_words(class_and_id: str) -> frozenset[str]:
    """The hints a ``class``/``id`` value gives (cached: pages repeat their class names)."""
    words = _WORD_SPLIT.split(_HUMP.sub(" ", class_and_id).lower())
    found = {HINT_WORDS[word] for word in words if word in HINT_WORDS}
    for pair, joined in _JOINED.items():
        if pair[0] in words and pair[1] in words:
            found.add(HINT_WORDS[joined])
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Markup:
    """The markup a line of HTML came from.

    ``tag``: the innermost block element (``p``, ``li``, ``h2``, ``td``, ``div``, ...);
    ``link_density``: the share of the line's characters inside links;
    ``containers``: the semantic elements around it (:data:`CONTAINERS`);
    ``hints``: the hint words of the ``class``/``id`` of the elements around it
    (``comment``, ``share``, ``related``, ``promo``, ``ad``, ``cookie``, ``newsletter``,
    ``sidebar``, ``nav``, ``hidden``); ``heading``: 1-6 inside ``<h1>``-``<h6>``, else 0;
    ``post``: the number (from 1) of the post that holds the line when the page is a thread of
    alike posts (a forum: sibling elements with one tag and class sharing the page's text),
    else 0.
    """

    tag: str
    link_density: float = 0.0
    containers: frozenset[str] = frozenset()
    hints: frozenset[str] = frozenset()
    heading: int = 0
    post: int = 0

    def describe(self) -> str:
        """In words, for ``--explain``: ``<li> in nav, hints share, links 80%``."""
        parts = [f"<{self.tag}>"]
        if self.containers:
            parts.append("in " + "/".join(sorted(self.containers)))
        if self.hints:
            parts.append("hints " + "/".join(sorted(self.hints)))
        if self.link_density:
            parts.append(f"links {self.link_density:.0%}")
        if self.post:
            parts.append(f"post {self.post}")
        return ", ".join(parts)
