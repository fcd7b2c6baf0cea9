"""One output record per post, made with the public API; a post that cannot be checked says why."""

import pytest

from postcheck.api import check
from postcheck.archive.check import OUTPUT_FIELDS, check_partition, check_post
from postcheck.archive.records import Post
from postcheck.core.kinds import CRITERIA
from postcheck.engine.config import Config
from tests.archive.conftest import POSTS

FINNISH = POSTS[0]["text"]


def test_a_record_carries_the_reports_scores_rule_counts_and_json_findings():
    post = Post("a.jsonl", 1, FINNISH, id="p1", channel="linkedin", author="Aino", date="2026-01")
    record = check_post(post, Config())
    report = check(FINNISH, channel="linkedin", config=Config())
    assert tuple(record) == OUTPUT_FIELDS
    assert record["findings"] == [finding.to_dict() for finding in report.findings]
    assert record["rules"] == {"PC101": 1, "PC403": 1, "PC710": 1}
    assert record["scores"] == {name: report.scores[name] for name in CRITERIA}
    assert (record["score"], record["band"], record["words"]) == (
        report.score, report.band, report.metrics["words"])  # fmt: skip
    assert record | {"scores": None, "findings": None} == {
        "source": "a.jsonl", "row": 1, "id": "p1", "author": "Aino", "date": "2026-01",
        "channel": "linkedin", "audience": None, "type": None, "lang": "fi", "words": 12,
        "score": report.score, "band": report.band, "scores": None,
        "rules": {"PC101": 1, "PC403": 1, "PC710": 1}, "findings": None, "error": None,
    }  # fmt: skip


def test_a_post_without_prose_has_no_scores_and_no_error():
    record = check_post(Post("a.jsonl", 1, ""), Config())
    assert (record["score"], record["scores"], record["rules"], record["error"]) == (
        None, None, {"PC003": 1}, None)  # fmt: skip


@pytest.mark.parametrize(
    ("post", "error"),
    [
        (Post("a.csv", 4, None), "the record has no text; name its text column with --column "
         "text=NAME"),
        (Post("a.jsonl", 2, 17), "the text is int, not a string"),
        (Post("a.jsonl", 3, "Hei", channel="myspace"), "unknown channel 'myspace'; valid: "),
        (Post("a.jsonl", 3, "Hei", lang="de"), "unknown language 'de'; use one of fi, sv, en"),
        (Post("a.jsonl", 3, "Hei", type="meme"), "unknown post type 'meme'; use one of "),
        (Post("a.jsonl", 3, "Hei", audience="lapset"), "unknown audience 'lapset'"),
        (Post("a.jsonl", 3, "x" * 2_000_001), "the text is 2.0 MB, over the 2 MB limit; split "
         "the post, or raise max_size_mb in postcheck.toml"),
        (Post("a.jsonl", 5, None, problem="line 5 is not JSON"), "line 5 is not JSON"),
    ],
)  # fmt: skip
def test_a_post_that_cannot_be_checked_gets_its_error_and_no_scores(post, error):
    record = check_post(post, Config(max_size_mb=2))
    assert record["error"].startswith(error)
    assert "\n" not in record["error"]
    assert [record[key] for key in ("words", "score", "band", "scores", "rules", "findings")] == [
        None] * 6  # fmt: skip
    assert (record["source"], record["row"], record["channel"]) == (
        post.source, post.row, post.channel)  # fmt: skip


def test_a_partition_keeps_its_order_and_a_failed_post_stops_nothing():
    posts = [Post("a.jsonl", 1, "Hei kaikki!"), Post("a.jsonl", 2, None), Post("a.jsonl", 3, "Moi")]
    records = check_partition(posts, Config())
    assert [record["row"] for record in records] == [1, 2, 3]
    assert [record["error"] is None for record in records] == [True, False, True]


def test_a_process_warms_up_before_its_first_partition_and_only_once():
    import subprocess
    import sys

    code = (
        "import gc\n"
        "from postcheck.archive import check\n"
        "from postcheck.archive.records import Post\n"
        "from postcheck.engine.config import Config\n"
        "print(gc.get_freeze_count() > 0, end=' ')\n"
        "check.check_partition([Post('a.jsonl', 1, 'Hei kaikki!')], Config())\n"
        "check.check_partition([Post('a.jsonl', 2, 'Moi')], Config())\n"
        "print(gc.get_freeze_count() > 0, check._warm_up.cache_info().misses)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False True 1", result.stderr


def test_a_failing_warm_up_leaves_each_post_to_be_checked(monkeypatch):
    from postcheck.archive import check as module

    def broken(*args: object) -> None:
        raise RuntimeError("bug while loading")

    monkeypatch.setattr(module, "warm_up", broken)
    module._warm_up.cache_clear()
    try:
        records = check_partition([Post("a.jsonl", 1, "Hei kaikki!")], Config())
    finally:
        module._warm_up.cache_clear()
    assert [(record["row"], record["error"]) for record in records] == [(1, None)]
    assert records[0]["score"] is not None


def test_a_cluster_worker_starts_no_voikko_work_ahead():
    import inspect
    import multiprocessing

    from postcheck.archive.check import check_partition_in_worker
    from postcheck.archive.cluster import check_on

    assert inspect.signature(check_on).parameters["check"].default is check_partition_in_worker
    with multiprocessing.get_context("fork").Pool(1) as pool:
        before, after, records = pool.apply(_in_a_worker)
    assert (before, after) == (False, True)
    assert [record["score"] is not None for record in records] == [True]


def _in_a_worker() -> tuple[bool, bool, list]:
    from postcheck.archive.check import check_partition_in_worker
    from postcheck.nlp import helpers

    before = not helpers.helpers_allowed()
    records = check_partition_in_worker([Post("a.jsonl", 1, FINNISH)], Config())
    return before, not helpers.helpers_allowed(), records
