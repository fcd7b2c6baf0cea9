"""Scores: 0–100 per criterion and overall, from the findings. Deterministic and monotonic.

Each finding costs its criterion points by severity — error 10, warning 4, info 1 — scaled
down for long drafts so that a long article is not punished for being long: the cost is divided
by ``max(1, words / 250)``. A criterion's score is ``100 − the sum of its costs``, at least 0,
rounded to a whole number. The overall score is the mean of the criteria that at least one
active rule measured (criteria no rule looked at stay at 100 but do not lift the overall score),
rounded. One more finding never raises any score: costs are never negative and the set of
measured criteria depends on the rules, not on the findings.
"""

from __future__ import annotations

from collections.abc import Iterable

from postcheck.report import CRITERIA

#: Points a finding of each severity costs its criterion (before scaling for length).
SEVERITY_COST = {"error": 10.0, "warning": 4.0, "info": 1.0}
#: Drafts longer than this many words have their costs scaled down in proportion.
REFERENCE_WORDS = 250


def finding_cost(severity: str, words: int) -> float:
    """Return the points one finding of ``severity`` costs in a draft of ``words`` words."""
    return SEVERITY_COST[severity] / max(1.0, words / REFERENCE_WORDS)


def criterion_scores(costs: Iterable[tuple[str, float]]) -> dict[str, int]:
    """Return every criterion's score from (criterion, cost) pairs."""
    totals = dict.fromkeys(CRITERIA, 0.0)
    for criterion, cost in costs:
        totals[criterion] += cost
    return {criterion: round(max(0.0, 100.0 - total)) for criterion, total in totals.items()}


def overall_score(scores: dict[str, int], measured: Iterable[str]) -> int:
    """Return the mean score of the measured criteria (100 when none was measured)."""
    values = [scores[criterion] for criterion in CRITERIA if criterion in set(measured)]
    return round(sum(values) / len(values)) if values else 100
