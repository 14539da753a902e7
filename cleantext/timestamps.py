"""The publication date of a page: which of the dates it prints (or its markup and URL name).

Every date printed on a short line is a candidate (:func:`line_candidates`), and so are the
markup's claims (JSON-LD ``datePublished``, ``article:published_time``, ``<time datetime>``) and
a date in the URL's path. Each earns points from what it shows (:data:`WEIGHTS`): where it stands
relative to the headline and the article (just under the title is where datelines live; dates
in the article's last lines, in lists of teasers or in comments are other things), the lead-in
before it ("Published" wins; "Updated" makes it the modification time), a time of day beside
it, and whether the URL or the markup names the same day. The candidate with the most points
is the timestamp; "updated" candidates give ``modified``.

Never a date: reading times ("3 min read"), phone numbers, prices, versions (the date finder,
:mod:`cleantext.dates`, does not read them as dates), copyright lines (``©``), and relative
dates ("2 hours ago") unless the caller gave ``now``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from cleantext.dates import (
    DateMatch,
    find_dates,
    find_relative,
    leadin_kind,
    parse_iso,
    parse_time_line,
)
from cleantext.urls import UrlInfo

__all__ = ["DateCandidate", "choose", "hint_candidates", "line_candidates", "score"]

MAX_LINE_CHARS = 200
"""Dates are read from short lines: a date in running prose is mostly what the article is
about. Longer lines count when a lead-in names the date ("This entry was posted on …"), and
the first date of the article's first lines ("BERLIN, 17 October 2024 – …")."""
MAX_LEADIN_LINE_CHARS = 400
PROSE_LINES = 2
MAX_DATES_A_LINE = 2
HINT_KEYS = ("jsonld_published", "meta_published", "time_datetime")
MODIFIED_KEYS = ("jsonld_modified", "meta_modified")

WEIGHTS: dict[str, float] = {
    "below_title_1_3": 3.0,
    "below_title_4_8": 2.5,
    "below_title_9_15": 1.5,
    "above_title_1_4": 2.0,
    "in_article_top": 0.5,
    "in_article": 0.0,
    "after_article": -0.5,
    "far_above": -0.5,
    "dateline": 2.0,
    "published": 2.0,
    "updated": -0.5,
    "has_time": 0.3,
    "dated_list": -1.5,
    "url_day_match": 4.0,
    "url_day_mismatch": -2.0,
    "url_month_match": 1.5,
    "url_month_mismatch": -1.0,
    "hint_match": 3.0,
    "hint_mismatch": 0.0,
    "removed": 0.0,
    "repeated_day": 0.5,
    "latest": 0.0,
    "earliest": 0.0,
    "relative": 0.0,
    "in_prose": -1.5,
    "iso_under_title": 5.0,
    "from_url": 2.0,
    "from_jsonld_published": 2.5,
    "from_meta_published": 2.5,
    "from_time_datetime": 1.5,
    "text_agrees": 1.0,
}
_REASONS = {
    "below_title_1_3": "just below the title",
    "below_title_4_8": "below the title",
    "below_title_9_15": "below the title",
    "above_title_1_4": "just above the title",
    "in_article_top": "at the top of the article",
    "dateline": "a dateline",
    "published": "after a publication lead-in",
    "url_day_match": "the URL names the same day",
    "url_month_match": "the URL names the same month",
    "hint_match": "the markup names the same day",
    "repeated_day": "printed more than once",
    "from_url": "the date in the URL's path",
    "from_jsonld_published": "JSON-LD datePublished",
    "from_meta_published": "a <meta> publication date",
    "from_time_datetime": "a <time datetime>",
    "iso_under_title": "an ISO 8601 timestamp under the title",
    "text_agrees": "printed on the page too",
}


@dataclass(slots=True)
class DateCandidate:
    """A possible timestamp: the date, where it came from, and its features and score."""

    match: DateMatch
    index: int = -1
    """The line it stands on among the candidate lines; -1 for the markup or the URL."""
    source: str = "line"
    kind: str | None = None
    """What its lead-in says: ``"published"``, ``"updated"`` or None."""
    dateline: bool = False
    relative: bool = False
    prose: bool = False
    """Found in a long line of running text."""
    time_index: int = -1
    """The line its time of day stands on, when that is a line of its own (the next one)."""
    iso: bool = False
    """The line is an ISO 8601 timestamp and nothing else (as cleantext's own output prints
    it under the title)."""
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0

    @property
    def day(self) -> date:
        return self.match.value.date()

    def reasons(self) -> str:
        named = [_REASONS[k] for k in self.features if k in _REASONS and WEIGHTS.get(k, 0) > 0]
        return ", ".join(dict.fromkeys(named))


