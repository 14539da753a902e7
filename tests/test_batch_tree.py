"""``cleantext batch`` over directory trees: outputs, failures, determinism, resuming."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from batch_support import HTML_PAGES, TEXT_PAGES, make_pages, read_jsonl, snapshot
from click.testing import CliRunner

import cleantext
from cleantext.batch import BatchOptions, run_batch
from cleantext.batch.atomic import TEMP_SUFFIX
from cleantext.batch.outputs import STATE_FILE
from cleantext.cli import main
from cleantext.render import document_record, render_text, to_json

NATO = Path(__file__).parent.parent / "fixtures" / "nato-ministers-2024-10-17.txt"


def batch(*args: str):
    return CliRunner().invoke(main, ["batch", *args])


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Text, HTML and gzipped pages in nested directories, with the awkward cases beside."""
    root = tmp_path / "in"
    (root / "news" / "deep").mkdir(parents=True)
    (root / "html").mkdir()
    (root / "news" / "nato.txt").write_bytes(NATO.read_bytes())
    (root / "news" / "deep" / "nato.txt.gz").write_bytes(gzip.compress(NATO.read_bytes()))
    for page in TEXT_PAGES[:4]:
        (root / "news" / page.name).write_bytes(page.read_bytes())
    for page in HTML_PAGES:
        (root / "html" / page.name).write_bytes(page.read_bytes())
    (root / "html" / "gz.HTML.gz").write_bytes(gzip.compress(HTML_PAGES[0].read_bytes()))
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
    (root / "notes.md").write_text("not a page: not taken by default\n", encoding="utf-8")
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")  # unreadable: nothing behind it
    os.mkfifo(root / "pipe.txt")  # unreadable: reading it would block
    (root / "news" / "loop").symlink_to(root)  # a directory inside itself
    return root


def test_mixed_tree(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = batch(str(mixed), str(out))
    assert result.exit_code == 1, result.output
    produced = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert produced == sorted(
        [
            ".cleantext-batch.json",
            "errors.jsonl",
            "empty.txt.json",
            "html/gz.HTML.gz.json",
            *(f"html/{page.name}.json" for page in HTML_PAGES),
            "news/deep/nato.txt.gz.json",
            "news/nato.txt.json",
            *(f"news/{page.name}.json" for page in TEXT_PAGES[:4]),
        ]
    )
    errors = read_jsonl(out / "errors.jsonl")
    assert [(e["source"], e["kind"]) for e in errors] == [
        ("bad.txt.gz", "input"),
        ("dangling.txt", "input"),
        ("image.txt", "page"),
        ("news/loop", "input"),
        ("pipe.txt", "input"),
    ]
    reasons = {e["source"]: e["error"] for e in errors}
    assert reasons["dangling.txt"] == "broken symbolic link"
    assert reasons["image.txt"] == "binary input: looks like a PNG image"
    assert reasons["pipe.txt"] == "not a regular file"
    assert "symbolic link loop" in reasons["news/loop"]
    assert "gzip" in reasons["bad.txt.gz"]
    for error in errors:  # the same one line a failure gets from the single-file command
        assert f"cleantext: {error['source']}: {error['error']}" in result.output

    nato = json.loads((out / "news" / "nato.txt.json").read_text(encoding="utf-8"))
    assert nato == {"source": "news/nato.txt", **cleantext.clean(NATO.read_bytes()).to_dict()}
    gzipped = (out / "news" / "deep" / "nato.txt.gz.json").read_text(encoding="utf-8")
    assert json.loads(gzipped)["body"] == nato["body"]
    assert json.loads((out / "empty.txt.json").read_text(encoding="utf-8"))["body"] == ""
    html = json.loads((out / "html" / f"{HTML_PAGES[0].name}.json").read_text("utf-8"))
    assert html["input"] == "html"


def test_outputs_match_the_single_file_command(tmp_path: Path) -> None:
    """The batch renders through the same code as ``cleantext --format json`` and text."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nato.txt").write_bytes(NATO.read_bytes())
    run_batch(BatchOptions(tmp_path / "in", tmp_path / "json", jobs=1))
    run_batch(BatchOptions(tmp_path / "in", tmp_path / "text", output_format="text", jobs=1))
    document = cleantext.clean(NATO.read_bytes())
    as_json = (tmp_path / "json" / "nato.txt.json").read_text(encoding="utf-8")
    assert as_json == to_json(document_record(document, "nato.txt"), lines=True) + "\n"
    assert (tmp_path / "text" / "nato.txt.txt").read_text(encoding="utf-8") == render_text(document)
    single = CliRunner().invoke(main, ["--format", "json", str(tmp_path / "in" / "nato.txt")])
    assert json.loads(single.output) | {"source": "nato.txt"} == json.loads(as_json)


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads a chmod-0 file anyway, so the refusal is simulated in process (-j1)."""
    from cleantext import inputs

    make_pages(tmp_path / "in", 3)
    secret = sorted((tmp_path / "in").rglob("*.txt"))[1]

    def refuse(name: str, mode: str = "r"):
        if name == str(secret):
            raise PermissionError(13, "Permission denied", name)
        return open(name, mode)

    monkeypatch.setattr(inputs, "open", refuse, raising=False)
    summary = run_batch(BatchOptions(tmp_path / "in", tmp_path / "out", jobs=1))
    assert (summary.pages, summary.failed, summary.exit_status) == (2, 1, 1)
    rel = secret.relative_to(tmp_path / "in").as_posix()
    assert read_jsonl(tmp_path / "out" / "errors.jsonl") == [
        {"source": rel, "kind": "input", "error": "permission denied"}
    ]


def test_undecodable_name_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "fine.txt").write_bytes(NATO.read_bytes())
    os.close(os.open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), os.O_CREAT | os.O_WRONLY))
    summary = run_batch(BatchOptions(root, tmp_path / "out", jobs=1))
    assert (summary.pages, summary.failed) == (1, 1)
    assert read_jsonl(tmp_path / "out" / "errors.jsonl") == [
        {"source": "caf\\xe9.txt", "kind": "input", "error": "file name is not valid UTF-8"}
    ]


