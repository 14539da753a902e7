"""Hostile HTML: no crash, no hang, a clear result or a documented error.

Time is measured as a ratio against a normal page of about the same size cleaned in the same
test (CPU time of this process, the better of two runs), never against a fixed clock: the
bound says "no blow-up", whatever the machine.
"""

from __future__ import annotations

import contextlib
import os
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext import CleantextError

PARAGRAPH = (
    "<div class='story'><p>The council approved the <a href='/budget'>new budget</a> on "
    "Tuesday after a long debate in the chamber, officials said.</p>"
    "<ul><li><a href='/x'>Related story</a></li></ul></div>\n"
)
MAX_RATIO = 5.0
"""How much longer a hostile page may take than a normal page of its size."""
MAX_RATIO_TINY_BLOCKS = 10.0
"""...when the hostile page is tens of thousands of tiny blocks (every line costs the chain)."""


def normal_page(size: int) -> str:
    return f"<!DOCTYPE html><html><body><article>{PARAGRAPH * (size // len(PARAGRAPH))}</article>"


def timed(page: str) -> tuple[cleantext.Document, float]:
    """The document of an HTML page and the CPU time it took."""
    start = time.process_time()
    doc = cleantext.clean(page, input="html")
    return doc, time.process_time() - start


def normal_time(size: int) -> float:
    """CPU time for a normal page of ``size`` characters (the better of two runs)."""
    normal = normal_page(size)
    return min(timed(normal)[1] for _ in range(2))


def clean_hostile(page: str) -> tuple[cleantext.Document, float]:
    """The document of a hostile page, and its time as a ratio to a normal page's."""
    doc, seconds = timed(page)
    return doc, seconds / max(normal_time(len(page)), 1e-3)


def test_100000_nested_divs() -> None:
    page = "<html><body>" + "<div>" * 100_000 + "deep text" + "</div>" * 100_000 + "<p>after</p>"
    doc, ratio = clean_hostile(page)
    assert doc.paragraphs == ["deep text", "after"]
    assert "nesting too deep: the deepest elements were flattened" in doc.warnings
    assert ratio < MAX_RATIO


@pytest.mark.parametrize(
    "page",
    [
        "<html><body>" + "<div>" * 100_000 + "deep text",
        "<html><body>" + "<span>" * 50_000 + "<div>" * 50_000 + "deep text",
        "<html><body>" + "<blockquote>" * 50_000 + "deep text",
        "<html><body>" + "<b><i>" * 50_000 + "deep text",
        "<html><body>" + "<table><tr><td>" * 20_000 + "deep text",
        "<html><body>" + "<a href='x'>" * 50_000 + "deep text",
    ],
    ids=["divs-unclosed", "spans-then-divs", "blockquotes", "formatting", "tables", "links"],
)
def test_other_deep_nesting(page: str) -> None:
    doc, ratio = clean_hostile(page)
    assert doc.body == "deep text"
    assert ratio < MAX_RATIO


def test_an_unclosed_comment_hiding_the_page_is_closed() -> None:
    page = "<html><body><p>before</p><!-- " + "words in a comment <p>and a paragraph</p> " * 10_000
    doc, ratio = clean_hostile(page)
    assert doc.paragraphs[0] == "before"
    assert "and a paragraph" in doc.body
    assert "a comment was never closed: closed where it opens" in doc.warnings
    assert ratio < MAX_RATIO_TINY_BLOCKS


def test_an_unclosed_comment_at_the_end_stays_a_comment() -> None:
    page = normal_page(20_000) + "<!-- a short note that was never closed"
    doc = cleantext.clean(page)
    assert "short note" not in doc.body
    assert doc.body.startswith("The council approved")


def test_an_unclosed_title_does_not_swallow_the_page() -> None:
    page = "<html><head><title>A page" + "<p>Words of the article, in a paragraph.</p>" * 10_000
    doc, ratio = clean_hostile(page)
    assert "Words of the article, in a paragraph." in doc.paragraphs
    assert "a <title> was never closed: read as text" in doc.warnings
    assert ratio < MAX_RATIO_TINY_BLOCKS


def test_an_unclosed_textarea_does_not_swallow_the_page() -> None:
    page = (
        "<html><head><title>A fine title</title></head><body><form><textarea>"
        + "<p>Words of the article, in a paragraph.</p>" * 200
    )
    doc = cleantext.clean(page)
    assert "Words of the article, in a paragraph." in doc.paragraphs
    assert doc.warnings == ("a <textarea> was never closed: read as text",)


