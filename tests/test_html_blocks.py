"""The DOM walk: one line a block, inline elements joined, and the markup each line carries;
and the hints the head and JSON-LD give the fields step."""

from __future__ import annotations

import json

import cleantext
from cleantext.markup.blocks import walk
from cleantext.markup.features import Markup, hint_words
from cleantext.markup.hidden import drop_hidden
from cleantext.markup.hints import page_hints
from cleantext.markup.parse import parse
from cleantext.page import Page


def blocks(body: str) -> list[tuple[list[str], Markup]]:
    tree, _ = parse(f"<html><body>{body}</body></html>")
    drop_hidden(tree)
    return [(block.lines, block.markup) for block in walk(tree.body)]


def lines(body: str) -> list[str]:
    return [line for block_lines, _ in blocks(body) for line in block_lines]


def test_inline_elements_are_joined_into_their_paragraph() -> None:
    assert lines(
        "<p>He said <a href='/r'>Rutte</a> was <em>right</em>, <span>twice</span>.</p>"
    ) == ["He said Rutte was right, twice."]
    assert lines("<p>no<b>space</b>between</p>") == ["nospacebetween"]


def test_blocks_and_breaks() -> None:
    assert lines("<div>intro<p>para</p>tail</div>") == ["intro", "para", "tail"]
    assert lines("<p>one<br>two<br><br>three</p>") == ["one", "two", "", "three"]
    assert lines("<pre>a = 1\n  b = 2\n\nc</pre>") == ["a = 1", "b = 2", "", "c"]
    assert lines("<h2>Sub</h2><ul><li>first</li><li>second</li></ul>") == [
        "Sub",
        "first",
        "second",
    ]


def test_a_table_row_is_one_line_unless_its_cells_hold_blocks() -> None:
    assert lines("<table><tr><th>Pos</th><th>Player</th></tr><tr><td>DL</td><td>Ann</td></tr>") == [
        "Pos Player",
        "DL Ann",
    ]
    assert lines("<table><tr><td><p>left column</p><p>more</p></td><td>x</td></tr></table>") == [
        "left column",
        "more",
        "x",
    ]


def test_what_is_never_text_is_left_out() -> None:
    body = (
        "<script>var a = '<p>no</p>';</script><style>p {}</style><noscript>no</noscript>"
        "<template><p>no</p></template><svg><text>no</text></svg><select><option>no</select>"
        "<button>no</button><!-- no --><p>yes</p>"
        "<div style='display: none'>no</div><p hidden>no</p>"
    )
    assert lines(body) == ["yes"]


def test_markup_of_a_line() -> None:
    found = blocks(
        "<header><nav class='main-menu'><ul><li><a href='/'>Home</a></li></ul></nav></header>"
        "<main><article><h1>Title</h1><p>Text with <a href='/x'>a link</a> in it.</p>"
        "<figure><figcaption>A caption</figcaption></figure>"
        "<div class='share-buttons'><a href='#'>Share</a></div></article>"
        "<aside id='sidebar'><p>Side</p></aside></main>"
        "<footer><form><label>Email</label></form></footer>"
    )
    markup = {block_lines[0]: markup for block_lines, markup in found}
    assert markup["Home"] == Markup(
        "li", 1.0, frozenset({"header", "nav"}), frozenset({"nav"}), 0, 0
    )
    assert markup["Title"].heading == 1
    assert markup["Title"].containers == {"main", "article"}
    assert 0 < markup["Text with a link in it."].link_density < 0.5
    assert markup["A caption"].tag == "figcaption"
    assert "figure" in markup["A caption"].containers
    assert markup["Share"].hints == {"share"}
    assert markup["Side"].containers == {"main", "aside"}
    assert markup["Side"].hints == {"sidebar"}
    assert markup["Email"].containers == {"footer", "form"}


def test_hint_words_are_whole_words() -> None:
    assert hint_words("comment-list") == {"comment"}
    assert hint_words("relatedPosts sharing") == {"related", "share"}
    assert hint_words("c-ad__slot ad-wrapper") == {"ad"}
    assert hint_words("header shadow download loaded thread") == frozenset()
    assert hint_words("sr-only") == {"hidden"}


def test_a_wrapper_holding_most_of_the_page_gives_no_hint() -> None:
    """ASP.NET wraps the whole page in a <form>; themes wrap it in 'with-sidebar' divs."""
    paragraph = "<p>" + "A sentence of the article, long enough to count. " * 4 + "</p>"
    found = blocks(f"<form id='aspnetForm'><div class='has-sidebar'>{paragraph * 5}</div></form>")
    assert all(not markup.containers and not markup.hints for _, markup in found)


