"""Findings and reports: plain data with a documented, versioned dictionary form.

``Report.to_dict()`` is the item of the JSON output (schema version :data:`SCHEMA_VERSION`):

.. code-block:: text

    {"path": str | null, "channel": str | null, "audience": str | null, "lang": "fi" | "en",
     "type": str | null, "score": int, "scores": {criterion: int, ...},
     "metrics": {name: number, ...}, "fold_text": str | null, "suppressed": int,
     "findings": [{"rule": "PC101", "name": "spelling", "criterion": "correct",
                   "severity": "error" | "warning" | "info", "message": str,
                   "line": int, "column": int, "end_line": int, "end_column": int,
                   "suggestions": [str, ...], "cost": number,
                   "fix": str | null}, ...]}

``fix`` is a safe replacement for exactly the flagged text (from ``line``:``column`` to
``end_line``:``end_column``); ``postcheck --fix`` applies them.

Lines and columns are 1-based; columns count Unicode code points; ``end_line``/``end_column``
point just past the last flagged character (as in SARIF), so a one-character finding at column 5
ends at column 6.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Version of the dictionary/JSON form of reports.
SCHEMA_VERSION = 1


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

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as a JSON-ready dictionary."""
        data = asdict(self)
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
    scores: dict[str, int]
    score: int
    metrics: dict[str, float] = field(default_factory=dict)
    #: For channels with a "see more" fold: the text that shows before it.
    fold_text: str | None = None
    #: How many findings suppression comments silenced.
    suppressed: int = 0

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
            "scores": dict(self.scores),
            "metrics": dict(self.metrics),
            "fold_text": self.fold_text,
            "suppressed": self.suppressed,
            "findings": [finding.to_dict() for finding in self.findings],
        }
