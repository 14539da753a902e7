"""Step ``html``: turn an HTML page into block-structured text, and keep what the markup says.

A first, simple path: beautifulsoup4 parses the page, keeps the one ``<article>`` (else
``<main>``, else the body), drops what is never article text (scripts, styles, navigation,
asides, footers, forms), and writes one line per block element so
the rest of the chain sees the same shape as a text dump. ``<h1>``/``og:title`` and
``article:published_time``/``<time datetime>`` are passed on as hints for the fields step.
Text input passes through untouched.
"""

from __future__ import annotations

import re

from cleantext.page import Page

NAME = "html"

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|table|tr|td|section|article|span|a|body|head)\b[^>]{0,500}>",
    re.I,
)
_DROPPED = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "footer",
    "form",
    "iframe",
    "svg",
)
_BLOCKS = frozenset(
    "address article blockquote body dd details dialog div dl dt fieldset figcaption figure "
    "h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table td th tr ul".split()
)
_TAG_SAMPLE = 20_000
_TAG_THRESHOLD = 5


def looks_like_html(text: str) -> bool:
    """HTML starts like HTML, or is dense with block tags; a text that mentions ``<b>`` is text."""
    head = text[:_TAG_SAMPLE]
    if _HTML_START.match(head):
        return True
    tags = _BLOCK_TAG.finditer(head)
    return all(next(tags, None) is not None for _ in range(_TAG_THRESHOLD))


def html_to_text(page: Page) -> None:
    """Resolve ``input="auto"``; for HTML, replace the text with its blocks and record hints."""
    if page.input == "auto":
        page.input = "html" if looks_like_html(page.text) else "text"
    if page.input != "html" or not page.text:
        return
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page.text, "lxml")
    page.hints.update(_hints(soup))
    for element in soup.find_all(_DROPPED):
        element.decompose()
    for element in soup.find_all(_BLOCKS):
        element.insert_before("\n")
        element.insert_after("\n")
    for element in soup.find_all("br"):
        element.replace_with("\n")
    page.set_text(_article_root(soup).get_text())


def _article_root(soup):
    """The one ``<article>``, else ``<main>``, else the body: where the article text lives."""
    articles = soup.find_all("article")
    if len(articles) == 1:
        return articles[0]
    return soup.find("main") or soup.body or soup


def _hints(soup) -> dict[str, str]:
    hints: dict[str, str] = {}
    og_title = soup.find("meta", attrs={"property": "og:title"})
    h1 = soup.find("h1")
    if og_title and og_title.get("content", "").strip():
        hints["title"] = " ".join(og_title["content"].split())
    elif h1 and h1.get_text(strip=True):
        hints["title"] = " ".join(h1.get_text(" ").split())
    published = soup.find("meta", attrs={"property": "article:published_time"})
    time = soup.find("time", attrs={"datetime": True})
    if published and published.get("content", "").strip():
        hints["published"] = published["content"].strip()
    elif time:
        hints["published"] = time["datetime"].strip()
    return hints
