"""Archives written as a team's export would be: JSON lines, CSV and Parquet files of posts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

#: Real posts: Finnish with a misspelling, English, one for an unknown channel, one without text.
POSTS = [
    {"id": "p1", "text": "Uusi laskuripalvelumme säästää asiakkaan aikaa 30 minuuttia viikossa. "
     "Ilmottaudu mukaan webinaariin torstaina!", "channel": "linkedin", "author": "Aino"},
    {"id": "p2", "text": "We launched a new invoicing service today. It saves each customer "
     "30 minutes a week. Read more at https://example.com/invoicing", "lang": "en",
     "date": "2026-01-02"},
    {"id": "p3", "text": "Meillä on uusi palvelu.", "channel": "myspace"},
    {"id": "p4", "body": "Tässä ei ole tekstisaraketta."},
    {"id": "p5", "text": "Mä oon tosi innoissani, meil on uus juttu tulossa! Kattokaa https://example.fi",
     "channel": "x", "audience": "b2b"},
]  # fmt: skip


def write_archive(path: Path, records: list[dict], form: str | None = None) -> Path:
    """Write records as the file's format says (its suffix, or ``form``)."""
    form = form or path.suffix.lstrip(".")
    path.parent.mkdir(parents=True, exist_ok=True)
    if form == "jsonl":
        with path.open("w", encoding="utf-8") as stream:
            for record in records:
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif form == "csv":
        columns = list(dict.fromkeys(key for record in records for key in record))
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=columns or ["text"])
            writer.writeheader()
            writer.writerows(records)
    else:
        columns = list(dict.fromkeys(key for record in records for key in record)) or ["text"]
        table = pa.table({c: pa.array([r.get(c) for r in records], pa.string()) for c in columns})
        pq.write_table(table, str(path), row_group_size=3)
    return path


@pytest.fixture
def archive(tmp_path: Path):
    """Write POSTS (or other records) as an archive file under tmp_path and return its path."""

    def _archive(name: str = "posts.jsonl", records: list[dict] | None = None) -> Path:
        return write_archive(tmp_path / name, POSTS if records is None else records)

    return _archive
