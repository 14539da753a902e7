"""Leave out what the page hides: ``style="display:none"`` and the ``hidden`` attribute.

Hidden copies of comments, collapsed menus and templates for scripts are not what a reader
sees. One exception: a page that hides most of its text (to reveal it with a script once it has
loaded) keeps it, since then the hidden text is the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

HIDDEN = '[style*="display:none" i], [style*="display: none" i], [hidden]'
MAX_HIDDEN_SHARE = 0.5


def drop_hidden(tree: LexborHTMLParser) -> bool:
    """Remove the hidden elements from ``tree``; whether any were removed."""
    body = tree.body
    if body is None:
        return False
    hidden = body.css(HIDDEN)
    if not hidden:
        return False
    hidden_characters = sum(len(node.text(deep=True)) for node in hidden)
    if hidden_characters > MAX_HIDDEN_SHARE * len(body.text(deep=True)):
        return False
    for node in hidden:
        node.decompose()
    return True