def test_two_runs_and_any_job_count_give_the_same_bytes(mixed: Path, tmp_path: Path) -> None:
    before = snapshot(mixed)
    runs = []
    for name, jobs in (("one", 1), ("two", 2), ("again", 2)):
        run_batch(BatchOptions(mixed, tmp_path / name, jobs=jobs, chunk_size=2))
        runs.append(snapshot(tmp_path / name))
    assert runs[0] == runs[1] == runs[2]
    assert snapshot(mixed) == before  # inputs never modified
    everything = b"".join(runs[0].values())
    assert str(tmp_path).encode() not in everything  # no absolute paths in OUT


def test_resume_skips_finished_pages_and_force_redoes_them(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 20, per_dir=5)
    out = tmp_path / "out"
    first = run_batch(BatchOptions(tmp_path / "in", out, jobs=1))
    complete = snapshot(out)
    assert (first.pages, first.skipped) == (20, 0)
    for name in ("d000/", "d002/"):  # as if a run had been killed before these
        for path in sorted(out.glob(name + "*.json"))[:3]:
            path.unlink()
    (out / "d001" / f".x.json.1-abcd{TEMP_SUFFIX}").write_bytes(b"half a fi")
    second = run_batch(BatchOptions(tmp_path / "in", out, jobs=2))
    assert (second.pages, second.skipped) == (6, 14)
    assert snapshot(out) == complete  # the stale temporary file is gone too
    forced = run_batch(BatchOptions(tmp_path / "in", out, jobs=1, force=True))
    assert (forced.pages, forced.skipped) == (20, 0)
    assert snapshot(out) == complete


