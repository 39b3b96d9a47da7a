"""Text normalisation and similarity scores shared by alignment and status."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

SAME_WORDS_SCORE = 90
_MIN_WORDS = 4
COMPARABLE_LENGTH = 0.5  # the shorter text at least this share of the longer: token-set ratio
PARTIAL_MIN_WORDS = 3  # partial ratio for shorter texts of this many words or more
_SHORT_BAG_WEIGHT = 0.85
_FEW_WORDS_WEIGHT = 0.7
_SHORT_WORDS = 6
_SHORT_WEIGHT = 0.85
_PUNCT = re.compile(r"[^\w\s']+")
_SPACES = re.compile(r"\s+")
_EDGE_APOSTROPHE = re.compile(r"(?<!\w)'|'(?!\w)")
_MARKS = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "„": '"',
        "«": '"',
        "»": '"',
        "…": " ",
        "–": " ",
        "—": " ",
        "\u00a0": " ",
    }
)


def normalise(text: str) -> str:
    """Lower case, no quote marks, brackets, dashes, ellipses or other punctuation."""
    text = text.translate(_MARKS).lower()
    text = _EDGE_APOSTROPHE.sub(" ", _PUNCT.sub(" ", text))
    return _SPACES.sub(" ", text).strip()


def score(a: str, b: str, cutoff: float = 0.0) -> float:
    """Similarity 0-100 of two normalised texts.

    Texts of comparable length: token-set ratio (same words, any order, a detail
    added in one). A short text against a long one: partial ratio, the best
    contiguous match, since a truncated quote keeps its words in order while a
    bag of shared words ("nuclear", "weapons") says little. Two or three words
    match too much by chance and are discounted. Ratios under `cutoff` count as 0
    (rapidfuzz then stops early).
    """
    if not a or not b:
        return 0.0
    words = min(a.count(" "), b.count(" ")) + 1
    if min(len(a), len(b)) >= COMPARABLE_LENGTH * max(len(a), len(b)):
        best = fuzz.token_set_ratio(a, b, score_cutoff=cutoff)
    else:
        bag = fuzz.token_set_ratio(a, b, score_cutoff=cutoff)
        contiguous = fuzz.partial_ratio(a, b, score_cutoff=cutoff) if words >= PARTIAL_MIN_WORDS else 0.0
        best = max(contiguous, _SHORT_BAG_WEIGHT * bag)
    if words < _MIN_WORDS:
        return best * _FEW_WORDS_WEIGHT
    return best * _SHORT_WEIGHT if words < _SHORT_WORDS else best


def combine_scores(
    texts: Sequence[str], token_set: np.ndarray, partial: np.ndarray, columns: Sequence[str] | None = None
) -> np.ndarray:
    """`score` over whole matrices, given the token-set and partial ratios of every pair.

    Rows are `texts`; columns are `columns`, or `texts` again when not given.
    """
    columns = texts if columns is None else columns
    row_lengths, col_lengths = text_lengths(texts), text_lengths(columns)
    shorter = np.minimum.outer(row_lengths, col_lengths)
    longer = np.maximum.outer(row_lengths, col_lengths)
    fewest = np.minimum.outer(word_counts(texts), word_counts(columns))
    comparable = shorter >= COMPARABLE_LENGTH * longer
    contiguous = np.where(fewest >= PARTIAL_MIN_WORDS, partial, 0.0)
    best = np.where(comparable, token_set, np.maximum(contiguous, _SHORT_BAG_WEIGHT * token_set))
    short = np.where(fewest < _SHORT_WORDS, _SHORT_WEIGHT, 1.0)
    weight = np.where(fewest < _MIN_WORDS, _FEW_WORDS_WEIGHT, short)
    result = (best * weight).astype(np.float32)
    result[(row_lengths[:, None] == 0) | (col_lengths[None, :] == 0)] = 0.0
    return result


def text_lengths(texts: Sequence[str]) -> np.ndarray:
    return np.array([len(t) for t in texts], dtype=np.float32)


def word_counts(texts: Sequence[str]) -> np.ndarray:
    return np.array([t.count(" ") + 1 if t else 0 for t in texts], dtype=np.float32)


def same_words(a: str, b: str) -> bool:
    """Near-verbatim: whole texts alike, or the shorter (8+ words) inside the longer."""
    na, nb = normalise(a), normalise(b)
    if fuzz.token_sort_ratio(na, nb) >= SAME_WORDS_SCORE:
        return True
    return min(na.count(" "), nb.count(" ")) >= 7 and fuzz.partial_ratio(na, nb) >= 95
