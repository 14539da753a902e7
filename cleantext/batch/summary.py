"""The account of a run: counts while it goes, and the summary printed on stderr at the end.

Timings live here and only here: they go to the terminal, never into OUT, so that two runs
leave the same bytes behind.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

RULES_SHOWN = 8
"""Rules listed per step; the rest are summed on one line."""
RULES_KEPT = 1000
"""Distinct rules counted per step; later ones are counted together, so memory stays flat
when a step names its rules with per-line details."""
OTHER_RULES = "(other rules)"


@dataclass(slots=True)
class BatchSummary:
    pages: int = 0
    """Pages cleaned by this run."""
    failed: int = 0
    skipped: int = 0
    """Pages an earlier run had finished."""
    bytes_read: int = 0
    seconds: float = 0.0
    counting_seconds: float = 0.0
    """The ``--site-boilerplate`` counting pass (part of ``seconds``)."""
    removals: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors_path: Path | None = None
    already_complete: bool = False
    sites: int | None = None
    """Sites with boilerplate lines (``None`` without ``--site-boilerplate``)."""
    boilerplate_lines: int = 0
    unsited: int = 0
    _rules: dict[str, int] = field(default_factory=dict)

    def count_removals(self, removals: Counter[tuple[str, str]]) -> None:
        """Add a chunk's removals, at most :data:`RULES_KEPT` distinct rules a step."""
        for (step, rule), count in removals.items():
            key = (step, rule)
            if key not in self.removals and self._rules.get(step, 0) >= RULES_KEPT:
                key = (step, OTHER_RULES)
            elif key not in self.removals:
                self._rules[step] = self._rules.get(step, 0) + 1
            self.removals[key] += count

    @property
    def exit_status(self) -> int:
        return 1 if self.failed else 0

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0


def format_summary(summary: BatchSummary, out: str) -> str:
    """The summary: pages, bytes, pages/s, failures, removals by step and rule."""
    if summary.already_complete:
        failed = (
            f" ({summary.failed:,} failed: see {summary.errors_path})" if summary.failed else ""
        )
        return f"cleantext batch: {out} is complete already{failed}; --force redoes it\n"
    lines = [
        f"cleantext batch: {summary.pages:,} pages cleaned in {summary.seconds:.1f} s "
        f"({summary.rate:,.0f} pages/s), {summary.bytes_read / 1e6:,.1f} MB read; "
        f"{summary.failed:,} failed; {summary.skipped:,} done before"
    ]
    if summary.failed:
        lines.append(f"failures are listed in {summary.errors_path}")
    if summary.sites is not None:
        sites = (
            f"site boilerplate: {summary.boilerplate_lines:,} lines on {summary.sites:,} sites "
            f"(counting pass {summary.counting_seconds:.1f} s)"
        )
        if summary.unsited:
            sites += f"; {summary.unsited:,} pages without a site, not checked"
        lines.append(sites)
    lines.extend(_removals(summary.removals))
    return "\n".join(lines) + "\n"


def _removals(removals: Counter[tuple[str, str]]) -> list[str]:
    if not removals:
        return ["removed lines: none"]
    by_step: dict[str, Counter[str]] = {}
    for (step, rule), count in removals.items():
        by_step.setdefault(step, Counter())[rule] += count
    steps = sorted(by_step.items(), key=lambda item: (-item[1].total(), item[0]))
    lines = [f"removed lines: {removals.total():,}"]
    width = max(len(step) for step in by_step)
    for step, rules in steps:
        lines.append(f"  {step:<{width}}  {rules.total():>9,}")
        ranked = sorted(rules.items(), key=lambda item: (-item[1], item[0]))
        for rule, count in ranked[:RULES_SHOWN]:
            lines.append(f"  {'':<{width}}  {count:>9,}  {rule}")
        rest = ranked[RULES_SHOWN:]
        if rest:
            lines.append(
                f"  {'':<{width}}  {sum(c for _, c in rest):>9,}  ({len(rest)} more rules)"
            )
    return lines
