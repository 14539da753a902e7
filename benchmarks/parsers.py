"""HTML parsers side by side on the development pages: what the html step's parser was chosen by.

    python benchmarks/parsers.py            # docs/s: parse, and parse + a block walk
    python benchmarks/parsers.py --nesting  # also time per nesting depth (the lexbor guard)

For each parser (beautifulsoup4 with the lxml builder, lxml.html, selectolax's lexbor), over the
``html`` of every page in ``../shared/eval/body/pages.jsonl.gz``, in this process, by CPU time:
parsing alone, and parsing plus the same simple walk (one line of text per block element,
scripts and styles skipped: the core of what the html step does), and how many characters of
text each finds (so a fast parser that loses text would show). ``--nesting`` times each on
pages of nested ``<div>``s, where lexbor alone grows quadratically (hence
``cleantext/markup/nesting.py``) and libxml2 (lxml, bs4's lxml builder) stops reading at depth
256 and loses the rest of the page.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable

from _eval import pages

BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol table tr td th section article main header footer nav "
    "aside blockquote pre dd dt dl figure figcaption form br hr body".split()
)
SKIPPED = frozenset("script style noscript template svg iframe head".split())


def _line(parts: list[str], out: list[str]) -> None:
    text = " ".join("".join(parts).split())
    if text:
        out.append(text)
    parts.clear()


def bs4_parse(html: str) -> object:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml")


def bs4_walk(html: str) -> list[str]:
    from bs4 import BeautifulSoup, NavigableString

    out: list[str] = []
    parts: list[str] = []
    for node in BeautifulSoup(html, "lxml").descendants:
        if type(node) is NavigableString:
            if not any(parent.name in SKIPPED for parent in node.parents):
                parts.append(str(node))
        elif getattr(node, "name", None) in BLOCKS:
            _line(parts, out)
    _line(parts, out)
    return out


def lxml_parse(html: str) -> object:
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8")
    return lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)


def lxml_walk(html: str) -> list[str]:
    out: list[str] = []
    parts: list[str] = []

    def walk(element: object) -> None:
        for child in element:  # type: ignore[attr-defined]
            tag = child.tag
            if isinstance(tag, str) and tag not in SKIPPED:
                block = tag in BLOCKS
                if block:
                    _line(parts, out)
                if child.text:
                    parts.append(child.text)
                walk(child)
                if block:
                    _line(parts, out)
            if child.tail:
                parts.append(child.tail)

    walk(lxml_parse(html))  # libxml2 caps depth at 256: the recursion is bounded
    _line(parts, out)
    return out


def lexbor_parse(html: str) -> object:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(html)


def lexbor_walk(html: str) -> list[str]:
    from selectolax.lexbor import LexborHTMLParser

    out: list[str] = []
    parts: list[str] = []
    stack: list[object] = []
    node = LexborHTMLParser(html).root
    while node is not None:
        tag = node.tag
        descend = False
        if tag == "-text":
            parts.append(node.text_content or "")
        elif tag not in SKIPPED and tag[0] not in "-_!":
            if tag in BLOCKS:
                _line(parts, out)
            descend = node.first_child is not None
        if descend:
            stack.append(node)
            node = node.first_child
            continue
        while node is not None:
            if node.next is not None:
                node = node.next
                break
            node = stack.pop() if stack else None
            if node is not None and node.tag in BLOCKS:
                _line(parts, out)
    _line(parts, out)
    return out


PARSERS: dict[str, tuple[Callable[[str], object], Callable[[str], list[str]]]] = {
    "bs4 + lxml": (bs4_parse, bs4_walk),
    "lxml.html": (lxml_parse, lxml_walk),
    "selectolax (lexbor)": (lexbor_parse, lexbor_walk),
}


def docs_per_second(run: Callable[[str], object], htmls: list[str]) -> float:
    run(htmls[0])
    start = time.process_time()
    for html in htmls:
        run(html)
    return len(htmls) / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nesting", action="store_true", help="also time nested <div>s")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")  # bs4 warns about XML-looking pages
    htmls = [page["html"] for page in pages("body/pages.jsonl.gz")]
    print(f"{len(htmls)} pages, CPU time of this process\n")
    print(f"{'parser':22} {'parse docs/s':>13} {'parse+walk docs/s':>18} {'text chars':>11}")
    for name, (parse, walk) in PARSERS.items():
        characters = sum(sum(map(len, walk(html))) for html in htmls)
        print(
            f"{name:22} {docs_per_second(parse, htmls):13.0f} "
            f"{docs_per_second(walk, htmls):18.0f} {characters:11,}"
        )
    if args.nesting:
        print(f"\n{'nested <div>s':22}", *(f"{depth:>9,}" for depth in (1000, 3000, 10000)))
        for name, (_, walk) in PARSERS.items():
            times = []
            for depth in (1000, 3000, 10000):
                page = "<html><body>" + "<div>" * depth + "deep" + "</div>" * depth + "<p>end</p>"
                start = time.process_time()
                found = walk(page)
                times.append(f"{(time.process_time() - start) * 1000:7.1f}ms")
            print(f"{name:22}", *times, "" if found[-1:] == ["end"] else "(loses the rest)")


if __name__ == "__main__":
    main()
