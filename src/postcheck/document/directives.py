"""Suppression comments in a draft: HTML comments that switch rules off for some lines.

::

    <!-- postcheck-disable-file PC403 -->          the whole file
    <!-- postcheck-disable spelling PC118 -->      from this line on (no codes: every rule)
    <!-- postcheck-enable spelling -->             back on (no codes: every rule)
    <!-- postcheck-disable-next-line PC101 -->     only the line after the comment

Rules are named by code or name, separated by spaces or commas. This module finds the comments;
the engine (:mod:`postcheck.engine.suppressions`) turns them into silenced line ranges.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_DIRECTIVE = regex.compile(
    r"<!--\s*postcheck-(disable-next-line|disable-file|disable|enable)\b([^>]*?)\s*-->"
)


@dataclass(frozen=True)
class Directive:
    """One suppression comment: its kind, the rule keys it names, and where it is."""

    kind: str
    keys: tuple[str, ...]
    offset: int
    line: int
    end_line: int


def parse_directives(text: str, start: int = 0) -> list[Directive]:
    """Return the suppression comments of ``text`` from ``start`` on, in order."""
    found = []
    for match in _DIRECTIVE.finditer(text, start):
        keys = tuple(key for key in regex.split(r"[\s,]+", match.group(2).strip()) if key)
        line = text.count("\n", 0, match.start()) + 1
        end_line = line + match.group().count("\n")
        found.append(Directive(match.group(1), keys, match.start(), line, end_line))
    return found
