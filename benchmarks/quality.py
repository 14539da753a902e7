"""Body quality on the development pages: cleantext beside other extractors, scored by the eval
scorer, with the speed of each.

    python benchmarks/quality.py                  # both tracks
    python benchmarks/quality.py --track text     # clean(text_dump) beside jusText
    python benchmarks/quality.py --track html     # clean(html) beside trafilatura, readability
    python benchmarks/quality.py --by-lang        # also one row per language

Text track: ``clean()`` over the ``text_dump`` of every page in
``../shared/eval/body/pages.jsonl.gz``; jusText (when installed) on the same lines given as
``<p>`` elements, as the eval README describes. HTML track: ``clean(html, input="html")`` over
the ``html`` of the same pages; trafilatura (``include_comments=False``) and readability-lxml
(when installed: ``pip install '.[bench]'``) on the same HTML in the same process. Predictions go
to ``benchmarks/out/``; precision/recall/F1 per source (and per language) come from
``../shared/eval/body/score.py``. Also printed: the pages with an empty body, and docs/s of each
system by the wall clock and by this process's CPU time (the second is steadier on a shared
machine). The systems take turns page by page, so a machine that gets busier slows them alike;
each is warmed up on one page first, so imports are not timed.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import logging
import re
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
_BLOCK_END = re.compile(
    r"</(?:p|div|h[1-6]|li|tr|td|th|dd|dt|blockquote|pre|section|article|table|ul|ol)\s*>|<br\s*/?>",
    re.IGNORECASE,
)

Extract = Callable[[dict], str]


def text_cleantext(page: dict) -> str:
    return cleantext.clean(page["text_dump"], input="text").body


def text_justext(page: dict) -> str:
    import justext

    lines = [line for line in page["text_dump"].splitlines() if line.strip()]
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    document = f"<html><body>{paragraphs}</body></html>"
    stoplist = justext.get_stoplist(JUSTEXT_LANGUAGES.get(page["lang"], "English"))
    found = justext.justext(document.encode("utf-8"), stoplist)
    return "\n\n".join(p.text for p in found if not p.is_boilerplate)


def html_cleantext(page: dict) -> str:
    return cleantext.clean(page["html"], input="html").body


def html_trafilatura(page: dict) -> str:
    import trafilatura

    return trafilatura.extract(page["html"], include_comments=False) or ""


def html_readability(page: dict) -> str:
    """readability-lxml's summary (HTML), as text: one line per block element."""
    import lxml.html
    from readability import Document

    summary = Document(page["html"]).summary(html_partial=True)
    marked = _BLOCK_END.sub(lambda end: end.group() + "\n", summary)
    return lxml.html.fromstring(marked).text_content() if marked.strip() else ""


def systems(track: str) -> list[tuple[str, Extract]]:
    """The systems of a track that are installed, cleantext first."""
    if track == "text":
        found: list[tuple[str, Extract]] = [("cleantext", text_cleantext)]
        optional = [("justext", "justext", text_justext)]
    else:
        found = [("cleantext", html_cleantext)]
        optional = [
            ("trafilatura", "trafilatura", html_trafilatura),
            ("readability", "readability", html_readability),
        ]
    for name, module, extract in optional:
        try:
            __import__(module)
        except ImportError:
            print(f"({name} not installed: pip install '.[bench]' to compare)")
        else:
            found.append((name, extract))
    return found


def predict(
    track: str, found: list[tuple[str, Extract]], corpus: list[dict]
) -> dict[str, tuple[str, float]]:
    """Run the systems over the corpus, page by page in turn (so a busy machine slows them
    alike); write each one's predictions; print its speed. Returns each system's predictions'
    path and docs/s by CPU time."""
    for _, extract in found:
        with contextlib.suppress(Exception):  # warm up: imports and lazy set-up are not measured
            extract(corpus[0])
    records: dict[str, list[dict]] = {name: [] for name, _ in found}
    wall = dict.fromkeys(records, 0.0)
    cpu = dict.fromkeys(records, 0.0)
    for page in corpus:
        for name, extract in found:
            started, started_cpu = time.perf_counter(), time.process_time()
            try:
                body = extract(page)
            except Exception as error:  # an anchor's failure on one page is a miss, not a crash
                print(f"  {name}: {page['id']}: {type(error).__name__}: {error}", file=sys.stderr)
                body = ""
            wall[name] += time.perf_counter() - started
            cpu[name] += time.process_time() - started_cpu
            records[name].append({"id": page["id"], "body": body})
    field = "text_dump" if track == "text" else "html"
    megabytes = sum(len(page[field].encode()) for page in corpus) / 1e6
    results = {}
    for name in records:
        path = write_jsonl(OUT / f"body-{track}-{name}.jsonl", records[name])
        empty = sum(1 for record in records[name] if not record["body"].strip())
        print(
            f"## {track} track, {name}: {len(corpus) / wall[name]:.1f} docs/s "
            f"({len(corpus) / cpu[name]:.1f} by CPU time), {megabytes / wall[name]:.2f} MB/s, "
            f"{empty} empty bodies"
        )
        results[name] = (str(path), len(corpus) / cpu[name])
    return results


def score(path: str, by_lang: bool) -> None:
    command = [sys.executable, str(EVAL / "body" / "score.py"), path, "--n-bootstrap", "200"]
    subprocess.run([*command, *(["--by-lang"] if by_lang else [])], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--track", choices=("text", "html", "both"), default="both")
    parser.add_argument("--by-lang", action="store_true", help="also one row per language")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # trafilatura and readability log every odd page
    corpus = list(pages("body/pages.jsonl.gz"))
    for track in ("text", "html") if args.track == "both" else (args.track,):
        print()
        results = predict(track, systems(track), corpus)
        for name, (path, _) in results.items():
            print(f"\n## {track} track, {name}")
            score(path, args.by_lang)
        speeds = {name: speed for name, (_, speed) in results.items()}
        others = {name: speed for name, speed in speeds.items() if name != "cleantext"}
        if others:
            ratios = ", ".join(f"{speeds['cleantext'] / s:.1f}x {n}" for n, s in others.items())
            print(f"\n{track} track, cleantext's speed by CPU time: {ratios}")


if __name__ == "__main__":
    main()
