"""Step ``whitespace``: normalise Unicode and spacing line by line.

NFC composition; zero-width characters, soft hyphens and C0 control characters removed (they
are invisible, break search and matching, and come from markup, not from the writer; C1 controls
are left for the encoding step, which reads them as windows-1252); NBSP and the
other fixed-width spaces made plain spaces; runs of spaces collapsed, lines trimmed. Line endings
(CRLF, CR, U+2028…) were already unified when the text was split into lines. Kept on purpose:
ZWJ/ZWNJ (they shape emoji and Persian or Indic words), bidi marks, the ideographic space inside
a line, curly quotes and every other printable character.

Most lines only need trimming: one search over the whole page finds the few lines that need
more, so the per-line work is a ``strip()``.
"""

from __future__ import annotations

import re
import unicodedata

from cleantext.page import Line, Page, lines_matching

NAME = "whitespace"

# C1 controls (U+0080-U+009F) are left to the encoding step: they are evidence of mojibake.
_INVISIBLE_CHARACTERS = "\x00-\x08\x0b-\x1f\x7f\u00ad\u180e\u200b\u2060\ufeff"
_UNUSUAL_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARACTERS}]")
_SPACES = re.compile(f"[ {_UNUSUAL_SPACES}]+")
_INVISIBLE_OR_UNUSUAL_SPACE = re.compile(f"[{_INVISIBLE_CHARACTERS}{_UNUSUAL_SPACES}]")
_DOUBLED_SPACE = re.compile("  ")


def normalise_whitespace(page: Page) -> None:
    """Normalise each line; record the lines that lost invisible or control characters."""
    lines = page.lines
    joined = "\n".join([line.text for line in lines])
    for index in sorted(_lines_needing_more_than_trimming(joined, lines)):  # repairs in order
        line = lines[index]
        cleaned, removed = normalise_line(line.text)
        if removed:
            page.repair(line, NAME, "invisible or control characters removed", cleaned)
        else:
            line.text = cleaned
    for line in lines:
        text = line.text
        trimmed = text.strip()
        if trimmed != text:
            line.text = trimmed


def _lines_needing_more_than_trimming(joined: str, lines: list[Line]) -> set[int]:
    """Indexes of the lines with invisible characters, unusual or doubled spaces, or not in
    NFC, found by searching the page's lines joined by line breaks."""
    if not joined.isascii() and not unicodedata.is_normalized("NFC", joined):
        found = {index for index, line in enumerate(lines) if not line.text.isascii()}
    else:
        found = set()
    found |= lines_matching(joined, _INVISIBLE_OR_UNUSUAL_SPACE)
    found |= lines_matching(joined, _DOUBLED_SPACE)
    return found


def normalise_line(text: str) -> tuple[str, bool]:
    """The normalised line, and whether invisible or control characters were removed."""
    visible = _INVISIBLE.sub("", text)
    removed = len(visible) != len(text)
    if not visible.isascii() and not unicodedata.is_normalized("NFC", visible):
        visible = unicodedata.normalize("NFC", visible)
    return _SPACES.sub(" ", visible).strip(), removed
