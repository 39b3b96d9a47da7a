"""Which inputs the command line names, and what kind each one is.

A file's kind comes from its suffix; a file named on the command line with
another suffix, and stdin, are sniffed: JSON when the text starts with `{`
or `[`, HTML when it starts with an HTML tag, plain text otherwise. A folder
gives its files of the known kinds (not its subfolders, not hidden files).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from claimcmp.models import Problem

Kind = Literal["text", "html", "json", "jsonl"]

SUFFIX_KINDS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
STDIN = "-"
_HTML_MARKS = (b"<!doctype html", b"<html", b"<body")


@dataclass(frozen=True)
class Source:
    """One input: a file, or stdin when path is None; kind None means sniff it."""

    path: Path | None
    kind: Kind | None

    @property
    def label(self) -> str:
        return STDIN if self.path is None else str(self.path)

    @property
    def stem(self) -> str:
        return "stdin" if self.path is None else self.path.stem


def expand(paths: Iterable[str]) -> tuple[list[Source], list[Problem]]:
    """Sources named by paths, in order; a problem for each path that names none."""
    sources: list[Source] = []
    problems: list[Problem] = []
    for raw in paths:
        found, problem = _expand_one(raw, any(s.path is None for s in sources))
        sources.extend(found)
        if problem is not None:
            problems.append(Problem(source=raw, message=problem))
    return sources, problems


def _expand_one(raw: str, stdin_taken: bool) -> tuple[list[Source], str | None]:
    if raw == STDIN:
        return ([], "stdin given twice; read once") if stdin_taken else ([Source(None, None)], None)
    path = Path(raw)
    if path.is_dir():
        found = folder_sources(path)
        return found, None if found else f"no article files ({known_suffixes()}) in this folder"
    if path.is_file():
        return [Source(path, SUFFIX_KINDS.get(path.suffix.lower()))], None
    if path.exists():
        return [], "not a regular file"
    return [], "no such file or folder"


def folder_sources(folder: Path) -> list[Source]:
    """A folder's article files of known kinds, sorted by name."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    return [
        Source(p, SUFFIX_KINDS[p.suffix.lower()])
        for p in entries
        if p.suffix.lower() in SUFFIX_KINDS and not p.name.startswith(".") and p.is_file()
    ]


def known_suffixes() -> str:
    return ", ".join(f"*{s}" for s in SUFFIX_KINDS)


def sniff(data: bytes) -> Kind:
    """The kind of an input from its first bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n\f").lower()
    if head[:1] in {b"{", b"["}:
        return "json"
    if head[:1] == b"<" and any(mark in head for mark in _HTML_MARKS):
        return "html"
    return "text"
