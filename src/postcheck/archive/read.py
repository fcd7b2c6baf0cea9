"""Reading an archive: JSON lines, CSV or Parquet files, streamed in partitions.

Each input is checked before anything is read past its start: it exists, its format is known
(from its suffix or ``--input-format``) and it has the text column; a CSV file without a header
that can be read is left unread and named in :attr:`Archive.problems`, and the others are read.
Then the records are read a few at a time: JSON lines line by line (a line longer than the limit is skipped, never held),
CSV record by record (:mod:`.csvfile`), Parquet batch by batch with pyarrow. A partition holds
at most ``partition_size`` posts and ``partition_bytes`` of text, and never spans two files, so
memory stays bounded whatever the size of the archive.

A JSON line that is not a JSON object, a CSV record whose quotes are broken and a record over
the limit are each a post with a ``problem``: it is reported in the output and the rest is
read. A CSV quote that is never closed leaves the rest of its file one bad record; the file is
then also in :attr:`Archive.problems`, for the command to name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from postcheck.archive import csvfile
from postcheck.archive.records import DEFAULT_COLUMNS, Columns, Post
from postcheck.core.errors import DependencyError, InputError, closest

#: The input formats.
FORMATS = ("jsonl", "csv", "parquet")
#: The format of each suffix.
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
            ".pq": "parquet"}  # fmt: skip
#: Posts in a partition, at most.
PARTITION_SIZE = 100
#: Text in a partition, at most (a longer post is a partition of its own).
PARTITION_BYTES = 16_000_000
#: The longest record (a JSON line, a CSV record) read, by default.
RECORD_BYTES = 24_000_000
#: The longest CSV header read.
HEADER_BYTES = 1 << 20


@dataclass(frozen=True)
class Partition:
    """Posts read together and checked together, in input order."""

    #: The partition's place in the archive, from 0.
    number: int
    posts: tuple[Post, ...]
    #: Bytes of the input files read up to this partition's end (for progress).
    read: int


@dataclass(frozen=True)
class Source:
    """One input file with its format."""

    path: Path
    #: The file as it was named (a file found in a named folder: its path under the folder).
    name: str
    format: str
    size: int


def pyarrow_parquet() -> Any:
    """Return ``pyarrow.parquet``, or raise a DependencyError that says what to install."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise DependencyError(
            "Parquet needs pyarrow", fix="install postcheck[dask] (pip install 'postcheck[dask]')"
        ) from None
    return pq


def sources(paths: Sequence[str], input_format: str | None = None) -> list[Source]:
    """Return the input files: each path named, and the archive files in each folder named."""
    found: list[Source] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            inside = sorted(
                item for item in path.rglob("*")
                if item.is_file() and not item.name.startswith(".")
                and _suffix_format(item) is not None
                and (input_format is None or _suffix_format(item) == input_format)
            )  # fmt: skip
            if not inside:
                raise InputError(
                    "the folder holds no archive files",
                    path=name,
                    fix="put .jsonl, .csv or .parquet files in it, or name the files",
                )
            found.extend(_source(item, str(item), input_format) for item in inside)
        else:
            found.append(_source(path, name, input_format))
    return found


def _suffix_format(path: Path) -> str | None:
    return SUFFIXES.get(path.suffix.lower())


def _source(path: Path, name: str, input_format: str | None) -> Source:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file", path=name, fix="check the path") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", path=name) from None
    found = input_format or _suffix_format(path)
    if found is None:
        shown = path.suffix or "no suffix"
        raise InputError(
            f"unknown archive format ({shown})",
            path=name,
            fix="name it .jsonl, .csv or .parquet, or give --input-format",
        )
    return Source(path, name, found, size)


def _check_renamed(source: Source, columns: Columns, found: Sequence[str]) -> None:
    """Refuse a column named with ``--column`` that the input does not have (a typo)."""
    for field, column in columns.names.items():
        if field != "text" and column != field and column not in found:
            match = closest(column, found) or "NAME"
            raise InputError(
                f"no column '{column}' for the posts' {field} (it has: {', '.join(found[:20])})",
                path=source.name,
                fix=f"name it with --column {field}={match}",
            )