def line_candidates(
    texts: Sequence[str],
    datelines: Sequence[DateMatch | None],
    lang: str | None,
    day_first: bool | None,
    now: datetime | None,
    start: int = -1,
    *,
    scan: Collection[int] | None = None,
) -> list[DateCandidate]:
    """Every date on the page's short lines, with the lead-in that introduces it; ``start``:
    the article's first line, whose first lines are read even when long. ``scan``: the short
    lines that may hold a date (by default every line is read; long lines always are)."""
    out: list[DateCandidate] = []
    if scan is None:
        indexes: Iterable[int] = range(len(texts))
    else:
        long = [i for i, n in enumerate(map(len, texts)) if n > MAX_LINE_CHARS]
        indexes = sorted({*scan, *long})
    for index in indexes:
        text = texts[index]
        if "©" in text:
            continue
        if len(text) > MAX_LINE_CHARS:
            if len(text) <= MAX_LEADIN_LINE_CHARS or start <= index < start + PROSE_LINES:
                _long_line(out, text, index, start, lang, day_first)
            continue
        dateline = datelines[index]
        if dateline is not None:
            kind = _kind(text, dateline, lang) or _line_above_kind(texts, index, lang)
            match = _with_time_nearby(dateline, texts, index)
            c = DateCandidate(match, index, "line", kind, True)
            if match is not dateline:
                c.time_index = index + 1
            c.iso = _ISO_LINE.match(text) is not None
            out.append(c)
            continue
        if _DIGIT.search(text) is None:
            continue
        found = find_dates(text, lang=lang, day_first=day_first)
        for match in found[:MAX_DATES_A_LINE]:
            kind = _kind(text, match, lang)
            out.append(DateCandidate(match, index, "line", kind, False))
        rel = find_relative(text, lang) if not found and now is not None else None
        if rel is not None and now is not None and _relative_line(text, rel.start, rel.end):
            match = rel.resolve(now)
            kind = leadin_kind(text[: rel.start], lang) or _line_above_kind(texts, index, lang)
            out.append(DateCandidate(match, index, "line", kind, True, relative=True))
    return out


def _long_line(
    out: list[DateCandidate],
    text: str,
    index: int,
    start: int,
    lang: str | None,
    day_first: bool | None,
) -> None:
    """The dates a long line names with a lead-in; or at the article's top, its first date."""
    if _DIGIT.search(text, 0, MAX_LEADIN_LINE_CHARS) is None:
        return
    found = find_dates(text[:MAX_LEADIN_LINE_CHARS], lang=lang, day_first=day_first)
    for number, match in enumerate(found[:MAX_DATES_A_LINE]):
        kind = _kind(text, match, lang, near=True)
        if kind is not None or (number == 0 and start <= index < start + PROSE_LINES):
            out.append(DateCandidate(match, index, "line", kind, False, prose=True))


_DIGIT = re.compile(r"\d")
_ISO_LINE = re.compile(
    r"\s*\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\s*$"
)


def _kind(text: str, match: DateMatch, lang: str | None, near: bool = False) -> str | None:
    """The lead-in before the date, else a verb after it ("… 2019 veröffentlicht"); ``near``:
    only words within a few of the date count (a long line)."""
    before, after = text[: match.start], text[match.end :]
    if near:
        before, after = before[-40:], after[:60]
    return leadin_kind(before, lang) or leadin_kind(after, lang)


def _line_above_kind(texts: Sequence[str], index: int, lang: str | None) -> str | None:
    if index == 0 or len(texts[index - 1]) > 40:
        return None
    return leadin_kind(texts[index - 1], lang, whole=True)


def _relative_line(text: str, start: int, end: int) -> bool:
    """A relative date counts on a line that is little else ("Updated 2 hours ago")."""
    rest = (text[:start] + " " + text[end:]).split()
    return len(rest) <= 3


def _with_time_nearby(match: DateMatch, texts: Sequence[str], index: int) -> DateMatch:
    """A date whose time of day stands on the next line ("October 23, 2025" / "5:50 pm CET")."""
    if match.has_time or index + 1 >= len(texts):
        return match
    clock = parse_time_line(texts[index + 1])
    if clock is None:
        return match
    hour, minute, second, tz = clock
    value = match.value.replace(hour=hour, minute=minute, second=second, tzinfo=tz)
    return DateMatch(value, match.text + " " + texts[index + 1], match.start, match.end, True)


def hint_candidates(
    hints: dict[str, str], lang: str | None, day_first: bool | None
) -> list[DateCandidate]:
    """The markup's publication dates (JSON-LD, ``<meta>``, ``<time datetime>``)."""
    out = []
    for key in HINT_KEYS:
        value = hints.get(key)
        if value and (match := parse_iso(value, lang=lang, day_first=day_first)) is not None:
            out.append(DateCandidate(match, -1, key, "published"))
    if not out and (value := hints.get("published")):
        match = parse_iso(value, lang=lang, day_first=day_first)
        if match is not None:
            out.append(DateCandidate(match, -1, "meta_published", "published"))
    return out


