"""Output formats: each turns a run's reports and errors into text.

Built in: ``text`` (for people; colour on a terminal, ``NO_COLOR`` respected), ``json`` (the
versioned schema of :mod:`postcheck.core.report`), ``sarif`` (SARIF 2.1.0, for code-scanning tools)
and ``github`` (workflow-command annotations; chosen automatically when ``GITHUB_ACTIONS`` is set).
Third parties add formats through the entry-point group ``postcheck.formats``: each entry point
names a function ``(result: RunResult, color: bool) -> str``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib.metadata import entry_points

from postcheck.core.errors import ConfigError, did_you_mean
from postcheck.output.github import format_github
from postcheck.output.json import format_json
from postcheck.output.sarif import format_sarif
from postcheck.output.text import format_text
from postcheck.output.types import RunResult

Formatter = Callable[[RunResult, bool], str]
ENTRY_POINT_GROUP = "postcheck.formats"

#: The built-in formats by name.
BUILTIN_FORMATS: dict[str, Formatter] = {
    "text": format_text,
    "json": format_json,
    "sarif": format_sarif,
    "github": format_github,
}


@functools.cache
def formats() -> dict[str, Formatter]:
    """Return every format: the built-in ones and the plugins' (which cannot replace them)."""
    found = dict(BUILTIN_FORMATS)
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        if entry_point.name in found:
            continue
        try:
            found[entry_point.name] = entry_point.load()
        except Exception as error:
            raise ConfigError(
                f"output format plugin '{entry_point.name} = {entry_point.value}' failed to load: {error}"
            ) from error
    return found


def get_format(name: str) -> Formatter:
    """Return the format called ``name``; a ConfigError names the closest one."""
    known = formats()
    if name not in known:
        raise ConfigError(f"unknown output format '{name}'", fix=did_you_mean(name, known))
    return known[name]


__all__ = ["BUILTIN_FORMATS", "Formatter", "RunResult", "formats", "get_format"]
