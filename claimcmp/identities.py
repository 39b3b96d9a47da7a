"""One name per speaker across articles: "Sergei/Sergey Lavrov", "Josh Earnest/Ernest", "Lavrov".

Names are parsed by `nameparser` (first, last, suffix). Two full names are one
person when their surnames are near-identical and their first names could be
one person's: the same, an initial, a nickname in the `nicknames` package's
table ("Bill" / "William"), or, for names that table does not know, nearly the
same spelling (rapidfuzz ratio). So "Boris Johnson" and "Woody Johnson", "Mark
Lee" and "Mary Lee" stay two people, and "Chris Lee" never joins both
"Christopher Lee" and "Christina Lee". A bare surname joins a full name only
when exactly one full name in the same event ends with it ("Clinton" in an event
naming Bill and Hillary Clinton joins neither). Organisations join when spelt
alike, or within an event when one name's words contain the other's ("Foreign
Ministry" → "Russian Foreign Ministry"). The name chosen for a merged speaker is its most used full form.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from rapidfuzz import fuzz

from claimcmp.lexicon import nickname_table
from claimcmp.models import Claim

SURNAME_SIMILARITY = 85
_MAX_FIRST_NAMES = 4  # Bill, Billy, Will, William: a person's first names, written every way
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
    """Full names of one person, allowing a transliteration, a misspelling or a nickname
    ("Bill" / "William"), but never two different known first names ("Jane" / "Janet")."""
    if _words(a) == _words(b):
        return True
    pa, pb = name_parts(a), name_parts(b)
    if not (pa.first and pa.last and pb.first and pb.last):
        return False
    if fuzz.ratio(pa.last, pb.last) < SURNAME_SIMILARITY:
        return False
    return given_names_match(pa.first, pb.first)


def given_names_match(a: str, b: str) -> bool:
    """Two first names (lower case) one person could go by: equal, an initial of the other,
    a nickname of the other (the `nicknames` package's curated table), or, for names the
    table does not know (transliterations: "Sergei" / "Sergey"), spelt nearly alike."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    nicknames, known = nickname_table()
    if b in nicknames.get(a, ()) or a in nicknames.get(b, ()):
        return True
    if a in known and b in known:
        return False  # two names of their own: "Mark" and "Mary" are two people
    return fuzz.ratio(a, b) >= GIVEN_NAME_SIMILARITY


def _first_initials(first: str) -> set[str]:
    """The initials a first name may be written under: its own and its nicknames' ("Bill": b, w)."""
    nicknames, _ = nickname_table()
    return {first[:1]} | {nick[0] for nick in nicknames.get(first, ())}


class NameParts(NamedTuple):
    first: str
    last: str


@functools.lru_cache(maxsize=65536)
def name_parts(name: str) -> NameParts:
    """First and last name, lower case, by `nameparser`: a suffix ("Jr.", "III") or a title
    left in the name ("Dr.") is not taken for the surname or the first name."""
    words = _words(name)
    if len(words) == 2 and not _special_words().intersection(w.rstrip(".") for w in words):
        first, last = words  # most names: parsed as nameparser would, at a hundredth of the cost
    else:
        from nameparser import HumanName  # noqa: PLC0415 (on first use: compare only, not start-up)

        parsed = HumanName(" ".join(words))
        first, last = str(parsed.first).lower(), str(parsed.last).lower()
    if not last and first:  # a one-word name is a surname
        first, last = "", first
    return NameParts(first, last)


@functools.cache
def _special_words() -> frozenset[str]:
    """Words nameparser treats apart: titles, suffixes, surname prefixes ("de"), conjunctions."""
    from nameparser.config import CONSTANTS  # noqa: PLC0415 (as above)

    groups = (CONSTANTS.titles, CONSTANTS.suffix_acronyms, CONSTANTS.suffix_not_acronyms)
    return frozenset().union(*groups, CONSTANTS.prefixes, CONSTANTS.conjunctions)


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
    organisations = {u.name for u in uses if u.kind == "organization"}
    uf = _UnionFind()
    # root → the first names its names use: a join must keep every pair of them compatible
    firsts: dict[str, set[str]] = {}
    full = sorted(n for n in counts if len(n.split()) >= 2 and n not in organisations)
    by_initials: dict[str, list[str]] = defaultdict(list)
    for name in full:
        parts = name_parts(name)
        for initial in _first_initials(parts.first):
            # the surname's first or last three letters: two spellings close enough to be one
            # surname (ratio 85) share one of them, and blocks stay small at any corpus size
            for key in {parts.last[:3] + "<", ">" + parts.last[-3:]}:
                by_initials[initial + key].append(name)
    for block in by_initials.values():  # pairs only within a block: near-linear, and spelling-proof
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                ra, rb = uf.find(a), uf.find(b)
                if ra == rb or not same_person(a, b):
                    continue
                names_a = firsts.get(ra) or {name_parts(a).first}
                names_b = firsts.get(rb) or {name_parts(b).first}
                # "Chris Lee" is one of "Christopher Lee" and "Christina Lee", never both (a few
                # first names per person: cheap however many spellings of the surname join)
                if len(names_a | names_b) > _MAX_FIRST_NAMES:
                    continue  # no one goes by this many first names: a chain of look-alikes
                if all(given_names_match(x, y) for x in names_a for y in names_b if x and y):
                    uf.union(a, b)
                    firsts[uf.find(a)] = names_a | names_b
    _join_surnames(uses, uf, event_of)
    _join_contained_orgs(uses, uf, event_of)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        groups[uf.find(name)].append(name)
    mapping = {}
    for names in groups.values():
        best = max(names, key=lambda n: (len(n.split()) >= 2, counts[n], len(n), n))
        for m in names:
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
    surnames = {words[-1].lower(), name_parts(full).last}  # "King" of "Martin Luther King Jr."
    return any(fuzz.ratio(s, low) >= 90 for s in surnames) or (person and words[0].lower() == low)


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
