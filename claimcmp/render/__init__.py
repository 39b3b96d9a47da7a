"""Renderers: one function per output format, each over the same result object.

A renderer writes to a text stream; `color` says whether the stream is a
terminal that wants colour (tables only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from claimcmp.models import ExtractResult

Renderer = Callable[[ExtractResult, TextIO, bool], None]


def _json(result: ExtractResult, out: TextIO, color: bool) -> None:
    out.write(result.model_dump_json(indent=2) + "\n")


def _table(result: ExtractResult, out: TextIO, color: bool) -> None:
    from claimcmp.render.table import render_table

    render_table(result, out, color)


RENDERERS: dict[str, Renderer] = {"table": _table, "json": _json}
