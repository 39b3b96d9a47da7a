"""Bytes to text, exactly as `Path.read_text(encoding="utf-8")` would give it.

Offsets in every claim index this text, so the rules are those of Python's
text mode: UTF-8, universal newlines ("\\r\\n" and "\\r" become "\\n"), and a
byte-order mark kept as the character U+FEFF. Invalid UTF-8 is replaced with
U+FFFD (as `errors="replace"` does) and reported as a warning.
"""

from __future__ import annotations

from claimcmp.errors import InputError

BINARY_SNIFF = 8192
REPLACED_WARNING = "invalid UTF-8 replaced with U+FFFD; offsets index the repaired text"
# Share of undecodable bytes in the first BINARY_SNIFF bytes above which a file
# is taken for binary data (an image, an archive) rather than damaged text.
_BINARY_RATIO = 0.3


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or mostly undecodable bytes, near the start."""
    head = data[:BINARY_SNIFF]
    if b"\x00" in head:
        return True
    if not head:
        return False
    repaired = head.decode("utf-8", errors="replace")
    # a multibyte character cut at the sniff boundary costs at most 3 marks
    bad = max(0, repaired.count("\ufffd") - 3)
    return bad / len(head) > _BINARY_RATIO


def universal_newlines(text: str) -> str:
    """ "\\r\\n" and lone "\\r" as "\\n", as Python's text mode reads them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_utf8(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 text of data (U+FFFD for bad bytes) and the warnings that caused."""
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), [REPLACED_WARNING]


def decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Article text of a file's bytes, with warnings; InputError when it has none."""
    if looks_binary(data):
        raise InputError(f"{source}: looks like a binary file, not text")
    text, warnings = decode_utf8(data)
    text = universal_newlines(text)
    if not text.strip().strip("\ufeff"):
        raise InputError(f"{source}: empty file (no text)")
    return text, warnings
