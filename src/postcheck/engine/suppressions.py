"""Inline suppressions: the line ranges that suppression comments silence, per rule.

The comments themselves (``<!-- postcheck-disable … -->`` and its kin) are found by
:mod:`postcheck.document.directives`. A finding is suppressed when its first line is inside a
disabled range for its rule (named by code or name; ``*`` for every rule).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from postcheck.core.report import Finding
from postcheck.document.directives import Directive
from postcheck.document.positions import LineIndex

ALL = "*"


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


def suppression_edits(text: str, finding: Finding, body_start: int) -> list[tuple[int, str]]:
    """Return the suppression comments that silence a finding (see :class:`SuppressionEdits`)."""
    return SuppressionEdits(text, body_start).of(finding)


class SuppressionEdits:
    """Where to insert which suppression comment to silence a finding, for one text.

    The text's lines are split once: a page or an editor asks for every finding of a draft.
    """

    def __init__(self, text: str, body_start: int) -> None:
        self.text = text
        self.body_start = body_start
        self.index = LineIndex(text)
        self.lines = text.split("\n")

    def _in_table(self, number: int) -> bool:
        return 0 <= number < len(self.lines) and self.lines[number].lstrip().startswith("|")

    def of(self, finding: Finding) -> list[tuple[int, str]]:
        """Return the suppression comments that silence a finding: (offset, text), last first.

        A comment on its own line above the finding's line silences that line; a finding in the
        front matter (where a comment cannot go) is silenced for the file, just after it. In a
        Markdown table a comment line would split the table: the whole table is wrapped
        instead. Offsets count code points; inserting the edits in the order given keeps them
        right.
        """
        text, index, lines = self.text, self.index, self.lines
        start = index.line_start(finding.line)
        if start < self.body_start:
            return [(self.body_start, f"<!-- postcheck-disable-file {finding.rule} -->\n")]
        row = finding.line - 1
        if self._in_table(row):
            first, last = row, row
            while self._in_table(first - 1):
                first -= 1
            while self._in_table(last + 1):
                last += 1
            end = index.line_start(last + 2) if last + 1 < len(lines) else len(text)
            closing = f"<!-- postcheck-enable {finding.rule} -->"
            closing = closing + "\n" if end < len(text) or text.endswith("\n") else "\n" + closing
            return [
                (end, closing),
                (index.line_start(first + 1), f"<!-- postcheck-disable {finding.rule} -->\n"),
            ]
        indent = lines[row][: len(lines[row]) - len(lines[row].lstrip(" \t"))]
        return [(start, f"{indent}<!-- postcheck-disable-next-line {finding.rule} -->\n")]
