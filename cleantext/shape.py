"""The shape of a line: running prose, or a short line (heading, menu item, label).

Shared by the steps that need to know where the article's prose starts.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
CLAUSE_END = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*$")
"""A sentence end, or a colon or semicolon: where a line may end without going on."""
NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
"""Scripts written without spaces between words: length stands in for a word count."""


def is_prose(text: str) -> bool:
    """A line that reads as a sentence of running text, not a heading or a menu item."""
    if NO_SPACE_SCRIPT.search(text):
        return len(text) >= 40 or (len(text) >= 15 and SENTENCE_END.search(text) is not None)
    words = len(text.split(maxsplit=20))
    return words >= 20 or (words >= 6 and SENTENCE_END.search(text) is not None)


def first_prose_index(texts: list[str]) -> int:
    """Index of the first prose line; ``len(texts)`` when there is none."""
    return next((index for index, text in enumerate(texts) if is_prose(text)), len(texts))


LONG_LINE_WORDS = 4
LONG_LINE_CHARS = 20


def is_long(text: str) -> bool:
    """Long enough (words, or characters for CJK) that a second copy is never deliberate."""
    return (
        len(text) >= LONG_LINE_CHARS or len(text.split(maxsplit=LONG_LINE_WORDS)) >= LONG_LINE_WORDS
    )


def copy_key(text: str) -> str:
    """Two lines are copies of each other when they are equal ignoring case and spacing."""
    return " ".join(text.casefold().split())
