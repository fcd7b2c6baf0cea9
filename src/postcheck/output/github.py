"""The ``github`` format: GitHub Actions workflow commands, one annotation per finding.

``::error file=drafts/a.md,line=3,col=5,endLine=3,endColumn=11,title=PC101 spelling::message``;
warnings become ``::warning``, info findings ``::notice``. Files that could not be checked
become an ``::error`` on the file. Chosen automatically when ``GITHUB_ACTIONS`` is set and no
``--format`` is given.
"""

from __future__ import annotations

from postcheck.output.types import RunResult

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(result: RunResult, color: bool = False) -> str:
    """Return one workflow command per finding and per file error (``color`` is ignored)."""
    lines = []
    for report in result.reports:
        path = report.path or "<stdin>"
        for finding in report.findings:
            properties = ",".join(
                [
                    f"file={_property(path)}",
                    f"line={finding.line}",
                    f"col={finding.column}",
                    f"endLine={finding.end_line}",
                    f"endColumn={finding.end_column}",
                    f"title={_property(f'{finding.rule} {finding.name}')}",
                ]
            )
            message = finding.message
            if finding.suggestions:
                message += " → " + ", ".join(finding.suggestions)
            lines.append(f"::{_LEVEL[finding.severity]} {properties}::{_data(message)}")
    for error in result.errors:
        target = f" file={_property(error.path)}" if error.path else ""
        lines.append(f"::error{target}::{_data(error.message)}")
    return "".join(line + "\n" for line in lines)
