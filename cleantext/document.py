"""The result of cleaning a page: a plain dataclass, with what was removed and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Removal:
    """A line a normaliser took out of the page, and the rule that decided it."""

    step: str
    """Name of the normaliser, e.g. ``"noise"``."""
    rule: str
    """Which rule fired, e.g. ``"reading-time [en:12]"``."""
    text: str
    """The removed line as it stood when the step removed it."""
    line: int
    """1-based line number in the decoded page."""

    def to_dict(self) -> dict[str, Any]:
        return {"step": self.step, "rule": self.rule, "text": self.text, "line": self.line}


@dataclass(frozen=True, slots=True)
class Repair:
    """A line a normaliser changed in place (mojibake fixed, invisible characters dropped)."""

    step: str
    rule: str
    before: str
    after: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "rule": self.rule,
            "before": self.before,
            "after": self.after,
            "line": self.line,
        }


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned page: timestamp, title and body, plus an account of what was done to it."""

    title: str | None = None
    timestamp: datetime | None = None
    body: str = ""
    """Article paragraphs in reading order, separated by one blank line."""
    timestamp_text: str | None = None
    """The timestamp as it was written in the page."""
    modified: datetime | None = None
    """When the page says it was last updated (``Updated …``), when it prints that too."""
    modified_text: str | None = None
    """The update time as it was written in the page."""
    url: str | None = None
    input: str = "text"
    """What the input was taken for: ``"text"`` or ``"html"``."""
    language: str | None = None
    """ISO 639-1 code of the page's language, as guessed; ``None`` when unsure."""
    encoding: str | None = None
    """The encoding the bytes were decoded from (``None`` for ``str`` input)."""
    removed: tuple[Removal, ...] = ()
    repairs: tuple[Repair, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n\n") if self.body else []

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; the schema is documented in the README."""
        return {
            "title": self.title,
            "timestamp": self.timestamp.isoformat() if self.timestamp else None,
            "timestamp_text": self.timestamp_text,
            "modified": self.modified.isoformat() if self.modified else None,
            "modified_text": self.modified_text,
            "body": self.body,
            "url": self.url,
            "input": self.input,
            "language": self.language,
            "encoding": self.encoding,
            "warnings": list(self.warnings),
            "removed": [r.to_dict() for r in self.removed],
            "repairs": [r.to_dict() for r in self.repairs],
        }
