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

from collections.abc import Collection
from dataclasses import dataclass

import regex

# "[^>]*" without a lazy quantifier: an unclosed comment fails in one pass, not quadratically.
_DIRECTIVE = regex.compile(
    r"<!--\s*postcheck-(disable-next-line|disable-file|disable|enable)\b([^>]*)>"
)


@dataclass(frozen=True)
class Directive:
    """One suppression comment: its kind, the rule keys it names, and where it is."""

    kind: str
    keys: tuple[str, ...]
    offset: int
    line: int
    end_line: int


def parse_directives(
    text: str, start: int = 0, *, obeyed: Collection[int] | None = None
) -> list[Directive]:
    """Return the suppression comments of ``text`` from ``start`` on, in order.

    ``obeyed``: the offsets of the comments that count (in Markdown, those read as HTML; a
    directive shown in code is an example, not a directive); None: every comment counts.
    Linear in the text: lines are counted once, from one directive to the next.
    """
    wanted = frozenset(obeyed) if obeyed is not None else None
    found = []
    line, counted = 1, 0
    for match in _DIRECTIVE.finditer(text, start):
        body = match.group(2).rstrip()
        if not body.endswith("--") or (wanted is not None and match.start() not in wanted):
            continue
        keys = tuple(key for key in regex.split(r"[\s,]+", body[:-2].strip()) if key)
        line += text.count("\n", counted, match.start())
        counted = match.start()
        end_line = line + match.group().count("\n")
        found.append(Directive(match.group(1), keys, match.start(), line, end_line))
    return found
