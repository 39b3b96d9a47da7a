"""The compare result as one self-contained HTML page a journalist can open and share.

The page is rendered from a Jinja2 template with autoescaping (report/report.html.j2); its
CSS and JavaScript are inlined, and a Content-Security-Policy forbids every network request
and every script but the page's own (by its hash), so an article that carries `<script>`,
`onerror=` or `javascript:` can run nothing even where escaping were to fail.

The overview (events, counts per status, outlet × outlet matrix, speakers) is rendered here;
the groups travel as JSON data in the page and are drawn by the script a page at a time, so a
report of thousands of groups opens at once. The script builds every node with textContent,
never from HTML strings.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from importlib import resources
from itertools import combinations
from typing import Any, TextIO

from claimcmp import __version__
from claimcmp.models import CompareResult, ExtractResult
from claimcmp.render.common import STATUS_ORDER, article_labels, highlight, status_summary

Contexts = Mapping[str, tuple[str, str]]
_TOP_SPEAKERS = 15
_MATRIX_OUTLETS = 15
_SAFE_SCHEMES = ("http://", "https://")


def render_html(result: ExtractResult, out: TextIO, contexts: Contexts | None = None) -> None:
    """Write the report of a compare result; `contexts` (claim id → text before, after) adds
    each version's paragraph."""
    if not isinstance(result, CompareResult):
        raise TypeError("the HTML report is made of a compare result")
    import jinja2  # noqa: PLC0415 - only when a report is asked for

    folder = resources.files("claimcmp.render") / "report"
    script = (folder / "report.js").read_text(encoding="utf-8")
    style = (folder / "report.css").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string((folder / "report.html.j2").read_text(encoding="utf-8"))
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    out.write(
        template.render(
            version=__version__,
            summary=status_summary([g.status for g in result.groups]),
            statuses=_status_counts(result),
            events=_events(result),
            outlets_matrix=_matrix(result),
            speakers=_speakers(result),
            data=_script_json(_data(result, contexts or {})),
            script=script,
            style=style,
            script_hash=f"sha256-{digest}",
        )
    )


def _status_counts(result: CompareResult) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter(g.status for g in result.groups)
    return [(s, counts[s]) for s in STATUS_ORDER]


def _events(result: CompareResult) -> list[dict[str, Any]]:
    labels = article_labels(result.articles, width=40)
    info = {a.id: a for a in result.articles}
    groups = Counter(g.event for g in result.groups)
    rows = []
    for event in result.events:
        dates = sorted({d.isoformat() for aid in event.articles if (d := info[aid].published) is not None})
        rows.append(
            {
                "id": event.id,
                "label": event.label,
                "outlets": [labels[aid] for aid in event.articles],
                "dates": f"{dates[0]} – {dates[-1]}" if len(dates) > 1 else (dates[0] if dates else ""),
                "groups": groups[event.id],
            }
        )
    return rows


def _matrix(result: CompareResult) -> dict[str, Any]:
    """Outlet × outlet: how many groups each pair of outlets shares, by the group's status; the
    outlets in most shared groups, up to `_MATRIX_OUTLETS` (an article without an outlet stands
    for itself)."""
    labels = article_labels(result.articles, width=24)
    outlet_of = {a.id: a.outlet or labels[a.id] for a in result.articles}
    article_of = {c.id: c.article for c in result.claims}
    pairs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    shared: Counter[str] = Counter()
    for group in result.groups:
        outlets = sorted({outlet_of[article_of[c]] for c in group.claims if c in article_of})
        if len(outlets) > 1:
            shared.update(outlets)
        for a, b in combinations(outlets, 2):
            pairs[a, b][group.status] += 1
            pairs[b, a][group.status] += 1
    names = sorted(name for name, _ in shared.most_common(_MATRIX_OUTLETS))
    cells = [
        [
            {
                "agree": pairs[a, b]["agree"],
                "variant": pairs[a, b]["variant"],
                "conflict": pairs[a, b]["conflict"],
            }
            if a != b
            else None
            for b in names
        ]
        for a in names
    ]
    return {"outlets": names, "cells": cells}


def _speakers(result: CompareResult) -> list[dict[str, Any]]:
    """The speakers quoted in most groups, and which outlets quote them."""
    labels = article_labels(result.articles, width=24)
    article_of = {c.id: c.article for c in result.claims}
    groups: Counter[str] = Counter()
    outlets: dict[str, Counter[str]] = defaultdict(Counter)
    for group in result.groups:
        if not group.speaker:
            continue
        groups[group.speaker] += 1
        for cid in group.claims:
            if cid in article_of:
                outlets[group.speaker][labels[article_of[cid]]] += 1
    return [
        {"name": name, "groups": n, "outlets": [f"{o} ({k})" for o, k in outlets[name].most_common()]}
        for name, n in groups.most_common(_TOP_SPEAKERS)
    ]


def _data(result: CompareResult, contexts: Contexts) -> dict[str, Any]:
    """What the page's script draws: articles, and each group with its versions."""
    labels = article_labels(result.articles, width=32)
    claims = {c.id: c for c in result.claims}
    articles = {
        a.id: {
            "label": labels[a.id],
            "outlet": a.outlet or labels[a.id],
            "headline": a.headline or "",
            "date": a.published.isoformat() if a.published else "",
            "url": a.url if a.url and a.url.lower().startswith(_SAFE_SCHEMES) else "",
            "event": a.event or "",
        }
        for a in result.articles
    }
    groups = []
    for group in result.groups:
        versions = []
        for version in group.versions:
            claim = claims.get(version.claim)
            if claim is None:
                continue
            before, after = contexts.get(claim.id, ("", ""))
            speaker = claim.speaker
            # a list, not an object: field names repeated 17,000 times were a fifth of a large report
            versions.append(
                [
                    claim.article,
                    claim.kind,
                    (speaker.name or speaker.mention) if speaker else "",
                    claim.cue or "",
                    None if claim.id == group.reference else version.score,  # null: the reference itself
                    [[text, 1] if changed else text for text, changed in highlight(claim.text, version.diff)],
                    before,
                    after,
                    (speaker.filled_from or "") if speaker else "",
                ]
            )
        groups.append(
            {
                "id": group.id,
                "event": group.event or "",
                "status": group.status,
                "speaker": group.speaker or "",
                "reasons": group.reasons,
                "notes": group.notes,
                "versions": versions,
            }
        )
    return {"articles": articles, "groups": groups, "version_fields": list(VERSION_FIELDS)}


# the order of a version's fields in the page's data (report.js reads them by this order)
VERSION_FIELDS = ("article", "kind", "speaker", "cue", "score", "runs", "before", "after", "filled")


def _script_json(data: dict[str, Any]) -> str:
    """JSON that cannot end its <script> element or open a comment: <, > and & as escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
