"""Reading CSV records one at a time, a bad record reported instead of spoiling the file.

Python's csv module, given a quote that is never closed, reads the rest of the file into one
field: many posts become one, silently, or the run stops at the field size limit. Here the
file's bytes are first split into records by CSV's quoting rules (a field that starts with a
quote ends at the next single quote; a quote inside it is written twice), and each record is
then read with the csv module. A record that breaks the rules is reported with its lines, and
reading goes on:

* a quoted field whose closing quote is followed by more text (``"a "quoted" word"``): the
  record up to the end of that line is bad; reading goes on at the next line. When that quote
  is the first character of a later line, it most likely opens the next record: the quote
  opened earlier was never closed, the lines before it are the bad record, and reading goes
  on at that line;
* a record over ``limit`` bytes: skipped, never held;
* a quote never closed at all: the rest of the file is one bad record (:attr:`Record.rest`),
  and the posts in it are lost.

Quotes, commas and line breaks are ASCII, so the split works on bytes, also where a long line
is read in pieces; only a whole record is decoded (a byte that is not UTF-8 is kept as a lone
surrogate, for the post's check to report).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

#: Bytes read at a time from a long line.
CHUNK = 1 << 20

QUOTE, COMMA, CR, LF = b'"'[0], b","[0], b"\r"[0], b"\n"[0]
#: Where the split is: at a field's start, in an unquoted field, in a quoted field, or just
#: after a quote in a quoted field (a second quote, a comma or a line break must follow).
FIELD, UNQUOTED, QUOTED, AFTER_QUOTE = range(4)
_FIELD_END = re.compile(rb"[,\r]")
_FIX = 'close each quoted field, and write a quote inside a field as two ("")'

#: A piece of a line: the line's number, the bytes, whether the piece starts the line.
Piece = tuple[int, bytes, bool]


@dataclass(frozen=True)
class Record:
    """One record of a CSV file: its fields, or why it could not be read."""

    #: The record's first and last line in the file, from 1.
    first: int
    last: int
    #: The fields; None when the record could not be read.
    fields: list[str] | None
    #: Why it could not be read, with the fix; None when it was read.
    problem: str | None = None
    #: True when the record is the rest of the file, after a quote that is never closed.
    rest: bool = False


class _Pieces:
    """The pieces of a file's lines, read one at a time; a piece can be given back once."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.number = 0
        self.starts = True
        self.back: Piece | None = None

    def next(self) -> Piece | None:
        """Return the next piece, or None at the end of the file."""
        if self.back is not None:
            piece, self.back = self.back, None
            return piece
        data = self.stream.readline(CHUNK)
        if self.number == 0 and self.starts:
            data = data.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark
        if not data:
            return None
        if self.starts:
            self.number += 1
        piece = (self.number, data, self.starts)
        self.starts = data.endswith(b"\n")
        return piece

    def give_back(self, piece: Piece) -> None:
        """Have :meth:`next` return ``piece`` again."""
        self.back = piece

    def tell(self) -> int:
        """Return how far into the file the pieces taken end."""
        return self.stream.tell() - (len(self.back[1]) if self.back else 0)

    def skip_line(self, piece: Piece) -> None:
        """Read past the rest of the line ``piece`` is from."""
        data = piece[1]
        while not data.endswith(b"\n"):
            following = self.next()
            if following is None:
                return
            data = following[1]


def scan(data: bytes, state: int) -> tuple[int, int | None]:
    """Follow CSV's quoting rules through ``data`` from ``state``.

    Returns the state at its end and, when a closing quote is followed by other text, the
    index of that text (None otherwise).
    """
    index, size = 0, len(data)
    while index < size:
        if state == QUOTED:
            found = data.find(b'"', index)
            if found < 0:
                return QUOTED, None
            state, index = AFTER_QUOTE, found + 1
        elif state == AFTER_QUOTE:
            byte = data[index]
            if byte == QUOTE:
                state = QUOTED
            elif byte in (COMMA, CR):
                state = FIELD
            elif byte == LF:
                state = UNQUOTED
            else:
                return state, index
            index += 1
        elif state == FIELD:
            if data[index] == QUOTE:
                state, index = QUOTED, index + 1
            elif data[index] == CR:  # a line break: the csv module's, as a lone CR is too
                index += 1
            else:
                state = UNQUOTED
        else:  # a quote in an unquoted field is text, as the csv module reads it
            end = _FIELD_END.search(data, index)
            if end is None:
                return UNQUOTED, None
            state, index = FIELD, end.end()
    return state, None


def records(stream: IO[bytes], limit: int) -> Iterator[tuple[Record, int]]:
    """Yield each record of a CSV file (the header first) with how far into the file it ends.

    Blank lines are skipped. A record over ``limit`` bytes is yielded with its problem, never
    held whole.
    """
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)  # in characters: never more than the record's bytes
    pieces = _Pieces(stream)
    while (piece := pieces.next()) is not None:
        first = last = piece[0]
        held: list[bytes] = []
        size, state, broken = 0, FIELD, ""
        while piece is not None:
            number, data, starts = piece
            state, violation = scan(data, state)
            if violation is not None:
                if violation == 1 and starts and number > first:
                    pieces.give_back(piece)  # the quote opens the next record
                    broken = "reopened"
                else:
                    pieces.skip_line(piece)
                    broken, last = "undoubled", number
                break
            last = number
            size += len(data)
            if size <= limit:
                held.append(data)
            if data.endswith(b"\n") and state != QUOTED:
                break
            piece = pieces.next()
        found = _records(first, last, held, size, limit, state, broken)
        for record in found:
            yield record, pieces.tell()
        if found and found[-1].rest:
            return


def _records(
    first: int, last: int, held: list[bytes], size: int, limit: int, state: int, broken: str
) -> list[Record]:
    """Return the records of the lines read.

    None for a blank line; more than one where a lone CR breaks the line (CSV of the old Mac
    OS), as the csv module reads it.
    """
    lines = f"line {first}" if first == last else f"lines {first}–{last}"
    problem = None
    if broken == "reopened":
        problem = (f"the quoted field that starts on line {first} is not closed (line {last + 1} "
                   f"starts the next record); {_FIX}")  # fmt: skip
    elif broken == "undoubled":
        problem = f"a quoted field on line {last} has text after its closing quote; {_FIX}"
    elif state == QUOTED:
        problem = (f"the quoted field that starts on line {first} is never closed, so the rest "
                   f"of the file is one field; {_FIX}")  # fmt: skip
    elif size > limit:
        problem = (f"the record is over {limit / 1_000_000:g} MB; split the post, or raise "
                   "max_size_mb in postcheck.toml")  # fmt: skip
    if problem is not None:
        return [Record(first, last, None, f"{lines} could not be read: {problem}",
                       rest=broken == "" and state == QUOTED)]  # fmt: skip
    text = b"".join(held).decode("utf-8", "surrogateescape")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        return [Record(first, last, None, f"{lines} could not be read as CSV ({error}); quote "
                       "fields that hold commas, quotes or line breaks")]  # fmt: skip
    return [Record(first, last, row) for row in rows if row]
