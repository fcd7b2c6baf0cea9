"""The archive's records: a post as read (:class:`Post`) and the columns it is read from.

A post's fields are its ``text`` and, optionally, ``id``, ``channel``, ``audience``, ``type``,
``lang``, ``author`` and ``date``. Each is read from the column of the same name unless
:class:`Columns` names another (``--column text=body``). Every field but the text is kept as a
string (a number or a timestamp is written as text), so every partition has the same schema.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from postcheck.core.errors import ConfigError, did_you_mean

#: The fields of a post, the text first.
FIELDS = ("text", "id", "channel", "audience", "type", "lang", "author", "date")
#: The fields read from the archive and written back unchanged.
KEPT = ("id", "author", "date")


@dataclass(frozen=True)
class Columns:
    """Which column of the archive holds each field of a post."""

    names: Mapping[str, str]

    @classmethod
    def parse(cls, items: Iterable[str]) -> Columns:
        """Read ``FIELD=COLUMN`` items (``text=body``); the other fields keep their own names.

        Raises :class:`~postcheck.core.errors.ConfigError` for an unknown field or a missing
        ``=``.
        """
        names = {field: field for field in FIELDS}
        for item in items:
            field, equals, column = item.partition("=")
            field, column = field.strip(), column.strip()
            if not equals or not field or not column:
                raise ConfigError(
                    f"--column {item!r} is not FIELD=COLUMN", fix="write it as text=body"
                )
            if field not in names:
                raise ConfigError(
                    f"--column {item!r}: no field '{field}'", fix=did_you_mean(field, FIELDS)
                )
            names[field] = column
        return cls(names)

    def __getitem__(self, field: str) -> str:
        """Return the column that holds ``field``."""
        return self.names[field]


#: The columns when none is renamed.
DEFAULT_COLUMNS = Columns({field: field for field in FIELDS})


@dataclass(frozen=True)
class Post:
    """One record of the archive as read: where it is, its text and what it says about itself."""

    #: The input file, as it was named.
    source: str
    #: The record's number in its file, from 1.
    row: int
    #: The text; None when the record has none, other types when the column holds them.
    text: object
    id: str | None = None
    channel: str | None = None
    audience: str | None = None
    type: str | None = None
    lang: str | None = None
    author: str | None = None
    date: str | None = None
    #: Why the record could not be read (a line that is not JSON) or has no text, or None.
    problem: str | None = None

    @classmethod
    def of(cls, source: str, row: int, values: Mapping[str, Any], columns: Columns) -> Post:
        """Make a post of a record's values, read by column name."""
        fields = {field: as_text(values.get(columns[field])) for field in FIELDS[1:]}
        column = columns["text"]
        text = values.get(column)
        problem = None
        if column not in values:  # a JSON-lines record without it: others may name it so
            problem = f"the record has no '{column}'; name its text column with --column text=NAME"
        elif text is None:
            problem = f"the record's '{column}' is empty (null): there is no text to check"
        return cls(source, row, text, **fields, problem=problem)


def as_text(value: object) -> str | None:
    """Return a field's value as a string: None and empty strings are None, dates are ISO."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        # A byte that was not UTF-8 (read as a lone surrogate) is shown as "\ufffd": the field
        # must be writable, and only the text decides whether a post can be checked.
        try:
            raw = value.encode("utf-8", "surrogateescape")  # the byte read, as it was
        except UnicodeEncodeError:
            raw = value.encode("utf-8", "surrogatepass")  # "\udc80" written in JSON
        return raw.decode("utf-8", "replace")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, float) and value != value:  # NaN: pandas' missing value
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)
