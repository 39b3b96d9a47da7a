"""Quoted titles of works, which are no one's words: `said on CBS’s “Face the Nation,”`, `the
reality show “The Apprentice”`, `sang “A Change Is Gonna Come”`.

A quote is a title when its words are in Title Case (every word but short function words
capitalised, two to eight of them, no `?` or `!`) and the word before its opening mark introduces
a work: a preposition (`on`, `in`), a possessive (`MSNBC's`) or a noun or verb from the lexicon's
WORK_TITLE_INTRODUCERS (`show`, `titled`, `sang`). Measured on PolNeAR train, where quoted titles
are never hand-marked as attributions: 133 body quotes match, 92 of them no attribution at all and
7 an attribution with the right speaker. A headline is never read this way (its every word is
capitalised).
"""

from __future__ import annotations

import re

from claimcmp.lexicon import STOPWORDS, WORK_TITLE_INTRODUCERS
from claimcmp.quotes import Quote

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LAST_WORD = re.compile(r"([\w'’]+)[^\w'’]*\Z")
_LOOK_BACK = 40  # characters before the opening mark searched for the word introducing it
_MIN_WORDS, _MAX_WORDS = 2, 8


def is_work_title(text: str, quote: Quote) -> bool:
    """Whether this quote names a show, book, song or film rather than quoting words."""
    if quote.paragraph == 0 or quote.open_mark is None:
        return False
    inner = text[quote.start : quote.end].rstrip(" ,.;:")
    if not inner or inner[-1] in "?!":
        return False
    words = _WORD.findall(inner)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    if not all(w[0].isupper() for w in words if len(w) > 3 or w.lower() not in STOPWORDS):
        return False
    before = _LAST_WORD.search(text, max(0, quote.open_mark - _LOOK_BACK), quote.open_mark)
    if before is None:
        return False
    word = before.group(1).lower()
    return word in WORK_TITLE_INTRODUCERS or word.endswith(("'s", "’s"))
