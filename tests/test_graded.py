"""The graded corpus (corpora/graded/): 44 messages, each written poor, fair and good by an
editor for postcheck. The scores must agree with the editor: good > fair > poor for every
message, every good version green (≥ 80) with no error or warning, every poor version ≤ 60, and
a rank correlation of at least 0.85 between score and grade.
"""

from collections import Counter
from functools import cache

import pytest
from benchmarks.graded import GRADED, GRADES, drafts, score_corpus, spearman

from postcheck.core.kinds import POST_TYPES
from postcheck.document.frontmatter import parse_front_matter
from postcheck.profiles import channels

MESSAGES = sorted(folder for folder in GRADED.iterdir() if folder.is_dir())


@cache
def corpus():
    return score_corpus()


def test_the_corpus_covers_every_channel_type_audience_and_language():
    assert len(MESSAGES) >= 40
    counts: dict[str, Counter[str]] = {
        key: Counter() for key in ("channel", "type", "audience", "lang")
    }
    for folder in MESSAGES:
        found = drafts(folder)
        assert set(found) == set(GRADES), folder.name
        fronts = [
            parse_front_matter(path.read_text(encoding="utf-8")).data for path in found.values()
        ]
        assert fronts[0] == fronts[1] == fronts[2], f"{folder.name}: one message, one front matter"
        for key, counter in counts.items():
            counter[fronts[0][key]] += 1
        notes = (folder / "NOTES").read_text(encoding="utf-8").splitlines()
        assert [line.split(":", 1)[0] for line in notes] == ["poor", "fair", "good"], folder.name
    assert set(counts["channel"]) == set(channels.names())
    assert set(counts["type"]) == set(POST_TYPES)
    assert set(counts["audience"]) == {"kuluttajat", "b2b", "asiantuntijat", "sisainen", "selko"}
    assert set(counts["lang"]) == {"fi", "sv", "en"}


@pytest.mark.parametrize("folder", MESSAGES, ids=[folder.name for folder in MESSAGES])
def test_each_message_scores_good_over_fair_over_poor(folder):
    reports = corpus()[folder.name]
    good, fair, poor = (reports[grade].score for grade in ("good", "fair", "poor"))
    assert good > fair > poor
    assert good >= 80 and poor <= 60


@pytest.mark.parametrize("folder", MESSAGES, ids=[folder.name for folder in MESSAGES])
def test_a_good_version_has_no_error_or_warning(folder):
    findings = corpus()[folder.name]["good"].findings
    assert [(f.rule, f.line, f.message) for f in findings if f.severity != "info"] == []


def test_score_and_grade_correlate():
    scores, grades = [], []
    for reports in corpus().values():
        for grade, value in GRADES.items():
            scores.append(reports[grade].score)
            grades.append(value)
    assert spearman(scores, grades) >= 0.85
