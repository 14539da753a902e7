"""Step ``boilerplate``: find the article in a page of text, drop the rest.

Each line is described by features from its text alone: length, words, whether it ends a
sentence, the share of stopwords of the page's language, markup or a cookie notice, a date on a
short line (comment and teaser metadata), repetition on the page. The features give the line a
value: prose counts for its length, a sentence for a part of it, anything else costs a fixed
amount, dated lines (the boundaries between comments) much more. The article is the run of lines
with the highest total (the densest run of prose); when several runs are close, the first is
taken, since comments and teasers come after the article. Inside the run every line stays
(sub-headings, list items, quotes, short paragraphs) but markup; outside it every line goes,
except a few lines just above it, left for the fields step to find the title and date in.
When the page has no prose at all, nothing is dropped: when unsure, keep.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cleantext.dates import find_dates
from cleantext.normalisers.language import stoplist
from cleantext.page import Line, Page
from cleantext.shape import CLAUSE_END, copy_key, is_long

if TYPE_CHECKING:
    from cleantext.markup.features import Markup

NAME = "boilerplate"
HEADER_LINES = 10
"""Lines just above the article kept for the fields step (headline, kicker, byline, date)."""
SHORT_COST = 60.0
REPEATED_COST = 120.0
DATED_COST = 400.0
SENTENCE_SHARE = 0.3
ITEM_SHARE = 0.2
"""Numbered list items carry a run on (menus are not numbered); bulleted ones are neutral."""
FIRST_RUN_SHARE = 0.5
"""A run of prose earlier in the page wins when its total is at least this share of the best."""
THREAD_RUN_SHARE = 0.1
THREAD_RUN_MINIMUM = 800.0
"""...and when it is an article's worth of prose (a standfirst above the article's own dates is
not)."""
THREAD_DATES = 3
COMMENT_HEAD = 4
"""A dated line heads a comment when prose follows within this many lines."""
DATED_LINE_CHARS = 120
SHORT_LINE_CHARS = 50
"""Lines shorter than this without a sentence end take the fast path (menus, labels)."""
SPARSE_SHARE = 0.05
"""A long line without a sentence end and with fewer stopwords than this is a list of names or
keywords, not prose. Low on purpose: stoplists differ in size from language to language."""

_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"[.!?…。！？](?=[\s\"'”’»)\]]|$)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[\s>/]|&[a-z]+;|[{}]")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_MAYBE_CODE = re.compile(r"[<>{}=\\|_;#@&]")  # a cheap test before the two below
_CODE_CHARACTER = re.compile(r"[<>{}=/\\|_;#@]")
_DIGIT = re.compile(r"\d")  # every date has digits: a cheap test before the date finder
_COOKIE = re.compile(r"cookie|куки", re.IGNORECASE)
_CONSENT = re.compile(
    r"site|browser|consent|privacy|accept|agree|settings|datenschutz|einwillig|akzept|navega|"
    r"utilis|utiliz|consenti|сайт|згод|соглас",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")
_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|[•·▪‣◦*–-])\s+\S")


@dataclass(frozen=True, slots=True)
class Block:
    """What the classifier saw in a line: its kind, its value, and the features that decided."""

    kind: str
    value: float
    words: int = 0
    share: float | None = None
    """Share of the words that are stopwords of the page's language; ``None`` if not measured."""
    ends: bool = False
    note: str = ""

    @property
    def kept_in_article(self) -> bool:
        return self.kind not in ("markup", "cookie", "outside")

    @property
    def why(self) -> str:
        """The features that decided, in words (built only for the lines ``--explain`` shows)."""
        if self.note:
            return self.note
        unit = "characters" if self.kind.startswith("cjk") else "words"
        share = "" if self.share is None else f", stopwords {self.share:.0%}"
        end = "ends a sentence" if self.ends else "no sentence end"
        return f"{_KIND_NAMES[self.kind]}: {self.words} {unit}{share}, {end}"


