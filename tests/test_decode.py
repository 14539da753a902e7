"""The decode step: BOMs, UTF-8, detected charsets, binary refusal."""

import codecs

import pytest

from cleantext.errors import BinaryInputError, UndecodableInputError
from cleantext.normalisers.decode import decode, decode_bytes
from cleantext.page import Page

UKRAINIAN = "Міністри оборони НАТО обговорять зміцнення стримування та допомогу Україні."
RUSSIAN = "Министры обороны НАТО обсудят укрепление сдерживания и помощь Украине."
FRENCH = "Le café est très bon à Paris, où l'été est chaud et les rues sont animées."
POLISH = "Zażółć gęślą jaźń, to jest polski tekst o żółwiach i źrebakach."


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"plain ascii", "plain ascii", "ascii"),
        ("naïve café ’quotes’".encode(), "naïve café ’quotes’", "utf-8"),
        (codecs.BOM_UTF8 + "café".encode(), "café", "utf-8"),
        (codecs.BOM_UTF16_LE + "café".encode("utf-16-le"), "café", "utf-16-le"),
        (codecs.BOM_UTF16_BE + "café".encode("utf-16-be"), "café", "utf-16-be"),
        (codecs.BOM_UTF32_LE + "café".encode("utf-32-le"), "café", "utf-32-le"),
        (UKRAINIAN.encode("cp1251"), UKRAINIAN, "cp1251"),
        (RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251"),
        (RUSSIAN.encode("koi8-r"), RUSSIAN, "koi8-r"),
        (FRENCH.encode("latin-1"), FRENCH, "cp1252"),
        (POLISH.encode("cp1250"), POLISH, "cp1250"),
        (
            ("Hello world, this is a UTF-16 text without a mark. " * 3).encode("utf-16-le"),
            "Hello world, this is a UTF-16 text without a mark. " * 3,
            "utf-16-le",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 12 else None,
)
def test_decodes(data: bytes, text: str, encoding: str) -> None:
    assert decode_bytes(data) == (text, encoding)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"%PDF-1.7\n",
        b"\x1f\x8b\x08\x00",
        b"text\x00with\x00\x00\x00\x01\x02nul bytes\xff\xfe\x00",
    ],
)
def test_refuses_binary(data: bytes) -> None:
    with pytest.raises(BinaryInputError, match="binary input"):
        decode_bytes(data)


def test_bytes_no_encoding_fits_are_undecodable() -> None:
    with pytest.raises(UndecodableInputError, match="no text encoding fits"):
        decode_bytes(bytes(range(128, 256)) * 4)


def test_bom_with_invalid_body_is_undecodable() -> None:
    with pytest.raises(UndecodableInputError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfa")


def test_str_input_keeps_text_and_replaces_lone_surrogates() -> None:
    page = Page("a\ud800b \U0001f600")
    decode(page)
    assert page.text == "a\ufffdb \U0001f600"
    assert page.encoding is None


def test_bytes_input_records_encoding_and_warns_when_not_utf8() -> None:
    page = Page(RUSSIAN.encode("cp1251"))
    decode(page)
    assert page.encoding == "cp1251"
    assert page.warnings == ["decoded from cp1251"]
    assert [line.text for line in page.lines] == [RUSSIAN]


def test_line_endings_are_unified() -> None:
    page = Page(b"one\r\ntwo\rthree\nfour")
    decode(page)
    assert [line.text for line in page.lines] == ["one", "two", "three", "four"]
    assert [line.number for line in page.lines] == [1, 2, 3, 4]
