"""Command line: parse options, call the pipeline, hand the result to a renderer.

Only click is imported at start-up; the pipeline, the models (pydantic) and
rich are imported by the command that needs them, so `--help` is quick.
Core code raises `ClaimcmpError`; `_guarded` turns it into one line on stderr.
"""

from __future__ import annotations

import errno
import io
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from claimcmp import __version__
from claimcmp.errors import ClaimcmpError, InputError, Terminated
from claimcmp.render import RENDERERS
from claimcmp.render.output import check_output, check_output_folder, open_output, open_output_folder

if TYPE_CHECKING:
    from claimcmp.align import SemanticScorer
    from claimcmp.executors import ExecutorChoice
    from claimcmp.ingest import ReadOptions
    from claimcmp.models import ArticleInfo, ExtractResult, Problem
    from claimcmp.spool import SpooledResult, SpoolFormat

# Imports inside functions below are deliberate (start-up time): PLC0415 throughout.
T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

EXIT_INTERNAL = 3
# a disk that is full, over quota, read-only or failing: the output cannot be written
_WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EROFS})
EXIT_CODES = """\b
Exit codes:
  0  success
  1  conflicts found (compare --fail-on-conflict)
  2  bad input or usage: no readable article, unknown option, output exists,
     or the output cannot be written (a full disk)
  3  internal error (a bug; CLAIMCMP_DEBUG=1 shows the traceback)
  130, 143  interrupted (Ctrl-C) or terminated (kill): nothing left behind"""

INPUTS = """\b
Inputs (files, folders of them, or - for stdin):
  *.txt *.md           plain text, UTF-8
  *.html *.htm         web pages (needs: pip install 'claimcmp[html]')
  *.json               a record or a list: {"id","outlet","title","date","url","text"}
  *.jsonl *.ndjson     one record a line
  *.parquet            a record a row (needs: pip install 'claimcmp[parquet]')
  -                    stdin: text, or JSON/JSONL when it starts with { or ["""


def _say(message: str) -> None:
    click.echo(f"claimcmp: {message}", err=True)


def _fail(message: str, code: int = 2) -> None:
    _say(f"error: {message}")
    sys.exit(code)


def _guarded(action: Callable[[], T]) -> T:
    """action(), with every error turned into one line on stderr and an exit code."""
    try:
        return action()
    except ClaimcmpError as exc:
        _fail(str(exc), exc.exit_code)
    except BrokenPipeError:
        _stdout_closed()
    except OSError as exc:
        if exc.errno not in _WRITE_FAILURES:
            _internal(exc)
        _fail(f"cannot write the output ({exc.strerror or exc}); nothing complete was written", 2)
    except Exception as exc:
        _internal(exc)
    raise AssertionError("unreachable")  # pragma: no cover


def _internal(exc: Exception) -> None:
    if os.environ.get("CLAIMCMP_DEBUG"):
        raise exc
    _fail(
        f"internal error: {type(exc).__name__}: {exc} (a bug; CLAIMCMP_DEBUG=1 shows the traceback)",
        EXIT_INTERNAL,
    )


