"""Which inputs the command line names, and what kind each one is.

A file's kind comes from its suffix; a file named on the command line with
another suffix, and stdin, are sniffed: JSON when the text starts with `{`
or `[`, HTML when it starts with an HTML tag, plain text otherwise. A folder
gives its files of the known kinds (not hidden files); its subfolders too when
asked (`recursive`), else each is reported as skipped, as are links to nothing,
pipes, sockets and devices. One file named twice, or reached through a link,
is read once, with a note.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from claimcmp.models import Problem

Kind = Literal["text", "html", "json", "jsonl", "parquet"]

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
    ".parquet": "parquet",
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


def expand(paths: Iterable[str], recursive: bool = False) -> tuple[list[Source], list[Problem]]:
    """Sources named by paths, in order; a problem for each path that names none, and a note for
    each entry of a folder that was skipped or each file met twice."""
    sources: list[Source] = []
    problems: list[Problem] = []
    seen: dict[tuple[int, int], str] = {}
    for raw in paths:
        found, found_problems = _expand_one(raw, any(s.path is None for s in sources), recursive)
        problems.extend(found_problems)
        for source in found:
            identity = _identity(source)
            if identity is not None and identity in seen:
                problems.append(
                    Problem(source=source.label, message=f"the same file as {seen[identity]}; read once")
                )
                continue
            if identity is not None:
                seen[identity] = source.label
            sources.append(source)
    return sources, problems


def _identity(source: Source) -> tuple[int, int] | None:
    """Device and inode: one file however it is named (a second path, a link)."""
    if source.path is None:
        return None
    try:
        info = source.path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _expand_one(raw: str, stdin_taken: bool, recursive: bool) -> tuple[list[Source], list[Problem]]:
    if raw == STDIN:
        if stdin_taken:
            return [], [Problem(source=raw, message="stdin given twice; read once")]
        return [Source(None, None)], []
    path = Path(raw)
    try:
        if path.is_dir():
            found, skipped = folder_sources(path, recursive)
            if not found:
                skipped.append(
                    Problem(source=raw, message=f"no article files ({known_suffixes()}) in this folder")
                )
            return found, skipped
        if path.is_file():
            return [Source(path, SUFFIX_KINDS.get(path.suffix.lower()))], []
        if path.is_symlink():
            return [], [Problem(source=raw, message="a link to nothing")]
        if path.exists():
            return [], [Problem(source=raw, message="not a regular file")]
    except OSError as exc:
        return [], [Problem(source=raw, message=f"cannot read ({exc.strerror or exc})")]
    return [], [Problem(source=raw, message="no such file or folder")]


def folder_sources(folder: Path, recursive: bool = False) -> tuple[list[Source], list[Problem]]:
    """A folder's article files of known kinds, sorted by name (subfolders' too when recursive),
    and what was skipped in it: subfolders (unless recursive), links to nothing, pipes and the
    like, entries that cannot be read. Files of other kinds and hidden entries pass silently."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        return [], [Problem(source=str(folder), message=f"cannot list this folder ({exc.strerror or exc})")]
    found: list[Source] = []
    skipped: list[Problem] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                if recursive and not entry.is_symlink():  # no loops through links
                    more, more_skipped = folder_sources(entry, recursive)
                    found.extend(more)
                    skipped.extend(more_skipped)
                elif not recursive:
                    skipped.append(
                        Problem(source=str(entry), message="a folder inside a folder (-r reads them)")
                    )
                continue
            if entry.suffix.lower() not in SUFFIX_KINDS:
                continue
            if entry.is_file():
                found.append(Source(entry, SUFFIX_KINDS[entry.suffix.lower()]))
            elif entry.is_symlink() and not entry.exists():
                skipped.append(Problem(source=str(entry), message="a link to nothing"))
            else:
                skipped.append(
                    Problem(source=str(entry), message="not a regular file (a pipe, socket or device)")
                )
        except OSError as exc:
            skipped.append(Problem(source=str(entry), message=f"cannot read ({exc.strerror or exc})"))
    return found, skipped


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
