"""Walk the DOM into blocks: one line of text a block element, with the markup it came from.

This is the shape a text dump has, made right: inline elements (links, emphasis, spans) are
joined into their paragraph instead of split around it, ``<br>`` breaks a line, a double
``<br>`` a paragraph, ``<pre>`` keeps its lines, list items and headings get a line of their
own, a table row is one line. What is never text (scripts, styles, form controls, media, the
head) is left out. Each block carries a :class:`~cleantext.markup.features.Markup` for the
classifier: its block tag, link density, containers, class/id hints, heading level, and its
post in a thread of alike posts.

The walk is iterative (no recursion limit on deep pages), touches each node once and tells tags
apart by lexbor's integer ids; class and id are read only on the elements that group blocks,
where hint words and repeated post structures live.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from cleantext.markup.features import Markup, hint_words

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li "
    "listing main menu nav ol p plaintext pre search section summary table tbody tfoot "
    "thead tr ul xmp".split()
)
SKIPPED_TAGS = frozenset(
    "head title script style noscript template svg math iframe object embed canvas select "
    "datalist option button textarea input audio video picture map frameset noframes".split()
)
CONTAINER_TAGS = frozenset("article main nav aside footer header form figure".split())
HINTED_TAGS = frozenset(
    "div section aside ul ol li nav header footer article main form figure table tr dl span".split()
)
"""Elements whose class and id are read: for hint words (menus, share bars, comment threads and
related lists are grouped by these) and for threads of alike posts. Reading every element's
attributes would cost as much as the rest of the walk."""
CELL_TAGS = frozenset(("td", "th"))
"""A table row is one line, its cells separated by a space, unless a cell holds blocks of its own
(a layout table): then those are lines as usual."""
HEADINGS = {f"h{level}": level for level in range(1, 7)}
PRE_TAGS = frozenset(("pre", "listing", "plaintext", "xmp"))
WRAPPER_SHARE = 0.5
"""A container or hint whose element holds more than this share of the page's text is a page
wrapper (ASP.NET's page-wide ``<form>``, ``<div id="wrap" class="with-sidebar">``), not a hint."""
THREAD_POSTS = 5
THREAD_SHARE = 0.3
LARGEST_POST_SHARE = 0.6
"""A thread is at least THREAD_POSTS sibling elements with the same tag and class that together
hold at least THREAD_SHARE of the page's text, none more than LARGEST_POST_SHARE of the thread's
(a page's layout rows, one of which holds everything, are not a thread)."""
_BREAK = "\x00"  # a <br> inside a block; the parser turns NUL in text into U+FFFD


@dataclass(slots=True)
class Block:
    """A block's lines (more than one after ``<br>`` or inside ``<pre>``) and its markup."""

    lines: list[str]
    markup: Markup


@dataclass(slots=True)
class _Context:
    """What holds for the text inside an element (shared by its inline descendants)."""

    tag: str
    heading: int
    containers: frozenset[str]
    sources: tuple[int, ...]
    """Elements (indices into the walk's source list) that gave a container or hint word."""
    link: bool
    pre: bool
    item: int
    """The nearest element around with a class (an index into the walk's item lists), or -1."""
    derived: dict[int, _Context] | None = None
    """Contexts inside child elements that add nothing of their own (a ``<p>``, a ``<div>``
    without a class, a link), made once and shared: keyed by tag id, -1 for a link."""

    def inside(self, tag_id: int, tag: str) -> _Context:
        """The context inside a child block element that adds no class, container or hint."""
        if self.derived is None:
            self.derived = {}
        context = self.derived.get(tag_id)
        if context is None:
            heading = HEADINGS.get(tag, self.heading)
            pre = self.pre or tag in PRE_TAGS
            context = _Context(
                tag, heading, self.containers, self.sources, self.link, pre, self.item
            )
            self.derived[tag_id] = context
        return context

    def inside_link(self) -> _Context:
        if self.derived is None:
            self.derived = {}
        context = self.derived.get(-1)
        if context is None:
            context = _Context(
                self.tag, self.heading, self.containers, self.sources, True, self.pre, self.item
            )
            self.derived[-1] = context
        return context


@dataclass(slots=True)
class _Found:
    """What the walk records besides the blocks: hint sources and elements with a class."""

    raw: list[tuple[list[str], _Context, int, int]] = field(default_factory=list)
    """Each block's lines, the context of its first text, its characters, those in links."""
    sources: list[tuple[frozenset[str], str | None]] = field(default_factory=list)
    """Hint words and container of each element that gave some."""
    items: list[tuple[int, int, str, int]] = field(default_factory=list)
    """For each element with a class: the nearest such element around it, its tag id, its first
    class, and the page's character count when it opened."""
    sizes: list[int] = field(default_factory=list)
    """For each element with a class: its characters."""


_INLINE, _BREAK_TAG, _SKIPPED, _BLOCK, _CELL, _LINK, _HINTED = range(7)


@lru_cache(maxsize=1)
def _kinds() -> tuple[dict[int, int], dict[int, str], int]:
    """Lexbor's tag ids (ints: cheaper to read than names) of the tags the walk tells apart,
    their names, and the id of text nodes."""
    from selectolax.lexbor import LexborHTMLParser

    document = LexborHTMLParser("<p>text</p>")
    text_id: int = document.css_first("p").first_child.tag_id  # type: ignore[union-attr]
    kinds: dict[int, int] = {}
    names: dict[int, str] = {}
    for kind, tags in (
        (_HINTED, HINTED_TAGS),
        (_BLOCK, BLOCK_TAGS),
        (_SKIPPED, SKIPPED_TAGS),
        (_CELL, CELL_TAGS),
        (_LINK, ("a",)),
        (_BREAK_TAG, ("br",)),
    ):
        for tag in tags:
            tag_id = document.create_node(tag).tag_id
            kinds.setdefault(tag_id, kind)
            names[tag_id] = tag
    return kinds, names, text_id


def walk(root: LexborNode) -> list[Block]:
    """The blocks under ``root`` (the ``<body>``), in document order."""
    kinds, names, text_id = _kinds()
    found = _Found()
    parts: list[str] = []
    first: _Context | None = None  # the context of the current block's first text
    chars = link_chars = seen = 0  # the current block's characters, in links; the page's
    context = _Context("body", 0, frozenset(), (), False, False, -1)
    stack: list[tuple[LexborNode, _Context, bool]] = []
    node: LexborNode | None = root.first_child
    while node is not None:
        tag_id = node.tag_id
        if tag_id == text_id:
            text = node.text_content
            if not text or text.isspace():
                parts.append(text.replace("\n", _BREAK) if context.pre and text else " ")
            else:
                if context.pre:
                    text = text.replace("\n", _BREAK)
                parts.append(text)
                size = len(text.strip())
                if first is None:
                    first = context
                chars += size
                seen += size
                if context.link:
                    link_chars += size
        elif (kind := kinds.get(tag_id, _INLINE)) == _BREAK_TAG:
            parts.append(_BREAK)
        elif kind != _SKIPPED:
            is_block = kind == _BLOCK or (kind == _HINTED and names[tag_id] in BLOCK_TAGS)
            if is_block:
                if first is not None:
                    _flush(found, parts, first, chars, link_chars)
                    first, chars, link_chars = None, 0, 0
                parts.clear()
            elif kind == _CELL:
                parts.append(" ")
            child = node.first_child
            if child is not None:
                stack.append((node, context, is_block))
                if kind == _HINTED:
                    context = _enter(found, node, names[tag_id], context, is_block, seen)
                elif is_block:
                    context = context.inside(tag_id, names[tag_id])
                elif kind == _LINK and not context.link:
                    context = context.inside_link()
                node = child
                continue
        while True:  # the next node: a sibling, else the next sibling of an ancestor
            following = node.next
            if following is not None:
                node = following
                break
            if not stack:
                node = None
                break
            inner = context
            node, context, is_block = stack.pop()
            if inner.item != context.item:  # leaving the element with that class
                found.sizes[inner.item] = seen - found.items[inner.item][3]
            if is_block:
                if first is not None:
                    _flush(found, parts, first, chars, link_chars)
                    first, chars, link_chars = None, 0, 0
                parts.clear()
    if first is not None:
        _flush(found, parts, first, chars, link_chars)
    return _finish(found, seen)


def _flush(found: _Found, parts: list[str], first: _Context, chars: int, links: int) -> None:
    """Close a block: its text, split at ``<br>`` (and inside ``<pre>`` at line ends)."""
    joined = "".join(parts)
    if _BREAK not in joined:
        found.raw.append(([" ".join(joined.split())], first, chars, links))
        return
    if first.pre:
        lines = [piece.strip() for piece in joined.split(_BREAK)]
    else:
        lines = [" ".join(piece.split()) for piece in joined.split(_BREAK)]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    if lines:
        found.raw.append((lines, first, chars, links))


def _enter(
    found: _Found, node: LexborNode, tag: str, outer: _Context, is_block: bool, seen: int
) -> _Context:
    """The context inside an element whose class and id are read: its class (for threads),
    containers and hint words."""
    classes = node.attrs.get("class") or ""
    identifier = node.id
    hints = hint_words(f"{classes} {identifier}" if identifier else classes)
    item = outer.item
    first_class = classes.split(None, 1)
    if first_class:
        item = len(found.items)
        found.items.append((outer.item, node.tag_id, first_class[0], seen))
        found.sizes.append(0)
    containers, owners = outer.containers, outer.sources
    if tag in CONTAINER_TAGS and tag not in containers:
        containers = containers | {tag}
        found.sources.append((hints, tag))
        owners = (*owners, len(found.sources) - 1)
    elif hints:
        found.sources.append((hints, None))
        owners = (*owners, len(found.sources) - 1)
    elif item == outer.item:
        return outer.inside(node.tag_id, tag) if is_block else outer
    if is_block:
        heading, pre = HEADINGS.get(tag, outer.heading), outer.pre or tag in PRE_TAGS
        return _Context(tag, heading, containers, owners, outer.link, pre, item)
    return _Context(outer.tag, outer.heading, containers, owners, outer.link, outer.pre, item)


def _finish(found: _Found, total: int) -> list[Block]:
    """Give each block its :class:`Markup`, leaving out containers and hints that wrap most of
    the page (they say nothing about one part of it), and numbering the posts of a thread."""
    total = total or 1
    held = [0] * len(found.sources)
    for _, context, chars, _ in found.raw:
        for source in context.sources:
            held[source] += chars
    wrappers = {index for index, chars in enumerate(held) if chars > WRAPPER_SHARE * total}
    posts = _thread(found, total)
    post_of: dict[int, int] = {}
    cache: dict[tuple[object, ...], Markup] = {}
    blocks = []
    for lines, context, chars, link_chars in found.raw:
        density = round(link_chars / chars, 2) if chars else 0.0
        post = _post(context.item, posts, found.items, post_of) if posts else 0
        key = (context.tag, context.heading, context.containers, context.sources, density, post)
        markup = cache.get(key)
        if markup is None:
            containers = set(context.containers)
            hints: set[str] = set()
            for source in context.sources:
                source_hints, container = found.sources[source]
                if source in wrappers:
                    if container is not None and container not in ("article", "main"):
                        containers.discard(container)
                    continue
                hints |= source_hints
            markup = Markup(
                context.tag,
                density,
                frozenset(containers),
                frozenset(hints),
                context.heading,
                post,
            )
            cache[key] = markup
        blocks.append(Block(lines, markup))
    return blocks


def _thread(found: _Found, total: int) -> dict[int, int]:
    """The posts of the page's thread (element index to post number, from 1), if it has one:
    the group of alike siblings holding the most text, when it qualifies as a thread."""
    groups: defaultdict[tuple[int, int, str], list[int]] = defaultdict(list)
    for item, (parent, tag_id, first_class, _) in enumerate(found.items):
        groups[parent, tag_id, first_class].append(item)
    best: list[int] = []
    best_size = 0
    for members in groups.values():
        if len(members) < THREAD_POSTS:
            continue
        sizes = [found.sizes[member] for member in members]
        size = sum(sizes)
        if size > best_size and max(sizes) <= LARGEST_POST_SHARE * size:
            best, best_size = members, size
    if best_size < THREAD_SHARE * total:
        return {}
    return {member: number for number, member in enumerate(best, start=1)}


def _post(
    item: int, posts: dict[int, int], items: list[tuple[int, int, str, int]], known: dict[int, int]
) -> int:
    """The number of the post that holds an element (0 outside the thread)."""
    if item in known:
        return known[item]
    path = []
    number = 0
    while item >= 0:
        if item in known:
            number = known[item]
            break
        path.append(item)
        if item in posts:
            number = posts[item]
            break
        item = items[item][0]
    for step in path:
        known[step] = number
    return number