def _stdout_closed() -> None:
    """The reader of stdout went away (`| head`): stop quietly, as `cat` would."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # stdout has no file descriptor (tests): nothing left to flush
    sys.exit(0)


@click.group(epilog=EXIT_CODES + "\n\n" + INPUTS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcmp")
def cli() -> None:
    """Compare what news outlets report that people said.

    Give claimcmp several articles about one story. `extract` lists every
    quote and attributed claim with its speaker; `compare` lines up what each
    outlet reports of the same statement and marks where they agree, differ
    in wording or conflict. Results go to stdout, messages to stderr.

    \b
    Examples:
      claimcmp compare seeds/
      claimcmp compare seeds/ --status conflict,variant --format markdown
      claimcmp compare seeds/ -o report.html
      claimcmp compare archive/ --dask --format jsonl -o groups.jsonl
      claimcmp extract seeds/001_5a0e71876e275197.txt --format json
      claimcmp extract pages/ --outlet 001=Reuters --format csv -o claims.csv
      cat article.txt | claimcmp extract -
      claimcmp schema > compare.schema.json
    """


def input_options(command: F) -> F:
    """PATHS and the options that say how to read them."""
    decorators = [
        click.argument("paths", nargs=-1, required=True),
        click.option(
            "--outlet",
            "outlets",
            multiple=True,
            metavar="ID=NAME",
            help="Set an article's outlet (ID: its id or the start of it). Repeatable; "
            "wins over the manifest and over what is detected.",
        ),
        click.option(
            "--manifest",
            type=click.Path(dir_okay=False),
            metavar="FILE",
            help="CSV or JSON with columns id,outlet,title,date,url: metadata that "
            "wins over what is detected.",
        ),
        click.option(
            "-r",
            "--recursive",
            is_flag=True,
            help="Read the folders inside folders too (else each is reported as skipped).",
        ),
        click.option(
            "--encoding",
            metavar="NAME",
            callback=_encoding,
            help="Read every input in this encoding (e.g. utf-16, cp1252, latin-1). By default UTF-8, "
            "a byte-order mark's encoding, or Windows-1252 for bytes that are no UTF-8, with a warning.",
        ),
        click.option(
            "--max-size",
            type=click.FloatRange(min=0.001),
            default=10.0,
            show_default=True,
            metavar="MB",
            help="Skip an article larger than this (megabytes).",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    import codecs  # noqa: PLC0415

    try:
        return codecs.lookup(value).name
    except LookupError:
        raise click.BadParameter(
            f"{value!r} is not an encoding Python knows (e.g. utf-8, utf-16, cp1252)"
        ) from None


def output_options(command: F) -> F:
    """--format, --output, --force."""
    decorators = [
        click.option(
            "--format",
            "fmt",
            type=click.Choice(sorted(RENDERERS)),
            default=None,
            help="table for people; json, csv and jsonl (a claim, or for compare a group, a line) "
            "for tools; markdown for reports; html (compare) for a page to open and share. "
            "Default: from the --output file's suffix (.json .jsonl .ndjson .csv .md .html), else table.",
        ),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, allow_dash=True),
            metavar="FILE",
            help="Write here instead of stdout.",
        ),
        click.option("--force", is_flag=True, help="Overwrite the --output file if it exists."),
        click.option(
            "--workers",
            type=click.IntRange(1),
            metavar="N",
            help="Worker processes (default: one per core, up to 8; small batches run in one process). "
            "With --dask, the LocalCluster's workers (default 2).",
        ),
        click.option(
            "--dask",
            is_flag=True,
            help="Run on a Dask LocalCluster of worker processes started for the run "
            "(needs: pip install 'claimcmp[dask]').",
        ),
        click.option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run on a running Dask cluster, e.g. tcp://10.0.0.5:8786 (its workers need claimcmp "
            "installed, the same version).",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


_SUFFIX_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
}


def _format_for(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's suffix names (`-o claims.csv`), else table."""
    if fmt is not None:
        return fmt
    if output is None or output == "-":
        return "table"
    return _SUFFIX_FORMATS.get(os.path.splitext(output)[1].lower(), "table")


def _read_options(
    outlets: tuple[str, ...],
    manifest: str | None,
    max_size: float,
    progress: Callable[[str, int, int], None],
    *,
    encoding: str | None = None,
    recursive: bool = False,
) -> ReadOptions:
    from claimcmp.ingest import ReadOptions  # noqa: PLC0415
    from claimcmp.ingest.overrides import load_manifest, merge, parse_outlet_options  # noqa: PLC0415

    layers = [load_manifest(manifest)] if manifest else []
    layers.append(parse_outlet_options(outlets))
    return ReadOptions(
        max_bytes=int(max_size * 1_000_000),
        overrides=merge(*layers),
        progress=progress,
        encoding=encoding,
        recursive=recursive,
    )


