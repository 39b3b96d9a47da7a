"""Read articles from files, folders and stdin into `Article` models.

A bad file costs that file, not the batch: `read_articles` returns the
articles it could read and a `Problem` for each one it could not.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from claimcmp.errors import InputError
from claimcmp.metadata import detect_metadata
from claimcmp.models import Article, Problem

TEXT_SUFFIXES = {".txt", ".text", ".md"}
_BINARY_SNIFF = 8192


def iter_sources(paths: Iterable[str]) -> Iterator[Path | None]:
    """Expand paths: a folder gives its article files (sorted), '-' gives None (stdin)."""
    for raw in paths:
        if raw == "-":
            yield None
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                raise InputError(f"{raw}: no article files (*.txt) in this folder")
            yield from found
        elif path.exists():
            yield path
        else:
            raise InputError(f"{raw}: no such file or folder")


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Text of a file as Path.read_text gives it (UTF-8, universal newlines)."""
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(f"{source}: looks like a binary file, not text")
    warnings = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        warnings.append("invalid UTF-8 replaced with U+FFFD; offsets index the repaired text")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{source}: empty file")
    return text, warnings


def read_article(path: Path | None, stdin_id: str = "stdin") -> Article:
    """One article from a text file, or from stdin when path is None."""
    if path is None:
        data = sys.stdin.buffer.read()
        source, article_id = "-", stdin_id
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
        source, article_id = str(path), path.stem
    text, warnings = decode(data, source)
    meta = detect_metadata(text)
    return Article(id=article_id, text=text, source=source, warnings=warnings, **meta)


def read_articles(paths: Iterable[str]) -> tuple[list[Article], list[Problem]]:
    """Every readable article under the paths; unreadable ones become problems."""
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for path in iter_sources(paths):
        try:
            article = read_article(path)
        except InputError as exc:
            problems.append(Problem(source=str(path or "-"), message=str(exc)))
            continue
        if article.id in seen:
            article = article.model_copy(update={"id": _unique_id(article.id, seen)})
        seen.add(article.id)
        articles.append(article)
    return articles, problems


def _unique_id(base: str, seen: set[str]) -> str:
    n = 2
    while f"{base}-{n}" in seen:
        n += 1
    return f"{base}-{n}"
