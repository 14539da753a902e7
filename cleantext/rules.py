"""Noise rules kept as data: one file per language, and any file a user adds.

The format, one rule per line::

    # a comment
    [reading-time]          <- a section: the category, named in --explain
    0 min read              <- a literal: the whole line, compared after normalising it
    re: lesezeit:? 0 min\\.?  <- a regular expression that must match the whole normalised line

Lines are normalised before matching (see :func:`line_key`): case folded, every run of digits
turned into ``0``, inner whitespace collapsed, ’ written ', and decoration around the line
(dashes, bullets, brackets, quotes, colons, full-width punctuation, arrows) stripped. So
``0 min read`` also covers ``— 12 MIN READ —``. Literals in a file are normalised the same way
when loaded. A line of items separated by bars or bullets (``Share on Facebook | Share on X |
Email``) is noise when every item is.

Regular expressions are RE2's (google-re2): all regex rules run as one ``RE2::Set``, in time
linear in the line whatever the pattern, so unbounded ``.*`` is safe. RE2 has no lookaround or
backreferences, and its ``\\w \\d \\b`` are ASCII: write ``\\pL`` (any letter) and ``\\pN``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any

from cleantext.errors import CleantextError

MAX_NOISE_LINE = 200
"""Noise lines are short: longer lines are never compared."""
REGEX_MEMORY = 64 << 20
"""RE2's memory budget for the compiled set of regex rules."""

_DIGITS = re.compile(r"\d+")
_DECORATION = (
    " \t-‐‑‒–—―|¦·•●▪■□◆◇►▶▸>»«<~=_*+:;,.!?¡¿/\\()[]{}\"'“”„‘’‚…"
    "：；，。、！？（）【】「」『』〔〕［］〈〉《》｜→←↑↓⟶➜➔➤👉📌🔗"
)
_UNUSUAL_WHITESPACE = re.compile(r"[^\S \n]")
"""With doubled spaces, what :func:`line_key` collapses (the whitespace step leaves none)."""
_BAR_SEPARATOR = re.compile(r"\s+[|¦·•/]\s+|\s*[|¦•]\s*")
_BAR_CHARACTER = re.compile(r"[|¦·•/]")  # a cheap test before the separator regex
_SECTION = re.compile(r"\[([a-z0-9][a-z0-9_-]*)\]")


class RulesError(CleantextError):
    """A rules file cannot be read or has a malformed rule."""


def line_key(text: str) -> str:
    """The form of a line that rules are compared against."""
    key = _DIGITS.sub("0", text.casefold()).replace("’", "'")
    return " ".join(key.split()).strip(_DECORATION)


def line_keys(texts: Sequence[str]) -> list[str]:
    """:func:`line_key` of each line (``""`` for lines too long to compare), the work done on
    the lines joined into one text, so each regex runs once per page."""
    joined = "\n".join([text if len(text) <= MAX_NOISE_LINE else "" for text in texts])
    folded = _DIGITS.sub("0", joined.casefold()).replace("’", "'")
    keys = folded.split("\n")
    if len(keys) != len(texts):  # a line held a line break: the join cannot be split back
        return [line_key(text) if len(text) <= MAX_NOISE_LINE else "" for text in texts]
    if "  " in folded or _UNUSUAL_WHITESPACE.search(folded):
        return [" ".join(key.split()).strip(_DECORATION) for key in keys]
    return [key.strip(_DECORATION) for key in keys]


