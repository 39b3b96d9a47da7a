"""The compare stage: one event's claims → aligned groups, each with its status.

Each event is compared independently (`compare_event`), so events can be mapped over
workers; orchestration.py runs the stages, pipeline.compare_articles is the whole of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

import numpy as np

from claimcmp.align import SemanticScorer, align_claims, similarity_to
from claimcmp.models import Claim, Group, Status, Version, WordDiff
from claimcmp.speaker_fill import fill_speakers
from claimcmp.status import Wording, diff_steps, pair_status, related_speakers, worst
from claimcmp.textsim import normalise

_REDUNDANT_QUOTE_SHARE = 0.5
STATUS_ORDER = {"conflict": 0, "variant": 1, "agree": 2, "single": 3}


def rename_speakers(claims: Sequence[Claim], names: dict[str, str]) -> None:
    """Give each speaker its one name across articles, in place: the claims were made by this
    run's extraction and nothing else holds them, and copies would double the claims' memory."""
    for c in claims:
        if c.speaker is not None and c.speaker.name in names:
            c.speaker.name = names[c.speaker.name]


def alignable(claims: Sequence[Claim]) -> list[Claim]:
    """Claims worth aligning: no fragments, and no claim that is mostly its own quote."""
    quotes_by_article: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind in {"direct", "partial", "fragment"}:
            quotes_by_article.setdefault(c.article, []).append(c)
    out = []
    for c in claims:
        if c.kind == "fragment":
            continue
        if c.kind == "indirect":
            inside = sum(
                q.end - q.start
                for q in quotes_by_article.get(c.article, [])
                if c.start <= q.start and q.end <= c.end
            )
            if inside >= _REDUNDANT_QUOTE_SHARE * (c.end - c.start):
                continue  # the quote inside stands for it
        out.append(c)
    return out


def compare_event(
    claims: Sequence[Claim],
    event: str,
    outlet_of: dict[str, str | None],
    min_score: float = 0.0,
    semantic: SemanticScorer | None = None,
) -> list[Group]:
    """Groups of one event's claims: aligned across outlets, each with its status.

    A speaker one outlet only describes and another names, in one group, takes the name
    (speaker_fill.py): the claim's speaker is replaced in place, with `filled_from` set.
    """
    normal = {c.id: normalise(c.text) for c in claims}  # claim ids are unique in a run
    candidates, repeats = _collapse_repeats(alignable(claims), normal)
    texts = [normal[c.id] for c in candidates]
    groups = []
    for n, idx in enumerate(align_claims(candidates, min_score, semantic, normalised=texts)):
        members = [c for i in idx for c in (candidates[i], *repeats.get(candidates[i].id, []))]
        notes = []
        if len(idx) > 1:
            by_id = {c.id: c for c in members}
            for cid, speaker in fill_speakers(members).items():
                claim = by_id[cid]
                was = claim.speaker.mention if claim.speaker else ""
                claim.speaker = speaker
                donor = by_id[speaker.filled_from or ""]
                note = (
                    f"speaker filled in from {outlet_of.get(donor.article) or donor.article}: "
                    f"“{was}” is {speaker.name}"
                )
                if note not in notes:
                    notes.append(note)
        groups.append(_group(members, f"{event}-{n}", event, outlet_of, normal, notes=notes))
    return groups


def _collapse_repeats(
    claims: Sequence[Claim], normal: dict[str, str]
) -> tuple[list[Claim], dict[str, list[Claim]]]:
    """One claim per (article, words, speaker): a paragraph a scraper duplicated is aligned once
    and joins its first copy's group, so it neither counts twice nor costs n² comparisons."""
    first: dict[tuple[str, str, str | None, str], Claim] = {}
    repeats: dict[str, list[Claim]] = {}
    for c in claims:
        key = (c.article, normal[c.id], c.speaker.name if c.speaker else None, c.kind)
        if key in first:
            repeats.setdefault(first[key].id, []).append(c)
        else:
            first[key] = c
    return list(first.values()), repeats


