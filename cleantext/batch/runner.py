"""A batch run from start to end: check IN and OUT, count (``--site-boilerplate``), clean.

The parent walks IN (or reads the corpus's lines), leaves out what an earlier run finished,
groups the rest into chunks, and hands them to an engine; results come back in input order and
go to OUT's bookkeeping, the progress bar and the summary. The parent never holds more than the
chunks in flight, so its memory does not grow with the number of pages.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from cleantext.batch.corpus import RecordLine, is_corpus, read_lines
from cleantext.batch.engines import Engine, make_engine
from cleantext.batch.options import BatchOptions, BatchSetupError
from cleantext.batch.outputs import JsonlOutput, Output, TreeOutput, errors_path_for, run_state
from cleantext.batch.progress import Progress, wanted
from cleantext.batch.sites import BEFORE, SiteCounts, describe
from cleantext.batch.summary import BatchSummary
from cleantext.batch.walk import Selector, walk
from cleantext.batch.work import Chunk, Failure, Item, Job, clean_chunk, count_chunk
from cleantext.errors import CleantextError
from cleantext.inputs import failure_line

FAILURES_SHOWN = 20
"""Failures printed on stderr as they happen; all of them are in the errors file."""
CHUNK_BYTES = 4 << 20
"""A corpus chunk stops growing at this many bytes of records."""
MAX_CHUNK = 64


@dataclass(frozen=True, slots=True)
class Plan:
    """The options checked against IN and OUT as they are on disk."""

    options: BatchOptions
    source: Path
    target: Path
    corpus: bool
    output_format: str
    selector: Selector

    def items(self) -> Iterator[Item]:
        """IN's pages in input order (walk problems and unreadable corpus tails included)."""
        if self.corpus:
            return read_lines(self.source)
        return walk(self.source, self.selector)


def plan(options: BatchOptions) -> Plan:
    """Check the options against the file system; :class:`BatchSetupError` says what is wrong."""
    source = options.source.resolve()
    target = options.target.resolve()
    if not source.exists():
        raise BatchSetupError(f"{options.source}: no such file or directory")
    corpus = source.is_file()
    if corpus and not is_corpus(source):
        raise BatchSetupError(f"{options.source}: IN must be a directory or a .jsonl(.gz) file")
    if corpus and (options.include or options.exclude):
        raise BatchSetupError("--include and --exclude select files of a directory IN")
    output_format = options.output_format
    jsonl_name = target.name.lower().endswith(".jsonl")
    if output_format is None:
        output_format = "jsonl" if corpus or jsonl_name else "json"
    if corpus and output_format != "jsonl":
        raise BatchSetupError("a JSONL corpus is cleaned into a JSONL file (--format jsonl)")
    if output_format != "jsonl" and jsonl_name:
        raise BatchSetupError(f"{options.target} names a JSONL file: use --format jsonl")
    if output_format == "jsonl" and target.is_dir():
        raise BatchSetupError(f"{options.target} is a directory; JSONL output is one file")
    if output_format != "jsonl" and target.exists() and not target.is_dir():
        raise BatchSetupError(f"{options.target} is a file; a tree of outputs needs a directory")
    if options.workers < 1:
        raise BatchSetupError("--jobs must be 1 or more")
    _check_chain(options)
    selector = Selector(options.include, options.exclude)
    if not corpus:
        _check_nesting(source, target, output_format, selector, options)
    elif target == source:
        raise BatchSetupError("OUT would overwrite IN")
    return Plan(options, source, target, corpus, output_format, selector)


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as stream:
            return sum(1 for _ in stream)
    except OSError:
        return 0


def _check_chain(options: BatchOptions) -> None:
    """Build the chain once here, so a bad ``--rules`` file stops the run before any worker."""
    from cleantext.pipeline import Pipeline

    try:
        pipeline = Pipeline.default(rules=options.rules)
    except CleantextError as error:
        raise BatchSetupError(str(error)) from None
    if options.site is not None and BEFORE not in pipeline.names:
        raise BatchSetupError(f"--site-boilerplate needs a {BEFORE!r} step in the chain")


def _check_nesting(
    source: Path, target: Path, output_format: str, selector: Selector, options: BatchOptions
) -> None:
    """OUT inside IN only when the walk leaves it out; never IN inside OUT (or IN as OUT)."""
    if source == target or source.is_relative_to(target):
        raise BatchSetupError(f"{options.target} contains IN: choose an OUT outside it")
    if not target.is_relative_to(source):
        return
    rel = target.relative_to(source).as_posix()
    if output_format == "jsonl":
        written = [target, target.with_name(target.name + ".partial")]
        errors = errors_path_for(target)
        written += [errors, errors.with_name(errors.name + ".partial")]
        rels = [path.relative_to(source).as_posix() for path in written]
        if not any(selector.selects(r) for r in rels):
            return
    elif selector.excludes(rel):
        return
    raise BatchSetupError(
        f"{options.target} is inside IN and the walk would read it: "
        f"add --exclude '{rel}' or choose an OUT outside IN"
    )


