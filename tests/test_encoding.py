"""The encoding step: mojibake repaired, good text (curly quotes, CJK punctuation) untouched."""

import pytest

from cleantext.normalisers.encoding import fix_encoding, needs_fixing
from cleantext.page import Page

REPAIRED = [
    ("Itâ€™s a cafÃ© â€” really", "It’s a café — really"),
    ("Ã©tÃ© Ã  Paris", "été à Paris"),
    (
        "The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.",
        "The Mona Lisa doesn’t have eyebrows.",
    ),
    ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "привет мир"),
    ("â€œQuotedâ€\x9d text", "“Quoted” text"),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    # UTF-8 read as windows-1251
    (
        "Привіт світ, як справи? Все добре.".encode().decode("cp1251"),
        "Привіт світ, як справи? Все добре.",
    ),
    ("\x93Quoted\x94 and it\x92s", "“Quoted” and it’s"),  # windows-1252 read as latin-1
    ("ﬁnal ﬂow", "final flow"),
]

UNCHANGED = [
    "It’s “quoted” — with curly quotes…",
    "北约国防部长将讨论加强威慑，援助乌克兰。",
    "（全角括号）：ＡＢＣ",
    "Міністри оборони НАТО обговорять зміцнення стримування",
    "Größere Übungen für Bären in Köln",
    "naïve façade, São Paulo, Kraków",
    "Price: 5 € or £4 — ±2 %",
    "AT&T and R&D; a < b",
    "Emoji 👍🏽 and 👨‍👩‍👧 family",
]


@pytest.mark.parametrize(("damaged", "fixed"), REPAIRED)
def test_repairs(damaged: str, fixed: str) -> None:
    page = Page(damaged)
    page.set_text(damaged)
    fix_encoding(page)
    assert page.lines[0].text == fixed
    assert [(r.step, r.before, r.after) for r in page.repairs] == [("encoding", damaged, fixed)]
    assert page.repairs[0].rule  # names what ftfy did
    assert "encoding repaired" in page.warnings


@pytest.mark.parametrize("text", UNCHANGED)
def test_leaves_good_text_alone(text: str) -> None:
    page = Page(text)
    page.set_text(text)
    fix_encoding(page)
    assert page.lines[0].text == text
    assert page.repairs == []


@pytest.mark.parametrize("text", ["plain ascii line", "Kyiv – Brussels", "“fine”"])
def test_fast_path_skips_clean_lines(text: str) -> None:
    assert not needs_fixing(text)