@contextmanager
def _progress() -> Iterator[Callable[[str, int, int], None]]:
    from claimcmp.render.progress import ProgressBar  # noqa: PLC0415

    with ProgressBar() as bar:
        yield bar


@contextmanager
def _writing_progress(spool: SpooledResult, to_file: bool) -> Iterator[None]:
    """The progress bar hears of the writing (a table of 10,000 articles takes a minute), unless
    the output goes to the terminal the bar is drawn on."""
    if not to_file and sys.stdout.isatty():
        yield
        return
    with _progress() as bar:
        spool.progress = bar
        try:
            yield
        finally:
            spool.progress = None


def _report(articles: list[ArticleInfo], problems: list[Problem]) -> None:
    """Skipped inputs and warnings on stderr; exit 2 when no article could be read."""
    if not articles and len(problems) == 1:
        only = problems[0]
        _fail(f"{only.source}: {only.message}")
    for problem in problems:
        _say(f"skipped {problem.source}: {problem.message}")
    if not articles:
        _fail(f"no article could be read from the {len(problems)} inputs above")
    for article in articles:
        for warning in article.warnings:
            _say(f"warning: {article.source or article.id}: {warning}")


def _write(result: ExtractResult, fmt: str, output: str | None, force: bool) -> None:
    with open_output(output, force) as (out, is_terminal):
        color = is_terminal and "NO_COLOR" not in os.environ
        RENDERERS[fmt](result, out, color)


@cli.command(epilog=EXIT_CODES + "\n\n" + INPUTS, short_help="List every quote and attributed claim.")
@input_options
@output_options
def extract(
    *,
    paths: tuple[str, ...],
    outlets: tuple[str, ...],
    manifest: str | None,
    max_size: float,
    encoding: str | None,
    recursive: bool,
    fmt: str | None,
    output: str | None,
    force: bool,
    workers: int | None,
    dask: bool,
    scheduler: str | None,
) -> None:
    """List every quote and attributed claim in the articles at PATHS.

    Each claim carries its speaker (resolved within the article: "Kerry" →
    "John Kerry", "he" → the person meant), the cue verb, the source chain
    (via) and exact character offsets into the article's text.
    """
    from claimcmp.pipeline import run_extract_spooled  # noqa: PLC0415

    fmt = _format_for(fmt, output)
    if fmt == "html":
        _fail("--format html is the report of compare: claimcmp compare PATHS --format html -o report.html")
    _guarded(lambda: check_output(output, force))
    executor = _executor(dask, scheduler, workers)
    with _progress() as bar:
        options = _guarded(
            lambda: _read_options(outlets, manifest, max_size, bar, encoding=encoding, recursive=recursive)
        )
        spool = _guarded(lambda: run_extract_spooled(paths, options, _spool_format(fmt), executor=executor))
    with spool:
        _report(spool.articles, spool.problems)
        with _writing_progress(spool, output not in (None, "-")):
            _guarded(lambda: _write_spool(spool, fmt, output, force))


