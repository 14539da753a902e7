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
from collections import Counter
from functools import cache
from importlib import resources

from cleantext.page import Page

NAME = "language"
PROSE_WORDS = 6
SAMPLE_CHARACTERS = 30_000
"""Enough text to tell languages apart; more only costs time."""

_WORD = re.compile(r"\w+")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def detect_language(page: Page) -> None:
    """Set ``page.language`` (ISO 639-1) from the page's longer lines; ``None`` if unsure."""
    prose = [
        line.text for line in page.content_lines() if len(line.text.split()) >= PROSE_WORDS
    ] or [line.text for line in page.content_lines()]
    page.language = guess_language("\n".join(prose))


def guess_language(text: str) -> str | None:
    """The language of ``text``: by script for CJK, by stoplist coverage for the rest."""
    text = text[:SAMPLE_CHARACTERS]
    if _CJK.search(text):
        letters = len(_LETTER.findall(text))
        hangul, kana, han = (len(pattern.findall(text)) for pattern in (_HANGUL, _KANA, _HAN))
        if hangul > 0.3 * letters:
            return "ko"
        if kana > 0.05 * letters and kana + han > 0.3 * letters:
            return "ja"
        if han > 0.3 * letters:
            return "zh"
    hits: Counter[str] = Counter()
    languages_of = stopword_languages()
    for word, count in Counter(_WORD.findall(text.casefold())).items():
        for language in languages_of.get(word, ()):
            hits[language] += count
    if not hits:
        return None
    ((best, score),) = hits.most_common(1)
    return best if score >= 2 else None


@cache
def stoplists() -> dict[str, frozenset[str]]:
    """Every stoplist of the stop-words package, by ISO 639-1 code, read once."""
    from stop_words import LANGUAGE_MAPPING, get_stop_words

    return {
        code: frozenset(word.casefold() for word in get_stop_words(code))
        for code in sorted(LANGUAGE_MAPPING)
    }


@cache
def stopword_languages() -> dict[str, tuple[str, ...]]:
    """Each stopword with the languages it belongs to: one lookup a word, not one a language."""
    index: dict[str, list[str]] = {}
    for language, words in stoplists().items():
        for word in words:
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


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
