"""The boilerplate step on HTML: the markup's features beside the text's, one classifier."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext.markup.features import Markup
from cleantext.normalisers.boilerplate import classify, classify_lines
from cleantext.page import Line

SENTENCES = [
    "The council approved the new budget on Tuesday after a long debate in the chamber.",
    "Spending on schools will rise by four percent, while road repairs get a little less.",
    "The opposition said the plan ignored the needs of the poorest districts of the city.",
    "The mayor said the vote showed that the city could still agree on what matters most.",
]
ARTICLE = "".join(f"<p>{sentence}</p>" for sentence in SENTENCES)
COMMENT = "I really do not agree with any of this, and I think the council is wrong again."


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Budget</title></head><body>{body}</body></html>"


@given(st.lists(st.sampled_from([*SENTENCES, "Home", "Share", "17 March 2024", ""]), max_size=30))
def test_text_lines_are_classified_from_their_text_alone(texts: list[str]) -> None:
    lines = [Line(text, number) for number, text in enumerate(texts, start=1)]
    assert classify_lines(lines, "en") == classify(texts, "en")


def test_navigation_asides_footers_and_hinted_blocks_go() -> None:
    doc = cleantext.clean(
        page(
            "<nav><p>The council approved the new budget, read all about it in our guide.</p></nav>"
            f"<article><h1>Budget approved</h1>{ARTICLE}"
            f"<aside><p>{SENTENCES[0]} Also in the aside.</p></aside>"
            f"<div class='comments'><p>{COMMENT}</p><p>{COMMENT} Twice.</p></div>"
            "<div class='related-posts'><p>Mayor unveils a plan for a new tram line.</p></div>"
            "</article><footer><p>The Courier is published by a company that says so.</p></footer>"
        )
    )
    assert doc.paragraphs == SENTENCES
    reasons = {removal.text: removal.rule for removal in doc.removed}
    assert reasons[f"{COMMENT} Twice."].endswith("class or id says comment")
    assert reasons["The Courier is published by a company that says so."].endswith(
        "inside <footer>"
    )


def test_link_lists_go_and_lists_and_tables_in_the_article_stay() -> None:
    links = "".join(f"<li><a href='/{n}'>Another story number {n}</a></li>" for n in range(8))
    doc = cleantext.clean(
        page(
            f"<ul>{links}</ul><article>{ARTICLE[:200]}"
            "<ul><li>Schools</li><li>Roads</li><li>Parks</li></ul>"
            "<table><tr><th>Item</th><th>Share</th></tr><tr><td>Schools</td><td>40%</td></tr>"
            f"</table>{ARTICLE[200:]}</article><ul>{links}</ul>"
        )
    )
    assert "Schools" in doc.paragraphs
    assert "Schools 40%" in doc.paragraphs
    assert doc.paragraphs[-1] == SENTENCES[-1]
    assert not any("Another story" in paragraph for paragraph in doc.paragraphs)
    assert any(
        removal.rule.endswith("links are 100% of the text")
        for removal in doc.removed
        if removal.text.startswith("Another story")
    )


def test_an_article_element_is_not_cut_by_its_sub_headings() -> None:
    """Short steps under sub-headings would cut a text dump's run in two; the <article> holds
    them together (its <h1> still goes to the title)."""
    steps = ["Open the start menu", "Right-click the program", "Choose its properties"]
    doc = cleantext.clean(
        page(
            "<nav><a href='/'>Home</a></nav><article><h1>How to turn the shortcut off</h1>"
            f"<p>{SENTENCES[0]}</p><h2>The steps</h2>"
            + "".join(f"<p>{step}</p>" for step in steps)
            + f"<h2>Done</h2><p>{SENTENCES[1]}</p></article><footer>© Someone</footer>"
        )
    )
    assert doc.title == "How to turn the shortcut off"
    assert doc.paragraphs == [SENTENCES[0], "The steps", *steps, "Done", SENTENCES[1]]


def test_a_list_of_teasers_goes() -> None:
    """Each summary is prose, but it sits under a headline linked to its story, in a row."""
    teasers = "".join(
        f"<dt><a href='/story/{n}'>Another story, number {n}</a></dt>"
        f"<dd>{sentence} This is the summary of story {n}.</dd>"
        for n, sentence in enumerate(SENTENCES)
    )
    doc = cleantext.clean(page(f"<article>{ARTICLE * 2}</article><dl>{teasers}</dl>"))
    assert doc.paragraphs == SENTENCES
    assert "a teaser under a linked headline" in {removal.rule[-32:] for removal in doc.removed}


def test_when_the_markup_leaves_no_prose_the_text_decides() -> None:
    """A page whose article sits in an <aside> (a broken template) is not emptied."""
    doc = cleantext.clean(page(f"<aside>{ARTICLE}</aside>"))
    assert doc.paragraphs == SENTENCES


def test_a_page_without_prose_loses_only_what_the_markup_puts_outside() -> None:
    doc = cleantext.clean(
        page(
            "<nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav><h1>Opening hours</h1>"
            "<table><tr><td>Monday</td><td>9–17</td></tr><tr><td>Tuesday</td><td>9–17</td></tr>"
            "</table><footer><a href='/privacy'>Privacy</a></footer>"
        )
    )
    assert doc.paragraphs[-2:] == ["Monday 9–17", "Tuesday 9–17"]
    assert "Home" not in doc.body
    assert "Privacy" not in doc.body


def test_a_forum_thread_keeps_every_post() -> None:
    replies = [
        "I agree with the council on this one, the schools need the money more than roads.",
        "The roads in my district are falling apart, so I cannot agree with that at all.",
        "Both of you have a point, but the budget was always going to be a compromise.",
        "Has anyone read the full report? It is longer than the summary suggests, sadly.",
        "The vote was closer than I expected, and the debate was better than usual.",
    ]
    posts = "".join(
        f"<li class='post'><div class='author'>user{n}</div><div>{n} March 2024, 10:1{n}</div>"
        f"<div class='body'>{text}</div></li>"
        for n, text in enumerate([SENTENCES[0], *replies], start=1)
    )
    doc = cleantext.clean(page(f"<h1>Budget thread</h1><ol class='posts'>{posts}</ol>"))
    for text in [SENTENCES[0], *replies]:
        assert text in doc.paragraphs


def test_an_article_followed_by_its_comments_is_not_a_thread() -> None:
    comments = "".join(
        f"<li class='entry'><div>Reader {n}</div><div>{n} March 2024</div><p>{COMMENT}</p></li>"
        for n in range(1, 7)
    )
    doc = cleantext.clean(page(f"<article>{ARTICLE * 3}</article><ol>{comments}</ol>"))
    assert COMMENT not in doc.body
    assert doc.paragraphs[:4] == SENTENCES


def test_explain_names_the_markup_that_decided() -> None:
    page_ = cleantext.Pipeline.default().run(
        page(f"<nav><a href='/'>Home</a></nav><article>{ARTICLE}</article>")
    )
    home = next(line for line in page_.lines if line.text == "Home")
    assert home.markup == Markup("nav", 1.0, frozenset({"nav"}))
    assert home.removal is not None
    assert (home.removal.step, home.removal.rule) == (
        "boilerplate",
        "outside the article: inside <nav>",
    )
