"""The headline of a page: which line it is, and the site name around it.

From text alone, every short line near the article is a candidate and earns points for what
headlines look like and where they stand: just above the article start, printed twice (the
layout repeats the headline in a breadcrumb or a second layout), spelled by the URL's slug,
followed by a byline or a dateline, longer than the menu items around it. From HTML, the
markup's own claims (JSON-LD ``headline``, ``og:title``, ``<h1>``, ``<title>``) are candidates
too, worth more the more of them agree.

A site name is cut from a headline (``Headline | Site``, ``Site - Headline``) only when the
segment is the site: it spells the URL's host, it stands alone as a line of the page, or the
markup prints the headline without it. A section name, a menu item or a kicker is never the
title alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field

from cleantext.dates import find_dates
from cleantext.page import lines_matching
from cleantext.shape import NO_SPACE_SCRIPT, SENTENCE_END, copy_key
from cleantext.urls import UrlInfo, fold, slug_spellings, word_tokens

__all__ = [
    "HINT_SOURCES",
    "Candidate",
    "acceptable",
    "copy_keys",
    "hint_candidates",
    "rank_lines",
    "site_name_cut",
    "slug_score",
]

MAX_TITLE_CHARS = 300
MAX_SITE_WORDS = 6

_LETTER = re.compile(r"[^\W\d_]")
_BYLINE_PATTERN = (
    r"^(?:by|von|par|por|di|da|door|av|przez|autor(?:in)?|author|written by|text|"
    r"автор|від|от|作者|記者|文|기자)\b(?:[^\S\n]|:)*\S|^@\w|https?://|www\.|\S@\S"
)
_BYLINE = re.compile(_BYLINE_PATTERN, re.IGNORECASE)
_BYLINE_LINES = re.compile(_BYLINE_PATTERN, re.IGNORECASE | re.MULTILINE)
"""The same, for lines joined by line breaks (never matching across one)."""
BYLINE_WORDS = 6
"""A byline is short: "Von Sprachregeln, Gender-Politik und …" is a headline."""
# Separators between a headline and a site name (the spaces around them matter).
_SEPARATORS = (" | ", " || ", " – ", " — ", " - ", " · ", " • ", " :: ", " » ", " / ", " ~ ", "｜")
_SEPARATOR = re.compile(
    "(" + "|".join(re.escape(s) for s in sorted(_SEPARATORS, key=len, reverse=True)) + ")"
)
_CRUMB = re.compile(r"\s*[»›]\s*")
"""A breadcrumb glued to a headline: ``News» Politics» Headline``."""
_CODE = re.compile(r"javascript:|[{}<>]|\w\(\)|\w\.\w+\(")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)


@dataclass(slots=True)
class Candidate:
    """A possible title: its text, the line it stands on (if any) and why it scored."""

    text: str
    score: float = 0.0
    index: int = -1
    """Position among the page's candidate lines; -1 for a markup hint."""
    features: dict[str, float] = field(default_factory=dict)
    markup: bool = False
    """Scored as one of the markup's claims (:data:`HTML_WEIGHTS`), else as a line."""
    notes: list[str] | None = None
    """Reasons given outright, in place of those its features earn."""

    def reasons(self) -> list[str]:
        """Why it scored, in words: the features that earned it points (built on demand: only
        the chosen title is explained)."""
        if self.notes is not None:
            return self.notes
        weights, labels = (HTML_WEIGHTS, _HTML_REASONS) if self.markup else (WEIGHTS, _REASONS)
        return [
            labels[name] for name in self.features if name in labels and weights.get(name, 0) > 0
        ]


def letters(text: str) -> bool:
    return _LETTER.search(text) is not None


def is_byline(text: str) -> bool:
    """ "By Jane Doe", "Von Max Muster | 17.10.2024": a short line, or one that also dates."""
    return _BYLINE.search(text) is not None and _byline_length(text)


def _byline_length(text: str) -> bool:
    return len(text.split(maxsplit=BYLINE_WORDS)) <= BYLINE_WORDS or bool(find_dates(text))


