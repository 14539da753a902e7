"""Step ``html``: turn an HTML page into block-structured text, and keep what the markup says.

The page is parsed (:mod:`cleantext.markup.parse`) and walked into the shape the rest of the
chain works on, one line a block (:mod:`cleantext.markup.blocks`), every line carrying the
:class:`~cleantext.markup.features.Markup` it came from: its block tag, link density, the
semantic containers and class/id hint words around it, its heading level, its post in a
forum thread. Nothing is dropped here but what a reader never sees (scripts, styles, the head,
form controls, media, hidden elements): deciding what is boilerplate is the boilerplate step's
job, with these features beside the text's own. What the markup says outright about title and
dates goes to ``page.hints`` for the fields step.

Text input passes through untouched. ``input="auto"`` is resolved by the decode step (the
charset rules depend on it), or here when a replaced decode step left it
(:func:`~cleantext.markup.sniff.looks_like_html`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleantext.markup.sniff import looks_like_html
from cleantext.page import Page

if TYPE_CHECKING:
    from cleantext.markup.features import Markup

__all__ = ["NAME", "html_to_text", "looks_like_html"]

NAME = "html"


def html_to_text(page: Page) -> None:
    """Resolve ``input="auto"``; for HTML, replace the text with its blocks and record hints."""
    if page.input == "auto":
        page.input = "html" if looks_like_html(page.text) else "text"
    if page.input != "html" or not page.text:
        return
    from cleantext.markup.blocks import walk
    from cleantext.markup.hidden import drop_hidden
    from cleantext.markup.hints import page_hints
    from cleantext.markup.parse import parse

    tree, warnings = parse(page.text)
    page.warnings += warnings
    page.hints.update(page_hints(tree))
    drop_hidden(tree)
    lines: list[tuple[str, Markup | None]] = []
    for block in walk(tree.body or tree.root):
        if lines:
            lines.append(("", None))  # a blank line between blocks: rejoin never joins them
        lines += [(text, block.markup if text else None) for text in block.lines]
    page.set_lines(lines)
