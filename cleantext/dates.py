"""Dates in scraped web-page text: find them anywhere, or recognise a whole dateline.

Why hand-rolled: the cleaner calls this for every line of every page, so it must be fast
(a few microseconds on a short line), dependency-free (stdlib only) and safe on hostile
input. Every regex here uses bounded quantifiers only, so matching is linear in the input
(no catastrophic backtracking), and ``parse_dateline`` rejects prose with a cheap word
check before it runs the date scanner.

Month and weekday names, lead-in words, connectors and zone abbreviations are data, one
JSON file per language under ``cleantext/data/dates/`` (see the README there), loaded
once on first use into immutable tables: adding a language is a data edit.

Supported shapes (time of day optional, before or after the date):

* ISO 8601: ``2024-10-17``, ``2024-10-17T10:22:05.123+03:00``, ``...Z``
* numeric: ``17.10.2024``, ``17.10.24``, ``17/10/2024``, ``10/17/2024``, ``17-10-2024``,
  ``2024/10/17``, ``2024.10.17.``, ``17. 10. 2024``
* CJK: ``2024年10月17日 10時22分``, ``2024년 10월 17일 오후 3:05``
* month names: ``October 17th, 2024``, ``17 de octubre de 2024``, ``17 жовтня 2024 року``,
  ``2024. október 17.``, ``17-18 October 2024`` (a range gives its first day)

A date needs a day, a month and a year: ``October 17`` (no year), ``© 2024`` (year only)
and ``10:22`` (time only) are not dates.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

__all__ = [
    "DATE_HINT",
    "DateMatch",
    "RelativeDate",
    "find_dates",
    "find_relative",
    "is_relative_line",
    "leadin_kind",
    "page_day_first",
    "parse_dateline",
    "parse_iso",
    "parse_time_line",
]

MIN_YEAR = 1990
MAX_YEAR = 2100
# A dateline is short; longer lines are prose (and capping bounds the work per line).
MAX_DATELINE_CHARS = 240
# How far before a date to look for a time written in front of it ("10:22, 17.10.2024").
_TIME_BEFORE_WINDOW = 64


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date (with its time when one was written next to it) found in a text.

    ``value`` is naive unless an explicit UTC offset, ``Z`` or an unambiguous zone
    abbreviation was given. ``text`` is ``source[start:end]``.
    """

    value: datetime
    text: str
    start: int
    end: int
    has_time: bool


# --------------------------------------------------------------------------- regexes

_H = r"[^\S\n]"  # horizontal whitespace: a date never spans lines
_L = r"[^\W\d_]"  # one letter (any script)
_NOT_L = rf"(?!{_L})"
# A month word: letters, each maybe with combining marks: capital Greek keeps its tonos apart,
# and "ΐ".upper() gives Ι with both the dialytika and the tonos as marks.
_MONTH_WORD = rf"{_L}[\u0300-\u036f]{{0,2}}(?:{_L}[\u0300-\u036f]{{0,2}}){{1,14}}{_NOT_L}"
_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
_SEP = rf"[,\uff0c|\uff5c\u00b7\u2022@;/{_DASH}]"  # between a date and its time
_SIGN = "[+\\-\u2212]"
_AMPM_BEFORE = {
    "오전": False,
    "오후": True,
    "上午": False,
    "下午": True,
    "午前": False,
    "午後": True,
}
# Characters that belong to CJK date/time notation (they show up as "words" in a line).
_CJK_DATE_WORDS = ("年", "月", "日", "号", "號", "时", "時", "分", "秒", "点", "點")
_CJK_DATE_WORDS += ("년", "월", "일", "시", "분", "초", *_AMPM_BEFORE)

_DIGIT = re.compile(r"\d").search
_WORD = re.compile(rf"{_L}(?:{_L}|[\u0300-\u036f])*")  # marks apart from their letters too
_DOTTED_TIME_END = re.compile(rf"{_H}*(?:$|[\n|\uff5c\u00b7\u2022,;)\]])")


def _first_chars(words: Iterable[str], fold: bool) -> str:
    """A lookahead on the possible first characters, so a failing alternation fails at once."""
    chars = {w[0] for w in words}
    if fold:
        chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def _alt(words: Iterable[str], fold: bool = True) -> str:
    """A regex alternation of literal words, longest first; a never-matching one if empty."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    if not items:
        return "(?!)"
    body = "|".join(rf"{_H}{{1,3}}".join(map(re.escape, w.split())) for w in items)
    return _first_chars(items, fold) + "(?:" + body + ")"


def _suffix_alt(words: Iterable[str]) -> str:
    """Words written after a number; a word without a final dot must end there."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    if not items:
        return "(?!)"
    body = "|".join(re.escape(w) + ("" if w.endswith(".") else _NOT_L) for w in items)
    return _first_chars(items, True) + "(?:" + body + ")"


