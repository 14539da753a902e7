"""Step ``noise``: drop whole lines that a rule file names as noise.

Ad markers, reading-time banners, share bars, cookie and subscribe prompts, "read more"
lead-ins, photo credits and copyright lines. The rules are data (:mod:`cleantext.rules`), so a
user extends them without code; each removal names the file and line of the rule.
"""

from __future__ import annotations

from cleantext.page import Page
from cleantext.rules import RuleSet


class DropNoise:
    """Tag every line a noise rule matches."""

    name = "noise"

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules

    def __call__(self, page: Page) -> None:
        page.noise_rules = self.rules
        lines = list(page.content_lines())
        rules = self.rules.match_lines([line.text for line in lines])
        for line, rule in zip(lines, rules, strict=True):
            if rule is not None:
                page.remove(line, self.name, rule.describe())
