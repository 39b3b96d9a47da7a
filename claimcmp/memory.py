"""Give the memory a stage freed back to the operating system, between stages.

CPython returns freed blocks to its allocator, not to the system: glibc keeps freed heap
pages for reuse, so a process's resident size stays at the high-water mark of its
costliest stage. After event detection (tens of megabytes of arrays and dicts, freed in
the middle of the heap) a 10,000-article compare kept 40 MB it no longer used.
`malloc_trim` hands free pages back; Dask's workers do the same to release memory.

Infrastructure: imports no stage.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from typing import Any


@functools.cache
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None  # glibc; musl has none
    except OSError:
        return None


def release_freed_memory() -> None:
    """Return the heap's free pages to the system (glibc); elsewhere, nothing to do."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
