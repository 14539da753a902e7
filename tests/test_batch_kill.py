"""A real ``cleantext batch`` process killed with SIGKILL mid-way, then run again.

The resumed run must end with exactly the bytes of an uninterrupted run, and leave no
temporary file behind. The kill takes the batch's whole process group (the parent, its fork
server and its workers), as a crash of the machine or the OOM killer would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from batch_support import make_pages, snapshot

from cleantext.batch.atomic import TEMP_SUFFIX

PAGES = 300


def command(source: Path, target: Path) -> list[str]:
    return [sys.executable, "-m", "cleantext", "batch", "-j", "2", str(source), str(target)]


def tree_progress(target: Path) -> int:
    return sum(1 for _ in target.rglob("*.txt.json")) if target.exists() else 0


def jsonl_progress(target: Path) -> int:
    # The first checkpoint: some pages are committed, the rest are not.
    return PAGES // 10 if target.with_name(target.name + ".checkpoint").exists() else 0


@pytest.mark.parametrize(
    ("out_name", "progress"),
    [("out", tree_progress), ("out.jsonl", jsonl_progress)],
    ids=["tree", "jsonl"],
)
def test_killed_run_resumes_to_identical_outputs(
    tmp_path: Path, out_name: str, progress: Callable[[Path], int]
) -> None:
    source = tmp_path / "in"
    make_pages(source, PAGES, heavy=3)
    reference = tmp_path / "ref" / out_name
    done = subprocess.run(command(source, reference), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

    target = tmp_path / "run" / out_name
    proc = subprocess.Popen(
        command(source, target),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the kill reaches every process of it
    )
    try:
        deadline = time.monotonic() + 60
        while progress(target) < PAGES // 10 and proc.poll() is None:
            assert time.monotonic() < deadline, "the batch made no progress"
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the batch ended before it could be killed"
    finished = tree_progress(target) if out_name == "out" else 0
    assert finished < PAGES  # killed mid-way
    assert not target.with_name(out_name).is_file() or out_name == "out"

    resumed = subprocess.run(command(source, target), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert "done before" in resumed.stderr
    skipped = int(resumed.stderr.split("; ")[-1].split()[0].replace(",", ""))
    assert skipped > 0  # it did resume rather than start again
    assert snapshot(target.parent) == snapshot(reference.parent)
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.endswith((TEMP_SUFFIX, ".partial"))]
    assert leftovers == []
    assert not target.with_name(target.name + ".checkpoint").exists()