def _statuses(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if value is None:
        return None
    from claimcmp.filters import STATUSES  # noqa: PLC0415

    wanted = [s.strip().lower() for s in value.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in STATUSES]
    if unknown or not wanted:
        raise click.BadParameter(f"{value!r}: use a comma-separated list of {', '.join(STATUSES)}")
    return wanted


@cli.command(epilog=EXIT_CODES + "\n\n" + INPUTS, short_help="Line up what outlets report of each statement.")
@input_options
@output_options
@click.option("--one-event", is_flag=True, help="Treat all articles as one event (skip event detection).")
@click.option(
    "--status",
    "statuses",
    callback=_statuses,
    metavar="LIST",
    help="Show only groups with these statuses, e.g. conflict,variant (agree, variant, conflict, single).",
)
@click.option(
    "--speaker", metavar="NAME", help="Show only groups whose speaker contains NAME (case-insensitive)."
)
@click.option(
    "--min-score",
    type=click.FloatRange(0, 100),
    metavar="N",
    help="Drop versions scoring under N (0-100) against their group's reference, and groups left with none.",
)
@click.option("--fail-on-conflict", is_flag=True, help="Exit 1 when a shown group is a conflict.")
@click.option(
    "--per-event",
    metavar="DIR",
    help="Write JSON Lines into the folder DIR (new or empty), a file per event: events.jsonl "
    "lists the events, <event>.jsonl holds its groups (numbered as in the whole output).",
)
@click.option(
    "--semantic",
    is_flag=True,
    help="Also match paraphrases of one speaker by meaning (a small offline model; "
    "needs: pip install 'claimcmp[semantic]'; slower).",
)
def compare(
    *,
    paths: tuple[str, ...],
    outlets: tuple[str, ...],
    manifest: str | None,
    max_size: float,
    encoding: str | None,
    recursive: bool,
    fmt: str | None,
    output: str | None,
    force: bool,
    workers: int | None,
    dask: bool,
    scheduler: str | None,
    one_event: bool,
    statuses: list[str] | None,
    speaker: str | None,
    min_score: float | None,
    fail_on_conflict: bool,
    per_event: str | None,
    semantic: bool,
) -> None:
    """Group what outlets report of the same statement, and say where they agree or conflict.

    Statuses: agree (same words), variant (different wording, same claim),
    conflict (the versions disagree: numbers, negation, speaker, ...), single
    (one outlet only). Filters apply to every --format alike.
    """
    from claimcmp.filters import GroupFilter  # noqa: PLC0415
    from claimcmp.pipeline import run_compare_spooled  # noqa: PLC0415

    if per_event is not None:
        _guarded(lambda: _check_per_event(per_event, fmt, output))
        fmt = "jsonl"
    else:
        fmt = _format_for(fmt, output)
        _guarded(lambda: check_output(output, force))
    executor = _executor(dask, scheduler, workers)
    shown = GroupFilter.of(statuses, speaker, min_score)
    with _progress() as bar:
        options = _guarded(
            lambda: _read_options(outlets, manifest, max_size, bar, encoding=encoding, recursive=recursive)
        )
        scorer = _guarded(_semantic_scorer) if semantic else None
        spool = _guarded(
            lambda: run_compare_spooled(
                paths,
                one_event=one_event,
                options=options,
                semantic=scorer,
                fmt=_spool_format(fmt),
                shown=shown,
                executor=executor,
                contexts=fmt == "html",
            )
        )
    with spool:
        _report(spool.articles, spool.problems)
        with _writing_progress(spool, per_event is not None or output not in (None, "-")):
            if per_event is not None:
                _guarded(lambda: _write_per_event(spool, per_event))
            else:
                _guarded(lambda: _write_spool(spool, fmt, output, force))
        conflict = spool.has_conflict()
    if fail_on_conflict and conflict:
        sys.exit(1)


def _check_per_event(folder: str, fmt: str | None, output: str | None) -> None:
    if output is not None:
        raise InputError("--per-event writes its own files: give it without --output")
    if fmt not in (None, "jsonl"):
        raise InputError(f"--per-event writes JSON Lines, not {fmt}")
    check_output_folder(folder)


def _write_per_event(spool: SpooledResult, folder: str) -> None:
    with open_output_folder(folder) as part:
        spool.write_per_event(part)


def _spool_format(fmt: str) -> SpoolFormat:
    """JSON and JSON Lines are made in the workers and written straight from disk; the other
    formats render objects, loaded back once every stage is done."""
    return cast("SpoolFormat", fmt) if fmt in ("json", "jsonl") else "objects"


def _write_spool(spool: SpooledResult, fmt: str, output: str | None, force: bool) -> None:
    if fmt == "html":
        from claimcmp.render.html import render_html  # noqa: PLC0415

        result = spool.load()
        contexts = spool.load_contexts({c.id for c in result.claims})
        with open_output(output, force) as (out, _):
            render_html(result, out, contexts)
        return
    if spool.compare and fmt in ("csv", "markdown", "table"):  # group by group: bounded memory at any size
        from claimcmp.render.common import STATUS_ORDER  # noqa: PLC0415
        from claimcmp.render.flat import write_compare_csv  # noqa: PLC0415
        from claimcmp.render.markdown import write_compare_markdown  # noqa: PLC0415

        statuses = [s for s in STATUS_ORDER for _ in range(spool.statuses[s])]
        with open_output(output, force) as (out, is_terminal):
            color = is_terminal and "NO_COLOR" not in os.environ
            if fmt == "csv":
                write_compare_csv(spool.iter_groups(), {a.id: a.outlet for a in spool.articles}, out)
            elif fmt == "markdown":
                write_compare_markdown(spool.articles, statuses, spool.iter_groups(), out)
            else:
                from claimcmp.render.table import write_compare_table  # noqa: PLC0415 - rich only here

                write_compare_table(spool.articles, statuses, spool.iter_groups(), out, color)
        return
    if spool.fmt == "objects":
        _write(spool.load(), fmt, output, force)
        return
    with open_output(output, force) as (out, _):
        spool.write(out)


def _executor(dask: bool, scheduler: str | None, workers: int | None) -> ExecutorChoice:
    from claimcmp.executors import ExecutorChoice  # noqa: PLC0415

    if dask or scheduler:
        return ExecutorChoice("dask", workers=workers, scheduler=scheduler)
    return ExecutorChoice("local", workers=workers)


def _semantic_scorer() -> SemanticScorer:
    from claimcmp.semantic import load_semantic_scorer  # noqa: PLC0415 - onnxruntime only when asked

    return load_semantic_scorer()


@cli.command(epilog=EXIT_CODES, short_help="Print the JSON Schema of the JSON output.")
@click.option(
    "--for",
    "command",
    type=click.Choice(["compare", "extract"]),
    default="compare",
    show_default=True,
    help="The command whose --format json output to describe.",
)
def schema(command: str) -> None:
    """Print the JSON Schema of the --format json output (from the models)."""
    import json  # noqa: PLC0415

    from claimcmp.models import CompareResult, ExtractResult  # noqa: PLC0415

    model = CompareResult if command == "compare" else ExtractResult
    click.echo(json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False))