def words_of(text: str) -> int:
    """Words, or for scripts without spaces a character count divided by two."""
    if not text.isascii() and NO_SPACE_SCRIPT.search(text):
        return max(1, len(text.replace(" ", "")) // 2)
    return len(text.split())


_RAW_WORD = re.compile(r"[^\W_]+")


def slug_score(text: str, info: UrlInfo | None) -> float:
    """How well a line spells the URL's slug: the F1 of their words (0 when no slug)."""
    if info is None or len(info.slug) < 2:
        return 0.0
    words = [w for w in _RAW_WORD.findall(text.casefold()) if not w.isdigit()]
    if not words:
        return 0.0
    slug = set(info.slug)
    variants = [slug_spellings(w) for w in words]
    found = sum(1 for spellings in variants if any(v in slug for v in spellings))
    if not found:
        return 0.0
    precision = found / len(words)
    spelled = {v for spellings in variants for v in spellings}
    recall = sum(1 for w in info.slug if w in spelled) / len(info.slug)
    return 2 * precision * recall / (precision + recall)


def is_site_name(
    segment: str, info: UrlInfo | None, site_lines: Container[str] = frozenset()
) -> bool:
    """Whether a title segment names the site: spells the host, looks like a domain, or is
    printed on the page as a line of its own elsewhere (a logo, a footer)."""
    text = segment.strip(" -|·•:»/~")
    if not text or not letters(text):
        return False
    if _DOMAIN.match(text):
        return True
    if copy_key(text) in site_lines:
        return True
    if info is None or len(info.site_key) < 2:
        return False
    key = "".join(ch for ch in fold(text) if ch.isalnum())
    if not key:
        return False
    short = len(text.split()) <= MAX_SITE_WORDS - 2
    for site in (info.site_key, info.host_key):
        if key == site:
            return True
        comparable = short and len(key) >= 4 and len(site) >= 4 and len(key) <= 2 * len(site) + 4
        if comparable and (key in site or site in key):
            return True
    site = info.site_key
    words = word_tokens(text)
    initials = "".join(w[0] for w in words if w)
    return len(words) >= 2 and len(initials) >= 2 and initials == site


def site_name_cut(
    title: str,
    info: UrlInfo | None,
    site_lines: Container[str] = frozenset(),
    known: Iterable[str] = (),
) -> tuple[str, str | None]:
    """The title without a site-name segment at either end, and the segment cut (or None).

    Cuts repeat (``Headline - Section - Site``) while the end segment is the site's name, or a
    short segment after a bar when the rest is long. ``known`` are other renderings of the
    headline (from markup): a segment whose removal leaves one of them is cut too.
    """
    known_keys = {copy_key(k) for k in known if k}
    cut_parts: list[str] = []
    current = title.strip()
    for _ in range(4):
        parts = _SEPARATOR.split(current)
        if len(parts) < 3:
            break
        head = "".join(parts[:-2]).strip()
        tail = parts[-1].strip()
        first = parts[0].strip()
        rest = "".join(parts[2:]).strip()
        bar = parts[-2].strip() in ("|", "||", "｜")
        if head and (
            copy_key(head) in known_keys
            or is_site_name(tail, info, site_lines)
            or (
                bar
                and len(tail.split()) <= MAX_SITE_WORDS
                and len(head) > len(tail)
                and words_of(head) >= 3
            )
        ):
            cut_parts.append(tail)
            current = head
            continue
        if rest and (
            (copy_key(rest) in known_keys and words_of(first) <= MAX_SITE_WORDS)
            or is_site_name(first, info)
        ):
            cut_parts.append(first)
            current = rest
            continue
        break
    crumbs = _CRUMB.split(current)
    if (
        len(crumbs) > 1
        and all(0 < words_of(c) <= 3 for c in crumbs[:-1])
        and words_of(crumbs[-1]) >= 3
    ):
        cut_parts.append(" » ".join(c.strip() for c in crumbs[:-1]))
        current = crumbs[-1].strip()
    if not cut_parts or not letters(current):
        return title.strip(), None
    return current, " / ".join(cut_parts)


def acceptable(text: str) -> bool:
    """Whether a text may be a title at all, from its own text: headline-shaped (not a byline,
    a dateline, a label ending in a colon, code) and more than one word (or, in scripts written
    without spaces, a few characters)."""
    features = shape_features(text)
    return features is not None and "one_word" not in features


_TIME_ONLY = re.compile(
    r"^[\W\d_]*(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?m\.?)[\W\d_]*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_UPPER_START = re.compile(r"^[\W\d_]*[^\W\d_]")


def shape_features(text: str) -> dict[str, float] | None:
    """The features of a line's own text; None when it can never be a title."""
    if len(text) > MAX_TITLE_CHARS or not letters(text) or is_byline(text):
        return None
    return _shape(text, words_of(text))


def _shape(text: str, n: int) -> dict[str, float] | None:
    """:func:`shape_features` of a text known to be short, to have letters and not to be a
    byline; ``n``: its :func:`words_of`."""
    if _TIME_ONLY.match(text) or _CODE.search(text):
        return None
    if text.rstrip().endswith((":", ",", ";")):
        return None  # a kicker, a label or a piece of a sentence
    f: dict[str, float] = {}
    if text.startswith(("(", "[")) or (text.endswith((")", "]")) and "(" not in text[:-1]):
        f["bracketed"] = 1.0
    if n <= 1:
        f["one_word"] = 1.0
    elif n == 2:
        f["two_words"] = 1.0
    elif n == 3:
        f["three_words"] = 1.0
    elif n > 30:
        f["over_30_words"] = 1.0
    elif n > 20:
        f["over_20_words"] = 1.0
    stripped = text.rstrip("\"'”’»)]")
    if stripped.endswith(".") and not stripped.endswith("...") and n >= 8:
        f["ends_sentence"] = 1.0
    first = _UPPER_START.match(text)
    if first is not None and first.group()[-1].islower():
        f["starts_lower"] = 1.0
    if _CLOCK.search(text):
        f["clock"] = 1.0
    alpha = sum(map(str.isalpha, text))
    if alpha < 0.6 * (len(text) - text.count(" ")):
        f["few_letters"] = 1.0
    return f


WEIGHTS: dict[str, float] = {
    # The line's own text (one-word lines never compete: see acceptable()).
    "two_words": -1.37,
    "three_words": -1.03,
    "over_20_words": -0.46,
    "over_30_words": -0.27,
    "ends_sentence": -0.6,
    "starts_lower": -0.57,
    "few_letters": -0.08,
    "bracketed": -0.13,
    "clock": 0.01,
    "has_date": -0.17,
    # How far above the article start it stands (in non-blank lines).
    "distance_1": -0.01,
    "distance_2_3": 0.0,
    "distance_4_8": 0.43,
    "distance_9_15": 0.58,
    "distance_16_30": -0.04,
    "distance_31_60": -0.41,
    "distance_61_120": -0.55,
    "removed": -0.17,
    # What surrounds it.
    "dateline_below": 1.44,
    "dateline_above": 1.01,
    "byline_below": 0.94,
    "standfirst_below": 0.9,
    "short_above": 0.52,
    "longer_than_neighbours": 0.26,
    "longest_nearby": 0.65,
    "menu_neighbours": -0.56,
    "headline_run": -0.48,
    "dated_list": -0.04,
    # What the page and the URL say about it.
    "slug": 3.42,
    "body_overlap": 1.37,
    "lead_overlap": 1.2,
    "quoted_elsewhere": 0.33,
    "printed_2": 0.09,
    "printed_3": 0.01,
    "printed_4": -0.27,
    "section_name": -2.0,
    "site_name": -2.0,
}
"""Points per feature of a line as a title. Fitted (a conditional logit: one choice a page) on
the development pages of ``../shared/eval/meta`` and checked by cross-validation over sites;
``section_name`` and ``site_name`` are set by hand (rare there, but never a title)."""
_REASONS = {
    "slug": "matches the URL slug",
    "body_overlap": "shares the article's words",
    "lead_overlap": "shares the first paragraph's words",
    "quoted_elsewhere": "quoted in another line",
    "printed_2": "printed twice",
    "dateline_below": "a dateline below",
    "dateline_above": "a dateline above",
    "byline_below": "a byline below",
    "standfirst_below": "a standfirst below",
    "longest_nearby": "the longest headline around",
    "longer_than_neighbours": "longer than the lines around it",
}


_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")


def content_words(text: str) -> set[str]:
    """The words that carry a text's subject: no stopwords (of any language), no numbers; for
    scripts without spaces, pairs of characters. ``text`` may be several lines joined by line
    breaks: no word spans one."""
    from cleantext.normalisers.language import stopword_languages

    lower = text.casefold()
    out = set(_CONTENT_WORD.findall(lower)).difference(stopword_languages())
    if not lower.isascii():
        for run in _CJK_RUN.findall(lower):
            out.update(run[i : i + 2] for i in range(len(run) - 1))
    return out


ARTICLE_LINES = 40
ARTICLE_CHARS = 4000
LEAD_CHARS = 400
QUOTE_LINE_CHARS = 600
CONTEXT = 8
"""Lines on either side of a candidate that its features look at."""


class Lines:
    """What the ranking reads about every line near the candidates, computed once for all of
    them: the lines within :data:`CONTEXT` of the window are searched at once, joined."""

    def __init__(
        self,
        texts: Sequence[str],
        start: int,
        info: UrlInfo | None,
        datelines: Sequence[bool],
        removed: Sequence[bool],
        window: int,
        keys: Sequence[str] | None = None,
    ) -> None:
        self.texts = texts
        self.start = start
        self.info = info
        self.datelines = datelines
        self.removed = removed
        self.low = max(0, start - window)
        self.keys = keys if keys is not None else [copy_key(t) for t in texts]
        self.counts = Counter(self.keys)
        self.body = article_words(texts, start)
        self.lead = article_words(texts, start, LEAD_CHARS)
        self._within: Callable[[str], bool] | None = None
        n = len(texts)
        lo, hi = max(0, self.low - CONTEXT), min(n, start + CONTEXT + 1)
        self.offset = lo
        near = texts[lo:hi]
        joined = "\n".join(near)
        cjk = set() if joined.isascii() else _matching(near, joined, NO_SPACE_SCRIPT)
        self.words = [
            max(1, len(t.replace(" ", "")) // 2) if j in cjk else len(t.split())
            for j, t in enumerate(near)
        ]
        ends = _matching(near, joined, _SENTENCE_END_LINES)
        self.sentence = [j in ends for j in range(len(near))]
        bylines = {j for j in _matching(near, joined, _BYLINE_LINES) if _byline_length(near[j])}
        self.byline = [j in bylines for j in range(len(near))]
        self.headline = [
            5 <= w <= 30 and j not in ends and letters(t)
            for j, (t, w) in enumerate(zip(near, self.words, strict=True))
        ]
        self.dated = list(datelines[lo:hi])

    def within(self, key: str) -> bool:
        """Whether a key is quoted inside another, longer line (:func:`quoted_in`)."""
        if self._within is None:
            self._within = quoted_in(self.keys)
        return self._within(key)


def copy_keys(texts: Sequence[str], joined: str) -> list[str]:
    """:func:`~cleantext.shape.copy_key` of every text, from the texts ``joined`` by line
    breaks: case-folded at once (folding is per character and never makes a space), and only
    the lines with other spacing than single inner spaces split and joined again."""
    folded = joined.casefold()
    keys = folded.split("\n")
    if len(keys) != len(texts):
        return [copy_key(t) for t in texts]
    for index in lines_matching(folded, _IRREGULAR_SPACE):
        keys[index] = " ".join(keys[index].split())
    return keys


_IRREGULAR_SPACE = re.compile(r"[^\S \n]|  |^ | $", re.MULTILINE)


def _matching(texts: Sequence[str], joined: str, pattern: re.Pattern[str]) -> set[int]:
    """Indexes of the texts (``joined`` by line breaks) in which ``pattern`` matches."""
    if joined.count("\n") == len(texts) - 1:
        return lines_matching(joined, pattern)
    return {index for index, text in enumerate(texts) if pattern.search(text)}


_SENTENCE_END_LINES = re.compile(SENTENCE_END.pattern, re.MULTILINE)


RICH = (
    "slug",
    "body_overlap",
    "lead_overlap",
    "quoted_elsewhere",
    "has_date",
    "section_name",
    "site_name",
)
"""The features that cost the most: computed only for lines that can still win."""


def plain_features(lines: Lines, index: int) -> dict[str, float] | None:
    """The cheap features of line ``index``: its shape, where it stands, what surrounds it."""
    start = lines.start
    text = lines.texts[index]
    distance = start - index
    if lines.datelines[index] or distance <= 0:
        return None
    j = index - lines.offset
    words, ends, dated = lines.words, lines.sentence, lines.dated
    own = words[j]
    if len(text) > MAX_TITLE_CHARS or lines.byline[j] or not letters(text):
        return None
    f = _shape(text, own)
    if f is None or "one_word" in f:  # never a title (acceptable()): not worth the rest
        return None
    f[_distance(distance)] = 1.0
    if lines.removed[index]:
        f["removed"] = 1.0
    copies = lines.counts[lines.keys[index]]
    if copies >= 2:
        f["printed_2" if copies == 2 else "printed_3" if copies == 3 else "printed_4"] = 1.0
    if any(dated[j + 1 : j + 6]):
        f["dateline_below"] = 1.0
    if index and dated[j - 1]:
        f["dateline_above"] = 1.0
    if any(lines.byline[j + 1 : j + 6]):
        f["byline_below"] = 1.0
    last = len(words) - 1
    if index or j < last:
        if not index:
            longest = words[j + 1]
        elif j < last:
            longest = max(words[j - 1], words[j + 1])
        else:
            longest = words[j - 1]
        if own > longest and own >= 4:
            f["longer_than_neighbours"] = 1.0
        if longest <= 3:
            f["menu_neighbours"] = 1.0
    if sum(dated[max(0, j - 6) : j + 7]) >= 3:
        f["dated_list"] = 1.0
    if sum(lines.headline[max(0, j - 3) : j + 4]) - lines.headline[j] >= 2:
        f["headline_run"] = 1.0
    if own >= 3 and not ends[j]:
        end = min(len(words), start + 1 - lines.offset, j + CONTEXT + 1)
        if all(
            words[k] < own or ends[k] or words[k] > 30
            for k in range(max(0, j - CONTEXT), end)
            if k != j
        ):
            f["longest_nearby"] = 1.0
    if j < last and ends[j + 1] and words[j + 1] >= 10:
        f["standfirst_below"] = 1.0
    if index and words[j - 1] <= 3 and not dated[j - 1]:
        f["short_above"] = 1.0
    return f


def rich_features(lines: Lines, index: int) -> dict[str, float]:
    """The costlier features of line ``index``: the URL, the article's words, other lines."""
    text, info = lines.texts[index], lines.info
    f: dict[str, float] = {}
    if find_dates(text):
        f["has_date"] = 1.0
    slug = slug_score(text, info)
    if slug >= SLUG_MIN:
        f["slug"] = slug
    key = lines.keys[index]
    if len(key) >= QUOTED_MIN_CHARS and lines.within(key):
        f["quoted_elsewhere"] = 1.0
    if lines.body and (own_words := content_words(text)):
        f["body_overlap"] = len(own_words & lines.body) / len(own_words)
        f["lead_overlap"] = len(own_words & lines.lead) / len(own_words)
    own = lines.words[index - lines.offset]
    if info is not None and info.sections and own <= MAX_SITE_WORDS:
        words = word_tokens(text)
        if words and all(w in info.sections for w in words):
            f["section_name"] = 1.0
    if own <= MAX_SITE_WORDS and is_site_name(text, info):
        f["site_name"] = 1.0
    return f


SLUG_MIN = 0.3
QUOTED_MIN_CHARS = 12
_DISTANCES = ((1, "distance_1"), (3, "distance_2_3"), (8, "distance_4_8"), (15, "distance_9_15"))
_DISTANCES += ((30, "distance_16_30"), (60, "distance_31_60"))


def _distance(distance: int) -> str:
    for limit, name in _DISTANCES:
        if distance <= limit:
            return name
    return "distance_61_120"


def quoted_in(keys: Sequence[str]) -> Callable[[str], bool]:
    """A test whether a line's text is quoted inside another, longer line of the page (a share
    link, a breadcrumb, a "Read: …" teaser): the page's lines joined once, searched. A key
    (never holding a line break) is found once in each line it equals, so it is quoted
    elsewhere when it is found more often than that."""
    short = [k for k in keys if len(k) <= QUOTE_LINE_CHARS]
    joined = "\n".join(short)
    equal = Counter(short)

    def within(key: str) -> bool:
        return joined.count(key) > equal[key]

    return within


def article_words(texts: Sequence[str], start: int, chars: int = 0) -> set[str]:
    """The content words of the article's first lines (up to ``chars``, by default
    :data:`ARTICLE_CHARS`)."""
    pieces = []
    budget = chars or ARTICLE_CHARS
    for text in texts[start : start + ARTICLE_LINES]:
        pieces.append(text[:budget])
        budget -= len(text)
        if budget <= 0:
            break
    return content_words("\n".join(pieces))


def rank_lines(
    texts: Sequence[str],
    start: int,
    info: UrlInfo | None,
    datelines: Sequence[bool],
    removed: Sequence[bool],
    window: int = 120,
    keys: Sequence[str] | None = None,
) -> list[Candidate]:
    """Score the lines ``texts[start - window : start]`` as titles, best first.

    ``start`` is the index of the article's first line; ``datelines[i]`` says whether line i is
    a dateline; ``removed[i]`` whether the boilerplate step dropped it; ``keys``: the lines'
    :func:`~cleantext.shape.copy_key`, when the caller has them. The cheap features are
    scored for every line, the costly ones (:data:`RICH`) only while a line could still beat
    the best so far; the others keep their cheap score (an upper bound would change nothing:
    they cannot win).
    """
    lines = Lines(texts, start, info, datelines, removed, window, keys)
    plain: list[Candidate] = []
    for index in range(lines.low, min(start, len(texts))):
        f = plain_features(lines, index)
        if f is not None:
            plain.append(_scored(Candidate(texts[index], 0.0, index, features=f)))
    plain.sort(key=lambda c: (-c.score, c.index))
    best = float("-inf")
    for rank, c in enumerate(plain):
        if c.score + _RICH_BOUND < best and rank >= RICH_AT_LEAST:
            break
        c.features.update(rich_features(lines, c.index))
        _scored(c)
        best = max(best, c.score)
    plain.sort(key=lambda c: (-c.score, c.index))
    return plain


RICH_AT_LEAST = 3
"""The first few lines always get every feature (the markup's claims are weighed with them)."""


def _scored(c: Candidate) -> Candidate:
    score = 0.0
    weights = WEIGHTS
    for name, value in c.features.items():
        score += weights.get(name, 0.0) * value
    c.score = score
    return c


def ends_sentence(text: str) -> bool:
    return SENTENCE_END.search(text) is not None


# --------------------------------------------------------------------------- markup

HINT_SOURCES = ("jsonld_headline", "og_title", "h1", "html_title")
"""The markup's claims about the title, each a feature of its own."""

HTML_WEIGHTS: dict[str, float] = {
    # Who claims it (a claim several sources make collects each source's points).
    "src_h1": 1.36,
    "src_og_title": 1.67,
    "src_jsonld_headline": 0.45,
    "src_html_title": 0.33,
    "src_line": -0.37,
    # How it relates to the other claims.
    "inside_other": 0.65,
    "prefix_of_other": -0.41,
    "holds_other": 0.03,
    "cut": -0.04,
    "site_segment": -1.0,
    # The page and the URL.
    "in_page": 0.11,
    "line_score": 0.37,
    "slug": 0.7,
    # Its own text.
    "one_word": -0.51,
    "two_words": -0.11,
    "three_words": -0.34,
    "ends_sentence": -0.09,
    "starts_lower": -0.26,
    "few_letters": -0.25,
    "bracketed": 0.11,
}
"""Points per feature of a title claim from HTML, fitted like :data:`WEIGHTS` (``site_segment``
by hand). ``line_score`` is the claim's line's own score as a title (:func:`rank_lines`)."""


LINE_CANDIDATES = 3


def hint_candidates(
    hints: dict[str, str],
    info: UrlInfo | None,
    site_lines: Container[str],
    ranked: Sequence[Candidate],
    page_lines: dict[str, int],
) -> list[Candidate]:
    """Candidate titles from the markup's claims and the best lines of the page, scored.

    ``hints``: source name -> claimed title; ``ranked``: the page's lines as titles, best
    first (:func:`rank_lines`): the first few compete too, so that a headline the markup leaves
    out can win; ``page_lines``: every line of the page (copy key -> index).
    """
    raw = {key: value for key, value in hints.items() if value}
    cuts: dict[str, tuple[str, str | None]] = {}
    for key, value in raw.items():
        others = [v for k, v in raw.items() if k != key]
        cuts[key] = site_name_cut(value, info, site_lines, known=others)
    site_parts = {loose_key(p) for _, cut in cuts.values() if cut for p in cut.split(" / ")}
    found: dict[str, Candidate] = {}

    def candidate(text: str) -> Candidate | None:
        k = copy_key(text)
        if k not in found:
            shape = shape_features(text)
            if shape is None:
                return None
            c = Candidate(text, markup=True)
            c.features = dict(shape)
            found[k] = c
        return found[k]

    for key, (text, cut) in cuts.items():
        c = candidate(text)
        if c is None:
            continue
        c.features["src_" + key] = 1.0
        if cut:
            c.features["cut"] = 1.0
    line_keys: dict[str, tuple[int, float]] = {}
    for rank, line in enumerate(ranked):
        line_keys.setdefault(copy_key(line.text), (line.index, line.score))
        if rank < LINE_CANDIDATES:
            c = candidate(site_name_cut(line.text, info, site_lines)[0])
            if c is not None:
                c.features["src_line"] = 1.0
    raw_keys = [copy_key(v) for v in raw.values()]
    for k, c in found.items():
        f = c.features
        if loose_key(c.text) in site_parts or is_site_name(c.text, info):
            f["site_segment"] = 1.0
        if any(r != k and r.startswith(k) and not _SEPARATOR.match(r[len(k) :]) for r in raw_keys):
            f["prefix_of_other"] = 1.0
        if any(r != k and k in r for r in raw_keys):
            f["inside_other"] = 1.0
        if any(o != k and o in k for o in found):
            f["holds_other"] = 1.0
        if k in line_keys:
            index, score = line_keys[k]
            c.index = index
            f["in_page"] = 1.0
            f["line_score"] = max(-5.0, min(10.0, score))
        elif k in page_lines:
            c.index = page_lines[k]
            f["in_page"] = 1.0
        slug = slug_score(c.text, info)
        if slug >= 0.3:
            f["slug"] = slug
        for name, value in f.items():
            c.score += HTML_WEIGHTS.get(name, 0.0) * value
    return sorted(found.values(), key=lambda c: -c.score)


def loose_key(text: str) -> str:
    """Letters and digits only, lower case: ``Stiftung OFFSHORE-WINDENERGIE`` is
    ``stiftungoffshorewindenergie``, like ``Stiftung Offshore Windenergie``."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


_HTML_REASONS = {
    "src_jsonld_headline": "JSON-LD headline",
    "src_og_title": "og:title",
    "src_h1": "<h1>",
    "src_html_title": "<title>",
    "in_page": "printed in the page",
    "slug": "matches the URL slug",
    "inside_other": "inside a longer claim",
}


_RICH_BOUND = sum(max(0.0, WEIGHTS[name]) for name in RICH)
"""The most the costly features can add to a line's score."""
