"""The bundled noise rules (cleantext/rules/*.txt), checked against lines kept as data.

tests/data/noise_lines/<lang>.txt holds, under ``[remove]``, lines a rule must drop and, under
``[keep]``, real article sentences and headings that look like noise and must stay. Every line
is checked against ALL the bundled rules, as the pipeline does: a German rule must not drop an
English sentence either.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

try:
    from cleantext import rules as rules_module
except ModuleNotFoundError:  # not installed: use the source tree this file sits in
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from cleantext import rules as rules_module

import re2

RulesError = rules_module.RulesError
line_key = rules_module.line_key
load_rules = rules_module.load_rules
parse_rules = rules_module.parse_rules

ROOT = Path(__file__).resolve().parents[1]
RULES_DIR = ROOT / "cleantext" / "rules"
DATA_DIR = Path(__file__).resolve().parent / "data" / "noise_lines"
LANGUAGES = ("en", "uk", "ru", "de", "fr", "es", "it", "pt", "pl", "zh")
CATEGORIES = {
    "ad",
    "reading-time",
    "share",
    "cookie",
    "subscribe",
    "sign-in",
    "read-more",
    "photo-credit",
    "copyright",
}
MIN_LINES = {"en": 25}
MIN_LINES_DEFAULT = 15


def _read_lines(lang: str) -> dict[str, list[str]]:
    """The ``[remove]`` and ``[keep]`` lines of one data file (``#`` starts a comment line)."""
    sections: dict[str, list[str]] = {"remove": [], "keep": []}
    current: list[str] | None = None
    path = DATA_DIR / f"{lang}.txt"
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line in ("[remove]", "[keep]"):
            current = sections[line[1:-1]]
            continue
        if current is None:
            raise AssertionError(f"{path.name}:{number}: line before [remove] or [keep]")
        current.append(line)
    return sections


DATA = {lang: _read_lines(lang) for lang in LANGUAGES}
REMOVE = [(lang, line) for lang in LANGUAGES for line in DATA[lang]["remove"]]
KEEP = [(lang, line) for lang in LANGUAGES for line in DATA[lang]["keep"]]


def _bundled_files() -> list[Path]:
    return sorted(RULES_DIR.glob("*.txt"))


def _bundled_rules() -> list[rules_module.Rule]:
    found = []
    for path in _bundled_files():
        found.extend(parse_rules(path.read_text(encoding="utf-8"), path.stem))
    return found


def _regex_rules() -> list[rules_module.Rule]:
    return [rule for rule in _bundled_rules() if rule.pattern.startswith("re:")]


def _source(rule: rules_module.Rule) -> str:
    return rule.pattern[3:].strip()


@pytest.fixture(scope="module")
def ruleset() -> rules_module.RuleSet:
    return load_rules()


@pytest.mark.parametrize(("lang", "line"), REMOVE, ids=[f"{lang}:{line}" for lang, line in REMOVE])
def test_noise_line_is_removed(ruleset: rules_module.RuleSet, lang: str, line: str) -> None:
    assert ruleset.match(line) is not None, f"no rule matches {line_key(line)!r}"


@pytest.mark.parametrize(("lang", "line"), KEEP, ids=[f"{lang}:{line}" for lang, line in KEEP])
def test_article_line_is_kept(ruleset: rules_module.RuleSet, lang: str, line: str) -> None:
    rule = ruleset.match(line)
    assert rule is None, f"{line_key(line)!r} matched {rule.describe()}: {rule.pattern!r}"


_ALL_LINES = [line for _, line in REMOVE + KEEP]


@settings(
    max_examples=settings.default.max_examples * 4 // 3,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_ALL_LINES),
            st.sampled_from(["", "Share | Tweet | Email", "AD", "x" * 300, "Ok | fine"]),
            st.text(max_size=30),
        ),
        max_size=40,
    )
)
def test_a_page_at_once_matches_as_each_line_alone(
    ruleset: rules_module.RuleSet, texts: list[str]
) -> None:
    """match_lines searches the joined page and halves it: the answer must be line by line's."""
    singles = [ruleset.match_lines([text])[0] for text in texts]
    assert ruleset.match_lines(texts) == singles
    assert [ruleset.match(text) for text in texts] == singles


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_rules_and_enough_test_lines(lang: str) -> None:
    assert (RULES_DIR / f"{lang}.txt").is_file()
    least = MIN_LINES.get(lang, MIN_LINES_DEFAULT)
    assert len(DATA[lang]["remove"]) >= least
    assert len(DATA[lang]["keep"]) >= least


def test_bundled_rule_files_are_listed() -> None:
    assert rules_module.bundled_rule_files() == [path.name for path in _bundled_files()]
    assert {name[:-4] for name in rules_module.bundled_rule_files()} >= set(LANGUAGES)


