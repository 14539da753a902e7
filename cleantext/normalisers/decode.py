"""Step ``decode``: bytes to text, and whether the text is HTML.

Order of evidence: a byte-order mark, then strict UTF-8 (most of the web), then, for HTML, the
charset the page declares (``<meta charset>``, ``<meta http-equiv="Content-Type">``), then a
detected charset (charset-normalizer). Valid UTF-8 comes before the declaration because pages
re-saved as UTF-8 keep their old ``<meta>`` (common in scraped corpora), while non-ASCII text in
another charset is almost never valid UTF-8 by chance; a declaration the bytes do not fit is
passed over for detection. Binary data is refused rather than decoded into garbage.

``input="auto"`` is resolved here (the charset rules depend on it): HTML is recognised by
:func:`~cleantext.markup.sniff.looks_like_html`. HTML text is not split into lines: the html
step writes the page's lines from its blocks (a pipeline without that step should be given
``input="text"``).
"""

from __future__ import annotations

import codecs
import re

from cleantext.errors import BinaryInputError, UndecodableInputError
from cleantext.markup.sniff import SAMPLE_CHARACTERS, looks_like_html
from cleantext.page import Page

NAME = "decode"

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC_NUMBERS = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WebP image, WAV audio or AVI video)"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX/XLSX/EPUB file)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data (decompress it first)"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\x00\x00\x01\x00", "an icon image"),
)

# Single-byte Latin code pages the detector tends to pick on a tie with windows-1252.
_LATIN_RIVALS = frozenset(
    {"cp1250", "cp1257", "iso8859_2", "iso8859_4", "iso8859_10", "iso8859_13", "latin_1"}
)
# A symbol between two letters: the mark of a wrong single-byte code page ("Za¿ó³æ").
_SYMBOL_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[\xa1-\xbf\xd7\xf7](?=[^\W\d_])")


def decode(page: Page) -> None:
    """Turn ``bytes`` input into text; leave ``str`` input as it is (lone surrogates aside)."""
    if isinstance(page.data, str):
        text = _without_lone_surrogates(page.data)
    else:
        html = page.input == "html" or (
            page.input == "auto"
            and looks_like_html(page.data[:SAMPLE_CHARACTERS].decode("latin-1"))
        )
        text, encoding = decode_bytes(page.data, html=html)
        page.encoding = encoding
        if encoding not in ("utf-8", "ascii"):
            page.warnings.append(f"decoded from {encoding}")
    if page.input == "auto":
        page.input = "html" if looks_like_html(text) else "text"
    if page.input == "html":
        page.text, page.lines = text, []
    else:
        page.set_text(text)


def decode_bytes(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode ``data``; return the text and the name of the encoding used.

    ``html``: the bytes are an HTML page, whose declared charset is tried before detection.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise UndecodableInputError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(at byte {error.start + len(bom)})"
                ) from None
    for magic, what in _MAGIC_NUMBERS:
        if data.startswith(magic):
            raise BinaryInputError(f"binary input: looks like {what}")
    if b"\x00" in data:
        return _decode_utf16_without_bom(data)
    try:
        return data.decode("utf-8"), "ascii" if data.isascii() else "utf-8"
    except UnicodeDecodeError:
        pass
    if html:
        from cleantext.markup.charset import declared_charset

        declared = declared_charset(data)
        if declared is not None and declared != "utf-8":
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass  # the page is not in the charset it declares: detect
    return _detect(data)


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str]:
    """NUL bytes mean binary data, unless they fall in every other position: UTF-16 text.

    Too short a sample proves nothing either way; it is taken for binary.
    """
    sample = data[:4096]
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if half >= 16 and max(even, odd) > 0.3 * half and min(even, odd) < 0.05 * half:
        encoding = "utf-16-be" if even > odd else "utf-16-le"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            pass
        else:
            if "\x00" not in text:
                return text, encoding
    raise BinaryInputError("binary input: contains NUL bytes")


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableInputError("undecodable bytes: not UTF-8 and no text encoding fits")
    encoding, text = best.encoding, str(best)
    if encoding in _LATIN_RIVALS:
        windows_1252 = data.decode("cp1252", errors="replace")
        if "\ufffd" not in windows_1252 and not _SYMBOL_INSIDE_WORD.search(windows_1252):
            text, encoding = windows_1252, "cp1252"
    return text, codecs.lookup(encoding).name


def _without_lone_surrogates(text: str) -> str:
    """Join surrogate pairs and replace lone surrogates (they cannot be written as UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text
