"""Articles from Parquet files of records (pip install 'claimcmp[parquet]'), a batch of rows at a time.

A Parquet file holds rows with the columns a JSON record has (records.py: "text"
required; "id", "outlet", "title", "date", "url" and their aliases optional); other
columns are not read. Rows are read in batches, so a shard of any size is never in
memory whole. A row that is not an article (no text, a text over the size limit) is
a problem of its own; the other rows are still read.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimcmp.errors import InputError
from claimcmp.ingest.records import FIELD_ALIASES, record_article
from claimcmp.models import Article, Problem

_BATCH_ROWS = 256
_COLUMNS = {"text", "id", *(key for keys in FIELD_ALIASES.values() for key in keys)}


def _parquet() -> Any:
    try:  # an extra, loaded when a .parquet file is met; untyped
        return importlib.import_module("pyarrow.parquet")
    except ImportError as exc:
        raise InputError("reading .parquet files needs pyarrow: pip install 'claimcmp[parquet]'") from exc


def _arrow_errors() -> tuple[type[BaseException], ...]:
    return (OSError, importlib.import_module("pyarrow").ArrowException)


def _open(path: Path, label: str) -> Any:
    parquet = _parquet()
    try:
        return parquet.ParquetFile(path)
    except _arrow_errors() as exc:  # not Parquet, truncated, unreadable
        raise InputError(f"{label}: not a Parquet file ({exc})") from exc


def parquet_rows(path: Path, label: str) -> int:
    """How many rows the file holds, from its footer (no row is read)."""
    return int(_open(path, label).metadata.num_rows)


def read_parquet(
    path: Path, label: str, stem: str, max_bytes: int
) -> Iterator[tuple[list[Article], list[Problem]]]:
    """The file's articles, and its rows' problems, a batch of rows at a time."""
    file = _open(path, label)
    columns = [name for name in file.schema_arrow.names if name in _COLUMNS]
    if "text" not in columns:
        raise InputError(f'{label}: no "text" column')
    many = file.metadata.num_rows > 1
    row = 0
    try:
        for batch in file.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            articles: list[Article] = []
            problems: list[Problem] = []
            for record in batch.to_pylist():
                row += 1
                where = f"{label}#{row}" if many else label
                try:
                    articles.append(
                        record_article(record, where, f"{stem}-{row}" if many else stem, max_bytes)
                    )
                except InputError as exc:
                    problems.append(Problem(source=where, message=str(exc).removeprefix(f"{where}: ")))
            yield articles, problems
    except _arrow_errors() as exc:  # a damaged row group: the rows before it are kept
        raise InputError(f"{label}: cannot read past row {row} ({exc})") from exc
