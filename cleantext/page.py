"""The working state a page carries through the normaliser chain.

Steps never delete lines: they tag them (a removal, or the field a line was taken for), and the
document is assembled from the tags at the end. That keeps every step testable alone and gives
``--explain`` the whole page with each removal in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from cleantext.document import Document, Removal, Repair

if TYPE_CHECKING:
    from cleantext.markup.features import Markup
    from cleantext.rules import RuleSet

InputKind = Literal["auto", "text", "html"]
_OTHER_LINE_BREAK = re.compile("[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
"""What ``str.splitlines`` breaks at besides ``"\\n"``."""


@dataclass(slots=True)
class Line:
    """One line of the page. ``removal`` and ``role`` are the tags steps put on it."""

    text: str
    number: int
    removal: Removal | None = None
    role: str | None = None
    """``"title"``, ``"timestamp"`` or ``"modified"`` when the line was taken for that field
    (``Page.field_notes[role]`` says why); ``"joined"`` when its text was appended to the line
    above (the rejoin step)."""
    markup: Markup | None = None
    """What the HTML said about the block the line came from (HTML input only; ``None`` for
    text input and blank lines): the boilerplate step reads it beside the text."""

    @property
    def kept(self) -> bool:
        return self.removal is None and self.role is None


@dataclass(slots=True)
class Page:
    """A page on its way through the chain: the input, its lines and their tags."""

    data: str | bytes
    url: str | None = None
    input: InputKind = "auto"
    text: str = ""
    encoding: str | None = None
    lines: list[Line] = field(default_factory=list)
    title: str | None = None
    timestamp: datetime | None = None
    timestamp_text: str | None = None
    modified: datetime | None = None
    """When the page says it was last updated, if it prints that beside its publication date."""
    modified_text: str | None = None
    now: datetime | None = None
    """The reference time for relative dates ("2 hours ago", "gestern"): the caller's ``now=``.
    Without it a relative date is left unresolved (never read against the clock)."""
    field_notes: dict[str, str] = field(default_factory=dict)
    """Where each field came from, in words, for ``--explain``: ``{"title": "line 12: printed
    twice, matches the URL slug", "timestamp": "line 14: after 'Published'", ...}``; keys are
    the field names (``title``, ``timestamp``, ``modified``), which are also the ``role`` of the
    line a field was taken from."""
    language: str | None = None
    """ISO 639-1 code guessed by the language step."""
    article_start: int | None = None
    """Number of the first line of the article, when the boilerplate step found one."""
    noise_rules: RuleSet | None = None
    """The noise step's rules, so that a line the rejoin step forms is checked against them too."""
    hints: dict[str, str] = field(default_factory=dict)
    """What the markup said outright, for the fields step: ``title`` and ``published`` (the best
    of each), and each source apart (``jsonld_headline``, ``og_title``, ``h1``, ``html_title``,
    ``jsonld_published``, ``meta_published``, ``time_datetime``, ``jsonld_modified``,
    ``meta_modified``); see :mod:`cleantext.markup.hints`."""
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def set_text(self, text: str) -> None:
        """Replace the page's text and split it into fresh, untagged lines."""
        self.text = text
        self.lines = [Line(t, n) for n, t in enumerate(text.splitlines(), start=1)]

    def set_lines(self, lines: Iterable[tuple[str, Markup | None]]) -> None:
        """Replace the page's text with these lines (the HTML step's blocks), each with its
        markup; a line holding a line break is split, its pieces keeping the markup."""
        blocks = list(lines)
        text = "\n".join([block for block, _ in blocks])
        if text.count("\n") != len(blocks) - 1 or _OTHER_LINE_BREAK.search(text):
            blocks = [
                (piece, markup) for block, markup in blocks for piece in block.splitlines() or [""]
            ]
            text = "\n".join([block for block, _ in blocks])
        self.text = text
        self.lines = [
            Line(block, number, markup=markup) for number, (block, markup) in enumerate(blocks, 1)
        ]

    def content_lines(self) -> Iterator[Line]:
        """The non-blank lines no step has removed or claimed yet."""
        return (
            line
            for line in self.lines
            if line.text and line.removal is None and line.role is None  # Line.kept, inlined
        )

    def remove(self, line: Line, step: str, rule: str) -> None:
        line.removal = Removal(step, rule, line.text, line.number)

    def repair(self, line: Line, step: str, rule: str, new_text: str) -> None:
        self.repairs.append(Repair(step, rule, line.text, new_text, line.number))
        line.text = new_text

    def to_document(self) -> Document:
        """Apply the tags: kept lines become the body, one paragraph each."""
        return Document(
            title=self.title,
            timestamp=self.timestamp,
            timestamp_text=self.timestamp_text,
            modified=self.modified,
            modified_text=self.modified_text,
            body="\n\n".join(line.text for line in self.content_lines()),
            url=self.url,
            input=self.input,
            language=self.language,
            encoding=self.encoding,
            removed=tuple(line.removal for line in self.lines if line.removal is not None),
            repairs=tuple(self.repairs),
            warnings=tuple(self.warnings),
        )


def lines_matching(joined: str, pattern: re.Pattern[str]) -> set[int]:
    """Indexes of the lines of ``joined`` (lines joined by ``"\\n"``) in which ``pattern``
    matches: one search per line found, so a page is scanned in C, not line by line in Python.
    The pattern must not match a line break."""
    found: set[int] = set()
    search = pattern.search
    index = position = 0
    while (match := search(joined, position)) is not None:
        start = match.start()
        index += joined.count("\n", position, start)
        found.add(index)
        position = joined.find("\n", start)
        if position < 0:
            break
    return found
