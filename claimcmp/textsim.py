"""Text normalisation and similarity scores shared by alignment and status."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

SAME_WORDS_SCORE = 90
_MIN_PARTIAL_CHARS = 25
_MIN_WORDS = 4
_PUNCT = re.compile(r"[^\w\s']+")
_SPACES = re.compile(r"\s+")
_EDGE_APOSTROPHE = re.compile(r"(?<!\w)'|'(?!\w)")
_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "„": '"', "«": '"', "»": '"',
                        "…": " ", "–": " ", "—": " ", "\u00a0": " "})


def normalise(text: str) -> str:
    """Lower case, no quote marks, brackets, dashes, ellipses or other punctuation."""
    text = text.translate(_MARKS).lower()
    text = _EDGE_APOSTROPHE.sub(" ", _PUNCT.sub(" ", text))
    return _SPACES.sub(" ", text).strip()


def score(a: str, b: str, **_: object) -> float:
    """Token-set ratio, or partial ratio when the shorter text is long enough to mean something."""
    best = fuzz.token_set_ratio(a, b)
    shorter = min(len(a), len(b))
    if shorter >= _MIN_PARTIAL_CHARS:
        best = max(best, fuzz.partial_ratio(a, b))
    if min(a.count(" "), b.count(" ")) + 1 < _MIN_WORDS:
        best *= 0.8  # two or three words match too much by chance
    return best


def same_words(a: str, b: str) -> bool:
    """Near-verbatim: whole texts alike, or the shorter (8+ words) inside the longer."""
    na, nb = normalise(a), normalise(b)
    if fuzz.token_sort_ratio(na, nb) >= SAME_WORDS_SCORE:
        return True
    return min(na.count(" "), nb.count(" ")) >= 7 and fuzz.partial_ratio(na, nb) >= 95
