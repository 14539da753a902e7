"""Where chunks run: in this process, in a local process pool, or on a Dask cluster.

Every engine maps a worker function of :mod:`cleantext.batch.work` over chunks and yields the
results in submission order, with a bounded number of chunks in flight: the parent's memory does
not grow with the number of pages, and a slow chunk holds back only the results behind it.
The engines run the same function on the same chunks, so they give the same outputs.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

from cleantext.batch.options import BatchSetupError
from cleantext.batch.work import Chunk, Job

R = TypeVar("R")
WorkerFunction = Callable[[Chunk, Job], R]
IN_FLIGHT_PER_WORKER = 4


class Engine(Protocol):
    workers: int

    def map(self, function: WorkerFunction[R], chunks: Iterable[Chunk], job: Job) -> Iterator[R]:
        """``function(chunk, job)`` for every chunk, in order."""
        ...

    def close(self) -> None: ...


def make_engine(kind: str, workers: int, scheduler: str | None = None) -> Engine:
    """``-j1`` runs in this process (no start-up, no pickling); more starts a pool."""
    if kind == "dask":
        return DaskEngine(workers, scheduler)
    if workers <= 1:
        return InlineEngine()
    return PoolEngine(workers)


class InlineEngine:
    """The chunks one after another in this process."""

    workers = 1

    def map(self, function: WorkerFunction[R], chunks: Iterable[Chunk], job: Job) -> Iterator[R]:
        for chunk in chunks:
            yield function(chunk, job)

    def close(self) -> None:
        pass


class PoolEngine:
    """A process pool of ``workers`` processes, started anew for each pass.

    Workers are forked from a fork server that has imported the cleaning code and built the
    default chain once (:mod:`cleantext.batch.warm`); a plain fork of this process could copy
    a lock held by one of its threads, and a spawned worker would start cold. The
    job goes to each worker once, at start-up, not with every chunk. Workers ignore Ctrl-C: the
    parent handles it, and stops them.
    """

    def __init__(self, workers: int) -> None:
        import multiprocessing

        self.workers = workers
        if sys.platform.startswith("linux"):
            self.context = multiprocessing.get_context("forkserver")
            self.context.set_forkserver_preload(["cleantext.batch.warm"])
        else:
            self.context = multiprocessing.get_context("spawn")

    def map(self, function: WorkerFunction[R], chunks: Iterable[Chunk], job: Job) -> Iterator[R]:
        from concurrent.futures import Future, ProcessPoolExecutor

        executor = ProcessPoolExecutor(
            self.workers, mp_context=self.context, initializer=_start_worker, initargs=(job,)
        )
        pending: deque[Future[R]] = deque()
        try:
            for chunk in chunks:
                pending.append(executor.submit(_run_in_worker, function, chunk))
                if len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            executor.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        pass


_WORKER_JOB: Job | None = None


def _start_worker(job: Job) -> None:
    import signal

    global _WORKER_JOB
    _WORKER_JOB = job
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_in_worker(function: WorkerFunction[R], chunk: Chunk) -> R:
    assert _WORKER_JOB is not None
    return function(chunk, _WORKER_JOB)


class DaskEngine:
    """The same chunks as tasks on ``dask.distributed``: a scheduler's, else a local cluster.

    The job is scattered to every worker once per pass. A directory IN and OUT must be at the
    same paths on every worker (a shared file system), as must ``--rules`` files; a JSONL
    corpus's lines travel with the tasks and come back as output lines.
    """

    def __init__(self, workers: int, scheduler: str | None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise BatchSetupError(
                "the Dask engine needs dask.distributed: pip install 'cleantext-articles[dask]'"
            ) from None
        self.cluster: Any = None
        if scheduler:
            self.client = Client(scheduler, set_as_default=False)
        else:
            self.cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster, set_as_default=False)
        threads = self.client.nthreads()
        self.workers = sum(threads.values()) or workers

    def map(self, function: WorkerFunction[R], chunks: Iterable[Chunk], job: Job) -> Iterator[R]:
        shared = self.client.scatter(job, broadcast=True, hash=False)
        pending: deque[Any] = deque()
        try:
            for chunk in chunks:
                pending.append(self.client.submit(function, chunk, shared, pure=False))
                if len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
            shared.release()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
