"""What a worker does with a chunk of pages: the one code path both engines run.

A chunk is a few pages (files of the tree, or lines of a corpus); a worker reads each, cleans
it and renders it. A tree's outputs are written by the worker itself, atomically, so writing
scales with the workers; a JSONL output's lines go back to the parent, which alone can keep them
in input order. Nothing here depends on which process or machine runs it, or on what ran
before, which is why the local pool and Dask give byte-identical outputs.

A :class:`~cleantext.errors.CleantextError` is the documented failure of one page; any other
exception is a bug, but it too fails only its page: the batch reports it and goes on.
"""

from __future__ import annotations

import os
import traceback
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from cleantext.batch.atomic import write_atomic
from cleantext.batch.corpus import RecordError, RecordLine, output_record, parse_record
from cleantext.batch.sites import (
    SiteCounts,
    counting_pipeline,
    page_hashes,
    site_of,
    with_site_step,
)
from cleantext.batch.walk import Found, Problem
from cleantext.document import Document
from cleantext.errors import CleantextError
from cleantext.inputs import InputFailed, read_page_file
from cleantext.page import InputKind
from cleantext.pipeline import Pipeline
from cleantext.render import document_record, render_text, to_json

Item = Found | RecordLine | Problem
Chunk = Sequence[Item]
FailureKind = Literal["input", "page", "output", "bug"]
TREE_SUFFIXES = {"json": ".json", "text": ".txt"}


@dataclass(frozen=True, slots=True)
class Job:
    """Everything a worker needs, built once by the parent and shipped once to each worker."""

    token: str
    """Names this run's pipeline in a worker's cache (a worker may serve several runs)."""
    source: str
    """IN, absolute: workers read the tree's files themselves."""
    target: str
    """OUT, absolute: workers write a tree's outputs themselves."""
    output_format: str
    """``json`` or ``text`` (a tree, one file a page) or ``jsonl`` (lines back to the parent)."""
    corpus_name: str | None = None
    """The corpus's file name when IN is one (failures are named ``NAME:LINE``)."""
    input_kind: InputKind = "auto"
    rules: tuple[str, ...] = ()
    text_field: str = "text"
    id_field: str = "id"
    url_field: str = "url"
    site_table: Mapping[str, frozenset[int]] | None = None
    """Pass two of ``--site-boilerplate``: each site's boilerplate lines (``None``: off)."""
    site_rule: str = ""


@dataclass(frozen=True, slots=True)
class Failure:
    """Why a page was not cleaned; ``detail`` (a bug's traceback) goes to stderr, not to OUT."""

    kind: FailureKind
    reason: str
    line: int | None = None
    id: Any = None
    detail: str | None = None


@dataclass(slots=True)
class Outcome:
    """One page's result: its name, the bytes read, its JSONL line or why it failed."""

    source: str
    read: int = 0
    line: str | None = None
    failure: Failure | None = None


@dataclass(slots=True)
class ChunkResult:
    outcomes: list[Outcome]
    removals: Counter[tuple[str, str]] = field(default_factory=Counter)
    """Removed lines by (step, rule), for the summary."""


def tree_output(target: str, rel: str, output_format: str) -> str:
    """Where a tree page's output goes: its path under OUT with the format's suffix added.

    Adding rather than replacing keeps ``a.txt``, ``a.html`` and ``a.txt.gz`` apart. A ``str``,
    not a Path: Python 3.11's pathlib interns every part of every path it parses, which would
    keep every file name of the tree in memory.
    """
    return os.path.join(target, rel + TREE_SUFFIXES[output_format])


class _Skip(Exception):
    def __init__(self, failure: Failure) -> None:
        self.failure = failure


@dataclass(slots=True)
class _Loaded:
    source: str
    data: str | bytes
    url: str | None
    site: str | None
    read: int
    record: Any = None


_PIPELINES: dict[str, Pipeline] = {}


def default_pipeline() -> Pipeline:
    """The chain without extra rules: the same for every run, so built once per process."""
    pipeline = _PIPELINES.get("")
    if pipeline is None:
        pipeline = _PIPELINES[""] = Pipeline.default()
    return pipeline


