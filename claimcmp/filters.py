"""Filters over a compare result, applied before rendering so every format shows the same groups.

Each filter is a pure function: it returns a new `CompareResult` and leaves
its argument alone. Statuses are those compare gave over all versions; a
filter never recomputes them. Every filter decides group by group (`GroupFilter`),
so a result that is never held whole (`claimcmp.spool`) is filtered alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claimcmp.models import CompareResult, Group

STATUSES = ("agree", "variant", "conflict", "single")


@dataclass(frozen=True)
class GroupFilter:
    """The filters asked for; None is no filter."""

    statuses: frozenset[str] | None = None
    speaker: str | None = None
    min_score: float | None = None

    @classmethod
    def of(
        cls, statuses: Iterable[str] | None = None, speaker: str | None = None, min_score: float | None = None
    ) -> GroupFilter:
        return cls(None if statuses is None else frozenset(statuses), speaker, min_score)

    def active(self) -> bool:
        return self.statuses is not None or self.speaker is not None or self.min_score is not None

    def apply(self, group: Group) -> Group | None:
        """The group as shown (fewer versions, with `min_score`), or None when it is not shown."""
        if self.statuses is not None and group.status not in self.statuses:
            return None
        if self.speaker is not None and self.speaker.casefold() not in (group.speaker or "").casefold():
            return None
        if self.min_score is not None:
            return _above(group, self.min_score)
        return group


def by_status(result: CompareResult, statuses: Iterable[str]) -> CompareResult:
    """Only the groups whose status is one of statuses."""
    return _filtered(result, GroupFilter.of(statuses=statuses))


def by_speaker(result: CompareResult, needle: str) -> CompareResult:
    """Only the groups whose speaker contains needle (case-insensitive)."""
    return _filtered(result, GroupFilter.of(speaker=needle))


def by_min_score(result: CompareResult, floor: float) -> CompareResult:
    """Versions scoring at least floor against their reference, and groups left with one.

    The reference version is kept in each group kept; groups with no other
    version (status single) have no score and are dropped.
    """
    return _filtered(result, GroupFilter.of(min_score=floor))


def best_score(group: Group) -> float | None:
    """The highest score of a version other than the reference; None when there is none."""
    scores = [v.score for v in group.versions if v.claim != group.reference]
    return max(scores, default=None)


def apply_filters(
    result: CompareResult,
    *,
    statuses: Iterable[str] | None = None,
    speaker: str | None = None,
    min_score: float | None = None,
) -> CompareResult:
    """All the filters given; the result unchanged when none is."""
    wanted = GroupFilter.of(statuses, speaker, min_score)
    return _filtered(result, wanted) if wanted.active() else result


def _above(group: Group, floor: float) -> Group | None:
    versions = [v for v in group.versions if v.claim == group.reference or v.score >= floor]
    if not any(v.claim != group.reference for v in versions):
        return None
    keep = {v.claim for v in versions} | {group.reference}
    claims = [c for c in group.claims if c in keep]
    return group.model_copy(update={"versions": versions, "claims": claims})


def _filtered(result: CompareResult, wanted: GroupFilter) -> CompareResult:
    """The result with the groups shown, and only the claims they hold (events are kept)."""
    groups = [shown for g in result.groups if (shown := wanted.apply(g)) is not None]
    claim_ids = {c for g in groups for c in g.claims}
    claims = [c for c in result.claims if c.id in claim_ids]
    return result.model_copy(update={"groups": groups, "claims": claims})
