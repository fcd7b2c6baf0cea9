"""The ``text`` format: findings grouped per file, then the criterion scores.

::

    drafts/post.md  (linkedin · b2b · fi)
      5:18  error    PC118/repeated-word  Sana on kirjoitettu kahteen kertaan. Poista …
                     → on
      scores: interesting 100 · informative 100 · … · overall 76
"""

from __future__ import annotations

from collections import Counter

import click

from postcheck.core.kinds import CRITERIA
from postcheck.core.report import Report
from postcheck.output.types import RunResult

_SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}


def _score_style(score: int) -> str:
    return "green" if score >= 80 else "yellow" if score >= 50 else "red"


def _report(report: Report, color: bool) -> list[str]:
    def style(text: str, **kwargs: object) -> str:
        return click.style(text, **kwargs) if color else text  # type: ignore[arg-type]

    facts = " · ".join(value for value in (report.channel, report.audience, report.lang) if value)
    if "length" in report.metrics:
        length = int(report.metrics["length"])
        limit = report.metrics.get("limit")
        facts += f" · {length}/{int(limit)}" if limit is not None else f" · {length}"
    lines = [f"{style(report.path or '<text>', bold=True)}  ({facts})"]
    if report.fold_text is not None:
        shown = report.fold_text.replace("\n", " ⏎ ")
        lines.append(f"  {style('before “see more”:', dim=True)} {shown}")
    width = max((len(f"{f.line}:{f.column}") for f in report.findings), default=0)
    for finding in report.findings:
        place = f"{finding.line}:{finding.column}".ljust(width)
        severity = style(finding.severity.ljust(7), fg=_SEVERITY_STYLE[finding.severity])
        rule = style(f"{finding.rule}/{finding.name}", dim=True)
        lines.append(f"  {place}  {severity}  {rule}  {finding.message}")
        if finding.suggestions:
            lines.append(f"  {' ' * width}  → {', '.join(finding.suggestions)}")
    scores = " · ".join(
        f"{criterion} {style(str(score), fg=_score_style(score))}"
        for criterion, score in ((c, report.scores[c]) for c in CRITERIA)
    )
    overall = style(str(report.score), fg=_score_style(report.score), bold=True)
    lines.append(f"  scores: {scores} · overall {overall}")
    return lines


def format_text(result: RunResult, color: bool = False) -> str:
    """Return the human-readable output of a run."""
    lines: list[str] = []
    for report in result.reports:
        lines.extend(_report(report, color))
        lines.append("")
    counts = Counter(finding.severity for report in result.reports for finding in report.findings)
    files = len(result.reports) + len(result.errors)
    summary = (
        f"{files} file{'s' if files != 1 else ''} checked: {counts['error']} errors,"
        f" {counts['warning']} warnings, {counts['info']} info"
    )
    if result.errors:
        summary += f"; {len(result.errors)} could not be checked"
    lines.append(summary)
    return "\n".join(lines) + "\n"
