"""The ``cleantext`` command: a stdin filter and file cleaner, and ``cleantext batch``.

``cleantext [FILE]...`` is the default command of a click group, so the filter keeps its short
form; ``cleantext batch IN OUT`` is the group's one subcommand, imported only when it is named
(it brings the process pool, the progress bar and, on request, Dask).

Exit status: 0 when every input was cleaned, 1 when an input failed (each failure is one line
on stderr naming the input and the reason), 2 on a usage error.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import Any

import click

from cleantext import __version__
from cleantext.errors import CleantextError
from cleantext.inputs import STDIN, InputFailed, failure_line, read_source
from cleantext.render import document_record, render_explain, render_text, to_json

EXAMPLES = """
\b
Examples:
  cat page.txt | cleantext                  # title, timestamp, blank line, body
  cleantext --format json page.txt          # one JSON object
  cleantext --format jsonl pages/*.txt      # one JSON object a line, with "source"
  cleantext --explain page.txt              # the page with every removal marked
  cleantext --rules my-noise.txt page.txt   # add your own noise rules
  curl -s https://example.com/a | cleantext --input html
  cleantext batch pages/ clean/             # a whole tree or JSONL corpus (batch --help)

\b
A file named "batch" is cleaned with: cleantext -- batch   (or: cleantext ./batch)
"""

SUBCOMMANDS = {"batch": "cleantext.batch.command:batch"}
"""Subcommands by name, imported when named so the filter never pays for them."""

_DEFAULT_ARGS = "cleantext.default_args"


class DefaultGroup(click.Group):
    """A group whose first argument picks a subcommand only when it names one.

    Any other command line, ``--help`` and ``--version`` included, goes whole to the default
    command, so ``cleantext page.txt`` and ``cat page.txt | cleantext`` work as they always did
    and ``cleantext -- batch`` cleans a file named ``batch``.
    """

    def __init__(self, default: click.Command, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.default = default
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.lazy)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.lazy:
            return None
        module, _, attribute = self.lazy[cmd_name].partition(":")
        command: click.Command = getattr(importlib.import_module(module), attribute)
        return command

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] in self.lazy:
            return super().parse_args(ctx, args)
        ctx.meta[_DEFAULT_ARGS] = list(args)
        return []

    def invoke(self, ctx: click.Context) -> Any:
        args = ctx.meta.pop(_DEFAULT_ARGS, None)
        if args is None:
            return super().invoke(ctx)
        # No parent context: the default command's usage line reads "cleantext [OPTIONS]...".
        with self.default.make_context(ctx.info_name, args, color=ctx.color) as sub:
            return self.default.invoke(sub)


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
def clean_files(
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
            page = pipeline.run(read_source(source), input=input_kind)  # type: ignore[arg-type]
        except (InputFailed, CleantextError) as error:
            click.echo(failure_line(name, str(error)), err=True)
            failed = True
            continue
        if explain:
            _emit_header(name, index, len(sources))
            click.echo(render_explain(page), color=None, nl=False)
        elif output_format in (None, "text"):
            _emit_header(name, index, len(sources))
            click.echo(render_text(page.to_document()), nl=False)
        elif output_format == "jsonl":
            click.echo(to_json(document_record(page.to_document(), name), lines=True))
        else:
            documents.append(document_record(page.to_document(), name))
    if output_format == "json" and documents:
        click.echo(to_json(documents[0] if len(sources) == 1 else documents))
    if failed:
        sys.exit(1)


def _emit_header(name: str, index: int, count: int) -> None:
    if count > 1:
        click.echo(f"{'' if index == 0 else chr(10)}==> {name} <==")


main = DefaultGroup(
    default=clean_files,
    lazy=SUBCOMMANDS,
    name="cleantext",
    context_settings={"help_option_names": ["-h", "--help"]},
)
