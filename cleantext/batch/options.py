"""What a batch run is asked to do: the options, as the command line or a caller gives them.

Kept apart from the code that acts on them so the command, the tests and the benchmark build
the same value, and so the options that shape the outputs can be fingerprinted for resuming.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cleantext.errors import CleantextError
from cleantext.page import InputKind

OutputFormat = Literal["json", "text", "jsonl"]
Engine = Literal["local", "dask"]


class BatchSetupError(CleantextError):
    """The batch cannot start (a bad IN or OUT, options that contradict each other)."""


@dataclass(frozen=True, slots=True)
class SiteOptions:
    """``--site-boilerplate``: a line on ``share`` of a site's pages, and ``min_pages`` or more."""

    share: float = 0.5
    min_pages: int = 5

    def __post_init__(self) -> None:
        if not 0 < self.share <= 1:
            raise BatchSetupError(f"the site share must be in (0, 1], not {self.share}")
        if self.min_pages < 2:
            raise BatchSetupError(f"the site minimum must be 2 pages or more, not {self.min_pages}")


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """One batch job: IN, OUT and how to get from one to the other."""

    source: Path
    """IN: a directory, or a ``.jsonl``/``.jsonl.gz`` corpus."""
    target: Path
    """OUT: a directory mirroring IN, or one ``.jsonl`` file."""
    output_format: OutputFormat | None = None
    """``None``: ``jsonl`` when OUT ends in ``.jsonl`` or IN is a corpus, else ``json``."""
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    text_field: str = "text"
    id_field: str = "id"
    url_field: str = "url"
    input_kind: InputKind = "auto"
    rules: tuple[str, ...] = ()
    jobs: int | None = None
    """Worker processes; ``None``: the cores this process may run on."""
    engine: Engine = "local"
    scheduler: str | None = None
    """A Dask scheduler's address; ``None`` with the Dask engine starts a local cluster."""
    progress: bool | None = None
    """``None``: a progress bar when stderr is a terminal."""
    force: bool = False
    site: SiteOptions | None = None
    chunk_size: int | None = None
    """Pages per task; ``None`` picks one from the number of pages and workers."""

    @property
    def workers(self) -> int:
        return self.jobs if self.jobs is not None else available_cores()


def available_cores() -> int:
    """The cores this process may run on (its affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