def url_candidate(info: UrlInfo | None) -> DateCandidate | None:
    if info is None or info.day is None:
        return None
    day = info.day
    match = DateMatch(datetime(day.year, day.month, day.day), "", 0, 0, False)
    return DateCandidate(match, -1, "url")


def score(
    candidates: list[DateCandidate],
    *,
    anchor: int,
    start: int,
    end: int,
    info: UrlInfo | None,
    dated: Sequence[bool],
    removed: Sequence[bool],
) -> None:
    """Give every candidate its features and score.

    ``anchor``: the title's line (or the line above the article); ``start``/``end``: the
    article's first and last line; ``dated[i]``: whether line i is a dateline; ``removed[i]``:
    whether the boilerplate step dropped it.
    """
    lines = [c for c in candidates if c.index >= 0]
    days = Counter(c.day for c in lines)
    line_days = {c.day for c in lines}
    near_days = {c.day for c in lines if -4 <= c.index - anchor <= 15}
    hint_days = {c.day for c in candidates if c.source in HINT_KEYS}
    earliest = min(line_days, default=None)
    latest = max(line_days, default=None)
    for c in candidates:
        f = c.features
        if c.index >= 0:
            _position(f, c.index, anchor, start, end)
            if c.dateline:
                f["dateline"] = 1.0
            if removed[c.index]:
                f["removed"] = 1.0
            if sum(dated[max(0, c.index - 6) : c.index + 7]) >= 4:
                f["dated_list"] = 1.0
            if days[c.day] >= 2:
                f["repeated_day"] = 1.0
            if len(line_days) > 1:
                if c.day == earliest:
                    f["earliest"] = 1.0
                if c.day == latest:
                    f["latest"] = 1.0
            if c.relative:
                f["relative"] = 1.0
            if c.prose:
                f["in_prose"] = 1.0
            if c.iso and c.index <= max(anchor, 0) + 1:
                f["iso_under_title"] = 1.0
            if hint_days:
                f["hint_match" if c.day in hint_days else "hint_mismatch"] = 1.0
        else:
            f["from_" + c.source] = 1.0
            if c.day in near_days:
                f["text_agrees"] = 1.0
        if c.kind is not None:
            f[c.kind] = 1.0
        if c.match.has_time:
            f["has_time"] = 1.0
        if info is not None and c.source != "url":
            if info.day is not None:
                f["url_day_match" if c.day == info.day else "url_day_mismatch"] = 1.0
            elif info.month is not None:
                same = (c.day.year, c.day.month) == info.month
                f["url_month_match" if same else "url_month_mismatch"] = 1.0
        c.score = sum(WEIGHTS.get(name, 0.0) * value for name, value in f.items())


def _position(f: dict[str, float], index: int, anchor: int, start: int, end: int) -> None:
    d = index - anchor
    if 1 <= d <= 3:
        f["below_title_1_3"] = 1.0
    elif 4 <= d <= 8:
        f["below_title_4_8"] = 1.0
    elif 9 <= d <= 15:
        f["below_title_9_15"] = 1.0
    elif -4 <= d <= 0:
        f["above_title_1_4"] = 1.0
    elif index > end:
        f["after_article"] = 1.0
    elif start <= index < start + 10:
        f["in_article_top"] = 1.0
    elif index >= start:
        f["in_article"] = 1.0
    else:
        f["far_above"] = 1.0


def choose(candidates: list[DateCandidate]) -> tuple[DateCandidate | None, DateCandidate | None]:
    """The timestamp and the modification time among scored candidates.

    The best candidate that is not an update is the timestamp; when the page prints only
    updates, the best update stands in. The best update of another day or time is ``modified``.
    """
    if not candidates:
        return None, None
    ranked = sorted(candidates, key=lambda c: (-c.score, c.index))
    published = next((c for c in ranked if c.kind != "updated"), None)
    updated = next((c for c in ranked if c.kind == "updated"), None)
    if published is None:
        return updated, None
    if updated is not None and (
        updated.match.value == published.match.value
        or not (NEAR_TITLE & updated.features.keys() or updated.index == published.index)
    ):
        updated = None  # the same time, or an update far from the headline (a wiki footer)
    return published, updated


NEAR_TITLE = frozenset(
    ("below_title_1_3", "below_title_4_8", "below_title_9_15", "above_title_1_4")
)


def exact_time(chosen: DateCandidate, candidates: list[DateCandidate]) -> DateCandidate | None:
    """A markup date of the same day as a printed one, with a time of day (and often a zone)
    that the printed one lacks or rounds."""
    if chosen.index < 0:
        return None
    for c in candidates:
        same = c.source in HINT_KEYS and c.match.has_time and c.day == chosen.day
        if same and (not chosen.match.has_time or c.match.value.tzinfo is not None):
            return c
    return None
