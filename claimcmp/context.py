"""Each claim in its paragraph: the words before and after it, for a reader to judge it in place.

The HTML report shows every version with its context; the other formats have the offsets
and need none. A long paragraph is cut to a window around the claim at word boundaries,
so the report of a large run stays small.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcmp.models import Article, Claim
from claimcmp.textspan import paragraphs

CONTEXT_CHARS = 160  # at most this much before and after a claim: a report of 1,000 articles stays < 10 MB


def claim_contexts(article: Article, claims: Sequence[Claim]) -> dict[str, tuple[str, str]]:
    """claim id → (text before it, text after it) within its paragraph."""
    if not claims:
        return {}
    spans = paragraphs(article.text)
    text = article.text
    out: dict[str, tuple[str, str]] = {}
    for claim in claims:
        if 0 <= claim.paragraph < len(spans):
            start, end = spans[claim.paragraph].start, spans[claim.paragraph].end
        else:
            start, end = claim.start, claim.end
        start, end = min(start, claim.start), max(end, claim.end)  # a claim running over paragraphs
        before = text[max(start, claim.start - CONTEXT_CHARS) : claim.start]
        after = text[claim.end : min(end, claim.end + CONTEXT_CHARS)]
        if claim.start - start > CONTEXT_CHARS:
            before = "…" + before.split(" ", 1)[-1]
        if end - claim.end > CONTEXT_CHARS:
            after = after.rsplit(" ", 1)[0] + "…"
        out[claim.id] = (before, after)
    return out
