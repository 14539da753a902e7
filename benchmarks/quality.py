"""Body quality on the development pages: cleantext beside jusText, scored by the eval scorer.

    python benchmarks/quality.py                # text track: clean(text_dump)
    python benchmarks/quality.py --by-lang      # also one row per language

Runs ``clean()`` over the ``text_dump`` of every page in ``../shared/eval/body/pages.jsonl.gz``,
writes the predictions to ``benchmarks/out/`` and prints precision/recall/F1 per source (and per
language) with ``../shared/eval/body/score.py``. When jusText is installed (``pip install
'.[bench]'``) it runs on the same lines given as ``<p>`` elements, as the eval README describes.
Also prints the pages with an empty body and the docs/s of each system.
"""

from __future__ import annotations

import argparse
import html
import subprocess
import sys
import time
from collections.abc import Callable

from _eval import EVAL, OUT, pages, write_jsonl

import cleantext

JUSTEXT_LANGUAGES = {
    "en": "English",
    "de": "German",
    "hr": "Croatian",
    "zh": "English",  # jusText has no Chinese stoplist; the README's reference used English
}


def run_cleantext(page: dict) -> str:
    return cleantext.clean(page["text_dump"], input="text").body


def run_justext(page: dict) -> str:
    import justext

    lines = [line for line in page["text_dump"].splitlines() if line.strip()]
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    document = f"<html><body>{paragraphs}</body></html>"
    stoplist = justext.get_stoplist(JUSTEXT_LANGUAGES.get(page["lang"], "English"))
    found = justext.justext(document.encode("utf-8"), stoplist)
    return "\n\n".join(p.text for p in found if not p.is_boilerplate)


def predict(name: str, extract: Callable[[dict], str], corpus: list[dict]) -> tuple[str, float]:
    start = time.perf_counter()
    records = [{"id": page["id"], "body": extract(page)} for page in corpus]
    seconds = time.perf_counter() - start
    path = write_jsonl(OUT / f"body-text-{name}.jsonl", records)
    empty = sum(1 for record in records if not record["body"].strip())
    megabytes = sum(len(page["text_dump"].encode()) for page in corpus) / 1e6
    print(
        f"\n## {name}: {len(corpus) / seconds:.1f} docs/s, {megabytes / seconds:.2f} MB/s, "
        f"{empty} empty bodies"
    )
    return str(path), seconds


def score(path: str, by_lang: bool) -> None:
    command = [sys.executable, str(EVAL / "body" / "score.py"), path, "--n-bootstrap", "200"]
    subprocess.run([*command, *(["--by-lang"] if by_lang else [])], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--by-lang", action="store_true", help="also one row per language")
    args = parser.parse_args()
    corpus = list(pages("body/pages.jsonl.gz"))
    systems: list[tuple[str, Callable[[dict], str]]] = [("cleantext", run_cleantext)]
    try:
        import justext  # noqa: F401

        systems.append(("justext", run_justext))
    except ImportError:
        print("(jusText not installed: pip install '.[bench]' to compare)")
    for name, extract in systems:
        path, _ = predict(name, extract, corpus)
        score(path, args.by_lang)


if __name__ == "__main__":
    main()
