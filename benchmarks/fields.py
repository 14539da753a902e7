"""Title and timestamp on the development pages: cleantext beside trafilatura and htmldate.

    python benchmarks/fields.py                      # by source, then by language
    python benchmarks/fields.py --by lang            # one grouping
    python benchmarks/fields.py --systems cleantext  # cleantext only (text and HTML)

Runs ``clean()`` on the ``text_dump`` and on the ``html`` of every page in
``../shared/eval/meta/pages.jsonl.gz`` (with the page's ``url`` both times: a scraper holding a
text dump knows where it came from), writes the predictions to ``benchmarks/out/`` and scores
them with ``../shared/eval/meta/score.py``. When trafilatura and htmldate are installed
(``pip install '.[bench]'``) they run on the same HTML in the same process. Prints docs/s and,
last, one summary line a system beside the targets of issue 4.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable

from _eval import EVAL, OUT, pages, write_jsonl

import cleantext

Prediction = dict[str, str | None]
TARGETS = {
    "cleantext-text": {"title_em": 70, "title_relaxed": 85, "date_day": 90, "date_min": 70},
    "cleantext-html": {"title_em": 75, "title_relaxed": 90, "date_day": 94, "date_min": 75},
}
SUMMARY = ("title_em", "title_relaxed", "date_day", "date_min")


def _prediction(doc: cleantext.Document) -> Prediction:
    return {"title": doc.title, "timestamp": doc.timestamp.isoformat() if doc.timestamp else None}


def cleantext_text(page: dict) -> Prediction:
    return _prediction(cleantext.clean(page["text_dump"], input="text", url=page.get("url")))


def cleantext_html(page: dict) -> Prediction:
    return _prediction(cleantext.clean(page["html"], input="html", url=page.get("url")))


def trafilatura_html(page: dict) -> Prediction:
    import trafilatura

    meta = trafilatura.extract_metadata(page["html"], default_url=page.get("url"))
    return {"title": meta.title if meta else None, "timestamp": meta.date if meta else None}


def htmldate_html(page: dict) -> Prediction:
    from htmldate import find_date

    found = find_date(page["html"], url=page.get("url"), outputformat="%Y-%m-%d")
    return {"title": None, "timestamp": found}


def predict(
    name: str, extract: Callable[[dict], Prediction], corpus: list[dict]
) -> tuple[str, float]:
    start = time.perf_counter()
    records = []
    for page in corpus:
        try:
            records.append({"id": page["id"], **extract(page)})
        except Exception as error:  # an anchor's failure on one page is a miss, not a crash
            records.append({"id": page["id"], "title": None, "timestamp": None})
            print(f"  {name}: {page['id']}: {type(error).__name__}: {error}", file=sys.stderr)
    rate = len(corpus) / (time.perf_counter() - start)
    print(f"\n## {name}: {rate:.1f} docs/s")
    return str(write_jsonl(OUT / f"fields-{name}.jsonl", records)), rate


def score(path: str, by: str, *, as_json: bool = False) -> str:
    command = [sys.executable, str(EVAL / "meta" / "score.py"), path, "--by", by]
    if as_json:
        command.append("--json")
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--by", default="source,lang", help="groupings, comma-separated: source, lang, gold_kind"
    )
    parser.add_argument(
        "--systems",
        default="all",
        help="all (default), or cleantext: only cleantext on the text dumps and the HTML",
    )
    args = parser.parse_args()
    corpus = list(pages("meta/pages.jsonl.gz"))
    systems: list[tuple[str, Callable[[dict], Prediction]]] = [
        ("cleantext-text", cleantext_text),
        ("cleantext-html", cleantext_html),
    ]
    if args.systems == "all":
        try:
            import htmldate  # noqa: F401
            import trafilatura  # noqa: F401

            systems += [("trafilatura-html", trafilatura_html), ("htmldate-html", htmldate_html)]
        except ImportError:
            print("(trafilatura/htmldate not installed: pip install '.[bench]' to compare)")
    summary = []
    for name, extract in systems:
        path, rate = predict(name, extract, corpus)
        for by in args.by.split(","):
            print(score(path, by.strip()))
        overall = json.loads(score(path, "source", as_json=True))["ALL|ALL"]
        summary.append((name, rate, overall))
    print("\n## summary (ALL pages; targets of issue 4 in brackets)\n")
    print("| system | docs/s | " + " | ".join(SUMMARY) + " |")
    print("|---|---|" + "---|" * len(SUMMARY))
    for name, rate, overall in summary:
        cells = []
        for metric in SUMMARY:
            value = overall.get(metric)
            covered = overall.get("title_cov" if metric.startswith("title") else "date_cov")
            cell = "·" if value is None or not covered else f"{100 * value:.1f}"
            if name in TARGETS:
                cell += f" [{TARGETS[name][metric]}]"
            cells.append(cell)
        print(f"| {name} | {rate:.1f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
