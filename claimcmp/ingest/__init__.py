"""Read articles from files, folders and stdin into `Article` models.

Plain text (.txt, .md), saved web pages (.html, needs the `html` extra), and
JSON records (.json: one object or a list; .jsonl: one a line). Metadata
the user gives (`Overrides`) wins over what the inputs show.

A bad input costs that input, not the batch: `read_articles` returns the
articles it could read and a `Problem` for each input it could not.
`stream_articles` reads the same articles one input at a time, as they are
taken, so a corpus of any size is never all in memory (a file of records, a
shard, is one input).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimcmp.errors import InputError
from claimcmp.ingest.build import DEFAULT_MAX_BYTES, make_article, too_large
from claimcmp.ingest.overrides import Overrides, apply_overrides
from claimcmp.ingest.sources import Source, expand, sniff
from claimcmp.ingest.text import decode
from claimcmp.models import Article, Problem

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ArticleStream",
    "Progress",
    "ReadOptions",
    "decode",
    "read_articles",
    "read_source",
    "stream_articles",
]

# A file of JSON records may hold this many articles' worth of bytes; each
# record's text is held to the limit for one article.
RECORD_FILE_FACTOR = 50
# articles read, and problems with inputs that could not be
Found = tuple[list[Article], list[Problem]]
# phase ("reading", "extracting", ...), items done, items in all
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ReadOptions:
    """How to read: the size limit for one article, the user's metadata, a progress callback,
    and the encoding when the user names one."""

    max_bytes: int = DEFAULT_MAX_BYTES
    overrides: Overrides = field(default_factory=Overrides)
    progress: Progress | None = None
    encoding: str | None = None  # a Python codec name: how to read every input (default: sniffed)
    recursive: bool = False  # read the folders inside folders too


def read_articles(paths: Iterable[str], options: ReadOptions | None = None) -> Found:
    """Every readable article under the paths; unreadable inputs become problems."""
    opts = options or ReadOptions()
    stream = stream_articles(paths, opts)
    articles = list(stream)
    problems = stream.problems
    if opts.overrides:
        articles, unmatched = apply_overrides(articles, opts.overrides)
        problems.extend(unmatched)
    return articles, problems


@dataclass
class ArticleStream:
    """The articles under some paths, read one input at a time as they are iterated (once).

    `problems` fills as inputs are read: those the paths name (missing files, skipped
    entries) at once, each unreadable input or record when it is met. `expected` is how
    many articles to expect, known before reading: one an input, the lines of a JSON Lines
    file (a count of line breaks, not a parse).
    """

    sources: list[Source]
    problems: list[Problem]
    options: ReadOptions
    expected: int = 0

    def __iter__(self) -> Iterator[Article]:
        opts = self.options
        seen: set[str] = set()
        for done, source in enumerate(self.sources, start=1):
            for found, bad in _pieces(source, opts, self.problems):
                self.problems.extend(bad)
                for article in found:
                    yield _unique(article, seen)
            if opts.progress is not None:
                opts.progress("reading", done, len(self.sources))


def _pieces(source: Source, opts: ReadOptions, problems: list[Problem]) -> Iterator[Found]:
    """An input's articles and problems, in pieces (a Parquet file's row batches); an input that
    cannot be read (or read on) becomes one problem, after the pieces read before it."""
    try:
        yield from _source_pieces(source, opts.max_bytes, opts.encoding)
    except InputError as exc:
        problems.append(Problem(source=source.label, message=_message(exc, source)))


def stream_articles(paths: Iterable[str], options: ReadOptions | None = None) -> ArticleStream:
    """The articles under the paths, to be read as they are taken (see `ArticleStream`).
    The user's metadata (`ReadOptions.overrides`) is not applied here: an override names an
    article by a prefix of its id, unique among all of them, so it needs `read_articles`."""
    opts = options or ReadOptions()
    sources, problems = expand(paths, opts.recursive)
    return ArticleStream(sources, problems, opts, sum(_expected(s) for s in sources))


def _expected(source: Source) -> int:
    """Articles an input should hold, known before it is read: a Parquet file's rows, a JSON
    Lines file's lines, a JSON file's size over a typical article's, else one. (An estimate for
    a JSON file: it decides whether worker processes pay, and the progress bar's total.)"""
    if source.path is None or source.kind not in {"parquet", "jsonl", "json"}:
        return 1
    if source.kind == "parquet":
        from claimcmp.ingest.parquet import parquet_rows  # noqa: PLC0415 - pyarrow only when needed

        try:
            return max(1, parquet_rows(source.path, source.label))
        except InputError:
            return 1  # reading it will say why
    try:
        if source.kind == "json":
            return max(1, source.path.stat().st_size // _BYTES_PER_ARTICLE)
        lines, last = 0, b"\n"
        with open(source.path, "rb") as file:
            while block := file.read(1 << 20):
                lines += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return 1  # reading it will say why
    return max(1, lines + (last != b"\n"))


_BYTES_PER_ARTICLE = 5_000  # a news article as a JSON record, about


def _message(exc: InputError, source: Source) -> str:
    """The error without the source label it may start with (the problem names it)."""
    text = str(exc)
    prefix = f"{source.label}: "
    return text[len(prefix) :] if text.startswith(prefix) else text


def read_source(source: Source, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Found:
    """The articles in one input (a JSON or Parquet file may hold many) and problems with its records."""
    pieces = list(_source_pieces(source, max_bytes, encoding))
    return [a for found, _ in pieces for a in found], [p for _, bad in pieces for p in bad]


def _source_pieces(source: Source, max_bytes: int, encoding: str | None) -> Iterator[Found]:
    """An input's articles and problems: a Parquet file's a batch of rows at a time, any other
    input's at once."""
    if source.kind == "parquet" and source.path is not None:
        from claimcmp.ingest.parquet import read_parquet  # noqa: PLC0415 - pyarrow only when needed

        yield from read_parquet(source.path, source.label, source.stem, max_bytes)
    else:
        yield _read_whole(source, max_bytes, encoding)


def _read_whole(source: Source, max_bytes: int, encoding: str | None) -> Found:
    records = source.kind in {None, "json", "jsonl"}  # stdin and unknown suffixes may be records
    data = _read_bytes(source, max_bytes * RECORD_FILE_FACTOR if records else max_bytes)
    kind = source.kind or sniff(data)
    if kind in {"json", "jsonl"}:
        return _record_articles(data, source, kind, max_bytes, encoding)
    if len(data) > max_bytes:
        raise InputError(too_large(len(data), max_bytes))
    if kind == "html":
        return [_html_article(data, source, max_bytes, encoding)], []
    return [_text_article(data, source, encoding=encoding)], []


def _read_bytes(source: Source, max_bytes: int) -> bytes:
    """The input's bytes; InputError past max_bytes (checked before reading a file)."""
    if source.path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        _check_size(source.path, max_bytes)
        try:
            data = source.path.read_bytes()
        except OSError as exc:
            raise InputError(f"{source.label}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise InputError(too_large(len(data), max_bytes))
    return data


def _check_size(path: Path, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if size > max_bytes:
        raise InputError(too_large(size, max_bytes))


def _record_articles(
    data: bytes, source: Source, kind: str, max_bytes: int, encoding: str | None = None
) -> Found:
    from claimcmp.ingest.records import read_records  # noqa: PLC0415 - json only when needed

    try:
        return read_records(data, source.label, source.stem, kind == "jsonl", max_bytes, encoding=encoding)
    except InputError as exc:
        if source.kind is not None:
            raise
        note = f"starts like JSON but is not ({_message(exc, source)}); read as plain text"
        return [_text_article(data, source, [note], encoding)], []


def _text_article(
    data: bytes, source: Source, warnings: Iterable[str] = (), encoding: str | None = None
) -> Article:
    text, found = decode(data, source.label, encoding)
    return make_article(source.stem, text, source.label, {}, [*warnings, *found])


def _html_article(data: bytes, source: Source, max_bytes: int, encoding: str | None = None) -> Article:
    from claimcmp.ingest.html import extract_page  # noqa: PLC0415 - imports trafilatura

    text, _ = decode(data, source.label, encoding)  # binary and empty files fail here, before trafilatura
    # trafilatura finds a page's declared encoding itself; the user's --encoding wins over it
    fields = extract_page(text if encoding is not None else data, source.label)
    text = fields.pop("text")
    if len(text) > max_bytes:
        raise InputError(too_large(len(text), max_bytes))
    return make_article(source.stem, text, source.label, fields, [])


def unique_ids(articles: list[Article]) -> list[Article]:
    """Articles with repeated ids renamed `<id>-2`, `<id>-3`, ... in order."""
    seen: set[str] = set()
    return [_unique(article, seen) for article in articles]


def _unique(article: Article, seen: set[str]) -> Article:
    """The article, renamed `<id>-2`, `<id>-3`, ... when its id is in `seen`; its id noted there."""
    renamed = article
    if article.id in seen:
        renamed = article.model_copy(update={"id": _unique_id(article.id, seen)})
    seen.add(renamed.id)
    return renamed


def _unique_id(base: str, seen: set[str]) -> str:
    n = 2
    while f"{base}-{n}" in seen:
        n += 1
    return f"{base}-{n}"
