"""Writing the output records, in input order: Parquet or JSON lines.

The output is written to a hidden file beside ``OUT`` and renamed to ``OUT`` when the run is
done, so a stopped run never leaves half an output under the name asked for. JSON lines are one
object per line (:data:`~postcheck.archive.check.OUTPUT_FIELDS`, in that order). Parquet has a
fixed schema (:func:`schema`): ``scores`` a struct of the seven criteria, ``rules`` a map from
rule code to count, ``findings`` a list of structs with the JSON report's fields; records are
written in row groups of about :data:`ROW_GROUP` records as they come.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from postcheck.archive.read import pyarrow_parquet
from postcheck.core.errors import InputError
from postcheck.core.kinds import CRITERIA

#: The output formats.
FORMATS = ("parquet", "jsonl")
#: The format of each suffix.
SUFFIXES = {".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl"}
#: Records in a Parquet row group, about.
ROW_GROUP = 10_000

#: The fields of a finding (:meth:`postcheck.core.report.Finding.to_dict`) with their types.
FINDING_FIELDS = (("rule", "string"), ("name", "string"), ("criterion", "string"),
                  ("severity", "string"), ("message", "string"), ("line", "int64"),
                  ("column", "int64"), ("end_line", "int64"), ("end_column", "int64"),
                  ("suggestions", "strings"), ("cost", "float64"), ("fix", "string"),
                  ("lang", "string"))  # fmt: skip


class Writer(Protocol):
    """Where output records go."""

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        """Write records after those already written."""

    def close(self) -> None:
        """Finish the output and put it in place."""

    def abort(self) -> None:
        """Drop what was written."""


def output_format(path: str, given: str | None) -> str:
    """Return the output format: ``given``, else the one of the path's suffix."""
    found = given or SUFFIXES.get(Path(path).suffix.lower())
    if found is None:
        raise InputError(
            "cannot tell the output format from the name",
            path=path,
            fix="name it .parquet or .jsonl, or give --format",
        )
    return found


def open_writer(path: str, form: str) -> Writer:
    """Start writing the output to ``path`` in format ``form`` (``parquet`` or ``jsonl``)."""
    target = Path(path)
    if target.is_dir():
        raise InputError("is a folder", path=path, fix="name a file for --output")
    if not target.parent.is_dir():
        raise InputError("its folder does not exist", path=path, fix="create the folder first")
    partial = target.with_name(f".{target.name}.partial")
    if form == "parquet":
        return ParquetWriter(target, partial)
    return JsonLinesWriter(target, partial)


class _Output:
    """A file written under a hidden name, renamed when it is done."""

    def __init__(self, target: Path, partial: Path) -> None:
        self.target = target
        self.partial = partial

    def _finish(self) -> None:
        try:
            os.replace(self.partial, self.target)
        except OSError as error:
            raise InputError(f"cannot write: {error.strerror}", path=str(self.target)) from None

    def abort(self) -> None:
        """Drop what was written."""
        self.partial.unlink(missing_ok=True)


class JsonLinesWriter(_Output):
    """Output records as JSON lines."""

    def __init__(self, target: Path, partial: Path) -> None:
        """Open the hidden file."""
        super().__init__(target, partial)
        try:
            self.stream = partial.open("w", encoding="utf-8", newline="\n")
        except OSError as error:
            raise InputError(f"cannot write: {error.strerror}", path=str(target)) from None

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        """Write one line per record."""
        self.stream.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)

    def close(self) -> None:
        """Close the file and put it in place."""
        self.stream.close()
        self._finish()

    def abort(self) -> None:
        """Close and drop the file."""
        self.stream.close()
        super().abort()


def schema() -> Any:
    """Return the Parquet schema of the output records (a ``pyarrow.Schema``)."""
    pyarrow_parquet()
    import pyarrow as pa

    kinds = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
             "strings": pa.list_(pa.string())}  # fmt: skip
    finding = pa.struct([(name, kinds[kind]) for name, kind in FINDING_FIELDS])
    text = ("id", "author", "date", "channel", "audience", "type", "lang")
    return pa.schema([
        ("source", pa.string()), ("row", pa.int64()),
        *[(name, pa.string()) for name in text],
        ("words", pa.int64()), ("score", pa.int64()), ("band", pa.string()),
        ("scores", pa.struct([(name, pa.int64()) for name in CRITERIA])),
        ("rules", pa.map_(pa.string(), pa.int64())),
        ("findings", pa.list_(finding)),
        ("error", pa.string()),
    ])  # fmt: skip


class ParquetWriter(_Output):
    """Output records as a Parquet file, in row groups of about :data:`ROW_GROUP` records."""

    def __init__(self, target: Path, partial: Path) -> None:
        """Open the hidden file with the output schema."""
        super().__init__(target, partial)
        pq = pyarrow_parquet()
        self.schema = schema()
        self.pending: list[dict[str, Any]] = []
        try:
            self.writer = pq.ParquetWriter(str(partial), self.schema)
        except OSError as error:
            raise InputError(f"cannot write: {error.strerror}", path=str(target)) from None

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        """Keep records until a row group is full, then write it."""
        self.pending.extend(records)
        if len(self.pending) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if not self.pending:
            return
        import pyarrow as pa

        rows = [{**record, "rules": None if record["rules"] is None
                 else list(record["rules"].items())} for record in self.pending]  # fmt: skip
        self.writer.write_table(pa.Table.from_pylist(rows, schema=self.schema))
        self.pending = []

    def close(self) -> None:
        """Write what is left, close the file and put it in place."""
        self._flush()
        self.writer.close()
        self._finish()

    def abort(self) -> None:
        """Close and drop the file."""
        self.writer.close()
        super().abort()
