"""Findings as LSP diagnostics, and places in a document as LSP positions.

A finding's line and column count code points in the text with its line endings made ``\\n``;
an LSP position counts the line and, on it, the units the client asked for (UTF-16 unless it
negotiated otherwise). :class:`Lines` keeps the document's lines as LSP splits them (at
``\\r\\n``, ``\\r`` and ``\\n`` only) and converts through the session's position codec.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import regex
from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec, ServerTextPosition

from postcheck.core.report import Finding, Report
from postcheck.engine.config import Config
from postcheck.engine.ruleset import manual_url

_LINE_ENDS = regex.compile(r"\r\n|\r|\n")

#: postcheck's severities as LSP's.
SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


class Lines:
    """A document's lines, for converting between code points and the client's units."""

    def __init__(self, text: str, codec: PositionCodec) -> None:
        self.text = text
        #: The text with ``\n`` line endings, as postcheck checks it.
        self.normal = _LINE_ENDS.sub("\n", text)
        self.lines = _LINE_ENDS.split(text)
        #: The document's own line ending, for text inserted into it.
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.starts = [0]
        for end in _LINE_ENDS.finditer(text):
            self.starts.append(end.end())
        self.codec = codec

    def ended(self, inserted: str) -> str:
        """Return text to insert with the document's line endings."""
        return inserted.replace("\n", self.newline)

    def position(self, line: int, column: int) -> types.Position:
        """Return the LSP position of a 1-based line and code-point column."""
        line = min(line, len(self.lines))
        server = ServerTextPosition(line - 1, column - 1)
        return self.codec.position_to_client_units(self.lines, server)

    def at_offset(self, offset: int) -> types.Position:
        """Return the LSP position of a code-point offset into the ``\\n``-ended text."""
        before = self.normal[:offset]
        line = before.count("\n") + 1
        return self.position(line, offset - (before.rfind("\n") + 1) + 1)

    def line_column(self, position: types.Position) -> tuple[int, int]:
        """Return the 1-based line and code-point column of an LSP position."""
        server = self.codec.position_from_client_units(self.lines, position)
        return server.line + 1, server.character + 1

    def range_of(self, finding: Finding) -> types.Range:
        """Return a finding's span as an LSP range."""
        return types.Range(
            self.position(finding.line, finding.column),
            self.position(finding.end_line, finding.end_column),
        )


def merged_findings(reports: Sequence[Report]) -> list[tuple[Finding, list[str]]]:
    """Return each finding once with the channels it was found for (reports share findings)."""
    merged: dict[tuple[object, ...], tuple[Finding, list[str]]] = {}
    for report in reports:
        for finding in report.findings:
            key = (finding.rule, finding.line, finding.column, finding.end_line,
                   finding.end_column, finding.message)  # fmt: skip
            merged.setdefault(key, (finding, []))[1].append(report.channel or "")
    return list(merged.values())


def diagnostics(reports: Sequence[Report], lines: Lines, config: Config) -> list[types.Diagnostic]:
    """Return the diagnostics of a document's reports (one per finding, across channels)."""
    channels = len(reports)
    result = []
    for finding, found_for in merged_findings(reports):
        rule = config.rule_set.get(finding.rule)
        url = manual_url(rule) if rule else None
        text = _flagged(lines, finding)
        source = "postcheck"
        if channels > 1 and len(found_for) < channels:
            source = f"postcheck ({', '.join(found_for)})"
        data: dict[str, Any] = {
            "rule": finding.rule,
            "name": finding.name,
            "criterion": finding.criterion,
            "line": finding.line,
            "suggestions": list(finding.suggestions),
            "fix": finding.fix,
            "vocabulary": text if rule and rule.accepts_vocabulary and " " not in text else None,
        }
        result.append(
            types.Diagnostic(
                range=lines.range_of(finding),
                message=finding.message,
                severity=SEVERITIES[finding.severity],
                code=finding.rule,
                code_description=types.CodeDescription(href=url) if url else None,
                source=source,
                data=data,
            )
        )
    return result


def _flagged(lines: Lines, finding: Finding) -> str:
    start = _offset(lines, finding.line, finding.column)
    end = _offset(lines, finding.end_line, finding.end_column)
    return lines.text[start:end]


def _offset(lines: Lines, line: int, column: int) -> int:
    return lines.starts[min(line, len(lines.starts)) - 1] + column - 1


def without_words(found: Iterable[types.Diagnostic], accepted: Any) -> list[types.Diagnostic]:
    """Return the diagnostics but those of words the vocabulary ``accepted`` now accepts."""
    kept = []
    for diagnostic in found:
        word = diagnostic.data.get("vocabulary") if isinstance(diagnostic.data, dict) else None
        if not (word and accepted.accepts(word)):
            kept.append(diagnostic)
    return kept
