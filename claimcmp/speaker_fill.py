"""A speaker one outlet leaves unnamed, filled in from another outlet that names them.

One outlet writes "a Justice Department spokesman said", another "Justice
Department spokesman Pat Ryan said", with the same words. Within one group of
aligned versions (one event, near-verbatim text), the description takes the
name when:

- the other version's speaker is named and not anonymous, in another article;
- every word of the description is in that speaker's role ("Justice Department
  spokesman" ⊆ "Justice Department spokesman"), or, for a spokesperson, in the
  name of the organisation speaking ("a White House spokesman" ← "the White
  House"), counting a known alias of the body ("Number 10" / "Downing Street");
- exactly one such name is found (two candidates: nothing is filled);
- for a document ("the statement said"), the speaker who issued the same words in
  the other outlet, when the description names no one else ("a Pentagon statement"
  needs the Pentagon);
- the description is not an anonymous source by any of its nouns ("a senior
  official", "a person familiar with …"): those are never named this way.

The filled speaker keeps the mention as its own article writes it and records
the claim the name came from in `filled_from`. Pure over the claims given: the
caller decides what to do with the filled speakers it gets back.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcmp.lexicon import ANONYMOUS_SOURCE_HEADS, BODY_ALIASES, SPOKESPERSON_HEADS
from claimcmp.models import Claim, Speaker
from claimcmp.textsim import same_words

_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "its", "their"})


def fill_speakers(members: Sequence[Claim]) -> dict[str, Speaker]:
    """For the claims of one group: the speaker each unnamed description takes, by claim id."""
    filled: dict[str, Speaker] = {}
    donors = [c for c in members if _named(c)]
    if not donors:
        return filled
    for claim in members:
        if not _fillable(claim):
            continue
        names: dict[str, Claim] = {}
        for donor in donors:
            if donor.article != claim.article and _fits(claim, donor) and same_words(claim.text, donor.text):
                names.setdefault(donor.speaker.name or "", donor)  # type: ignore[union-attr]
        if len(names) == 1:
            donor = next(iter(names.values()))
            assert claim.speaker is not None  # by _fillable
            assert donor.speaker is not None  # by _named
            filled[claim.id] = Speaker.trusted(
                name=donor.speaker.name,
                mention=claim.speaker.mention,
                role=claim.speaker.role,
                kind=donor.speaker.kind,
                anonymous=False,
                filled_from=donor.id,
            )
    return filled


def description_words(text: str) -> list[str]:
    """The words of a description, lower case, without its determiner or possessive ending."""
    words = [w.strip(",.").lower() for w in text.replace("’s", "").replace("'s", "").split()]
    return [w for w in words if w and w not in _DETERMINERS]


def _named(claim: Claim) -> bool:
    sp = claim.speaker
    return (
        sp is not None
        and bool(sp.name)
        and not sp.anonymous
        and sp.filled_from is None
        and sp.kind in {"person", "organization"}
        and not _is_description(sp)
    )


def _is_description(speaker: Speaker) -> bool:
    """Known only by a description: its 'name' is its role ("Justice Department spokesman")."""
    role = description_words(speaker.role or "")
    return bool(role) and description_words(speaker.name or "") == role


def _fillable(claim: Claim) -> bool:
    sp = claim.speaker
    if sp is None or sp.kind not in {"person", "unknown", "document"} or not _is_description(sp):
        return False
    words = description_words(sp.role or "")
    return bool(words) and not ANONYMOUS_SOURCE_HEADS.intersection(words)


def _fits(claim: Claim, donor: Claim) -> bool:
    """The description says nothing the named speaker's role (or body's name) contradicts."""
    assert claim.speaker is not None
    assert donor.speaker is not None
    words = description_words(claim.speaker.role or "")
    if claim.speaker.kind == "document":  # "the statement said": whoever issued it, if it names no one
        qualifier = " ".join(words[:-1])
        issuer = " ".join(description_words(f"{donor.speaker.name} {donor.speaker.role or ''}"))
        return not qualifier or qualifier in issuer or _alias(qualifier) == _alias(issuer)
    if donor.speaker.kind == "person":
        role = set(description_words(donor.speaker.role or ""))
        return set(words) <= role | {_singular(w) for w in role}
    if words[-1] not in SPOKESPERSON_HEADS:
        return False  # a body speaks through its spokesperson, not through "a lawyer"
    qualifier = " ".join(words[:-1])
    body = " ".join(description_words(donor.speaker.name or ""))
    return not qualifier or qualifier in body or _alias(qualifier) == _alias(body)


def _alias(body: str) -> str:
    return BODY_ALIASES.get(body, body)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
