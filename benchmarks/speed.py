"""Speed of the text chain beside ftfy.fix_text, on the same pages, in the same run.

    python benchmarks/speed.py             # 5 rounds, medians
    python benchmarks/speed.py --rounds 9

Prints MB/s and docs/s of ``clean(text_dump, input="text")`` and of ``ftfy.fix_text`` over the
text dumps of ``../shared/eval/body/pages.jsonl.gz`` (CPU time of this process, so other load on
the machine disturbs the figures less), the time each step of the chain takes, the start-up time
of ``cleantext < page`` beside ``python -c pass``, and the peak memory of a clean() pass.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable

from _eval import ROOT, pages

import cleantext
from cleantext.page import Page


def cpu_seconds(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def median_rate(work: Callable[[], object], rounds: int) -> float:
    return statistics.median(cpu_seconds(work) for _ in range(rounds))


def step_times(texts: list[str]) -> dict[str, float]:
    pipeline = cleantext.Pipeline.default()
    totals = dict.fromkeys(pipeline.names, 0.0)
    for text in texts:
        page = Page(text, input="text")
        for step in pipeline.steps:
            start = time.process_time()
            step(page)
            totals[step.name] += time.process_time() - start
    return totals


def startup_ms(command: list[str], stdin: bytes, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = [page["text_dump"] for page in pages("body/pages.jsonl.gz")]
    megabytes = sum(len(text.encode()) for text in texts) / 1e6
    print(f"{len(texts)} pages, {megabytes:.2f} MB of text dumps; medians of {args.rounds} rounds")

    import ftfy

    cleantext.clean("warm up: rules, stoplists and the date tables load once")
    ours = median_rate(lambda: [cleantext.clean(t, input="text") for t in texts], args.rounds)
    theirs = median_rate(lambda: [ftfy.fix_text(t) for t in texts], args.rounds)
    print(f"\n{'system':<24}{'MB/s':>8}{'docs/s':>9}")
    for name, seconds in (("cleantext.clean", ours), ("ftfy.fix_text", theirs)):
        print(f"{name:<24}{megabytes / seconds:>8.2f}{len(texts) / seconds:>9.1f}")
    print(f"ratio cleantext / ftfy: {theirs / ours:.2f}x (target: at least 8x)")

    totals = step_times(texts)
    whole = sum(totals.values())
    print("\nper step (CPU s over all pages, share):")
    for name, seconds in totals.items():
        print(f"  {name:<12}{seconds:>7.3f}  {seconds / whole:>5.0%}")

    page = (ROOT / "fixtures" / "nato-ministers-2024-10-17.txt").read_bytes()
    python = startup_ms([sys.executable, "-c", "pass"], b"", args.rounds)
    ours_start = startup_ms([sys.executable, "-m", "cleantext"], page, args.rounds)
    print(
        f"\nstart-up: cleantext < page {ours_start:.0f} ms, python -c pass {python:.0f} ms "
        f"({ours_start / python:.1f}x; target: within 8x)"
    )

    tracemalloc.start()
    for text in texts:
        cleantext.clean(text, input="text")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak / 1e6:.1f} MB traced during one pass; process max RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
