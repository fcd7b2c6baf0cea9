"""The ``text`` format: findings grouped per file, then the criterion scores.

::

    drafts/post.md  (linkedin · b2b · fi)
      5:18  error    PC118/repeated-word  Sana on kirjoitettu kahteen kertaan. Poista …
                     → on
      overall 76 yellow
        interesting  65 yellow  −20 a text to the reader, not about us (PC402) · +30 a first …
        …
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import click

from postcheck.core.kinds import CRITERIA
from postcheck.core.report import Assessment, Report
from postcheck.core.text import shorten
from postcheck.output.types import RunResult

_SEVERITY_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}


_BAND_STYLE = {"green": "green", "yellow": "yellow", "red": "red", None: "white"}
#: How many of a criterion's costs and earnings the text output shows.
TOP = 2


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
        checked_in = f" [{finding.lang}]" if finding.lang and finding.lang != report.lang else ""
        rule = style(f"{finding.rule}/{finding.name}{checked_in}", dim=True)
        lines.append(f"  {place}  {severity}  {rule}  {finding.message}")
        if finding.suggestions:
            lines.append(f"  {' ' * width}  → {', '.join(finding.suggestions)}")
    lines.extend(_scores(report, style))
    return lines


def _scores(report: Report, style: Callable[..., str]) -> list[str]:
    """Return the score lines: overall, then each criterion with its band, top costs and earnings."""
    if report.score is None:
        return ["  score: none (no prose to score)"]
    overall = style(f"{report.score} {report.band}", fg=_BAND_STYLE[report.band], bold=True)
    notes = []
    if report.blockers:
        notes.append(f"capped by {', '.join(report.blockers)}: cannot be published as it is")
    lines = [f"  overall {overall}" + (f"  ({'; '.join(notes)})" if notes else "")]
    for criterion in CRITERIA:
        score = report.scores[criterion]
        band = report.bands[criterion]
        mark = "" if criterion in report.counted else " (not counted)"
        head = style(f"{score:3} {band:<6}", fg=_BAND_STYLE[band])
        lines.append(f"    {criterion:<12}{head}{mark}  {_why(report, criterion)}")
    return lines


def _why(report: Report, criterion: str) -> str:
    """Return a criterion's top costs and missing evidence, then what it earned."""
    losses: list[tuple[float, str]] = []
    gains: list[tuple[float, str]] = []
    for assessment in (a for a in report.assessments if a.criterion == criterion):
        if assessment.of is None:
            losses.append((assessment.points, f"−{-assessment.points:.0f} {_short(assessment)}"))
        elif assessment.points >= assessment.of:
            gains.append((assessment.points, f"+{assessment.points:.0f} {_short(assessment)}"))
        elif assessment.points > 0.5:
            text = f"+{assessment.points:.0f}/{assessment.of:.0f} {_short(assessment)}"
            gains.append((assessment.points, text))
        else:
            missing = assessment.points - assessment.of
            losses.append((missing, f"−{-missing:.0f} missing: {_short(assessment)}"))
    parts = [text for _, text in sorted(losses)[:TOP] if _ < -0.5]
    parts += [text for _, text in sorted(gains, reverse=True)[:TOP]]
    return " · ".join(parts)


def _short(assessment: Assessment) -> str:
    reason = shorten(assessment.reason, 60)
    return f"{reason} ({assessment.rule})" if assessment.rule else reason


def explain_scores(report: Report) -> str:
    """Return every assessment behind a report's scores, criterion by criterion, with points."""
    lines = [f"{report.path or '<text>'}"]
    if report.score is None:
        return lines[0] + "\n  no score: the draft has no prose\n"
    lines.append(f"  overall {report.score} {report.band}")
    counted = ", ".join(report.counted)
    if counted:
        lines.append(f"    100 minus a share of the points {counted} lost; a red one holds it down")
    if report.blockers:
        lines.append(f"    capped by {', '.join(report.blockers)}: cannot be published as it is")
    for criterion in CRITERIA:
        own = [a for a in report.assessments if a.criterion == criterion]
        possible = sum(a.of or 0.0 for a in own)
        lines.append(f"  {criterion} {report.scores[criterion]} {report.bands[criterion]}")
        lines.append(f"    {100 - possible:5.1f}  start (100 − {possible:g} to earn)")
        for assessment in own:
            if assessment.of is not None:
                mark = "✓" if assessment.points >= assessment.of else "✗"
                points = f"+{assessment.points:.1f}"
                lines.append(f"    {points:>5} {mark} {_short(assessment)} (of {assessment.of:g})")
            else:
                where = f" line {assessment.line}" if assessment.line else ""
                lines.append(f"    {assessment.points:5.1f}  {_short(assessment)}{where}")
    return "\n".join(lines) + "\n"


def format_text(result: RunResult, color: bool = False) -> str:
    """Return the human-readable output of a run."""
    lines: list[str] = []
    for report in result.reports:
        lines.extend(_report(report, color))
        lines.append("")
    counts = Counter(finding.severity for report in result.reports for finding in report.findings)
    files = len(result.reports) + len(result.errors)
    summary = (
        f"{_count(files, 'file')} checked: {_count(counts['error'], 'error')},"
        f" {_count(counts['warning'], 'warning')}, {counts['info']} info"
    )
    if result.errors:
        summary += f"; {len(result.errors)} could not be checked"
    lines.append(summary)
    return "\n".join(lines) + "\n"


def _count(number: int, noun: str) -> str:
    """Return "1 error", "2 errors", "0 errors"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
