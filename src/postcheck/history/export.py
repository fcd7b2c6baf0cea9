"""The records for a team's own dashboards: JSON lines, CSV, or Parquet (with pyarrow)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

from postcheck.core.errors import InputError
from postcheck.history.records import VersionRecord

#: The export formats.
FORMATS = ("jsonl", "csv", "parquet")


def jsonl(records: Sequence[VersionRecord], authors: str, salt: str = "") -> str:
    """Return one JSON object per line: a record with its scores, findings and examples."""
    return "".join(
        json.dumps(record.to_dict(authors, salt), ensure_ascii=False) + "\n" for record in records
    )


def csv_text(records: Sequence[VersionRecord], authors: str, salt: str = "") -> str:
    """Return the records as CSV: one row each, scores in columns, no quoted draft text."""
    rows = [record.flat(authors, salt) for record in records]
    columns = list(dict.fromkeys(key for row in rows for key in row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def parquet(records: Sequence[VersionRecord], authors: str, path: Path, salt: str = "") -> None:
    """Write the records as a Parquet file (the columns of the CSV)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            "Parquet needs pyarrow", fix="pip install 'postcheck[parquet]', or use --format csv"
        ) from None
    rows = [record.flat(authors, salt) for record in records]
    columns = list(dict.fromkeys(key for row in rows for key in row))
    table = pa.table({column: [row.get(column) for row in rows] for column in columns})
    pq.write_table(table, str(path))
