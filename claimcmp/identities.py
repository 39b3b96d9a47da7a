"""One name per speaker across articles: "Sergei/Sergey Lavrov", "Josh Earnest/Ernest", "Lavrov".

Two full names are one person when their surnames are near-identical and their
given names agree (rapidfuzz ratio), so "Boris Johnson" and "Woody Johnson"
stay two people. A bare surname joins a full name only when exactly one full
name in the same event ends with it. Organisations join when one name's words
contain the other's ("Foreign Ministry" → "Russian Foreign Ministry") within
an event. The name chosen for a merged speaker is its most used full form.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from rapidfuzz import fuzz

from claimcmp.models import Claim

SURNAME_SIMILARITY = 85
GIVEN_NAME_SIMILARITY = 70


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def same_person(a: str, b: str) -> bool:
    """Full names of one person, allowing a transliteration or a misspelling."""
    wa, wb = _words(a), _words(b)
    if wa == wb:
        return True
    if len(wa) < 2 or len(wb) < 2:
        return False
    if fuzz.ratio(wa[-1], wb[-1]) < SURNAME_SIMILARITY:
        return False
    ga, gb = wa[0].rstrip("."), wb[0].rstrip(".")
    if len(ga) == 1 or len(gb) == 1:
        return ga[0] == gb[0]
    return fuzz.ratio(ga, gb) >= GIVEN_NAME_SIMILARITY


def _words(name: str) -> list[str]:
    """ "Kim Jong-un" and "Kim Jong Un" are spelt alike once hyphens are spaces."""
    return name.lower().replace("-", " ").split()


class SpeakerUse(NamedTuple):
    """A speaker as one article names it: all that unifying names needs of a claim."""

    article: str
    name: str
    kind: str
    anonymous: bool


def speaker_uses(claims: Iterable[Claim]) -> Counter[SpeakerUse]:
    """How many claims each article gives each named speaker, in order of first use."""
    uses: Counter[SpeakerUse] = Counter()
    for c in claims:
        if c.speaker is not None and c.speaker.name:
            uses[SpeakerUse(c.article, c.speaker.name, c.speaker.kind, c.speaker.anonymous)] += 1
    return uses


def _person_names(uses: Mapping[SpeakerUse, int]) -> Counter[str]:
    names: Counter[str] = Counter()
    for use, n in uses.items():
        if not use.anonymous:
            names[use.name] += n
    return names


def unify_speakers(uses: Mapping[SpeakerUse, int], event_of: dict[str, str]) -> dict[str, str]:
    """Map each speaker name used (see `speaker_uses`) to the one name used across articles."""
    counts = _person_names(uses)
    uf = _UnionFind()
    full = sorted(n for n in counts if len(n.split()) >= 2)
    by_initials: dict[str, list[str]] = defaultdict(list)
    for name in full:
        words = _words(name)
        by_initials[words[0][0] + words[-1][0]].append(name)
    for block in by_initials.values():  # block on the initials: near-linear, and spelling-proof
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if same_person(a, b):
                    uf.union(a, b)
    _join_surnames(uses, uf, event_of)
    _join_contained_orgs(uses, uf, event_of)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        groups[uf.find(name)].append(name)
    mapping = {}
    for members in groups.values():
        best = max(members, key=lambda n: (len(n.split()) >= 2, counts[n], len(n), n))
        for m in members:
            mapping[m] = best
    return mapping


def _join_surnames(uses: Iterable[SpeakerUse], uf: _UnionFind, event_of: dict[str, str]) -> None:
    full_by_event: dict[str, set[str]] = defaultdict(set)
    single_by_event: dict[str, set[str]] = defaultdict(set)
    people: set[str] = set()
    for use in uses:
        if use.anonymous:
            continue
        event = event_of.get(use.article, "")
        (full_by_event if len(use.name.split()) >= 2 else single_by_event)[event].add(use.name)
        if use.kind == "person":
            people.add(use.name)
    for event, singles in single_by_event.items():
        for single in singles:
            hits = {uf.find(f) for f in full_by_event[event] if _names_part(f, single, f in people)}
            if len(hits) == 1:
                uf.union(hits.pop(), single)


def _names_part(full: str, single: str, person: bool) -> bool:
    """A bare surname of a full name, or the first word of a person's name for
    family-name-first names ("Kim"); never the first word of a body ("Connecticut Post")."""
    words = full.split()
    low = single.lower()
    return fuzz.ratio(words[-1].lower(), low) >= 90 or (person and words[0].lower() == low)


def _join_contained_orgs(uses: Iterable[SpeakerUse], uf: _UnionFind, event_of: dict[str, str]) -> None:
    orgs_by_event: dict[str, set[str]] = defaultdict(set)
    for use in uses:
        if use.kind == "organization":
            orgs_by_event[event_of.get(use.article, "")].add(use.name)
    for orgs in orgs_by_event.values():
        for short in orgs:
            words = set(short.lower().split())
            longer = [o for o in orgs if o != short and words < set(o.lower().split())]
            if len(longer) == 1:
                uf.union(longer[0], short)
