"""Tell an HTML page from a text page (``input="auto"``).

HTML either starts like a document (a doctype, ``<html>``, ``<head>``, ``<body>``, or a
``<meta>``/``<title>``/``<link>`` of a head, after an XML declaration and comments), or is made
of tags: many of them, closing tags among them, taking a real share of the characters. A text
that mentions ``<b>`` or quotes a line of markup is none of these, and stays text.
"""

from __future__ import annotations

import re

SAMPLE_CHARACTERS = 20_000
MIN_TAGS = 8
MIN_CLOSING_TAGS = 3
MIN_TAG_SHARE = 0.1
"""Share of the sample's characters inside tags: HTML is mostly markup, prose mentioning tags
is mostly prose."""

_PROLOGUE = r"\ufeff?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.*?-->\s*)*"
_DOCUMENT_START = re.compile(_PROLOGUE + r"<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HEAD_START = re.compile(_PROLOGUE + r"<(?:meta|title|link|base|style|script)\b", re.I | re.S)
_TAG = re.compile(r"<(/?)[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,500})?/?>")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML rather than a text page that mentions tags."""
    head = text[:SAMPLE_CHARACTERS]
    if _DOCUMENT_START.match(head):
        return True
    tags = closing = tag_characters = 0
    for match in _TAG.finditer(head):
        tags += 1
        closing += bool(match.group(1))
        tag_characters += match.end() - match.start()
    if _HEAD_START.match(head):
        return closing >= 1
    return (
        tags >= MIN_TAGS
        and closing >= MIN_CLOSING_TAGS
        and tag_characters >= MIN_TAG_SHARE * len(head.strip())
    )
