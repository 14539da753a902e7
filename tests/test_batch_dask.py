"""The Dask engine: the same job on ``dask.distributed`` gives the local engine's bytes."""

from __future__ import annotations

import logging
from pathlib import Path

from batch_support import make_corpus, make_pages, snapshot
from click.testing import CliRunner
from distributed import LocalCluster

from cleantext.batch import BatchOptions, SiteOptions, run_batch
from cleantext.cli import main


def test_dask_engine_gives_identical_outputs(tmp_path: Path) -> None:
    source = tmp_path / "in"
    make_pages(source, 60, per_dir=12)
    (source / "d001" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\nrest")
    make_corpus(tmp_path / "c.jsonl.gz", 30)
    site = SiteOptions(share=0.5, min_pages=3)
    jobs = [
        ("tree", source, "tree", {"site": site}),
        ("text", source, "text", {"output_format": "text"}),
        ("corpus", tmp_path / "c.jsonl.gz", "c.jsonl", {}),
    ]
    for _, src, out, extra in jobs:
        run_batch(BatchOptions(src, tmp_path / "local" / out, jobs=2, **extra))
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,  # threads in this process: starts in a second
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        for _, src, out, extra in jobs:
            summary = run_batch(
                BatchOptions(
                    src,
                    tmp_path / "dask" / out,
                    engine="dask",
                    scheduler=cluster.scheduler_address,
                    chunk_size=5,
                    **extra,
                )
            )
            assert summary.pages > 0
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")
    assert (tmp_path / "dask" / "tree" / "errors.jsonl").read_text(encoding="utf-8").count(
        "binary input"
    ) == 1


def test_dask_engine_starts_a_local_cluster(tmp_path: Path) -> None:
    """Without --scheduler the command starts (and stops) a cluster of its own."""
    make_pages(tmp_path / "in", 6)
    run_batch(BatchOptions(tmp_path / "in", tmp_path / "local", jobs=1))
    result = CliRunner().invoke(
        main, ["batch", "--engine", "dask", "-j", "1", str(tmp_path / "in"), str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert snapshot(tmp_path / "out") == snapshot(tmp_path / "local")