def run_batch(options: BatchOptions) -> BatchSummary:
    """Run one batch job; the summary has the counts, and the exit status the CLI returns."""
    the_plan = plan(options)
    state = run_state(options, the_plan.output_format, the_plan.corpus)
    output: Output
    if the_plan.output_format == "jsonl":
        output = JsonlOutput(the_plan.target, state, options.force)
    else:
        output = TreeOutput(the_plan.target, the_plan.output_format, state, options.force)
    # The errors file as the user would type it: OUT as given, not resolved.
    shown = options.target.parent / output.errors_path.name
    if isinstance(output, TreeOutput):
        shown = options.target / output.errors_path.name
    summary = BatchSummary(errors_path=shown)
    if output.complete:
        summary.already_complete = True
        summary.failed = _count_lines(output.errors_path)
        return summary
    try:
        _run(the_plan, output, summary)
    except BaseException:
        output.abort()
        raise
    output.finish()
    return summary


def _run(the_plan: Plan, output: Output, summary: BatchSummary) -> None:
    options = the_plan.options
    started = time.perf_counter()
    show = wanted(options.progress)
    total = pending = None
    if show:  # a cheap pass over the names (or lines) so that the bar can show an ETA
        total = pending = 0
        for index, item in enumerate(the_plan.items()):
            total += 1
            pending += not output.is_done(index, item)
    job = Job(
        token=uuid.uuid4().hex,
        source=str(the_plan.source),
        target=str(the_plan.target),
        output_format=the_plan.output_format,
        corpus_name=the_plan.source.name if the_plan.corpus else None,
        input_kind=options.input_kind,
        rules=tuple(str(Path(rules).resolve()) for rules in options.rules),
        text_field=options.text_field,
        id_field=options.id_field,
        url_field=options.url_field,
    )
    engine = make_engine(options.engine, options.workers, options.scheduler)
    size = options.chunk_size or _chunk_size(pending, engine.workers)
    try:
        if options.site is not None:
            counting = Progress(show, total, "counting lines")
            job = _count_sites(the_plan, engine, job, size, counting, summary)
            summary.counting_seconds = time.perf_counter() - started
        _clean(the_plan, engine, job, size, output, summary, Progress(show, pending, "cleaning"))
    finally:
        engine.close()
        summary.seconds = time.perf_counter() - started


def _count_sites(
    the_plan: Plan, engine: Engine, job: Job, size: int, progress: Progress, summary: BatchSummary
) -> Job:
    """Pass one of ``--site-boilerplate`` over every page, done or not: the job for pass two."""
    site = the_plan.options.site
    assert site is not None
    counts = SiteCounts()
    try:
        chunks = _Chunks(the_plan.items(), size)
        for part in engine.map(count_chunk, chunks, job):
            counts.merge(part)
            progress.update(chunks.done())
    finally:
        progress.close()
    table = counts.boilerplate(site)
    summary.sites = len(table)
    summary.boilerplate_lines = sum(len(lines) for lines in table.values())
    summary.unsited = counts.unsited
    return replace(job, site_table=table, site_rule=describe(site))


def _clean(
    the_plan: Plan,
    engine: Engine,
    job: Job,
    size: int,
    output: Output,
    summary: BatchSummary,
    progress: Progress,
) -> None:
    """The pages OUT does not have yet, cleaned; their outcomes to OUT and the summary."""

    def todo(index: int, item: Item) -> bool:
        if output.is_done(index, item):
            summary.skipped += 1
            return False
        return True

    try:
        chunks = _Chunks(the_plan.items(), size, keep=todo)
        for result in engine.map(clean_chunk, chunks, job):
            output.accept(result.outcomes)
            summary.count_removals(result.removals)
            for outcome in result.outcomes:
                summary.bytes_read += outcome.read
                if outcome.failure is None:
                    summary.pages += 1
                else:
                    summary.failed += 1
                    _report(progress, summary.failed, outcome.source, outcome.failure)
            progress.update(chunks.done())
    finally:
        progress.close()


def _report(progress: Progress, count: int, source: str, failure: Failure) -> None:
    if count <= FAILURES_SHOWN:
        progress.write(failure_line(source, failure.reason))
        if failure.detail:  # a bug's traceback: on the terminal, never in OUT
            progress.write(failure.detail.rstrip())
    elif count == FAILURES_SHOWN + 1:
        progress.write("cleantext: more failures: see the errors file")


def _chunk_size(pages: int | None, workers: int) -> int:
    """Several pages a task (fewer tasks, less overhead), but enough tasks to share the work."""
    if pages is None:
        return 16 if workers > 1 else MAX_CHUNK
    return max(1, min(MAX_CHUNK, pages // (workers * 8)))


class _Chunks:
    """Items grouped into chunks, remembering each chunk's length for the progress bar."""

    def __init__(
        self, items: Iterable[Item], size: int, keep: Callable[[int, Item], bool] | None = None
    ) -> None:
        self.items = items
        self.size = size
        self.keep = keep
        self.lengths: deque[int] = deque()

    def done(self) -> int:
        """The length of the oldest chunk whose result has come back."""
        return self.lengths.popleft()

    def __iter__(self) -> Iterator[Chunk]:
        chunk: list[Item] = []
        weight = 0
        for index, item in enumerate(self.items):
            if self.keep is not None and not self.keep(index, item):
                continue
            chunk.append(item)
            weight += len(item.data) if isinstance(item, RecordLine) else 0
            if len(chunk) >= self.size or weight >= CHUNK_BYTES:
                self.lengths.append(len(chunk))
                yield chunk
                chunk, weight = [], 0
        if chunk:
            self.lengths.append(len(chunk))
            yield chunk
