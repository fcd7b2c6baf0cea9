"""Scores: 0–100 per criterion and overall, judged from evidence both ways. Deterministic.

Each criterion is judged from what the draft has and what it gets wrong (the Yoast and Acrolinx
way). Evidence earns: the rules with :attr:`~postcheck.rules.base.Rule.earns` judge whether the
draft has a hook, a reason for the reader, a question, a fact, what its type needs, enough
words, a length in the channel's range, the hook before "see more", a key message, a next step;
each earns its points in proportion to what is there. A criterion starts from 100 minus the
points its evidence could earn, so a draft with all of it and nothing wrong scores 100, and one
with none of it starts low: a text without a hook, a reader or a question is not interesting
however correct it is.

Findings cost: each finding of a rule without evidence costs its criterion by severity (data:
``rules/scoring.toml``, error 25, warning 10, info 2 in a post of up to 60 words), less in a
longer draft (times √(60 / words)), and a rule's findings cost at most three findings' worth.
A finding of an evidence rule explains the missing evidence and costs nothing more. The readable
score also pays for LIX and Wiio over the audience's target (:func:`readable_cost`, growing
with the square of the excess, at most 40).

Overall: 100 minus half of every point the counted criteria lost (those some rule measured,
minus the advisory ones; each by its weight), so problems add up instead of being diluted by
untouched criteria; at most ``weakest_margin`` (10) points above a red criterion, so one red
criterion keeps a draft under 70; a finding of a blocking rule (over the channel's
limit, personal data, an advertisement without disclosure, a rejected term, marketing in a
crisis) caps it at ``blocker_cap`` (40). Every score is rounded down, so 100 means nothing cost
anything; a draft with no prose has no score.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from postcheck.analysis.readability import MIN_WORDS_FOR_FORMULAS
from postcheck.core.errors import ConfigError
from postcheck.core.kinds import CRITERIA, SEVERITIES
from postcheck.core.report import Assessment, Finding, band
from postcheck.core.resources import load_toml, rules_dir
from postcheck.core.schema import Field, Fields, check_value, validate

#: The readable score loses ``LIX_COST`` × (LIX points over the audience's target)² and
#: ``WIIO_COST`` × (Wiio grades over)², at most ``FORMULA_COST_MAX``: the formulas are rough,
#: so a little over the target costs little (LIX 5 over: 2.5, Wiio 2 over: 4), further over
#: more (LIX 15 over: 22.5, Wiio 4 over: 16), and on their own they take readable to yellow's
#: floor at worst (text like legislation; its long sentences, passives, nominal style and long
#: words cost as findings on top). Good Finnish posts by skilled writers reach Wiio 8–11
#: (compounds make base forms long): at 3 × Wiio² the formula alone put half of them under 80.
LIX_COST = 0.1
WIIO_COST = 1.0
FORMULA_COST_MAX = 40.0
#: A rule's findings cost at most this many findings' worth.
MAX_FINDINGS_COSTED = 3

SCORING_FIELDS: Fields = {
    "reference_words": Field("int", minimum=1, maximum=10_000),
    "costs": "section",
    "overall": "section",
    "weights": "section",
    "advisory": "words",
}
COSTS_FIELDS: Fields = {severity: Field("number", maximum=100) for severity in SEVERITIES}
OVERALL_FIELDS: Fields = {
    "points_lost_share": Field("number", maximum=1),
    "weakest_margin": Field("number", maximum=100),
    "blocker_cap": Field("int", maximum=100),
    "blockers": "words",
}
WEIGHTS_FIELDS: Fields = {criterion: Field("number", maximum=100) for criterion in CRITERIA}


@dataclass(frozen=True)
class ScoringSettings:
    """How findings and evidence become scores: ``rules/scoring.toml`` and config ``[scoring]``."""

    costs: Mapping[str, float]
    reference_words: int
    weights: Mapping[str, float]
    advisory: frozenset[str]
    #: Codes or names of the rules whose findings cap the overall score.
    blockers: frozenset[str]
    weakest_margin: float
    blocker_cap: int
    #: The share of each point a counted criterion lost that the overall score loses.
    points_lost_share: float


def scoring_from(
    data: Mapping[str, Any], *, where: Any, base: ScoringSettings | None = None
) -> ScoringSettings:
    """Validate a ``[scoring]`` table (or ``rules/scoring.toml``) over ``base``."""
    values = validate(data, SCORING_FIELDS, where=where, label="scoring.")
    costs = validate(values.get("costs", {}), COSTS_FIELDS, where=where, label="scoring.costs.")
    overall = validate(
        values.get("overall", {}), OVERALL_FIELDS, where=where, label="scoring.overall."
    )
    weights = validate(
        values.get("weights", {}), WEIGHTS_FIELDS, where=where, label="scoring.weights."
    )
    for criterion in values.get("advisory", ()):
        check_value(criterion, CRITERIA, "scoring.advisory", where)
    merged = {**(base.weights if base else {}), **weights}
    advisory = set(values.get("advisory", base.advisory if base else ()))
    if all(merged.get(c, 1.0) == 0 or c in advisory for c in CRITERIA):
        raise ConfigError(
            "[scoring] leaves no criterion to count: every weight is 0 or advisory",
            path=where,
            fix="give at least one criterion a weight above 0 that is not advisory",
        )
    if base is None:
        return ScoringSettings(
            costs=costs,
            reference_words=values["reference_words"],
            weights={criterion: weights.get(criterion, 1.0) for criterion in CRITERIA},
            advisory=frozenset(values.get("advisory", ())),
            blockers=frozenset(overall["blockers"]),
            weakest_margin=overall["weakest_margin"],
            blocker_cap=overall["blocker_cap"],
            points_lost_share=overall["points_lost_share"],
        )
    return dataclasses.replace(
        base,
        costs={**base.costs, **costs},
        reference_words=values.get("reference_words", base.reference_words),
        weights={**base.weights, **weights},
        advisory=frozenset(values.get("advisory", base.advisory)),
        blockers=frozenset(overall.get("blockers", base.blockers)),
        weakest_margin=overall.get("weakest_margin", base.weakest_margin),
        blocker_cap=overall.get("blocker_cap", base.blocker_cap),
        points_lost_share=overall.get("points_lost_share", base.points_lost_share),
    )


@functools.cache
def default_scoring() -> ScoringSettings:
    """Return the shipped scoring settings (``rules/scoring.toml``)."""
    path = rules_dir() / "scoring.toml"
    return scoring_from(load_toml(path), where=path)


@dataclass(frozen=True)
class Evidence:
    """What one evidence rule found: ``share`` (0–1) of the ``points`` it can earn."""

    rule: str
    criterion: str
    points: float
    share: float
    #: What earns the points, in the language of the findings.
    reason: str


def readable_cost(
    lix: float, wiio: float | None, words: int, lix_max: float, wiio_max: float
) -> float:
    """Return the points the readable score loses for LIX and Wiio over the audience's target."""
    if words < MIN_WORDS_FOR_FORMULAS:
        return 0.0
    over = LIX_COST * max(0.0, lix - lix_max) ** 2
    if wiio is not None:
        over += WIIO_COST * max(0.0, wiio - wiio_max) ** 2
    return min(FORMULA_COST_MAX, over)


