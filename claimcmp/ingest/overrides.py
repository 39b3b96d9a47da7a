"""Metadata given by the user, which wins over what is detected in the articles.

Two sources: `--outlet ID=NAME` options and a manifest file (CSV with a header
row, or JSON: a list of objects or an object keyed by id) with the columns
id, outlet, title, date, url (and optionally author). `--outlet` wins over
the manifest. A key names an article by its id, or by the start of exactly
one id (`001` for `001_5a0e71876e275197`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcmp.errors import InputError
from claimcmp.ingest.records import FIELD_ALIASES, parse_date_value
from claimcmp.models import Article, Problem

Fields = dict[str, Any]


@dataclass(frozen=True)
class Overrides:
    """Article fields to set, keyed by article id or id prefix; `origin` says who gave each key."""

    by_key: dict[str, Fields] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.by_key)


def parse_outlet_options(specs: Iterable[str]) -> Overrides:
    """`--outlet 001=Reuters` options as overrides."""
    by_key: dict[str, Fields] = {}
    origin: dict[str, str] = {}
    for spec in specs:
        key, sep, name = spec.partition("=")
        if not sep or not key.strip() or not name.strip():
            raise InputError(f"--outlet {spec!r}: expected ID=NAME, e.g. --outlet 001=Reuters")
        by_key[key.strip()] = {"outlet": name.strip()}
        origin[key.strip()] = f"--outlet {key.strip()}"
    return Overrides(by_key, origin)


def load_manifest(path: str) -> Overrides:
    """A manifest file as overrides; InputError names the file and the row at fault."""
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"manifest {path}: cannot read ({_reason(exc)})") from exc
    rows = _manifest_rows(raw, path)
    by_key: dict[str, Fields] = {}
    for number, row in enumerate(rows, start=1):
        key, fields = _manifest_row(row, f"manifest {path}: row {number}")
        by_key[key] = fields
    return Overrides(by_key, {key: f"manifest {path}: id {key}" for key in by_key})


def _reason(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)


def _manifest_rows(raw: str, path: str) -> list[Mapping[str, Any]]:
    if raw.lstrip()[:1] in {"[", "{"}:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            where = f"{exc.msg} at line {exc.lineno}"
            raise InputError(f"manifest {path}: invalid JSON ({where})") from exc
        if isinstance(data, dict):
            data = [{"id": k, **v} if isinstance(v, dict) else v for k, v in data.items()]
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise InputError(f'manifest {path}: expected a list of objects with an "id"')
        return data
    reader = csv.DictReader(io.StringIO(raw))
    if reader.fieldnames is None or "id" not in reader.fieldnames:
        raise InputError(f'manifest {path}: no "id" column (columns: id,outlet,title,date,url)')
    return list(reader)


def _manifest_row(row: Mapping[str, Any], label: str) -> tuple[str, Fields]:
    key = str(row.get("id") or "").strip()
    if not key:
        raise InputError(f"{label}: no id")
    fields: Fields = {}
    for name, keys in FIELD_ALIASES.items():
        value = next((row[k] for k in keys if row.get(k) not in (None, "")), None)
        if value is None:
            continue
        if name == "published":
            fields[name] = parse_date_value(value)
            if fields[name] is None:
                raise InputError(f"{label}: date {value!r} not understood (use YYYY-MM-DD)")
        else:
            fields[name] = str(value).strip()
    return key, fields


def merge(*layers: Overrides) -> Overrides:
    """Later layers win, field by field."""
    by_key: dict[str, Fields] = {}
    origin: dict[str, str] = {}
    for layer in layers:
        for key, fields in layer.by_key.items():
            by_key[key] = {**by_key.get(key, {}), **fields}
            origin[key] = layer.origin.get(key, key)
    return Overrides(by_key, origin)


def apply_overrides(articles: Sequence[Article], overrides: Overrides) -> tuple[list[Article], list[Problem]]:
    """Articles with the user's metadata set; a problem for each key matching no article."""
    targets: dict[str, Fields] = {}
    problems: list[Problem] = []
    ids = [a.id for a in articles]
    for key, fields in overrides.by_key.items():
        match = match_id(key, ids)
        if match is None:
            origin = overrides.origin.get(key, key)
            problems.append(Problem(source=origin, message=_no_match(key, ids)))
        else:
            targets[match] = {**targets.get(match, {}), **fields}
    out = [a.model_copy(update=targets[a.id]) if a.id in targets else a for a in articles]
    return out, problems


def match_id(key: str, ids: Sequence[str]) -> str | None:
    """The id equal to key, else the one id starting with it; None if none or several."""
    if key in ids:
        return key
    starts = [i for i in ids if i.startswith(key)]
    return starts[0] if len(starts) == 1 else None


def _no_match(key: str, ids: Sequence[str]) -> str:
    several = sum(i.startswith(key) for i in ids)
    if several:
        return f"{several} article ids start with {key!r}; give more of the id"
    return f"no article has the id {key!r}"
