"""The command line around the batch: the group, its default command, help, start-up cost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from batch_support import make_pages
from click.testing import CliRunner

from cleantext.cli import main

NATO = Path(__file__).parent.parent / "fixtures" / "nato-ministers-2024-10-17.txt"
TITLE = "NATO defence ministers to discuss strengthening deterrence, assistance to Ukraine"


def test_a_file_named_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("batch").write_bytes(NATO.read_bytes())
    for args in (["--", "batch"], ["./batch"], ["--format", "json", "batch"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (args, result.output)
        assert TITLE in result.output
    result = CliRunner().invoke(main, ["batch"])  # the subcommand, which wants IN and OUT
    assert result.exit_code == 2
    assert "Missing argument 'IN'" in result.output


def test_help() -> None:
    help_text = CliRunner().invoke(main, ["batch", "--help"]).output
    assert help_text.startswith("Usage: cleantext batch [OPTIONS] IN OUT")
    assert "Examples:" in help_text
    assert "cleantext batch corpus.jsonl.gz clean.jsonl" in help_text
    top = CliRunner().invoke(main, ["--help"]).output
    assert top.startswith("Usage: cleantext [OPTIONS] [FILE]...")
    assert "cleantext batch pages/ clean/" in top
    assert "cleantext -- batch" in top


def test_the_filter_imports_nothing_of_the_batch() -> None:
    """Start-up: the stdin filter never imports the pool, the progress bar or Dask."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cleantext"],
        input=NATO.read_bytes(),
        capture_output=True,
    )
    assert proc.returncode == 0
    assert TITLE in proc.stdout.decode()
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.decode().splitlines()}
    heavy = {"tqdm", "dask", "distributed", "multiprocessing", "concurrent.futures"}
    assert not heavy & imported
    assert not [name for name in imported if name.startswith("cleantext.batch")]


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 5)
    quiet = CliRunner().invoke(main, ["batch", "-j1", str(tmp_path / "in"), str(tmp_path / "a")])
    assert quiet.exit_code == 0
    assert "\r" not in quiet.output and "pages/s]" not in quiet.output
    args = ["batch", "-j1", "--progress", str(tmp_path / "in"), str(tmp_path / "b")]
    shown = CliRunner().invoke(main, args)
    assert shown.exit_code == 0
    assert "cleaning: 100%" in shown.output and "5/5" in shown.output and "pages/s]" in shown.output


def test_site_boilerplate_progress_has_two_passes(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 6)
    args = ["batch", "-j1", "--progress", "--site-boilerplate"]
    result = CliRunner().invoke(main, [*args, str(tmp_path / "in"), str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "counting lines: 100%" in result.output and "cleaning: 100%" in result.output
    assert "site boilerplate: 0 lines on 0 sites" in result.output  # one site of 6 pages
