"""Map a per-article or per-event stage over processes when a batch is large enough to pay.

Extraction and alignment are Python-bound (the GIL rules out threads) and each
article, and each event, is independent, so a process pool gives near-linear
speed-up on large batches. Small batches run in-process: the first pool of a
process takes ~0.6 s to start (a fork server importing claimcmp, then the workers),
which extraction of 100 articles does not repay (0.61 s in one process, 0.83 s with
workers) and 400 articles do (2.24 s against 1.70 s); compare is even at 200.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import pickle
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing.context import BaseContext
from types import TracebackType
from typing import Any, Protocol, TypeVar

from claimcmp.errors import ClaimcmpError
from claimcmp.memory import release_freed_memory

MIN_BATCH_FOR_PROCESSES = 256
_CHUNKS_PER_WORKER = 8  # small chunks balance uneven items; fewer chunks cost fewer round trips
_MAX_CHUNK = 32
WINDOW_PER_WORKER = 4  # chunks in flight per worker: enough to keep it busy, few enough to bound memory

Item = TypeVar("Item")
Result = TypeVar("Result")
Progress = Callable[[int, int], None]


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class Workers:
    """A process pool for one batch, started on first use and shared by its stages.

    `start_map` hands the items to the workers and returns at once, so this process
    can do other work (find events) while they run; calling the returned function
    collects the results in input order. With one worker, or a batch smaller than
    `min_batch`, everything runs in this process when collected.
    """

    shares_files = True  # every worker runs on this machine (see executors.Executor)

    def __init__(self, batch: int, workers: int | None = None, min_batch: int | None = None):
        self.size = default_workers() if workers is None else max(1, workers)
        if batch < max(2, MIN_BATCH_FOR_PROCESSES if min_batch is None else min_batch):
            self.size = 1
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._pool is None:
            return
        if error is not None:  # interrupted, terminated or failed
            end_pool(self._pool)
        else:
            self._pool.shutdown()

    def start_map(
        self,
        fn: Callable[[Item], Result],
        items: Sequence[Item],
        on_done: Progress | None = None,
        in_process: bool = False,
    ) -> Callable[[], list[Result]]:
        """Start `[fn(x) for x in items]`; the returned function waits for it.

        `in_process` keeps this map here; so does a function that cannot be pickled (a
        lambda, a closure), which a pool would fail on in a background thread and hang.
        `on_done(done, total)` is called as items finish (for a progress bar).
        """
        results = self.imap(fn, items, len(items), in_process)
        return lambda: _collect(results, len(items), on_done)

    def imap(
        self, fn: Callable[[Item], Result], items: Iterable[Item], count: int, in_process: bool = False
    ) -> Iterator[Result]:
        """`fn(x) for x in items` (`count` of them) in input order, each result handed over as it is
        ready, so the caller can let it go before the next. Items are taken from `items` only as
        workers need them (a few chunks ahead of each), so a lazy stream of a million articles
        is never all in memory; in this process they are taken one at a time."""
        if self.size == 1 or in_process or count < 2 or not _can_send(fn):
            return (fn(x) for x in items)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.size, mp_context=_start_method(), initializer=quiet_worker
            )
        pool = self._pool
        tasks = windowed(
            lambda batch: pool.submit(run_chunk, fn, batch),
            _finished,
            iter(items),
            chunk_size(count, self.size),
            self.size * WINDOW_PER_WORKER,
        )
        return _reporting_deaths(tasks)


class Task(Protocol):
    """A submitted chunk: a `concurrent.futures.Future`, or a Dask future."""

    def result(self) -> Any: ...

    def cancel(self) -> bool: ...


def chunk_size(count: int, workers: int) -> int:
    """Items a task takes: about `_CHUNKS_PER_WORKER` tasks per worker, at most `_MAX_CHUNK` items."""
    return max(1, min(_MAX_CHUNK, count // (workers * _CHUNKS_PER_WORKER)))


def windowed(
    submit: Callable[[list[Item]], Task],
    finished: Callable[[Task], list[Result]],
    items: Iterator[Item],
    chunk: int,
    window: int,
) -> Iterator[Result]:
    """The results of tasks over chunks of `items`, in order, with at most `window` tasks
    submitted and not yet handed over, so items are taken only as workers need them
    (`ProcessPoolExecutor.map` takes every item at once). `submit` starts a task on a chunk;
    `finished` waits for a task's results. Tasks still queued when the caller stops early
    (an error, a signal) are cancelled."""
    pending: deque[Task] = deque()

    def submit_next() -> bool:
        batch = list(islice(items, chunk))
        if batch:
            pending.append(submit(batch))
        return bool(batch)

    while len(pending) < window and submit_next():
        pass
    try:
        while pending:
            results = finished(pending[0])
            pending.popleft()
            submit_next()
            yield from results
    finally:
        for task in pending:
            task.cancel()


def _finished(task: Task) -> Any:
    return task.result()


def run_chunk(fn: Callable[[Item], Result], batch: list[Item]) -> list[Result]:
    """One task: `fn` over a chunk of items, in a worker; what the chunk freed goes back to the
    system (a large event's arrays would otherwise stay the worker's for the rest of the run)."""
    results = [fn(x) for x in batch]
    release_freed_memory()
    return results


def _reporting_deaths(results: Iterator[Result]) -> Iterator[Result]:
    """The pool's results; a worker killed under it (out of memory, `kill -9`) is said in one
    line, not shown as the pool's traceback, and the run ends instead of waiting."""
    try:
        yield from results
    except BrokenProcessPool as exc:
        raise WorkerDiedError(
            "a worker process died (killed, or out of memory: try --workers 1, or fewer articles "
            "at a time); nothing was written"
        ) from exc


