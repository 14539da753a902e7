"""Step ``encoding``: repair mojibake (``Ã©``, ``â€™``, double-encoded UTF-8) with ftfy.

Most lines need nothing: ASCII lines and lines without the characters mojibake is made of skip
ftfy entirely (the fast path). It runs after the whitespace step, so control characters cannot
hide mojibake from ftfy, and a repaired line is normalised again (a repair can bring back an
NBSP). Curly quotes and full-width CJK punctuation are kept as written: they are correct text,
not damage.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from cleantext.normalisers.whitespace import normalise_line
from cleantext.page import Line, Page

NAME = "encoding"

# What mojibake is made of: C1 controls, Latin-1 letters and symbols, windows-1252's extras,
# the rare letters windows-1251 turns UTF-8 bytes into ("РџСЂРёРІРµС‚"), Mac Roman's maths
# signs, ligatures. A line without any of these never goes to ftfy, so pages
# in ASCII, Cyrillic or CJK do not even import it.
_SUSPECT = re.compile(
    "[\x80-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2020\u2021\u2030\u2039\u203a\u20ac\u2122\u221a\u2202\u2206\u220f\u2211"
    "\u221e\u2260\u2264\u2265\u25ca\ufb00-\ufb06\u0402\u0403\u0405\u0408-\u040b\u040f"
    "\u0452\u0453\u0455\u0458-\u045b\u045f\u201a]"
)
_C1_CONTROL_OR_LIGATURE = re.compile("[\x80-\x9f\ufb00-\ufb06]")
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


@cache
def _ftfy() -> tuple[Any, Any, Any]:
    """ftfy, imported on first need (it costs ~0.1 s), with our configuration."""
    import ftfy
    from ftfy.badness import is_bad

    config = ftfy.TextFixerConfig(
        unescape_html="auto",
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,  # the whitespace step does this and records it
        normalization=None,  # likewise: repaired lines go through its normalise_line
        explain=True,
    )
    return ftfy.fix_and_explain, is_bad, config


def fix_encoding(page: Page) -> None:
    """Send the lines that show signs of damage to ftfy and record what it did."""
    if page.text.isascii() and "&" not in page.text:
        return
    for line in page.lines:
        repair_line(page, line, NAME)
    if any(repair.step == NAME for repair in page.repairs):
        page.warnings.append("encoding repaired")


def repair_line(page: Page, line: Line, step: str) -> None:
    """Repair one line in place when it needs it, recording the repair under ``step``.

    Also used by the rejoin step: two pieces that were fine alone can form mojibake together.
    """
    text = line.text
    if not needs_fixing(text):
        return
    fix_and_explain, _, config = _ftfy()
    fixed, steps = fix_and_explain(text, config)
    fixed = normalise_line(fixed)[0]
    if fixed != text:
        rule = ", ".join(f"{action} {detail}" for action, detail in steps or [])
        page.repair(line, step, rule or "ftfy", fixed)


def needs_fixing(text: str) -> bool:
    """The fast path: only lines with marks of mojibake, C1 controls or entities go to ftfy."""
    if "&" in text and _HTML_ENTITY.search(text) is not None:
        return True
    if text.isascii() or _SUSPECT.search(text) is None:
        return False
    return _C1_CONTROL_OR_LIGATURE.search(text) is not None or _ftfy()[1](text)
