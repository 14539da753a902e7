"""The ``cleantext`` command: a stdin filter and file cleaner.

Exit status: 0 when every input was cleaned, 1 when an input failed (each failure is one line
on stderr naming the input and the reason), 2 on a usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from cleantext import __version__
from cleantext.errors import CleantextError
from cleantext.page import Page
from cleantext.render import render_explain, render_text

EXAMPLES = """
\b
Examples:
  cat page.txt | cleantext                  # title, timestamp, blank line, body
  cleantext --format json page.txt          # one JSON object
  cleantext --format jsonl pages/*.txt      # one JSON object a line, with "source"
  cleantext --explain page.txt              # the page with every removal marked
  cleantext --rules my-noise.txt page.txt   # add your own noise rules
  curl -s https://example.com/a | cleantext --input html
"""

STDIN = "-"


class InputFailed(Exception):
    """One input could not be cleaned; the message is shown as it is."""


@click.command(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=EXAMPLES,
)
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "jsonl"]),
    default=None,
    help="Output format (default: text).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Print the page with each removed line marked by the normaliser and rule that removed it.",
)
@click.option(
    "--rules",
    "rules_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    metavar="FILE",
    help="An extra noise-rules file (same format as the bundled ones); may be repeated.",
)
@click.option(
    "--input",
    "input_kind",
    type=click.Choice(["auto", "text", "html"]),
    default="auto",
    show_default=True,
    help="What the input is; auto recognises HTML.",
)
@click.version_option(__version__, "--version", prog_name="cleantext")
def main(
    files: Sequence[str],
    output_format: str | None,
    explain: bool,
    rules_files: Sequence[str],
    input_kind: str,
) -> None:
    """Clean scraped web pages into timestamp, title and body.

    Reads each FILE (plain text or HTML, any common encoding), or standard input when no FILE
    or - is given, and prints the cleaned article.
    """
    if explain and output_format is not None:
        raise click.UsageError(
            "--explain prints an annotated page; it cannot be combined with --format"
        )
    from cleantext.pipeline import Pipeline

    try:
        pipeline = Pipeline.default(rules=rules_files)
    except CleantextError as error:
        raise click.UsageError(str(error)) from None
    sources = list(files) or [STDIN]
    documents = []
    failed = False
    for index, source in enumerate(sources):
        name = "<stdin>" if source == STDIN else source
        try:
            page = pipeline.run(_read(source), input=input_kind)  # type: ignore[arg-type]
        except (InputFailed, CleantextError) as error:
            click.echo(f"cleantext: {name}: {error}", err=True)
            failed = True
            continue
        if explain:
            _emit_header(name, index, len(sources))
            click.echo(render_explain(page), color=None, nl=False)
        elif output_format in (None, "text"):
            _emit_header(name, index, len(sources))
            click.echo(render_text(page.to_document()), nl=False)
        elif output_format == "jsonl":
            click.echo(json.dumps(_json_document(page, name), ensure_ascii=False))
        else:
            documents.append(_json_document(page, name))
    if output_format == "json" and documents:
        value = documents[0] if len(sources) == 1 else documents
        click.echo(json.dumps(value, ensure_ascii=False, indent=2))
    if failed:
        sys.exit(1)


def _json_document(page: Page, name: str) -> dict[str, object]:
    return {"source": name, **page.to_document().to_dict()}


def _emit_header(name: str, index: int, count: int) -> None:
    if count > 1:
        click.echo(f"{'' if index == 0 else chr(10)}==> {name} <==")


def _read(source: str) -> bytes:
    if source == STDIN:
        return sys.stdin.buffer.read()
    path = Path(source)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputFailed("no such file") from None
    except IsADirectoryError:
        raise InputFailed("is a directory") from None
    except PermissionError:
        raise InputFailed("permission denied") from None
    except OSError as error:
        raise InputFailed(error.strerror or str(error)) from None
