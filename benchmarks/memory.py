"""Peak memory over thousands of pages: it must stay flat, whatever the number of pages.

    python benchmarks/memory.py                 # 3,000 HTML pages
    python benchmarks/memory.py --pages 10000 --input text

Cleans the development pages (``../shared/eval/body/pages.jsonl.gz``) over and over in one
process and prints the peak resident set size (``ru_maxrss``, which counts the parser's C
memory too) after each round: flat rounds mean nothing is kept from page to page.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

from _eval import pages

import cleantext


def peak_megabytes() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--input", choices=("html", "text"), default="html")
    args = parser.parse_args()
    field = "html" if args.input == "html" else "text_dump"
    corpus = [page[field] for page in pages("body/pages.jsonl.gz")]
    print(f"corpus loaded: {peak_megabytes():.0f} MB peak RSS")
    done, start = 0, time.perf_counter()
    while done < args.pages:
        for data in corpus[: args.pages - done]:
            cleantext.clean(data, input=args.input)
        done = min(args.pages, done + len(corpus))
        print(f"{done:6,} pages: {peak_megabytes():6.1f} MB peak RSS")
    print(f"{done / (time.perf_counter() - start):.0f} pages/s")


if __name__ == "__main__":
    main()
