"""OUT: a tree of one file a page, or one JSONL file; how each is resumed; ``errors.jsonl``.

A tree is resumed page by page: an output that exists is finished (outputs appear only by an
atomic rename), so its page is skipped. A JSONL output is one stream in input order, so it is
written to ``OUT.partial`` and committed chunk by chunk: after its lines (and the failures'
lines) are fsynced, a checkpoint records how many pages are done and how long each file then
was. A resumed run cuts both files back to those lengths and carries on after those pages; the
finished file is renamed to OUT at the end. Either way a killed and resumed run ends with the
same bytes as one that was never stopped.

Outputs hold nothing that varies between runs (no times, no absolute paths). A tree keeps the
options that shape its outputs in ``OUT/.cleantext-batch.json``: resuming with other options
would mix two kinds of output, so it is refused unless ``--force``.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from cleantext import __version__
from cleantext.batch.atomic import (
    remove_temporaries,
    replace_durably,
    temporary_name,
    write_atomic,
)
from cleantext.batch.options import BatchOptions, BatchSetupError
from cleantext.batch.walk import Found
from cleantext.batch.work import Item, Outcome, tree_output

STATE_FILE = ".cleantext-batch.json"
ERRORS_FILE = "errors.jsonl"
COMMIT_INTERVAL = 0.5
"""Seconds between a JSONL output's checkpoints (each costs three fsyncs); the first chunk's
is immediate."""


class Output(Protocol):
    errors_path: Path
    complete: bool
    """OUT was finished by an earlier run: there is nothing to do."""

    def is_done(self, index: int, item: Item) -> bool: ...

    def accept(self, outcomes: Sequence[Outcome]) -> None:
        """Record a chunk's outcomes, in input order."""

    def finish(self) -> None: ...

    def abort(self) -> None:
        """Stop without finishing; what is committed stays for a resumed run."""


def run_state(options: BatchOptions, output_format: str, corpus: bool) -> dict[str, Any]:
    """The options that shape the outputs: resuming under other ones would mix two outputs."""
    state: dict[str, Any] = {
        "cleantext": __version__,
        "format": output_format,
        "input": options.input_kind,
        "rules": [_digest(Path(rules)) for rules in options.rules],
        "site_boilerplate": None
        if options.site is None
        else {"share": options.site.share, "min_pages": options.site.min_pages},
    }
    if corpus:
        state["fields"] = [options.text_field, options.id_field, options.url_field]
    else:
        state["include"] = list(options.include)
        state["exclude"] = list(options.exclude)
    return state


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as error:
        raise BatchSetupError(f"{path}: {error.strerror}") from None


def failure_record(outcome: Outcome) -> dict[str, Any]:
    """One line of ``errors.jsonl``: the page, where in a corpus, the kind and the reason."""
    failure = outcome.failure
    assert failure is not None
    record: dict[str, Any] = {"source": outcome.source}
    if failure.line is not None:
        record["line"] = failure.line
        record["id"] = failure.id
    record["kind"] = failure.kind
    record["error"] = failure.reason
    return record


def _failure_lines(outcomes: Sequence[Outcome]) -> str:
    return "".join(
        json.dumps(failure_record(o), ensure_ascii=False) + "\n" for o in outcomes if o.failure
    )