@pytest.mark.parametrize("path", _bundled_files(), ids=lambda path: path.stem)
def test_bundled_file_parses_with_sources_and_categories(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found = parse_rules(text, path.stem)
    assert found
    for rule in found:
        assert rule.category in CATEGORIES, rule
        match = re.fullmatch(rf"{re.escape(path.stem)}:(\d+)", rule.source)
        assert match, rule
        written = lines[int(match.group(1)) - 1].strip()
        if rule.pattern.startswith("re:"):
            assert written == rule.pattern
        else:
            assert line_key(written) == rule.pattern
    assert {rule.category for rule in found} == CATEGORIES


@pytest.mark.parametrize("path", _bundled_files(), ids=lambda path: path.stem)
def test_bundled_literals_are_written_normalised_and_once(path: Path) -> None:
    seen: dict[str, str] = {}
    for rule in parse_rules(path.read_text(encoding="utf-8"), path.stem):
        if rule.pattern.startswith("re:"):
            continue
        assert rule.pattern not in seen, f"{rule.source} repeats {seen.get(rule.pattern)}"
        seen[rule.pattern] = rule.source
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        entry = raw.strip()
        if not entry or entry.startswith(("#", "[", "re:")):
            continue
        # casefold() also turns "ß" into "ss": German literals may keep the "ß"
        assert line_key(entry) == entry.casefold(), f"{path.stem}:{number}: write {entry!r} so"


def _without_escapes_and_counts(source: str) -> str:
    source = re.sub(r"\\[pP](\{\w+\}|\w)", "", source)  # \pL, \p{Cyrillic}
    return re.sub(r"\{\d+(,\d*)?\}", "", re.sub(r"\\.", "", source))


@pytest.mark.parametrize("rule", _regex_rules(), ids=lambda rule: rule.source)
def test_bundled_regex_can_match_a_normalised_line(rule: rules_module.Rule) -> None:
    """Keys are case folded with every number turned into 0: a regex must be written so."""
    bare = _without_escapes_and_counts(_source(rule))
    assert bare == bare.casefold(), "upper case (or ß) never occurs in a normalised line"
    assert not re.search(r"[1-9]", bare), "digits other than 0 never occur in a normalised line"
    assert "\\d" not in _source(rule), "write 0: every number is 0 once normalised"


@pytest.mark.parametrize("rule", _regex_rules(), ids=lambda rule: rule.source)
def test_bundled_regex_compiles_alone_in_re2(rule: rules_module.Rule) -> None:
    """Each rule is valid RE2 on its own, so an error in the set always names its line."""
    re2.compile(_source(rule))


def _adversarial_lines(source: str) -> list[str]:
    """200-character lines built to make a backtracking regex work hard."""
    letters = sorted({char for char in source if char.isalnum() or char in " .:/|,-"})
    lines = [
        "a" * 200,
        "re: " + " " * 196,
        ".:" * 100,
        "0 " * 100,
        "/" * 200,
        "©" + "a " * 99 + "!",
        "a/" * 100,
        ". " * 100,
        "x " * 99 + "!",
        "facebook " * 22 + "!",
    ]
    for char in letters:
        lines.append(char * 199 + "!")
    words = re.findall(r"[^\W\d_]{2,}", re.sub(r"\\[pP](\{\w+\}|\w)", "", source))
    for word in dict.fromkeys(words):
        lines.append(((word + " ") * 200)[:199] + "!")
        lines.append(((word + "/") * 200)[:199] + "!")
    return lines


@pytest.mark.parametrize("rule", _regex_rules(), ids=lambda rule: rule.source)
def test_bundled_regex_runs_in_linear_time_on_adversarial_lines(rule: rules_module.Rule) -> None:
    pattern = re2.compile(_source(rule))
    slowest = 0.0
    for line in _adversarial_lines(_source(rule)):
        for text in (line, line_key(line)):
            start = time.perf_counter()
            pattern.fullmatch(text)
            slowest = max(slowest, time.perf_counter() - start)
    # RE2 is linear by construction; this guards against a change of engine
    assert slowest < 0.5


def test_whole_ruleset_is_fast_on_adversarial_lines(ruleset: rules_module.RuleSet) -> None:
    lines = [
        "a" * 200,
        "re: " + " " * 196,
        ".:" * 100,
        "0 " * 100,
        "阅读" * 100,
        "相关阅读\uff1a" * 40,
    ]
    start = time.perf_counter()
    for line in lines:
        ruleset.match(line)
    assert time.perf_counter() - start < 2.0


def test_user_rules_file_adds_rules(tmp_path: Path) -> None:
    extra = tmp_path / "mysite.txt"
    extra.write_text(
        "# my site\n[ad]\nWerbeblock Ende\n\n[share]\nre: teile (das|dies) mit .+\n",
        encoding="utf-8",
    )
    bundled = load_rules()
    ruleset = load_rules([extra])
    assert len(ruleset) == len(bundled) + 2
    rule = ruleset.match("— WERBEBLOCK ENDE —")
    assert rule is not None
    assert (rule.category, rule.source) == ("ad", "mysite.txt:3")
    rule = ruleset.match("Teile das mit Freunden")
    assert rule is not None
    assert (rule.category, rule.source) == ("share", "mysite.txt:6")
    assert bundled.match("Werbeblock Ende") is None
    assert len(load_rules(str(extra))) == len(ruleset)  # one path, not a list of characters


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("[ad]\nre: (unclosed\n", "broken.txt:2"),
        ("# a comment\n\nrule before a section\n[ad]\nad\n", "broken.txt:3"),
        ("[share]\nshare\n[ad]\nre: a{2,1}\n", "broken.txt:4"),
        ("[ad]\n———\n", "broken.txt:2"),
        ("[ad]\nre: (a)\\1\n", "broken.txt:2"),
        ("[ad]\nre: (?=a)a\n", "broken.txt:2"),
    ],
    ids=[
        "bad-regex",
        "rule-before-section",
        "bad-repeat",
        "empty-literal",
        "backreference",
        "lookahead",
    ],
)
def test_malformed_user_rules_file_names_file_and_line(
    tmp_path: Path, text: str, where: str
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=re.escape(where)):
        load_rules([broken])


def test_unreadable_user_rules_file_raises_rules_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(RulesError, match=re.escape(str(missing))):
        load_rules([missing])
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"[ad]\n\xff\xfe\xfa\n")
    with pytest.raises(RulesError, match=re.escape(str(binary))):
        load_rules([binary])
