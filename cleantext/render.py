"""Output forms of a cleaned page: the plain-text document and the ``--explain`` view."""

from __future__ import annotations

from collections import Counter

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


def _iso(document: Document) -> str | None:
    return document.timestamp.isoformat() if document.timestamp else None


_MARKS = {"title": ("T", "green"), "timestamp": ("D", "green")}


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
        return click.style(f"{mark}  {line.text}", fg=colour) + click.style(
            f"   <- fields: {line.role}", fg="bright_black"
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
