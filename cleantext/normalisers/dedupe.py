"""Step ``dedupe``: drop lines printed more than once.

Scraped pages repeat themselves: the headline above and inside the article, a byline block
printed for two layouts, an ``AD`` marker four times, a pull quote that repeats a paragraph.
The first copy stays; later copies go when they cannot be a deliberate repetition: the same line
right after itself, a line long enough to be a sentence or a headline, or a short line repeated
within the page's first lines (the header, where layouts are doubled).
"""

from __future__ import annotations

from cleantext.page import Line, Page

NAME = "dedupe"
LONG_LINE_WORDS = 4
LONG_LINE_CHARS = 20
"""A repeated line with this many words or characters (CJK has no spaces) is a copy anywhere."""
HEADER_LINES = 15
"""Short lines repeated among the first lines of the page are doubled header blocks."""


def dedupe(page: Page) -> None:
    """Tag repeated lines; the first copy of each is kept."""
    seen: dict[str, int] = {}
    previous: str | None = None
    for position, line in enumerate(list(page.content_lines())):
        key = " ".join(line.text.casefold().split())
        if key == previous:
            page.remove(line, NAME, "repeated line")
            continue
        previous = key
        first = seen.setdefault(key, position)
        if first == position:
            continue
        if _is_long(line):
            page.remove(line, NAME, "repeated line (also printed above)")
        elif position < HEADER_LINES:
            page.remove(line, NAME, "repeated header line")


def _is_long(line: Line) -> bool:
    text = line.text
    return len(text) >= LONG_LINE_CHARS or len(text.split(maxsplit=LONG_LINE_WORDS)) >= LONG_LINE_WORDS
