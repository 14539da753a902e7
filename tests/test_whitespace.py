"""The whitespace step: NFC, invisible characters, spaces; printable text kept as written."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleantext.normalisers.whitespace import normalise_line, normalise_whitespace
from cleantext.page import Page

CASES = [
    ("  padded  line  ", "padded line", False),
    ("tab\there", "tab here", False),
    ("no\u00a0break\u202fnarrow\u2009thin", "no break narrow thin", False),
    ("zero\u200bwidth\ufeff", "zerowidth", True),
    ("soft\u00adhyphen", "softhyphen", True),
    ("bell\x07 and\x1b escape", "bell and escape", True),
    (
        "C1 \x9f controls stay for the encoding step",
        "C1 \x9f controls stay for the encoding step",
        False,
    ),
    ("cafe\u0301", "café", False),  # NFC
    ("Emoji 👨\u200d👩\u200d👧 keeps ZWJ", "Emoji 👨\u200d👩\u200d👧 keeps ZWJ", False),
    ("می\u200cخواهم", "می\u200cخواهم", False),  # ZWNJ in Persian
    ("“curly” ‘quotes’ — …", "“curly” ‘quotes’ — …", False),
    ("全角　空格：保持。", "全角　空格：保持。", False),
]


@pytest.mark.parametrize(("raw", "expected", "removed"), CASES)
def test_normalise_line(raw: str, expected: str, removed: bool) -> None:
    assert normalise_line(raw) == (expected, removed)


def test_step_records_only_removed_invisible_characters() -> None:
    page = Page("")
    page.set_text("  spaced  \nzero\u200bwidth\nfine")
    normalise_whitespace(page)
    assert [line.text for line in page.lines] == ["spaced", "zerowidth", "fine"]
    assert [(r.line, r.before, r.after) for r in page.repairs] == [
        (2, "zero\u200bwidth", "zerowidth")
    ]


def test_blank_runs_do_not_become_paragraphs() -> None:
    page = Page("")
    page.set_text("one\n\n\n \n\u00a0\ntwo")
    normalise_whitespace(page)
    assert [line.text for line in page.content_lines()] == ["one", "two"]


_PIECES = [
    *"ab é\t\u00a0\u2009\u200b\u00ad\x07\u3000\u0301\u200d",
    *("  ", "line", "\n", "\r\n", "\u2028", "Ａ", "e\u0301"),
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_the_page_at_once_equals_line_by_line(text: str) -> None:
    """The step finds the lines to work on from the whole page: the result must be each
    line normalised alone, with a repair exactly where invisible characters went."""
    page = Page("")
    page.set_text(text)
    originals = [line.text for line in page.lines]
    normalise_whitespace(page)
    expected = [normalise_line(original) for original in originals]
    assert [line.text for line in page.lines] == [cleaned for cleaned, _ in expected]
    repaired = [repair.line for repair in page.repairs]
    assert repaired == [n for n, (_, removed) in enumerate(expected, start=1) if removed]
