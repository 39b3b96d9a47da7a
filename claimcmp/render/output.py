"""Where rendered output goes: stdout, or a file that is never overwritten by accident.

A file appears only once the whole output is rendered, so a failed run leaves
no half-written file behind.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from claimcmp.errors import InputError

STDOUT = "-"


def check_output(output: str | None, force: bool) -> None:
    """Before any work: InputError when output names a folder, an existing file (and force is
    off), or a place where no file can be made (a missing or read-only folder)."""
    if output is None or output == STDOUT:
        return
    path = Path(output)
    if path.is_dir():
        raise InputError(f"--output {output}: is a folder")
    if path.exists() and not force:
        raise InputError(f"--output {output}: already exists (use --force to overwrite it)")
    _check_writable(f"--output {output}", path.parent)


def _check_writable(what: str, folder: Path) -> None:
    """InputError naming `what` unless `folder` exists and new files can be made in it."""
    if not folder.is_dir():
        raise InputError(f"{what}: cannot write (no such folder {folder})")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{what}: cannot write (permission denied in {folder})")


@contextmanager
def open_output(output: str | None, force: bool) -> Iterator[tuple[TextIO, bool]]:
    """(stream, is a terminal) to render into; a file appears only when the block ends well.

    A file is rendered into a hidden temporary file beside it, then put in place in one
    step: a failed run leaves nothing behind, and a large output never has to be held
    in memory whole.
    """
    if output is None or output == STDOUT:
        yield sys.stdout, sys.stdout.isatty()
        sys.stdout.flush()
        return
    path = Path(output)
    try:
        part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        # O_EXCL: never anyone else's file; 0o666: the user's umask decides, as for any new file
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise InputError(f"--output {path}: cannot write ({exc.strerror or exc})") from exc
    try:
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream, False
        _put_in_place(part, path, force)
    finally:
        part.unlink(missing_ok=True)


def _put_in_place(part: Path, path: Path, force: bool) -> None:
    """Move the finished part to path; without force, never over a file that appeared meanwhile."""
    try:
        if force:
            os.replace(part, path)
        else:
            os.link(part, path)  # fails if path exists: no check-then-write race
    except FileExistsError as exc:
        raise InputError(f"--output {path}: already exists (use --force to overwrite it)") from exc
    except OSError as exc:
        if not force and not path.exists():  # a file system without hard links
            os.replace(part, path)
            return
        raise InputError(f"--output {path}: cannot write ({exc.strerror or exc})") from exc


def check_output_folder(folder: str) -> None:
    """Before any work: InputError unless `folder` is new (its parent a writable folder) or an
    empty folder. A folder's files are never overwritten, even with --force."""
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise InputError(f"--per-event {folder}: is a file, not a folder")
    if path.is_dir() and any(path.iterdir()):
        raise InputError(f"--per-event {folder}: is not empty (give a new or empty folder)")
    _check_writable(f"--per-event {folder}", path.absolute().parent)


@contextmanager
def open_output_folder(folder: str) -> Iterator[Path]:
    """A folder to write into that appears at `folder` only when the block ends well (a hidden
    folder beside it until then, removed on any failure)."""
    path = Path(folder)
    part = path.absolute().parent / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        part.mkdir()
    except OSError as exc:
        raise InputError(f"--per-event {folder}: cannot write ({exc.strerror or exc})") from exc
    try:
        yield part
        if path.is_dir():
            path.rmdir()  # empty, as checked; fails (and keeps it) if something appeared meanwhile
        part.rename(path)
    except OSError as exc:
        raise InputError(f"--per-event {folder}: cannot write ({exc.strerror or exc})") from exc
    finally:
        shutil.rmtree(part, ignore_errors=True)
