"""Corpus-scale inputs: folders of JSON Lines and Parquet shards, read a shard (and a row batch) at a time."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claimcmp.ingest import read_articles, stream_articles

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

_TEXT = "“We will reopen the bridge in {n} weeks,” the mayor, Ana Ruiz, said on {day}."


def _records(first: int, count: int) -> list[dict[str, object]]:
    return [
        {
            "id": f"story-{n}",
            "outlet": f"Outlet {n % 3}",
            "title": f"Bridge {n}",
            "date": dt.date(2024, 5, 1 + n % 20),
            "text": _TEXT.format(n=n, day="Monday"),
            "unused": [1, 2, 3],  # a column claimcmp does not read
        }
        for n in range(first, first + count)
    ]


def _parquet(path: Path, rows: list[dict[str, object]]) -> None:
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=100)


def test_a_folder_of_parquet_and_jsonl_shards_reads_every_row_with_its_metadata(tmp_path: Path) -> None:
    _parquet(tmp_path / "part-0.parquet", _records(0, 300))
    _parquet(tmp_path / "part-1.parquet", _records(300, 5))
    lines = [json.dumps({**r, "date": str(r["date"])}) for r in _records(305, 4)]
    (tmp_path / "part-2.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    stream = stream_articles([str(tmp_path)])
    assert stream.expected == 309  # from the Parquet footers and the line breaks, before reading
    articles = list(stream)
    assert [a.id for a in articles] == [f"story-{n}" for n in range(309)]
    assert stream.problems == []
    assert articles[7].outlet == "Outlet 1"
    assert articles[7].published == dt.date(2024, 5, 8)
    assert articles[7].headline == "Bridge 7"
    assert articles[306].published == dt.date(2024, 5, 7)


def test_a_parquet_shard_is_read_a_row_batch_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first article comes once the first batch of rows is read, not the whole shard."""
    _parquet(tmp_path / "big.parquet", _records(0, 2000))
    batches = 0
    real = pq.ParquetFile.iter_batches

    def counted(self: object, *args: object, **kwargs: object) -> object:
        nonlocal batches
        for batch in real(self, *args, **kwargs):
            batches += 1
            yield batch

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", counted)
    stream = iter(stream_articles([str(tmp_path / "big.parquet")]))
    assert next(stream).id == "story-0"
    assert batches == 1
    assert sum(1 for _ in stream) == 1999
    assert batches > 1


def test_bad_rows_and_bad_shards_cost_only_themselves(tmp_path: Path) -> None:
    rows = _records(0, 3)
    rows[1] = {**rows[1], "text": ""}
    _parquet(tmp_path / "a.parquet", rows)
    (tmp_path / "b.parquet").write_bytes(b"PAR1 this is not a parquet file")
    _parquet(tmp_path / "c.parquet", [{"id": "x", "body": "no text column"}])
    articles, problems = read_articles([str(tmp_path)])
    assert [a.id for a in articles] == ["story-0", "story-2"]
    messages = {p.source.rsplit("/", 1)[-1]: p.message for p in problems}
    assert messages["a.parquet#2"] == 'no "text" (a non-empty string)'
    assert messages["b.parquet"].startswith("not a Parquet file")
    assert messages["c.parquet"] == 'no "text" column'


def test_a_json_file_of_many_records_is_expected_to_hold_many(tmp_path: Path) -> None:
    """A .json list is only parsed when read; its size stands for its count (within a factor of
    two for news-sized records), so a large file still goes to worker processes."""
    body = " ".join(["The council met again on the harbour plan and heard from residents."] * 80)
    records = [{"id": f"r{n}", "text": body} for n in range(600)]
    (tmp_path / "export.json").write_text(json.dumps(records), encoding="utf-8")
    stream = stream_articles([str(tmp_path / "export.json")])
    assert 300 <= stream.expected <= 1200
    assert len(list(stream)) == 600
