"""Resident memory of a process tree, read from /proc (Linux): what a pool of workers adds.

ru_maxrss cannot see the library's workers: they are started by a fork server, so they
are its children, not the measured process's, and they are still alive when it is
measured. Summing resident memory counts pages the workers share with the fork server
once per process, so the total is an upper bound.
"""

from __future__ import annotations

import resource
from collections import defaultdict
from pathlib import Path


def tree_pids(root: int, include_root: bool = False) -> list[int]:
    """root's descendants (and root itself, if asked)."""
    children: dict[int, list[int]] = defaultdict(list)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        children[int(fields[1])].append(int(stat.parent.name))
    found = [root] if include_root else []
    todo = list(children[root])
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children[pid])
    return found


def tree_pss_mb(root: int, include_root: bool = False) -> float:
    """Proportional memory of root's tree, in MiB: each page shared by k processes counts 1/k
    in each, so the sum is what the tree takes (Linux 4.14+: /proc/PID/smaps_rollup)."""
    total_kb = 0
    for pid in tree_pids(root, include_root):
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kb += int(line.split()[1])
                    break
        except (OSError, ValueError):
            continue  # ended, or not ours to read
    return total_kb / 1024


def tree_rss_mb(root: int, include_root: bool = False) -> float:
    """Resident memory of root's descendants (and of root itself, if asked), in MiB."""
    children: dict[int, list[int]] = defaultdict(list)
    rss: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while we looked
        pid = int(stat.parent.name)
        children[int(fields[1])].append(pid)  # fields[1] is the parent's pid
        rss[pid] = int(fields[21])  # resident pages
    total = rss.get(root, 0) if include_root else 0
    todo = list(children[root])
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children[pid])
    return total * resource.getpagesize() / 2**20
