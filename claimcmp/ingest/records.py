"""Articles from JSON records, one object or a list of them (.json), or one a line (.jsonl).

A record is what a scraper exports: {"id", "outlet", "title", "date", "url",
"text"}; only "text" is required. Other keys are ignored. The text is used
exactly as stored, so offsets index the record's own "text" value.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from claimcmp.errors import InputError
from claimcmp.metadata import parse_date

# record key -> Article field; the first of several aliases present wins
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "outlet": ("outlet", "source_name", "sitename", "publisher"),
    "headline": ("title", "headline"),
    "published": ("date", "published", "published_at"),
    "byline": ("author", "byline", "authors"),
    "url": ("url", "link"),
}


def parse_date_value(value: object) -> dt.date | None:
    """A date from an ISO date or timestamp ('2016-03-24', '2016-03-24T10:00:00Z'),
    or a written one ('March 24, 2016'); None when value holds no date."""
    if not isinstance(value, str) or not value.strip():
        return None
    raw = value.strip()
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        return parse_date(raw)


def load_records(text: str, source: str) -> list[Any]:
    """The records in a JSON or JSONL document (not yet checked)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            raise InputError(f"{source}: invalid JSON ({_where(exc)})") from exc
        return list(_json_lines(text, source))
    return data if isinstance(data, list) else [data]


def load_json_lines(text: str, source: str) -> list[Any]:
    """The records of a JSONL document: one JSON value a line, blank lines skipped."""
    return list(_json_lines(text, source))


def _json_lines(text: str, source: str) -> Iterator[Any]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}: line {number}: invalid JSON ({exc.msg})") from exc


def _where(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at line {exc.lineno} column {exc.colno}"


def record_fields(record: object, label: str) -> dict[str, Any]:
    """Article fields of one record: id (may be None), text, metadata and warnings."""
    if not isinstance(record, dict):
        raise InputError(f"{label}: not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{label}: no \"text\" (a non-empty string)")
    fields: dict[str, Any] = {"text": text, "warnings": []}
    raw_id = record.get("id")
    fields["id"] = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id) else None
    for name, keys in FIELD_ALIASES.items():
        value = next((record[k] for k in keys if record.get(k) not in (None, "")), None)
        fields[name] = _field_value(name, value, fields["warnings"])
    return fields


def _field_value(name: str, value: object, warnings: list[str]) -> object:
    if value is None:
        return None
    if name == "published":
        date = parse_date_value(value)
        if date is None:
            warnings.append(f"date {value!r} not understood; ignored")
        return date
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return str(value).strip() or None