def _date_patterns(ordinals: Iterable[str], year_suffixes: Iterable[str]) -> tuple[str, str]:
    """Regexes for dates that start with their first number, and for month-first dates.

    Each shape is a named alternative; the outer group name (``lastgroup``) tells which.
    """
    ords = _alt(ordinals)
    ysfx = rf"(?:{_H}{{0,2}}(?i:{_suffix_alt(year_suffixes)}))?"
    range_day = rf"(?:{_H}?[{_DASH}]{_H}?(?P<{{}}>\d{{{{1,2}}}}))?(?!\d)"
    iso_like = (  # 2024-10-17, 2024/10/17, 2024.10.17., 2024. 10. 17.
        rf"(?P<A>(?P<a_y>\d{{4}})(?P<a_s>[-/]|\.{_H}?)(?P<a_m>\d{{1,2}})(?P=a_s)"
        rf"(?P<a_d>\d{{1,2}})(?!\d)(?![./]\d)(?P<a_dot>\.(?!\w))?)"
    )
    cjk = (  # 2024年10月17日, 2024년 10월 17일
        rf"(?P<C>(?P<c_y>\d{{4}}){_H}?[年년]{_H}{{0,2}}(?P<c_m>\d{{1,2}}){_H}?[月월]"
        rf"{_H}{{0,2}}(?P<c_d>\d{{1,2}}){_H}?[日일号號])"
    )
    hungarian = (  # 2024. október 17.
        rf"(?P<F>(?P<f_y>\d{{4}})\.{_H}{{0,3}}(?P<f_m>{_MONTH_WORD})\.?{_H}{{0,3}}"
        rf"(?P<f_d>\d{{1,2}})(?!\d)(?:\.(?!\w)|-{_L}{{1,3}}{_NOT_L})?)"
    )
    numeric = (  # 17.10.2024, 17.10.24, 10/17/2024, 17-10-2024, 17. 10. 2024
        rf"(?P<B>(?P<b_1>\d{{1,2}})(?P<b_s>[-/]|\.{_H}?)(?P<b_2>\d{{1,2}})(?P=b_s)"
        rf"(?P<b_y>\d{{4}}|\d{{2}})(?!\d)(?![./]\d){ysfx})"
    )
    day_month = (  # 17 October 2024, 17. Oktober 2024, 1er octobre 2024, 17 de octubre de 2024
        rf"(?P<D>(?P<d_d>\d{{1,2}}){range_day.format('d_d2')}"
        rf"(?:\.|(?i:{ords}){_NOT_L})?(?:{_H}{{0,3}}[{_DASH}/]{_H}{{0,3}}|{_H}{{0,3}})"
        rf"(?:(?i:de){_H}{{1,3}}|(?i:d)['\u2019])?"
        rf"(?P<d_m>{_MONTH_WORD})\.?"
        rf"(?:{_H}{{0,3}}[,/{_DASH}]{_H}{{0,3}}|{_H}{{1,3}}(?i:del?){_H}{{1,3}}|{_H}{{0,3}})"
        rf"(?P<d_y>\d{{4}})(?!\d){ysfx})"
    )
    month_day = (  # October 17, 2024; Oct. 17th 2024; octubre 17 de 2024
        rf"(?P<E>(?<!\w)(?P<e_m>{_MONTH_WORD})(?P<e_dot>\.)?"
        rf"(?:{_H}{{0,3}}[{_DASH}/]{_H}{{0,3}}|{_H}{{1,3}}|(?<=\.))"
        rf"(?P<e_d>\d{{1,2}}){range_day.format('e_d2')}(?:(?i:{ords}){_NOT_L}|\.)?"
        rf"(?:{_H}{{0,3}}[,/{_DASH}]{_H}{{0,3}}|{_H}{{1,3}}(?i:del?){_H}{{1,3}}|{_H}{{1,3}})"
        rf"(?P<e_y>\d{{4}})(?!\d){ysfx})"
    )
    # Not glued to a word or to a preceding number ("v2.10.2024", "192.168.1.1").
    lead = r"(?<!\w)(?<!\d[.,:/])"
    return rf"{lead}(?:{iso_like}|{cjk}|{hungarian}|{numeric}|{day_month})", month_day


def _time_pattern(zone_names: Iterable[str]) -> str:
    """A time of day with optional am/pm, 'Uhr' and zone; group names shared by all users."""
    ampm_before = "|".join(_AMPM_BEFORE)
    core = (
        rf"(?P<tcore>(?:(?P<ap0>{ampm_before}){_H}{{0,2}})?(?P<h>\d{{1,2}})"
        rf"(?:[:\uff1a](?P<mi>\d{{2}})(?:[:\uff1a](?P<s>\d{{2}})(?:[.,](?P<fr>\d{{1,9}}))?)?"
        rf"|\.(?P<mid>\d{{2}})"
        rf"|[hH](?:(?P<mih>\d{{2}})|{_NOT_L})"
        rf"|{_H}?(?P<cjk>[時时시点點])(?:{_H}?(?P<mic>\d{{1,2}}){_H}?[分분]"
        rf"(?:{_H}?(?P<sc>\d{{1,2}}){_H}?[秒초])?)?"
        rf"|(?={_H}{{0,2}}(?i:uhr){_NOT_L}))(?!\d)"
        rf"(?:{_H}{{0,2}}(?P<ap>[AaPp]\.?{_H}?[Mm]\.?){_NOT_L})?"
        rf"(?:{_H}{{0,2}}(?P<uhr>(?i:uhr)|h){_NOT_L})?)"
    )
    zone = (
        rf"(?:(?P<z>Z){_NOT_L}"
        rf"|(?P<off>{_SIGN}\d{{2}}(?::?\d{{2}})?)(?![\d:])"
        rf"|{_H}(?P<off2>{_SIGN}\d{{2}}:?\d{{2}})(?![\d:])"
        rf"|{_H}{{0,2}}[(\uff08]?(?P<zn>{_alt(zone_names, fold=False)})"
        rf"(?:{_H}?(?P<zoff>{_SIGN}\d{{1,2}}(?::?\d{{2}})?)(?![\d:]))?[)\uff09]?{_NOT_L})?"
    )
    return core + zone


_DIGIT_RUN = re.compile(r"\d+")
DATE_HINT = re.compile(
    rf"\d(?:(?<!\d\d)\d{{3}}(?!\d)|(?:[-/]|\.{_H}?)\d\d?(?:[-/]|\.{_H}?)\d\d(?!\d))"
)
"""What every date the scanner reads holds: a year of four digits standing alone, or a
numeric date with a two-digit year (``17.10.24``). A text without it holds no date, so one
search over a whole page finds the lines worth scanning (the leading digit lets the regex
engine skip to the digits)."""
# "Version 2.10.2024", "Release 2024.10.17", "build 17-10-2024": a version number, not a date.
_VERSION_BEFORE = re.compile(
    r"(?<!\w)(?:v|ver|version|versions|release|build|rev|revision|firmware)\.?\s{0,2}\Z",
    re.IGNORECASE,
)
_VERSION_WINDOW = 16
# No date has one of these right after its first number (it would be a time, a list, ...).
_NOT_AFTER_FIRST_NUMBER = frozenset(",:;)]}%+!?|'\"\uff1a")
# How far before a day number to look for its month word ("September 17").
_MONTH_BEFORE_WINDOW = 24
_WORD_EDGE = ".,([{\"'\u00ab\u201e\u201c\u2018<" + _DASH.replace("\\", "")

# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class _Vocab:
    """Everything loaded from the data files, built once (see ``_vocab``)."""

    months_all: Mapping[str, int]  # every language; words with conflicting meanings dropped
    months_by_lang: Mapping[str, Mapping[str, int]]  # code or alias -> that language + English
    month_first_langs: frozenset[str]
    weekdays: frozenset[str]
    allowed: frozenset[str]  # words that may surround a date in a dateline
    prefilter: frozenset[str]  # allowed + every word that can occur inside a date
    cjk_words: frozenset[str]  # allowed CJK words, to segment unspaced CJK runs
    cjk_maxlen: int
    zones: Mapping[str, int | None]  # abbreviation -> minutes east of UTC (None: ambiguous)
    weekday_names: frozenset[str]  # whole names and abbreviations ("segunda-feira", "thu")
    leadin_kinds: Mapping[tuple[str, ...], str]  # lead-in words -> "published" / "updated"
    cjk_leadins: tuple[tuple[str, str], ...]  # unspaced lead-ins, longest first, with kind
    date_re: re.Pattern[str]  # dates that start with a number
    month_day_re: re.Pattern[str]  # "October 17, 2024"
    time_after_re: re.Pattern[str]  # with a word before the time, checked to be a weekday
    time_after_plain_re: re.Pattern[str]  # the same without that word
    time_before_re: re.Pattern[str]
    remainder_re: re.Pattern[str]