def test_the_posts_of_a_thread_are_numbered() -> None:
    post = (
        "<li class='message'><a href='/u'>user{n}</a>"
        "<blockquote>Reply {n} says a thing.</blockquote></li>"
    )
    found = blocks(
        "<h1>Thread</h1><ol class='messages'>"
        + "".join(post.format(n=n) for n in range(1, 7))
        + "</ol><div class='foot'>Footer text</div>"
    )
    posts = {block_lines[0]: markup.post for block_lines, markup in found}
    assert posts["Thread"] == 0
    assert posts["user1"] == posts["Reply 1 says a thing."] == 1
    assert posts["Reply 6 says a thing."] == 6
    assert posts["Footer text"] == 0


def test_layout_rows_are_not_a_thread() -> None:
    article = "<p>" + "The article's long prose goes on and on here. " * 20 + "</p>"
    found = blocks(
        "".join(
            f"<div class='row'>{article if n == 2 else f'<p>Row {n}</p>'}</div>" for n in range(6)
        )
    )
    assert all(markup.post == 0 for _, markup in found)


def test_html_lines_carry_their_markup_through_the_chain() -> None:
    page = cleantext.Pipeline.default().run("<html><body><p>One paragraph.</p></body></html>")
    line = next(line for line in page.lines if line.text)
    assert line.markup is not None and line.markup.tag == "p"
    text_page = cleantext.Pipeline.default().run("One paragraph.")
    assert all(line.markup is None for line in text_page.lines)


def hints(html: str) -> dict[str, str]:
    return page_hints(parse(html)[0])


JSONLD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebPage", "name": "The Courier", "datePublished": "2020-01-01"},
        {
            "@type": ["NewsArticle"],
            "headline": "Budget approved after long debate",
            "datePublished": "2024-10-17T10:22:00+03:00",
            "dateModified": "2024-10-17T12:00:00+03:00",
        },
    ],
}
HEAD = f"""<head><title>Budget approved | The Courier</title>
<meta property="og:title" content="Budget approved after long debate | The Courier">
<meta property="article:published_time" content="2024-10-17T07:22:00Z">
<meta property="article:modified_time" content="2024-10-17T09:00:00Z">
<script type="application/ld+json">{json.dumps(JSONLD)}</script></head>"""


def test_every_hint_the_page_gives() -> None:
    found = hints(
        f"<html>{HEAD}<body><header><h1>The Courier</h1><time datetime='2000-01-01'>x</time>"
        "</header><article><h1>Budget approved after long debate</h1>"
        "<time datetime=' 2024-10-17T10:22 '>17 Oct</time><p>Text.</p></article></body></html>"
    )
    assert found == {
        "jsonld_headline": "Budget approved after long debate",
        "jsonld_published": "2024-10-17T10:22:00+03:00",
        "jsonld_modified": "2024-10-17T12:00:00+03:00",
        "og_title": "Budget approved after long debate | The Courier",
        "meta_published": "2024-10-17T07:22:00Z",
        "meta_modified": "2024-10-17T09:00:00Z",
        "h1": "Budget approved after long debate",
        "html_title": "Budget approved | The Courier",
        "time_datetime": "2024-10-17T10:22",
        "title": "Budget approved after long debate",
        "published": "2024-10-17T10:22:00+03:00",
    }


def test_hints_fall_back_in_order() -> None:
    found = hints(
        "<html><head><title>Only a title</title><meta name='pubdate' content='2024-03-01'>"
        "</head><body><h1>A heading</h1></body></html>"
    )
    assert (found["title"], found["published"]) == ("A heading", "2024-03-01")
    assert hints("<html><body><time datetime='2024-05-06'>6 May</time></body></html>") == {
        "time_datetime": "2024-05-06",
        "published": "2024-05-06",
    }
    assert hints("<p>nothing</p>") == {}


def test_broken_json_ld_is_ignored() -> None:
    found = hints(
        "<html><head><script type='application/ld+json'>{not json</script>"
        '<script type=\'application/ld+json\'>[1, "x", {"@type": "Thing"}]</script>'
        "<meta property='og:title' content='Still here'></head></html>"
    )
    assert found == {"og_title": "Still here", "title": "Still here"}


def test_the_html_step_passes_hints_to_the_page() -> None:
    page = Page(data=f"<html>{HEAD}<body><p>Text.</p></body></html>", input="html")
    for step in cleantext.Pipeline.default().steps[:2]:
        step(page)
    assert page.hints["title"] == "Budget approved after long debate"
    assert page.hints["published"] == "2024-10-17T10:22:00+03:00"
