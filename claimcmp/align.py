"""Line up the claims that different outlets report of one statement, within one event.

Texts are normalised (case, quote marks, ellipses, brackets, punctuation), then
scored with rapidfuzz in one `cdist` call per event: the larger of token-set
ratio (same words, any order, one version may add some) and partial ratio (a
truncated quote inside a fuller one). Pairs from different articles above a
threshold are linked; the threshold depends on the speakers: lower when both
versions name the same speaker, higher when a speaker is unknown, and only
near-verbatim text links versions that name different speakers (that is a
conflict worth showing). Links are merged strongest first, and a merge must
keep the average similarity between the two groups above the threshold, so a
chain of loosely similar sentences does not become one group.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from claimcmp.models import Claim
from claimcmp.textsim import (
    COMPARABLE_LENGTH,
    PARTIAL_MIN_WORDS,
    combine_scores,
    normalise,
    same_words,
    text_lengths,
    word_counts,
)

SemanticScorer = Callable[[Sequence[str]], np.ndarray]  # texts -> n x n scores, 0-100

SAME_SPEAKER_SCORE = 62
UNKNOWN_SPEAKER_SCORE = 75
OTHER_SPEAKER_SCORE = 90
_INNER_QUOTE_MARGIN = 5
_THREADED_FROM = 300
_RATIO_CUTOFF = 45
_GROUP_COHESION = 0.9  # a merged group's average similarity, relative to its threshold
_PARTIAL_BLOCKS = 16  # measured: fewer blocks score more spare pairs, more blocks re-read the texts
_PARTIAL_MIN_BLOCK = 8


def similarity(texts: Sequence[str], cutoff: float = 0.0) -> np.ndarray:
    """Pairwise scores 0-100 of normalised texts: `textsim.score` for every pair, vectorised.

    Native cdist calls and numpy instead of a Python scorer called once per pair; a test
    checks it equals `score` pair by pair. With `cutoff`, ratios below it count as 0
    (rapidfuzz then stops early on those pairs).
    """
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    if len(texts) == 1:
        return np.full((1, 1), 100.0 if texts[0] else 0.0, dtype=np.float32)
    workers = -1 if len(texts) >= _THREADED_FROM else 1  # threads cost more than small blocks take
    token_set = process.cdist(
        texts, texts, scorer=fuzz.token_set_ratio, dtype=np.float32, workers=workers, score_cutoff=cutoff
    )
    partial = _partial_ratios(texts, cutoff, workers)
    return combine_scores(texts, token_set, partial)


def similarity_to(text: str, texts: Sequence[str]) -> np.ndarray:
    """`textsim.score` of one normalised text against each of `texts` (a row of `similarity`)."""
    if not texts:
        return np.zeros(0, dtype=np.float32)
    token_set = process.cdist([text], texts, scorer=fuzz.token_set_ratio, dtype=np.float32)
    partial = process.cdist([text], texts, scorer=fuzz.partial_ratio, dtype=np.float32)
    row: np.ndarray = combine_scores([text], token_set, partial, columns=texts)[0]
    return row


def _partial_ratios(texts: Sequence[str], cutoff: float, workers: int) -> np.ndarray:
    """Partial ratio where `score` uses it: a text of `PARTIAL_MIN_WORDS`+ words against one
    over `1 / COMPARABLE_LENGTH` times as long.

    Partial ratio is the costly scorer and most pairs are of comparable length, so it is
    not run on every pair. With the texts sorted by length, each text's longer partners
    form a suffix; rows are taken in blocks against the suffix of the block's shortest
    text (a few cdist calls, a few spare pairs). The scorer is symmetric for texts of
    different lengths, so each block also fills its mirror image; other cells stay 0.
    """
    lengths = text_lengths(texts)
    eligible = np.flatnonzero(word_counts(texts) >= PARTIAL_MIN_WORDS)
    order = eligible[np.argsort(lengths[eligible], kind="stable")]
    sorted_lengths = lengths[order]
    ordered = [texts[i] for i in order]
    partial = np.zeros((len(texts), len(texts)), dtype=np.float32)
    block = max(_PARTIAL_MIN_BLOCK, -(-len(order) // _PARTIAL_BLOCKS))
    for first in range(0, len(order), block):
        shortest = sorted_lengths[first]
        longer_from = int(np.searchsorted(sorted_lengths, shortest / COMPARABLE_LENGTH, side="right"))
        if longer_from >= len(order):
            break  # later blocks are longer still: nothing is over twice their length
        rows, cols = order[first : first + block], order[longer_from:]
        ratios = process.cdist(
            ordered[first : first + block],
            ordered[longer_from:],
            scorer=fuzz.partial_ratio,
            dtype=np.float32,
            workers=workers,
            score_cutoff=cutoff,
        )
        partial[np.ix_(rows, cols)] = ratios
        partial[np.ix_(cols, rows)] = ratios.T
    return partial


def _semantic_scores(claims: Sequence[Claim], semantic: SemanticScorer) -> np.ndarray:
    """Meaning scores where they may count: same named speaker, different articles.

    Only claims with such a partner are embedded (embedding is the costly part).
    """
    same = _same_speaker_mask(claims)
    articles = np.array([c.article for c in claims])
    same[articles[:, None] == articles[None, :]] = 0
    use = np.flatnonzero(same.any(axis=1))
    raised = np.zeros_like(same)
    if len(use) > 1:
        raised[np.ix_(use, use)] = semantic([claims[int(i)].text for i in use])
    result: np.ndarray = raised * same
    return result


def _same_speaker_mask(claims: Sequence[Claim]) -> np.ndarray:
    names = [_named(c) for c in claims]
    return np.array([[a is not None and a == b for b in names] for a in names], dtype=np.float32)


def _named(claim: Claim) -> str | None:
    """The speaker's name when it surely names someone; descriptions and documents do not."""
    sp = claim.speaker
    if sp is None or not sp.name or sp.anonymous or sp.kind not in {"person", "organization", "media"}:
        return None
    return sp.name