def _lock(fd: int, what: Path) -> None:
    """Hold an exclusive lock on ``fd`` (dropped when it is closed): one run per OUT."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise BatchSetupError(f"{what}: another cleantext batch is writing there") from None


class TreeOutput:
    """OUT as a directory mirroring IN: ``a/b.html`` becomes ``a/b.html.json`` (or ``.txt``)."""

    def __init__(self, root: Path, output_format: str, state: dict[str, Any], force: bool) -> None:
        self.root = root
        self._root = str(root)
        self.output_format = output_format
        self.force = force
        self.complete = False
        self.errors_path = root / ERRORS_FILE
        root.mkdir(parents=True, exist_ok=True)
        self._lock_fd = os.open(root, os.O_RDONLY)
        try:
            _lock(self._lock_fd, root)
        except BatchSetupError:
            os.close(self._lock_fd)
            raise
        remove_temporaries(root)
        state_path = root / STATE_FILE
        if not force and state_path.exists():
            try:
                previous = json.loads(state_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                previous = None
            if previous != state:
                self._unlock()
                raise BatchSetupError(
                    f"{root} holds the outputs of a run with other options or another "
                    "cleantext version: use --force to redo every page, or another OUT"
                )
        write_atomic(state_path, (json.dumps(state, indent=2, sort_keys=True) + "\n").encode())
        self._errors_temp = Path(temporary_name(self.errors_path))
        self._errors: IO[str] | None = open(self._errors_temp, "w", encoding="utf-8")  # noqa: SIM115

    def is_done(self, index: int, item: Item) -> bool:
        if self.force or not isinstance(item, Found):
            return False
        return os.path.exists(tree_output(self._root, item.rel, self.output_format))

    def accept(self, outcomes: Sequence[Outcome]) -> None:
        assert self._errors is not None
        self._errors.write(_failure_lines(outcomes))

    def finish(self) -> None:
        assert self._errors is not None
        self._errors.close()
        self._errors = None
        replace_durably(self._errors_temp, self.errors_path)
        self._unlock()

    def abort(self) -> None:
        if self._errors is not None:
            self._errors.close()
            self._errors = None
            self._errors_temp.unlink(missing_ok=True)
        self._unlock()

    def _unlock(self) -> None:
        if self._lock_fd >= 0:
            os.close(self._lock_fd)  # closing the descriptor drops the lock
            self._lock_fd = -1


def errors_path_for(path: Path) -> Path:
    """``clean.jsonl`` reports its failures in ``clean.errors.jsonl`` beside it."""
    stem = path.name[: -len(".jsonl")] if path.name.endswith(".jsonl") else path.name
    return path.with_name(f"{stem}.errors.jsonl")


class JsonlOutput:
    """OUT as one JSONL file, in input order, committed chunk by chunk (see the module doc)."""

    def __init__(self, path: Path, state: dict[str, Any], force: bool) -> None:
        self.path = path
        self.errors_path = errors_path_for(path)
        self.partial = path.with_name(path.name + ".partial")
        self.errors_partial = self.errors_path.with_name(self.errors_path.name + ".partial")
        self.checkpoint = path.with_name(path.name + ".checkpoint")
        self.state = state
        self.done = 0
        self.complete = False
        self._out: IO[bytes] | None = None
        self._err: IO[bytes] | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        if force:
            for stale in (path, self.errors_path, self.checkpoint):
                stale.unlink(missing_ok=True)
        elif path.exists():
            self.complete = True
            return
        remove_temporaries_beside(path)
        self._out = open(self.partial, "a+b")  # noqa: SIM115 (kept open for the whole run)
        try:
            _lock(self._out.fileno(), path)
        except BatchSetupError:
            self._out.close()
            raise
        saved = self._read_checkpoint() if not force else None
        if saved is not None and saved.get("state") != state:
            self._out.close()
            raise BatchSetupError(
                f"{self.partial} was begun with other options or another cleantext version: "
                "use --force to start again"
            )
        if saved is not None and not self.errors_partial.exists() and self.errors_path.exists():
            os.replace(self.errors_path, self.errors_partial)  # killed while finishing
        self._err = open(self.errors_partial, "a+b")  # noqa: SIM115
        if saved is None:
            self._out.truncate(0)
            self._err.truncate(0)
        else:
            self._out.truncate(saved["output_bytes"])
            self._err.truncate(saved["error_bytes"])
            self.done = saved["pages"]
        self._last_commit = -COMMIT_INTERVAL  # the first chunk is committed at once

    def _read_checkpoint(self) -> dict[str, Any] | None:
        try:
            saved = json.loads(self.checkpoint.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return saved if isinstance(saved, dict) else None

    def is_done(self, index: int, item: Item) -> bool:
        return index < self.done

    def accept(self, outcomes: Sequence[Outcome]) -> None:
        assert self._out is not None and self._err is not None
        lines = "".join(o.line + "\n" for o in outcomes if o.line is not None)
        self._out.write(lines.encode("utf-8"))
        self._err.write(_failure_lines(outcomes).encode("utf-8"))
        self.done += len(outcomes)
        if time.monotonic() - self._last_commit >= COMMIT_INTERVAL:
            self._commit()

    def _commit(self) -> None:
        assert self._out is not None and self._err is not None
        for stream in (self._out, self._err):
            stream.flush()
            os.fsync(stream.fileno())
            stream.seek(0, os.SEEK_END)
        saved = {
            "state": self.state,
            "pages": self.done,
            "output_bytes": self._out.tell(),
            "error_bytes": self._err.tell(),
        }
        write_atomic(self.checkpoint, json.dumps(saved, sort_keys=True).encode())
        self._last_commit = time.monotonic()

    def finish(self) -> None:
        if self.complete:
            return
        self._commit()
        self._close()
        os.replace(self.errors_partial, self.errors_path)
        os.replace(self.partial, self.path)
        self.checkpoint.unlink(missing_ok=True)

    def abort(self) -> None:
        if self._out is not None and self._err is not None:
            self._commit()  # what was accepted is whole: keep it for the next run
        self._close()

    def _close(self) -> None:
        for stream in (self._out, self._err):
            if stream is not None:
                stream.close()
        self._out = self._err = None


def remove_temporaries_beside(path: Path) -> None:
    """Clear a killed run's temporary checkpoint files next to a JSONL OUT."""
    prefix = f".{path.name}.checkpoint."
    for entry in os.scandir(path.parent):
        if entry.name.startswith(prefix) and entry.name.endswith(".cleantext-tmp"):
            os.unlink(entry.path)
