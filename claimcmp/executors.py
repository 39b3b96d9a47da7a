"""Where per-article and per-event work runs, behind one interface: this process, local worker
processes, or a Dask cluster.

The orchestration (orchestration.py) opens one executor per batch and maps the stages over
it with `imap` (results handed over in input order, as they are ready). Every executor gives
the same results in the same order, so the output is byte-identical whichever runs it.

- `local` (the default): `parallel.Workers`, a process pool on this machine, or this process
  alone for small batches;
- `dask`: `dask_executor.DaskWorkers`, on a running Dask scheduler (`--scheduler
  tcp://HOST:8786`) or on a LocalCluster of worker processes started for the run (`--dask`).
  Dask's own scheduler, workers and spilling do the distributing (pip install 'claimcmp[dask]').

Infrastructure: this module runs what it is given and imports no stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Literal, Protocol, Self, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class Executor(Protocol):
    """A pool of workers for one batch; a context manager that stops its workers on exit."""

    # False when workers run on other machines: they cannot read this machine's temporary files
    shares_files: bool

    def __enter__(self) -> Self: ...

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None: ...

    def imap(
        self, fn: Callable[[Item], Result], items: Iterable[Item], count: int, in_process: bool = False
    ) -> Iterator[Result]:
        """`fn(x) for x in items` (`count` of them) in input order, each handed over when ready.
        `in_process` keeps the work here (a function holding a native session)."""
        ...


@dataclass(frozen=True)
class ExecutorChoice:
    """Which executor a run uses: what the CLI's --dask, --scheduler and --workers say."""

    kind: Literal["local", "dask"] = "local"
    workers: int | None = None  # local: processes (default: the cores, up to 8); dask: LocalCluster workers
    scheduler: str | None = None  # dask: a running scheduler's address; None starts a LocalCluster

    def open(self, batch: int) -> Executor:
        """An executor for a batch of `batch` items (local runs small batches in this process)."""
        if self.kind == "dask":
            from claimcmp.dask_executor import DaskWorkers  # noqa: PLC0415 - dask only when asked for

            return DaskWorkers(scheduler=self.scheduler, workers=self.workers)
        from claimcmp.parallel import Workers  # noqa: PLC0415 - keeps this module light

        return Workers(batch, self.workers)


LOCAL = ExecutorChoice()
