"""The boilerplate step: the article run of a text dump, and what --explain says about the rest."""

from pathlib import Path

import pytest
from click.testing import CliRunner

import cleantext
from cleantext.cli import main
from cleantext.normalisers.boilerplate import article_run, classify, describe
from cleantext.normalisers.language import stoplist

FIXTURES = Path(__file__).parent.parent / "fixtures"
ARTICLE = [
    "The council approved the new budget on Tuesday after a long debate in the chamber.",
    "Spending on schools will rise by four percent, while road repairs get a little less.",
    "The opposition said the plan ignored the needs of the poorest districts of the city.",
]
MENU = ["Home", "News", "Sport", "Weather", "Culture", "Sign in"]
RELATED = [
    "Related",
    "Mayor unveils plan for new tram line across the river",
    "Ten things to do in the city this weekend with children",
    "Police appeal for witnesses after crash on ring road",
]


def test_describe_tells_prose_from_furniture() -> None:
    words = stoplist("en")
    assert describe(ARTICLE[0], False, words).kind == "prose"
    assert describe("Home", False, words).kind == "short"
    assert describe(RELATED[1], False, words).kind == "text"
    assert describe('<a href="/x">x</a>', False, words).kind == "markup"
    assert describe(
        "We use cookies to improve your experience on our site.", False, words
    ).kind == ("cookie")
    assert describe("3. A head torch with fresh batteries", False, words).kind == "item"
    assert describe('"No."', False, words).value > 0


def test_dated_and_repeated_lines_cost_more() -> None:
    blocks = classify(["Home", "Anna Kovalenko", "12 March 2024, 10:15", "Home"], "en")
    assert [block.kind for block in blocks] == ["repeated", "short", "dated", "repeated"]
    assert blocks[2].value < blocks[0].value < blocks[1].value < 0


def test_the_article_run_is_the_densest_run_of_prose() -> None:
    texts = [*MENU, "Budget approved", *ARTICLE, *RELATED]
    values = [block.value for block in classify(texts, "en")]
    start, end = article_run(values, [False] * len(values))
    assert texts[start : end + 1] == ARTICLE


def test_an_article_followed_by_a_longer_comment_thread_wins() -> None:
    comment = "I really do not agree with any of this, and I think the council is wrong again."
    thread = []
    for day in range(1, 6):
        thread += ["Reader", f"{day} March 2024, 10:15", comment, comment.replace("I", "We")]
    article = [f"{line} Part {part}." for part in range(3) for line in ARTICLE]
    blocks = classify(article + thread, "en")
    heads = [block.kind == "dated" for block in blocks]
    start, end = article_run([block.value for block in blocks], heads)
    assert (start, end) == (0, len(article) - 1)


def test_dump_keeps_the_article_and_drops_the_rest() -> None:
    menu = [*MENU, "Business", "Science", "Travel", "Podcasts", "Video"]
    text = "\n".join([*menu, "Budget approved by the council", "14 May 2024", *ARTICLE, *RELATED])
    doc = cleantext.clean(text)
    assert doc.title == "Budget approved by the council"
    assert doc.paragraphs == ARTICLE
    reasons = {removal.text: removal.rule for removal in doc.removed}
    assert reasons["Home"] == "outside the article: a short line: 1 words, no sentence end"
    assert reasons["Video"] == "header line above the article (kicker, byline)"
    assert reasons[RELATED[1]].startswith("outside the article: not prose: 10 words, stopwords")


def test_no_prose_means_nothing_is_dropped() -> None:
    doc = cleantext.clean("\n".join(MENU))
    assert doc.paragraphs == MENU[:-1] or doc.paragraphs == MENU


@pytest.mark.parametrize(
    "name",
    [
        "nato-ministers-2024-10-17",
        "en-short-news-three-sentences",
        "en-list-article-packing-tips",
        "en-interview-short-paragraphs",
    ],
)
def test_a_page_that_is_only_an_article_keeps_all_of_it(name: str) -> None:
    doc = cleantext.clean((FIXTURES / f"{name}.txt").read_bytes())
    assert not [removal for removal in doc.removed if removal.step == "boilerplate"]


def test_explain_shows_the_features_that_decided() -> None:
    result = CliRunner().invoke(main, ["--explain", str(FIXTURES / "de-dump-menus-comments.txt")])
    lines = result.output.splitlines()
    assert (
        "-  Impressum   <- boilerplate: outside the article: a short line: 1 words, no sentence end"
        in lines
    )
    assert any(
        line.startswith(
            "-  12. März 2024, 10:15 Uhr   <- boilerplate: outside the article: a short"
        )
        for line in lines
    )
    assert "-  Von Anna Becker   <- fields: header line above the article (kicker, byline)" in lines
