"""The Dask executor: per-article and per-event work on a Dask cluster (pip install 'claimcmp[dask]').

`--scheduler tcp://HOST:8786` uses a running cluster (its workers need claimcmp installed,
the same version); `--dask` starts a LocalCluster of worker processes (one thread each: the
stages are Python-bound) for the run and stops it after. Dask's scheduler places the tasks,
its workers spill to disk under memory pressure, and a worker that dies has its tasks
rerun elsewhere; a task that kills workers again and again ends the run with an error
instead of a wait.

Items go out in chunks (a task per item costs more in scheduling than extracting an article)
through a window of a few chunks per worker, so a million articles are never all in flight,
and results come back in input order (`parallel.windowed`, shared with the local pool).

Infrastructure: imports no stage; it runs the functions it is given.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from types import TracebackType
from typing import Any, Self, TypeVar

from claimcmp.errors import ClaimcmpError, InputError
from claimcmp.parallel import WINDOW_PER_WORKER, chunk_size, run_chunk, windowed

Item = TypeVar("Item")
Result = TypeVar("Result")

_CONNECT_TIMEOUT = "10s"


class DaskWorkerError(ClaimcmpError):
    """The cluster could not run a task: its workers died running it, or the cluster went away."""

    exit_code = 3


class DaskWorkers:
    """An `executors.Executor` on a Dask cluster: a running one, or a LocalCluster started here."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        try:  # an extra, loaded when asked for; untyped, and absent where the default install is checked
            distributed: Any = importlib.import_module("dask.distributed")
        except ImportError as exc:
            raise InputError("--dask and --scheduler need Dask: pip install 'claimcmp[dask]'") from exc
        Client, LocalCluster = distributed.Client, distributed.LocalCluster  # noqa: N806 - Dask's names
        self._cluster: Any = None
        if scheduler is not None:
            try:
                self._client: Any = Client(scheduler, timeout=_CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
            self.shares_files = False  # its workers may be on other machines
        else:
            self._cluster = LocalCluster(
                n_workers=workers or 2,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # a free port: no clash, no warning
                silence_logs=logging.ERROR,
            )
            self._client = Client(self._cluster)
            self.shares_files = True

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    @property
    def size(self) -> int:
        return max(1, len(self._client.scheduler_info().get("workers", {})))

    def imap(
        self, fn: Callable[[Item], Result], items: Iterable[Item], count: int, in_process: bool = False
    ) -> Iterator[Result]:
        if in_process or count == 0:
            return (fn(x) for x in items)
        return self._windowed(fn, iter(items), count)

    def _windowed(self, fn: Callable[[Item], Result], items: Iterator[Item], count: int) -> Iterator[Result]:
        size = self.size
        submit = partial(self._client.submit, run_chunk, fn, pure=False)
        return windowed(submit, _result, items, chunk_size(count, size), size * WINDOW_PER_WORKER)


def _result(future: Any) -> Any:
    killed: Any = importlib.import_module("distributed").KilledWorker
    try:
        return future.result()
    except killed as exc:
        raise DaskWorkerError(f"Dask workers died running a task ({exc}); see the workers' logs") from exc
