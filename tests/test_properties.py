"""Invariants of the whole chain, checked on generated input with hypothesis.

- ``clean`` never raises on any ``str``; on ``bytes`` only a documented CleantextError;
- it is idempotent: cleaning the rendered output again gives the same document;
- nothing is invented or reordered: the words of the title and of the body each appear in order
  in the normalised input;
- noise lines from the rule files, inserted anywhere into a clean article, are removed and leave
  the document unchanged;
- clean prose passes through unchanged.
"""

from __future__ import annotations

import contextlib
import re
from datetime import datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext import CleantextError, Pipeline
from cleantext.render import render_text
from cleantext.rules import load_rules

NOISE_DATA = Path(__file__).parent / "data" / "noise_lines"
# Normalisation includes rejoining split paragraphs (and repairing what a join forms).
NORMALISE_ONLY = Pipeline.default().without("dedupe", "fields")
WORD = re.compile(r"\w+")

# Input shaped like scraped pages: lines from a mixed alphabet, noise-like fragments, dates.
page_lines = st.lists(
    st.one_of(
        st.text(max_size=80),
        st.sampled_from(
            [
                "",
                "AD",
                "3 min read",
                "Share",
                "Read more: another story",
                "17.10.2024",
                "10:22 17.10.2024",
                "October 17, 2024",
                "Published: 2024-10-17T10:22:00+03:00",
                "Photo: Reuters",
                "Itâ€™s cafÃ©",
                "A title that could be a headline",
                "A sentence of running text that ends the way prose does.",
            ]
        ),
    ),
    max_size=30,
)
pages = page_lines.map("\n".join)


def words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(word in it for word in needle)


@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    cleantext.clean(text)


@given(pages)
def test_never_raises_on_page_like_text(text: str) -> None:
    cleantext.clean(text)


@given(st.binary())
def test_bytes_raise_only_documented_errors(data: bytes) -> None:
    with contextlib.suppress(CleantextError):
        cleantext.clean(data)


@given(pages)
def test_idempotent(text: str) -> None:
    first = cleantext.clean(text)
    second = cleantext.clean(render_text(first))
    assert (second.title, second.timestamp, second.body) == (
        first.title,
        first.timestamp,
        first.body,
    )


@given(pages)
def test_nothing_invented_or_reordered(text: str) -> None:
    doc = cleantext.clean(text)
    lines = NORMALISE_ONLY.run(text).lines
    source = words("\n".join(line.text for line in lines if line.role != "joined"))
    assert is_subsequence(words(doc.body), source)
    assert is_subsequence(words(doc.title or ""), source)


# Clean articles: a headline, maybe a dateline, paragraphs of sentences.
VOCABULARY = (
    "the minister said council plan city river school budget winter energy report "
    "міністр сказав місто рада план школа die Stadt der Rat plant le conseil municipal "
    "la ciudad el plan città piano cidade plano miasto rada plan café naïve über "
    "Zürich Kraków São Paulo Łódź Київ — “quoted” ‘words’ 2024 40 20.9"
).split()
sentences = st.lists(st.sampled_from(VOCABULARY), min_size=7, max_size=18).map(
    lambda ws: (" ".join(ws)[0].upper() + " ".join(ws)[1:]) + "."
)
paragraphs = st.lists(sentences, min_size=1, max_size=3).map(" ".join)
bodies = st.lists(paragraphs, min_size=1, max_size=8, unique=True)
headlines = st.lists(st.sampled_from(VOCABULARY), min_size=3, max_size=10).map(
    lambda ws: " ".join(ws).capitalize()
)
datelines = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2090, 12, 31)).map(
    lambda moment: moment.strftime("%H:%M %d.%m.%Y")
)


@st.composite
def articles(draw) -> list[str]:
    lines = []
    if draw(st.booleans()):
        lines.append(draw(datelines))
    if draw(st.booleans()):
        lines.append(draw(headlines))
    return lines + draw(bodies)


def _noise_lines() -> list[str]:
    """Every literal rule (some upper-cased) and the noise lines the rules tests keep as data."""
    literals = sorted(load_rules().literals)
    examples = []
    for path in sorted(NOISE_DATA.glob("*.txt")):
        section = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("[") or not line.strip() or line.startswith("#"):
                section = line.strip() if line.startswith("[") else section
            elif section == "[remove]":
                examples.append(line.strip())
    return literals + [literal.upper() for literal in literals[::7]] + examples


NOISE = _noise_lines()


@given(bodies)
def test_clean_prose_passes_through_unchanged(body: list[str]) -> None:
    doc = cleantext.clean("\n\n".join(body))
    assert (doc.title, doc.timestamp, doc.body) == (None, None, "\n\n".join(body))
    assert doc.removed == ()


@given(articles(), st.data())
def test_noise_inserted_anywhere_is_removed(article: list[str], data) -> None:
    expected = cleantext.clean("\n".join(article))
    noisy = list(article)
    for _ in range(data.draw(st.integers(1, 6))):
        position = data.draw(st.integers(0, len(noisy)))
        noisy.insert(position, data.draw(st.sampled_from(NOISE)))
    doc = cleantext.clean("\n".join(noisy))
    assert (doc.title, doc.timestamp, doc.body) == (
        expected.title,
        expected.timestamp,
        expected.body,
    )
    assert len(doc.removed) == len(expected.removed) + len(noisy) - len(article)