def _no_text_column(source: Source, columns: Columns, found: Sequence[str]) -> InputError:
    wanted = columns["text"]
    match = closest(wanted, found) or "NAME"
    listing = ", ".join(found[:20]) + (", …" if len(found) > 20 else "")
    where = "its first record" if source.format == "jsonl" else "it"
    return InputError(
        f"no column '{wanted}' for the posts' text ({where} has: {listing or 'none'})",
        path=source.name,
        fix=f"name the text column with --column text={match}",
    )


class Archive:
    """The posts of one or more input files, read in partitions of bounded size."""

    def __init__(
        self,
        paths: Sequence[str],
        *,
        columns: Columns = DEFAULT_COLUMNS,
        input_format: str | None = None,
        partition_size: int = PARTITION_SIZE,
        partition_bytes: int = PARTITION_BYTES,
        record_bytes: int = RECORD_BYTES,
    ) -> None:
        """Find and check the inputs (raising InputError for a bad one); read nothing more yet."""
        self.columns = columns
        self.partition_size = partition_size
        self.partition_bytes = partition_bytes
        self.record_bytes = record_bytes
        #: Inputs read only in part or not at all: a CSV file without a header that can be
        #: read (found before reading), a CSV file's quote never closed (found while reading).
        self.problems: list[InputError] = []
        self.sources = sources(paths, input_format)
        #: The sources (by index) not read: their problem is in :attr:`problems`.
        self.unread: set[int] = set()
        for index, source in enumerate(self.sources):
            if not self._probe(source):
                self.unread.add(index)

    @property
    def size(self) -> int:
        """The bytes of every input file."""
        return sum(source.size for source in self.sources)

    def _probe(self, source: Source) -> bool:
        """Check that a file can be read as its format and has the text column.

        Returns False for a CSV file without a header that can be read, its problem added to
        :attr:`problems`: the other inputs are still read.
        """
        text = self.columns["text"]
        if source.format == "parquet":
            names = list(self._parquet(source).schema_arrow.names)
            if text not in names:
                raise _no_text_column(source, self.columns, names)
            _check_renamed(source, self.columns, names)
            return True
        with _open(source) as stream:
            if source.format == "csv":
                header = _csv_header(source, stream)
                if isinstance(header, InputError):
                    self.problems.append(header)
                    return False
                if text not in header:
                    raise _no_text_column(source, self.columns, header)
                _check_renamed(source, self.columns, header)
                return True
            for number, line in _lines(stream, self.record_bytes):
                if line is None or not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except ValueError as error:
                    raise InputError(
                        f"line {number} is not JSON ({_reason(error)})",
                        path=source.name,
                        fix="write one JSON object per line, or give --input-format",
                    ) from None
                if isinstance(value, dict) and text not in value:
                    raise _no_text_column(source, self.columns, list(value))
                return True
        return True

    def _parquet(self, source: Source) -> Any:
        pq = pyarrow_parquet()
        try:
            return pq.ParquetFile(str(source.path), pre_buffer=False)
        except OSError as error:
            raise InputError(f"cannot read: {error.strerror}", path=source.name) from None
        except Exception as error:  # pyarrow's ArrowInvalid: not a Parquet file
            raise InputError(
                f"not a Parquet file ({error})", path=source.name, fix="check the file"
            ) from None

    def partitions(self) -> Iterator[Partition]:
        """Yield the partitions in input order."""
        number, done = 0, 0
        for index, source in enumerate(self.sources):
            if index in self.unread:
                done += source.size
                continue
            posts: list[Post] = []
            size, position = 0, 0
            for post, position in self._posts(source):
                posts.append(post)
                size += len(post.text) if isinstance(post.text, str) else 0
                if len(posts) >= self.partition_size or size >= self.partition_bytes:
                    yield Partition(number, tuple(posts), done + position)
                    number, posts, size = number + 1, [], 0
            if posts:
                yield Partition(number, tuple(posts), done + source.size)
                number += 1
            done += source.size

    def _posts(self, source: Source) -> Iterator[tuple[Post, int]]:
        """Yield each post of a file with how far into the file it ends."""
        if source.format == "parquet":
            yield from self._parquet_posts(source)
        elif source.format == "csv":
            yield from self._csv_posts(source)
        else:
            yield from self._jsonl_posts(source)

    def _jsonl_posts(self, source: Source) -> Iterator[tuple[Post, int]]:
        row = 0
        with _open(source) as stream:
            for number, line in _lines(stream, self.record_bytes):
                if line is not None and not line.strip():
                    continue
                row += 1
                problem = None
                if line is None:
                    problem = (
                        f"line {number} is over {self.record_bytes / 1_000_000:g} MB; "
                        "split the post, or raise max_size_mb in postcheck.toml"
                    )
                else:
                    try:
                        value = json.loads(line)
                    except ValueError as error:
                        problem = f"line {number} is not JSON ({_reason(error)})"
                    else:
                        if isinstance(value, dict):
                            yield Post.of(source.name, row, value, self.columns), stream.tell()
                            continue
                        problem = f"line {number} is not a JSON object"
                yield Post(source.name, row, None, problem=problem), stream.tell()

    def _csv_posts(self, source: Source) -> Iterator[tuple[Post, int]]:
        header: list[str] | None = None
        row = 0
        with _open(source) as stream:
            for record, end in csvfile.records(stream, self.record_bytes):
                if header is None:  # the first record: the probe found it readable
                    header = record.fields or []
                    continue
                row += 1
                if record.fields is None:
                    if record.rest:
                        self.problems.append(_lost(source, record))
                    yield Post(source.name, row, None, problem=record.problem), end
                    continue
                values = dict(zip(header, record.fields, strict=False))
                yield Post.of(source.name, row, values, self.columns), end

    def _parquet_posts(self, source: Source) -> Iterator[tuple[Post, int]]:
        parquet = self._parquet(source)
        names = set(parquet.schema_arrow.names)
        wanted = list(dict.fromkeys(c for c in self.columns.names.values() if c in names))
        total = max(1, parquet.metadata.num_rows)
        row = 0
        batches = parquet.iter_batches(batch_size=self.partition_size, columns=wanted)
        for batch in batches:
            for values in batch.to_pylist():
                row += 1
                yield Post.of(source.name, row, values, self.columns), source.size * row // total


