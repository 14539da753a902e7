"""Noise rules kept as data: one file per language, and any file a user adds.

The format, one rule per line::

    # a comment
    [reading-time]          <- a section: the category, named in --explain
    0 min read              <- a literal: the whole line, compared after normalising it
    re: lesezeit:? 0 min\\.?  <- a regular expression that must match the whole normalised line

Lines are normalised before matching (see :func:`line_key`): case folded, every run of digits
turned into ``0``, inner whitespace collapsed, and decoration around the line (dashes, bullets,
brackets, quotes, colons) stripped. So ``0 min read`` also covers ``— 12 MIN READ —``.
Literals in a file are normalised the same way when loaded. A line of items separated by bars
or bullets (``Share on Facebook | Share on X | Email``) is noise when every item is.
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
_BAR_SEPARATOR = re.compile(r"\s+[|¦·•/]\s+|\s*[|¦•]\s*")
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
    """Literal rules in a dict (one lookup a line); regex rules in one combined pattern.

    The combined pattern names each rule's alternative, so one ``fullmatch`` both tests a line
    against every regex rule and says which one matched; it is also the only compilation the
    regexes need (compiling each one apart would double the start-up time).
    """

    literals: dict[str, Rule]
    patterns: tuple[Rule, ...]
    combined: re.Pattern[str] | None

    @classmethod
    def from_rules(cls, rules: Iterable[Rule]) -> RuleSet:
        literals: dict[str, Rule] = {}
        patterns: list[Rule] = []
        for rule in rules:
            if rule.pattern.startswith("re:"):
                patterns.append(rule)
            else:
                literals.setdefault(rule.pattern, rule)
        return cls(literals, tuple(patterns), _combine(patterns))

    def match(self, text: str) -> Rule | None:
        """The first rule the line matches, or ``None``.

        A bar of separated items (``Facebook | Telegram | Email``) is noise when every item is.
        """
        if len(text) > MAX_NOISE_LINE:
            return None
        key = line_key(text)
        rule = self._match_key(key)
        if rule is not None or not _BAR_SEPARATOR.search(key):
            return rule
        items = [item for item in (line_key(part) for part in _BAR_SEPARATOR.split(key)) if item]
        rules = [self._match_key(item) for item in items]
        if len(items) < 2 or None in rules:
            return None
        sources = ", ".join(dict.fromkeys(rule.source for rule in rules if rule))
        return Rule(rules[0].category, key, sources)  # type: ignore[union-attr]

    def _match_key(self, key: str) -> Rule | None:
        if not key:
            return None
        rule = self.literals.get(key)
        if rule is not None or self.combined is None:
            return rule
        found = self.combined.fullmatch(key)
        return None if found is None else self.patterns[int(found.lastgroup[1:])]  # type: ignore[index]

    def __len__(self) -> int:
        return len(self.literals) + len(self.patterns)


def _regex_source(rule: Rule) -> str:
    return rule.pattern[3:].strip()


def _combine(patterns: list[Rule]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    alternatives = (f"(?P<r{index}>{_regex_source(rule)})" for index, rule in enumerate(patterns))
    try:
        return re.compile("|".join(alternatives))
    except re.error as error:  # find the culprit to name it; the slow path only runs on an error
        for rule in patterns:
            _check_regex(_regex_source(rule), rule.source, compile_it=True)
        raise RulesError(
            f"regex rules cannot be combined: {error} (write inline flags as (?i:...))"
        ) from None


_UNSUPPORTED = re.compile(r"\\[1-9]|\(\?P[<=]|\\g<")


def _check_regex(source: str, where: str, *, compile_it: bool = False) -> None:
    """Rules are combined into one pattern, so they may not name groups or refer back."""
    if _UNSUPPORTED.search(source):
        raise RulesError(f"{where}: named groups and backreferences are not allowed: {source!r}")
    if compile_it:
        try:
            re.compile(source)
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
            _check_regex(entry[3:].strip(), where)
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
