from hypothesis import given
from hypothesis import strategies as st

from postcheck.core.kinds import CRITERIA
from postcheck.engine.scoring import criterion_scores, finding_cost, overall_score

severities = st.sampled_from(["error", "warning", "info"])
criteria = st.sampled_from(CRITERIA)


def test_costs_by_severity_and_length():
    assert finding_cost("error", 100) == 10 and finding_cost("warning", 100) == 4
    assert finding_cost("info", 250) == 1 and finding_cost("error", 1000) == 2.5


def test_scores_without_findings_are_100():
    assert set(criterion_scores([]).values()) == {100}
    assert overall_score(criterion_scores([]), set()) == 100


def test_overall_is_the_mean_of_measured_criteria():
    scores = criterion_scores([("correct", 10.0)])
    assert scores["correct"] == 90
    assert overall_score(scores, {"correct", "audience"}) == 95


@given(
    st.lists(st.tuples(criteria, severities), max_size=30),
    criteria,
    severities,
    st.integers(1, 5000),
)
def test_one_more_finding_never_raises_a_score(findings, criterion, severity, words):
    costs = [(c, finding_cost(s, words)) for c, s in findings]
    before = criterion_scores(costs)
    after = criterion_scores([*costs, (criterion, finding_cost(severity, words))])
    measured = set(CRITERIA)
    for name in CRITERIA:
        assert 0 <= after[name] <= before[name] <= 100
    assert overall_score(after, measured) <= overall_score(before, measured)
    assert criterion_scores(costs) == before  # deterministic
