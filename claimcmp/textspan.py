"""Paragraphs, sentences and word tokens, each with exact character offsets.

Every pattern here is linear: character classes with single quantifiers, no
nesting that could backtrack on hostile input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claimcmp.lexicon import ABBREVIATIONS

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
# A word: letters/digits, with inner apostrophes, hyphens, dots or ampersands
# ("Kerry’s", "al-Assad", "U.S", "AT&T"). The separator is never a word
# character, so each word splits one way only: no backtracking.
_WORD = re.compile(r"\w+(?:[’'\-.&]\w+)*\.?|--|[^\w\s]")  # `--` is one token: a typewriter dash


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class Token:
    """A word or punctuation mark with its offsets into the text.

    A plain slotted class rather than a frozen dataclass: an article has thousands of
    tokens, and the frozen dataclass's `object.__setattr__` made building them the most
    expensive step of extraction. Treat tokens as immutable all the same.
    """

    __slots__ = ("end", "is_word", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text: Final = text
        self.start: Final = start
        self.end: Final = end
        # derived once here: the rules ask for them hundreds of thousands of times per batch
        self.lower: Final = text.lower()
        self.is_word: Final = text[0].isalnum() or text[0] == "_"

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start}, end={self.end})"


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans, stripped of surrounding whitespace.

    A blank line always separates paragraphs; so does a single newline, unless
    the line before ends mid-sentence and the next starts in lower case (text
    hard-wrapped at a fixed width).
    """
    spans: list[Span] = []
    pos = 0
    for block_end, next_start in _block_bounds(text):
        _split_block(text, pos, block_end, spans)
        pos = next_start
    return spans


def _block_bounds(text: str) -> list[tuple[int, int]]:
    bounds = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
    bounds.append((len(text), len(text)))
    return bounds


def _split_block(text: str, start: int, end: int, out: list[Span]) -> None:
    line_start = start
    cur_start: int | None = None
    cur_end = start
    while line_start <= end:
        nl = text.find("\n", line_start, end)
        line_end = end if nl < 0 else nl
        s, e = _strip(text, line_start, line_end)
        if s < e:
            if cur_start is not None and not _continues(text, cur_end, s):
                out.append(Span(cur_start, cur_end))
                cur_start = None
            if cur_start is None:
                cur_start = s
            cur_end = e
        if nl < 0:
            break
        line_start = nl + 1
    if cur_start is not None:
        out.append(Span(cur_start, cur_end))


def _continues(text: str, prev_end: int, next_start: int) -> bool:
    last = text[prev_end - 1]
    return last not in '.!?:"”’»)]' and text[next_start].islower()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of text[start:end], offsets into text."""
    stop = len(text) if end is None else end
    out = []
    for m in _WORD.finditer(text, start, stop):
        word = m.group()
        word_start, word_end = m.span()
        if word[-1] == "." and len(word) > 1 and not _keeps_dot(word):
            out.append(Token(word[:-1], word_start, word_end - 1))
            out.append(Token(".", word_end - 1, word_end))
        else:
            out.append(Token(word, word_start, word_end))
    return out


def _keeps_dot(word: str) -> bool:
    """'Mr.', 'U.S.', 'Dec.' keep their dot; 'Moscow.' does not."""
    bare = word[:-1].lower()
    tag = bare.partition("-")[2] if bare[:2] in {"r-", "d-", "i-"} else ""  # R-Ariz.
    return bare in ABBREVIATIONS or tag in ABBREVIATIONS or "." in bare or (len(bare) == 1 and bare.isalpha())
