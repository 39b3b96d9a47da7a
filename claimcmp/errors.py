"""User-facing errors. Core code raises these; only the CLI turns them into exit codes."""

from __future__ import annotations


class ClaimcmpError(Exception):
    """Base class: a problem to report to the user in one line."""

    exit_code = 1


class InputError(ClaimcmpError):
    """Bad input (missing file, unreadable article, bad option value): exit code 2."""

    exit_code = 2
