"""Findings and reports: plain data with a documented, versioned dictionary form.

``Report.to_dict()`` is the item of the JSON output (schema version :data:`SCHEMA_VERSION`):

.. code-block:: text

    {"path": str | null, "channel": str | null, "audience": str | null, "lang": "fi" | "en",
     "type": str | null, "score": int | null, "band": "green" | "yellow" | "red" | null,
     "scores": {criterion: int, ...}, "bands": {criterion: band, ...},
     "counted": [criterion, ...], "blockers": ["PC301", ...],
     "assessments": [{"criterion": str, "points": number, "of": number | null,
                      "reason": str, "rule": str | null, "line": int | null}, ...],
     "metrics": {name: number, ...}, "fold_text": str | null, "suppressed": int,
     "findings": [{"rule": "PC101", "name": "spelling", "criterion": "correct",
                   "severity": "error" | "warning" | "info", "message": str,
                   "line": int, "column": int, "end_line": int, "end_column": int,
                   "suggestions": [str, ...], "cost": number,
                   "fix": str | null, "lang": "fi" | "sv" | "en" | null}, ...]}

``score`` is null (and ``scores`` empty) for a draft with no prose to score. ``counted`` are the
criteria the overall score is made of (advisory criteria and criteria no rule measured are left
out); ``blockers`` are the rules whose findings capped the overall score. ``assessments`` list
everything that earned or cost each criterion its points: evidence earns ``points`` of the
``of`` it could earn (a hook: 30 of 30), a finding or a readability formula costs (``points`` <
0, ``of`` null). A criterion's score is 100 − the sum of its ``of`` + the sum of its ``points``,
kept within 0–100.
Version 2 added ``band``, ``bands``, ``counted``, ``blockers`` and ``assessments`` and made
``score`` nullable.

A finding's ``lang`` is the language its text was checked in: the draft's, or, in a bilingual
post, its paragraph's (a Swedish paragraph of a Finnish post is spelled in Swedish).

``fix`` is a safe replacement for exactly the flagged text (from ``line``:``column`` to
``end_line``:``end_column``); ``postcheck --fix`` applies them.

Lines and columns are 1-based; columns count Unicode code points; ``end_line``/``end_column``
point just past the last flagged character (as in SARIF), so a one-character finding at column 5
ends at column 6.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

#: Version of the dictionary/JSON form of reports.
SCHEMA_VERSION = 2

#: The bands a score falls in, a writer's traffic light: (band, lowest score), best first.
BANDS = (("green", 80), ("yellow", 60), ("red", 0))


def band(score: int | None) -> str | None:
    """Return the band of a score: green (≥ 80, ready), yellow (60–79, improve), red (< 60, fix)."""
    if score is None:
        return None
    return next(name for name, lowest in BANDS if score >= lowest)


def _flat_dict(instance: Any) -> dict[str, Any]:
    """Return a dataclass of plain values as a dictionary, field by field.

    ``dataclasses.asdict`` deep-copies every value; an assessment's or a finding's values are
    strings, numbers and a tuple of strings, so reading them is enough (and, for a thousand
    reports, a second faster).
    """
    return {item.name: getattr(instance, item.name) for item in fields(instance)}


@dataclass(frozen=True)
class Assessment:
    """Evidence that earned a criterion ``points`` of ``of``, or a cost (``points`` < 0)."""

    criterion: str
    points: float
    #: For evidence, the points it could earn; None for a cost.
    of: float | None
    #: What earned or cost, in the language of the findings.
    reason: str
    #: The rule that judged it, when one did.
    rule: str | None = None
    #: Where in the file, for costs of findings.
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the assessment as a JSON-ready dictionary."""
        data = _flat_dict(self)
        data["points"] = round(self.points, 1)
        data["of"] = None if self.of is None else round(self.of, 1)
        return data


@dataclass(frozen=True)
class Finding:
    """One problem in a draft, at an exact place, with what to do about it."""

    rule: str
    name: str
    criterion: str
    severity: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    suggestions: tuple[str, ...] = ()
    cost: float = 0.0
    #: A safe replacement for the flagged text (``--fix`` applies it), or None.
    fix: str | None = None
    #: The language the flagged text was checked in: the draft's, or its paragraph's in a
    #: bilingual post.
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as a JSON-ready dictionary."""
        data = _flat_dict(self)
        data["suggestions"] = list(self.suggestions)
        data["cost"] = round(self.cost, 2)
        return data


@dataclass(frozen=True)
class Report:
    """The result of checking one draft for one channel."""

    path: str | None
    channel: str | None
    audience: str | None
    lang: str
    type: str | None
    findings: tuple[Finding, ...]
    #: Each criterion's score 0–100 (empty when the draft has no prose to score).
    scores: dict[str, int]
    #: The overall score, or None when the draft has no prose to score.
    score: int | None
    metrics: dict[str, float] = field(default_factory=dict)
    #: For channels with a "see more" fold: the text that shows before it.
    fold_text: str | None = None
    #: How many findings suppression comments silenced.
    suppressed: int = 0
    #: Everything that earned or cost points, per criterion.
    assessments: tuple[Assessment, ...] = ()
    #: The criteria the overall score is made of.
    counted: tuple[str, ...] = ()
    #: The rules whose findings capped the overall score (the post cannot be published so).
    blockers: tuple[str, ...] = ()

    @property
    def band(self) -> str | None:
        """The overall score's band (None when there is no score)."""
        return band(self.score)

    @property
    def bands(self) -> dict[str, str | None]:
        """Each criterion's band."""
        return {criterion: band(score) for criterion, score in self.scores.items()}

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity ``error``."""
        return tuple(finding for finding in self.findings if finding.severity == "error")

    def to_dict(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dictionary (see the module documentation)."""
        return {
            "path": self.path,
            "channel": self.channel,
            "audience": self.audience,
            "lang": self.lang,
            "type": self.type,
            "score": self.score,
            "band": self.band,
            "scores": dict(self.scores),
            "bands": self.bands,
            "counted": list(self.counted),
            "blockers": list(self.blockers),
            "assessments": [assessment.to_dict() for assessment in self.assessments],
            "metrics": dict(self.metrics),
            "fold_text": self.fold_text,
            "suppressed": self.suppressed,
            "findings": [finding.to_dict() for finding in self.findings],
        }
