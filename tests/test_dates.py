"""Tests for cleantext.dates: golden tables, things that must not parse, datelines, and a
property test that renders random dates with the language tables and parses them back."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta, timezone
from importlib import resources
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext import dates
from cleantext.dates import (
    DATE_HINT,
    DateMatch,
    find_dates,
    find_relative,
    is_relative_line,
    leadin_kind,
    page_day_first,
    parse_dateline,
    parse_iso,
    parse_time_line,
)


def _load_languages() -> dict[str, dict[str, Any]]:
    """The language tables, read the same way the module reads them."""
    root = resources.files("cleantext").joinpath("data").joinpath("dates")
    out: dict[str, dict[str, Any]] = {}
    for entry in root.iterdir():
        if entry.name.endswith(".json") and not entry.name.startswith("_"):
            out[entry.name[:-5]] = json.loads(entry.read_text(encoding="utf-8"))
    return out


LANGS = _load_languages()


def _one(text: str, lang: str | None = None, day_first: bool | None = None) -> DateMatch:
    found = find_dates(text, lang=lang, day_first=day_first)
    assert len(found) == 1, (text, found)
    return found[0]


# ----------------------------------------------------------------- find_dates goldens

GOLDEN: list[tuple[str, str | None, str]] = [
    # ISO 8601
    ("2024-10-17", None, "2024-10-17T00:00:00"),
    ("2024-10-17T10:22", None, "2024-10-17T10:22:00"),
    ("2024-10-17T10:22:05", None, "2024-10-17T10:22:05"),
    ("2024-10-17 10:22:05+03:00", None, "2024-10-17T10:22:05+03:00"),
    ("2024-10-17T07:22:00Z", None, "2024-10-17T07:22:00+00:00"),
    ("2024-10-17T10:22:05.123+03:00", None, "2024-10-17T10:22:05.123000+03:00"),
    ("2024-10-17T10:22:05.123456789Z", None, "2024-10-17T10:22:05.123456+00:00"),
    ("2024-10-17T10:22:05-0500", None, "2024-10-17T10:22:05-05:00"),
    # numeric
    ("17.10.2024", None, "2024-10-17T00:00:00"),
    ("17.10.24", "de", "2024-10-17T00:00:00"),
    ("1.2.2024", "de", "2024-02-01T00:00:00"),
    ("17/10/2024", None, "2024-10-17T00:00:00"),
    ("10/17/2024", "en", "2024-10-17T00:00:00"),
    ("17-10-2024", None, "2024-10-17T00:00:00"),
    ("2024/10/17", "ja", "2024-10-17T00:00:00"),
    ("2024.10.17", "ko", "2024-10-17T00:00:00"),
    ("2024.10.17.", "ko", "2024-10-17T00:00:00"),
    ("2024. 10. 17.", "ko", "2024-10-17T00:00:00"),
    ("17. 10. 2024", "cs", "2024-10-17T00:00:00"),
    ("17.10.2024 г.", "ru", "2024-10-17T00:00:00"),
    ("29.02.2024", None, "2024-02-29T00:00:00"),
    ("05/06/98", None, "1998-05-06T00:00:00"),
    # numeric with a time
    ("10:22 17.10.2024", None, "2024-10-17T10:22:00"),
    ("17.10.2024, 10:22", None, "2024-10-17T10:22:00"),
    ("17.10.2024 - 10:22", None, "2024-10-17T10:22:00"),
    ("17.10.2024 | 10:22:05", None, "2024-10-17T10:22:05"),
    ("10/17/2024 10:22 AM", "en", "2024-10-17T10:22:00"),
    ("10/17/2024 10:22 PM", "en", "2024-10-17T22:22:00"),
    ("10/17/2024 12:05 a.m.", "en", "2024-10-17T00:05:00"),
    ("10/17/2024 12:05 pm", "en", "2024-10-17T12:05:00"),
    ("October 17, 2024, 3:05 p.m.", "en", "2024-10-17T15:05:00"),
    ("17 octobre 2024 à 14h30", "fr", "2024-10-17T14:30:00"),
    ("17 octobre 2024 à 14h", "fr", "2024-10-17T14:00:00"),
    ("17.10.2024 um 14.30 Uhr", "de", "2024-10-17T14:30:00"),
    ("17.10.2024 um 14 Uhr", "de", "2024-10-17T14:00:00"),
    ("17.10.2024 14.30", "de", "2024-10-17T14:30:00"),
    # zones and offsets
    ("17.10.2024 10:22 +03:00", None, "2024-10-17T10:22:00+03:00"),
    ("17.10.2024 10:22 +0300", None, "2024-10-17T10:22:00+03:00"),
    ("17.10.2024 10:22 UTC+3", None, "2024-10-17T10:22:00+03:00"),
    ("17.10.2024 10:22 GMT+2", None, "2024-10-17T10:22:00+02:00"),
    ("17.10.2024 10:22 UTC+05:30", None, "2024-10-17T10:22:00+05:30"),
    ("17.10.2024 10:22 (UTC)", None, "2024-10-17T10:22:00+00:00"),
    ("17.10.2024 10:22 CEST", None, "2024-10-17T10:22:00+02:00"),
    ("17.10.2024 10:22 MSK", None, "2024-10-17T10:22:00+03:00"),
    ("Oct 17 2024 10:22 AM EDT", "en", "2024-10-17T10:22:00-04:00"),
    ("17 Oct 2024 10:22 PST", "en", "2024-10-17T10:22:00-08:00"),
    ("17 Oct 2024 10:22 IST", "en", "2024-10-17T10:22:00"),  # ambiguous: stays naive
    ("Thu, 17 Oct 2024 10:22:05 +0000", None, "2024-10-17T10:22:05+00:00"),
    ("17.10.2024 10:00-12:00", None, "2024-10-17T10:00:00"),  # a range, not an offset
    # CJK
    ("2024年10月17日", "zh", "2024-10-17T00:00:00"),
    ("2024年10月17日 10:22", "zh", "2024-10-17T10:22:00"),
    ("2024年1月5日 下午3:05", "zh", "2024-01-05T15:05:00"),
    ("2024年10月17日 10時22分", "ja", "2024-10-17T10:22:00"),
    ("2024年10月17日 10時22分05秒", "ja", "2024-10-17T10:22:05"),
    ("2024年10月17日（木）10:22", "ja", "2024-10-17T10:22:00"),
    ("2024년 10월 17일", "ko", "2024-10-17T00:00:00"),
    ("2024년 10월 17일 오후 3시 5분", "ko", "2024-10-17T15:05:00"),
    ("2024.10.17. 오후 3:05", "ko", "2024-10-17T15:05:00"),
    # month names
    ("October 17, 2024", "en", "2024-10-17T00:00:00"),
    ("Oct. 17, 2024", "en", "2024-10-17T00:00:00"),
    ("Oct 17 2024", "en", "2024-10-17T00:00:00"),
    ("17 October 2024", "en", "2024-10-17T00:00:00"),
    ("Thursday, 17 October 2024", "en", "2024-10-17T00:00:00"),
    ("October 17th, 2024", "en", "2024-10-17T00:00:00"),
    ("2nd Oct 2024", "en", "2024-10-02T00:00:00"),
    ("17-Oct-2024", "en", "2024-10-17T00:00:00"),
    ("17 OCTOBER 2024", "en", "2024-10-17T00:00:00"),
    ("17-18 October 2024", "en", "2024-10-17T00:00:00"),
    ("October 17-18, 2024", "en", "2024-10-17T00:00:00"),
    ("17. Oktober 2024", "de", "2024-10-17T00:00:00"),
    ("Donnerstag, 17. Oktober 2024", "de", "2024-10-17T00:00:00"),
    ("17. März 2024", "de", "2024-03-17T00:00:00"),
    ("17. Jänner 2024", "de", "2024-01-17T00:00:00"),
    ("17 octobre 2024", "fr", "2024-10-17T00:00:00"),
    ("1er octobre 2024", "fr", "2024-10-01T00:00:00"),
    ("jeudi 17 octobre 2024", "fr", "2024-10-17T00:00:00"),
    ("17 févr. 2024", "fr", "2024-02-17T00:00:00"),
    ("17 de octubre de 2024", "es", "2024-10-17T00:00:00"),
    ("1º de octubre de 2024", "es", "2024-10-01T00:00:00"),
    ("octubre 17 de 2024", "es", "2024-10-17T00:00:00"),
    ("17 ottobre 2024", "it", "2024-10-17T00:00:00"),
    ("17 de outubro de 2024", "pt", "2024-10-17T00:00:00"),
    ("17 de março de 2024", "pt", "2024-03-17T00:00:00"),
    ("17 października 2024", "pl", "2024-10-17T00:00:00"),
    ("17 października 2024 r.", "pl", "2024-10-17T00:00:00"),
    ("17 жовтня 2024", "uk", "2024-10-17T00:00:00"),
    ("17 жовтня 2024 року", "uk", "2024-10-17T00:00:00"),
    ("17 жовтня 2024 р.", "uk", "2024-10-17T00:00:00"),
    ("17 октября 2024 г.", "ru", "2024-10-17T00:00:00"),
    ("17 октября 2024 года", "ru", "2024-10-17T00:00:00"),
    ("17 oktober 2024", "nl", "2024-10-17T00:00:00"),
    ("17. října 2024", "cs", "2024-10-17T00:00:00"),
    ("17 oktober 2024", "sv", "2024-10-17T00:00:00"),
    ("17. oktober 2024", "da", "2024-10-17T00:00:00"),
    ("17. desember 2024", "no", "2024-12-17T00:00:00"),
    ("17. desember 2024", "nb", "2024-12-17T00:00:00"),
    ("17. lokakuuta 2024", "fi", "2024-10-17T00:00:00"),
    ("17 Ekim 2024", "tr", "2024-10-17T00:00:00"),
    ("17 EKİM 2024", "tr", "2024-10-17T00:00:00"),
    ("17 KASIM 2024", "tr", "2024-11-17T00:00:00"),
    ("17 octombrie 2024", "ro", "2024-10-17T00:00:00"),
    ("2024. október 17.", "hu", "2024-10-17T00:00:00"),
    ("2024. okt. 17.", "hu", "2024-10-17T00:00:00"),
    # month names with a time
    ("17 жовтня 2024, 10:22", "uk", "2024-10-17T10:22:00"),
    ("17 жовтня 2024 о 10:22", "uk", "2024-10-17T10:22:00"),
    ("17 октября 2024 г. в 10:22", "ru", "2024-10-17T10:22:00"),
    ("17 de octubre de 2024 a las 10:22", "es", "2024-10-17T10:22:00"),
    ("17 ottobre 2024 alle 10:22", "it", "2024-10-17T10:22:00"),
    ("17 de outubro de 2024 às 10:22", "pt", "2024-10-17T10:22:00"),
    ("17 października 2024 o godz. 10:22", "pl", "2024-10-17T10:22:00"),
    ("17 oktober 2024 om 10:22", "nl", "2024-10-17T10:22:00"),
    ("17. lokakuuta 2024 klo 10.22", "fi", "2024-10-17T10:22:00"),
    ("17 oktober 2024 kl. 10.22", "sv", "2024-10-17T10:22:00"),
    ("17 Ekim 2024 Perşembe 10:22", "tr", "2024-10-17T10:22:00"),
    ("17 Ekim 2024 saat 10:22", "tr", "2024-10-17T10:22:00"),
    ("17/10/2024 segunda-feira, 10:22", "pt", "2024-10-17T10:22:00"),
    ("10:22, 17 жовтня 2024", "uk", "2024-10-17T10:22:00"),
    ("10:22 AM EDT, Thu October 17, 2024", "en", "2024-10-17T10:22:00-04:00"),
    # no language hint: every language's month names
    ("17 жовтня 2024", None, "2024-10-17T00:00:00"),
    ("17 de octubre de 2024", None, "2024-10-17T00:00:00"),
    ("17 październik 2024", None, "2024-10-17T00:00:00"),
    # a hint still accepts English
    ("17 October 2024", "de", "2024-10-17T00:00:00"),
    ("Oct 17, 2024", "pt-BR", "2024-10-17T00:00:00"),
    # more languages
    ("الإثنين، 24 أغسطس 2020", "ar", "2020-08-24T00:00:00"),
    ("24 أغسطس 2020 09:23", "ar", "2020-08-24T09:23:00"),
    ("19 Αυγούστου 2020", "el", "2020-08-19T00:00:00"),
    ("19 ΑΥΓΟΥΣΤΟΥ 2020", "el", "2020-08-19T00:00:00"),
    # capitals spell accents differently: Greek keeps the dialytika, or the tonos as a mark
    ("1 ΜΑΪΟΥ 2000", "el", "2000-05-01T00:00:00"),
    ("1 \u039c\u0391\u03aa\u0301\u039f\u03a5 2000", "el", "2000-05-01T00:00:00"),
    ("1 \u039c\u0391\u0399\u0308\u0301\u039f\u03a5 2000", "el", "2000-05-01T00:00:00"),
    ("17 DECEMBRE 2024", "fr", "2024-12-17T00:00:00"),
    ("1 AOUT 2020", "fr", "2020-08-01T00:00:00"),
    ("3 DE MARCO DE 2020", "pt", "2020-03-03T00:00:00"),
    ("10 ноември 2020 г.", "bg", "2020-11-10T00:00:00"),
    ("Kamis, 2 November 2023", "id", "2023-11-02T00:00:00"),
    ("17 Agustus 2024 pukul 10:22", "id", "2024-08-17T10:22:00"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), GOLDEN)
def test_find_dates_golden(text: str, lang: str | None, expected: str) -> None:
    assert _one(text, lang).value.isoformat() == expected


DAY_FIRST: list[tuple[str, str | None, bool | None, str]] = [
    ("05/06/2024", None, None, "2024-05-06"),
    ("05/06/2024", "en", None, "2024-05-06"),
    ("05/06/2024", "en-US", None, "2024-05-06"),
    ("05/06/2024", "en-GB", None, "2024-06-05"),
    ("05/06/2024", "en_AU", None, "2024-06-05"),
    ("05/06/2024", "xx", None, "2024-06-05"),
    ("05/06/2024", "de", None, "2024-06-05"),
    ("05/06/2024", "fr", None, "2024-06-05"),
    ("05/06/2024", None, True, "2024-06-05"),
    ("05/06/2024", "de", False, "2024-05-06"),
    ("05.06.2024", None, None, "2024-06-05"),
    ("05.06.2024", "en", None, "2024-06-05"),
    ("05-06-2024", "en", None, "2024-06-05"),
    ("05.06.2024", None, False, "2024-05-06"),
    ("10.17.2024", None, None, "2024-10-17"),  # day-first impossible: month-first
    ("17/10/2024", "en", None, "2024-10-17"),
    ("10/17/2024", "de", None, "2024-10-17"),
    ("17/10/2024", None, False, "2024-10-17"),
    ("2024-05-06", None, True, "2024-05-06"),
    ("2024/05/06", "en", True, "2024-05-06"),
    ("05/06/24", "en", None, "2024-05-06"),
]


@pytest.mark.parametrize(("text", "lang", "day_first", "expected"), DAY_FIRST)
def test_day_first(text: str, lang: str | None, day_first: bool | None, expected: str) -> None:
    assert _one(text, lang, day_first).value.date().isoformat() == expected


# ----------------------------------------------------------------- never a date

NEVER = [
    "3 min read",
    "5 хв читання",
    "Reading time: 5 minutes",
    "+1 212-555-0199",
    "(044) 123-45-67",
    "0800 123 4567",
    "+380 44 123 45 67",
    "$1,299.99",
    "17.10 €",
    "EUR 20.9 billion",
    "v2.10.2024",  # a version, not 2 October
    "Python 3.11.7",
    "1.2.3",
    "6-4, 7-6",
    "10:22",
    "3:05 p.m.",
    "© 2024",
    "Copyright 1999-2024",
    "October 17-18",  # no year: not a date in this version
    "October 17",
    "17 October",
    "October 2024",
    "192.168.1.1",
    "10.17.20.24",
    "31.02.2024",
    "30 February 2024",
    "29.02.2023",
    "17.10.1850",  # years outside 1990-2100
    "17.10.2150",
    "17.13.2024",
    "2024-13-45",
    "17-10-24",  # two-digit year only with dots or slashes
    "17.10.75",
    "between 10-20 people",
    "1990-2000",
    "17 apples 2024",
    "ISBN 978-3-16-148410-0",
    "17.10.2024.1",
    "id=20241017",
    "Top 10, 2024",
    "17 octobre 2024",  # checked with lang="de" below: French names are off
    "Version 2.10.2024",  # a version number, written with a space
    "Release 2024.10.17",
    "build 17-10-2024",
    "v. 17.10.2024",
]


@pytest.mark.parametrize("text", NEVER)
def test_never_a_date(text: str) -> None:
    lang = "de" if text == "17 octobre 2024" else None
    assert find_dates(text, lang=lang) == []
    assert parse_dateline(text, lang=lang) is None


# ----------------------------------------------------------------- spans and order


def test_span_in_prose() -> None:
    text = "Rutte said on October 17, 2024 that the deal was off."
    m = _one(text, "en")
    assert (m.text, m.start, m.end, m.has_time) == ("October 17, 2024", 14, 30, False)
    assert text[m.start : m.end] == m.text


def test_span_includes_time_and_excludes_full_stop() -> None:
    m = _one("Published: 17.10.2024, 10:22 Uhr. Next", "de")
    assert m.text == "17.10.2024, 10:22 Uhr"
    assert m.has_time
    assert _one("It ended 2024-10-17.").text == "2024-10-17"
    assert _one("Posted 2024.10.17. ok", "ko").text == "2024.10.17."


def test_several_dates_in_order() -> None:
    text = "From 17.10.2024 10:22 to 2024-10-20, then October 25, 2024 and 1 листопада 2024."
    found = find_dates(text)
    assert [m.value.date().isoformat() for m in found] == [
        "2024-10-17",
        "2024-10-20",
        "2024-10-25",
        "2024-11-01",
    ]
    assert [m.has_time for m in found] == [True, False, False, False]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_time_is_not_taken_from_the_previous_date() -> None:
    found = find_dates("17.10.2024 10:22 18.10.2024")
    assert [(m.value.day, m.has_time) for m in found] == [(17, True), (18, False)]


def test_aware_only_with_explicit_zone() -> None:
    assert _one("17.10.2024 10:22").value.tzinfo is None
    aware = _one("2024-10-17T10:22:00+02:00").value
    assert aware.utcoffset() == timedelta(hours=2)
    assert _one("2024-10-17T10:22:00Z").value.tzinfo is timezone.utc


def test_empty_and_odd_input() -> None:
    assert find_dates("") == []
    assert parse_dateline("") is None
    assert parse_dateline("   ") is None
    assert find_dates("１７.１０.２０２４")[0].value == datetime(2024, 10, 17)


# ----------------------------------------------------------------- datelines

DATELINES: list[tuple[str, str | None, str]] = [
    ("Published: 17.10.2024", None, "2024-10-17T00:00:00"),
    ("Posted on October 17, 2024 at 10:22 am", "en", "2024-10-17T10:22:00"),
    ("Updated Thu 17 Oct 2024 10.22 BST", "en", "2024-10-17T10:22:00+01:00"),
    ("Last updated: October 17, 2024", "en", "2024-10-17T00:00:00"),
    ("Опубліковано 17 жовтня 2024, 10:22", "uk", "2024-10-17T10:22:00"),
    ("Опубликовано: 17 октября 2024 г. в 10:22", "ru", "2024-10-17T10:22:00"),
    ("Veröffentlicht am 17. Oktober 2024 um 10:22 Uhr", "de", "2024-10-17T10:22:00"),
    ("Aktualisiert: 17.10.2024, 10:22 Uhr", "de", "2024-10-17T10:22:00"),
    ("Publié le 17 octobre 2024 à 14h30", "fr", "2024-10-17T14:30:00"),
    ("Mis à jour le 18/10/2024 à 09h15", "fr", "2024-10-18T09:15:00"),
    ("Publicado el 17 de octubre de 2024 a las 10:22", "es", "2024-10-17T10:22:00"),
    ("Actualizado: 17/10/2024 10:22 CEST", "es", "2024-10-17T10:22:00+02:00"),
    ("Pubblicato il 17 ottobre 2024 alle 10:22", "it", "2024-10-17T10:22:00"),
    ("Publicado em 17 de outubro de 2024 às 10:22", "pt", "2024-10-17T10:22:00"),
    ("Opublikowano: 17 października 2024, 10:22", "pl", "2024-10-17T10:22:00"),
    ("Gepubliceerd op 17 oktober 2024 om 10:22", "nl", "2024-10-17T10:22:00"),
    ("Publikováno 17. října 2024", "cs", "2024-10-17T00:00:00"),
    ("Julkaistu 17.10.2024 klo 10.22", "fi", "2024-10-17T10:22:00"),
    ("Yayınlanma: 17 Ekim 2024 Perşembe", "tr", "2024-10-17T00:00:00"),
    ("YAYINLANMA: 17 EKİM 2024", "tr", "2024-10-17T00:00:00"),
    ("发布时间：2024年10月17日 10:22", "zh", "2024-10-17T10:22:00"),
    ("公開日：2024年10月17日（木）10:22", "ja", "2024-10-17T10:22:00"),
    ("입력 2024.10.17. 오후 3:05", "ko", "2024-10-17T15:05:00"),
    ("17.10.2024 | 10:22", None, "2024-10-17T10:22:00"),
    ("Published 17.10.2024 | 10.22", None, "2024-10-17T10:22:00"),
    ("📅 17.10.2024 · 🕒 10:22", None, "2024-10-17T10:22:00"),
    ("10:22, 17 жовтня 2024", "uk", "2024-10-17T10:22:00"),
    ("2024-10-17T07:22:00Z", None, "2024-10-17T07:22:00+00:00"),
    ("  2024-10-17  ", None, "2024-10-17T00:00:00"),
    ("Date: 2024-10-17", None, "2024-10-17T00:00:00"),
    ("Thursday, October 17, 2024", "en", "2024-10-17T00:00:00"),
    ("Updated 10:22 AM EDT, Thu October 17, 2024", "en", "2024-10-17T10:22:00-04:00"),
    ("Published 17.10.2024, updated 18.10.2024", None, "2024-10-17T00:00:00"),
    ("Posted 17 Oct 2024 (UTC)", "en", "2024-10-17T00:00:00"),
    ("— 17 жовтня 2024 —", None, "2024-10-17T00:00:00"),
    ("17 травня 2024 о 14:00 за київським часом", "uk", "2024-05-17T14:00:00"),
    ("17.10.2024 в 10:22 (МСК)", "ru", "2024-10-17T10:22:00"),
    # "ΐ".upper(): the dialytika and the tonos as marks apart from the iota
    ("Δημοσιεύθηκε 1 \u039c\u0391\u0399\u0308\u0301\u039f\u03a5 2000", "el", "2000-05-01T00:00:00"),
]


@pytest.mark.parametrize(("line", "lang", "expected"), DATELINES)
def test_dateline(line: str, lang: str | None, expected: str) -> None:
    m = parse_dateline(line, lang=lang)
    assert m is not None, line
    assert m.value.isoformat() == expected
    assert line[m.start : m.end] == m.text


NOT_DATELINES = [
    "Rutte said on October 17, 2024 that the deal was off",
    "By John Smith | October 17, 2024",
    "Updated 2 hours ago",
    "17.10.2024 5 comments",
    "17.10.2024 | 1234 views",
    "October 2024",
    "The meeting on 17.10.2024 was cancelled.",
    "17 October 2024: Ukraine war latest",
    "Published 17.10.2024 in Politics",
    "© 2024 Example Inc.",
    "10:22",
    "Опубліковано 17 жовтня 2024 року о 10:22 у розділі Новини",
    "Published " + " " * 300 + "17.10.2024",  # too long to be a dateline
    "Published 17 October 2024 October",
]


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None


def test_dateline_time_written_apart_is_joined() -> None:
    m = parse_dateline("Published 17.10.2024 | Updated 10:22")
    assert m is not None
    assert m.has_time and m.value == datetime(2024, 10, 17, 10, 22)
    assert m.text == "17.10.2024 | Updated 10:22"


# ----------------------------------------------------------------- data files


def test_language_tables_are_well_formed() -> None:
    assert {"en", "de", "fr", "es", "it", "pt", "pl", "uk", "ru", "nl"} <= set(LANGS)
    for code, data in LANGS.items():
        assert len(data["months"]) in (0, 12), code
        assert len(data["weekdays"]) == 7, code
        assert all(isinstance(w, str) and w for names in data["months"] for w in names), code
        assert data["formats"], code


def test_every_month_name_parses_without_a_hint() -> None:
    """No month word means different months in two languages (it would be dropped)."""
    for code, data in LANGS.items():
        for number, names in enumerate(data["months"], start=1):
            for name in names:
                for text in (f"17 {name} 2024", f"{name} 17, 2024"):
                    found = find_dates(text)
                    assert len(found) == 1, (code, text)
                    assert found[0].value.month == number, (code, text)
                assert find_dates(f"17 {name} 2024", lang=code)[0].value.month == number


# ----------------------------------------------------------------- linear time


@pytest.mark.parametrize(
    "text",
    [
        "1." * 50_000,
        "17 " * 30_000,
        "October 17 " * 10_000,
        "a" * 100_000 + " 17.10.2024",
        " " * 100_000 + "17.10.2024",
        "17.10.2024 " + " " * 100_000 + "10:22",
        "1:" * 50_000,
        ("17 de " * 20_000) + "2024",
        "\u5e74" * 100_000,
    ],
)
def test_long_inputs_stay_fast(text: str) -> None:
    began = time.perf_counter()
    find_dates(text)
    parse_dateline(text)
    assert time.perf_counter() - began < 1.0


# ----------------------------------------------------------------- round trip


@st.composite
def rendered(draw: st.DrawFn) -> tuple[str, str, str, date, tuple[int, int] | None]:
    """A random date rendered by one of a language's formats, maybe with time and lead-in."""
    lang = draw(st.sampled_from(sorted(LANGS)))
    data = LANGS[lang]
    fmt = draw(st.sampled_from(data["formats"]))
    day = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
    case = draw(st.sampled_from(["lower", "title", "upper", "keep"]))

    def cased(word: str) -> str:
        return word if case == "keep" else getattr(word, case)()

    month = ""
    if data["months"]:
        names = data["months"][day.month - 1]
        month = cased(draw(st.sampled_from(names)))
        if month.lower() != names[0] and draw(st.booleans()):
            month += "."  # abbreviations are often written "Oct."
    weekday = cased(draw(st.sampled_from(data["weekdays"][day.weekday()])))
    text = fmt.format(
        d=day.day,
        dd=f"{day.day:02d}",
        m=day.month,
        mm=f"{day.month:02d}",
        y=day.year,
        month=month,
        wd=weekday,
    )
    clock: tuple[int, int] | None = None
    if draw(st.booleans()):
        clock = (draw(st.integers(0, 23)), draw(st.integers(0, 59)))
        hour, minute = clock
        if lang == "en" and draw(st.booleans()):
            suffix = draw(
                st.sampled_from(["am", "AM", "a.m."] if hour < 12 else ["pm", "PM", "p.m."])
            )
            shown = f"{(hour % 12) or 12}:{minute:02d} {suffix}"
        else:
            shown = f"{hour:02d}:{minute:02d}" if draw(st.booleans()) else f"{hour}:{minute:02d}"
        connector = draw(st.sampled_from(["", *data["connectors"]]))
        glue = f" {connector} " if connector else draw(st.sampled_from([" ", ", ", " | "]))
        text = f"{text}{glue}{shown}"
    leadin = draw(st.sampled_from(["", *data["leadins"]]))
    line = f"{leadin.capitalize()}{draw(st.sampled_from([': ', ' ']))}{text}" if leadin else text
    return lang, text, line, day, clock


