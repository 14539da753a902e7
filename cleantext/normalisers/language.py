"""Step ``language``: guess the page's language, cheaply, from its own words.

Scripts decide first (Hangul, kana, Han); otherwise the language whose stoplist (from the
stop-words package) covers most of the page's words wins. The guess picks the stoplist that
the boilerplate step measures prose with and the function words the rejoin step looks for.
Lines of fewer than :data:`PROSE_WORDS` words are left out of the count: menus are often in
English on pages that are not, and a clean article keeps the same guess once its menus are gone.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from cleantext.page import Page

NAME = "language"
PROSE_WORDS = 6
SAMPLE_WORDS = 5000
"""Enough words to tell languages apart; more only costs time."""

_WORD = re.compile(r"\w+")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(page: Page) -> None:
    """Set ``page.language`` (ISO 639-1) from the page's longer lines; ``None`` if unsure."""
    prose = [
        line.text for line in page.content_lines() if len(line.text.split()) >= PROSE_WORDS
    ] or [line.text for line in page.content_lines()]
    page.language = guess_language("\n".join(prose))


def guess_language(text: str) -> str | None:
    """The language of ``text``: by script for CJK, by stoplist coverage for the rest."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return None
    hangul, kana, han = (len(pattern.findall(text)) for pattern in (_HANGUL, _KANA, _HAN))
    if hangul > 0.3 * letters:
        return "ko"
    if kana > 0.05 * letters and kana + han > 0.3 * letters:
        return "ja"
    if han > 0.3 * letters:
        return "zh"
    words = _WORD.findall(text.casefold())[:SAMPLE_WORDS]
    best, hits = None, 0
    for language, stoplist in stoplists().items():
        count = sum(1 for word in words if word in stoplist)
        if count > hits:
            best, hits = language, count
    return best if hits >= 2 else None


@cache
def stoplists() -> dict[str, frozenset[str]]:
    """Every stoplist of the stop-words package, by ISO 639-1 code, read once."""
    from stop_words import LANGUAGE_MAPPING, get_stop_words

    return {
        code: frozenset(word.casefold() for word in get_stop_words(code))
        for code in sorted(LANGUAGE_MAPPING)
    }


def stoplist(language: str | None) -> frozenset[str] | None:
    """The stoplist of a language; ``None`` where there is none or it does not count words
    (Chinese, Japanese and Korean are measured by characters and punctuation instead)."""
    if language is None or language in ("zh", "ja", "ko"):
        return None
    return stoplists().get(language)


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Words that cannot end a paragraph, per language (``data/function_words.json``)."""
    data = json.loads(
        (resources.files("cleantext") / "data" / "function_words.json").read_text("utf-8")
    )
    return {code: frozenset(words.split()) for code, words in data.items() if code[0] != "_"}
