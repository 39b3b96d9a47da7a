"""Line up the claims that different outlets report of one statement, within one event.

As record linkage does it: index, compare, classify.

- **Index** (`candidate_pairs`): only claims of different articles that share a distinctive
  word (not a stopword, and in few of the event's claims) are compared. Versions of one
  statement share its rare words; most pairs of an event share none, and scoring every
  pair made alignment quadratic: a story of 5,000 articles would need a score matrix of
  hundreds of gigabytes. The pairs kept grow with the claims, not with their square.
- **Compare** (`pair_scores`): texts are normalised (case, quote marks, ellipses, brackets,
  punctuation) and scored with `textsim.score`, the larger of token-set ratio (same words,
  any order, one version may add some) and partial ratio (a truncated quote inside a
  fuller one). Each distinct pair of wordings is scored once.
- **Classify** (`align_claims`): pairs above a threshold are linked; the threshold depends
  on the speakers: lower when both versions name the same speaker, higher when a speaker is
  unknown, and only near-verbatim text links versions that name different speakers (that
  is a conflict worth showing). Links are merged strongest first, and a merge must keep
  the average similarity between the two groups (pairs never compared count as 0) above
  the threshold, so a chain of loosely similar sentences does not become one group.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from claimcmp.lexicon import STOPWORDS
from claimcmp.models import Claim
from claimcmp.textsim import combine_scores, normalise, same_words, score

SemanticScorer = Callable[[Sequence[str]], np.ndarray]  # texts -> n x n scores, 0-100
Pair = tuple[int, int]  # claim indices, the smaller first

SAME_SPEAKER_SCORE = 62
UNKNOWN_SPEAKER_SCORE = 75
OTHER_SPEAKER_SCORE = 90
_INNER_QUOTE_MARGIN = 5
_RATIO_CUTOFF = 45
_GROUP_COHESION = 0.9  # a merged group's average similarity, relative to its threshold
# A word is a blocking key while it is in no more than this share of the event's claims
# (topic words, which every statement of the story uses, are not), or in this many or fewer;
# and never in more than the cap, which keeps the pairs linear in the claims.
_KEY_SHARE = 0.25
_KEY_FLOOR = 16
_KEY_CAP = 400


def similarity_to(text: str, texts: Sequence[str]) -> np.ndarray:
    """`textsim.score` of one normalised text against each of `texts`, vectorised."""
    if not texts:
        return np.zeros(0, dtype=np.float32)
    token_set = process.cdist([text], texts, scorer=fuzz.token_set_ratio, dtype=np.float32)
    partial = process.cdist([text], texts, scorer=fuzz.partial_ratio, dtype=np.float32)
    row: np.ndarray = combine_scores([text], token_set, partial, columns=texts)[0]
    return row


def candidate_pairs(
    texts: Sequence[str], articles: Sequence[str], speakers: Sequence[str | None] = ()
) -> list[Pair]:
    """The pairs worth scoring: claims of different articles sharing a distinctive word, or
    naming the same speaker (whose pairs link at the lowest threshold, and whose loosely
    alike sentences hold a statement of several sentences together).

    `texts` are normalised. A text made only of common words is keyed by itself whole, so
    its exact repeats still meet.
    """
    words = [{w for w in t.split() if w not in STOPWORDS} for t in texts]
    df = Counter(w for ws in words for w in ws)
    limit = min(_KEY_CAP, max(_KEY_FLOOR, int(_KEY_SHARE * len(texts))))
    postings: dict[str, list[int]] = {}
    for i, (text, ws) in enumerate(zip(texts, words, strict=True)):
        keys = [w for w in ws if df[w] <= limit] or ([" " + text] if text else [])
        for key in keys:
            postings.setdefault(key, []).append(i)
    pairs: set[Pair] = set()
    for i, name in enumerate(speakers):
        if name is not None:
            postings.setdefault("\n" + name, []).append(i)
    for members in postings.values():
        if len(members) > _KEY_CAP:
            continue
        for n, i in enumerate(members):
            pairs.update((i, j) for j in members[n + 1 :] if articles[i] != articles[j])
    return sorted(pairs)


def pair_scores(texts: Sequence[str], pairs: Sequence[Pair]) -> dict[Pair, float]:
    """`textsim.score` of each pair (ratios under the cutoff count as 0), each wording pair once."""
    seen: dict[tuple[str, str], float] = {}
    out: dict[Pair, float] = {}
    for i, j in pairs:
        a, b = texts[i], texts[j]
        key = (a, b) if a <= b else (b, a)
        found = seen.get(key)
        if found is None:
            found = seen[key] = score(a, b, cutoff=_RATIO_CUTOFF)
        out[i, j] = found
    return out


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
    articles = [c.article for c in claims]
    names = [_named(c) for c in claims]
    pairs = candidate_pairs(texts, articles, names)
    meaning = None
    if semantic is not None and len(claims) > 1:
        meaning = _semantic_scores(claims, semantic)
        raised = zip(*(side.tolist() for side in np.nonzero(np.triu(meaning, 1))), strict=True)
        pairs = sorted(set(pairs) | set(raised))
    scores = pair_scores(texts, pairs)
    if meaning is not None:
        scores = {(i, j): max(s, float(meaning[i, j])) for (i, j), s in scores.items()}
    inner = _inner_quotes(claims)
    words = [t.count(" ") + 1 if t else 0 for t in texts]
    edges = []
    for (i, j), s in scores.items():
        threshold = _threshold(names[i], names[j])
        if s < max(threshold, min_score):
            continue
        # a claim that matches only through the quote inside it leaves that link to the quote
        floor = s - _INNER_QUOTE_MARGIN
        if (
            _best_inner(inner.get(i, ()), j, scores) >= floor
            or _best_inner(inner.get(j, ()), i, scores) >= floor
        ):
            continue
        if threshold >= OTHER_SPEAKER_SCORE and not same_words(claims[i].text, claims[j].text):
            continue  # two named speakers: only the same words link them (a conflict to show)
        fewer, more = sorted((words[i], words[j]))
        if fewer < _PHRASE_WORDS and more >= _PHRASE_SPAN * fewer:
            continue  # "very good news" quoted from a whole statement: a phrase of it, not a version
        edges.append((s, i, j))
    edges.sort(reverse=True)
    return _merge(_same_wordings(texts, names, inner, min_score), edges, scores, articles, names)


def _same_wordings(
    texts: Sequence[str], names: Sequence[str | None], inner: dict[int, list[int]], min_score: float
) -> list[list[int]]:
    """Claims with one wording and one speaker (or none named), from several articles: one
    statement, joined before any link is weighed. Their pair would link anyway; joined first,
    a quote that thousands of articles of one story repeat is one group even where its words
    are too common in the event to index (`candidate_pairs`). Wordings that score under the
    threshold against themselves (a few words) and claims holding a quote are left to the links."""
    same: dict[tuple[str, str | None], list[int]] = {}
    for i, (text, name) in enumerate(zip(texts, names, strict=True)):
        if text and i not in inner:
            same.setdefault((text, name), []).append(i)
    out = []
    for (text, name), members in same.items():
        if len(members) > 1 and score(text, text) >= max(_threshold(name, name), min_score):
            out.append(members)
    return out


def _threshold(a: str | None, b: str | None) -> float:
    """Link threshold of a pair: same named speaker, unknown speaker, or two named speakers."""
    if a is None or b is None:
        return UNKNOWN_SPEAKER_SCORE
    return SAME_SPEAKER_SCORE if a == b else OTHER_SPEAKER_SCORE


def _inner_quotes(claims: Sequence[Claim]) -> dict[int, list[int]]:
    """For each reported-speech claim, the quotes of its article inside it.

    `… obtained “half a ton” of documents` and `“half a ton” of files were moved` share a
    phrase, not a statement: when the inner quote scores as well, the link is the quote's.
    """
    quotes_by_article: dict[str, list[int]] = {}
    for k, c in enumerate(claims):
        if c.kind != "indirect":
            quotes_by_article.setdefault(c.article, []).append(k)
    inner: dict[int, list[int]] = {}
    for k, c in enumerate(claims):
        if c.kind == "indirect":
            inside = [
                q
                for q in quotes_by_article.get(c.article, [])
                if c.start <= claims[q].start and claims[q].end <= c.end
            ]
            if inside:
                inner[k] = inside
    return inner


def _best_inner(inside: Sequence[int], other: int, scores: dict[Pair, float]) -> float:
    return max((scores.get((min(q, other), max(q, other)), 0.0) for q in inside), default=-1.0)


def _merge(
    joined: list[list[int]],
    edges: list[tuple[float, int, int]],
    scores: dict[Pair, float],
    articles: Sequence[str],
    names: Sequence[str | None],
) -> list[list[int]]:
    """The `joined` claims made one group each, then average-linkage merging over the links,
    strongest first (see `_Groups.can_merge`)."""
    groups = _Groups(articles, names, scores)
    for members in joined:
        for i in members[1:]:
            if groups.group_of[i] != groups.group_of[members[0]]:
                groups.merge(groups.group_of[members[0]], groups.group_of[i])
    for _, i, j in edges:
        gi, gj = groups.group_of[i], groups.group_of[j]
        if gi != gj and groups.can_merge(gi, gj):
            groups.merge(gi, gj)
    return [sorted(m) for m in groups.members.values()]


class _Groups:
    """Groups being merged, with what a merge needs kept per group and combined as groups
    merge: the sum of the scores between each pair of groups, each group's articles, and
    the speaker each article's claims in it name (None: unnamed)."""

    def __init__(self, articles: Sequence[str], names: Sequence[str | None], scores: dict[Pair, float]):
        n = len(articles)
        self.group_of = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}
        self.articles: dict[int, Counter[str]] = {i: Counter([articles[i]]) for i in range(n)}
        self.speakers: dict[int, set[tuple[str, str | None]]] = {
            i: {(articles[i], names[i])} for i in range(n)
        }
        self.between: dict[int, dict[int, float]] = {i: {} for i in range(n)}
        for (i, j), s in scores.items():
            if s > 0:
                self.between[i][j] = self.between[j][i] = s

    def can_merge(self, gi: int, gj: int) -> bool:
        """The two groups' average score over their pairs of different articles is high enough:
        the same-speaker threshold when every such pair names one speaker, else the
        unknown-speaker one, times `_GROUP_COHESION`."""
        xs, ys = self.articles[gi], self.articles[gj]
        small, large = (xs, ys) if len(xs) <= len(ys) else (ys, xs)
        pairs = len(self.members[gi]) * len(self.members[gj]) - sum(
            k * large.get(a, 0) for a, k in small.items()
        )
        if pairs == 0:
            return False
        one = _one_speaker(self.speakers[gi], self.speakers[gj])
        threshold = SAME_SPEAKER_SCORE if one else UNKNOWN_SPEAKER_SCORE
        return self.between[gi].get(gj, 0.0) / pairs >= threshold * _GROUP_COHESION

    def merge(self, gi: int, gj: int) -> None:
        """Group gj joins gi (gi keeps its place: the order of groups does not depend on sizes)."""
        for m in self.members[gj]:
            self.group_of[m] = gi
        self.members[gi].extend(self.members.pop(gj))
        self.articles[gi].update(self.articles.pop(gj))
        self.speakers[gi] |= self.speakers.pop(gj)
        links = self.between.pop(gj)
        links.pop(gi, None)
        self.between[gi].pop(gj, None)
        for k, s in links.items():
            self.between[gi][k] = self.between[gi].get(k, 0.0) + s
            other = self.between[k]
            other[gi] = other.get(gi, 0.0) + other.pop(gj)


def _one_speaker(xs: set[tuple[str, str | None]], ys: set[tuple[str, str | None]]) -> bool:
    """Every pair of claims from different articles, one from each group, names the same speaker."""
    return all(
        name is not None and name == other
        for article, name in xs
        for other_article, other in ys
        if article != other_article
    )