def _check(m: DateMatch | None, day: date, clock: tuple[int, int] | None, what: str) -> None:
    assert m is not None, what
    assert m.value.date() == day, what
    if clock is None:
        assert not m.has_time, what
    else:
        assert m.has_time, what
        assert (m.value.hour, m.value.minute) == clock, what


@settings(
    max_examples=settings.default.max_examples * 2,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(rendered())
def test_round_trip(case: tuple[str, str, str, date, tuple[int, int] | None]) -> None:
    lang, text, line, day, clock = case
    found = find_dates(text, lang=lang)
    assert len(found) == 1, (text, found)
    _check(found[0], day, clock, text)
    _check(parse_dateline(line, lang=lang), day, clock, line)
    slashed = "/" in text and not text[:4].isdigit()
    if not slashed:  # without a hint only slashed numbers are read differently (US order)
        _check(parse_dateline(line), day, clock, line)


_PIECES = [
    *"0129 ./-:,|()\n",
    *("12", "17", "31", "2024", "1999", "年", "月", "日", "년", "T", "Z", "+03:00", "AM"),
    *("Oct", "October", "May", "жовтня", "de", "1er", "th", "г.", "року", "오후", "時"),
    *("Uhr", "h", "à", "um", "UTC", "EDT", "Published", "Thu", "İ", "ı", "\u0307", "—"),
]


@settings(max_examples=settings.default.max_examples * 2, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.sampled_from([None, "en", "uk", "tr", "xx"]),
    st.sampled_from([None, True, False]),
)
def test_junk_never_breaks_spans(text: str, lang: str | None, day_first: bool | None) -> None:
    found = find_dates(text, lang=lang, day_first=day_first)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert 1990 <= m.value.year <= 2100
    line = parse_dateline(text, lang=lang, day_first=day_first)
    if line is not None:
        assert text[line.start : line.end] == line.text


def _scanned(text: str, lang: str | None = None) -> list[DateMatch]:
    """The scanner itself, without the DATE_HINT prefilter in front of it."""
    months, month_first = dates._lang_info(lang)
    return dates._scan(text, months, month_first, None)


@settings(max_examples=settings.default.max_examples * 3, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.sampled_from([None, "en", "uk", "xx"]),
)
def test_date_hint_holds_wherever_the_scanner_finds_a_date(text: str, lang: str | None) -> None:
    if _scanned(text, lang):
        assert DATE_HINT.search(text) is not None, text


@settings(
    max_examples=settings.default.max_examples * 4 // 3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(rendered())
def test_date_hint_holds_for_every_rendered_date(
    case: tuple[str, str, str, date, tuple[int, int] | None],
) -> None:
    _lang, text, line, _day, _clock = case
    assert DATE_HINT.search(text) is not None, text
    assert DATE_HINT.search(line) is not None, line


@pytest.mark.parametrize(("text", "_lang", "_expected"), GOLDEN)
def test_date_hint_holds_for_the_goldens(text: str, _lang: str | None, _expected: str) -> None:
    assert DATE_HINT.search(text) is not None
    assert _scanned(text, _lang) == find_dates(text, lang=_lang)


def test_date_hint_skips_numbers_that_are_no_dates() -> None:
    for text in ("3 min read", "Page 2 of 17", "€ 12,50", "+49 30 12345678", "v1.2.3"):
        assert DATE_HINT.search(text) is None, text


# ----------------------------------------------------------------- lead-ins

LEADINS: list[tuple[str, bool, str | None]] = [
    ("Published: ", False, "published"),
    ("Posted on ", False, "published"),
    ("Originally published ", False, "published"),
    ("Last updated: ", False, "updated"),
    ("Updated ", False, "updated"),
    ("Published 17.10.2024, updated ", False, "updated"),  # the nearest lead-in counts
    ("Veröffentlicht am ", False, "published"),
    ("Aktualisiert: ", False, "updated"),
    ("Publié le ", False, "published"),
    ("Mis à jour le ", False, "updated"),
    ("Publicado el ", False, "published"),
    ("Опубліковано ", False, "published"),
    ("Оновлено ", False, "updated"),
    ("Опубликовано: ", False, "published"),
    ("发布时间：", False, "published"),
    ("更新日 ", False, "updated"),
    ("By Jane Doe | ", False, None),
    ("Date: ", False, None),
    ("Posted:", True, "published"),
    ("Updated:", True, "updated"),
    ("Original:", True, "published"),
    ("Posted by Jane", True, None),  # a whole line must be lead-in words only
    ("Updated 2 hours ago", True, None),
]


@pytest.mark.parametrize(("text", "whole", "kind"), LEADINS)
def test_leadin_kind(text: str, whole: bool, kind: str | None) -> None:
    assert leadin_kind(text, whole=whole) == kind


# ----------------------------------------------------------------- day/month order of a page


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["12/04/2020", "16/04/2020 at 12:35 am"], True),
        (["04/12/2020", "04/16/2020"], False),
        (["04/05/2020"], None),
        (["16.04.2020", "04/16/2020"], None),  # both orders: the language decides
        (["Top 10, 2024", "v2.10.2024"], None),
    ],
)
def test_page_day_first(lines: list[str], expected: bool | None) -> None:
    assert page_day_first(lines) is expected


