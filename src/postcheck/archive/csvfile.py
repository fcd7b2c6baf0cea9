"""Reading CSV records one at a time, a bad record reported instead of spoiling the file.

Python's csv module, given a quote that is never closed, reads the rest of the file into one
field: many posts become one, silently, or the run stops at the field size limit. Here the
file's bytes are first split into records by CSV's quoting rules (a field that starts with a
quote ends at the next single quote; a quote inside it is written twice), and each record is
then read with the csv module. Lines end at LF, CR LF or a lone CR (CSV of the old Mac OS), as
the csv module reads them. A record that breaks the rules is reported with its lines, and
reading goes on:

* a quoted field whose closing quote is followed by other text than spaces, a comma or a line
  break (``"a "quoted" word"``): that quote was text. The field goes on to the next quote
  that a comma, a line break or the end of the file follows (a quote followed by other text
  is taken as text too), and the record up to there is bad;
* a quoted field that goes on over a line break, when a later line breaks the rules: if that
  line is a record by itself, quoted by the rules (``2,"fine"``, ``"","next post"``), the
  quote opened earlier was never closed: the lines before it are the bad record, and reading
  goes on at that line. Otherwise, as above;
* a record over ``limit`` bytes: skipped, never held;
* a quote never closed at all: the rest of the file is one bad record (:attr:`Record.rest`),
  and the posts in it are lost.

Input the csv module reads as it was written is never changed by these rules: each applies
only where the quoting rules are broken. Quotes, commas and line breaks are ASCII, so the split
works on bytes, also where a long line is read in pieces; only a whole record is decoded (a
byte that is not UTF-8 is kept as a lone surrogate, for the post's check to report).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

#: Bytes read at a time, and the longest piece of a line handled at once.
CHUNK = 1 << 20

QUOTE, COMMA, CR, LF, SPACE, TAB = b'"'[0], b","[0], b"\r"[0], b"\n"[0], b" "[0], b"\t"[0]
#: Where the split is: at a field's start; in an unquoted field; in a quoted field; just after
#: a quote in a quoted field (a second quote, a comma or a line break must follow); after
#: spaces that follow a closing quote. After a broken quote (text after a closing quote): in
#: the field, after a quote in it, after spaces that follow that quote.
FIELD, UNQUOTED, QUOTED, AFTER_QUOTE, SPACED, BROKEN, BROKEN_QUOTE, BROKEN_SPACED = range(8)
_IN_FIELD = (QUOTED, BROKEN)
_FIELD_END = re.compile(rb"[,\r\n]")
_LINE_BREAK = re.compile(rb"[\r\n]")
#: A line that is a record by itself, every quote in it by the rules.
_QUOTED_RIGHT = rb'(?:"(?:[^"\r\n]|"")*"[ \t]*|[^",\r\n]*)'
_WHOLE_RECORD = re.compile(rb"%s(?:,%s)*(?:\r\n|\r|\n)?" % (_QUOTED_RIGHT, _QUOTED_RIGHT))
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
    """A file's lines in pieces of at most about :data:`CHUNK` bytes; one can be given back."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        try:
            self.base = stream.tell()  # where ``buffer`` starts in the file
        except (OSError, AttributeError):
            self.base = 0
        self.buffer, self.at, self.ended = b"", 0, False
        self.number, self.starts = 0, True
        self.back: Piece | None = None

    def next(self) -> Piece | None:
        """Return the next piece, or None at the end of the file."""
        if self.back is not None:
            piece, self.back = self.back, None
            return piece
        if self.base == 0 and self.at == 0 and not self.buffer:
            self._fill()
            if self.buffer.startswith(b"\xef\xbb\xbf"):  # a byte-order mark
                self.at = 3
        while True:
            found = _LINE_BREAK.search(self.buffer, self.at, self.at + CHUNK + 1)
            if found is not None:
                end = found.end()
                if self.buffer[end - 1] == CR and end == len(self.buffer) and not self.ended:
                    self._fill()  # an LF may follow the CR
                    continue
                end += self.buffer[end - 1] == CR and self.buffer[end : end + 1] == b"\n"
                break
            if len(self.buffer) - self.at > CHUNK:
                end = self.at + CHUNK
                break
            if self.ended:
                end = len(self.buffer)
                break
            self._fill()
        if end == self.at:
            return None
        data = self.buffer[self.at : end]
        self.at = end
        if self.starts:
            self.number += 1
        piece = (self.number, data, self.starts)
        self.starts = data[-1] in (CR, LF)
        return piece

    def _fill(self) -> None:
        more = self.stream.read(CHUNK)
        self.base += self.at
        self.buffer, self.at = self.buffer[self.at :] + more, 0
        self.ended = not more

    def give_back(self, piece: Piece) -> None:
        """Have :meth:`next` return ``piece`` again."""
        self.back = piece

    def tell(self) -> int:
        """Return how far into the file the pieces taken end."""
        return self.base + self.at - (len(self.back[1]) if self.back else 0)

    def whole_line(self, piece: Piece) -> bool:
        """Tell whether ``piece`` is a whole line (it starts the line and ends it)."""
        return piece[2] and (piece[1][-1] in (CR, LF) or self.at == len(self.buffer))


