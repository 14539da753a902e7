"""Step ``fields``: take the timestamp and the title out of the page; the rest is the body.

Both sit in the page's header: the lines before the first line of prose. The timestamp is the
first dateline there (a line that is a date and nothing else but lead-in words); the title is a
line printed twice (the layout repeats the headline), else the longest headline-shaped line just
before the article. Markup hints (``og:title``, ``article:published_time``) win for HTML.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from cleantext.dates import DateMatch, find_dates, parse_dateline
from cleantext.page import Line, Page

NAME = "fields"
TITLE_WINDOW = 5
"""How many header lines just before the article are title candidates."""
MAX_TITLE_CHARS = 250

_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
_BYLINE = re.compile(
    r"^(by|von|par|por|di|por|przez|автор|від|от|写|記者|文)\b|@|https?://|www\.", re.IGNORECASE
)
_LETTER = re.compile(r"[^\W\d_]")
_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def split_fields(page: Page) -> None:
    """Claim the timestamp and title lines; whatever stays unclaimed is the body.

    A page is never emptied for its fields: the last unclaimed line stays body.
    """
    lines = list(page.content_lines())
    header = _header(lines)
    _claim_timestamp(page, header, lines)
    if sum(line.role is None for line in lines) > 1:
        _claim_title(page, [line for line in header if line.role is None])


def is_prose(text: str) -> bool:
    """A line that reads as a sentence of running text, not a heading or a menu item."""
    if _NO_SPACE_SCRIPT.search(text):
        return len(text) >= 40 or (len(text) >= 15 and _SENTENCE_END.search(text) is not None)
    words = len(text.split())
    return words >= 20 or (words >= 6 and _SENTENCE_END.search(text) is not None)


def _header(lines: list[Line]) -> list[Line]:
    for index, line in enumerate(lines):
        if is_prose(line.text):
            return lines[:index]
    return lines


def _claim_timestamp(page: Page, header: list[Line], lines: list[Line]) -> None:
    hinted = _parse_hint(page.hints["published"]) if "published" in page.hints else None
    for line in [*header, *lines[len(header) :]]:
        match = parse_dateline(line.text)
        if match is None or is_prose(line.text):
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


def _claim_title(page: Page, header: list[Line]) -> None:
    candidates = [line for line in header if _is_headline(line.text)]
    hinted = page.hints.get("title")
    printed_twice = {
        line.removal.text.casefold()
        for line in page.lines
        if line.removal is not None and line.removal.step == "dedupe"
    }
    for preferred in ({hinted.casefold()} if hinted else set(), printed_twice):
        for line in candidates:
            if line.text.casefold() in preferred:
                _take_title(page, line)
                return
    near_article = [line for line in header[-TITLE_WINDOW:] if _is_headline(line.text)]
    if near_article:
        _take_title(page, max(near_article, key=lambda line: len(line.text)))
    elif hinted:
        page.title = hinted


def _take_title(page: Page, line: Line) -> None:
    """Claim the line; a copy of it that ``dedupe`` removed was the title printed twice."""
    line.role = "title"
    page.title = line.text
    wanted = line.text.casefold()
    for other in page.lines:
        copy = other.removal
        if copy is not None and copy.step == "dedupe" and copy.text.casefold() == wanted:
            other.removal = replace(copy, rule="title printed twice")


def _is_headline(text: str) -> bool:
    if len(text) > MAX_TITLE_CHARS or not _LETTER.search(text) or _BYLINE.search(text):
        return False
    if text.endswith((":", ",", ".", "。")) and not text.endswith("..."):
        return False
    if parse_dateline(text) is not None:
        return False
    if _NO_SPACE_SCRIPT.search(text):
        return len(text) >= 6
    return 3 <= len(text.split()) <= 30
