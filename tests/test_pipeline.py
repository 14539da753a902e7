"""The library API: clean(), Document, Pipeline (drop, replace, add steps)."""

import json
from datetime import datetime

import pytest

import cleantext
from cleantext import Document, Page, Pipeline, Step

PAGE = """Europe

Ministers agree on a new energy plan for winter

17 October 2024

Ministers agreed on Thursday to share gas reserves across the union this winter.

Share

The plan takes effect in November, officials said after the meeting in Brussels.
"""


def test_clean_splits_the_fields() -> None:
    doc = cleantext.clean(PAGE)
    assert doc.title == "Ministers agree on a new energy plan for winter"
    assert doc.timestamp == datetime(2024, 10, 17)
    assert doc.timestamp_text == "17 October 2024"
    assert doc.paragraphs == [
        "Ministers agreed on Thursday to share gas reserves across the union this winter.",
        "The plan takes effect in November, officials said after the meeting in Brussels.",
    ]
    assert [(r.step, r.text, r.line) for r in doc.removed] == [
        ("fields", "Europe", 1),
        ("noise", "Share", 9),
    ]
    assert doc.removed[0].rule == "header line above the article (kicker, byline)"
    assert doc.removed[1].rule.startswith("share [en:")
    assert doc.language == "en"


def test_bytes_and_str_give_the_same_document() -> None:
    assert cleantext.clean(PAGE.encode("utf-16")).body == cleantext.clean(PAGE).body


def test_to_dict_is_json_ready() -> None:
    data = cleantext.clean(PAGE).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["timestamp"] == "2024-10-17T00:00:00"
    assert [r["step"] for r in data["removed"]] == ["fields", "noise"]
    assert data["language"] == "en"
    assert set(data) >= {"title", "timestamp", "body", "removed", "repairs", "warnings"}


def test_empty_input_gives_an_empty_document() -> None:
    for empty in ("", b"", "\n\n  \n"):
        doc = cleantext.clean(empty)
        assert (doc.title, doc.timestamp, doc.body) == (None, None, "")


def test_default_chain_order() -> None:
    assert Pipeline.default().names == [
        "decode",
        "html",
        "whitespace",
        "encoding",
        "noise",
        "language",
        "rejoin",
        "boilerplate",
        "fields",
        "dedupe",
    ]


def test_without_drops_a_step() -> None:
    doc = Pipeline.default().without("noise").clean(PAGE)
    assert "Share" in doc.paragraphs


def test_replace_a_step_by_name() -> None:
    def no_noise(page: Page) -> None:
        """Remove nothing."""

    pipeline = Pipeline.default().replace("noise", no_noise)
    assert pipeline.names[4] == "noise"
    assert "Share" in pipeline.clean(PAGE).paragraphs


def test_insert_a_plain_function() -> None:
    def drop_kickers(page: Page) -> None:
        for line in page.content_lines():
            if line.text == "Europe":
                page.remove(line, "drop_kickers", "section name")

    pipeline = Pipeline.default().insert(drop_kickers, before="fields")
    assert pipeline.names[-3:] == ["drop_kickers", "fields", "dedupe"]
    doc = pipeline.clean(PAGE)
    assert "Europe" not in doc.paragraphs
    assert ("drop_kickers", "section name", "Europe") in [
        (r.step, r.rule, r.text) for r in doc.removed
    ]


def test_pipelines_are_immutable() -> None:
    pipeline = Pipeline.default()
    pipeline.without("dedupe")
    assert "dedupe" in pipeline.names


def test_step_errors() -> None:
    pipeline = Pipeline.default()
    with pytest.raises(KeyError, match="no step named 'nope'"):
        pipeline.without("nope")
    with pytest.raises(ValueError, match="needs a name"):
        pipeline.insert(lambda page: None)
    with pytest.raises(ValueError, match="unique"):
        pipeline.insert(Step("noise", lambda page: None))
    with pytest.raises(ValueError, match="before= or after="):
        pipeline.insert(Step("x", lambda page: None), before="noise", after="noise")


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="input must be one of"):
        cleantext.clean("text", input="pdf")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str or bytes"):
        cleantext.clean(42)  # type: ignore[arg-type]


def test_extra_rules_file(tmp_path) -> None:
    rules = tmp_path / "mysite.txt"
    rules.write_text("[promo]\nget 0% off with code\n", encoding="utf-8")
    text = PAGE.replace("Share\n", "Get 15% off with code\n")
    assert "Get 15% off with code" in cleantext.clean(text).paragraphs
    doc = Pipeline.default(rules=[rules]).clean(text)
    assert "Get 15% off with code" not in doc.paragraphs
    assert doc.removed[-1].rule == "promo [mysite.txt:2]"


def test_document_is_a_plain_dataclass() -> None:
    doc = Document(title="t", body="a\n\nb")
    assert doc.paragraphs == ["a", "b"]
    assert Document().paragraphs == []
