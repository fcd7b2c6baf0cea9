"""The scoring model: evidence earns, findings cost, the weakest criterion and blockers cap."""

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postcheck.core.errors import ConfigError
from postcheck.core.kinds import CRITERIA
from postcheck.core.report import Finding, band
from postcheck.engine.config import parse_config
from postcheck.engine.scoring import (
    Evidence,
    default_scoring,
    overall_score,
    readable_cost,
    score_draft,
    scoring_from,
)

SETTINGS = default_scoring()
severities = st.sampled_from(["error", "warning", "info"])
criteria = st.sampled_from(CRITERIA)


def finding(rule="PC101", criterion="correct", severity="error", name="spelling", line=1):
    return Finding(rule, name, criterion, severity, "message", line, 1, line, 2)


def score(findings=(), evidence=(), words=30, measured=CRITERIA, settings=SETTINGS):
    return score_draft(
        findings, evidence, measured, words=words, readable=(0.0, ""), settings=settings
    )


def test_bands_are_a_traffic_light():
    assert [band(s) for s in (100, 80, 79, 60, 59, 0, None)] == [
        "green", "green", "yellow", "yellow", "red", "red", None,
    ]  # fmt: skip


def test_one_misspelling_in_a_30_word_post_is_yellow_and_two_are_red():
    assert score().scores["correct"] == 100
    one = score([finding()])
    assert one.scores["correct"] == 75 and band(one.scores["correct"]) == "yellow"
    two = score([finding(), finding(line=2)])
    assert two.scores["correct"] == 50 and band(two.scores["correct"]) == "red"
    assert two.score < 70  # one red criterion keeps the draft under 70


def test_a_finding_costs_less_in_a_longer_draft_and_a_rule_at_most_three_times():
    assert score([finding()], words=240).scores["correct"] == 87  # 100 − 25 × √(60/240), down
    many = score([finding(line=n) for n in range(1, 10)])
    assert many.scores["correct"] == 100 - 3 * 25
    assert [f.cost for f in many.findings] == [25.0] * 3 + [0.0] * 6


def test_evidence_earns_and_its_rules_findings_cost_nothing_more():
    hook = Evidence("PC401", "interesting", 30, 1.0, "a hook")
    question = Evidence("PC403", "interesting", 15, 0.0, "a question")
    weak = finding("PC403", "interesting", "info", "no-conversation")
    scored = score([weak], [hook, question])
    assert scored.scores["interesting"] == 85
    assert [f.cost for f in scored.findings] == [0.0]
    earned = [(a.rule, a.points, a.of) for a in scored.assessments]
    assert earned == [("PC401", 30.0, 30), ("PC403", 0.0, 15)]


def test_overall_loses_half_of_every_point_lost_and_stays_near_a_red_criterion():
    scores = dict.fromkeys(CRITERIA, 100) | {"correct": 50}
    assert overall_score(scores, CRITERIA, SETTINGS) == 60  # red 50 + 10, not 100 − 25
    scores["correct"] = 90
    assert overall_score(scores, CRITERIA, SETTINGS) == 95  # 100 − 10 / 2
    scores |= {"interesting": 70, "channel": 80}  # problems add up across criteria
    assert overall_score(scores, CRITERIA, SETTINGS) == 70
    heavy = dataclasses.replace(SETTINGS, weights={**SETTINGS.weights, "correct": 6})
    assert overall_score(scores, CRITERIA, heavy) == 67  # weights relative to their mean (12 / 7)
    assert overall_score(scores, ("correct",), SETTINGS) == 95


def test_a_blocking_finding_caps_the_overall_score_and_says_which():
    over = finding("PC301", "channel", "error", "over-limit")
    scored = score([over], words=30)
    assert scored.blockers == ("PC301",) and scored.score == 40
    assert score([finding()]).blockers == ()


def test_advisory_criteria_are_shown_but_not_counted():
    settings = scoring_from({"advisory": ["correct"]}, where="t.toml", base=SETTINGS)
    scored = score([finding(), finding(line=2)], settings=settings)
    assert scored.scores["correct"] == 50 and "correct" not in scored.counted
    assert scored.score == 100


def test_team_settings_from_config():
    config = parse_config(
        {"scoring": {"weights": {"strategy": 2}, "advisory": ["channel"], "costs": {"info": 0}}},
        where="team/postcheck.toml",
    )
    assert config.scoring.weights["strategy"] == 2 and config.scoring.advisory == {"channel"}
    assert config.scoring.costs == {"error": 25, "warning": 10, "info": 0}
    blockers = parse_config({"scoring": {"overall": {"blockers": ["spelling"]}}})
    assert blockers.scoring.blockers == {"spelling"}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"weights": {"strategi": 2}}, "unknown key 'scoring.weights.strategi'"),
        ({"advisory": ["chanel"]}, "'scoring.advisory' = 'chanel' is not valid"),
        ({"costs": {"error": -1}}, "'scoring.costs.error' = -1 must be a number ≥ 0"),
        ({"overall": {"blockers": ["no-such-rule"]}}, "unknown rule 'no-such-rule'"),
    ],
)
def test_bad_scoring_config_is_one_line(table, message):
    with pytest.raises(ConfigError, match=message):
        parse_config({"scoring": table}, where="team/postcheck.toml")


def test_readability_formulas_cost_the_square_of_the_excess_at_most_40_points():
    assert readable_cost(lix=70, wiio=9, words=30, lix_max=50, wiio_max=6) == 0  # too short
    assert readable_cost(lix=50, wiio=6, words=100, lix_max=50, wiio_max=6) == 0
    assert readable_cost(lix=55, wiio=8, words=100, lix_max=50, wiio_max=6) == 0.1 * 25 + 4
    assert readable_cost(lix=60, wiio=None, words=100, lix_max=50, wiio_max=6) == 10
    assert readable_cost(lix=65, wiio=10, words=100, lix_max=50, wiio_max=6) == 22.5 + 16
    assert readable_cost(lix=90, wiio=11, words=100, lix_max=50, wiio_max=6) == 40


@given(
    st.lists(st.tuples(criteria, severities), max_size=30),
    criteria,
    severities,
    st.integers(1, 5000),
)
def test_one_more_finding_never_raises_a_score(findings, criterion, severity, words):
    before_findings = [finding(f"XY{n:03}", c, s, f"rule-{n}") for n, (c, s) in enumerate(findings)]
    extra = finding("XY999", criterion, severity, "extra")
    before = score(before_findings, words=words)
    after = score([*before_findings, extra], words=words)
    for name in CRITERIA:
        assert 0 <= after.scores[name] <= before.scores[name] <= 100
    assert after.score <= before.score
    assert score(before_findings, words=words) == before  # deterministic
