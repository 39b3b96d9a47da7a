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
from rapidfuzz import process

from claimcmp.models import Claim
from claimcmp.textsim import normalise, same_words, score

SemanticScorer = Callable[[Sequence[str]], np.ndarray]  # texts -> n x n scores, 0-100

SAME_SPEAKER_SCORE = 62
UNKNOWN_SPEAKER_SCORE = 75
OTHER_SPEAKER_SCORE = 90
_INNER_QUOTE_MARGIN = 5
_GROUP_COHESION = 0.9  # a merged group's average similarity, relative to its threshold


def similarity(texts: Sequence[str]) -> np.ndarray:
    """Pairwise scores 0-100 of normalised texts (one cdist call)."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return process.cdist(texts, texts, scorer=score, dtype=np.float32, workers=1)


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


def _threshold(a: Claim, b: Claim) -> float:
    na, nb = _named(a), _named(b)
    if na and nb:
        return SAME_SPEAKER_SCORE if na == nb else OTHER_SPEAKER_SCORE
    return UNKNOWN_SPEAKER_SCORE


def align_claims(
    claims: Sequence[Claim], min_score: float = 0.0, semantic: SemanticScorer | None = None
) -> list[list[int]]:
    """Indices of claims grouped by statement; every claim lands in exactly one group.

    `semantic`, when given, scores the raw texts 0-100 by meaning (an optional extra);
    it can only raise the score of a pair whose versions name the same speaker, so a
    paraphrase joins its statement but never links two people.
    """
    texts = [normalise(c.text) for c in claims]
    scores = similarity(texts)
    if semantic is not None and len(claims) > 1:
        scores = np.maximum(scores, _semantic_scores(claims, semantic))
    edges = []
    inner = _inner_quotes(claims)
    rows, cols = np.nonzero(np.triu(scores, k=1) >= min(SAME_SPEAKER_SCORE, max(min_score, 0)))
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if claims[i].article == claims[j].article:
            continue
        s = float(scores[i, j])
        if _through_inner_quote(i, j, s, inner, scores) or _through_inner_quote(j, i, s, inner, scores):
            continue
        if s >= max(_threshold(claims[i], claims[j]), min_score) and (
            _threshold(claims[i], claims[j]) < OTHER_SPEAKER_SCORE
            or same_words(claims[i].text, claims[j].text)
        ):
            edges.append((s, i, j))
    edges.sort(reverse=True)
    group_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    for _, i, j in edges:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or not _can_merge(members[gi], members[gj], claims, scores):
            continue
        for m in members[gj]:
            group_of[m] = gi
        members[gi].extend(members.pop(gj))
    return [sorted(m) for m in members.values()]


def _inner_quotes(claims: Sequence[Claim]) -> dict[int, list[int]]:
    """Reported-speech claims → the quotes of the same article inside them."""
    by_article: dict[str, list[int]] = {}
    for k, c in enumerate(claims):
        if c.kind != "indirect":
            by_article.setdefault(c.article, []).append(k)
    out: dict[int, list[int]] = {}
    for k, c in enumerate(claims):
        if c.kind == "indirect":
            found = [
                q
                for q in by_article.get(c.article, [])
                if c.start <= claims[q].start and claims[q].end <= c.end
            ]
            if found:
                out[k] = found
    return out


def _through_inner_quote(
    claim: int, other: int, score: float, inner: dict[int, list[int]], scores: np.ndarray
) -> bool:
    """A claim matches another version only through the quote inside it: that link is the
    quote's (`… obtained “half a ton” of documents` and `“half a ton” of files were moved`
    share a phrase, not a statement)."""
    return any(float(scores[q, other]) >= score - _INNER_QUOTE_MARGIN for q in inner.get(claim, []))


def _can_merge(xs: list[int], ys: list[int], claims: Sequence[Claim], scores: np.ndarray) -> bool:
    total, n = 0.0, 0
    worst_threshold = 0.0
    for x in xs:
        for y in ys:
            if claims[x].article == claims[y].article:
                continue
            total += float(scores[x, y])
            n += 1
            worst_threshold = max(worst_threshold, _threshold(claims[x], claims[y]))
    if n == 0:
        return False
    return total / n >= min(worst_threshold, UNKNOWN_SPEAKER_SCORE) * _GROUP_COHESION
