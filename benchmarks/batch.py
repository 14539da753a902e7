"""Batch throughput and the parent's memory: ``python benchmarks/batch.py [--pages N]``.

Builds a tree of N pages in a temporary directory, from the text dumps of
``../shared/eval/body/pages.jsonl.gz`` (or under ``$CLEANTEXT_EVAL``) when it is there (real
pages, ~7 KB each), else from the pages in ``fixtures/`` (small ones), and says which; each copy
gets one unique line so no two pages are alike, and pages go in one directory per site. Then
it times ``cleantext batch`` on the same tree with ``-j1``, ``-j2``, ``-j2 --site-boilerplate``
and the Dask engine (a two-worker local cluster of processes, started once outside the
timing), and reports the median of several runs and the load average around them.

Memory: the parent's peak (``ru_maxrss``, and ``tracemalloc``'s peak of Python allocations) for
a run over F files and over 10 F, each in a fresh process, to show it does not grow with the
number of files.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from _eval import EVAL as EVAL_DIR  # ../shared/eval, or $CLEANTEXT_EVAL

ROOT = Path(__file__).resolve().parent.parent
EVAL = EVAL_DIR / "body" / "pages.jsonl.gz"
FIXTURES = ROOT / "fixtures"


def source_pages() -> tuple[list[tuple[str, str]], str]:
    """(site, text) of every source page, and where they came from."""
    if EVAL.exists():
        with gzip.open(EVAL, "rt", encoding="utf-8") as stream:
            pages = [json.loads(line) for line in stream]
        found = [(urlsplit(p["url"]).hostname or "unknown", p["text_dump"]) for p in pages]
        return found, f"{len(found)} text dumps of {EVAL}"
    from cleantext.normalisers.decode import decode_bytes

    found = [("fixtures", decode_bytes(p.read_bytes())[0]) for p in sorted(FIXTURES.glob("*.txt"))]
    return found, f"{len(found)} pages of fixtures/ ({EVAL} is absent)"


def build_tree(root: Path, count: int, pages: list[tuple[str, str]], per_dir: int = 0) -> int:
    """``count`` pages under ``root``; returns their total size in bytes."""
    size = 0
    for index in range(count):
        site, text = pages[index % len(pages)]
        folder = f"d{index // per_dir:04d}" if per_dir else site
        path = root / folder / f"page-{index:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = (text + f"\nFiled as story {index} of the benchmark.\n").encode("utf-8")
        path.write_bytes(data)
        size += len(data)
    return size


def timed(options: object) -> float:
    from cleantext.batch import run_batch

    started = time.perf_counter()
    summary = run_batch(options)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - started
    assert summary.failed == 0, summary
    return elapsed


def throughput(tree: Path, work: Path, count: int, size: int, runs: int) -> list[list[str]]:
    from distributed import LocalCluster

    from cleantext.batch import BatchOptions, SiteOptions

    rows = []
    started = time.perf_counter()
    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    cluster_start = time.perf_counter() - started
    setups = [
        ("local -j1", {"jobs": 1}),
        ("local -j2", {"jobs": 2}),
        ("local -j2 --site-boilerplate", {"jobs": 2, "site": SiteOptions()}),
        ("dask, 2 worker processes", {"engine": "dask", "scheduler": cluster.scheduler_address}),
    ]
    medians = {}
    try:
        for name, extra in setups:
            times = []
            for run in range(runs):
                out = work / f"{name.replace(' ', '_')}-{run}"
                times.append(timed(BatchOptions(tree, out, force=True, **extra)))  # type: ignore[arg-type]
            medians[name] = median = statistics.median(times)
            rows.append(
                [
                    name,
                    str(runs),
                    f"{median:.2f}",
                    f"{count / median:,.0f}",
                    f"{size / median / 1e6:.2f}",
                    f"{min(times):.2f}-{max(times):.2f}",
                ]
            )
    finally:
        cluster.close()
    rows.append(
        ["-j2 / -j1", "", "", f"{medians['local -j1'] / medians['local -j2']:.2f}x", "", ""]
    )
    rows.append(["dask cluster start (not timed above)", "", f"{cluster_start:.2f}", "", "", ""])
    return rows


def memory_child(tree: str, out: str, traced: bool) -> None:
    """Runs in a fresh process: one batch, then the parent's peak memory as JSON on stdout."""
    import tracemalloc

    from cleantext.batch import BatchOptions, run_batch

    if traced:
        tracemalloc.start()
    summary = run_batch(BatchOptions(Path(tree), Path(out), jobs=2))
    peak = tracemalloc.get_traced_memory()[1] if traced else 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    print(json.dumps({"pages": summary.pages, "rss": rss, "traced_peak": peak}))


def memory(work: Path, files: int, pages: list[tuple[str, str]]) -> list[list[str]]:
    rows = []
    for count in (files, files * 10):
        tree = work / f"mem-{count}"
        build_tree(tree, count, pages, per_dir=200)
        figures = {}
        for traced in (False, True):
            out = work / f"mem-out-{count}-{traced}"
            args = [sys.executable, __file__, "--memory-child", str(tree), str(out)]
            proc = subprocess.run(
                [*args, *(["--traced"] if traced else [])],
                capture_output=True,
                text=True,
                check=True,
            )
            figures.update({k: v for k, v in json.loads(proc.stdout).items() if v or k == "pages"})
        rows.append(
            [
                f"{count:,}",
                f"{figures['rss'] / 2**20:.1f}",
                f"{figures['traced_peak'] / 2**20:.2f}",
            ]
        )
    return rows


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * width for width in widths))
    for row in rows:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3000, help="pages in the timed tree")
    parser.add_argument("--runs", type=int, default=3, help="runs per engine (median)")
    parser.add_argument("--memory-files", type=int, default=1000, help="F: F and 10 F files")
    parser.add_argument("--memory-child", nargs=2, metavar=("TREE", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(*args.memory_child, traced=args.traced)
        return
    pages, origin = source_pages()
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory(prefix="cleantext-bench-") as temporary:
        work = Path(temporary)
        size = build_tree(work / "tree", args.pages, pages)
        print(f"tree: {args.pages:,} pages ({size / 1e6:.1f} MB) from {origin}; {cores} cores")
        load = os.getloadavg()[0]
        print()
        header = ["engine", "runs", "median s", "pages/s", "MB/s", "range s"]
        print(table(header, throughput(work / "tree", work, args.pages, size, args.runs)))
        # Other processes on the machine skew -j2 most: say how busy it was.
        print(f"load average (1 min) before: {load:.2f}, after: {os.getloadavg()[0]:.2f}")
        print()
        print("the parent's peak memory, local -j2, the same pages, 200 files a directory")
        header = ["files", "ru_maxrss MB", "tracemalloc peak MB"]
        print(table(header, memory(work, args.memory_files, pages)))


if __name__ == "__main__":  # the worker pool re-imports this module: start work only here
    main()
