"""Line-oriented formats for tools: CSV (one row per claim) and JSON Lines.

CSV: one row per claim; for compare, one row per claim of each group, with
the group's id, status and the claim's score against the group's reference.

JSON Lines: for extract, one claim a line (the `Claim` object of the JSON
output). For compare, one group a line: the `Group` object plus `members`,
the group's claims in full, each with its article's outlet.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from claimcmp.models import Claim, CompareResult, ExtractResult, Group

CLAIM_COLUMNS = [
    "article",
    "outlet",
    "claim",
    "kind",
    "speaker_name",
    "speaker_mention",
    "speaker_role",
    "speaker_kind",
    "anonymous",
    "speaker_filled_from",
    "cue",
    "via",
    "start",
    "end",
    "paragraph",
    "statement",
    "text",
]
GROUP_COLUMNS = ["group", "status", "group_speaker", "reasons", "notes", "reference", "score"]


def claim_row(claim: Claim, outlet: str | None) -> dict[str, Any]:
    speaker = claim.speaker
    return {
        "article": claim.article,
        "outlet": outlet or "",
        "claim": claim.id,
        "kind": claim.kind,
        "speaker_name": (speaker.name or "") if speaker else "",
        "speaker_mention": speaker.mention if speaker else "",
        "speaker_role": (speaker.role or "") if speaker else "",
        "speaker_kind": speaker.kind if speaker else "",
        "anonymous": str(speaker.anonymous).lower() if speaker else "",
        "speaker_filled_from": (speaker.filled_from or "") if speaker else "",
        "cue": claim.cue or "",
        "via": "; ".join(claim.via),
        "start": claim.start,
        "end": claim.end,
        "paragraph": claim.paragraph,
        "statement": claim.statement or "",
        "text": claim.text,
    }


def _outlets(result: ExtractResult) -> dict[str, str | None]:
    return {a.id: a.outlet for a in result.articles}


def group_rows(result: CompareResult) -> Iterator[dict[str, Any]]:
    """One row per claim of each group, in group order."""
    claims = {c.id: c for c in result.claims}
    members = ((g, [claims[c] for c in g.claims if c in claims]) for g in result.groups)
    return rows_of_groups(members, _outlets(result))


def rows_of_groups(
    groups: Iterable[tuple[Group, Sequence[Claim]]], outlets: dict[str, str | None]
) -> Iterator[dict[str, Any]]:
    """One row per claim of each group, from groups with their claims (taken one at a time)."""
    for group, members in groups:
        scores = {v.claim: v.score for v in group.versions}
        for claim in members:
            cid = claim.id
            yield {
                "group": group.id,
                "status": group.status,
                "group_speaker": group.speaker or "",
                "reasons": "; ".join(group.reasons),
                "notes": "; ".join(group.notes),
                "reference": str(cid == group.reference).lower(),
                "score": _score(scores.get(cid)),
                **claim_row(claim, outlets.get(claim.article)),
            }


def _score(score: float | None) -> str:
    return "" if score is None else f"{score:g}"


def render_csv(result: ExtractResult, out: TextIO, color: bool) -> None:
    if isinstance(result, CompareResult):
        columns, rows = GROUP_COLUMNS + CLAIM_COLUMNS, group_rows(result)
    else:
        outlets = _outlets(result)
        columns = CLAIM_COLUMNS
        rows = (claim_row(c, outlets.get(c.article)) for c in result.claims)
    _write_csv(columns, rows, out)


def write_compare_csv(
    groups: Iterable[tuple[Group, Sequence[Claim]]], outlets: dict[str, str | None], out: TextIO
) -> None:
    """`render_csv` of a compare result given as its groups with their claims, one at a time."""
    _write_csv(GROUP_COLUMNS + CLAIM_COLUMNS, rows_of_groups(groups, outlets), out)


def _write_csv(columns: list[str], rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)


def group_line(group: Group, claims: dict[str, Claim], outlets: dict[str, str | None]) -> dict[str, Any]:
    members = [
        {**claims[c].model_dump(mode="json"), "outlet": outlets.get(claims[c].article)}
        for c in group.claims
        if c in claims
    ]
    return {**group.model_dump(mode="json"), "members": members}


def render_jsonl(result: ExtractResult, out: TextIO, color: bool) -> None:
    if not isinstance(result, CompareResult):
        for claim in result.claims:
            out.write(claim.model_dump_json() + "\n")
        return
    claims = {c.id: c for c in result.claims}
    outlets = _outlets(result)
    for group in result.groups:
        out.write(json.dumps(group_line(group, claims, outlets), ensure_ascii=False) + "\n")
