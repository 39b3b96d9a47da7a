"""What several renderers share: short article labels, speaker labels, diff highlighting."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from claimcmp.models import ArticleInfo, Claim, WordDiff

LABEL_WIDTH = 14


def article_labels(articles: Sequence[ArticleInfo], width: int = LABEL_WIDTH) -> dict[str, str]:
    """A short, unique label per article id: its outlet, else a short form of its id."""
    ids = short_ids([a.id for a in articles])
    outlets = Counter(a.outlet for a in articles if a.outlet)
    labels: dict[str, str] = {}
    for a in articles:
        label = a.outlet if a.outlet and outlets[a.outlet] == 1 else ids[a.id]
        if a.outlet and outlets[a.outlet] > 1:
            label = f"{a.outlet} {ids[a.id]}"
        labels[a.id] = truncate(label, width)
    return _dedupe(labels)


def short_ids(ids: Sequence[str]) -> dict[str, str]:
    """`001` for `001_5a0e71876e275197` when no other id starts the same; else the id."""
    heads = {i: i.split("_", 1)[0] for i in ids}
    counts = Counter(heads.values())
    return {i: head if counts[head] == 1 else i for i, head in heads.items()}


def truncate(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _dedupe(labels: dict[str, str]) -> dict[str, str]:
    seen: Counter[str] = Counter()
    out: dict[str, str] = {}
    for key, label in labels.items():
        seen[label] += 1
        out[key] = label if seen[label] == 1 else f"{label}#{seen[label]}"
    return out


STATUS_ORDER = ("conflict", "variant", "agree", "single")


def status_summary(statuses: Sequence[str]) -> str:
    """'12 groups: 1 conflict, 3 variant, 8 single' (statuses in a fixed order)."""
    counts = Counter(statuses)
    parts = [f"{counts[s]} {s}" for s in STATUS_ORDER if counts[s]]
    return count(len(statuses), "group") + (f": {', '.join(parts)}" if parts else "")


def count(n: int, noun: str) -> str:
    """'1 claim', '3 claims'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def claims_summary(claims: int, articles: int) -> str:
    return f"{count(claims, 'claim')} in {count(articles, 'article')}"


def speaker_label(claim: Claim, with_via: bool = True) -> str:
    """The speaker's name (or the words naming them), and whom the speech came through."""
    who = "?" if claim.speaker is None else claim.speaker.name or claim.speaker.mention
    if claim.speaker is not None and claim.speaker.filled_from:
        who += f" (named in {claim.speaker.filled_from.rsplit('#', 1)[0]})"
    if with_via and claim.via:
        who += f" (via {', '.join(claim.via)})"
    return who


def highlight(text: str, diff: Sequence[WordDiff]) -> list[tuple[str, bool]]:
    """text cut into (piece, changed) runs: changed where the diff inserts or replaces words.

    The words of each step are found in text in order, so the text keeps its
    own spacing and punctuation; when a word cannot be found the whole text
    comes back unmarked rather than wrongly marked.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for step in diff:
        for word in step.b.split():
            at = text.find(word, pos)
            if at < 0:
                return [(text, False)] if text else []
            pos = at + len(word)
            if step.op != "equal":
                spans.append((at, pos))
    return _runs(text, _merge(text, spans))


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent changed words (only spaces between them) as one span."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    runs: list[tuple[str, bool]] = []
    pos = 0
    for start, end in spans:
        if start > pos:
            runs.append((text[pos:start], False))
        runs.append((text[start:end], True))
        pos = end
    if pos < len(text):
        runs.append((text[pos:], False))
    return runs