@dataclass(frozen=True, slots=True)
class Rule:
    category: str
    pattern: str
    source: str
    """Where the rule is written: ``"en:14"`` (file stem and line number)."""

    @property
    def regex(self) -> str | None:
        """The regular expression of a ``re:`` rule; ``None`` for a literal."""
        return self.pattern[3:].strip() if self.pattern.startswith("re:") else None

    def describe(self) -> str:
        return f"{self.category} [{self.source}]"


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Literal rules in a dict (one lookup a line); regex rules in one RE2 set, which a page
    meets whole: the set is asked about the page's lines joined, then only about the halves
    that hold a match, so a page without regex noise costs one search."""

    literals: dict[str, Rule]
    patterns: tuple[Rule, ...]
    regex_set: Any
    """An ``re2.Set`` searching for whole lines (``(?m)^(?:pattern)$``); ``None`` when there
    are no regex rules. On a single line it is a full match of each pattern."""

    @classmethod
    def from_rules(cls, rules: Iterable[Rule]) -> RuleSet:
        """Literals first, then regexes in file order: the first that matches names the line."""
        literals: dict[str, Rule] = {}
        patterns: list[Rule] = []
        for rule in rules:
            if rule.regex is not None:
                patterns.append(rule)
            else:
                literals.setdefault(rule.pattern, rule)
        return cls(literals, tuple(patterns), _regex_set(patterns))

    def match(self, text: str) -> Rule | None:
        """The rule the line matches, or ``None``."""
        return self.match_lines([text])[0]

    def match_lines(self, texts: Sequence[str]) -> list[Rule | None]:
        """The rule each line matches (``None`` where none does), in order.

        A bar of separated items (``Facebook | Telegram | Email``) is noise when every item is.
        """
        keys = line_keys(texts)
        found = [self.literals.get(key) if key else None for key in keys]
        for index, rule in self._regex_matches(keys, found).items():
            found[index] = rule
        for index, key in enumerate(keys):
            if found[index] is None and _BAR_CHARACTER.search(key) and _BAR_SEPARATOR.search(key):
                found[index] = self._match_bar(key)
        return found

    def _match_bar(self, key: str) -> Rule | None:
        items = [item for item in line_keys(_BAR_SEPARATOR.split(key)) if item]
        rules = [self._match_key(item) for item in items]
        if len(items) < 2 or None in rules:
            return None
        sources = ", ".join(dict.fromkeys(rule.source for rule in rules if rule))
        return Rule(rules[0].category, key, sources)  # type: ignore[union-attr]

    def _match_key(self, key: str) -> Rule | None:
        rule = self.literals.get(key)
        if rule is not None or not key:
            return rule
        return self._regex_matches([key], [None]).get(0)

    def _regex_matches(self, keys: list[str], found: list[Rule | None]) -> dict[int, Rule]:
        """The first regex rule of each line that no literal matched, by halving the page:
        a stretch of lines the set finds nothing in is not looked at again."""
        matches: dict[int, Rule] = {}
        if self.regex_set is None:
            return matches
        search = self.regex_set.Match
        pending = [(0, len(keys))]
        while pending:
            low, high = pending.pop()
            if high - low == 1:
                if found[low] is None and keys[low] and (hit := search(keys[low])) is not None:
                    matches[low] = self.patterns[min(hit)]
            elif search("\n".join(keys[low:high])) is not None:
                middle = (low + high) // 2
                pending += [(middle, high), (low, middle)]
        return matches

    def __len__(self) -> int:
        return len(self.literals) + len(self.patterns)


def _regex_set(patterns: list[Rule]) -> Any:
    if not patterns:
        return None
    import re2

    options = re2.Options()
    options.max_mem = REGEX_MEMORY
    regex_set = re2.Set.SearchSet(options)
    for rule in patterns:
        try:
            regex_set.Add(f"(?m)^(?:{rule.regex})$")
        except re2.error as error:
            raise RulesError(
                f"{rule.source}: bad regular expression {rule.regex!r}: {error}"
            ) from None
    try:
        regex_set.Compile()
    except re2.error:
        raise RulesError(
            "the regex rules are too large to compile together; "
            "write .* instead of long counted repeats such as .{0,150}"
        ) from None
    return regex_set


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
    """The bundled rules, then the user's files (their rules named ``FILE.txt:LINE``)."""
    if isinstance(extra, str | PathLike):
        extra = [extra]
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
        rules.extend(parse_rules(text, path.name))
    return RuleSet.from_rules(rules)