def test_page_order_settles_ambiguous_dates() -> None:
    day_first = page_day_first(["Comments: 16/04/2020"])
    assert _one("12/04/2020", "en", day_first).value == datetime(2020, 4, 12)
    assert _one("12/04/2020", "en").value == datetime(2020, 12, 4)


# ----------------------------------------------------------------- markup dates and times

ISO: list[tuple[str, str | None]] = [
    ("2024-10-17T10:22:00Z", "2024-10-17T10:22:00+00:00"),
    ("2024-10-17T10:22:00+0200", "2024-10-17T10:22:00+02:00"),
    ("2024-10-17T10:22:00.455+01:00", "2024-10-17T10:22:00.455000+01:00"),
    ("2024-10-17 10:22:00", "2024-10-17T10:22:00"),
    ("2024-10-17", "2024-10-17T00:00:00"),
    ("Thu, 17 Oct 2024 10:22:05 +0000", "2024-10-17T10:22:05+00:00"),
    ("17. Oktober 2024", "2024-10-17T00:00:00"),
    ("2024-13-45", None),
    ("yesterday", None),
    ("", None),
]


@pytest.mark.parametrize(("value", "expected"), ISO)
def test_parse_iso(value: str, expected: str | None) -> None:
    m = parse_iso(value)
    assert (m.value.isoformat() if m else None) == expected


