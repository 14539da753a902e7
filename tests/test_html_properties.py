"""Invariants of the HTML entry point, on generated pages (hypothesis).

- ``clean`` never raises on HTML-ish text;
- cleaning an HTML page, then cleaning its rendered text, gives the same document: the two
  entry points agree (articles of paragraphs and sub-headings; lists and tables are kept by the
  HTML path, which knows an item from a menu line, where the text path may cut them; and a
  ``<title>`` is given only with the ``<h1>`` it names: a title that only the head gives is the
  fields step's to reconcile with the text);
- the rendered text of any HTML-ish page is stable under cleaning as text;
- nothing is invented or reordered: the body's words appear in order in the page's text;
- the boilerplate around an article (menus, share bars, related links, comments, footer) goes
  and leaves the article as it is alone.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext.render import render_text

WORD = re.compile(r"\w+")
TAG = re.compile(r"<[^>]*>")
VOCABULARY = (
    "the minister said council plan city river school budget winter energy report "
    "міністр сказав місто рада план школа die Stadt der Rat plant le conseil municipal "
    "la ciudad el plan città piano cidade plano miasto rada plan café naïve über "
    "Zürich Kraków São Paulo Łódź Київ — “quoted” ‘words’ 2024 40 20.9 & R&D"
).split()
sentences = st.lists(st.sampled_from(VOCABULARY), min_size=7, max_size=18).map(
    lambda ws: (" ".join(ws)[0].upper() + " ".join(ws)[1:]) + "."
)
paragraphs = (
    st.lists(sentences, min_size=2, max_size=3).map(" ".join).filter(lambda p: len(p) >= 100)
)
"""Paragraphs of an article's length: a sub-heading costs what a short line costs (on both entry
points alike), and two 50-character paragraphs around one do not outweigh it."""
headlines = st.lists(st.sampled_from(VOCABULARY[:40]), min_size=3, max_size=10).map(
    lambda ws: " ".join(ws).capitalize()
)
moments = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2090, 12, 31))
inline = st.sampled_from(["{}", "<b>{}</b>", "<em>{}</em>", "<span class='x'>{}</span>"])

MENU = "<nav class='menu'><ul>" + "".join(
    f"<li><a href='/{word}'>{word.title()}</a></li>"
    for word in ("home", "news", "sport", "weather", "culture")
)
BOILERPLATE = {
    "menu": MENU + "</ul></nav>",
    "share": "<div class='share-bar'><a href='#f'>Facebook</a> <a href='#x'>X</a></div>",
    "related": "<section class='related'><h3>Related</h3><ul>"
    + "".join(f"<li><a href='/s{n}'>Another story about the city {n}</a></li>" for n in range(4))
    + "</ul></section>",
    "comments": "<div id='comments'><h3>Comments</h3>"
    + "<div class='comment'><p>I really do not agree with any of this, the plan is wrong.</p>"
    + "</div></div>",
    "footer": "<footer><p>© The Courier. All rights reserved.</p><a href='/about'>About</a>"
    + "</footer>",
    "script": "<script>var page = {'<p>': 1};</script><style>p { margin: 0 }</style>",
}


def escape(text: str) -> str:
    return html.escape(text, quote=False)


@st.composite
def articles(draw) -> tuple[str, list[str]]:
    """An HTML article page and the paragraphs of its article."""
    body = draw(st.lists(paragraphs, min_size=1, max_size=8, unique=True))
    head = title = ""
    if draw(st.booleans()):
        headline = escape(draw(headlines))
        head, title = f"<h1>{headline}</h1>", f"<title>{headline}</title>"
    if draw(st.booleans()):
        moment = draw(moments)
        head += f"<time datetime='{moment.isoformat()}'>{moment:%d.%m.%Y %H:%M}</time>"
    blocks = []
    for index, paragraph in enumerate(body):
        if index and draw(st.integers(0, 5)) == 0:  # a sub-heading, not a copy of the headline
            blocks.append(f"<h2>Part {index}: {escape(draw(headlines))}</h2>")
        words = paragraph.split(" ")
        cut = draw(st.integers(0, len(words)))
        wrapped = draw(inline).format(escape(" ".join(words[cut:])))
        blocks.append(f"<p>{escape(' '.join(words[:cut]))} {wrapped}</p>")
    before = draw(st.lists(st.sampled_from(["menu", "share", "script"]), unique=True))
    after = draw(st.lists(st.sampled_from(["share", "related", "comments", "footer"]), unique=True))
    page = (
        f"<!DOCTYPE html><html><head>{title}</head><body>"
        + "".join(BOILERPLATE[name] for name in before)
        + f"<article>{head}{''.join(blocks)}</article>"
        + "".join(BOILERPLATE[name] for name in after)
        + "</body></html>"
    )
    return page, body


def words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(word in it for word in needle)


@given(articles())
def test_html_then_its_rendered_text_is_idempotent(article: tuple[str, list[str]]) -> None:
    first = cleantext.clean(article[0])
    assert first.input == "html"
    second = cleantext.clean(render_text(first))
    assert second.input == "text"
    assert (second.title, second.timestamp, second.body) == (
        first.title,
        first.timestamp,
        first.body,
    )


@given(articles())
def test_nothing_invented_or_reordered(article: tuple[str, list[str]]) -> None:
    page, _ = article
    doc = cleantext.clean(page)
    visible = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    source = words(html.unescape(TAG.sub(" ", visible)))
    assert is_subsequence(words(doc.body), source)
    assert is_subsequence(words(doc.title or ""), source)


@given(articles())
def test_the_boilerplate_around_an_article_goes(article: tuple[str, list[str]]) -> None:
    page, body = article
    doc = cleantext.clean(page)
    assert [p for p in doc.paragraphs if p in body] == [p for p in body if p in doc.paragraphs]
    assert set(body) <= set(doc.paragraphs) | {doc.title}
    for marker in ("Facebook", "Another story", "I really do not agree", "All rights", "Home"):
        assert marker not in doc.body


fragments = st.lists(
    st.one_of(
        st.sampled_from(
            ["<p>", "</p>", "<div class='comment'>", "</div>", "<br>", "<a href='x'>", "</a>"]
        ),
        st.sampled_from(["<li>", "<ul>", "</ul>", "<h2>", "</h2>", "<pre>", "</pre>", "&nbsp;"]),
        st.sampled_from(["<table><tr><td>", "</td><td>", "<!--", "-->", "<script>", "<title>"]),
        sentences,
        st.text(max_size=40),
    ),
    max_size=40,
).map("".join)


@given(fragments)
def test_never_raises_on_html_ish_text(text: str) -> None:
    cleantext.clean(text)
    cleantext.clean(text, input="html")
    cleantext.clean(f"<!DOCTYPE html><html><body>{text}</body></html>")


@given(fragments)
def test_the_rendering_of_html_ish_text_is_stable(text: str) -> None:
    first = cleantext.clean(f"<html><body>{text}</body></html>")
    second = cleantext.clean(render_text(first), input="text")
    third = cleantext.clean(render_text(second), input="text")
    assert (third.title, third.timestamp, third.body) == (
        second.title,
        second.timestamp,
        second.body,
    )