_KIND_NAMES = {
    "prose": "prose",
    "sentence": "a sentence",
    "item": "a list item",
    "reply": "a short sentence",
    "short": "a short line",
    "text": "not prose",
    "cjk-prose": "prose",
    "cjk-sentence": "a sentence",
    "cjk-short": "a short line",
}


def drop_boilerplate(page: Page) -> None:
    """Tag every line outside the article run; note where the article starts."""
    lines = list(page.content_lines())
    blocks = classify_lines(lines, page.language)
    start, end = article_run([block.value for block in blocks], _comment_heads(blocks))
    if end < start:
        return  # no prose anywhere: keep the page as it is
    page.article_start = lines[start].number
    header_from = max(0, start - HEADER_LINES)
    for index, (line, block) in enumerate(zip(lines, blocks, strict=True)):
        if start <= index <= end:
            if not block.kept_in_article:
                page.remove(line, NAME, block.why)
        elif not header_from <= index < start or not block.kept_in_article:
            page.remove(line, NAME, f"outside the article: {block.why}")


def classify(texts: list[str], language: str | None) -> list[Block]:
    """One block per line, in order."""
    words = stoplist(language)
    cjk = language in ("zh", "ja")
    counts = Counter(text.casefold() for text in texts)
    blocks = []
    seen: set[str] = set()
    for text in texts:
        block = describe(text, cjk, words)
        key = copy_key(text)
        if key in seen and block.value > 0 and is_long(text):
            # the dedupe step will drop this copy: it must not hold the article run together
            blocks.append(Block("copy", 0.0, note="a copy of a line above"))
            continue
        seen.add(key)
        if not block.kept_in_article or block.kind == "prose" or block.ends:
            blocks.append(block)
            continue
        copies = counts[text.casefold()]
        if len(text) <= DATED_LINE_CHARS and _DIGIT.search(text) and find_dates(text):
            block = Block("dated", -DATED_COST, note="a short line with a date (metadata)")
        elif copies > 1 and block.value <= 0:  # never lowers a line that adds to the article
            block = Block("repeated", -REPEATED_COST, note=f"printed {copies} times")
        blocks.append(block)
    return blocks


# --- HTML input: what the markup says (text input never gets here) -----------------------------
OUTSIDE_CONTAINERS = frozenset(("nav", "aside", "footer", "form", "figure"))
OUTSIDE_HINTS = frozenset(
    ("comment", "share", "related", "promo", "ad", "cookie", "newsletter", "sidebar", "nav")
)
LINK_DENSITY = 0.5
"""On the development pages, lines in these containers, under these class/id words, or with
at least this share of link text are almost never article text (1-3% of their characters)."""
NEUTRAL_TAGS = frozenset(("li", "tr"))
"""A list item or a table row is short by nature: it costs nothing (the markup says it is one,
where a text dump needs a bullet to tell), so a list or a table does not cut an article."""
TEASER_RUN = 3
TEASER_GAP = 3
"""A teaser list: TEASER_RUN or more lines, at most TEASER_GAP lines apart, each right under a
line of link text (the summaries under linked headlines of other stories)."""
ARTICLE_SHARE = 0.6
"""A page whose ``<article>`` holds at least this share of its prose: the article element is the
article, and its sub-headings and short lines do not cut it."""
THREAD_LEAD_SHARE = 0.25
"""A page whose prose outside its thread of alike posts, up to the thread's end, is at most this
share of the prose in the posts is the thread (a forum: the first post is the article, the
replies belong with it; an article followed by its comments is not)."""


