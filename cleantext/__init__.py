"""cleantext: scraped web pages in, clean articles out (timestamp, title, body).

>>> import cleantext
>>> doc = cleantext.clean("10:22 17.10.2024\\n\\nA title for the page\\n\\nThe text.\\nAD\\n")
>>> doc.title, doc.timestamp.isoformat(), doc.body
('A title for the page', '2024-10-17T10:22:00', 'The text.')
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from cleantext.document import Document, Removal, Repair
from cleantext.errors import (
    BinaryInputError,
    CleantextError,
    InputError,
    UndecodableInputError,
)
from cleantext.page import InputKind, Line, Page
from cleantext.pipeline import PageData, Pipeline, Step
from cleantext.rules import RulesError

__version__ = "0.1.0"

__all__ = [
    "BinaryInputError",
    "CleantextError",
    "Document",
    "InputError",
    "InputKind",
    "Line",
    "Page",
    "PageData",
    "Pipeline",
    "Removal",
    "Repair",
    "RulesError",
    "Step",
    "UndecodableInputError",
    "__version__",
    "clean",
]


@cache
def default_pipeline() -> Pipeline:
    """The default chain, built once (it is immutable, so sharing it is safe)."""
    return Pipeline.default()


def clean(
    data: PageData,
    *,
    url: str | None = None,
    input: InputKind = "auto",
    now: datetime | None = None,
) -> Document:
    """Clean one scraped page (text or HTML, ``str`` or ``bytes``) into a :class:`Document`.

    A ``bs4.BeautifulSoup`` document or ``Tag`` a scraper already holds is accepted too, and
    cleaned as HTML (bs4 itself is never imported by cleantext).

    ``now`` is when the page was fetched: relative dates ("2 hours ago", "вчора", "gestern")
    are read against it; without it they are left unresolved, never read against the clock.
    """
    return default_pipeline().clean(data, url=url, input=input, now=now)
