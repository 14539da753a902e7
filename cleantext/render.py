"""Output forms of a cleaned page: plain text, JSON and the ``--explain`` view.

The command and the batch pass both render through here, so a page cleaned alone and the same
page cleaned in a batch come out byte for byte the same.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import click

from cleantext.document import Document, Repair
from cleantext.page import Line, Page


def render_text(document: Document) -> str:
    """Title, timestamp, a blank line, the body; lines without a value are left out."""
    head = [value for value in (document.title, _iso(document)) if value]
    parts = ["\n".join(head)] if head else []
    if document.body:
        parts.append(document.body)
    return "\n\n".join(parts) + "\n" if parts else ""


def document_record(document: Document, source: str) -> dict[str, Any]:
    """The JSON form of a cleaned page, headed by where it came from (the README's schema)."""
    return {"source": source, **document.to_dict()}


def to_json(value: Any, *, lines: bool = False) -> str:
    """``value`` as JSON: indented for ``--format json``, on one line for JSONL (no newline)."""
    return json.dumps(value, ensure_ascii=False, indent=None if lines else 2)


def _iso(document: Document) -> str | None:
    return document.timestamp.isoformat() if document.timestamp else None


_MARKS = {"title": ("T", "green"), "timestamp": ("D", "green"), "joined": ("+", "cyan")}


def render_explain(page: Page) -> str:
    """Every line of the page, each removal or field marked with the step and rule behind it.

    Colour is added for terminals; ``click.echo`` strips it when the output is not one.
    """
    repairs: dict[int, list[Repair]] = {}
    for repair in page.repairs:
        repairs.setdefault(repair.line, []).append(repair)
    out = [_explain_line(line, repairs.get(line.number, [])) for line in page.lines]
    out.append(_summary(page))
    return "\n".join(out) + "\n"


def _explain_line(line: Line, repairs: list[Repair]) -> str:
    if line.removal is not None:
        removal = line.removal
        return click.style(f"-  {removal.text}", fg="red") + click.style(
            f"   <- {removal.step}: {removal.rule}", fg="bright_black"
        )
    if line.role is not None:
        mark, colour = _MARKS.get(line.role, ("F", "green"))
        note = (
            "rejoin: joined to the line above" if line.role == "joined" else f"fields: {line.role}"
        )
        return click.style(f"{mark}  {line.text}", fg=colour) + click.style(
            f"   <- {note}", fg="bright_black"
        )
    if repairs:
        notes = "; ".join(f"{r.step}: {r.rule} (was {r.before!r})" for r in repairs)
        return click.style(f"~  {line.text}", fg="yellow") + click.style(
            f"   <- {notes}", fg="bright_black"
        )
    return f"   {line.text}" if line.text else ""


def _summary(page: Page) -> str:
    counts = Counter(line.removal.step for line in page.lines if line.removal is not None)
    counts.update(repair.step for repair in page.repairs)
    fields = [
        f"title={page.title!r}" if page.title else "title=None",
        f"timestamp={page.timestamp.isoformat()}" if page.timestamp else "timestamp=None",
    ]
    by_step = ", ".join(f"{step} {count}" for step, count in sorted(counts.items())) or "nothing"
    return click.style(f"# {'; '.join(fields)}; changed by: {by_step}", fg="bright_black")