@dataclass(frozen=True)
class Scored:
    """A draft's scores with everything that earned and cost them."""

    findings: tuple[Finding, ...]
    scores: dict[str, int]
    score: int
    assessments: tuple[Assessment, ...]
    counted: tuple[str, ...]
    blockers: tuple[str, ...]


def _finding_costs(
    findings: Iterable[Finding],
    settings: ScoringSettings,
    words: int,
    evidence_rules: frozenset[str],
) -> list[Finding]:
    """Return the findings with their costs: by severity, scaled for length, capped per rule."""
    scale = min(1.0, math.sqrt(settings.reference_words / max(words, 1)))
    costed: dict[str, int] = defaultdict(int)
    result = []
    for finding in findings:
        cost = 0.0
        if finding.rule not in evidence_rules and costed[finding.rule] < MAX_FINDINGS_COSTED:
            costed[finding.rule] += 1
            cost = settings.costs[finding.severity] * scale
        result.append(dataclasses.replace(finding, cost=cost))
    return result


def score_draft(
    findings: Iterable[Finding],
    evidence: Iterable[Evidence],
    measured: Iterable[str],
    *,
    words: int,
    readable: tuple[float, str],
    settings: ScoringSettings,
) -> Scored:
    """Return the draft's scores from its findings, its evidence and its readability cost.

    ``readable`` is the readability formulas' cost and its reason; ``measured`` the criteria
    some active rule looked at.
    """
    evidence = list(evidence)
    evidence_rules = frozenset(item.rule for item in evidence)
    costed = _finding_costs(findings, settings, words, evidence_rules)
    assessments = [
        Assessment(item.criterion, item.points * item.share, item.points, item.reason, item.rule)
        for item in evidence
    ]
    readable_points, readable_reason = readable
    if readable_points:
        assessments.append(Assessment("readable", -readable_points, None, readable_reason))
    assessments += [
        Assessment(f.criterion, -f.cost, None, f.message, f.rule, f.line) for f in costed if f.cost
    ]
    totals = dict.fromkeys(CRITERIA, 100.0)
    for assessment in assessments:
        totals[assessment.criterion] += assessment.points - (assessment.of or 0.0)
    scores = {
        criterion: math.floor(min(100.0, max(0.0, total))) for criterion, total in totals.items()
    }
    measured_set = set(measured) | {item.criterion for item in evidence}
    counted = tuple(
        c
        for c in CRITERIA
        if c in measured_set and c not in settings.advisory and settings.weights[c] > 0
    )
    blockers = tuple(
        dict.fromkeys(
            f.rule for f in costed if f.rule in settings.blockers or f.name in settings.blockers
        )
    )
    return Scored(
        findings=tuple(costed),
        scores=scores,
        score=overall_score(scores, counted, settings, blocked=bool(blockers)),
        assessments=tuple(assessments),
        counted=counted,
        blockers=blockers,
    )


def overall_score(
    scores: Mapping[str, int],
    counted: Iterable[str],
    settings: ScoringSettings,
    *,
    blocked: bool = False,
) -> int:
    """Return the overall score: 100 minus a share of every point the counted criteria lost.

    Each criterion's lost points count by its weight (relative to the mean weight); a red
    criterion holds the result at most ``weakest_margin`` above it; a blocker caps it.
    """
    counted = list(counted)
    if not counted:
        return settings.blocker_cap if blocked else 100
    mean_weight = sum(settings.weights[c] for c in counted) / len(counted)
    lost = sum((100 - scores[c]) * settings.weights[c] / mean_weight for c in counted)
    overall = max(0.0, 100 - settings.points_lost_share * lost)
    weakest = min(scores[c] for c in counted)
    if band(weakest) == "red":
        overall = min(overall, weakest + settings.weakest_margin)
    if blocked:
        overall = min(overall, settings.blocker_cap)
    return math.floor(overall)
