"""Command line: parse options, call the pipeline, hand the result to a renderer."""

from __future__ import annotations

import sys

import click

from claimcmp import __version__
from claimcmp.errors import ClaimcmpError
from claimcmp.render import RENDERERS

EXIT_CODES = """\b
Exit codes:
  0  success
  1  conflicts found (only with --fail-on-conflict)
  2  bad input or usage (missing file, empty folder, unknown option)"""


def _emit(result: object, fmt: str) -> None:
    from claimcmp.models import ExtractResult

    assert isinstance(result, ExtractResult)
    for problem in result.problems:
        click.echo(f"claimcmp: skipped {problem.source}: {problem.message}", err=True)
    RENDERERS[fmt](result, sys.stdout, sys.stdout.isatty())


def _fail(exc: ClaimcmpError) -> None:
    click.echo(f"claimcmp: error: {exc}", err=True)
    sys.exit(exc.exit_code)


@click.group(epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="claimcmp")
def cli() -> None:
    """Compare what news outlets report that people said.

    Give claimcmp several articles about one story (text files, folders of
    them, or - for stdin). `extract` lists every quote and attributed claim
    with its speaker; `compare` lines up what each outlet reports of the same
    statement and marks where they agree, differ in wording or conflict.

    \b
    Examples:
      claimcmp compare seeds/
      claimcmp extract seeds/001_5a0e71876e275197.txt --format json
      cat article.txt | claimcmp extract -
    """


format_option = click.option(
    "--format", "fmt", type=click.Choice(sorted(RENDERERS)), default="table", show_default=True,
    help="table for people, json for tools.")


@cli.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@format_option
def extract(paths: tuple[str, ...], fmt: str) -> None:
    """List every quote and attributed claim in the articles at PATHS.

    Each claim carries its speaker (resolved within the article: "Kerry" →
    "John Kerry", "he" → the person meant), the cue verb, the source chain
    (via) and exact character offsets into the article.
    """
    from claimcmp.pipeline import run_extract

    try:
        result = run_extract(paths)
    except ClaimcmpError as exc:
        _fail(exc)
    _emit(result, fmt)


@cli.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@format_option
@click.option("--one-event", is_flag=True, help="Treat all articles as one event (skip event detection).")
def compare(paths: tuple[str, ...], fmt: str, one_event: bool) -> None:
    """Group what outlets report of the same statement, and say where they agree or conflict."""
    from claimcmp.pipeline import run_compare

    try:
        result = run_compare(paths, one_event=one_event)
    except ClaimcmpError as exc:
        _fail(exc)
    _emit(result, fmt)


def main() -> None:
    cli()