def _read_data() -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Read the JSON files via importlib.resources (works from a wheel or a zip too)."""
    root = resources.files(__package__ or "cleantext").joinpath("data").joinpath("dates")
    langs: dict[str, dict[str, Any]] = {}
    zones: dict[str, Any] = {}
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        name = entry.name
        if not name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        if name == "_zones.json":
            zones = data
        elif not name.startswith("_"):
            langs[name[:-5].lower()] = data
    return langs, zones


def _without_marks(word: str, marks: Iterable[str] | None = None) -> str:
    """The word with its combining marks (all, or only those given) dropped."""
    kept = (
        c
        for c in unicodedata.normalize("NFD", word)
        if not (unicodedata.combining(c) and (marks is None or c in marks))
    )
    return unicodedata.normalize("NFC", "".join(kept))


def _variants(word: str) -> tuple[str, ...]:
    """Lower-case spellings to store, the file's own first.

    Words in capitals come back from lower() in other spellings: Turkish dotless i becomes i,
    Greek capitals drop the tonos but keep the dialytika (ΜΑΪΟΥ), and French or Spanish
    capitals often drop every accent (DECEMBRE).
    """
    w = word.lower().rstrip(".")
    spellings = (w, w.replace("ı", "i"), _without_marks(w, "\u0301"), _without_marks(w))
    return tuple(dict.fromkeys(spellings))


def _words(phrases: Iterable[str]) -> set[str]:
    """The single words of phrases ("posted on" -> posted, on), lower-cased."""
    out: set[str] = set()
    for phrase in phrases:
        for w in _WORD.findall(phrase):
            out.update(_variants(w))
    return out


@cache
def _vocab() -> _Vocab:
    """Load the language files once and build the immutable tables and regexes."""
    langs, zone_data = _read_data()
    per_lang: dict[str, dict[str, int]] = {}
    merged: dict[str, int] = {}
    conflicts: set[str] = set()
    weekdays: set[str] = set()
    weekday_names: set[str] = set()  # whole names ("segunda-feira") for the time regex
    allowed: set[str] = {"uhr", "h"}
    ordinals: set[str] = set()
    year_suffixes: set[str] = set()
    connectors: set[str] = set()
    month_first: set[str] = set()
    kinds: dict[tuple[str, ...], str] = {}
    for data in langs.values():  # "updated" wins where a language has the word both ways
        for kind in ("published", "updated"):
            for phrase in data.get(kind, ()):
                words = tuple(w for part in _WORD.findall(phrase) for w in _variants(part)[:1])
                if words:
                    kinds[words] = kind
    for code, data in langs.items():
        table: dict[str, int] = {}
        for number, names in enumerate(data.get("months", ()), start=1):
            for name in names:
                for w in _variants(name):
                    table[w] = number
        per_lang[code] = table
        for w, number in table.items():
            if merged.setdefault(w, number) != number:
                conflicts.add(w)
        for names in data.get("weekdays", ()):
            weekdays |= _words(names)
            weekday_names.update(v for name in names for v in _variants(name))
        allowed |= _words(data.get("leadins", ()))
        allowed |= _words(data.get("connectors", ()))
        allowed |= _words(data.get("year_suffixes", ()))
        allowed |= _words(data.get("zone_words", ()))
        ordinals.update(o.lower() for o in data.get("ordinals", ()))
        year_suffixes.update(s.lower() for s in data.get("year_suffixes", ()))
        connectors.update(c.lower().rstrip(".") for c in data.get("connectors", ()))
        if data.get("slash_month_first"):
            month_first.add(code)
    for w in conflicts:
        del merged[w]
    english = per_lang.get("en", {})
    by_lang: dict[str, Mapping[str, int]] = {}
    for code, data in langs.items():
        combined = MappingProxyType({**english, **per_lang[code]})
        by_lang[code] = combined
        for alias in data.get("aliases", ()):
            by_lang[alias.lower()] = combined
            if code in month_first:
                month_first.add(alias.lower())

    zones: dict[str, int | None] = {k: int(v) for k, v in zone_data.get("offsets", {}).items()}
    zones.update((k, None) for k in zone_data.get("ambiguous", ()))
    allowed |= weekdays
    allowed |= {z.lower() for z in zones}
    allowed.update(_CJK_DATE_WORDS)
    inside = {w for table in per_lang.values() for w in table}
    inside |= _words(ordinals) | {"de", "del", "d", "t", "z", "am", "pm", "a", "p", "m"}
    prefilter = allowed | inside
    cjk_words = frozenset(w for w in allowed if w[0] >= "\u2e80")

    number_first, month_first_re = _date_patterns(ordinals, year_suffixes)
    time = _time_pattern(zones)
    conn = _alt(connectors)
    # A weekday between a date and its time ("17/10/2024 segunda-feira, 10:22") is any word
    # here, looked up afterwards: a word table is far cheaper to build than an alternation.
    weekday_word = rf"{_L}{{1,15}}(?:-{_L}{{2,8}})?"
    time_after, time_after_plain = (
        rf"(?:(?P<tT>T)(?=\d)|{_H}{{0,3}}(?:{_SEP}{_H}{{0,3}})?"
        + (
            rf"(?:[(\uff08]?(?P<wd>{weekday_word}){_NOT_L}\.?[)\uff09]?{_H}{{0,3}}"
            rf"(?:{_SEP}{_H}{{0,3}})?)"
            if with_word
            else ""
        )
        + rf"(?:(?P<conn>(?i:{conn})){_NOT_L}\.?{_H}{{0,3}})?)"
        + time
        for with_word in (True, False)
    )
    cjk_leadins = tuple(
        sorted(
            ((words[0], kind) for words, kind in kinds.items() if words[0][0] >= "\u2e80"),
            key=lambda item: -len(item[0]),
        )
    )
    time_before = (
        r"(?<![\d:.,])" + time + rf"{_H}{{0,3}}(?:{_SEP}{_H}{{0,3}})?"
        rf"(?:(?P<wd>{_L}{{2,15}})\.?,?{_H}{{1,3}})?\Z"
    )
    remainder = rf"(?P<time>(?<![\d:.,]){time})|(?P<word>{_L}+)|(?P<num>\d)"
    return _Vocab(
        months_all=MappingProxyType(merged),
        months_by_lang=MappingProxyType(by_lang),
        month_first_langs=frozenset(month_first),
        weekdays=frozenset(weekdays),
        allowed=frozenset(allowed),
        prefilter=frozenset(prefilter),
        cjk_words=cjk_words,
        cjk_maxlen=max((len(w) for w in cjk_words), default=1),
        zones=MappingProxyType(zones),
        weekday_names=frozenset(weekdays | weekday_names),
        leadin_kinds=MappingProxyType(kinds),
        cjk_leadins=cjk_leadins,
        date_re=re.compile(number_first),
        month_day_re=re.compile(month_first_re),
        time_after_re=re.compile(time_after),
        time_after_plain_re=re.compile(time_after_plain),
        time_before_re=re.compile(time_before),
        remainder_re=re.compile(remainder),
    )


@lru_cache(maxsize=256)
def _lang_info(lang: str | None) -> tuple[Mapping[str, int], bool]:
    """Month table and slash-order default for a language hint (None: all languages)."""
    vocab = _vocab()
    if lang is None:
        return vocab.months_all, True
    code, _, region = lang.strip().lower().replace("_", "-").partition("-")
    months = vocab.months_by_lang.get(code, vocab.months_all)
    # "en" means US order for 05/06/2024; "en-GB", "en-AU"... write the day first.
    month_first = code in vocab.month_first_langs and region[:2] in ("", "us")
    return months, month_first


@cache
def _tz(minutes: int) -> tzinfo:
    """Shared tzinfo objects (UTC for a zero offset)."""
    return timezone.utc if minutes == 0 else timezone(timedelta(minutes=minutes))


def _offset(text: str) -> tzinfo | None:
    """'+03:00', '+0300', '+3', '−05' -> tzinfo; None when out of range."""
    sign = -1 if text[0] in "-\u2212" else 1
    digits = text[1:].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if hours > 14 or minutes > 59:
        return None
    return _tz(sign * (hours * 60 + minutes))


# --------------------------------------------------------------------------- parsing

_DAY_MONTH_GROUPS = ("d_m", "d_y", "d_d", "d_d2")
_MONTH_DAY_GROUPS = ("e_m", "e_y", "e_d", "e_d2")
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# (year, month, day, end of the date, ISO-style) as parsed from one date regex match
_Date = tuple[int, int, int, int, bool]
# (hour, minute, second, microsecond, tz, end of the time)
_Time = tuple[int, int, int, int, "tzinfo | None", int]


def _valid_date(y: int, mo: int, d: int) -> bool:
    """Calendar check (no 31 February) within the accepted year range."""
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= mo <= 12 and d >= 1):
        return False
    if mo == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        return d <= 29
    return d <= _DAYS[mo - 1]


def _month(months: Mapping[str, int], word: str) -> int | None:
    """Month number of a word, whose marks may stand apart from their letters.

    Capital Greek has no precomposed Ϊ́, and 'İ'.lower() leaves a combining dot.
    """
    w = word.lower()
    number = months.get(w)
    if number is None and not w.isalpha():
        w = unicodedata.normalize("NFC", w.replace("\u0307", ""))
        number = months.get(w)
    return number


def _parse_date(
    m: re.Match[str], months: Mapping[str, int], month_first: bool, day_first: bool | None
) -> _Date | None:
    """Turn a date-regex match into a checked calendar date, or None (not a date)."""
    kind = m.lastgroup
    end = m.end()
    iso = False
    if kind == "B":
        first_s, sep, second_s, ys = m.group("b_1", "b_s", "b_2", "b_y")
        a, b, sep = int(first_s), int(second_s), sep[0]
        if len(ys) == 2:
            if sep == "-":  # 17-10-24: too much like a score or a code
                return None
            yy = int(ys)
            y = 2000 + yy if yy < 70 else 1900 + yy if yy >= 90 else 0
        else:
            y = int(ys)
        if a > 12:
            d, mo = a, b
        elif b > 12:
            mo, d = a, b
        else:
            first = day_first if day_first is not None else (sep != "/" or not month_first)
            d, mo = (a, b) if first else (b, a)
    elif kind == "A":
        y_s, sep, mo_s, d_s = m.group("a_y", "a_s", "a_m", "a_d")
        y, mo, d = int(y_s), int(mo_s), int(d_s)
        iso = sep == "-"
        if sep[0] != ".":  # keep a sentence's full stop out of "2024-10-17."
            end = m.end("a_d")
    elif kind == "D" or kind == "E":
        names = _DAY_MONTH_GROUPS if kind == "D" else _MONTH_DAY_GROUPS
        word, y_s, d_s, last = m.group(*names)
        found = _month(months, word)
        if found is None:
            return None
        y, mo, d = int(y_s), found, int(d_s)
        if last is not None and not (d < int(last) and _valid_date(y, mo, int(last))):
            return None
    elif kind == "C":
        y, mo, d = int(m["c_y"]), int(m["c_m"]), int(m["c_d"])
    else:  # "F"
        found = _month(months, m["f_m"])
        if found is None:
            return None
        y, mo, d = int(m["f_y"]), found, int(m["f_d"])
    if not _valid_date(y, mo, d):
        return None
    return y, mo, d, end, iso


def _parse_time(
    m: re.Match[str], text: str, vocab: _Vocab, *, connected: bool, before: bool, iso: bool
) -> _Time | None:
    """Checked time of day from a time-regex match, or None.

    Loose shapes need a marker: '14.30' needs Uhr/h/am/pm/a zone, a connector or the end
    of the line after it; a bare '14h' needs a connector ("à 14h"). In front of a date
    only unmistakable shapes (10:22, 14h30, 10時22分) count.
    """
    h = int(m["h"])
    second = micro = 0
    if (mi := m["mi"]) is not None:
        minute = int(mi)
        if (sec := m["s"]) is not None:
            second = int(sec)
            if (frac := m["fr"]) is not None:
                micro = int(frac[:6].ljust(6, "0"))
    elif (mi := m["mih"]) is not None:
        minute = int(mi)
    elif (mi := m["mid"]) is not None:
        if before:
            return None
        marked = connected or m["ap"] or m["uhr"] or m["zn"] or m["off2"]
        if not marked and _DOTTED_TIME_END.match(text, m.end()) is None:
            return None
        minute = int(mi)
    elif m["cjk"] is not None:
        minute = int(m["mic"] or 0)
        second = int(m["sc"] or 0)
    else:  # "14h" or "14 Uhr"
        if before or (m["uhr"] is None and not connected):
            return None
        minute = 0
    ap = m["ap"]
    if ap is not None or (ap := m["ap0"]) is not None:
        pm = _AMPM_BEFORE.get(ap, ap[0] in "pP")
        if h == 0 or h > 12:
            if pm:
                return None
        elif pm and h < 12:
            h += 12
        elif not pm and h == 12:
            h = 0
    if h > 23 or minute > 59 or second > 59:
        return None
    end = m.end()
    tz: tzinfo | None = None
    if m["z"] is not None:
        tz = timezone.utc
    elif (off := m["off"]) is not None:
        # "10:00-12:00" is a range, not an offset: glued offsets only in ISO-ish text.
        tz = _offset(off) if (iso or m["s"] is not None) else None
        if tz is None:
            end = m.end("tcore")
    elif (off := m["off2"]) is not None:
        tz = _offset(off)
        if tz is None:
            end = m.end("tcore")
    elif (zone := m["zn"]) is not None:
        if (zoff := m["zoff"]) is not None:
            tz = _offset(zoff) if zone in ("UTC", "GMT") else None
        elif (minutes := vocab.zones.get(zone)) is not None:
            tz = _tz(minutes)
    return h, minute, second, micro, tz, end


def _is_weekday(word: str, names: frozenset[str]) -> bool:
    w = word.lower()
    return w in names or w.replace("\u0307", "") in names or w.replace("ı", "i") in names


def _month_word_before(text: str, p: int, lo: int, months: Mapping[str, int]) -> int:
    """Where the month word of "October 17" starts when `p` is at the day number, else -1.

    Plain string operations and one dict look-up: cheaper than a regex search, and most
    numbers in prose fail at the look-up.
    """
    lo = max(lo, p - _MONTH_BEFORE_WINDOW)
    if p <= lo or text[p - 1].isalnum():
        return -1
    parts = text[lo:p].split()
    for token in parts[-1:-3:-1]:  # the last token, or the one before a lone "-"
        word = token.strip(_WORD_EDGE)
        if word:
            if _month(months, word) is None:
                return -1
            return text.rfind(word, lo, p)
    return -1


def _scan(
    text: str, months: Mapping[str, int], month_first: bool, day_first: bool | None
) -> list[DateMatch]:
    """The date scanner shared by find_dates and parse_dateline.

    Every date contains a run of digits and starts either at one (17.10.2024, 17 October
    2024) or at the month word just before one (October 17, 2024), so the scan hops from
    digit run to digit run and tries anchored matches there: far cheaper than letting a
    many-branch regex try every position of a long line.
    """
    vocab = _vocab()
    number_first = vocab.date_re.match
    month_day = vocab.month_day_re.match
    time_after_word = vocab.time_after_re.match
    time_after_plain = vocab.time_after_plain_re.match
    weekday_names = vocab.weekday_names
    time_before = vocab.time_before_re.search
    out: list[DateMatch] = []
    pos = prev_end = 0
    next_run = _DIGIT_RUN.search
    while True:
        parsed: _Date | None = None
        m: re.Match[str] | None = None
        while (run := next_run(text, pos)) is not None:
            p, pos = run.span()
            width = pos - p
            if width == 3 or width > 4:  # no date starts with such a number
                continue
            follow = text[pos : pos + 1]
            if follow and follow not in _NOT_AFTER_FIRST_NUMBER:
                m = number_first(text, p)
                if m is not None:
                    parsed = _parse_date(m, months, month_first, day_first)
                    if parsed is not None:
                        break
            if width <= 2 and p > prev_end:
                head = _month_word_before(text, p, prev_end, months)
                if head >= 0 and (m := month_day(text, head)) is not None:
                    parsed = _parse_date(m, months, month_first, day_first)
                    if parsed is not None:
                        break
        if parsed is None or m is None:
            return out
        y, mo, d, end, iso = parsed
        start = m.start()
        t: _Time | None = None
        tm = time_after_word(text, end)
        if tm is not None and tm["wd"] is not None and not _is_weekday(tm["wd"], weekday_names):
            tm = None
        if tm is None:
            tm = time_after_plain(text, end)
        if tm is not None:
            connected = tm["conn"] is not None or tm["tT"] is not None
            t = _parse_time(tm, text, vocab, connected=connected, before=False, iso=iso)
        if t is not None:
            end = t[5]
        elif (
            start > prev_end
            and (tb := time_before(text, max(prev_end, start - _TIME_BEFORE_WINDOW), start))
            is not None
            and (tb["wd"] is None or tb["wd"].lower() in vocab.weekdays)
        ):
            t = _parse_time(tb, text, vocab, connected=False, before=True, iso=False)
            if t is not None:
                start = tb.start()
        if t is None:
            value = datetime(y, mo, d)
        else:
            value = datetime(y, mo, d, t[0], t[1], t[2], t[3], t[4])
        if _VERSION_BEFORE.search(text, max(0, start - _VERSION_WINDOW), start) is None:
            out.append(DateMatch(value, text[start:end], start, end, t is not None))
        pos = prev_end = end


def find_dates(
    text: str, *, lang: str | None = None, day_first: bool | None = None
) -> list[DateMatch]:
    """Every date (with its time when written next to it) in `text`, in order of position.

    `lang` (ISO 639-1, e.g. "uk" or "pt-BR") restricts month names to that language plus
    English; None accepts every language. `day_first` settles 05/06/2024 (True: 5 June);
    None decides: a field > 12 decides; slashes are month-first for English or no hint and
    day-first otherwise; dotted and dashed numbers are day-first; 2024-10-17 is always ISO.
    """
    if not text or DATE_HINT.search(text) is None:
        return []
    months, month_first = _lang_info(lang)
    return _scan(text, months, month_first, day_first)


def _cjk_ok(word: str, vocab: _Vocab) -> bool:
    """Whether an unspaced CJK run ("发布时间") splits into allowed words."""
    if word[0] < "\u2e80":
        return False
    n = len(word)
    reach = [True] + [False] * n
    for i in range(n):
        if reach[i]:
            for j in range(i + 1, min(n, i + vocab.cjk_maxlen) + 1):
                if word[i:j] in vocab.cjk_words:
                    reach[j] = True
    return reach[n]


def _words_ok(lower: str, words: frozenset[str], vocab: _Vocab) -> bool:
    """Whether every word of an already lower-cased text is in `words`.

    Word by word, stopping at the first stranger: prose fails within a few words, so a
    long line is rejected without tokenising all of it.
    """
    for w in _WORD.finditer(lower):
        word = w.group()
        if word not in words and not _odd_word_ok(word, words, vocab):
            return False
    return True


def _odd_word_ok(word: str, words: frozenset[str], vocab: _Vocab) -> bool:
    """Slow path: 'İ'.lower() leaves a combining dot, 'ΐ'.upper() the dialytika and tonos
    apart (which NFC joins again where a precomposed letter exists); CJK runs are written
    without spaces."""
    if not word.isalpha() and unicodedata.normalize("NFC", word.replace("\u0307", "")) in words:
        return True
    return _cjk_ok(word, vocab)


def _iso_line(line: str) -> DateMatch | None:
    """Fast path for a line that is a bare ISO timestamp (datetime.fromisoformat)."""
    s = line.strip()
    n = len(s)
    if not (n == 10 or (16 <= n <= 35 and s[13] == ":")) or s[4] != "-" or s[7] != "-":
        return None
    if not s[:4].isdigit():
        return None
    try:
        value = datetime.fromisoformat(s)
    except ValueError:
        return None
    if not _valid_date(value.year, value.month, value.day):
        return None
    start = line.find(s)
    return DateMatch(value, s, start, start + n, n > 10)


def parse_dateline(
    line: str, *, lang: str | None = None, day_first: bool | None = None
) -> DateMatch | None:
    """The date when `line` is a dateline, else None.

    A dateline is a date (and time) with nothing around it but lead-in words ("Published",
    "Опубліковано", "发布时间"), weekday names, connectors ("at", "um", "о"), zone names,
    'Uhr'/'h', punctuation and separators. Prose that merely contains a date is not one.
    When the line holds several dates (published | updated) the first is returned; a time
    standing apart from the date ("17.10.2024 | 10:22") is joined to it.
    """
    if len(line) > MAX_DATELINE_CHARS or DATE_HINT.search(line) is None:
        return None
    if len(line) <= 40 and (iso := _iso_line(line)) is not None:
        return iso
    vocab = _vocab()
    if not _words_ok(line.lower(), vocab.prefilter, vocab):  # cheap prose rejection
        return None
    months, month_first = _lang_info(lang)
    found = _scan(line, months, month_first, day_first)
    if not found:
        return None
    first = found[0]
    allowed = vocab.allowed
    loose: _Time | None = None
    loose_span = (0, 0)
    gap_start = 0
    for i in range(len(found) + 1):
        gap_end = found[i].start if i < len(found) else len(line)
        if gap_start < gap_end:
            if _DIGIT(line, gap_start, gap_end) is None:
                if not _words_ok(line[gap_start:gap_end].lower(), allowed, vocab):
                    return None
            else:  # a number beside the date: only a time of day may stand there
                for tok in vocab.remainder_re.finditer(line, gap_start, gap_end):
                    kind = tok.lastgroup
                    if kind == "word":
                        word = tok.group().lower()
                        if word not in allowed and not _odd_word_ok(word, allowed, vocab):
                            return None
                    elif kind == "num":
                        return None
                    else:
                        t = _parse_time(tok, line, vocab, connected=False, before=False, iso=False)
                        if t is None:
                            return None
                        if loose is None:
                            loose, loose_span = t, (tok.start(), t[5])
        if i < len(found):
            gap_start = found[i].end
    if loose is None or first.has_time:
        return first
    value = first.value.replace(
        hour=loose[0], minute=loose[1], second=loose[2], microsecond=loose[3], tzinfo=loose[4]
    )
    start, end = min(first.start, loose_span[0]), max(first.end, loose_span[1])
    return DateMatch(value, line[start:end], start, end, True)


# --------------------------------------------------------------------------- lead-ins


def leadin_kind(text: str, lang: str | None = None, *, whole: bool = False) -> str | None:
    """What a lead-in before a date says: ``"published"``, ``"updated"`` or None.

    ``text`` is what stands before the date on its line ("Last updated: "), or with
    ``whole=True`` a line of its own above the date ("Posted:"), which must then hold nothing
    but lead-in words. The lead-in nearest the date counts ("Published 17.10., updated ").
    Every language's lead-ins are known whatever ``lang`` says (menus are often English).
    """
    del lang  # the tables of every language are used: lead-ins rarely mean two things
    if not text or len(text) > MAX_DATELINE_CHARS:
        return None
    vocab = _vocab()
    lower = text.lower()
    if whole and (_DIGIT(lower) is not None or not _words_ok(lower, vocab.allowed, vocab)):
        return None
    words = [_variants(w)[0] for w in _WORD.findall(lower)]
    kinds = vocab.leadin_kinds
    best: tuple[int, str] | None = None
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            kind = kinds.get(tuple(words[i : i + n])) if i + n <= len(words) else None
            if kind is not None:
                if best is None or i + n > best[0] or (i + n == best[0] and kind == "updated"):
                    best = (i + n, kind)
                break
    found = best[1] if best is not None else None
    if found is None and vocab.cjk_leadins and _CJK_CHAR.search(lower) is not None:
        position = -1
        for phrase, kind in vocab.cjk_leadins:
            at = lower.rfind(phrase)
            if at > position:
                position, found = at, kind
    return found


# --------------------------------------------------------------------------- day/month order

_CJK_CHAR = re.compile("[\u2e80-\U0002ffff]")
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d])")


def page_day_first(texts: Iterable[str], lang: str | None = None) -> bool | None:
    """The page's own day/month order, from numeric dates it prints whose order is plain.

    ``16/04/2020`` shows the day first, ``04/16/2020`` the month first; a page holds one
    order. True (day first) or False (month first) when the page shows one and only one;
    None when it shows neither (the language decides) or both.
    """
    del lang
    day = month = False
    for text in texts:
        if len(text) > MAX_DATELINE_CHARS or _DIGIT(text) is None:
            continue
        for m in _NUMERIC_DATE.finditer(text):
            a, b = int(m.group(1)), int(m.group(3))
            if a > 12 and 1 <= b <= 12:
                day = True
            elif b > 12 and 1 <= a <= 12 and m.group(2) == "/":
                month = True
    if day == month:
        return None
    return day


# --------------------------------------------------------------------------- markup values

_ISO_NUMERIC_OFFSET = re.compile(r"([+\-])(\d{2})(\d{2})$")


def parse_iso(
    value: str, *, lang: str | None = None, day_first: bool | None = None
) -> DateMatch | None:
    """A date as markup writes it (JSON-LD, ``<meta>``, ``<time datetime>``): ISO 8601 in its
    common variants (``Z``, ``+0200``, a space for ``T``), else whatever :func:`find_dates`
    reads in it ("Thu, 17 Oct 2024 10:22:05 +0000"); None when it holds no valid date."""
    text = value.strip()
    if not text or len(text) > MAX_DATELINE_CHARS:
        return None
    iso = text.replace(" ", "T", 1) if len(text) > 10 and text[10:11] == " " else text
    if iso.endswith(("Z", "z")):
        iso = iso[:-1] + "+00:00"
    iso = _ISO_NUMERIC_OFFSET.sub(r"\1\2:\3", iso) if "T" in iso else iso
    if len(iso) >= 10 and iso[4:5] == "-" and iso[:4].isdecimal():
        try:
            parsed = datetime.fromisoformat(iso)
        except ValueError:
            parsed = None
        if parsed is not None and _valid_date(parsed.year, parsed.month, parsed.day):
            return DateMatch(parsed, text, 0, len(text), len(text) > 10)
    found = find_dates(text, lang=lang, day_first=day_first)
    return found[0] if found else None


MAX_TIME_LINE_CHARS = 40


def parse_time_line(line: str) -> tuple[int, int, int, tzinfo | None] | None:
    """``(hour, minute, second, tz)`` when a line is a time of day and nothing else but the
    words a dateline allows ("5:50 pm CET", "um 14:30 Uhr", "Updated 10:22"), else None."""
    if len(line) > MAX_TIME_LINE_CHARS or _DIGIT(line) is None:
        return None
    vocab = _vocab()
    found: _Time | None = None
    for tok in vocab.remainder_re.finditer(line):
        kind = tok.lastgroup
        if kind == "word":
            word = tok.group().lower()
            if word not in vocab.allowed and not _odd_word_ok(word, vocab.allowed, vocab):
                return None
        elif kind == "num" or found is not None:
            return None
        else:
            found = _parse_time(tok, line, vocab, connected=False, before=False, iso=False)
            if found is None:
                return None
    if found is None:
        return None
    return found[0], found[1], found[2], found[4]


# --------------------------------------------------------------------------- relative dates

_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
_UNIT_DAYS = {"week": 7, "month": 30, "year": 365}


@dataclass(frozen=True, slots=True)
class RelativeDate:
    """A date written relative to the time of reading: "2 hours ago", "gestern", "вчора".

    It means nothing without that time: :meth:`resolve` it against the caller's ``now``.
    """

    text: str
    start: int
    end: int
    count: int
    """How many units back (0 for "today", 1 for "yesterday")."""
    unit: str
    """``second``, ``minute``, ``hour``, ``day``, ``week``, ``month`` or ``year``."""
    clock: tuple[int, int] | None = None
    """A time of day written with it ("yesterday at 10:22")."""

    def resolve(self, now: datetime) -> DateMatch:
        """The date this means when read at ``now``: to the minute for seconds, minutes and
        hours (in ``now``'s zone), else the day (naive midnight, or the time written)."""
        if self.unit in ("second", "minute", "hour"):
            value = now - timedelta(**{self.unit + "s": self.count})
            value = value.replace(second=0, microsecond=0)
            return DateMatch(value, self.text, self.start, self.end, True)
        days = self.count * _UNIT_DAYS.get(self.unit, 1)
        day = (now - timedelta(days=days)).date()
        if self.clock is not None:
            value = datetime(day.year, day.month, day.day, *self.clock, tzinfo=now.tzinfo)
            return DateMatch(value, self.text, self.start, self.end, True)
        return DateMatch(
            datetime(day.year, day.month, day.day), self.text, self.start, self.end, False
        )


@dataclass(frozen=True, slots=True)
class _Relative:
    phrases: Mapping[tuple[str, ...], tuple[str, str]]  # words -> (role, value)
    longest: int
    cjk_re: re.Pattern[str] | None
    cjk_units: Mapping[str, str]
    cjk_days: Mapping[str, int]


@lru_cache(maxsize=64)
def _relative(lang: str | None = None) -> _Relative:
    """The relative-date words of a language and English (every language's for None), built
    on first use (few pages need them). Per language, since the words collide across languages:
    French "hier" is yesterday, German "hier" is here."""
    langs, _ = _read_data()
    if lang is not None:
        code = lang.strip().lower().replace("_", "-").partition("-")[0]
        for name, data in langs.items():
            if code in (a.lower() for a in data.get("aliases", ())):
                code = name
        if code in langs:
            langs = {key: langs[key] for key in dict.fromkeys((code, "en")) if key in langs}
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}
    cjk_units: dict[str, str] = {}
    cjk_days: dict[str, int] = {}
    cjk_ago: set[str] = set()

    def add(words: Iterable[str], role: str, value: str) -> None:
        for phrase in words:
            if phrase[:1] >= "\u2e80":
                if role == "unit":
                    cjk_units[phrase] = value
                elif role == "ago":
                    cjk_ago.add(phrase)
                elif role == "day":
                    cjk_days[phrase] = int(value)
                continue
            key = tuple(_WORD.findall(phrase.lower()))
            if key:
                phrases.setdefault(key, (role, value))

    for data in langs.values():
        rel = data.get("relative")
        if not rel:
            continue
        add(rel.get("before", ()), "before", "")
        add(rel.get("ago", ()), "ago", "")
        add(rel.get("one", ()), "one", "1")
        for unit, words in rel.get("units", {}).items():
            add(words, "unit", unit)
        for key, days in (("today", 0), ("yesterday", 1), ("before_yesterday", 2)):
            add(rel.get(key, ()), "day", str(days))
        add(rel.get("now", ()), "now", "0")
    cjk_re = None
    if cjk_units and cjk_ago:
        units = "|".join(sorted(map(re.escape, cjk_units), key=len, reverse=True))
        ago = "|".join(sorted(map(re.escape, cjk_ago), key=len, reverse=True))
        days = "|".join(sorted(map(re.escape, cjk_days), key=len, reverse=True))
        cjk_re = re.compile(
            rf"(?P<n>\d{{1,4}}){_H}?(?P<unit>{units}){_H}?(?:{ago})"
            + (rf"|(?P<day>{days})" if days else "")
        )
    longest = max((len(k) for k in phrases), default=1)
    return _Relative(MappingProxyType(phrases), longest, cjk_re, cjk_units, cjk_days)