def classify_lines(lines: list[Line], language: str | None) -> list[Block]:
    """One block per line: :func:`classify` of the text, corrected by the markup of HTML input.

    Text input (no markup) is :func:`classify` exactly. For HTML, a line the markup places
    outside the article (navigation, aside, footer, form, figure; a comment, share, related,
    promo, ad, cookie, newsletter, sidebar or menu class; mostly link text; a teaser under a
    linked headline) is never kept and adds nothing to a run: it costs what a short or a
    repeated line costs, unless it ends a sentence (a comment's prose), so menus still separate
    runs; its text is not measured further. List items and table rows cost nothing; an
    ``<h1>`` is a headline, never prose; a page that is a thread keeps all its posts; an
    ``<article>`` that holds most of the prose is not cut by its sub-headings. When the
    markup would leave no prose at all, it is ignored (when unsure, keep), and on a page with no
    prose at all only what the markup puts outside goes.
    """
    texts = [line.text for line in lines]
    if all(line.markup is None for line in lines):
        return classify(texts, language)
    reasons = _outside_reasons(lines)
    inside = [index for index, reason in enumerate(reasons) if not reason]
    inner = classify([texts[index] for index in inside], language)
    described = dict(zip(inside, inner, strict=True))
    if not any(block.value > 0 for block in described.values()):
        blocks = classify(texts, language)
        if not inside or any(block.value > 0 for block in blocks):
            return blocks  # the markup would leave no prose, the text finds some: text decides
        return [  # no prose anywhere: what the markup puts outside goes, all the rest stays
            Block("outside", 0.0, note=reason) if reason else Block("item", 1.0, note="no prose")
            for reason in reasons
        ]
    folded = [text.casefold() for text in texts]  # lines are normalised: this is copy_key()
    counts = Counter(folded)
    seen: set[str] = set()
    blocks = []
    for index, (line, reason) in enumerate(zip(lines, reasons, strict=True)):
        if reason:
            if counts[folded[index]] > 1:
                value = -REPEATED_COST
            else:
                value = 0.0 if CLAUSE_END.search(line.text) else -SHORT_COST
            blocks.append(Block("outside", value, note=reason))
            seen.add(folded[index])
            continue
        block = described[index]
        if block.value > 0 and folded[index] in seen and is_long(line.text):
            block = Block("copy", 0.0, note="a copy of a line above")  # as classify() does
        elif block.value <= 0 and block.kind != "dated" and folded[index] in seen:
            block = Block("repeated", -REPEATED_COST, note="printed again outside the article")
        elif line.markup and line.markup.tag in NEUTRAL_TAGS and block.kind in ("short", "text"):
            block = Block("item", 0.0, block.words, block.share, block.ends)
        elif line.markup and line.markup.heading == 1 and block.value > 0:
            block = Block("short", -SHORT_COST, block.words, note="the page's <h1>, a headline")
        blocks.append(block)
    _hold_thread_together(lines, blocks)
    _hold_article_together(lines, blocks)
    return blocks


def _hold_article_together(lines: list[Line], blocks: list[Block]) -> None:
    """When the ``<article>`` element holds most of the page's prose, nothing in it after its
    ``<h1>`` (and outside its ``<header>``: kicker, headline, byline stay above the run for the
    fields step) costs anything: sub-headings and one-line paragraphs do not cut the article."""
    inside = [
        i for i, line in enumerate(lines) if line.markup and "article" in line.markup.containers
    ]
    if not inside:
        return
    first, last = inside[0], inside[-1]
    headlines = [i for i in inside if lines[i].markup and lines[i].markup.heading == 1]
    if headlines:
        first = max(first, headlines[-1] + 1)
    article = other = 0
    for index, (line, block) in enumerate(zip(lines, blocks, strict=True)):
        if block.value > 0:
            if first <= index <= last and line.markup and "article" in line.markup.containers:
                article += len(line.text)
            else:
                other += len(line.text)
    if not article or article < ARTICLE_SHARE * (article + other):
        return
    for index in range(first, last + 1):
        block, markup = blocks[index], lines[index].markup
        if block.value >= 0 or markup is None or "header" in markup.containers:
            continue
        if "article" in markup.containers:
            blocks[index] = Block(block.kind, 0.0, block.words, block.share, block.ends, block.note)


