"""The cleantext command: formats, explain, errors and exit statuses."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleantext import __version__
from cleantext.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures"
NATO = FIXTURES / "nato-ministers-2024-10-17.txt"
TITLE = "NATO defence ministers to discuss strengthening deterrence, assistance to Ukraine"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


def test_text_output_on_stdin() -> None:
    result = run(stdin=NATO.read_bytes())
    assert result.exit_code == 0
    head, _, body = result.output.partition("\n\n")
    assert head == f"{TITLE}\n2024-10-17T10:22:00"
    assert body.startswith("NATO defence ministers will hold a meeting")
    assert body.endswith("Rustem Umerov.\n")


def test_dash_means_stdin() -> None:
    assert run("-", stdin=b"Hello there.\n").output == "Hello there.\n"


def test_json_output() -> None:
    result = run("--format", "json", str(NATO))
    data = json.loads(result.output)
    assert (data["title"], data["timestamp"]) == (TITLE, "2024-10-17T10:22:00")
    assert data["source"] == str(NATO)


def test_jsonl_output_one_line_per_file(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Just one paragraph of text.\n", encoding="utf-8")
    result = run("--format", "jsonl", str(NATO), str(other))
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["source"] for r in records] == [str(NATO), str(other)]
    assert records[1]["body"] == "Just one paragraph of text."


def test_explain_names_the_rule_of_every_removed_line() -> None:
    result = run("--explain", str(NATO))
    assert result.exit_code == 0
    lines = result.output.splitlines()
    removed = [line for line in lines if line.startswith("-  ")]
    assert len(removed) == 6  # 3 min read, the second title, AD x4
    assert all("   <- " in line for line in removed)
    assert any(line.startswith("-  3 min read   <- noise: reading-time [en:") for line in removed)
    assert f"-  {TITLE}   <- dedupe: title printed twice" in lines
    assert sum(line.startswith("-  AD   <- noise: ad [en:") for line in lines) == 4
    assert lines[0] == "D  10:22 17.10.2024   <- fields: timestamp"
    assert "\x1b[" not in result.output  # no colour when not a terminal


def test_explain_and_format_are_exclusive() -> None:
    result = run("--explain", "--format", "json", str(NATO))
    assert result.exit_code == 2
    assert "cannot be combined" in result.output


def test_rules_option(tmp_path: Path) -> None:
    rules = tmp_path / "extra.txt"
    rules.write_text("[promo]\nbuy our app\n", encoding="utf-8")
    result = run("--rules", str(rules), stdin=b"Buy our app\nA sentence of the article.\n")
    assert result.output == "A sentence of the article.\n"


def test_bad_rules_file_is_a_usage_error(tmp_path: Path) -> None:
    rules = tmp_path / "bad.txt"
    rules.write_text("no section\n", encoding="utf-8")
    result = run("--rules", str(rules), stdin=b"x")
    assert result.exit_code == 2
    assert "bad.txt:1: rule before any [category] section" in result.output


def test_input_html() -> None:
    html = b"<html><body><h1>A headline for the test</h1><p>First para.</p></body></html>"
    result = run("--input", "text", stdin=html)
    assert "<h1>" in result.output
    result = run(stdin=html)
    assert result.output == "A headline for the test\n\nFirst para.\n"


def test_version_and_help() -> None:
    assert run("--version").output.strip().endswith(__version__)
    help_text = run("--help").output
    assert "Examples:" in help_text
    assert "cat page.txt | cleantext" in help_text


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: tmp, "is a directory"),
        (lambda tmp: _write(tmp / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00"), "PNG image"),
        (lambda tmp: _write(tmp / "nul.txt", b"abc\x00\x01\x02def\x00"), "NUL bytes"),
    ],
    ids=["missing", "directory", "image", "nul-bytes"],
)
def test_bad_inputs_give_one_line_and_status_1(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    result = run(str(path), str(NATO))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("cleantext: ")]
    assert errors == [f"cleantext: {path}: {errors[0].split(': ', 2)[2]}"]
    assert message in errors[0]
    assert TITLE in result.output  # the good file is still cleaned


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = _write(tmp_path / "junk.txt", bytes(range(128, 256)) * 4)
    result = run(str(path))
    assert result.exit_code == 1
    assert (
        result.output
        == f"cleantext: {path}: undecodable bytes: not UTF-8 and no text encoding fits\n"
    )


def test_empty_input_is_an_empty_document() -> None:
    result = run(stdin=b"")
    assert (result.exit_code, result.output) == (0, "")
    result = run("--format", "json", stdin=b"")
    assert json.loads(result.output)["body"] == ""


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "secret.txt", b"text")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)  # root reads a chmod-0 file anyway
    result = run(str(path))
    assert (result.exit_code, result.output) == (1, f"cleantext: {path}: permission denied\n")


def test_real_process_exit_codes_and_no_traceback(tmp_path: Path) -> None:
    """Through a real process: stderr has the message, stdout the document, no traceback."""
    missing = tmp_path / "missing.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "cleantext", str(missing)], capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert proc.stderr == f"cleantext: {missing}: no such file\n"
    proc = subprocess.run(
        [sys.executable, "-m", "cleantext", "--format", "yaml"], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
