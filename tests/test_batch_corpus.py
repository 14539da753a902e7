"""``cleantext batch`` over JSONL corpora: fields carried through, order kept, failures listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_support import make_corpus, read_jsonl, snapshot, write_jsonl
from click.testing import CliRunner

import cleantext
from cleantext.batch import BatchOptions, run_batch
from cleantext.batch.corpus import RESULT_FIELD
from cleantext.cli import main


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.jsonl.gz"])
def test_records_keep_their_fields_and_order(tmp_path: Path, name: str) -> None:
    records = make_corpus(tmp_path / name, 40, url="https://example.com/a")
    summary = run_batch(BatchOptions(tmp_path / name, tmp_path / "out.jsonl", jobs=2, chunk_size=3))
    assert (summary.pages, summary.failed) == (40, 0)
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [r["id"] for r in records]
    for record, cleaned in zip(records, out, strict=True):
        document = cleantext.clean(record["text"], url="https://example.com/a")
        assert list(cleaned) == [*record, RESULT_FIELD]  # same keys, same order, one added
        assert {k: v for k, v in cleaned.items() if k not in ("text", RESULT_FIELD)} == {
            k: v for k, v in record.items() if k != "text"
        }
        assert cleaned["text"] == document.body
        details = document.to_dict()
        del details["body"]
        assert cleaned[RESULT_FIELD] == details
    assert (tmp_path / "out.errors.jsonl").read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [name, "out.jsonl", "out.errors.jsonl"]
    )


def test_bad_records_are_listed_and_the_rest_cleaned(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    good = {"id": 1, "text": "A first page.\nAD\n"}
    lines = [
        json.dumps(good),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "number", "text": 12}),
        json.dumps({"id": "bad-url", "text": "x", "url": 5}),
        json.dumps({"id": "last", "body": "Another page.", "page_url": "https://a.example/x"}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(corpus), str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    out = read_jsonl(tmp_path / "o.jsonl")
    assert [r["id"] for r in out] == [1]
    assert out[0]["text"] == "A first page."
    errors = read_jsonl(tmp_path / "o.errors.jsonl")
    assert [(e["source"], e["line"], e["id"], e["kind"]) for e in errors] == [
        ("c.jsonl:3", 3, None, "input"),
        ("c.jsonl:4", 4, None, "input"),
        ("c.jsonl:5", 5, "no-text", "input"),
        ("c.jsonl:6", 6, "number", "input"),
        ("c.jsonl:7", 7, "bad-url", "input"),
        ("c.jsonl:8", 8, "last", "input"),
    ]
    assert errors[2]["error"] == "no 'text' field"
    assert errors[3]["error"] == "the 'text' field is int, not a string"
    # Other field names: the last record is the one page then.
    result = CliRunner().invoke(
        main,
        [
            "batch",
            "--text-field",
            "body",
            "--url-field",
            "page_url",
            str(corpus),
            str(tmp_path / "p.jsonl"),
        ],
    )
    [record] = read_jsonl(tmp_path / "p.jsonl")
    assert (record["body"], record[RESULT_FIELD]["url"]) == ("Another page.", "https://a.example/x")


def test_a_finished_output_is_not_redone(tmp_path: Path) -> None:
    make_corpus(tmp_path / "c.jsonl", 5)
    assert run_batch(BatchOptions(tmp_path / "c.jsonl", tmp_path / "o.jsonl", jobs=1)).pages == 5
    again = run_batch(BatchOptions(tmp_path / "c.jsonl", tmp_path / "o.jsonl", jobs=1))
    assert again.already_complete and again.pages == 0
    forced = run_batch(BatchOptions(tmp_path / "c.jsonl", tmp_path / "o.jsonl", force=True))
    assert forced.pages == 5


def test_resume_from_a_checkpoint_cuts_the_uncommitted_tail(tmp_path: Path) -> None:
    """A killed run leaves lines past its last checkpoint: they are cut, then redone."""
    make_corpus(tmp_path / "c.jsonl", 30)
    write_jsonl(tmp_path / "c.jsonl", [*read_jsonl(tmp_path / "c.jsonl"), {"text": 5}])
    run_batch(BatchOptions(tmp_path / "c.jsonl", tmp_path / "full.jsonl", jobs=1))
    expected = snapshot(tmp_path / "full.jsonl"), snapshot(tmp_path / "full.errors.jsonl")
    lines = (tmp_path / "full.jsonl").read_bytes().splitlines(keepends=True)
    # The state of a run killed after a checkpoint at 12 pages, 3 more lines and half a line on.
    out = tmp_path / "o.jsonl"
    committed = b"".join(lines[:12])
    (tmp_path / "o.jsonl.partial").write_bytes(committed + b"".join(lines[12:15]) + b'{"id": "d')
    (tmp_path / "o.errors.jsonl.partial").write_bytes(b'{"source": "c.jsonl:2')
    state = _state(tmp_path / "c.jsonl", tmp_path / "probe.jsonl")
    checkpoint = {"state": state, "pages": 12, "output_bytes": len(committed), "error_bytes": 0}
    (tmp_path / "o.jsonl.checkpoint").write_text(json.dumps(checkpoint), encoding="utf-8")
    summary = run_batch(BatchOptions(tmp_path / "c.jsonl", out, jobs=2, chunk_size=4))
    assert (summary.skipped, summary.pages, summary.failed) == (12, 18, 1)
    assert (snapshot(out), snapshot(tmp_path / "o.errors.jsonl")) == (
        {"o.jsonl": expected[0]["full.jsonl"]},
        {"o.errors.jsonl": expected[1]["full.errors.jsonl"]},
    )
    assert not list(tmp_path.glob("o.*.partial")) and not (tmp_path / "o.jsonl.checkpoint").exists()


def _state(corpus: Path, probe: Path) -> dict[str, object]:
    from cleantext.batch.outputs import run_state

    return run_state(BatchOptions(corpus, probe), "jsonl", corpus=True)


def test_site_options_and_fields_in_a_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    make_corpus(corpus, 3)
    result = CliRunner().invoke(
        main, ["batch", "--include", "*.txt", str(corpus), str(tmp_path / "o.jsonl")]
    )
    assert result.exit_code == 2
    assert "directory IN" in result.output
    result = CliRunner().invoke(main, ["batch", str(corpus), str(tmp_path / "tree")])
    assert result.exit_code == 0  # a corpus always goes to one JSONL file
    assert (tmp_path / "tree").is_file()