_REL_TOKEN = re.compile(rf"\d{{1,4}}|{_L}+")


def find_relative(text: str, lang: str | None = None) -> RelativeDate | None:
    """The first relative date in a short text ("vor 2 Stunden", "2h ago", "il y a 3 jours",
    "yesterday at 10:22", "3日前"), or None. Only whole expressions count: a number and a unit
    with "ago"/"vor"/"hace"... around them, or a word for today/yesterday. "3 min read" and
    "5 хв читання" are not relative dates. ``lang`` (ISO 639-1) limits the words to that
    language and English; None reads every language's."""
    if not text or len(text) > MAX_DATELINE_CHARS:
        return None
    rel = _relative(lang)
    tokens = list(_REL_TOKEN.finditer(text.lower()))
    words = [t.group() for t in tokens]
    found: tuple[int, int, int, str] | None = None  # (first token, last token, count, unit)
    for i in range(len(words)):
        role = ""
        for n in range(min(rel.longest, len(words) - i), 0, -1):
            entry = rel.phrases.get(tuple(words[i : i + n]))
            if entry is None:
                continue
            role, value = entry
            if role == "day":
                found = (i, i + n - 1, int(value), "day")
            elif role == "now":
                found = (i, i + n - 1, 0, "minute")
            elif role == "before":
                found = _count_unit(words, rel, i + n, i, need_ago=False)
            break
        if found is None and (words[i].isdecimal() or role in ("one", "unit")):
            found = _count_unit(words, rel, i, i, need_ago=True)
        if found is not None:
            break
    if found is None and rel.cjk_re is not None and text[:1] and any(c >= "\u2e80" for c in text):
        m = rel.cjk_re.search(text)
        if m is not None:
            if m["day"] is not None:
                count, unit = rel.cjk_days[m["day"]], "day"
            else:
                count, unit = int(m["n"]), rel.cjk_units[m["unit"]]
            return RelativeDate(m.group(), m.start(), m.end(), count, unit, _clock(text, m.end()))
    if found is None:
        return None
    first, last, count, unit = found
    start, end = tokens[first].start(), tokens[last].end()
    return RelativeDate(text[start:end], start, end, count, unit, _clock(text, end))


