"""Title and timestamp on the development pages: cleantext beside trafilatura and htmldate.

    python benchmarks/fields.py                 # by source
    python benchmarks/fields.py --by lang

Runs ``clean()`` on the ``text_dump`` and on the ``html`` (with ``url``) of every page in
``../shared/eval/meta/pages.jsonl.gz``, writes the predictions to ``benchmarks/out/`` and scores
them with ``../shared/eval/meta/score.py``. When trafilatura and htmldate are installed
(``pip install '.[bench]'``) they run on the same HTML in the same process. Prints docs/s.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable

from _eval import EVAL, OUT, pages, write_jsonl

import cleantext

Prediction = dict[str, str | None]


def cleantext_text(page: dict) -> Prediction:
    doc = cleantext.clean(page["text_dump"], input="text", url=page.get("url"))
    return {"title": doc.title, "timestamp": doc.timestamp.isoformat() if doc.timestamp else None}


def cleantext_html(page: dict) -> Prediction:
    doc = cleantext.clean(page["html"], input="html", url=page.get("url"))
    return {"title": doc.title, "timestamp": doc.timestamp.isoformat() if doc.timestamp else None}


def trafilatura_html(page: dict) -> Prediction:
    import trafilatura

    meta = trafilatura.extract_metadata(page["html"], default_url=page.get("url"))
    return {"title": meta.title if meta else None, "timestamp": meta.date if meta else None}


def htmldate_html(page: dict) -> Prediction:
    from htmldate import find_date

    found = find_date(page["html"], url=page.get("url"), outputformat="%Y-%m-%d")
    return {"title": None, "timestamp": found}


def predict(name: str, extract: Callable[[dict], Prediction], corpus: list[dict]) -> str:
    start = time.perf_counter()
    records = []
    for page in corpus:
        try:
            records.append({"id": page["id"], **extract(page)})
        except Exception as error:  # an anchor's failure on one page is a miss, not a crash
            records.append({"id": page["id"], "title": None, "timestamp": None})
            print(f"  {name}: {page['id']}: {type(error).__name__}: {error}", file=sys.stderr)
    seconds = time.perf_counter() - start
    print(f"\n## {name}: {len(corpus) / seconds:.1f} docs/s")
    return str(write_jsonl(OUT / f"fields-{name}.jsonl", records))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--by", default="source", help="source | lang | gold_kind")
    args = parser.parse_args()
    corpus = list(pages("meta/pages.jsonl.gz"))
    systems: list[tuple[str, Callable[[dict], Prediction]]] = [
        ("cleantext-text", cleantext_text),
        ("cleantext-html", cleantext_html),
    ]
    try:
        import htmldate  # noqa: F401
        import trafilatura  # noqa: F401

        systems += [("trafilatura-html", trafilatura_html), ("htmldate-html", htmldate_html)]
    except ImportError:
        print("(trafilatura/htmldate not installed: pip install '.[bench]' to compare)")
    for name, extract in systems:
        path = predict(name, extract, corpus)
        score = [sys.executable, str(EVAL / "meta" / "score.py"), path, "--by", args.by]
        subprocess.run(score, check=True)


if __name__ == "__main__":
    main()
