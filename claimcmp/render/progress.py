"""A progress bar on stderr for runs over many files.

`ProgressBar` is the callback the pipeline reports to: (phase, done, total).
It draws nothing for short runs or when stderr is not a terminal, and it
imports rich only once it has something to draw.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

MIN_ITEMS = 20


class ProgressBar:
    """Reports progress when there are more than `min_items` items and `stream` is a terminal."""

    def __init__(
        self, stream: TextIO | None = None, min_items: int = MIN_ITEMS, force: bool | None = None
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.min_items = min_items
        self.enabled = self.stream.isatty() if force is None else force
        self._progress: Progress | None = None
        self._tasks: dict[str, TaskID] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.enabled or total <= self.min_items:
            return
        progress = self._start()
        task = self._tasks.get(phase)
        if task is None:
            task = self._tasks[phase] = progress.add_task(phase, total=total)
        progress.update(task, completed=done, total=total)

    def _start(self) -> Progress:
        if self._progress is None:
            from rich.console import Console  # noqa: PLC0415 - rich only once there is a bar
            from rich.progress import Progress  # noqa: PLC0415

            console = Console(file=self.stream, force_terminal=self.enabled)
            self._progress = Progress(console=console, transient=True)
            self._progress.start()
        return self._progress

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
