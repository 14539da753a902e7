"""Step ``encoding``: repair mojibake (``Ã©``, ``â€™``, double-encoded UTF-8) with ftfy.

Most lines need nothing: ASCII lines and lines without ftfy's marks of mojibake skip ftfy
entirely (the fast path). Curly quotes and full-width CJK punctuation are kept as written:
they are correct text, not damage.
"""

from __future__ import annotations

import re

import ftfy
from ftfy.badness import is_bad

from cleantext.page import Page

NAME = "encoding"

CONFIG = ftfy.TextFixerConfig(
    unescape_html="auto",
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,  # the whitespace step does this and records it
    normalization=None,  # likewise
    explain=True,
)

_C1_CONTROL_OR_LIGATURE = re.compile("[\x80-\x9f\ufb00-\ufb06]")
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def fix_encoding(page: Page) -> None:
    """Send the lines that show signs of damage to ftfy and record what it did."""
    if page.text.isascii() and "&" not in page.text:
        return
    for line in page.lines:
        text = line.text
        if not needs_fixing(text):
            continue
        fixed, steps = ftfy.fix_and_explain(text, CONFIG)
        if fixed != text:
            rule = ", ".join(f"{action} {detail}" for action, detail in steps or [])
            page.repair(line, NAME, rule or "ftfy", fixed)
    if page.repairs and any(repair.step == NAME for repair in page.repairs):
        page.warnings.append("encoding repaired")


def needs_fixing(text: str) -> bool:
    """The fast path: only lines with marks of mojibake, C1 controls or entities go to ftfy."""
    if text.isascii():
        return "&" in text and _HTML_ENTITY.search(text) is not None
    return (
        is_bad(text)
        or _C1_CONTROL_OR_LIGATURE.search(text) is not None
        or ("&" in text and _HTML_ENTITY.search(text) is not None)
    )
