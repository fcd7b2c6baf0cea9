"""Inline suppressions: HTML comments in a draft that switch rules off for some lines.

::

    <!-- postcheck-disable-file PC403 -->          the whole file
    <!-- postcheck-disable spelling PC118 -->      from this line on (no codes: every rule)
    <!-- postcheck-enable spelling -->             back on (no codes: every rule)
    <!-- postcheck-disable-next-line PC101 -->     only the line after the comment

Rules are named by code or name, separated by spaces or commas. The comments work in Markdown
and in plain-text drafts, and never count toward a post's length. A finding is suppressed when
its first line is inside a disabled range for its rule.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

_DIRECTIVE = regex.compile(
    r"<!--\s*postcheck-(disable-next-line|disable-file|disable|enable)\b([^>]*?)\s*-->"
)
ALL = "*"


@dataclass(frozen=True)
class Directive:
    """One suppression comment: its kind, the rule keys it names, and where it is."""

    kind: str
    keys: tuple[str, ...]
    offset: int
    line: int
    end_line: int


@dataclass
class Suppressions:
    """Disabled line ranges per rule key (code or name; ``*`` for every rule)."""

    ranges: dict[str, list[tuple[int, float]]] = field(default_factory=dict)

    def add(self, key: str, first: int, last: float) -> None:
        """Disable ``key`` on lines ``first`` to ``last`` (inclusive; ``inf`` for the file end)."""
        self.ranges.setdefault(key, []).append((first, last))

    def covers(self, keys: Iterable[str], line: int) -> bool:
        """Tell whether a finding of a rule known by ``keys`` on ``line`` is suppressed."""
        for key in (*keys, ALL):
            if any(first <= line <= last for first, last in self.ranges.get(key, ())):
                return True
        return False


def parse_directives(text: str, start: int = 0) -> list[Directive]:
    """Return the suppression comments of ``text`` from ``start`` on, in order."""
    found = []
    for match in _DIRECTIVE.finditer(text, start):
        keys = tuple(key for key in regex.split(r"[\s,]+", match.group(2).strip()) if key)
        line = text.count("\n", 0, match.start()) + 1
        end_line = line + match.group().count("\n")
        found.append(Directive(match.group(1), keys, match.start(), line, end_line))
    return found


def suppressions(directives: Iterable[Directive], canonical: dict[str, str]) -> Suppressions:
    """Turn directives into line ranges; ``canonical`` maps every key (code or name) to the code.

    Unknown keys are ignored here; the ``unknown-suppression`` rule reports them.
    """
    result = Suppressions()
    open_from: dict[str, int] = {}
    for directive in directives:
        keys = [
            canonical[key.upper()] if key.upper() in canonical else canonical.get(key, "")
            for key in directive.keys
        ]
        keys = [key for key in keys if key] if directive.keys else [ALL]
        if directive.kind == "disable-file":
            for key in keys:
                result.add(key, 1, math.inf)
        elif directive.kind == "disable-next-line":
            for key in keys:
                result.add(key, directive.end_line + 1, directive.end_line + 1)
        elif directive.kind == "disable":
            for key in keys:
                open_from.setdefault(key, directive.line)
        else:  # enable
            closing = list(open_from) if keys == [ALL] else keys
            for key in closing:
                if key in open_from:
                    result.add(key, open_from.pop(key), directive.line)
    for key, first in open_from.items():
        result.add(key, first, math.inf)
    return result