def _hold_thread_together(lines: list[Line], blocks: list[Block]) -> None:
    """On a page that is a thread, nothing between its first and last post costs anything, so
    the article run takes in every post. The lines the markup puts outside still go, but for an
    ``<aside>`` inside a post: in a thread that is a quote of another post."""
    posts = [index for index, line in enumerate(lines) if line.markup and line.markup.post]
    if not posts:
        return
    first, last = posts[0], posts[-1]
    thread = lead = 0
    for line, block in zip(lines[: last + 1], blocks, strict=False):
        if block.value > 0:
            if line.markup and line.markup.post:
                thread += len(line.text)
            else:
                lead += len(line.text)
    if not thread or lead > THREAD_LEAD_SHARE * thread:
        return
    for index in range(first, last + 1):
        block, markup = blocks[index], lines[index].markup
        if block.kind == "outside" and markup and markup.post and _quoted(markup):
            blocks[index] = Block("item", 0.0, note="a quote inside a post")
        elif block.value < 0:
            blocks[index] = Block(block.kind, 0.0, block.words, block.share, block.ends, block.note)


def _quoted(markup: Markup) -> bool:
    """Outside the article only for being in an ``<aside>`` (a quote, inside a post)."""
    return (
        "aside" in markup.containers
        and not markup.containers & (OUTSIDE_CONTAINERS - {"aside"})
        and not markup.hints & OUTSIDE_HINTS
        and markup.link_density < LINK_DENSITY
    )


def _outside_reasons(lines: list[Line]) -> list[str]:
    """:func:`_outside` of each line's markup, worked out once per distinct markup (the HTML
    step shares one object between the lines of the same context), and teasers marked."""
    known: dict[int, str] = {}
    reasons = []
    for line in lines:
        markup = line.markup
        if markup is None:
            reasons.append("")
            continue
        reason = known.get(id(markup))
        if reason is None:
            reason = known[id(markup)] = _outside(markup)
        reasons.append(reason)
    _mark_teasers(lines, reasons)
    return reasons


def _mark_teasers(lines: list[Line], reasons: list[str]) -> None:
    """A list of teasers: lines that each come right after a line of link text (a headline
    linked to its story), TEASER_RUN or more of them a few lines apart."""
    after_links = [
        index
        for index in range(1, len(lines))
        if not reasons[index]
        and (markup := lines[index - 1].markup) is not None
        and markup.link_density >= LINK_DENSITY
        and not markup.post
    ]
    run: list[int] = []
    for index in [*after_links, len(lines) + TEASER_GAP + 1]:
        if run and index - run[-1] > TEASER_GAP:
            if len(run) >= TEASER_RUN:
                for teaser in run:
                    reasons[teaser] = "a teaser under a linked headline"
            run = []
        run.append(index)


def _outside(markup: Markup) -> str:
    """Why the markup places a line outside the article (empty when it does not)."""
    containers = markup.containers & OUTSIDE_CONTAINERS
    if containers:
        return f"inside <{min(containers)}>"
    hints = markup.hints & OUTSIDE_HINTS
    if hints:
        return f"class or id says {min(hints)}"
    if markup.link_density >= LINK_DENSITY:
        return f"links are {markup.link_density:.0%} of the text"
    return ""


def describe(text: str, cjk: bool, words: frozenset[str] | None) -> Block:
    """The kind and value of one line from its own text.

    ``cjk``: the page is Chinese or Japanese, measured in characters; ``words``: the stoplist.
    """
    length = len(text)
    if _MAYBE_CODE.search(text) and (
        _MARKUP.search(text) or len(_CODE_CHARACTER.findall(text)) > 0.03 * length + 2
    ):
        return MARKUP
    if "://" in text or "www." in text:
        url_characters = sum(len(url) for url in _URL.findall(text))
        if url_characters > 0.5 * length:
            return MARKUP
    ends = CLAUSE_END.search(text) is not None
    if not ends and length < SHORT_LINE_CHARS and not cjk:  # the fast path: menus, labels
        count = len(text.split())
        if count <= 6 and not (count >= 2 and _LIST_ITEM.match(text)):
            return Block("short", -SHORT_COST, count)
    if _COOKIE.search(text) and _CONSENT.search(text):  # a cookie notice, not a recipe
        return COOKIE
    if cjk and len(_CJK.findall(text)) > 0.3 * length:
        return _describe_cjk(text, ends)
    tokens = _WORD.findall(text.casefold())
    count = len(tokens)
    if not _LETTER.search(text):  # numbers and signs only: a date, a score, a price
        return Block("short", -SHORT_COST, count, None, ends)
    share = sum(1 for token in tokens if token in words) / count if words and count else None
    if (count >= 10 and ends) or (count >= 25 and (share is None or share >= SPARSE_SHARE)):
        return Block("prose", float(length), count, share, ends)
    if count >= 3 and ends:
        return Block("sentence", SENTENCE_SHARE * length, count, share, ends)
    if count >= 2 and _LIST_ITEM.match(text):
        value = ITEM_SHARE * length if _NUMBERED.match(text) else 0.0
        return Block("item", value, count, share, ends)
    if ends and _LETTER.search(text):  # "No." "Why not?": a reply in an interview
        return Block("reply", SENTENCE_SHARE * length, count, share, ends)
    kind = "short" if count <= 6 else "text"
    return Block(kind, -SHORT_COST, count, share, ends)


