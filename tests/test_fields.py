"""Tests for the fields step: which line is the title, which date the timestamp, and why.

Pages are small and made up, each showing one signal: the headline above the article among
menu items, a site name cut only when it is the site, a publication date chosen over related
links, comments and footers, "updated" kept apart, the URL's date and slug, relative dates only
with ``now=``, the page's own day/month order, and what ``--explain`` is told.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import cleantext
from cleantext import Pipeline
from cleantext.render import render_text
from cleantext.titles import site_name_cut, slug_score
from cleantext.urls import url_info

BODY = (
    "Ministers agreed on Thursday to share gas reserves across the union this winter, "
    "officials said after the meeting.\n"
    "The plan takes effect in November, officials said after the long meeting in Brussels on "
    "Thursday night.\n"
    "It covers every member state and is reviewed in the spring, when the reserves are "
    "counted again by the commission."
)
TITLE = "Ministers agree on a new energy plan for winter"
TITLE_DE = "Die Minister einigen sich auf einen Energieplan für den Winter"
BODY_DE = (
    "Die Minister haben am Donnerstag beschlossen, die Gasreserven in diesem Winter zu teilen, "
    "wie es nach dem Treffen hieß.\n"
    "Der Plan gilt ab November und wird im Frühjahr überprüft, wenn die Reserven erneut von der "
    "Kommission gezählt werden."
)
TITLE_UK = "Міністри погодили новий енергетичний план на зиму"
BODY_UK = (
    "Міністри в четвер погодилися спільно використовувати запаси газу цієї зими, повідомили "
    "після зустрічі.\n"
    "План почне діяти в листопаді, і навесні його переглянуть, коли комісія знову порахує "
    "запаси."
)


def clean(text: str, **kw):
    return cleantext.clean(text, **kw)


def notes(text: str, **kw) -> dict[str, str]:
    return Pipeline.default().run(text, **kw).field_notes


# ----------------------------------------------------------------------------- titles


def test_headline_above_the_article_not_the_menu() -> None:
    page = f"Home\nPolitics\nWorld\nSport\n{TITLE}\nBy Jane Doe\n17 October 2024\n{BODY}"
    doc = clean(page)
    assert doc.title == TITLE
    assert doc.timestamp == datetime(2024, 10, 17)
    assert "By Jane Doe" not in doc.body  # a header line above the article


def test_a_kicker_or_section_is_never_the_title_alone() -> None:
    page = f"Politics\nEnergy:\n{TITLE}\n{BODY}"
    assert clean(page).title == TITLE
    page = f"Menu\nWorld\n{BODY}"  # nothing but menu items above the article
    assert clean(page).title is None


def test_headline_printed_twice_and_slug() -> None:
    teaser = "Another story about a different city council and its budget"
    page = f"{teaser}\n{TITLE}\n{TITLE}\n{BODY}"
    assert clean(page).title == TITLE
    url = "https://news.example.com/world/ministers-agree-new-energy-plan-winter/"
    page = f"{TITLE}\n{teaser}\n{BODY}"
    doc = clean(page, url=url)
    assert doc.title == TITLE
    assert "matches the URL slug" in notes(page, url=url)["title"]


@pytest.mark.parametrize(
    ("line", "url", "expected"),
    [
        (f"{TITLE} | Example News", "https://www.example-news.com/a/b", TITLE),
        (f"{TITLE} - Example News", "https://examplenews.org/a", TITLE),
        (f"Example News — {TITLE}", "https://www.examplenews.co.uk/a", TITLE),
        (f"{TITLE} | example-news.com", None, TITLE),
        (f"{TITLE} | Politics | Example News", "https://example-news.com/x", TITLE),
        # A segment that is not the site stays: a dash inside a headline is not a site name.
        (
            "Formel-1-Fahrercheck - AlphaTauri: Das können Gasly und Tsunoda",
            "https://www.motorsport-magazin.com/formel1/news-275350",
            "Formel-1-Fahrercheck - AlphaTauri: Das können Gasly und Tsunoda",
        ),
        (f"News» Energy» {TITLE}", None, TITLE),  # a breadcrumb glued to the headline
    ],
)
def test_site_name_cut(line: str, url: str | None, expected: str) -> None:
    assert clean(f"{line}\n{BODY}", url=url).title == expected


def test_site_name_cut_never_keeps_the_site() -> None:
    info = url_info("https://www.example-news.com/a")
    assert site_name_cut("Apple unveils a new phone - Example News", info)[0] == (
        "Apple unveils a new phone"
    )
    assert site_name_cut("Short - Example News", info)[0] == "Short"
    assert site_name_cut(TITLE, info) == (TITLE, None)


def test_slug_score() -> None:
    info = url_info(
        "https://x.de/politik/rueckbau-von-atomkraftwerk-kuehltuerme-gesprengt-100.html"
    )
    assert slug_score("Rückbau von Atomkraftwerk: Kühltürme gesprengt", info) > 0.9
    assert slug_score("Politik", info) == 0.0
    assert slug_score(TITLE, url_info("https://x.com/")) == 0.0


def test_html_title_from_the_markup() -> None:
    html = f"""<html><head><title>{TITLE} | The Harbour Herald</title>
    <meta property="og:title" content="{TITLE} | The Harbour Herald"></head>
    <body><header><h1>The Harbour Herald</h1></header>
    <article><h2>{TITLE}</h2><p>{BODY.replace(chr(10), "</p><p>")}</p></article></body></html>"""
    doc = clean(html)
    assert doc.title == TITLE  # not the site name in <h1>, without the suffix


def test_html_jsonld_headline_and_dates() -> None:
    html = f"""<html><head><title>Energy | Herald</title>
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{TITLE}",
    "datePublished": "2024-10-17T10:22:00+02:00", "dateModified": "2024-10-18T08:00:00+02:00"}}
    </script></head><body><article><h1>{TITLE}</h1>
    <p>{BODY.replace(chr(10), "</p><p>")}</p></article></body></html>"""
    doc = clean(html)
    assert doc.title == TITLE
    assert doc.timestamp == datetime(2024, 10, 17, 10, 22, tzinfo=timezone(timedelta(hours=2)))
    assert doc.modified == datetime(2024, 10, 18, 8, 0, tzinfo=timezone(timedelta(hours=2)))


# ----------------------------------------------------------------------------- timestamps


def test_publication_date_not_related_links_comments_or_footer() -> None:
    page = (
        f"{TITLE}\n{BODY}\nRelated\nAnother story about something else entirely\n"
        "12 October 2024\nYet another story about a different thing\n11 October 2024\n"
        "Comments\n19 October 2024 at 09:12\n"
        "Great article, thank you for writing this, I will share it with my friends today.\n"
        "© 2024 Example News"
    )
    page = page.replace(f"{TITLE}\n", f"{TITLE}\nPublished: 17 October 2024\n", 1)
    doc = clean(page)
    assert doc.timestamp == datetime(2024, 10, 17)
    assert doc.timestamp_text == "17 October 2024"


def test_published_and_updated_both_kept() -> None:
    page = f"{TITLE}\nUpdated: 18 October 2024, 08:00\nPublished: 17 October 2024, 10:22\n{BODY}"
    doc = clean(page)
    assert doc.timestamp == datetime(2024, 10, 17, 10, 22)
    assert doc.modified == datetime(2024, 10, 18, 8, 0)
    assert doc.modified_text == "18 October 2024, 08:00"
    assert doc.to_dict()["modified"] == "2024-10-18T08:00:00"
    assert "Updated" not in doc.body and "Published" not in doc.body


def test_a_page_that_prints_only_an_update_is_dated_by_it() -> None:
    doc = clean(f"{TITLE}\nLast updated: 18 October 2024\n{BODY}")
    assert doc.timestamp == datetime(2024, 10, 18)
    assert doc.modified is None


@pytest.mark.parametrize(
    "line",
    [
        "3 min read",
        "Lesezeit: 4 Min.",
        "5 хв читання",
        "© 2023 Example News",
        "Call +1 212-555-0199",
        "Price: $1,299.99",
        "Version 2.10.2024",
        "Copyright 1999-2024",
    ],
)
def test_never_a_date(line: str) -> None:
    doc = clean(f"{TITLE}\n{line}\n{BODY}")
    assert doc.timestamp is None


def test_url_date_is_a_strong_hint() -> None:
    url = "https://example.com/2024/10/17/ministers-agree/"
    assert clean(f"{TITLE}\n{BODY}", url=url).timestamp == datetime(2024, 10, 17)
    # Two dates near the title: the one the URL names wins.
    page = f"{TITLE}\n16 October 2024\n17 October 2024\n{BODY}"
    assert clean(page, url=url).timestamp == datetime(2024, 10, 17)
    assert "URL" in notes(page, url=url)["timestamp"]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://x.com/2024/10/17/a", date(2024, 10, 17)),
        ("https://x.com/news/2020/8/24/a-b", date(2020, 8, 24)),
        ("https://www.theguardian.com/us-news/2016/nov/29/standing-rock", date(2016, 11, 29)),
        ("https://x.com/la-me-report-20161216-story.html", date(2016, 12, 16)),
        ("https://web.archive.org/web/20171008220355/http://x.com/2017/01/05/a/", date(2017, 1, 5)),
        ("https://x.com/id=20241017", None),
        ("https://x.com/a/b", None),
    ],
)
def test_url_info_day(url: str, day: date | None) -> None:
    info = url_info(url)
    assert info is not None and info.day == day


def test_relative_dates_need_now() -> None:
    page = f"{TITLE}\n2 hours ago\n{BODY}"
    assert clean(page).timestamp is None
    assert "give now=" in notes(page)["timestamp"]
    now = datetime(2024, 10, 17, 12, 30, tzinfo=timezone.utc)
    doc = clean(page, now=now)
    assert doc.timestamp == datetime(2024, 10, 17, 10, 30, tzinfo=timezone.utc)
    assert doc.timestamp_text == "2 hours ago"
    page = f"{TITLE}\n3 days ago\n{BODY}"
    assert clean(page, now=now).timestamp == datetime(2024, 10, 14)
    page = f"{TITLE_DE}\nVor 3 Tagen\n{BODY_DE}"
    assert clean(page, now=now).timestamp == datetime(2024, 10, 14)
    page = f"{TITLE_UK}\nВчора о 10:22\n{BODY_UK}"
    assert clean(page, now=now).timestamp == datetime(2024, 10, 16, 10, 22, tzinfo=timezone.utc)


def test_now_through_the_pipeline() -> None:
    now = datetime(2024, 10, 17, 12, 30)
    page = Pipeline.default().run(f"{TITLE}\n5 minutes ago\n{BODY}", now=now)
    assert page.now == now
    assert page.timestamp == datetime(2024, 10, 17, 12, 25)
    doc = Pipeline.default().clean(f"{TITLE}\n5 minutes ago\n{BODY}", now=now)
    assert doc.timestamp == datetime(2024, 10, 17, 12, 25)


def test_day_month_order_from_the_page() -> None:
    comments = (
        "Comments\n16/04/2020 at 12:35 am\n"
        "Great article, thank you for writing this, I will share it with my friends today."
    )
    page = f"{TITLE}\n12/04/2020\n{BODY}\n{comments}"
    assert clean(page).timestamp == datetime(2020, 4, 12)  # 16/04 shows the day comes first
    assert clean(f"{TITLE}\n12/04/2020\n{BODY}").timestamp == datetime(2020, 12, 4)  # English
    assert clean(f"{TITLE}\n12/04/2020\n{BODY}", url="https://news.example.co.uk/a").timestamp == (
        datetime(2020, 4, 12)
    )


def test_time_on_the_next_line_joins_the_date() -> None:
    page = f"{TITLE}\nOctober 23, 2025\n5:50 pm CET\n{BODY}"
    doc = clean(page)
    assert doc.timestamp == datetime(2025, 10, 23, 17, 50, tzinfo=timezone(timedelta(hours=1)))
    roles = [(line.text, line.role) for line in Pipeline.default().run(page).lines if line.role]
    assert roles[1:] == [("October 23, 2025", "timestamp"), ("5:50 pm CET", "timestamp")]


def test_lead_in_after_the_date() -> None:
    footer = "Dieser Beitrag wurde am 27. November 2019 um 15:21 Uhr veröffentlicht."
    page = f"{TITLE}\n{BODY}\n{footer}"
    assert clean(page).timestamp == datetime(2019, 11, 27, 15, 21)


# ----------------------------------------------------------------------------- explain, shape


def test_field_notes_and_roles_for_explain() -> None:
    page = f"Home\n{TITLE}\nPublished: 17 October 2024, 10:22\n{BODY}"
    run = Pipeline.default().run(page)
    roles = {line.role: line.text for line in run.lines if line.role in ("title", "timestamp")}
    assert roles == {"title": TITLE, "timestamp": "Published: 17 October 2024, 10:22"}
    assert run.field_notes["title"].startswith("line 2: ")
    assert "publication lead-in" in run.field_notes["timestamp"]


@pytest.mark.parametrize(
    "page",
    [
        f"Home\n{TITLE}\nPublished: 17 October 2024, 10:22\n{BODY}",
        f"Menu\n{TITLE} | Example News\nUpdated 18.10.2024\nPosted 17.10.2024\n{BODY}",
        f"{TITLE}\n{BODY}\nPosted on 17 October 2024 by admin",
        f"Politics\n{BODY}",
        "1/1/2000\nb",
    ],
)
def test_cleaning_the_output_again_finds_the_same_fields(page: str) -> None:
    first = clean(page, url="https://example.com/2024/10/17/ministers-agree/")
    second = clean(render_text(first))
    assert (second.title, second.timestamp, second.body) == (
        first.title,
        first.timestamp,
        first.body,
    )
