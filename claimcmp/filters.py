"""Filters over a compare result, applied before rendering so every format shows the same groups.

Each filter is a pure function: it returns a new `CompareResult` and leaves
its argument alone. Statuses are those compare gave over all versions; a
filter never recomputes them.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcmp.models import CompareResult, Group

STATUSES = ("agree", "variant", "conflict", "single")


def by_status(result: CompareResult, statuses: Iterable[str]) -> CompareResult:
    """Only the groups whose status is one of statuses."""
    wanted = set(statuses)
    return _with_groups(result, [g for g in result.groups if g.status in wanted])


def by_speaker(result: CompareResult, needle: str) -> CompareResult:
    """Only the groups whose speaker contains needle (case-insensitive)."""
    low = needle.casefold()
    return _with_groups(result, [g for g in result.groups if low in (g.speaker or "").casefold()])


def by_min_score(result: CompareResult, floor: float) -> CompareResult:
    """Versions scoring at least floor against their reference, and groups left with one.

    The reference version is kept in each group kept; groups with no other
    version (status single) have no score and are dropped.
    """
    kept = [g for g in (_above(g, floor) for g in result.groups) if g is not None]
    return _with_groups(result, kept)


def best_score(group: Group) -> float | None:
    """The highest score of a version other than the reference; None when there is none."""
    scores = [v.score for v in group.versions if v.claim != group.reference]
    return max(scores, default=None)


def _above(group: Group, floor: float) -> Group | None:
    versions = [v for v in group.versions if v.claim == group.reference or v.score >= floor]
    if not any(v.claim != group.reference for v in versions):
        return None
    keep = {v.claim for v in versions} | {group.reference}
    claims = [c for c in group.claims if c in keep]
    return group.model_copy(update={"versions": versions, "claims": claims})


def _with_groups(result: CompareResult, groups: list[Group]) -> CompareResult:
    """The result with these groups, and only the claims they hold (events are kept)."""
    claim_ids = {c for g in groups for c in g.claims}
    claims = [c for c in result.claims if c.id in claim_ids]
    return result.model_copy(update={"groups": groups, "claims": claims})


def apply_filters(
    result: CompareResult,
    *,
    statuses: Iterable[str] | None = None,
    speaker: str | None = None,
    min_score: float | None = None,
) -> CompareResult:
    """All the filters given, in turn; the result unchanged when none is."""
    if statuses is not None:
        result = by_status(result, statuses)
    if speaker is not None:
        result = by_speaker(result, speaker)
    if min_score is not None:
        result = by_min_score(result, min_score)
    return result