def test_parse_iso_reads_numbers_in_the_page_order() -> None:
    m = parse_iso("10/05/2022 05:22 pm", lang="es")
    assert m is not None and m.value == datetime(2022, 5, 10, 17, 22)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5:50 pm CET", (17, 50, 0, 60)),
        ("11:37 AM EDT", (11, 37, 0, -240)),
        ("um 14:30 Uhr", (14, 30, 0, None)),
        ("10:22", (10, 22, 0, None)),
        ("14.30", (14, 30, 0, None)),
        ("3 min read", None),
        ("Foo 10:22", None),
        ("10:22 and 11:30", None),
        ("2024", None),
    ],
)
def test_parse_time_line(line: str, expected: tuple | None) -> None:
    found = parse_time_line(line)
    if expected is None:
        assert found is None
        return
    assert found is not None
    hour, minute, second, tz = found
    offset = None if tz is None else int(tz.utcoffset(None).total_seconds() // 60)
    assert (hour, minute, second, offset) == expected


# ----------------------------------------------------------------- relative dates

NOW = datetime(2024, 10, 17, 12, 30)

RELATIVE: list[tuple[str, str | None, str]] = [
    ("2 hours ago", "en", "2024-10-17T10:30:00"),
    ("an hour ago", "en", "2024-10-17T11:30:00"),
    ("5 mins ago", "en", "2024-10-17T12:25:00"),
    ("2h ago", "en", "2024-10-17T10:30:00"),
    ("3 days ago", "en", "2024-10-14T00:00:00"),
    ("yesterday", "en", "2024-10-16T00:00:00"),
    ("Yesterday at 10:22", "en", "2024-10-16T10:22:00"),
    ("today, 09:15", "en", "2024-10-17T09:15:00"),
    ("just now", "en", "2024-10-17T12:30:00"),
    ("vor 2 Stunden", "de", "2024-10-17T10:30:00"),
    ("vor einer Stunde", "de", "2024-10-17T11:30:00"),
    ("vor 2 Std.", "de", "2024-10-17T10:30:00"),
    ("gestern, 10:22 Uhr", "de", "2024-10-16T10:22:00"),
    ("vorgestern", "de", "2024-10-15T00:00:00"),
    ("il y a 3 jours", "fr", "2024-10-14T00:00:00"),
    ("hier à 14h05", "fr", "2024-10-16T14:05:00"),
    ("hace 2 días", "es", "2024-10-15T00:00:00"),
    ("ayer", "es", "2024-10-16T00:00:00"),
    ("2 giorni fa", "it", "2024-10-15T00:00:00"),
    ("há 3 horas", "pt", "2024-10-17T09:30:00"),
    ("3 horas atrás", "pt", "2024-10-17T09:30:00"),
    ("2 uur geleden", "nl", "2024-10-17T10:30:00"),
    ("godzinę temu", "pl", "2024-10-17T11:30:00"),
    ("wczoraj", "pl", "2024-10-16T00:00:00"),
    ("2 години тому", "uk", "2024-10-17T10:30:00"),
    ("вчора о 10:22", "uk", "2024-10-16T10:22:00"),
    ("час назад", "ru", "2024-10-17T11:30:00"),
    ("вчера", "ru", "2024-10-16T00:00:00"),
    ("för 2 timmar sedan", "sv", "2024-10-17T10:30:00"),
    ("2 saat önce", "tr", "2024-10-17T10:30:00"),
    ("před 3 hodinami", "cs", "2024-10-17T09:30:00"),
    ("3日前", "ja", "2024-10-14T00:00:00"),
    ("2時間前", "ja", "2024-10-17T10:30:00"),
    ("10分钟前", "zh", "2024-10-17T12:20:00"),
    ("昨天", "zh", "2024-10-16T00:00:00"),
    ("2시간 전", "ko", "2024-10-17T10:30:00"),
    ("어제", "ko", "2024-10-16T00:00:00"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RELATIVE)
def test_relative_dates(text: str, lang: str | None, expected: str) -> None:
    found = find_relative(text, lang)
    assert found is not None, text
    assert found.resolve(NOW).value.isoformat() == expected
    assert is_relative_line(text, lang)


def test_relative_dates_keep_the_zone_of_now() -> None:
    now = NOW.replace(tzinfo=timezone.utc)
    found = find_relative("2 hours ago", "en")
    assert found is not None and found.resolve(now).value == datetime(
        2024, 10, 17, 10, 30, tzinfo=timezone.utc
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("3 min read", "en"),
        ("5 хв читання", "uk"),
        ("Lesezeit: 4 Min.", "de"),
        ("hier", "de"),  # German "here", French "yesterday"
        ("Top 10 stories", "en"),
        ("2 hours", "en"),
        ("Mehr dazu hier", "de"),
    ],
)
def test_not_relative(text: str, lang: str) -> None:
    assert find_relative(text, lang) is None


def test_relative_needs_a_line_of_its_own() -> None:
    assert not is_relative_line(
        "Vor 30 Jahren fiel in Berlin die Mauer und alles wurde anders", "de"
    )
    assert is_relative_line("Updated 2 hours ago", "en")


@st.composite
def relative_rendered(draw: st.DrawFn) -> tuple[str, str, int, str]:
    """'N units ago' in a language's own words: the number, a unit word and the ago word(s)."""
    lang = draw(st.sampled_from(sorted(c for c in LANGS if LANGS[c].get("relative"))))
    rel = LANGS[lang]["relative"]
    unit = draw(st.sampled_from(["minute", "hour", "day", "week"]))
    word = draw(st.sampled_from(rel["units"][unit]))
    count = draw(st.integers(2, 59))
    spaced = word[:1] < "\u2e80"
    number = f"{count} {word}" if spaced else f"{count}{word}"
    if rel["before"] and (not rel["ago"] or draw(st.booleans())):
        text = f"{draw(st.sampled_from(rel['before']))} {number}"
    else:
        ago = draw(st.sampled_from(rel["ago"]))
        text = f"{number} {ago}" if spaced or ago[:1] < "\u2e80" else f"{number}{ago}"
    return lang, text, count, unit


@settings(max_examples=settings.default.max_examples * 2, deadline=None)
@given(relative_rendered())
def test_relative_round_trip(case: tuple[str, str, int, str]) -> None:
    lang, text, count, unit = case
    found = find_relative(text, lang)
    assert found is not None, text
    assert (found.count, found.unit) == (count, unit), text
    value = found.resolve(NOW).value
    days = {"week": 7 * count, "day": count}.get(unit)
    if days is None:
        assert value == NOW - timedelta(**{unit + "s": count}), text
    else:
        assert value.date() == (NOW - timedelta(days=days)).date(), text
