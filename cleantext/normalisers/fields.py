"""Step ``fields``: take the timestamp and the title out of the page; the rest is the body.

Both sit in the page's header: the lines before the first line of prose. The timestamp is the
first dateline there (a line that is a date and nothing else but lead-in words); the title is a
line printed twice (the layout repeats the headline), else the first headline-shaped line of the
header, without a ``| Site Name`` suffix. Markup hints (``og:title``,
``article:published_time``) win for HTML.

The choice is stable under rendering: the chosen title is printed first, so cleaning the output
again chooses it again.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

from cleantext.dates import DateMatch, find_dates, parse_dateline
from cleantext.page import Line, Page
from cleantext.shape import NO_SPACE_SCRIPT, copy_key, first_prose_index, is_long, is_prose

NAME = "fields"
MAX_TITLE_CHARS = 250
MAX_SITE_NAME_WORDS = 5

_BYLINE = re.compile(
    r"^(by|von|par|por|di|przez|автор|від|от|写|記者|文)\b|@|https?://|www\.", re.IGNORECASE
)
_LETTER = re.compile(r"[^\W\d_]")


def split_fields(page: Page) -> None:
    """Claim the timestamp and title lines; whatever stays unclaimed is the body.

    A page is never emptied for its title: a headline with no other text is the body.
    """
    lines = list(page.content_lines())
    header = _header(lines)
    _claim_timestamp(page, header, lines)
    above_article = [
        line
        for line in header
        if line.role is None and (page.article_start is None or line.number < page.article_start)
    ]
    _claim_title(page, above_article, lines)
    if page.article_start is not None:
        claimed = {copy_key(line.text) for line in lines if line.role}  # copies: dedupe's
        for line in header:
            above = line.kept and line.number < page.article_start
            if above and copy_key(line.text) not in claimed:
                page.remove(line, NAME, "header line above the article (kicker, byline)")


def _header(lines: list[Line]) -> list[Line]:
    return lines[: first_prose_index([line.text for line in lines])]


def _claim_timestamp(page: Page, header: list[Line], lines: list[Line]) -> None:
    hinted = _parse_hint(page.hints["published"]) if "published" in page.hints else None
    for line in [*header, *lines[len(header) :]]:
        if is_prose(line.text):
            continue
        match = parse_dateline(line.text)
        if match is None:
            continue
        if hinted is not None and match.value.date() != hinted.value.date():
            continue
        line.role = "timestamp"
        page.timestamp, page.timestamp_text = match.value, match.text
        break
    if hinted is not None:  # the markup's value is exact, the printed one often rounded
        page.timestamp, page.timestamp_text = hinted.value, hinted.text


def _parse_hint(text: str) -> DateMatch | None:
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        found = find_dates(text)
        return found[0] if found else None
    return DateMatch(value, text, 0, len(text), "T" in text)


def _claim_title(page: Page, header: list[Line], lines: list[Line]) -> None:
    candidates = [line for line in header if _is_headline(line.text)]
    hinted = page.hints.get("title")
    preferred = [line for line in candidates if hinted and copy_key(line.text) == copy_key(hinted)]
    preferred += _printed_twice(candidates, header, lines)
    chosen = preferred[0] if preferred else candidates[0] if candidates else None
    if chosen is not None and _leaves_a_body(chosen, lines):
        chosen.role = "title"
        page.title = without_site_name(chosen.text)
    elif hinted:
        page.title = hinted


def without_site_name(title: str) -> str:
    """Cut a site-name suffix after a bar: ``Headline | Site Name`` -> ``Headline``."""
    head, bar, site = title.rpartition(" | ")
    if not bar:
        head, bar, site = title.rpartition(" ｜ ")
    if bar and len(site.split()) <= MAX_SITE_NAME_WORDS and _is_headline(head):
        return head
    return title


def _leaves_a_body(title: Line, lines: list[Line]) -> bool:
    """Some line would stay that is neither claimed nor a copy of a claimed line."""
    claimed = {copy_key(title.text)} | {copy_key(line.text) for line in lines if line.role}
    return any(line.role is None and copy_key(line.text) not in claimed for line in lines)


def _printed_twice(candidates: list[Line], header: list[Line], lines: list[Line]) -> list[Line]:
    """Headlines the layout printed twice: a copy in the header, or anywhere if long.

    The same test as the dedupe step's, which removes the copy: so the cleaned output has none.
    """
    in_header = Counter(copy_key(line.text) for line in header)
    in_page = Counter(copy_key(line.text) for line in lines)
    return [
        line
        for line in candidates
        if (in_page if is_long(line.text) else in_header)[copy_key(line.text)] > 1
    ]


def _is_headline(text: str) -> bool:
    if len(text) > MAX_TITLE_CHARS or not _LETTER.search(text) or _BYLINE.search(text):
        return False
    if text.endswith((":", ",", ".", "。")) and not text.endswith("..."):
        return False
    if parse_dateline(text) is not None:
        return False
    if NO_SPACE_SCRIPT.search(text):
        return len(text) >= 6
    return 3 <= len(text.split()) <= 30
