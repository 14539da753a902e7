"""``--site-boilerplate``: lines a site prints on most of its pages (menus, footers, share bars).

Two passes, as CCNet and datatrove do it. Pass one counts, per site, on how many pages each line
occurs (once a page however often it repeats there). A line on at least ``share`` of its site's
pages, and on at least ``min_pages`` of them, is that site's boilerplate; pass two removes it
with a step inserted into the chain before ``fields``, so menus are gone before the title is
looked for. The counts are sums, so neither the order of the pages nor the number of workers
changes the table; and each site has its own, so a line is never removed from a page because
*other* sites repeat it.

The site of a page is the host of its URL (``www.`` dropped), else its directory relative to
IN. A page with neither (a corpus record without a URL) is not counted and never checked.

Why the counting pass runs the chain itself, up to the step the removal goes before: it then
counts exactly the lines the removal step will see, the same HTML blocks, the same repaired
encoding, the noise lines already gone. A cheaper normalisation of the raw input (decode, split,
fold) would count lines of HTML pages that the html step never produces and miss lines the
encoding step repairs, so pass two would look for lines that are not there. The price is a
second run of most of the chain (about three quarters of its time on the fixture pages); it runs
in the workers, so it scales with ``-j`` as cleaning does.

Lines are compared case-folded with runs of whitespace collapsed, digits kept: ``© 2024 Example``
is one line across a site's pages, but ``17.10.2024`` on one page and ``18.10.2024`` on the next
are two, so datelines reach the fields step. Only 8-byte hashes of the lines are kept: the table
grows with the number of distinct lines per site, not with their length.
"""

from __future__ import annotations

import hashlib
import posixpath
from collections import Counter
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from cleantext.batch.options import SiteOptions
from cleantext.page import Page
from cleantext.pipeline import Pipeline

STEP = "site-boilerplate"
BEFORE = "fields"
"""The step the removal is inserted before; the counting pass runs the chain up to it."""


def site_of(rel: str | None, url: str | None) -> str | None:
    """The host of ``url`` (without ``www.``), else the directory of ``rel`` (``.`` at the top)."""
    if url:
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        if host:
            return host.removeprefix("www.")
    if rel is not None:
        return posixpath.dirname(rel) or "."
    return None


def line_hash(text: str) -> int:
    """A stable 64-bit hash of the line's comparison form (Python's ``hash`` varies per run)."""
    key = " ".join(text.split()).casefold()
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


def page_hashes(page: Page) -> set[int]:
    """The distinct lines of a page that the removal step would see, hashed."""
    return {line_hash(line.text) for line in page.content_lines()}


def counting_pipeline(pipeline: Pipeline) -> Pipeline:
    """The chain up to (not including) the step the removal is inserted before."""
    names = pipeline.names
    if BEFORE not in names:
        raise ValueError(f"--site-boilerplate needs a {BEFORE!r} step; the chain has {names}")
    return Pipeline(pipeline.steps[: names.index(BEFORE)])


def describe(options: SiteOptions) -> str:
    """The rule name the removals carry (one for the whole run, so the summary stays short)."""
    return f"on ≥ {options.share:.0%} and ≥ {options.min_pages} of its site's pages"


class SiteCounts:
    """Pass one's result: pages per site, and on how many of them each line occurs."""

    __slots__ = ("lines", "pages", "unsited")

    def __init__(self) -> None:
        self.pages: Counter[str] = Counter()
        self.lines: dict[str, Counter[int]] = {}
        self.unsited = 0
        """Pages with no site (no URL and no directory): neither counted nor checked."""

    def add(self, site: str | None, hashes: Iterable[int]) -> None:
        if site is None:
            self.unsited += 1
            return
        self.pages[site] += 1
        self.lines.setdefault(site, Counter()).update(hashes)

    def merge(self, other: SiteCounts) -> None:
        self.pages.update(other.pages)
        self.unsited += other.unsited
        for site, counts in other.lines.items():
            self.lines.setdefault(site, Counter()).update(counts)

    def boilerplate(self, options: SiteOptions) -> dict[str, frozenset[int]]:
        """Per site, the lines on ``share`` of its pages and on ``min_pages`` or more."""
        table = {}
        for site, counts in self.lines.items():
            needed = max(options.min_pages, options.share * self.pages[site])
            lines = frozenset(key for key, count in counts.items() if count >= needed)
            if lines:
                table[site] = lines
        return table


class SiteBoilerplate:
    """The pass-two step: remove the lines the page's own site's table names."""

    __slots__ = ("lines", "rule")
    name = STEP

    def __init__(self, lines: frozenset[int], rule: str) -> None:
        self.lines = lines
        self.rule = rule

    def __call__(self, page: Page) -> None:
        for line in page.content_lines():
            if line_hash(line.text) in self.lines:
                page.remove(line, STEP, self.rule)


def with_site_step(
    pipeline: Pipeline, table: Mapping[str, frozenset[int]], site: str | None, rule: str
) -> Pipeline:
    """``pipeline`` with the removal step for ``site`` inserted (unchanged when it has none)."""
    lines = table.get(site) if site is not None else None
    if not lines:
        return pipeline
    return pipeline.insert(SiteBoilerplate(lines, rule), before=BEFORE, name=STEP)