def _count_unit(
    words: list[str], rel: _Relative, i: int, first: int, *, need_ago: bool
) -> tuple[int, int, int, str] | None:
    """``[N|one] unit [ago]`` from word i on; the unit alone means one ("godzinę temu")."""
    count = 1
    if i < len(words) and words[i].isdecimal():
        count = int(words[i])
        i += 1
    elif i < len(words) and rel.phrases.get((words[i],), ("",))[0] == "one":
        i += 1
    if i >= len(words):
        return None
    role, unit = rel.phrases.get((words[i],), ("", ""))
    if role != "unit" or unit not in _UNITS:
        return None
    last = i
    for n in range(min(rel.longest, len(words) - i - 1), 0, -1):
        if rel.phrases.get(tuple(words[i + 1 : i + 1 + n]), ("",))[0] == "ago":
            last = i + n
            break
    if need_ago and last == i:
        return None
    return first, last, count, unit


_CLOCK = re.compile(r"[^\d]{0,12}?(?<!\d)([01]?\d|2[0-3])[:h.](\d{2})(?!\d)")


def _clock(text: str, end: int) -> tuple[int, int] | None:
    m = _CLOCK.match(text, end)
    if m is None:
        return None
    return int(m.group(1)), int(m.group(2))


def is_relative_line(text: str, lang: str | None = None) -> bool:
    """Whether a short line is a relative date and little else ("vor 2 Stunden", "вчора о
    10:22", "Updated 3 hours ago"): a dateline whose date needs the time of reading."""
    if len(text) > MAX_TIME_LINE_CHARS + 20:
        return False
    found = find_relative(text, lang)
    if found is None:
        return False
    rest = (text[: found.start] + " " + text[found.end :]).split()
    return len(rest) <= 3