def scan(data: bytes, state: int) -> tuple[int, int | None]:
    """Follow CSV's quoting rules through ``data`` from ``state``.

    Returns the state at its end and, when a closing quote is followed by other text, the
    index of that text (None otherwise). A line break outside a field ends the record: it
    is only ever the last byte or two of ``data``.
    """
    index, size = 0, len(data)
    while index < size:
        byte = data[index]
        if state in _IN_FIELD:
            found = data.find(b'"', index)
            if found < 0:
                return state, None
            state, index = AFTER_QUOTE if state == QUOTED else BROKEN_QUOTE, found + 1
            continue
        if state == FIELD:
            state = QUOTED if byte == QUOTE else FIELD if byte in (CR, LF) else UNQUOTED
            index += state != UNQUOTED
        elif state == UNQUOTED:  # a quote in an unquoted field is text, as the csv module reads it
            end = _FIELD_END.search(data, index)
            if end is None:
                return UNQUOTED, None
            state, index = FIELD, end.end()
        elif byte in (COMMA, CR, LF):  # after a quote that closes its field
            state, index = FIELD, index + 1
        elif byte in (SPACE, TAB):
            state = SPACED if state in (AFTER_QUOTE, SPACED) else BROKEN_SPACED
            index += 1
        elif byte == QUOTE and state == AFTER_QUOTE:  # a quote written twice
            state, index = QUOTED, index + 1
        elif state in (AFTER_QUOTE, SPACED):
            return state, index
        else:  # after a broken quote, a quote followed by other text is text
            state = BROKEN_QUOTE if byte == QUOTE else BROKEN
            index += 1
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
        read = _read_record(pieces, piece, limit)
        found = _records(read, limit)
        for record in found:
            yield record, pieces.tell()
        if found and found[-1].rest:
            return


@dataclass
class _Read:
    """The lines of one record as split, before they are read as CSV."""

    first: int
    last: int
    held: list[bytes]
    size: int = 0
    state: int = FIELD
    #: The line of the first quote followed by other text; 0 when there is none.
    broken: int = 0
    #: True when a later line showed that a quoted field was never closed.
    reopened: bool = False


def _read_record(pieces: _Pieces, piece: Piece, limit: int) -> _Read:
    """Take the pieces of the record that ``piece`` starts."""
    read = _Read(piece[0], piece[0], [])
    while True:
        number, data, starts = piece
        later = starts and number > read.first
        entered = read.state
        read.state, violation = scan(data, read.state)
        if violation is not None:
            if later and entered == QUOTED and _whole_record(pieces, piece):
                pieces.give_back(piece)  # the quote opened earlier was never closed
                read.reopened = True
                break
            read.broken = read.broken or number
            read.state, _ = scan(data[violation:], BROKEN)
        read.last = number
        read.size += len(data)
        if read.size <= limit and not read.broken:
            read.held.append(data)
        if data[-1] in (CR, LF) and read.state not in _IN_FIELD:
            break
        following = pieces.next()
        if following is None:
            break
        piece = following
    return read


def _whole_record(pieces: _Pieces, piece: Piece) -> bool:
    """Tell whether ``piece`` is a whole line that is a record by itself, quoted by the rules."""
    return pieces.whole_line(piece) and _WHOLE_RECORD.fullmatch(piece[1]) is not None


def _records(read: _Read, limit: int) -> list[Record]:
    """Return the records of the lines read: none for a blank line, else one."""
    first, last = read.first, read.last
    lines = f"line {first}" if first == last else f"lines {first}–{last}"
    problem, rest = None, read.state in _IN_FIELD and not read.reopened
    if read.broken:
        problem = f"a quoted field on line {read.broken} has text after its closing quote"
        if rest:
            problem += (
                ", and no quote after it ends the field, so the rest of the file is one field"
            )
        problem += f"; {_FIX}"
    elif read.reopened:
        problem = (f"the quoted field that starts on line {first} is not closed (line {last + 1} "
                   f"starts the next record); {_FIX}")  # fmt: skip
    elif rest:
        problem = (f"the quoted field that starts on line {first} is never closed, so the rest "
                   f"of the file is one field; {_FIX}")  # fmt: skip
    elif read.size > limit:
        problem = (f"the record is over {limit / 1_000_000:g} MB; split the post, or raise "
                   "max_size_mb in postcheck.toml")  # fmt: skip
    if problem is not None:
        return [Record(first, last, None, f"{lines} could not be read: {problem}", rest=rest)]
    text = b"".join(read.held).decode("utf-8", "surrogateescape")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        return [Record(first, last, None, f"{lines} could not be read as CSV ({error}); quote "
                       "fields that hold commas, quotes or line breaks")]  # fmt: skip
    return [Record(first, last, row) for row in rows if row]
