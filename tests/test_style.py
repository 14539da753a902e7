"""The code base stays lint-clean and formatted, and the package docstring's example runs."""

import doctest
import subprocess
import sys
from pathlib import Path

import cleantext

ROOT = Path(__file__).parent.parent


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_check() -> None:
    result = ruff("check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = ruff("format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_docstring_example() -> None:
    assert doctest.testmod(cleantext).failed == 0


def test_typed_marker_ships() -> None:
    assert (Path(cleantext.__file__).parent / "py.typed").is_file()