def _open(source: Source) -> IO[bytes]:
    try:
        return source.path.open("rb")
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", path=source.name) from None


def _csv_header(source: Source, stream: IO[bytes]) -> list[str] | InputError:
    """Return a CSV file's header, or why it has none (the file is then not read)."""
    first = next(csvfile.records(stream, HEADER_BYTES), None)
    if first is None:
        return InputError(
            "not read: it has no header line",
            path=source.name,
            fix="make its first line name the columns",
        )
    if first[0].fields is None:
        lines, _, why = (first[0].problem or "").partition(" could not be read: ")
        return InputError(f"not read: its header ({lines}) could not be read: {why}",
                          path=source.name)  # fmt: skip
    return first[0].fields


def _lost(source: Source, record: csvfile.Record) -> InputError:
    """Say that a CSV file's last posts are lost in a quoted field that is never closed."""
    return InputError(
        f"line {record.first}: a quoted field is never closed, so lines {record.first}–"
        f"{record.last} (the rest of the file) could not be read as posts",
        path=source.name,
        fix='close the quote, and write each quote inside a field as two ("")',
    )


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield each line's number and bytes; None for a line over ``limit`` (skipped, not held)."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield number, None
        else:
            yield number, line


def _reason(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at column {error.colno}"
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8"
    return str(error)
