"""``cleantext batch IN OUT``: the command line of the batch pass.

Imported only when ``batch`` is named, so the stdin filter never pays for it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from cleantext.batch.options import BatchOptions, BatchSetupError, SiteOptions, available_cores
from cleantext.batch.runner import run_batch
from cleantext.batch.summary import format_summary
from cleantext.errors import CleantextError

EXAMPLES = """
\b
Examples:
  cleantext batch pages/ clean/                   # pages/a/b.html -> clean/a/b.html.json
  cleantext batch --format text pages/ clean/     # ... -> clean/a/b.html.txt
  cleantext batch pages/ clean.jsonl              # every page, one JSON object a line
  cleantext batch corpus.jsonl.gz clean.jsonl     # {"id", "text", ...} in, same fields out
  cleantext batch --include '*.php' --exclude 'tmp' pages/ clean/
  cleantext batch --site-boilerplate crawl/ clean/  # drop lines most of a site's pages repeat
  cleantext batch -j 8 --engine dask --scheduler tcp://10.0.0.5:8786 pages/ clean/

\b
Run the same command again after a crash or a kill: finished pages are skipped and the
outputs end up exactly as an uninterrupted run's. Failed pages are listed in OUT/errors.jsonl
(beside a JSONL OUT: NAME.errors.jsonl); the exit status is then 1.
"""


@click.command(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXAMPLES)
@click.argument("source", metavar="IN", type=click.Path(path_type=Path))
@click.argument("target", metavar="OUT", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "text", "jsonl"]),
    help="json or text: one file a page under OUT; jsonl: OUT is one file "
    "(default: jsonl when OUT ends in .jsonl or IN is a corpus, else json).",
)
@click.option(
    "--include",
    multiple=True,
    metavar="GLOB",
    help="Files to take (default: "
    "*.txt *.html *.htm and their .gz); matched against the path under IN or the name.",
)
@click.option("--exclude", multiple=True, metavar="GLOB", help="Files or directories to skip.")
@click.option("--text-field", metavar="NAME", help="A corpus's text field (default: text).")
@click.option("--id-field", metavar="NAME", help="A corpus's id field (default: id).")
@click.option("--url-field", metavar="NAME", help="A corpus's URL field (default: url).")
@click.option(
    "--input",
    "input_kind",
    type=click.Choice(["auto", "text", "html"]),
    default="auto",
    show_default=True,
    help="What the pages are; auto recognises HTML.",
)
@click.option(
    "--rules",
    "rules_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    metavar="FILE",
    help="An extra noise-rules file; may be repeated.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    metavar="N",
    help=f"Worker processes (default: the cores available, here {available_cores()}).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    help="local: a process pool (default); dask: dask.distributed (pip install "
    "'cleantext-articles[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="A Dask scheduler to run on (implies --engine dask; without it, a local cluster).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="A progress bar on stderr (default: when stderr is a terminal).",
)
@click.option("--force", is_flag=True, help="Redo every page, even those OUT already has.")
@click.option(
    "--site-boilerplate",
    is_flag=True,
    help="Two passes: remove lines that recur on most pages of a site (URL host, else directory).",
)
@click.option(
    "--site-share",
    type=click.FloatRange(min=0, max=1, min_open=True),
    metavar="SHARE",
    help="With --site-boilerplate: the share of a site's pages a line must be on (default 0.5).",
)
@click.option(
    "--site-min-pages",
    type=click.IntRange(min=2),
    metavar="N",
    help="With --site-boilerplate: the fewest pages a line must be on (default 5).",
)
def batch(
    source: Path,
    target: Path,
    output_format: str | None,
    include: Sequence[str],
    exclude: Sequence[str],
    text_field: str | None,
    id_field: str | None,
    url_field: str | None,
    input_kind: str,
    rules_files: Sequence[str],
    jobs: int | None,
    engine: str | None,
    scheduler: str | None,
    progress: bool | None,
    force: bool,
    site_boilerplate: bool,
    site_share: float | None,
    site_min_pages: int | None,
) -> None:
    """Clean every page of a directory tree or a JSONL corpus IN into OUT.

    IN is a directory (walked recursively) or a .jsonl/.jsonl.gz file; OUT is a directory
    mirroring IN, or one .jsonl file. A summary is printed on stderr at the end.
    """
    if scheduler is not None and engine == "local":
        raise click.UsageError("--scheduler is for --engine dask")
    if not site_boilerplate and (site_share is not None or site_min_pages is not None):
        raise click.UsageError("--site-share and --site-min-pages need --site-boilerplate")
    fields = {"--text-field": text_field, "--id-field": id_field, "--url-field": url_field}
    given = [name for name, value in fields.items() if value is not None]
    if given and not source.is_file():
        names = ", ".join(given)
        raise click.UsageError(f"{names}: for a JSONL corpus IN, and {source} is not one")
    try:
        site = None
        if site_boilerplate:
            site = SiteOptions(
                share=0.5 if site_share is None else site_share,
                min_pages=5 if site_min_pages is None else site_min_pages,
            )
        options = BatchOptions(
            source=source,
            target=target,
            output_format=output_format,  # type: ignore[arg-type]
            include=tuple(include),
            exclude=tuple(exclude),
            input_kind=input_kind,  # type: ignore[arg-type]
            rules=tuple(rules_files),
            jobs=jobs,
            engine="dask" if scheduler is not None else engine or "local",  # type: ignore[arg-type]
            scheduler=scheduler,
            progress=progress,
            force=force,
            site=site,
            text_field=text_field or "text",
            id_field=id_field or "id",
            url_field=url_field or "url",
        )
        summary = run_batch(options)
    except BatchSetupError as error:
        raise click.UsageError(str(error)) from None
    except CleantextError as error:  # a bad --rules file
        raise click.UsageError(str(error)) from None
    except KeyboardInterrupt:
        click.echo("\ncleantext batch: interrupted; run the same command to resume", err=True)
        sys.exit(130)
    click.echo(format_summary(summary, str(target)), err=True, nl=False)
    sys.exit(summary.exit_status)
