"""The rejoin step: paragraphs split at inline elements come back whole; blocks stay apart."""

import pytest

from cleantext.normalisers.language import function_words
from cleantext.normalisers.rejoin import continues, rejoin
from cleantext.page import Page

ENGLISH = function_words()["en"]


def run(text: str, language: str = "en") -> list[str]:
    page = Page(text)
    page.set_text(text)
    page.language = language
    rejoin(page)
    return [line.text for line in page.content_lines()]


def test_inline_link_fragments_become_one_paragraph() -> None:
    text = "MADRID —\nRafael Nadal\nkept Spain’s hopes alive, then won the doubles."
    assert run(text) == ["MADRID — Rafael Nadal kept Spain’s hopes alive, then won the doubles."]


def test_a_line_ending_in_a_function_word_continues() -> None:
    text = "The Browns had 11 hits on\nMason Rudolph\n(well, 12 if you count the helmet)."
    assert run(text) == [
        "The Browns had 11 hits on Mason Rudolph (well, 12 if you count the helmet)."
    ]


def test_closing_punctuation_attaches_without_a_space() -> None:
    assert run("He thanked\nthe mayor\n, and left.") == ["He thanked the mayor, and left."]


@pytest.mark.parametrize(
    ("text", "following"),
    [
        ("A sentence that ends.", "lower-case start after a full stop"),
        ("Home", "News"),
        ("Seven things to pack for a winter hike", "Published: 2 December 2023"),
        ("Terms of Use", "Privacy"),
    ],
)
def test_separate_blocks_stay_apart(text: str, following: str) -> None:
    assert not continues(text, following, ENGLISH)


def test_never_across_a_blank_line() -> None:
    assert run("He went to\n\nthe market.") == ["He went to", "the market."]


def test_function_words_follow_the_page_language() -> None:
    text = "Der Minister sprach mit der\nBürgermeisterin über den Plan."
    assert run(text, "de") == ["Der Minister sprach mit der Bürgermeisterin über den Plan."]
    assert run(text, "en") == text.splitlines()


def test_joined_lines_are_marked_not_removed() -> None:
    page = Page("")
    page.set_text("He said that\nRutte\nwas right.")
    page.language = "en"
    rejoin(page)
    assert [line.role for line in page.lines] == [None, "joined", "joined"]
    assert all(line.removal is None for line in page.lines)
