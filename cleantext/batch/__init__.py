"""The batch pass: a directory tree or a JSONL corpus in, cleaned pages out.

``cleantext batch IN OUT`` on the command line; from Python::

    from cleantext.batch import BatchOptions, run_batch

    summary = run_batch(BatchOptions(Path("pages"), Path("clean"), jobs=4))

One module a concept: :mod:`~cleantext.batch.walk` finds a tree's pages,
:mod:`~cleantext.batch.corpus` reads a corpus, :mod:`~cleantext.batch.work` is what a worker
does with a chunk of pages, :mod:`~cleantext.batch.engines` runs chunks (in process, a process
pool, Dask), :mod:`~cleantext.batch.outputs` keeps OUT whole and resumable,
:mod:`~cleantext.batch.atomic` writes a file all or nothing, :mod:`~cleantext.batch.sites` is
``--site-boilerplate``, :mod:`~cleantext.batch.runner` ties them together, and
:mod:`~cleantext.batch.summary` and :mod:`~cleantext.batch.progress` report. Importing this
package imports none of the process pool, the progress bar or Dask: they come when used.
"""

from cleantext.batch.options import BatchOptions, BatchSetupError, SiteOptions
from cleantext.batch.runner import run_batch
from cleantext.batch.summary import BatchSummary, format_summary

__all__ = [
    "BatchOptions",
    "BatchSetupError",
    "BatchSummary",
    "SiteOptions",
    "format_summary",
    "run_batch",
]
