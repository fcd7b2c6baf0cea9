"""The good and weak draft pairs in corpora/pairs/: the good one scores higher on its criterion
and overall, and the weak one has a finding in that criterion.

Each pair is a folder with good.* and weak.* drafts and a CRITERION file naming the criterion it
tests; corpora/pairs/postcheck.toml is the pairs' shared config.
"""

from pathlib import Path

import pytest

from postcheck import CRITERIA, check_file
from postcheck.document.frontmatter import parse_front_matter
from tests.conftest import REPO

PAIRS = sorted(path for path in (REPO / "corpora" / "pairs").iterdir() if path.is_dir())


def test_there_are_at_least_20_pairs_across_every_criterion():
    assert len(PAIRS) >= 20
    criteria = {(pair / "CRITERION").read_text().strip() for pair in PAIRS}
    assert criteria == set(CRITERIA)
    fronts = {
        pair: parse_front_matter(next(pair.glob("good.*")).read_text(encoding="utf-8")).data
        for pair in PAIRS
    }
    for lang in ("sv", "en"):  # Swedish and English drafts meet the same standard as Finnish
        covered = {
            (pair / "CRITERION").read_text().strip()
            for pair, front in fronts.items()
            if front.get("lang") == lang
        }
        assert covered == set(CRITERIA), lang


@pytest.mark.parametrize("pair", PAIRS, ids=[pair.name for pair in PAIRS])
def test_good_draft_beats_weak_draft(pair: Path):
    criterion = (pair / "CRITERION").read_text().strip()
    good = check_file(next(pair.glob("good.*")))
    weak = check_file(next(pair.glob("weak.*")))
    assert good.scores[criterion] >= weak.scores[criterion] + 10  # a margin a reader notices
    assert good.score > weak.score
    assert [f for f in weak.findings if f.criterion == criterion]
    assert not [f for f in good.findings if f.criterion == criterion and f.severity != "info"]
