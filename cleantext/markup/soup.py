"""Accept the BeautifulSoup objects scrapers already hold, without importing bs4 to check.

A ``BeautifulSoup`` document or any ``Tag`` in one is serialised back to markup and cleaned as
HTML: one path for every input, and the fast parser does the work (walking bs4's tree in
Python would cost several times the whole chain).
"""

from __future__ import annotations

from typing import Any


def is_soup(data: Any) -> bool:
    """Whether ``data`` is a bs4 ``Tag`` (``BeautifulSoup`` is one), found by its classes'
    module so that nothing imports bs4 for a ``str`` or ``bytes`` page."""
    return any(
        cls.__module__.startswith("bs4") and cls.__name__ == "Tag" for cls in type(data).__mro__
    )


def soup_markup(data: Any) -> str:
    """The markup of a bs4 ``Tag`` or document, as text."""
    return str(data.decode())


def soup_text(data: Any) -> str:
    """The visible text of a bs4 ``Tag``, one text node a line (as a text dump is made)."""
    return str(data.get_text("\n"))
