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

# "[^>]*" without a lazy quantifier: an unclosed comment fails in one pass, not quadratically.
_DIRECTIVE = regex.compile(
    r"<!--\s*postcheck-(disable-next-line|disable-file|disable|enable)\b([^>]*)>"
)
#: Fenced code blocks of Markdown: a directive shown in one is an example, not a directive.
_FENCE = regex.compile(
    r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ ]{0,3}\1[ \t]*$|\Z)", regex.M | regex.S
)


@dataclass(frozen=True)
class Directive:
    """One suppression comment: its kind, the rule keys it names, and where it is."""

    kind: str
    keys: tuple[str, ...]
    offset: int
    line: int
    end_line: int


def parse_directives(text: str, start: int = 0, *, markdown: bool = False) -> list[Directive]:
    """Return the suppression comments of ``text`` from ``start`` on, in order.

    In Markdown, a comment inside a fenced code block is shown, not obeyed.
    """
    fences = [m.span() for m in _FENCE.finditer(text, start)] if markdown else []
    found = []
    for match in _DIRECTIVE.finditer(text, start):
        body = match.group(2).rstrip()
        if not body.endswith("--") or any(low <= match.start() < high for low, high in fences):
            continue
        keys = tuple(key for key in regex.split(r"[\s,]+", body[:-2].strip()) if key)
        line = text.count("\n", 0, match.start()) + 1
        end_line = line + match.group().count("\n")
        found.append(Directive(match.group(1), keys, match.start(), line, end_line))
    return found