def test_a_20_megabyte_page_costs_in_proportion() -> None:
    """A book-sized page: 20 MB of long paragraphs costs about 20 times 1 MB of them."""
    sentences = "The council approved the new budget after a long debate. " * 40

    def book(size: int) -> str:
        count = size // (len(sentences) + 20)
        paragraphs = "".join(f"<p>{n}. {sentences}</p>\n" for n in range(count))
        return f"<html><body><article>{paragraphs}</article>"

    big, seconds = timed(book(20_000_000))
    small = min(timed(book(1_000_000))[1] for _ in range(2))
    assert seconds / (20 * small) < 3.0
    assert big.paragraphs[0].startswith("0. The council approved") and len(big.paragraphs) > 8000


@pytest.mark.parametrize(
    "page",
    [
        "<html><head>" + "<script>var a = '<div>' + 1;</script>" * 30_000 + "</head><body>"
        "<script>document.write('<p>x</p>')</script></body></html>",
        "<script>" + "x = 1;\n" * 100_000,
        "<style>" + "p { color: red }\n" * 100_000,
        "<html><body><noscript><p>Enable JavaScript</p></noscript><template><p>t</p></template>",
    ],
    ids=["scripts", "unclosed-script", "unclosed-style", "noscript-template"],
)
def test_a_page_of_only_scripts_is_empty(page: str) -> None:
    doc, ratio = clean_hostile(page)
    assert (doc.title, doc.timestamp, doc.body) == (None, None, "")
    assert not doc.warnings
    assert ratio < MAX_RATIO


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body><p>caf\xe9 \xff\xfe\x80\x81 bad \xc3\x28 bytes</p></body></html>",
        b"<html><head><meta charset='utf-8'></head><body><p>\xff\xfe\xfd\xfc</p>",
        b"<html><body>\x00\x01\x02<p>nul bytes</p>",
        b"<html><body><p>" + bytes(range(128, 256)) * 50 + b"</p></body></html>",
        b"\xef\xbb\xbf<html><body><p>BOM then \xff</p>",
        b"<html>" + os.urandom(50_000),
    ],
    ids=["latin-1", "declared-utf8-not-utf8", "nul", "high-bytes", "bad-after-bom", "random"],
)
def test_invalid_bytes_give_a_result_or_a_documented_error(data: bytes) -> None:
    with contextlib.suppress(CleantextError):
        cleantext.clean(data)


def test_a_page_of_one_huge_attribute() -> None:
    page = "<html><body><p title='" + "x" * 1_000_000 + "'>text</p></body></html>"
    doc, ratio = clean_hostile(page)
    assert doc.body == "text"
    assert ratio < MAX_RATIO


TAGS = ["div", "p", "span", "a", "b", "table", "tr", "td", "li", "ul", "h1", "br", "pre"]
tag_soup = st.lists(
    st.one_of(
        st.sampled_from(TAGS).map(lambda tag: f"<{tag}>"),
        st.sampled_from(TAGS).map(lambda tag: f"</{tag}>"),
        st.sampled_from(["<!--", "-->", "<script>", "</script>", "<title>", "<", ">", "&amp;"]),
        st.text(max_size=30),
    ),
    max_size=60,
).map("".join)


@given(tag_soup)
def test_never_raises_on_tag_soup(text: str) -> None:
    cleantext.clean("<html><body>" + text, input="html")
    cleantext.clean(text)


@given(st.binary(max_size=300))
def test_html_bytes_raise_only_documented_errors(data: bytes) -> None:
    with contextlib.suppress(CleantextError):
        cleantext.clean(b"<!DOCTYPE html><html><body>" + data)


MEMORY_PROBE = """
import resource, cleantext
def page(n):
    menu = "".join(f"<li class='item-{n % 97}'><a href='/{k}'>Link {k}</a></li>" for k in range(30))
    text = "".join(f"<p>Paragraph {k} of page {n}, with words enough to be prose here.</p>"
                   for k in range(40))
    return f"<html><body><ul class='menu-{n}'>{menu}</ul><article>{text}</article></body></html>"
for n in range(300):
    cleantext.clean(page(n))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for n in range(300, 1500):
    cleantext.clean(page(n))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def test_memory_stays_flat_over_many_pages() -> None:
    """Peak memory (the parser's C memory included) after 300 pages and after 1,500."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE], capture_output=True, text=True, check=True
    )
    assert int(result.stdout) < 10 * 1024  # kilobytes
