"""Articles from JSON records, one object or a list of them (.json), or one a line (.jsonl).

A record is what a scraper exports: {"id", "outlet", "title", "date", "url",
"text"}; only "text" is required. Other keys are ignored. The text is used
exactly as stored, so offsets index the record's own "text" value.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from claimcmp.errors import InputError
from claimcmp.ingest.build import make_article, too_large
from claimcmp.ingest.text import decode
from claimcmp.metadata import parse_date
from claimcmp.models import Article, Problem

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
    or a written one ('March 24, 2016'), or a date or timestamp value (Parquet's);
    None when value holds no date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    raw = value.strip()
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        return parse_date(raw)


# (where to report it: "file#2" or "file:7", its number, the record or why it is bad)
Entry = tuple[str, int, Any]


class BadLineError(InputError):
    """A line of JSON Lines that is not JSON; the other lines are still read."""


def load_entries(text: str, label: str, lines: bool) -> list[Entry]:
    """The records of a JSON document (one object or a list) or of JSON Lines.

    A JSON file that holds several values one after another is read as JSON
    Lines, where a line that is not JSON is a `BadLineError` in place of its record.
    """
    if not lines:
        try:
            data = json.loads(text)
        except RecursionError as exc:
            raise InputError(f"{label}: JSON nested too deeply to read") from exc
        except json.JSONDecodeError as exc:
            if exc.msg != "Extra data":
                raise InputError(f"{label}: invalid JSON ({_where(exc)})") from exc
        else:
            items = data if isinstance(data, list) else [data]
            many = len(items) > 1
            return [(f"{label}#{n}" if many else label, n, r) for n, r in enumerate(items, 1)]
    return _line_entries(text, label)


def _line_entries(text: str, label: str) -> list[Entry]:
    entries: list[Entry] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            entries.append((f"{label}:{number}", number, json.loads(line)))
        except RecursionError:
            entries.append((f"{label}:{number}", number, BadLineError("JSON nested too deeply to read")))
        except json.JSONDecodeError as exc:
            entries.append((f"{label}:{number}", number, BadLineError(f"invalid JSON ({exc.msg})")))
    if entries and all(isinstance(e[2], BadLineError) for e in entries):
        raise InputError(f"{label}: not JSON Lines (line {entries[0][1]}: {entries[0][2]})")
    return entries


def _where(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at line {exc.lineno} column {exc.colno}"


def record_fields(record: object, label: str) -> dict[str, Any]:
    """Article fields of one record: id (may be None), text, metadata and warnings."""
    if not isinstance(record, dict):
        raise InputError(f"{label}: not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f'{label}: no "text" (a non-empty string)')
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


def read_records(
    data: bytes, label: str, stem: str, lines: bool, max_bytes: int, *, encoding: str | None = None
) -> tuple[list[Article], list[Problem]]:
    """Articles of a JSON (lines=False) or JSONL file; a problem for each bad record.

    Read as text files are (`text.decode`): UTF-8, or the encoding a byte-order mark names
    (UTF-16, UTF-32, which JSON readers accept), or Windows-1252 when the bytes are no UTF-8
    at all, each with a warning on every record; `encoding` decides when the user gives one."""
    text, warnings = decode(data, label, encoding)
    text = text.lstrip("\ufeff")
    entries = load_entries(text, label, lines)
    if not entries:
        raise InputError(f"{label}: no records in this file")
    articles: list[Article] = []
    problems: list[Problem] = []
    for where, number, record in entries:
        if isinstance(record, BadLineError):
            problems.append(Problem(source=where, message=str(record)))
            continue
        default_id = f"{stem}-{number}" if len(entries) > 1 else stem
        try:
            articles.append(record_article(record, where, default_id, max_bytes, warnings))
        except InputError as exc:
            problems.append(Problem(source=where, message=str(exc).removeprefix(f"{where}: ")))
    return articles, problems


def record_article(
    record: object, where: str, default_id: str, max_bytes: int, warnings: Sequence[str] = ()
) -> Article:
    """The article of one record; InputError naming `where` when it is none."""
    fields = record_fields(record, where)
    text = fields.pop("text")
    if len(text) > max_bytes:
        raise InputError(f"{where}: {too_large(len(text), max_bytes)}")
    article_id = fields.pop("id") or default_id
    return make_article(article_id, text, where, fields, [*warnings, *fields.pop("warnings")])
