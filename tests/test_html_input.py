"""HTML input: recognised by ``input="auto"``, decoded by its declared charset, accepted as a
BeautifulSoup object."""

from __future__ import annotations

import codecs
import subprocess
import sys
from typing import Any

import pytest

import cleantext
from cleantext.markup.charset import declared_charset
from cleantext.markup.sniff import looks_like_html
from cleantext.normalisers.decode import decode_bytes

ARTICLE = (
    "<p>The council approved the new budget on Tuesday after a long debate in the chamber.</p>"
    "<p>Spending on schools will rise by four percent, while road repairs get a little less.</p>"
)
UKRAINIAN = "Міністри оборони НАТО обговорять зміцнення стримування та допомогу Україні."
RUSSIAN = "Министры обороны НАТО обсудят укрепление сдерживания и помощь Украине."


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "\ufeff  <!doctype HTML>\n<title>t</title>",
        "<?xml version='1.0'?>\n<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0'><html>",
        "<!-- saved by a crawler -->\n<html lang=en><head>",
        "<head><meta charset=utf-8><title>A page</title></head><p>text</p>",
        "<body class=x>text</body>",
        f"<div class='article'>{ARTICLE}{ARTICLE}<ul><li>a</li><li>b</li></ul></div>",
    ],
)
def test_html_is_recognised(text: str) -> None:
    assert looks_like_html(text)
    assert cleantext.clean(text).input == "html"


@pytest.mark.parametrize(
    "text",
    [
        "Use <b> for bold and <i> for italics, the tutorial said.\nThat is all there is to it.",
        "A title\n\nThe <p> element is a paragraph. Close it with </p>, write <br> for a break.",
        "Compare a <b and c> d: when a < b and c > d the rule holds.",
        "<3 it\nI love this page",
        "<b>Breaking</b>: the council voted on Tuesday to approve the budget for next year.\n"
        + "Spending on schools will rise by four percent, officials said after the meeting.",
        "",
        "plain text without any markup at all",
    ],
)
def test_text_that_mentions_tags_stays_text(text: str) -> None:
    assert not looks_like_html(text)
    doc = cleantext.clean(text)
    assert doc.input == "text"


def test_text_that_mentions_tags_keeps_them() -> None:
    text = "Use <b> for bold and <i> for italics, the tutorial said in its first lesson."
    assert cleantext.clean(text).body == text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="windows-1251">', "cp1251"),
        (b"<meta charset=koi8-r>", "koi8-r"),
        (b'<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-2">', "iso8859-2"),
        (b'<meta http-equiv="content-type" content="text/html;charset=iso-8859-1" />', "cp1252"),
        (b'<meta charset="us-ascii">', "cp1252"),
        (b'<meta charset="utf-16">', "utf-8"),
        (b'<meta charset="shift_jis">', "cp932"),
        (b'<meta charset="no-such-charset">', None),
        (b'<meta name="description" content="charset talk">', None),
        (b"<p>no meta at all</p>", None),
    ],
)
def test_declared_charset(head: bytes, expected: str | None) -> None:
    assert declared_charset(b"<html><head>" + head + b"</head><body>x</body></html>") == expected


def _page(meta: str, body: str) -> str:
    return f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"


def test_declared_charset_decodes_html_bytes() -> None:
    data = _page('<meta charset="koi8-r">', RUSSIAN).encode("koi8-r")
    doc = cleantext.clean(data)
    assert (doc.input, doc.encoding, doc.body) == ("html", "koi8-r", RUSSIAN)
    assert "decoded from koi8-r" in doc.warnings
    http_equiv = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    doc = cleantext.clean(_page(http_equiv, UKRAINIAN).encode("cp1251"))
    assert (doc.encoding, doc.body) == ("cp1251", UKRAINIAN)


def test_byte_order_mark_wins_over_the_declaration() -> None:
    data = codecs.BOM_UTF16_LE + _page('<meta charset="koi8-r">', RUSSIAN).encode("utf-16-le")
    doc = cleantext.clean(data)
    assert (doc.encoding, doc.body) == ("utf-16-le", RUSSIAN)


def test_valid_utf8_wins_over_a_stale_declaration() -> None:
    """A page re-saved as UTF-8 keeps its old <meta>: valid non-ASCII UTF-8 is the evidence."""
    doc = cleantext.clean(_page('<meta charset="windows-1251">', UKRAINIAN).encode())
    assert (doc.encoding, doc.body) == ("utf-8", UKRAINIAN)


def test_a_declaration_the_bytes_do_not_fit_falls_back_to_detection() -> None:
    text = _page('<meta charset="utf-8">', UKRAINIAN + " " + UKRAINIAN)
    doc = cleantext.clean(text.encode("cp1251"))
    assert doc.encoding == "cp1251"
    assert UKRAINIAN in doc.body


def test_the_declaration_is_read_for_html_only() -> None:
    """The page says ISO-8859-5 (every byte fits it) but is windows-1251: HTML takes the page's
    word for it, text bytes go to detection."""
    data = _page('<meta charset="iso-8859-5">', UKRAINIAN * 3).encode("cp1251")
    assert decode_bytes(data, html=True)[1] == "iso8859-5"
    assert decode_bytes(data) == (data.decode("cp1251"), "cp1251")


def test_text_input_is_never_read_for_a_declaration() -> None:
    text = f'A note on <meta charset="koi8-r"> tags.\n{UKRAINIAN}'
    doc = cleantext.clean(text.encode("cp1251"), input="text")
    assert doc.encoding == "cp1251"
    assert doc.input == "text"


SOUP_PAGE = f"""<html><head><title>Budget approved | The Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Budget approved</h1>{ARTICLE}</article>
<footer>© The Courier</footer></body></html>"""


@pytest.fixture
def soup() -> Any:
    """The page as a scraper holding bs4 has it (bs4 is a test dependency, not a runtime one)."""
    bs4 = pytest.importorskip("bs4")
    return bs4.BeautifulSoup(SOUP_PAGE, "html.parser")


def test_clean_accepts_a_beautifulsoup_document(soup: Any) -> None:
    doc = cleantext.clean(soup)
    assert doc.input == "html"
    assert doc.body == cleantext.clean(SOUP_PAGE).body
    assert "The council approved the new budget" in doc.body


def test_clean_accepts_a_tag(soup: Any) -> None:
    doc = cleantext.clean(soup.find("article"))
    assert doc.input == "html"
    assert doc.paragraphs[-1].startswith("Spending on schools")
    assert "Home" not in doc.body


def test_a_soup_with_input_text_is_its_visible_text(soup: Any) -> None:
    doc = cleantext.Pipeline.default().clean(soup, input="text")
    assert doc.input == "text"
    assert "The council approved the new budget" in doc.body


def test_bs4_and_the_parser_are_not_imported_for_text() -> None:
    code = (
        "import sys, cleantext; cleantext.clean('A line of text.\\nAnother line of text.'); "
        "print(sorted(m for m in ('bs4', 'selectolax', 'lxml') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr
