"""Step ``fields``: take the title and the timestamp out of the page; the rest is the body.

Title: every headline-shaped line above the article start (the boilerplate step's
``page.article_start``; up to 120 lines up, since menus, share bars and teasers often stand
between the headline and the first paragraph) earns points (:mod:`cleantext.titles`): how close
it stands to the article, whether the page prints it twice, spells it in the URL's slug, puts a
byline or a dateline under it, and how much it looks like a headline. For HTML the markup's
claims (JSON-LD ``headline``, ``og:title``, ``<h1>``, ``<title>``) are weighed with the lines.
A site-name segment (``… | Site``) is cut when it names the site.

Timestamp: the dates printed near the headline and the article start, read with the page's
language and its own day/month order (:mod:`cleantext.dates`), weighed by where they stand, the
lead-in before them (``Published``/``Veröffentlicht`` win, ``Updated``/``Aktualisiert`` give the
modification time instead), whether they sit in a list of dated teasers or comments, and whether
the URL's path names the same day. Markup dates (JSON-LD, ``article:published_time``, ``<time>``)
win for HTML when the page does not contradict them. Relative dates ("2 hours ago") count only
when the caller gave ``now=``.

Every claimed line is tagged (``role``), and ``page.field_notes`` says why, for ``--explain``.
Lines above the article that were left in its header (kicker, byline) and not claimed are
removed. Cleaning the output again finds the same fields: the title is its first line, above the
article, with the timestamp (ISO 8601) right under it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Container
from typing import NamedTuple

from cleantext import timestamps
from cleantext.dates import (
    DATE_HINT,
    DateMatch,
    is_relative_line,
    page_day_first,
    parse_dateline,
    parse_iso,
)
from cleantext.page import Line, Page, lines_matching
from cleantext.shape import copy_key, first_prose_index, is_long
from cleantext.titles import (
    HINT_SOURCES,
    Candidate,
    acceptable,
    copy_keys,
    hint_candidates,
    rank_lines,
    site_name_cut,
    words_of,
)
from cleantext.urls import UrlInfo, url_info

NAME = "fields"
_FIELDS = ("title", "timestamp", "modified")
TITLE_WINDOW = 120
"""How far above the article start a headline is looked for, in lines."""


def split_fields(page: Page) -> None:
    """Claim the title and timestamp lines; whatever stays unclaimed is the body.

    A page is never emptied for its title: a headline with no other text is the body.
    """
    lines = [
        line
        for line in page.lines
        if line.text
        and line.role is None
        and (line.removal is None or line.removal.step == "boilerplate")
    ]
    if not lines and not page.hints:
        return
    start = _start_index(page, lines)
    info = url_info(page.url)
    texts = [line.text for line in lines]
    joined = "\n".join(texts)
    lang = _date_language(page.language, info)
    day_first = page_day_first(texts, lang)
    with_year = _matching(texts, joined, DATE_HINT)
    datelines: list[DateMatch | None] = [None] * len(texts)
    for index in with_year:
        if len(texts[index]) <= DATELINE_CHARS:
            datelines[index] = parse_dateline(texts[index], lang=lang, day_first=day_first)
    # Relative dates ("vor 2 Stunden") hold no year: with now=, every line with a digit counts.
    scan = with_year if page.now is None else _matching(texts, joined, _DIGIT)
    view = _View(
        texts,
        copy_keys(texts, joined),
        [line.removal is not None for line in lines],
        [d is not None for d in datelines],
    )
    title_index = _claim_title(page, lines, view, start, info, datelines)
    _claim_timestamp(page, lines, view, start, title_index, info, datelines, lang, day_first, scan)
    _drop_header(page, lines, start)


class _View(NamedTuple):
    """What both choosers read about the candidate lines, computed once."""

    texts: list[str]
    keys: list[str]
    """Their :func:`~cleantext.shape.copy_key`."""
    removed: list[bool]
    """Whether the boilerplate step removed the line."""
    dated: list[bool]
    """Whether the line is a dateline."""


DATELINE_CHARS = 200
_DIGIT = re.compile(r"\d")


def _matching(texts: list[str], joined: str, pattern: re.Pattern[str]) -> set[int]:
    """Indexes of the texts in which ``pattern`` matches; ``joined``: the texts joined by line
    breaks, searched at once (line by line only if a text holds a line break itself)."""
    if joined.count("\n") == len(texts) - 1:
        return lines_matching(joined, pattern)
    return {index for index, text in enumerate(texts) if pattern.search(text)}


def _start_index(page: Page, lines: list[Line]) -> int:
    if page.article_start is not None:
        for index, line in enumerate(lines):
            if line.number >= page.article_start:
                return index
        return len(lines)
    kept = [line.text if line.removal is None else "" for line in lines]
    return first_prose_index(kept)


def _date_language(language: str | None, info: UrlInfo | None) -> str | None:
    """The page's language, with the region its URL's country suggests (``en`` on a ``.uk``
    site writes the day first)."""
    if language == "en" and info is not None:
        country = info.host.rsplit(".", 1)[-1]
        if country in ("uk", "au", "nz", "ie", "za", "in", "sg", "ng", "ke", "pk"):
            return "en-GB"
    return language


# --------------------------------------------------------------------------- title


def _clean_hint(value: str) -> str:
    if "&" in value:
        value = html.unescape(value)
    return " ".join(unicodedata.normalize("NFC", value).split())


def _claim_title(
    page: Page,
    lines: list[Line],
    view: _View,
    start: int,
    info: UrlInfo | None,
    datelines: list[DateMatch | None],
) -> int:
    """Choose the title; returns the index of its line (-1 when it is not a line).

    With an article start, the best-scoring line above it; without one (a page without prose),
    the first headline of the page, or one it prints twice. Either way the choice survives
    cleaning the output again: there the title is the only line above the article, or the
    first line. No score threshold, for the same reason: whether a line may be a title at all
    depends on its own text only (:func:`cleantext.titles.acceptable`).
    """
    texts, keys = view.texts, view.keys
    site_lines = _site_lines(texts)
    ranked = rank_lines(
        texts, start, info, view.dated, view.removed, window=TITLE_WINDOW, keys=keys
    )
    ranked = [c for c in ranked if "one_word" not in c.features]  # see acceptable()
    hints = _title_hints(page)
    if hints:
        best = _html_title(page, hints, keys, lines, start, info, ranked, site_lines)
        if best is not None:
            return best
    if page.article_start is None:
        ranked = _first_headlines(ranked, texts, start)
    for candidate in ranked:
        title, cut = site_name_cut(candidate.text, info, site_lines)
        if not acceptable(title):
            continue
        line = lines[candidate.index]
        if page.article_start is None and not _leaves_a_body(line, lines, datelines):
            continue
        _take_title(page, line, title, candidate, cut)
        return candidate.index
    return -1


def _first_headlines(ranked: list[Candidate], texts: list[str], start: int) -> list[Candidate]:
    """Candidates in page order, those printed twice in the page's header first."""
    in_header = Counter(copy_key(t) for t in texts[:start])
    in_page = Counter(copy_key(t) for t in texts)

    def twice(c: Candidate) -> bool:
        key = copy_key(c.text)
        return (in_page if is_long(c.text) else in_header)[key] > 1

    by_position = sorted(ranked, key=lambda c: c.index)
    for c in by_position:
        c.notes = ["printed twice" if twice(c) else "the first headline-shaped line"]
    return [c for c in by_position if twice(c)] + [c for c in by_position if not twice(c)]