def _pipeline(job: Job) -> Pipeline:
    """The run's chain, built once per worker (loading the rules is the costly part).

    With ``--rules`` it is built for the run (the files may change between runs served by one
    long-lived Dask worker); without, the process's default chain serves every run.
    """
    if not job.rules:
        return default_pipeline()
    pipeline = _PIPELINES.get(job.token)
    if pipeline is None:
        if len(_PIPELINES) >= 4:
            _PIPELINES.clear()
        pipeline = _PIPELINES[job.token] = Pipeline.default(rules=job.rules)
    return pipeline


def _load(item: Item, job: Job) -> _Loaded:
    if isinstance(item, Problem):
        raise _Skip(Failure("input", item.reason))
    if isinstance(item, Found):
        try:
            data = read_page_file(os.path.join(job.source, item.rel))
        except InputFailed as error:
            raise _Skip(Failure("input", str(error))) from None
        return _Loaded(item.rel, data, None, site_of(item.rel, None), len(data))
    try:
        record = parse_record(item.data, job.text_field, job.id_field, job.url_field)
    except RecordError as error:
        raise _Skip(Failure("input", str(error), item.line, error.id)) from None
    site = site_of(None, record.url)
    return _Loaded(_source(item, job), record.text, record.url, site, len(item.data), record)


def _source(item: Item, job: Job) -> str:
    if isinstance(item, Problem):
        return item.source
    if isinstance(item, Found):
        return item.rel
    return f"{job.corpus_name}:{item.line}"


def _render(loaded: _Loaded, document: Document, job: Job) -> str:
    if loaded.record is not None:
        return to_json(output_record(loaded.record, document, job.text_field), lines=True)
    if job.output_format == "text":
        return render_text(document)
    # One line, as --format jsonl prints it: json.dumps with an indent runs the pure-Python
    # encoder, a quarter of the whole time on real pages with long lists of removed lines.
    line = to_json(document_record(document, loaded.source), lines=True)
    return line if job.output_format == "jsonl" else line + "\n"


def clean_chunk(chunk: Chunk, job: Job) -> ChunkResult:
    """Clean every page of ``chunk``; a page's failure is its outcome, never an exception."""
    pipeline = _pipeline(job)
    result = ChunkResult([])
    for item in chunk:
        outcome, document = _clean_one(item, job, pipeline)
        result.outcomes.append(outcome)
        if document is not None:
            result.removals.update((removal.step, removal.rule) for removal in document.removed)
    return result


def _clean_one(item: Item, job: Job, pipeline: Pipeline) -> tuple[Outcome, Document | None]:
    outcome = Outcome(_source(item, job))
    try:
        loaded = _load(item, job)
    except _Skip as skip:
        outcome.failure = skip.failure
        return outcome, None
    outcome.read = loaded.read
    line = item.line if isinstance(item, RecordLine) else None
    record_id = loaded.record.id if loaded.record is not None else None
    try:
        chain = pipeline
        if job.site_table is not None:
            chain = with_site_step(pipeline, job.site_table, loaded.site, job.site_rule)
        document = chain.clean(loaded.data, url=loaded.url, input=job.input_kind)
        rendered = _render(loaded, document, job)
    except CleantextError as error:
        outcome.failure = Failure("page", str(error), line, record_id)
        return outcome, None
    except Exception as error:  # a bug: reported with its page, and the batch goes on
        reason = f"internal error, please report it: {type(error).__name__}: {error}"
        outcome.failure = Failure("bug", reason, line, record_id, traceback.format_exc())
        return outcome, None
    if job.output_format == "jsonl":
        outcome.line = rendered
        return outcome, document
    assert isinstance(item, Found)
    try:
        write_atomic(tree_output(job.target, item.rel, job.output_format), rendered.encode())
    except OSError as error:
        outcome.failure = Failure("output", f"cannot write the output: {error.strerror}")
        return outcome, None
    return outcome, document


def count_chunk(chunk: Chunk, job: Job) -> SiteCounts:
    """Pass one of ``--site-boilerplate``: count the lines of each page by site.

    Pages that fail are left out here; pass two reports them.
    """
    chain = counting_pipeline(_pipeline(job))
    counts = SiteCounts()
    for item in chunk:
        try:
            loaded = _load(item, job)
        except _Skip:
            continue
        if loaded.site is None:
            counts.add(None, ())
            continue
        try:
            page = chain.run(loaded.data, url=loaded.url, input=job.input_kind)
        except Exception:  # pass two reports the page, with its reason
            continue
        counts.add(loaded.site, page_hashes(page))
    return counts
