"""User-facing errors. Core code raises these; only the CLI turns them into exit codes."""

from __future__ import annotations


class ClaimcmpError(Exception):
    """Base class: a problem to report to the user in one line."""

    exit_code = 1


class Terminated(BaseException):
    """SIGTERM (kill, an expiring timeout, docker stop, a CI cancel) or SIGINT (Ctrl-C) arrived:
    end the run. A BaseException, so that no `except Exception` swallows it on the way out."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


class InputError(ClaimcmpError):
    """Bad input (missing file, unreadable article, bad option value): exit code 2."""

    exit_code = 2