def _group(
    members: list[Claim],
    gid: str,
    event: str,
    outlet_of: dict[str, str | None],
    normal: dict[str, str],
    *,
    notes: list[str],
) -> Group:
    reference = max(members, key=lambda c: (c.kind != "indirect", len(c.text)))
    # score and compare each distinct wording once (repeated paragraphs share their first copy's)
    distinct: dict[tuple[str, str, str | None], int] = {}
    slot: list[int] = []
    reps: list[Claim] = []
    for c in members:
        key = (c.article, normal[c.id], c.speaker.name if c.speaker else None)
        if key not in distinct:
            distinct[key] = len(reps)
            reps.append(c)
        slot.append(distinct[key])
    ref = slot[members.index(reference)]
    if len(reps) == 1:  # a claim alone (or with its repeats): no score to compute, nothing to diff
        scores = np.full(1, 100.0)
        wordings: list[Wording] = []
    else:
        scores = similarity_to(normal[reference.id], [normal[c.id] for c in reps])
        wordings = [Wording.of(c.text, normal[c.id]) for c in reps]
    scores[ref] = 100.0  # the reference against itself, however few its words (score() discounts those)
    kinds = _kinds(reps)
    status, reasons = _status(reps, wordings, kinds, notes)
    diffs: dict[int, list[WordDiff]] = {}
    by_kind: dict[int, list[WordDiff]] = {}  # versions of one kind have one diff against the reference
    versions = []
    for c, k in zip(members, slot, strict=True):
        if k not in diffs:
            if k == ref:
                diffs[k] = []
            elif kinds[k] in by_kind:
                diffs[k] = by_kind[kinds[k]]
            else:
                steps = diff_steps(wordings[ref], wordings[k])
                diffs[k] = by_kind[kinds[k]] = [WordDiff.trusted(op=op, a=a, b=b) for op, a, b in steps]
        versions.append(
            Version.trusted(
                claim=c.id,
                article=c.article,
                outlet=outlet_of.get(c.article),
                score=round(float(scores[k]), 1),
                diff=diffs[k],
            )
        )
    speaker = reference.speaker.name if reference.speaker else None
    return Group.trusted(
        id=gid,
        event=event,
        status=status,
        speaker=speaker,
        claims=[c.id for c in members],
        reference=reference.id,
        versions=versions,
        reasons=reasons if status == "conflict" else [],
        notes=notes,
    )


def _kinds(reps: list[Claim]) -> list[int]:
    """Each version's kind: versions with the same words, speaker and cue get one status against
    any other, so statuses are found per pair of kinds. A quote in 3,000 articles of a giant
    story is a few kinds, not 4.5 million pairs."""
    kinds: dict[tuple[object, ...], int] = {}
    out = []
    for c in reps:
        sp = c.speaker
        speaker = (sp.name, sp.kind, sp.anonymous, sp.role) if sp is not None else None
        out.append(kinds.setdefault((c.text, speaker, c.cue), len(kinds)))
    return out


def _status(
    reps: list[Claim], wordings: list[Wording], kinds: list[int], notes: list[str]
) -> tuple[Status, list[str]]:
    """The most different pair's status across articles, with every conflict reason found.

    Each pair of kinds (`_kinds`) with versions in two different articles is compared once,
    by its first versions; a pair of related speakers (a body and its spokesperson) adds a
    note to `notes`.
    """
    first: dict[int, int] = {}
    articles: dict[int, set[str]] = {}
    for i, (c, kind) in enumerate(zip(reps, kinds, strict=True)):
        first.setdefault(kind, i)
        articles.setdefault(kind, set()).add(c.article)
    statuses: list[str] = []
    reasons: list[str] = []
    order = sorted(first, key=first.__getitem__)
    for x, kx in enumerate(order):
        for ky in order[x:]:
            ax, ay = articles[kx], articles[ky]
            if len(ax | ay) < 2:
                continue  # every version of both in one article: no pair across articles
            i = first[kx]
            j = (
                first[ky]
                if ky != kx
                else next(n for n, k in enumerate(kinds) if k == kx and reps[n].article != reps[i].article)
            )
            a, b = reps[i], reps[j]
            status, why = pair_status(a, b, (wordings[i], wordings[j]), diff_steps(wordings[i], wordings[j]))
            statuses.append(status)
            reasons += [r for r in why if r not in reasons]
            related = related_speakers(a, b)
            if related and related not in notes:
                notes.append(related)
    return cast(Status, worst(statuses)), reasons