def _take_title(
    page: Page, line: Line | None, title: str, candidate: Candidate, cut: str | None
) -> None:
    page.title = title
    reasons = ", ".join(candidate.reasons()) or "the best headline-shaped line"
    if cut:
        reasons += f"; cut the site name {cut!r}"
    if line is not None:
        line.removal = None
        line.role = "title"
        page.field_notes["title"] = f"line {line.number}: {reasons}"
    else:
        page.field_notes["title"] = reasons


class _SiteLines:
    """Short lines that could be the site's name printed on its own (a logo, a footer),
    gathered on first use: most titles have no segment to test against them."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._keys: frozenset[str] | None = None

    def __contains__(self, key: object) -> bool:
        if self._keys is None:
            self._keys = frozenset(
                copy_key(t) for t in self._texts if len(t) <= 40 and words_of(t) <= MAX_SITE
            )
        return key in self._keys


def _site_lines(texts: list[str]) -> _SiteLines:
    return _SiteLines(texts)


MAX_SITE = 5


def _leaves_a_body(title: Line, lines: list[Line], datelines: list[DateMatch | None]) -> bool:
    """Some line would stay that is neither claimed, nor a copy of the title, nor a dateline
    (which the timestamp may claim)."""
    key = copy_key(title.text)
    return any(
        line is not title
        and line.removal is None
        and line.role is None
        and dateline is None
        and copy_key(line.text) != key
        for line, dateline in zip(lines, datelines, strict=True)
    )


def _title_hints(page: Page) -> dict[str, str]:
    """The markup's title claims by source; ``title`` (the HTML step's pick among them) only
    when no source is named."""
    out = {}
    for key in HINT_SOURCES:
        value = page.hints.get(key)
        if value and (cleaned := _clean_hint(value)):
            out[key] = cleaned
    if not out and (value := page.hints.get("title")) and (cleaned := _clean_hint(value)):
        out["h1"] = cleaned
    return out


def _html_title(
    page: Page,
    hints: dict[str, str],
    keys: list[str],
    lines: list[Line],
    start: int,
    info: UrlInfo | None,
    ranked: list[Candidate],
    site_lines: Container[str],
) -> int | None:
    """The title from the markup's claims, weighed against each other and the page's lines."""
    page_lines = {key: i for i, key in reversed(list(enumerate(keys)))}
    candidates = hint_candidates(hints, info, site_lines, ranked, page_lines)
    if not candidates:
        return None
    best = candidates[0]
    index = best.index
    line = lines[index] if 0 <= index < start else None
    _take_title(page, line, best.text, best, None)
    return index if line is not None else -1


# --------------------------------------------------------------------------- timestamp


def _claim_timestamp(
    page: Page,
    lines: list[Line],
    view: _View,
    start: int,
    title_index: int,
    info: UrlInfo | None,
    datelines: list[DateMatch | None],
    lang: str | None,
    day_first: bool | None,
    scan: set[int],
) -> None:
    """Choose the timestamp (and the modification time) among the page's dates; ``scan``: the
    lines that may hold one."""
    texts, removed = view.texts, view.removed
    if title_index >= 0:
        removed[title_index] = False  # the title's line is kept, even if boilerplate
    anchor = title_index if title_index >= 0 else max(0, start - 1)
    candidates = timestamps.line_candidates(
        texts, datelines, lang, day_first, page.now, start, scan=scan
    )
    hints = {key: _clean_hint(value) for key, value in page.hints.items() if value}
    candidates += timestamps.hint_candidates(hints, lang, day_first)
    if (from_url := timestamps.url_candidate(info)) is not None:
        candidates.append(from_url)
    end = next((i for i in range(len(removed) - 1, -1, -1) if not removed[i]), start)
    timestamps.score(
        candidates,
        anchor=anchor,
        start=start,
        end=max(end, start),
        info=info,
        dated=view.dated,
        removed=removed,
    )
    published, updated = timestamps.choose(candidates)
    if published is None and page.now is None:
        _note_relative(page, lines, texts, anchor, lang)
    if published is not None:
        _take_date(page, lines, published, "timestamp")
        exact = timestamps.exact_time(published, candidates)
        if exact is not None:  # the markup's time is exact, the printed one often rounded
            page.timestamp = exact.match.value
            page.field_notes["timestamp"] += f"; its time from {exact.source}"
    if updated is not None and published is not None:
        _take_date(page, lines, updated, "modified")
    elif published is not None:
        _modified_from_markup(page, hints, lang, day_first)


def _modified_from_markup(
    page: Page, hints: dict[str, str], lang: str | None, day_first: bool | None
) -> None:
    """The markup's ``dateModified`` when the page prints no update: kept when it is later."""
    for key in timestamps.MODIFIED_KEYS:
        value = hints.get(key)
        match = parse_iso(value, lang=lang, day_first=day_first) if value else None
        if match is None or page.timestamp is None:
            continue
        try:
            later = match.value > page.timestamp
        except TypeError:  # one aware, one naive: compare the days
            later = match.value.date() > page.timestamp.date()
        if later:
            page.modified, page.modified_text = match.value, match.text
            page.field_notes["modified"] = f"markup: {key}"
        return


