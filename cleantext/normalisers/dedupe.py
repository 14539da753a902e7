"""Step ``dedupe``: drop lines printed more than once.

Scraped pages repeat themselves: the headline above and inside the article, a byline block
printed for two layouts, an ``AD`` marker four times, a pull quote that repeats a paragraph.
The first copy stays; later copies go when they cannot be a deliberate repetition: the same line
right after itself, a line long enough to be a sentence or a headline, a short line repeated in
the page's header (before the prose starts, where layouts are doubled), or a copy of the line
taken for the title or the timestamp.

It runs after the fields step, over the body only, so that cleaning its output again finds
exactly the same lines to keep.
"""

from __future__ import annotations

from cleantext.page import Page
from cleantext.shape import copy_key, first_prose_index, is_long

NAME = "dedupe"


def dedupe(page: Page) -> None:
    """Tag repeated lines; the first copy of each is kept."""
    claimed = {
        copy_key(line.text): f"{line.role} printed twice"
        for line in page.lines
        if line.role in ("title", "timestamp")
    }
    body = list(page.content_lines())
    header_end = first_prose_index([line.text for line in body])
    seen: set[str] = set()
    previous: str | None = None
    for index, line in enumerate(body):
        key = copy_key(line.text)
        rule = claimed.get(key)
        if rule is None and key == previous:
            rule = "repeated line"
        elif rule is None and key in seen and (is_long(line.text) or index < header_end):
            rule = "repeated line (also printed above)"
        if rule is not None:
            page.remove(line, NAME, rule)
            continue
        seen.add(key)
        previous = key
