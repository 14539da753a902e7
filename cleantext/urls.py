"""What a page's URL says about it: the site's name, the slug of the headline, a date.

``https://www.example-news.com/politics/2024/10/17/ministers-meet-in-brussels/`` names the site
(``example-news``), the section (``politics``), the day (17 October 2024) and, in its slug, the
words of the headline. The fields step uses all three as hints; none of them is taken alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import unquote, urlsplit

__all__ = ["UrlInfo", "fold", "slug_spellings", "url_info", "word_tokens"]

_WORD = re.compile(r"[^\W_]+")
_ARCHIVED = re.compile(r"^/web/[^/]*/(https?://.+)$", re.IGNORECASE)
_TRANSLITERATION = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d"})
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
# Words that name a kind of page, not its subject: never part of a headline's slug.
_NOT_SLUG = frozenset(
    "html htm php asp aspx shtml jsp index amp story article articles news post posts "
    "www http https com".split()
)
_DATE_IN_PATH = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<s>[/_-]?)(?P<m>0[1-9]|1[0-2])(?P=s)(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?!\d)"
)
_LOOSE_DATE_IN_PATH = re.compile(  # /2020/8/24/, /2016/nov/29/
    r"/(?P<y>(?:19|20)\d\d)/(?P<m>[1-9]|0[1-9]|1[0-2]|[a-z]{3,9})/(?P<d>[1-9]|0[1-9]|[12]\d|3[01])(?:/|$)",
    re.IGNORECASE,
)
_YEAR_MONTH_IN_PATH = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[1-9]|0[1-9]|1[0-2])/")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for name in names.split()
}


@dataclass(frozen=True, slots=True)
class UrlInfo:
    """The parts of a page's URL that the fields step reads."""

    host: str
    """Host name without ``www.`` (``news.example.co.uk``)."""
    site_key: str
    """The letters and digits of the host's registered name (``example-news.co.uk`` ->
    ``examplenews``)."""
    host_key: str
    """The letters and digits of the whole host without its public suffix (``newsexample``
    for ``news.example.com``)."""
    slug: tuple[str, ...]
    """Folded words of the path segment that spells the headline, if one does."""
    sections: frozenset[str]
    """Folded words of the other path segments (``politics``, ``sport``)."""
    day: date | None
    """A date written in the path (``/2024/10/17/``, ``-20241017-``)."""
    month: tuple[int, int] | None
    """A year and month in the path (``/2024/10/``) when no full date is there."""


def fold(text: str) -> str:
    """Lower case without accents (``Rückbau`` -> ``ruckbau``), for comparing words with URLs."""
    text = text.casefold().translate(_TRANSLITERATION)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_tokens(text: str) -> list[str]:
    """The folded words of a text."""
    return _WORD.findall(fold(text))


def _slug_words(segment: str) -> list[str]:
    words = _WORD.findall(fold(unquote(segment)))
    return [w for w in words if not w.isdigit() and w not in _NOT_SLUG]


@lru_cache(maxsize=1024)
def url_info(url: str | None) -> UrlInfo | None:
    """The site, slug, sections and date of a URL; ``None`` for no URL or one without a host."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    archived = _ARCHIVED.match(parts.path)
    if parts.hostname and parts.hostname.endswith("archive.org") and archived:
        return url_info(archived.group(1))
    host = (parts.hostname or "").lower()
    if not host:
        return None
    host = host.removeprefix("www.")
    labels = host.split(".")
    # Drop the public suffix (a rough cut: the last label, and a second-level one like co.uk).
    if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2:
        name_labels = labels[:-2]
    else:
        name_labels = labels[:-1] or labels
    site_key = "".join(ch for ch in name_labels[-1] if ch.isalnum())
    host_key = "".join(ch for ch in "".join(name_labels) if ch.isalnum())
    path = unquote(parts.path)
    segments = [s for s in re.split(r"[/,;]", path) if s]
    slug: list[str] = []
    slug_index = -1
    for index, segment in enumerate(segments):
        words = _slug_words(re.sub(r"\.[a-z0-9]{2,5}$", "", segment))
        if len(words) >= 2 and len(words) >= len(slug):
            slug, slug_index = words, index
    sections = frozenset(
        w
        for index, segment in enumerate(segments)
        if index != slug_index
        for w in _slug_words(segment)
    )
    day = _path_day(path)
    month = None
    if day is None and (m := _YEAR_MONTH_IN_PATH.search(path)) is not None:
        month = (int(m["y"]), int(m["m"]))
    return UrlInfo(host, site_key, host_key, tuple(slug), sections, day, month)


def _path_day(path: str) -> date | None:
    loose = _LOOSE_DATE_IN_PATH.search(path)
    if loose is not None:
        month = loose["m"]
        number = int(month) if month.isdecimal() else _MONTHS.get(month.lower())
        if number is not None:
            try:
                return date(int(loose["y"]), number, int(loose["d"]))
            except ValueError:
                pass
    for m in _DATE_IN_PATH.finditer(path):
        separated = bool(m["s"])
        # An undelimited 20241017 must stand alone between separators (not inside an id).
        if not separated:
            before = path[m.start() - 1 : m.start()]
            after = path[m.end() : m.end() + 1]
            if before not in ("/", "-", "_") or after not in ("", "/", "-", "_", "."):
                continue
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
    return None


@lru_cache(maxsize=1 << 16)
def slug_spellings(word: str) -> tuple[str, ...]:
    """How a lower-case word may be spelled in a URL: ``über`` as ``uber`` or ``ueber``."""
    plain = fold(word)
    if word.isascii():
        return (plain,)
    spelled = fold(word.translate(_GERMAN))
    return (plain,) if plain == spelled else (plain, spelled)
