"""Output formats: each turns a run's reports and errors into text. ``FORMATS`` is the registry."""

from __future__ import annotations

from collections.abc import Callable

from postcheck.output.json import format_json
from postcheck.output.text import format_text
from postcheck.output.types import RunResult

#: Format name → function(result, color) returning the whole output.
FORMATS: dict[str, Callable[[RunResult, bool], str]] = {
    "text": format_text,
    "json": format_json,
}

__all__ = ["FORMATS", "RunResult"]
