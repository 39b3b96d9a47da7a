"""Where rendered output goes: stdout, or a file that is never overwritten by accident.

A file is written only once the whole output is rendered, so a failed run
leaves no half-written file behind.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from claimcmp.errors import InputError

STDOUT = "-"


def refuse_overwrite(output: str | None, force: bool) -> None:
    """InputError when output names an existing file (and force is off) or a folder."""
    if output is None or output == STDOUT:
        return
    path = Path(output)
    if path.is_dir():
        raise InputError(f"--output {output}: is a folder")
    if path.exists() and not force:
        raise InputError(f"--output {output}: already exists (use --force to overwrite it)")


@contextmanager
def open_output(output: str | None, force: bool) -> Iterator[tuple[TextIO, bool]]:
    """(stream, is a terminal) to render into; a file is written when the block ends."""
    if output is None or output == STDOUT:
        yield sys.stdout, sys.stdout.isatty()
        sys.stdout.flush()
        return
    buffer = io.StringIO()
    yield buffer, False
    write_file(Path(output), buffer.getvalue(), force)


def write_file(path: Path, text: str, force: bool) -> None:
    """text into path: mode 'x' refuses an existing file unless force."""
    try:
        with path.open("w" if force else "x", encoding="utf-8", newline="") as out:
            out.write(text)
    except FileExistsError as exc:
        raise InputError(f"--output {path}: already exists (use --force to overwrite it)") from exc
    except OSError as exc:
        raise InputError(f"--output {path}: cannot write ({exc.strerror or exc})") from exc