_SIGNALS = {signal.SIGTERM: ("terminated", 143), signal.SIGINT: ("interrupted", 130)}


def _terminate(signum: int, frame: object) -> None:
    for sig in _SIGNALS:  # a second kill or Ctrl-C must not cut the clean-up short
        signal.signal(sig, signal.SIG_IGN)
    raise Terminated(*_SIGNALS[signal.Signals(signum)])


def main() -> None:
    """The console script. SIGTERM and Ctrl-C end a run promptly: the workers stopped,
    temporary files removed, no partial output file, one line on stderr, exit 143 (130)."""
    for sig in _SIGNALS:  # rather than click's KeyboardInterrupt handling, which prints "Aborted!"
        signal.signal(sig, _terminate)
    try:
        cli()
    except Terminated as stop:
        _end(stop.message, stop.exit_code)


def _end(message: str, code: int) -> None:
    """Leave once the interrupted run has unwound (its `with` blocks stopped the workers and
    removed the temporary files and the unfinished output file). Exit hooks still run; a
    watchdog ends the process if one of them waits on a worker that was killed."""
    _say(message)
    sys.stderr.flush()
    watchdog = threading.Timer(_EXIT_GRACE_SECONDS, os._exit, args=(code,))
    watchdog.daemon = True
    watchdog.start()
    sys.exit(code)


_EXIT_GRACE_SECONDS = 1.5
