"""JSONL corpora: one page a line, as text and LLM data pipelines keep them.

The parent only splits the file into lines (cheap, and in order); the workers parse them, so a
big corpus is parsed in parallel and a malformed line fails alone. A record comes out as it went
in, every field carried through, with the text field holding the cleaned body and the rest of
the cleaned document under one added key (``"cleantext"``), so a pipeline reading the input's
schema reads the output's too.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleantext.batch.walk import Problem
from cleantext.document import Document

RESULT_FIELD = "cleantext"
"""The key an output record gets for the cleaned document's fields other than the body."""
SUFFIXES = (".jsonl", ".jsonl.gz")


def is_corpus(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


@dataclass(frozen=True, slots=True)
class RecordLine:
    """One non-blank line of a corpus, unparsed."""

    line: int
    data: bytes


def read_lines(path: Path) -> Iterator[RecordLine | Problem]:
    """The corpus's non-blank lines in order; a damaged file ends with a :class:`Problem`."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as stream:
            for number, data in enumerate(stream, start=1):
                if data.strip():
                    yield RecordLine(number, data)
    except (OSError, EOFError, zlib.error) as error:
        yield Problem(f"{path.name}:{number + 1}", f"cannot read the corpus further: {error}")


class RecordError(Exception):
    """A line that is not a usable record; the message says why, ``id`` which (when known)."""

    def __init__(self, message: str, id: Any = None) -> None:
        super().__init__(message)
        self.id = id


@dataclass(frozen=True, slots=True)
class Record:
    fields: dict[str, Any]
    text: str
    id: Any
    url: str | None


def parse_record(data: bytes, text_field: str, id_field: str, url_field: str) -> Record:
    """A record, its text, id and URL; :class:`RecordError` when the line is not one."""
    try:
        fields = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise RecordError(f"not valid JSON ({error})") from None
    if not isinstance(fields, dict):
        raise RecordError(f"not a JSON object but {type(fields).__name__}")
    record_id = fields.get(id_field)
    if text_field not in fields:
        raise RecordError(f"no {text_field!r} field", record_id)
    text = fields[text_field]
    if not isinstance(text, str):
        kind = type(text).__name__
        raise RecordError(f"the {text_field!r} field is {kind}, not a string", record_id)
    url = fields.get(url_field)
    if url is not None and not isinstance(url, str):
        kind = type(url).__name__
        raise RecordError(f"the {url_field!r} field is {kind}, not a string", record_id)
    return Record(fields, text, record_id, url or None)


def output_record(record: Record, document: Document, text_field: str) -> dict[str, Any]:
    """The record with its text cleaned and the document's other fields under ``cleantext``."""
    details = document.to_dict()
    body = details.pop("body")
    return {**record.fields, text_field: body, RESULT_FIELD: details}
