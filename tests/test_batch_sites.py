"""``--site-boilerplate``: lines most of one site's pages repeat, whatever the order or workers."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest
from batch_support import TEXT_PAGES, read_jsonl, snapshot, text_of, write_jsonl

from cleantext.batch import BatchOptions, SiteOptions, run_batch
from cleantext.batch.sites import STEP, SiteCounts, line_hash, site_of

GAZETTE = (
    "The Riverside Gazette is owned by its readers and has been edited in Millbrook since 1921."
)
HERALD = "Herald readers can reach the newsroom at any hour of the day, by letter or by phone."


def page(index: int, *inserted: str) -> str:
    """A fixture page with ``inserted`` lines in its middle (where no other step drops them)."""
    lines = text_of(TEXT_PAGES[index % len(TEXT_PAGES)]).splitlines()
    middle = len(lines) // 2
    return "\n".join([*lines[:middle], *inserted, *lines[middle:], f"Story {index}."]) + "\n"


def corpus() -> list[dict[str, object]]:
    """Two sites of 8 pages: the Gazette line on 7 gazette pages and on 1 herald page."""
    records = []
    for index in range(8):
        lines = [GAZETTE] if index != 3 else []  # 7 of 8: over the 50% share
        records.append(
            {
                "id": f"g{index}",
                "url": f"https://www.gazette.example/{index}",
                "text": page(index, *lines),
            }
        )
    for index in range(8, 16):
        lines = [HERALD] + ([GAZETTE] if index == 8 else [])  # a quote of the Gazette, once
        records.append(
            {
                "id": f"h{index}",
                "url": f"https://herald.example/n/{index}",
                "text": page(index, *lines),
            }
        )
    records.append({"id": "nourl", "text": page(20, GAZETTE)})
    return records


def removed_by_site(record: dict) -> list[str]:
    return [r["text"] for r in record["cleantext"]["removed"] if r["step"] == STEP]


def test_site_lines_are_removed_only_on_their_own_site(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "c.jsonl", corpus())
    options = SiteOptions(share=0.5, min_pages=5)
    summary = run_batch(
        BatchOptions(tmp_path / "c.jsonl", tmp_path / "o.jsonl", site=options, jobs=1)
    )
    assert (summary.sites, summary.boilerplate_lines, summary.unsited) == (2, 2, 1)
    by_id = {r["id"]: r for r in read_jsonl(tmp_path / "o.jsonl")}
    for index in range(8):
        record = by_id[f"g{index}"]
        assert GAZETTE not in record["text"]
        assert removed_by_site(record) == ([GAZETTE] if index != 3 else [])
    for index in range(8, 16):
        record = by_id[f"h{index}"]
        assert removed_by_site(record) == [HERALD]
    assert GAZETTE in by_id["h8"]["text"]  # the herald's one quote stays: other sites don't count
    assert GAZETTE in by_id["nourl"]["text"]  # no site: never checked
    rules = {rule for (step, rule) in summary.removals if step == STEP}
    assert rules == {"on ≥ 50% and ≥ 5 of its site's pages"}


def test_thresholds() -> None:
    counts = SiteCounts()
    for index in range(10):
        keys = {line_hash("menu")} | ({line_hash("half")} if index < 5 else set())
        keys |= {line_hash("four")} if index < 4 else set()
        counts.add("a.example", keys)
    for _ in range(4):
        counts.add("small.example", {line_hash("menu")})
    table = counts.boilerplate(SiteOptions(share=0.5, min_pages=5))
    assert table == {"a.example": frozenset({line_hash("menu"), line_hash("half")})}
    assert counts.boilerplate(SiteOptions(share=0.6, min_pages=2)) == {
        "a.example": frozenset({line_hash("menu")}),
        "small.example": frozenset({line_hash("menu")}),
    }
    assert line_hash("  Menu   ") == line_hash("menu") != line_hash("menu 2")


def test_counts_merge_in_any_order() -> None:
    parts = []
    for seed in range(5):
        part = SiteCounts()
        rng = random.Random(seed)
        for _ in range(20):
            part.add(rng.choice(["a", "b", None]), {rng.randrange(8) for _ in range(3)})
        parts.append(part)
    merged = []
    for order in (parts, parts[::-1], parts[2:] + parts[:2]):
        total = SiteCounts()
        for part in order:
            total.merge(part)
        merged.append((total.pages, total.lines, total.unsited))
    assert merged[0] == merged[1] == merged[2]


@pytest.mark.parametrize(
    ("rel", "url", "site"),
    [
        ("a/b/c.html", None, "a/b"),
        ("top.txt", None, "."),
        ("a/b.txt", "https://www.Example.com:8080/x", "example.com"),
        (None, "not a url", None),
        (None, None, None),
    ],
)
def test_site_of(rel: str | None, url: str | None, site: str | None) -> None:
    assert site_of(rel, url) == site


def test_same_result_for_shuffled_input_and_any_job_count(tmp_path: Path) -> None:
    records = corpus()
    options = SiteOptions(share=0.5, min_pages=5)
    results = []
    for seed, jobs in ((None, 1), (1, 2), (2, 1)):
        shuffled = list(records)
        if seed is not None:
            random.Random(seed).shuffle(shuffled)
        name = f"c{seed}.jsonl"
        write_jsonl(tmp_path / name, shuffled)
        out = tmp_path / f"o{seed}.jsonl"
        run_batch(BatchOptions(tmp_path / name, out, site=options, jobs=jobs, chunk_size=3))
        cleaned = read_jsonl(out)
        assert [r["id"] for r in cleaned] == [r["id"] for r in shuffled]  # input order kept
        results.append({r["id"]: json.dumps(r, sort_keys=True) for r in cleaned})
    assert results[0] == results[1] == results[2]


def test_tree_sites_are_directories(tmp_path: Path) -> None:
    """The same in a tree: two directories; -j1 and -j2, and a renamed (reordered) tree."""
    for order, root in (("plain", tmp_path / "in"), ("renamed", tmp_path / "in2")):
        for record in corpus()[:-1]:
            site = "gazette" if str(record["id"]).startswith("g") else "herald"
            name = (
                f"{record['id']}.txt" if order == "plain" else f"{99 - int(record['id'][1:])}.txt"
            )
            path = root / site / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(str(record["text"]), encoding="utf-8")
    site = SiteOptions(share=0.5, min_pages=5)
    one = run_batch(BatchOptions(tmp_path / "in", tmp_path / "j1", site=site, jobs=1, chunk_size=2))
    run_batch(BatchOptions(tmp_path / "in", tmp_path / "j2", site=site, jobs=2, chunk_size=2))
    assert snapshot(tmp_path / "j1") == snapshot(tmp_path / "j2")
    assert one.removals[(STEP, "on ≥ 50% and ≥ 5 of its site's pages")] == 7 + 8
    run_batch(BatchOptions(tmp_path / "in2", tmp_path / "r", site=site, jobs=2, chunk_size=3))
    bodies = Counter(
        json.loads(data)["body"]
        for name, data in snapshot(tmp_path / "r").items()
        if name.endswith(".txt.json")
    )
    assert bodies == Counter(
        json.loads(data)["body"]
        for name, data in snapshot(tmp_path / "j1").items()
        if name.endswith(".txt.json")
    )


def test_summary_keeps_a_bounded_number_of_rules() -> None:
    from cleantext.batch.summary import OTHER_RULES, RULES_KEPT, BatchSummary, format_summary

    summary = BatchSummary()
    for index in range(RULES_KEPT + 50):
        summary.count_removals(Counter({("boilerplate", f"line {index}"): 2, ("noise", "ad"): 1}))
    assert len(summary.removals) == RULES_KEPT + 2
    assert summary.removals[("boilerplate", OTHER_RULES)] == 100
    assert summary.removals[("noise", "ad")] == RULES_KEPT + 50
    text = format_summary(summary, "out")
    assert "removed lines: 3,150" in text