def _describe_cjk(text: str, ends: bool) -> Block:
    breaks = len(_SENTENCE_BREAK.findall(text)) + text.count("，") + text.count("、")
    length = len(text)
    if length >= 50 and breaks >= 2:
        return Block("cjk-prose", float(length), length, None, ends)
    if length >= 20 and ends:
        return Block("cjk-sentence", SENTENCE_SHARE * length, length, None, ends)
    return Block("cjk-short", -SHORT_COST, length, None, ends)


MARKUP = Block("markup", -SHORT_COST, note="markup, code or a URL")
COOKIE = Block("cookie", -SHORT_COST, note="a cookie notice")


def _comment_heads(blocks: list[Block]) -> list[bool]:
    """Dated lines followed closely by prose: the head of a comment or a post in a thread
    (a teaser list has dates too, but headlines under them, not prose)."""
    return [
        block.kind == "dated"
        and any(after.kind == "prose" for after in blocks[index + 1 : index + 1 + COMMENT_HEAD])
        for index, block in enumerate(blocks)
    ]


def article_run(values: list[float], dated: list[bool]) -> tuple[int, int]:
    """First and last index of the article run; ``(0, -1)`` when no run has a positive total.

    The runs are the best-scoring stretches (maximum-sum subarrays), found greedily: the best,
    then the best of what is left on either side. The first run whose total reaches
    FIRST_RUN_SHARE of the best one is the article; or, when a thread follows it (at least
    THREAD_DATES dated lines: comments, each under its author and date), the first run that
    reaches THREAD_RUN_SHARE, since a long discussion easily outweighs the article it follows.
    """
    runs = []
    pending = [(0, len(values))]
    while pending:
        low, high = pending.pop()
        total, start, end = _best_run(values, low, high)
        if end >= start:
            runs.append((start, end, total))
            pending += [(low, start), (end + 1, high)]
    if not runs:
        return 0, -1
    best = max(total for _, _, total in runs)
    dated_after = [0] * (len(values) + 1)
    for index in range(len(values) - 1, -1, -1):
        dated_after[index] = dated_after[index + 1] + dated[index]
    for start, end, total in sorted(runs):
        if total >= FIRST_RUN_SHARE * best:
            return start, end
        in_thread = dated_after[end + 1] >= THREAD_DATES and total >= THREAD_RUN_MINIMUM
        if in_thread and total >= THREAD_RUN_SHARE * best:
            return start, end
    raise AssertionError("the best run always qualifies")


def _best_run(values: list[float], low: int, high: int) -> tuple[float, int, int]:
    """Kadane's maximum-sum subarray of values[low:high]; end < start when none is positive."""
    best, best_start, best_end = 0.0, low, low - 1
    total, start = 0.0, low
    for index in range(low, high):
        if total <= 0:
            total, start = values[index], index
        else:
            total += values[index]
        if total > best:
            best, best_start, best_end = total, start, index
    return best, best_start, best_end
