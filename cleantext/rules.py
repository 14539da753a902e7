"""Noise rules kept as data: one file per language, and any file a user adds.

The format, one rule per line::

    # a comment
    [reading-time]          <- a section: the category, named in --explain
    0 min read              <- a literal: the whole line, compared after normalising it
    re: lesezeit:? 0 min\\.?  <- a regular expression that must match the whole normalised line

Lines are normalised before matching (see :func:`line_key`): case folded, every run of digits
turned into ``0``, inner whitespace collapsed, and decoration around the line (dashes, bullets,
brackets, quotes, colons) stripped. So ``0 min read`` also covers ``— 12 MIN READ —``.
Literals in a file are normalised the same way when loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from os import PathLike
from pathlib import Path

from cleantext.errors import CleantextError

MAX_NOISE_LINE = 200
"""Noise lines are short: longer lines are never compared, which also bounds the regex work."""

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_DECORATION = " \t-‐‑‒–—―|¦·•●▪■□◆◇►▶▸>»«<~=_*+:;,.!?/\\()[]{}\"'“”„‘’‚…"
_SECTION = re.compile(r"\[([a-z0-9][a-z0-9_-]*)\]")


class RulesError(CleantextError):
    """A rules file cannot be read or has a malformed rule."""


def line_key(text: str) -> str:
    """The form of a line that rules are compared against."""
    key = _DIGITS.sub("0", text.casefold())
    return _SPACES.sub(" ", key).strip(_DECORATION)


@dataclass(frozen=True, slots=True)
class Rule:
    category: str
    pattern: str
    source: str
    """Where the rule is written: ``"en:14"`` (file stem and line number)."""

    def describe(self) -> str:
        return f"{self.category} [{self.source}]"


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Literal rules in a dict (one lookup a line), regex rules tried only on short lines."""

    literals: dict[str, Rule]
    patterns: tuple[tuple[re.Pattern[str], Rule], ...]
    any_pattern: re.Pattern[str] | None

    @classmethod
    def from_rules(cls, rules: Iterable[Rule]) -> RuleSet:
        literals: dict[str, Rule] = {}
        patterns: list[tuple[re.Pattern[str], Rule]] = []
        for rule in rules:
            if rule.pattern.startswith("re:"):
                source = rule.pattern[3:].strip()
                patterns.append((_compile(source, rule.source), rule))
            else:
                literals.setdefault(rule.pattern, rule)
        any_pattern = None
        if patterns:
            any_pattern = re.compile("|".join(f"(?:{p.pattern})" for p, _ in patterns))
        return cls(literals, tuple(patterns), any_pattern)

    def match(self, text: str) -> Rule | None:
        """The first rule the line matches, or ``None``."""
        if len(text) > MAX_NOISE_LINE:
            return None
        key = line_key(text)
        if not key:
            return None
        rule = self.literals.get(key)
        if rule is not None or self.any_pattern is None:
            return rule
        if self.any_pattern.fullmatch(key) is None:
            return None
        return next((rule for pattern, rule in self.patterns if pattern.fullmatch(key)), None)

    def __len__(self) -> int:
        return len(self.literals) + len(self.patterns)


def _compile(source: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(source)
    except re.error as error:
        raise RulesError(f"{where}: bad regular expression {source!r}: {error}") from None


def parse_rules(text: str, name: str) -> list[Rule]:
    """Read rules from the text of a rules file called ``name`` (used in rule sources)."""
    rules: list[Rule] = []
    category: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        section = _SECTION.fullmatch(entry)
        where = f"{name}:{number}"
        if section:
            category = section.group(1)
            continue
        if category is None:
            raise RulesError(f"{where}: rule before any [category] section")
        if entry.startswith("re:"):
            _compile(entry[3:].strip(), where)
            rules.append(Rule(category, entry, where))
        else:
            key = line_key(entry)
            if not key:
                raise RulesError(f"{where}: rule {entry!r} is empty once normalised")
            rules.append(Rule(category, key, where))
    return rules


def bundled_rule_files() -> list[str]:
    """Names of the rules files that ship with cleantext (one per language)."""
    folder = resources.files("cleantext") / "rules"
    return sorted(item.name for item in folder.iterdir() if item.name.endswith(".txt"))


def load_rules(extra: Sequence[str | PathLike[str]] = ()) -> RuleSet:
    """The bundled rules, then the user's files; on a tie the first rule wins."""
    rules: list[Rule] = []
    folder = resources.files("cleantext") / "rules"
    for name in bundled_rule_files():
        rules.extend(parse_rules((folder / name).read_text(encoding="utf-8"), name[:-4]))
    for path in extra:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise RulesError(f"cannot read rules file {str(path)!r}: {error}") from None
        rules.extend(parse_rules(text, path.stem))
    return RuleSet.from_rules(rules)