class WorkerDiedError(ClaimcmpError):
    """A worker process ended without a result."""

    exit_code = 3


def quiet_worker() -> None:
    """Set up a worker process: signals are the main process's business.

    Ctrl-C reaches every process of the terminal's process group; a worker that took it
    would print its own traceback. The main process stops the workers itself instead
    (`_stop_workers`). And a worker whose parent dies (the fork server, which ends with
    the main process, however it ends) dies too: no orphan holds the caller's stdout.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass  # no prctl: the fork server still ends its workers when it ends


_PR_SET_PDEATHSIG = 1


GRACE_SECONDS = 1.0  # how long a run that is ending waits for the chunks its workers are on


def end_pool(pool: ProcessPoolExecutor) -> None:
    """Stop a pool for a run that is ending: nothing new starts, the chunks under way get a
    moment to finish (then the pool ends as it always does: every thread, pipe and worker
    cleaned up), and workers still busy after that are killed."""
    stopper = threading.Thread(target=pool.shutdown, kwargs={"cancel_futures": True}, daemon=True)
    stopper.start()
    stopper.join(GRACE_SECONDS)
    if not stopper.is_alive():
        return
    manager = getattr(pool, "_executor_manager_thread", None)
    previous = threading.excepthook

    def quiet(args: threading.ExceptHookArgs) -> None:
        # the pool's own thread fails on the futures of the workers it finds killed: not news
        if args.thread is not manager:
            previous(args)

    threading.excepthook = quiet
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.kill()
    for process in processes:
        process.join(timeout=1)
    stopper.join(1)


def _can_send(fn: Callable[..., object]) -> bool:
    try:
        pickle.dumps(fn)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True


def map_in_processes(
    fn: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int | None = None,
    on_done: Progress | None = None,
    min_batch: int | None = None,
) -> list[Result]:
    """`[fn(x) for x in items]`, in input order, over a process pool when there are `min_batch`
    items or more and more than one worker (`fn` and the items must pickle)."""
    with Workers(len(items), workers, min_batch) as pool:
        return pool.start_map(fn, items, on_done)()


def _start_method() -> BaseContext | None:
    """Workers forked from a small server process, where the platform has one.

    Forked from this process, a worker would share all of its memory copy-on-write,
    and Python's reference counting soon copies the pages it touches. A small server
    avoids that; with claimcmp preloaded in it, each worker forked from it starts
    ready, and a second pool in the same process starts as fast as forks do.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["claimcmp.compare"])
        return context
    return None  # the platform's default: spawn on Windows and macOS


def _collect(results: Iterable[Result], total: int, on_done: Progress | None) -> list[Result]:
    """The results in a list, kept out of the garbage collector's way while they arrive.

    Python's full collections walk every live object, and a batch keeps hundreds of
    thousands of result objects alive (claims hold no reference cycles): freezing each
    result as it lands kept extraction of 4,000 articles at 194 articles/s instead of
    168. A caller's own frozen objects are left alone (nothing is frozen then).
    """
    freeze = gc.isenabled() and gc.get_freeze_count() == 0
    out = []
    try:
        for done, result in enumerate(results, start=1):
            out.append(result)
            if freeze:
                gc.freeze()
            if on_done is not None:
                on_done(done, total)
    finally:
        if freeze:
            gc.unfreeze()
    return out
