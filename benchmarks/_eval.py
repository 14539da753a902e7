"""Where the development data lives, shared by the benchmark scripts.

The data is not part of the project (several sources carry no licence for redistribution): it
sits in ``../shared/eval`` beside the checkout, or wherever ``CLEANTEXT_EVAL`` points.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("CLEANTEXT_EVAL", ROOT.parent / "shared" / "eval"))
OUT = ROOT / "benchmarks" / "out"


def require(relative: str) -> Path:
    """The path of an eval file, or a clear message and exit status 2 when it is absent."""
    path = EVAL / relative
    if not path.exists():
        sys.exit(
            f"benchmark data not found: {path}\n"
            "These benchmarks use the development pages in ../shared/eval (set CLEANTEXT_EVAL "
            "to point elsewhere); a fresh clone does not have them."
        )
    return path


def pages(relative: str) -> Iterator[dict]:
    with gzip.open(require(relative), "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