_PHRASE_WORDS = 4  # a quote under this many words …
_PHRASE_SPAN = 3  # … links no text this many times as long


def align_claims(
    claims: Sequence[Claim],
    min_score: float = 0.0,
    semantic: SemanticScorer | None = None,
    normalised: Sequence[str] | None = None,
) -> list[list[int]]:
    """Indices of claims grouped by statement; every claim lands in exactly one group.

    `semantic`, when given, scores the raw texts 0-100 by meaning (an optional extra);
    it can only raise the score of a pair whose versions name the same speaker, so a
    paraphrase joins its statement but never links two people. `normalised` is each
    claim's `normalise(text)`, when the caller has it already.
    """
    texts = [normalise(c.text) for c in claims] if normalised is None else normalised
    # ratios under the cutoff can neither link a pair nor move a group's average much
    scores = similarity(texts, cutoff=_RATIO_CUTOFF)
    if semantic is not None and len(claims) > 1:
        scores = np.maximum(scores, _semantic_scores(claims, semantic))
    thresholds = _threshold_matrix(claims)
    articles = np.array([c.article for c in claims])
    candidate = np.triu(scores >= np.maximum(thresholds, min_score), k=1)
    candidate &= articles[:, None] != articles[None, :]
    inner_best = _inner_quote_scores(claims, scores)
    # a claim that matches only through the quote inside it leaves that link to the quote
    floor = scores - _INNER_QUOTE_MARGIN
    candidate &= ~((inner_best >= floor) | (np.transpose(inner_best) >= floor))
    edges = []
    rows, cols = np.nonzero(candidate)
    words = [t.count(" ") + 1 if t else 0 for t in texts]
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if thresholds[i, j] >= OTHER_SPEAKER_SCORE and not same_words(claims[i].text, claims[j].text):
            continue  # two named speakers: only the same words link them (a conflict to show)
        fewer, more = sorted((words[i], words[j]))
        if fewer < _PHRASE_WORDS and more >= _PHRASE_SPAN * fewer:
            continue  # "very good news" quoted from a whole statement: a phrase of it, not a version
        edges.append((float(scores[i, j]), i, j))
    edges.sort(reverse=True)
    group_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    for _, i, j in edges:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or not _can_merge(members[gi], members[gj], claims, scores, thresholds):
            continue
        for m in members[gj]:
            group_of[m] = gi
        members[gi].extend(members.pop(gj))
    return [sorted(m) for m in members.values()]


def _inner_quote_scores(claims: Sequence[Claim], scores: np.ndarray) -> np.ndarray:
    """For each reported-speech claim, the best score of a quote inside it against each claim.

    `… obtained “half a ton” of documents` and `“half a ton” of files were moved` share a
    phrase, not a statement: when the inner quote scores as well, the link is the quote's.
    """
    best = np.full(scores.shape, -1.0, dtype=np.float32)
    quotes_by_article: dict[str, list[int]] = {}
    for k, c in enumerate(claims):
        if c.kind != "indirect":
            quotes_by_article.setdefault(c.article, []).append(k)
    for k, c in enumerate(claims):
        if c.kind != "indirect":
            continue
        inside = [
            q
            for q in quotes_by_article.get(c.article, [])
            if c.start <= claims[q].start and claims[q].end <= c.end
        ]
        if inside:
            best[k] = scores[inside].max(axis=0)
    return best


def _threshold_matrix(claims: Sequence[Claim]) -> np.ndarray:
    """Link threshold of every pair: same named speaker, unknown speaker, or two named speakers."""
    ids: dict[str, int] = {}
    named = np.array([ids.setdefault(n, len(ids)) if (n := _named(c)) else -1 for c in claims])
    both = (named[:, None] >= 0) & (named[None, :] >= 0)
    same = both & (named[:, None] == named[None, :])
    return np.where(
        same, SAME_SPEAKER_SCORE, np.where(both, OTHER_SPEAKER_SCORE, UNKNOWN_SPEAKER_SCORE)
    ).astype(np.float32)


def _can_merge(
    xs: list[int], ys: list[int], claims: Sequence[Claim], scores: np.ndarray, thresholds: np.ndarray
) -> bool:
    total, n = 0.0, 0
    worst_threshold = 0.0
    for x in xs:
        for y in ys:
            if claims[x].article == claims[y].article:
                continue
            total += float(scores[x, y])
            n += 1
            worst_threshold = max(worst_threshold, float(thresholds[x, y]))
    if n == 0:
        return False
    return total / n >= min(worst_threshold, UNKNOWN_SPEAKER_SCORE) * _GROUP_COHESION
