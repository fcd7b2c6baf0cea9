"""The one schema mechanism for everything a team writes in TOML, like yamllint's ``CONF``.

Config tables, rule packs, channel and audience profiles and rule options all describe their
keys with :class:`Field`: a kind (``"int"``, ``"number"``, ``"bool"``, ``"str"``, ``"range"``,
``"strings"``, ``"words"``, ``"table"``, ``"tables"``, ``"section"``, ``"any"``, or a tuple of
the allowed values), an
optional default and, for numbers, a range. :func:`validate` checks a table against its fields
and returns the converted values; :func:`build` makes a frozen dataclass (a profile) from a
table, over a base profile when one is given. Every error is one line naming the file, the key
and what the value must be.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from postcheck.core.errors import ConfigError, did_you_mean
from postcheck.core.text import shorten

T = TypeVar("T")

#: What each kind accepts, for error messages.
_EXPECTED = {
    "int": "a whole number",
    "number": "a number",
    "bool": "true or false",
    "str": "text",
    "range": "[min, max] with min ≤ max",
    "strings": "a list of text",
    "table": "a table of text values",
    "tables": "a list of tables",
    "section": "a table",
    "words": "a list of words (text, none empty)",
    "any": "a value",
}


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**15


def _finite(value: Any) -> bool:
    return (_whole(value) and abs(value) < 10**15) or (
        isinstance(value, float) and math.isfinite(value)
    )


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "int": _whole,
    "number": _finite,
    "bool": lambda value: isinstance(value, bool),
    "str": lambda value: isinstance(value, str),
    "range": lambda value: (
        isinstance(value, list)
        and len(value) == 2
        and all(_whole(item) and item >= 0 for item in value)
        and value[0] <= value[1]
    ),
    "strings": lambda value: isinstance(value, list) and all(isinstance(v, str) for v in value),
    "table": lambda value: (
        isinstance(value, Mapping) and all(isinstance(v, str) for v in value.values())
    ),
    "tables": lambda value: isinstance(value, list) and all(isinstance(v, Mapping) for v in value),
    "section": lambda value: isinstance(value, Mapping),
    "words": lambda value: isinstance(value, list) and all(isinstance(v, str) and v for v in value),
    "any": lambda value: True,
}


@dataclass(frozen=True)
class Field:
    """One key of a TOML table: its kind, default and, for numbers, the range it must be in.

    Numbers are ≥ 0 unless ``minimum`` says otherwise; ``None`` as ``maximum`` means no upper
    bound. ``required`` keys must be present (and, for text, not empty).
    """

    kind: str | tuple[Any, ...]
    default: Any = None
    minimum: float | None = 0
    maximum: float | None = None
    required: bool = False
    #: The minimum excluded (a size must be > 0, not ≥ 0).
    exclusive_minimum: bool = False

    @classmethod
    def of(cls, default: Any) -> Field:
        """Return the field a plain default implies (``5`` → a whole number ≥ 0, default 5)."""
        if isinstance(default, Field):
            return default
        kinds: tuple[tuple[type, str], ...] = (
            (bool, "bool"), (int, "int"), (float, "number"), (str, "str"),
            (list, "strings"), (tuple, "strings"), (Mapping, "table"),
        )  # fmt: skip
        kind = next((name for type_, name in kinds if isinstance(default, type_)), "any")
        return cls(kind, default)

    def expected(self) -> str:
        """Describe what the field accepts, for messages and manuals."""
        if isinstance(self.kind, tuple):
            return "one of " + ", ".join(str(choice) for choice in self.kind)
        text = _EXPECTED[self.kind]
        if self.kind in ("int", "number"):
            if self.minimum is not None:
                text += f" {'>' if self.exclusive_minimum else '≥'} {self.minimum:g}"
            if self.maximum is not None:
                text += (
                    f" and ≤ {self.maximum:g}"
                    if self.minimum is not None
                    else f" ≤ {self.maximum:g}"
                )
        return text

    def accepts(self, value: Any) -> bool:
        """Tell whether ``value`` is valid for this field."""
        if isinstance(self.kind, tuple):  # True is not 1, nor 1.0 a choice of "1"
            return any(value == choice and type(value) is type(choice) for choice in self.kind)
        if not _CHECKS[self.kind](value):
            return False
        if self.kind in ("int", "number"):
            if self.minimum is not None and (
                value <= self.minimum if self.exclusive_minimum else value < self.minimum
            ):
                return False
            if self.maximum is not None and value > self.maximum:
                return False
        return not (self.required and self.kind == "str" and not value)

    def convert(self, value: Any) -> Any:
        """Return ``value`` in the form the program keeps (tuples for lists, plain dicts)."""
        if self.kind in ("range", "strings", "words"):
            return tuple(value)
        if self.kind == "table":
            return {str(key): str(item) for key, item in value.items()}
        if self.kind == "number":
            return float(value)
        return value


#: A table's fields: each key with its Field (or the shorthand of a kind alone).
Fields = Mapping[str, "Field | str | tuple[Any, ...]"]


def _field(spec: Field | str | tuple[Any, ...]) -> Field:
    return spec if isinstance(spec, Field) else Field(spec)


def check_value(value: Any, spec: Field | str | tuple[Any, ...], label: str, where: Any) -> Any:
    """Return ``value`` converted when ``spec`` accepts it; else a ConfigError naming ``label``."""
    field = _field(spec)
    if field.accepts(value):
        return field.convert(value)
    if field.required and value == "":
        raise ConfigError(f"'{label}' is required ({field.expected()})", path=where)
    if isinstance(field.kind, tuple):
        fix = did_you_mean(str(value), [str(choice) for choice in field.kind])
        raise ConfigError(f"'{label}' = {show(value)} is not valid", path=where, fix=fix)
    raise ConfigError(f"'{label}' = {show(value)} must be {field.expected()}", path=where)


def validate(
    data: Any,
    fields: Fields,
    *,
    where: Any,
    label: str = "",
    unknown: str = "key",
    ignore: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Check the table ``data`` against ``fields``; return the values it sets, converted.

    ``label`` prefixes each key in messages (``"vocabulary."``); ``unknown`` names what an
    unknown key is ("key", "channel field"). Keys in ``ignore`` are left to the caller.
    """
    if not isinstance(data, Mapping):
        name = label.rstrip(".") or "config"
        raise ConfigError(f"'{name}' must be a table", path=where, fix=f"write [{name}]")
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in ignore:
            continue
        if key not in fields:
            raise ConfigError(
                f"unknown {unknown} '{label}{key}'", path=where, fix=did_you_mean(str(key), fields)
            )
        values[key] = check_value(value, fields[key], f"{label}{key}", where)
    for key, spec in fields.items():
        if _field(spec).required and key not in data:
            raise ConfigError(f"'{label}{key}' is required ({_field(spec).expected()})", path=where)
    return values


def defaults(fields: Fields) -> dict[str, Any]:
    """Return the default of every field that has one."""
    return {
        key: _field(spec).default
        for key, spec in fields.items()
        if _field(spec).default is not None
    }


def build(
    cls: type[T],
    fields: Fields,
    data: Mapping[str, Any],
    *,
    base: T | None,
    where: str,
    what: str,
) -> T:
    """Return ``cls`` built from ``data`` (over ``base``); ConfigError names the bad field.

    ``extends`` in ``data`` is ignored here (the caller picks ``base`` from it).
    """
    values = validate(data, fields, where=where, unknown=f"{what} field", ignore=("extends",))
    if base is not None:
        return dataclasses.replace(base, **values)  # type: ignore[type-var]
    return cls(**values)


def show(value: Any, limit: int = 60) -> str:
    """Return a short, safe rendering of a bad value for a message (never a huge repr)."""
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return shorten(repr(value), limit)
