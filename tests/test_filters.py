"""Compare filters: pure functions that keep groups, and the claims those groups hold."""

from __future__ import annotations

import pytest

from claimcmp.filters import apply_filters, best_score, by_min_score, by_speaker, by_status
from claimcmp.models import CompareResult


def ids(result: CompareResult) -> list[str]:
    return [g.id for g in result.groups]


def test_by_status_keeps_the_named_statuses(compared: CompareResult) -> None:
    assert ids(by_status(compared, ["conflict", "variant"])) == ["g1", "g2"]
    assert ids(by_status(compared, ["agree"])) == []


def test_filters_keep_only_the_claims_of_kept_groups(compared: CompareResult) -> None:
    kept = by_status(compared, ["variant"])
    assert [c.id for c in kept.claims] == ["001_aaaa#2", "002_bbbb#2"]
    assert kept.articles == compared.articles
    assert kept.events == compared.events


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("kerry", ["g1"]),
        ("SERGEI", ["g2"]),
        ("in", ["g3"]),
        ("o", ["g1", "g2"]),
        ("nobody", []),
    ],
)
def test_by_speaker_is_a_case_insensitive_substring(
    compared: CompareResult, needle: str, expected: list[str]
) -> None:
    assert ids(by_speaker(compared, needle)) == expected


def test_by_min_score_drops_low_versions_and_groups_left_without_one(compared: CompareResult) -> None:
    assert ids(by_min_score(compared, 50)) == ["g1", "g2"]
    assert ids(by_min_score(compared, 80)) == ["g1"]
    assert ids(by_min_score(compared, 90)) == []
    assert ids(by_min_score(compared, 0)) == ["g1", "g2"]  # a single has no score


def test_by_min_score_keeps_the_reference_of_a_kept_group(compared: CompareResult) -> None:
    group = by_min_score(compared, 80).groups[0]
    assert group.claims == ["001_aaaa#1", "002_bbbb#1"]
    assert [v.claim for v in group.versions] == ["001_aaaa#1", "002_bbbb#1"]


def test_best_score_ignores_the_reference(compared: CompareResult) -> None:
    assert [best_score(g) for g in compared.groups] == [88.5, 61, None]


def test_filters_do_not_change_their_argument(compared: CompareResult) -> None:
    before = compared.model_dump()
    apply_filters(compared, statuses=["single"], speaker="x", min_score=99)
    assert compared.model_dump() == before


def test_apply_filters_combines_and_defaults_to_everything(compared: CompareResult) -> None:
    assert apply_filters(compared) == compared
    both = apply_filters(compared, statuses=["conflict", "variant"], speaker="lavrov")
    assert ids(both) == ["g2"]
