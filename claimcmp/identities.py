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
from collections.abc import Iterable, Sequence

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


def _person_names(claims: Iterable[Claim]) -> Counter[str]:
    names: Counter[str] = Counter()
    for c in claims:
        if c.speaker is not None and c.speaker.name and not c.speaker.anonymous:
            names[c.speaker.name] += 1
    return names


def unify_speakers(claims: Sequence[Claim], event_of: dict[str, str]) -> dict[str, str]:
    """Map each speaker name used in the claims to the one name used across articles."""
    counts = _person_names(claims)
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
    _join_surnames(claims, counts, uf, event_of)
    _join_contained_orgs(claims, uf, event_of)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        groups[uf.find(name)].append(name)
    mapping = {}
    for members in groups.values():
        best = max(members, key=lambda n: (len(n.split()) >= 2, counts[n], len(n), n))
        for m in members:
            mapping[m] = best
    return mapping


def _join_surnames(
    claims: Sequence[Claim], counts: Counter[str], uf: _UnionFind, event_of: dict[str, str]
) -> None:
    full_by_event: dict[str, set[str]] = defaultdict(set)
    single_by_event: dict[str, set[str]] = defaultdict(set)
    people: set[str] = set()
    for c in claims:
        if c.speaker is None or not c.speaker.name or c.speaker.anonymous:
            continue
        event = event_of.get(c.article, "")
        (full_by_event if len(c.speaker.name.split()) >= 2 else single_by_event)[event].add(c.speaker.name)
        if c.speaker.kind == "person":
            people.add(c.speaker.name)
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


def _join_contained_orgs(claims: Sequence[Claim], uf: _UnionFind, event_of: dict[str, str]) -> None:
    orgs_by_event: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.speaker is not None and c.speaker.name and c.speaker.kind == "organization":
            orgs_by_event[event_of.get(c.article, "")].add(c.speaker.name)
    for orgs in orgs_by_event.values():
        for short in orgs:
            words = set(short.lower().split())
            longer = [o for o in orgs if o != short and words < set(o.lower().split())]
            if len(longer) == 1:
                uf.union(longer[0], short)
