"""Golden fixtures: every ``fixtures/NAME.txt|.html`` cleaned must give ``NAME.expected.json``.

An expected file holds ``title`` (str or null), ``timestamp`` (ISO 8601 or null, with the offset
when the page printed one), ``body`` (paragraphs joined by one blank line) and ``note`` (what the
fixture checks). The expected values were written by hand as the correct answer; see
``fixtures/README.md``.
"""

from __future__ import annotations

import difflib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import cleantext

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXPECTED_SUFFIX = ".expected.json"
INPUT_SUFFIXES = (".txt", ".html")
NOT_FIXTURES = {"README.md"}
FIELDS = ("title", "timestamp", "body")


def _name(expected: Path) -> str:
    return expected.name[: -len(EXPECTED_SUFFIX)]


def _expected_files() -> list[Path]:
    return sorted(FIXTURES.glob("*" + EXPECTED_SUFFIX))


def _inputs_for(name: str) -> list[Path]:
    return [FIXTURES / (name + s) for s in INPUT_SUFFIXES if (FIXTURES / (name + s)).is_file()]


def _load(expected: Path) -> dict[str, Any]:
    spec = json.loads(expected.read_text(encoding="utf-8"))
    assert isinstance(spec, dict), f"{expected.name}: not a JSON object"
    return spec


def _body_diff(expected: str, actual: str) -> str:
    """A unified diff over paragraphs, each shown with repr() so invisible characters show."""
    exp = [repr(p) for p in expected.split("\n\n")] if expected else []
    act = [repr(p) for p in actual.split("\n\n")] if actual else []
    lines = difflib.unified_diff(exp, act, "expected body", "actual body", lineterm="", n=1)
    return "\n".join(lines)


def _report(name: str, note: str, expected: dict[str, Any], actual: dict[str, Any]) -> str:
    out = [f"fixture {name!r} does not match its expected output", f"  checks: {note}"]
    for field in ("title", "timestamp"):
        if expected[field] != actual[field]:
            out.append(f"  {field}: expected {expected[field]!r}")
            out.append(f"  {' ' * len(field)}    actual {actual[field]!r}")
    if expected["body"] != actual["body"]:
        out.append("  body differs (one paragraph a line, -expected +actual):")
        diff = _body_diff(expected["body"], actual["body"])
        out.extend("    " + line for line in diff.split("\n"))
    return "\n".join(out)


@pytest.mark.parametrize("expected_path", _expected_files(), ids=_name)
def test_fixture(expected_path: Path) -> None:
    name = _name(expected_path)
    inputs = _inputs_for(name)
    assert len(inputs) == 1, f"{name}: expected exactly one input (.txt or .html), found {inputs}"
    spec = _load(expected_path)

    doc = cleantext.clean(inputs[0].read_bytes())

    actual = {
        "title": doc.title,
        "timestamp": doc.timestamp.isoformat() if doc.timestamp is not None else None,
        "body": doc.body,
    }
    expected = {field: spec[field] for field in FIELDS}
    if actual != expected:
        pytest.fail(_report(name, spec.get("note", ""), expected, actual), pytrace=False)


def test_every_input_has_an_expected_file_and_vice_versa() -> None:
    expected_names = {_name(p) for p in _expected_files()}
    inputs: dict[str, list[str]] = {}
    strays = []
    for path in sorted(FIXTURES.iterdir()):
        if path.name in NOT_FIXTURES or path.name.endswith(EXPECTED_SUFFIX):
            continue
        if path.suffix in INPUT_SUFFIXES:
            inputs.setdefault(path.stem, []).append(path.name)
        else:
            strays.append(path.name)
    assert not strays, f"files in fixtures/ that are neither input nor expected: {strays}"
    assert not {n: f for n, f in inputs.items() if len(f) > 1}, "a NAME with both .txt and .html"
    assert sorted(set(inputs) - expected_names) == [], "inputs without NAME.expected.json"
    assert sorted(expected_names - set(inputs)) == [], "expected files without an input"
    assert len(expected_names) >= 22


@pytest.mark.parametrize("expected_path", _expected_files(), ids=_name)
def test_expected_file_is_well_formed(expected_path: Path) -> None:
    spec = _load(expected_path)
    assert set(spec) == {*FIELDS, "note"}, f"keys: {sorted(spec)}"
    assert spec["title"] is None or (isinstance(spec["title"], str) and spec["title"].strip())
    if spec["timestamp"] is not None:
        parsed = datetime.fromisoformat(spec["timestamp"])
        assert parsed.isoformat() == spec["timestamp"], "timestamp not in isoformat() form"
    body = spec["body"]
    assert isinstance(body, str)
    assert all(p and p == p.strip() and "\n" not in p for p in body.split("\n\n")), "paragraphs"
    assert isinstance(spec["note"], str) and spec["note"].strip()
