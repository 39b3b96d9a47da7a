"""Bytes to text, exactly as `Path.read_text(encoding="utf-8")` would give it.

Offsets in every claim index this text, so the rules are those of Python's
text mode: UTF-8, universal newlines ("\\r\\n" and "\\r" become "\\n"), and a
byte-order mark kept as the character U+FEFF. Text that is not UTF-8 is read as
the WHATWG encoding standard reads a page without a declared encoding: a UTF-16
or UTF-32 byte-order mark names its encoding, and bytes that are no UTF-8 at all
are Windows-1252, the web's fallback for Latin text (`José`, curly quote marks).
A few bad bytes in otherwise valid UTF-8 are damage, not another encoding: they
become U+FFFD. Each of these says so in a warning; `--encoding` overrides it all.
"""

from __future__ import annotations

import codecs

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


# UTF-32 first: its little-endian mark starts with UTF-16's
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
LEGACY_WARNING = (
    "not UTF-8: read as Windows-1252, the web's fallback for Latin text "
    "(--encoding NAME reads it otherwise); offsets index the decoded text"
)


def _latin1_for_undefined(exc: UnicodeError) -> tuple[str, int]:
    """The five bytes Windows-1252 leaves undefined read as their Latin-1 control characters,
    as the WHATWG standard maps them, so that nothing is lost."""
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("claimcmp-whatwg", _latin1_for_undefined)


def decode_legacy(data: bytes) -> tuple[str, list[str]]:
    """Text of bytes that are not UTF-8: by their byte-order mark, else as Windows-1252.

    Valid UTF-8 with a few damaged bytes stays UTF-8 (U+FFFD for the bad bytes)."""
    for mark, name in _BOMS:
        if data.startswith(mark):
            text = data.decode(name.lower().replace("-", ""), errors="replace")
            return text, [f"read as {name} (byte-order mark); offsets index the decoded text"]
    repaired = data.decode("utf-8", errors="replace")
    if any(ord(ch) > 127 and ch != "\ufffd" for ch in repaired):
        return repaired, [REPLACED_WARNING]  # real UTF-8 characters beside the bad bytes: damage
    return data.decode("cp1252", errors="claimcmp-whatwg"), [LEGACY_WARNING]


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, list[str]]:
    """Article text of a file's bytes, with warnings; InputError when it has none.

    `encoding` (a Python codec name) is the user's word on how to read them."""
    if encoding is not None:
        text = data.decode(encoding, errors="replace")
        warnings = [f"bytes invalid in {encoding} replaced with U+FFFD"] if "\ufffd" in text else []
    elif any(data.startswith(mark) for mark, _ in _BOMS):
        text, warnings = decode_legacy(data)
    else:
        if looks_binary(data):
            raise InputError(f"{source}: looks like a binary file, not text")
        try:
            text, warnings = data.decode("utf-8"), []
        except UnicodeDecodeError:
            text, warnings = decode_legacy(data)
    text = universal_newlines(text)
    if not text.strip().strip("\ufeff"):
        raise InputError(f"{source}: empty file (no text)")
    return text, warnings