RELATIVE_WINDOW = (-4, 8)
"""Lines around the title where a relative date ("2 hours ago") would be its dateline."""


def _note_relative(
    page: Page, lines: list[Line], texts: list[str], anchor: int, lang: str | None
) -> None:
    """Say why there is no timestamp when the page dates itself only relatively."""
    low, high = anchor + RELATIVE_WINDOW[0], anchor + RELATIVE_WINDOW[1]
    for index in range(max(0, low), min(len(texts), high + 1)):
        if is_relative_line(texts[index], lang):
            page.field_notes["timestamp"] = (
                f"line {lines[index].number}: {texts[index]!r} is a relative date; "
                "give now= (the time the page was fetched) to resolve it"
            )
            return


def _take_date(page: Page, lines: list[Line], c: timestamps.DateCandidate, field: str) -> None:
    value, text = c.match.value, c.match.text or None
    if field == "timestamp":
        page.timestamp, page.timestamp_text = value, text
    else:
        page.modified, page.modified_text = value, text
    reasons = c.reasons() or "the best-placed date"
    if c.index < 0:
        page.field_notes[field] = reasons
        return
    line = lines[c.index]
    page.field_notes[field] = f"line {line.number}: {reasons}"
    if c.dateline and line.role is None:
        line.removal = None
        line.role = field
        if c.time_index >= 0 and lines[c.time_index].role is None:
            lines[c.time_index].removal = None
            lines[c.time_index].role = field  # "October 23, 2025" / "5:50 pm CET"


# --------------------------------------------------------------------------- header


def _drop_header(page: Page, lines: list[Line], start: int) -> None:
    """Remove the lines left above the article (kicker, byline) that no field claimed."""
    if page.article_start is None:
        return
    claimed = {copy_key(line.text) for line in page.lines if line.role in _FIELDS}
    for line in lines[:start]:
        if line.removal is None and line.role is None and copy_key(line.text) not in claimed:
            page.remove(line, NAME, "header line above the article (kicker, byline)")
