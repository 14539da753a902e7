"""The working page: lines from text or from the HTML step's blocks."""

import re

from hypothesis import given
from hypothesis import strategies as st

from cleantext.page import Page, lines_matching

_PIECES = ["a", "b c", "", "\n", "\r\n", "\u2028", "\x0c", "é"]


@given(st.lists(st.tuples(st.lists(st.sampled_from(_PIECES)).map("".join), st.integers(0, 3))))
def test_blocks_with_line_breaks_are_split_and_keep_their_markup(
    blocks: list[tuple[str, int]],
) -> None:
    page = Page("")
    page.set_lines(blocks)
    expected = [(piece, markup) for text, markup in blocks for piece in (text.splitlines() or [""])]
    assert [(line.text, line.markup) for line in page.lines] == expected
    assert [line.number for line in page.lines] == list(range(1, len(expected) + 1))
    assert page.text == "\n".join(text for text, _ in expected)


@given(st.lists(st.sampled_from(["x", "ab", "a  b", " ", ""]), max_size=12))
def test_lines_matching_finds_every_line_the_pattern_matches(texts: list[str]) -> None:
    pattern = re.compile("  |x")
    joined = "\n".join(texts)
    expected = {index for index, text in enumerate(texts) if pattern.search(text)}
    assert lines_matching(joined, pattern) == expected
