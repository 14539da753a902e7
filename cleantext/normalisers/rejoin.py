"""Step ``rejoin``: glue back the pieces of a paragraph that the scraper split into lines.

``get_text("\\n")`` puts a line break around every inline element, so ``He said <a>Rutte</a>
was …`` comes out as three lines. A line continues on the next one when it does not end a
sentence and either the next line starts in lower case or with closing punctuation, or the line
ends with a dash, a comma or an opening bracket, or with a word that cannot end a paragraph in
the page's language (``of``, ``the``, ``und``, ``від`` …: data/function_words.json).
Lines are never joined across a blank line: scrapers split inline elements without one, and a
blank line is how cleantext's own output separates paragraphs (so cleaning it again joins
nothing). The continuation is appended to the line and marked ``joined``; nothing is dropped.
"""

from __future__ import annotations

from cleantext.dates import is_relative_line, parse_dateline
from cleantext.normalisers.encoding import repair_line
from cleantext.normalisers.language import function_words
from cleantext.page import Line, Page
from cleantext.shape import CLAUSE_END

NAME = "rejoin"

TAIL = 64
"""How much of the end of a paragraph decides whether it goes on (the last word, punctuation)."""
_OPEN_ENDING = ("—", "–", "-", ",", "(", "[", "“", "«", "„", "，", "、", "「", "《", "（")
_CLOSING_START = tuple(",.;:!?)]’”»%…，。、；：！？）」》")
_CONTINUING_START = (*_CLOSING_START, "(")


def rejoin(page: Page) -> None:
    """Append continuation lines to the line they continue.

    The pieces of a paragraph are collected and joined once, and only the end of what is
    collected so far is examined: a page of many short lines costs linear time.
    """
    ends_paragraph_never = function_words().get(page.language or "", frozenset())
    paragraph: list[str] = []
    head: Line | None = None
    for line in page.lines:
        if not line.text and line.removal is None:
            _close(page, head, paragraph)
            head, paragraph = None, []  # a blank line ends a paragraph, whatever the words
            continue
        if not line.kept or not line.text:
            continue
        tail = paragraph[-1][-TAIL:] if paragraph else ""
        if head is not None and continues(tail, line.text, ends_paragraph_never):
            paragraph.append("" if line.text.startswith(_CLOSING_START) else " ")
            paragraph.append(line.text)
            line.role = "joined"
            continue
        _close(page, head, paragraph)
        head, paragraph = line, [line.text]
    _close(page, head, paragraph)


def _close(page: Page, head: Line | None, paragraph: list[str]) -> None:
    """Write a joined paragraph to its first line; what a join forms is checked like a line
    of the page: for mojibake, and against the noise rules."""
    if head is None or len(paragraph) < 2:
        return
    head.text = "".join(paragraph)
    repair_line(page, head, NAME)
    rule = page.noise_rules.match(head.text) if page.noise_rules is not None else None
    if rule is not None:
        page.remove(head, "noise", rule.describe())


def continues(text: str, following: str, function_words: frozenset[str]) -> bool:
    """Whether ``following`` carries on the paragraph whose end is ``text``."""
    if CLAUSE_END.search(text):
        return False
    first = following[:1]
    if first.islower() or following.startswith(_CONTINUING_START) or text.endswith(_OPEN_ENDING):
        return not _is_dateline(following)
    last_word = text.rsplit(maxsplit=1)[-1].casefold() if text else ""
    return last_word in function_words and not _is_dateline(following)


def _is_dateline(text: str) -> bool:
    """A date on a line of its own, printed ("publié le 17 octobre 2024") or relative ("vor 2
    Stunden"), continues nothing: it heads an article or a comment."""
    return parse_dateline(text) is not None or is_relative_line(text)