def test_resuming_with_other_options_is_refused(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 2)
    assert batch(str(tmp_path / "in"), str(tmp_path / "out")).exit_code == 0
    result = batch("--input", "text", str(tmp_path / "in"), str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "other options" in result.output
    result = batch("--force", "--input", "text", str(tmp_path / "in"), str(tmp_path / "out"))
    assert result.exit_code == 0
    state = json.loads((tmp_path / "out" / STATE_FILE).read_text(encoding="utf-8"))
    assert state["input"] == "text"


def test_text_format_and_jsonl_output(mixed: Path, tmp_path: Path) -> None:
    run_batch(BatchOptions(mixed, tmp_path / "text", output_format="text", jobs=1))
    nato = (tmp_path / "text" / "news" / "nato.txt.txt").read_text(encoding="utf-8")
    assert nato == render_text(cleantext.clean(NATO.read_bytes()))
    summary = run_batch(BatchOptions(mixed, tmp_path / "all.jsonl", jobs=2, chunk_size=3))
    records = read_jsonl(tmp_path / "all.jsonl")
    tree = sorted(
        p.relative_to(tmp_path / "text").as_posix().removesuffix(".txt")
        for p in (tmp_path / "text").rglob("*.txt")
    )
    assert [r["source"] for r in records] == tree  # input order: the sorted walk
    assert len(records) == summary.pages
    errors = read_jsonl(tmp_path / "all.errors.jsonl")
    assert [e["source"] for e in errors] == [
        "bad.txt.gz",
        "dangling.txt",
        "image.txt",
        "news/loop",
        "pipe.txt",
    ]
    assert not list(tmp_path.glob("all.jsonl.*"))  # no partial or checkpoint left


def test_include_and_exclude(tmp_path: Path) -> None:
    root = tmp_path / "in"
    make_pages(root, 6, per_dir=2)
    (root / "d001" / "page.php").write_bytes(NATO.read_bytes())
    run_batch(BatchOptions(root, tmp_path / "a", include=("*.php",), jobs=1))
    assert sorted(p.name for p in (tmp_path / "a").rglob("[!.]*.json")) == ["page.php.json"]
    run_batch(BatchOptions(root, tmp_path / "b", exclude=("d001", "*-4.*"), jobs=1))
    taken = sorted(p.relative_to(tmp_path / "b").as_posix() for p in (tmp_path / "b").rglob("*"))
    assert not [name for name in taken if name.startswith("d001") or "-4." in name]
    assert len([name for name in taken if name.endswith(".txt.json")]) == 3


def test_out_inside_in(tmp_path: Path) -> None:
    root = tmp_path / "in"
    make_pages(root, 4, per_dir=2)
    result = batch(str(root), str(root / "clean" / "v1"))
    assert result.exit_code == 2
    assert "--exclude 'clean/v1'" in result.output
    assert not (root / "clean").exists()
    result = batch("--exclude", "clean", str(root), str(root / "clean" / "v1"))
    assert result.exit_code == 0, result.output
    assert len(list((root / "clean" / "v1").rglob("*.txt.json"))) == 4
    again = batch("--exclude", "clean", str(root), str(root / "clean" / "v1"))
    assert "4 done before" in again.output  # its own outputs were never taken as pages
    assert batch(str(root), str(root / "clean.jsonl")).exit_code == 0  # .jsonl is not walked
    result = batch(str(root / "d000"), str(root))
    assert result.exit_code == 2
    assert "contains IN" in result.output


def test_usage_errors(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 1)
    in_, out = str(tmp_path / "in"), str(tmp_path / "out")
    cases = [
        ([str(tmp_path / "missing"), out], "no such file"),
        (["--text-field", "body", in_, out], "for a JSONL corpus IN"),
        (["--format", "text", in_, str(tmp_path / "x.jsonl")], "use --format jsonl"),
        (["--engine", "local", "--scheduler", "tcp://127.0.0.1:1", in_, out], "--engine dask"),
        (["--site-share", "0.3", in_, out], "need --site-boilerplate"),
        (["-j", "0", in_, out], "0 is not in the range"),
        ([str(NATO), out], "a directory or a .jsonl"),
    ]
    for args, message in cases:
        result = batch(*args)
        assert (result.exit_code, message in result.output) == (2, True), (args, result.output)


def test_summary_on_stderr(mixed: Path, tmp_path: Path) -> None:
    result = batch("-j", "1", str(mixed), str(tmp_path / "out"))
    summary = result.output[result.output.index("cleantext batch: ") :]
    first = summary.splitlines()[0]
    assert "pages cleaned in" in first and "pages/s" in first and "MB read" in first
    assert "5 failed" in first
    assert f"failures are listed in {tmp_path / 'out' / 'errors.jsonl'}" in summary
    assert "removed lines:" in summary
    assert "ad [en:" in summary  # the NATO page's AD lines, by rule


def test_a_bug_fails_its_page_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Anything but a CleantextError is a bug: reported with the page, the batch goes on."""
    from cleantext.batch import work
    from cleantext.pipeline import Pipeline

    def explode(page: cleantext.Page) -> None:
        if "story 1 " in page.text:
            raise ValueError("a bug")

    chain = Pipeline.default().insert(explode, after="decode")
    monkeypatch.setattr(work, "_pipeline", lambda job: chain)
    make_pages(tmp_path / "in", 3)
    result = batch("-j", "1", str(tmp_path / "in"), str(tmp_path / "out"))
    assert result.exit_code == 1
    [error] = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert error["kind"] == "bug"
    assert error["error"] == "internal error, please report it: ValueError: a bug"
    assert "Traceback (most recent call last)" in result.output  # on stderr, not in OUT
    assert len(list((tmp_path / "out").rglob("*.txt.json"))) == 2


def test_an_output_that_cannot_be_written(tmp_path: Path) -> None:
    make_pages(tmp_path / "in", 2, per_dir=2)
    first = sorted((tmp_path / "in").rglob("*.txt"))[0].relative_to(tmp_path / "in")
    (tmp_path / "out" / f"{first}.json").mkdir(parents=True)  # a directory where it should go
    summary = run_batch(BatchOptions(tmp_path / "in", tmp_path / "out", jobs=1, force=True))
    assert (summary.pages, summary.failed) == (1, 1)
    [error] = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert (error["source"], error["kind"]) == (first.as_posix(), "output")
    assert error["error"] == "cannot write the output: Is a directory"
    assert not list((tmp_path / "out").rglob(f"*{TEMP_SUFFIX}"))
