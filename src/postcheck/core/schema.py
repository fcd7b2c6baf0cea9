"""Building validated profiles (channels, audiences) from TOML tables.

A profile is a frozen dataclass; :func:`build` checks each value of a table against the kind its
field expects and makes the profile, over a base profile when one is given (config changes a
field of a built-in profile, or ``extends`` one). Errors name the file, the field and what it
must be.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypeVar

from postcheck.core.errors import ConfigError, did_you_mean

T = TypeVar("T")

#: What each kind of field accepts, for error messages.
_EXPECTED = {
    "int": "a whole number ≥ 0",
    "number": "a number ≥ 0",
    "bool": "true or false",
    "str": "text",
    "range": "[min, max] with min ≤ max",
    "strings": "a list of text",
    "table": "a table of text values",
}


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _valid(kind: str | tuple[str, ...], value: Any) -> bool:
    if isinstance(kind, tuple):
        return value in kind
    if kind == "int":
        return _whole(value)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "str":
        return isinstance(value, str)
    if kind == "range":
        return (
            isinstance(value, list)
            and len(value) == 2
            and all(map(_whole, value))
            and value[0] <= value[1]
        )
    if kind == "strings":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return isinstance(value, Mapping) and all(isinstance(v, str) for v in value.values())


def _convert(kind: str | tuple[str, ...], value: Any) -> Any:
    if kind in ("range", "strings"):
        return tuple(value)
    if kind == "table":
        return {str(key): str(item) for key, item in value.items()}
    return value


def build(
    cls: type[T],
    kinds: Mapping[str, str | tuple[str, ...]],
    data: Mapping[str, Any],
    *,
    base: T | None,
    where: str,
    what: str,
) -> T:
    """Return ``cls`` built from ``data`` (over ``base``); ConfigError names the bad field.

    ``kinds`` maps each settable field to its kind (see :data:`_EXPECTED`) or to a tuple of the
    allowed values. ``extends`` in ``data`` is ignored here (the caller picks ``base`` from it).
    """
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "extends":
            continue
        if key not in kinds:
            raise ConfigError(
                f"unknown {what} field '{key}'", path=where, fix=did_you_mean(key, kinds)
            )
        kind = kinds[key]
        if not _valid(kind, value):
            expected = f"one of {', '.join(kind)}" if isinstance(kind, tuple) else _EXPECTED[kind]
            raise ConfigError(f"{what} field '{key}' = {value!r} must be {expected}", path=where)
        values[key] = _convert(kind, value)
    if base is not None:
        return dataclasses.replace(base, **values)  # type: ignore[type-var]
    return cls(**values)
