"""Step ``whitespace``: normalise Unicode and spacing line by line.

NFC composition; zero-width characters, soft hyphens and C0 control characters removed (they
are invisible, break search and matching, and come from markup, not from the writer; C1 controls
are left for the encoding step, which reads them as windows-1252); NBSP and the
other fixed-width spaces made plain spaces; runs of spaces collapsed, lines trimmed. Line endings
(CRLF, CR, U+2028…) were already unified when the text was split into lines. Kept on purpose:
ZWJ/ZWNJ (they shape emoji and Persian or Indic words), bidi marks, the ideographic space inside
a line, curly quotes and every other printable character.
"""

from __future__ import annotations

import re
import unicodedata

from cleantext.page import Page

NAME = "whitespace"

# C1 controls (U+0080-U+009F) are left to the encoding step: they are evidence of mojibake.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\u00ad\u180e\u200b\u2060\ufeff]")
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f]+")
_NEEDS_WORK = re.compile("[^\x20-\x7e]|^ | $|  ")


def normalise_whitespace(page: Page) -> None:
    """Normalise each line; record the lines that lost invisible or control characters."""
    for line in page.lines:
        text = line.text
        if not _NEEDS_WORK.search(text):
            continue
        cleaned, removed = normalise_line(text)
        if removed:
            page.repair(line, NAME, "invisible or control characters removed", cleaned)
        else:
            line.text = cleaned


def normalise_line(text: str) -> tuple[str, bool]:
    """The normalised line, and whether invisible or control characters were removed."""
    visible = _INVISIBLE.sub("", text)
    removed = len(visible) != len(text)
    if not visible.isascii() and not unicodedata.is_normalized("NFC", visible):
        visible = unicodedata.normalize("NFC", visible)
    return _SPACES.sub(" ", visible).strip(), removed
