"""The whitespace step: NFC, invisible characters, spaces; printable text kept as written."""

import pytest

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
