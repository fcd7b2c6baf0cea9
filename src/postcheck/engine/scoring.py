"""Scores: 0–100 per criterion and overall, from the findings. Deterministic and monotonic.

The readable score starts from the draft's readability measured against its audience's target
(:func:`readable_base`): 100 when LIX and Wiio are within the audience's bands, minus 2.5 points
per LIX point and 12.5 points per Wiio grade over them (drafts under 40 words start at 100: the
formulas say little about them). Every other criterion starts at 100.

Each finding costs its criterion points by severity — error 10, warning 4, info 1 — scaled
down for long drafts so that a long article is not punished for being long: the cost is divided
by ``max(1, words / 250)``. A criterion's score is ``100 − the sum of its costs``, at least 0,
rounded down to a whole number (so 100 means nothing cost anything). The overall score is the mean of the criteria that at least one
active rule measured (criteria no rule looked at stay at 100 but do not lift the overall score),
rounded down. One more finding never raises any score: costs are never negative and the set of
measured criteria depends on the rules, not on the findings.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from postcheck.analysis.readability import MIN_WORDS_FOR_FORMULAS
from postcheck.core.kinds import CRITERIA

#: Points a finding of each severity costs its criterion (before scaling for length).
SEVERITY_COST = {"error": 10.0, "warning": 4.0, "info": 1.0}
#: Drafts longer than this many words have their costs scaled down in proportion.
REFERENCE_WORDS = 250


def finding_cost(severity: str, words: int) -> float:
    """Return the points one finding of ``severity`` costs in a draft of ``words`` words."""
    return SEVERITY_COST[severity] / max(1.0, words / REFERENCE_WORDS)


#: Points the readable score loses per LIX point and per Wiio grade over the audience's target.
LIX_POINT_COST = 2.5
WIIO_GRADE_COST = 12.5


def readable_base(
    lix: float, wiio: float | None, words: int, lix_max: float, wiio_max: float
) -> float:
    """Return the readable score before findings: readability against the audience's target."""
    if words < MIN_WORDS_FOR_FORMULAS:
        return 100.0
    over = max(0.0, lix - lix_max) * LIX_POINT_COST
    if wiio is not None:
        over += max(0.0, wiio - wiio_max) * WIIO_GRADE_COST
    return max(0.0, 100.0 - over)


def criterion_scores(
    costs: Iterable[tuple[str, float]], bases: Mapping[str, float] | None = None
) -> dict[str, int]:
    """Return every criterion's score from (criterion, cost) pairs, starting from ``bases``."""
    totals = dict.fromkeys(CRITERIA, 0.0)
    for criterion, cost in costs:
        totals[criterion] += cost
    start = bases or {}
    return {
        criterion: math.floor(max(0.0, start.get(criterion, 100.0) - total))
        for criterion, total in totals.items()
    }


def overall_score(scores: dict[str, int], measured: Iterable[str]) -> int:
    """Return the mean score of the measured criteria (100 when none was measured)."""
    values = [scores[criterion] for criterion in CRITERIA if criterion in set(measured)]
    return math.floor(sum(values) / len(values)) if values else 100
