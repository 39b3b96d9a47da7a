"""Renderers: one function per output format, each over the same result object.

A renderer takes an `ExtractResult` (or its subclass `CompareResult`), a
text stream and whether that stream is a colour terminal (tables only), and
writes the whole result. Every format is drawn from the same object, so the
table and the JSON never disagree.

Importing this module is cheap: each renderer imports its own module (and
rich, or pydantic's models) only when it runs, which keeps `--help` fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from claimcmp.models import ExtractResult

Renderer = Callable[["ExtractResult", TextIO, bool], None]

# Each wrapper defers its import: PLC0415 is the point here.


def _json(result: ExtractResult, out: TextIO, color: bool) -> None:
    from claimcmp.render.json_stream import write_json  # noqa: PLC0415

    write_json(result, out)
    out.write("\n")


def _jsonl(result: ExtractResult, out: TextIO, color: bool) -> None:
    from claimcmp.render.flat import render_jsonl  # noqa: PLC0415

    render_jsonl(result, out, color)


def _csv(result: ExtractResult, out: TextIO, color: bool) -> None:
    from claimcmp.render.flat import render_csv  # noqa: PLC0415

    render_csv(result, out, color)


def _markdown(result: ExtractResult, out: TextIO, color: bool) -> None:
    from claimcmp.render.markdown import render_markdown  # noqa: PLC0415

    render_markdown(result, out, color)


def _table(result: ExtractResult, out: TextIO, color: bool) -> None:
    from claimcmp.render.table import render_table  # noqa: PLC0415 - rich costs ~60 ms

    render_table(result, out, color)


def _html(result: ExtractResult, out: TextIO, color: bool) -> None:
    from claimcmp.render.html import render_html  # noqa: PLC0415 - jinja2 only for a report

    render_html(result, out)


RENDERERS: dict[str, Renderer] = {
    "table": _table,
    "json": _json,
    "jsonl": _jsonl,
    "csv": _csv,
    "markdown": _markdown,
    "html": _html,  # compare only; the CLI adds each claim's paragraph (render.html.render_html)
}
