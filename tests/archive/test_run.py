"""A whole run in this process: every input read, every post checked, records in input order."""

import json

import pytest

from postcheck.archive.check import check_post
from postcheck.archive.read import Archive
from postcheck.archive.run import run
from postcheck.core.errors import InputError
from postcheck.engine.config import Config
from tests.archive.conftest import POSTS


def test_every_post_of_every_input_is_checked_in_order_with_progress(archive, tmp_path):
    inputs = [str(archive("a.jsonl")), str(archive("b.csv", POSTS[:2])),
              str(archive("c.parquet", POSTS[2:]))]  # fmt: skip
    steps = []

    def progress(total):
        steps.append(("total", total))
        return lambda read, posts: steps.append((read, posts))

    output = tmp_path / "out.jsonl"
    totals = run(inputs, str(output), config=Config(), workers=0, partition_size=2,
                 progress=progress)  # fmt: skip
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    posts = [post for p in Archive(inputs).partitions() for post in p.posts]
    assert records == [check_post(post, Config()) for post in posts]
    assert [(r["source"], r["row"]) for r in records] == [(inputs[0], row) for row in range(1, 6)] + [
        (inputs[1], 1), (inputs[1], 2), (inputs[2], 1), (inputs[2], 2), (inputs[2], 3)]  # fmt: skip
    assert (totals.posts, totals.errors) == (10, 4)
    assert set(totals.peaks) == {"this process"} and totals.peaks["this process"] > 0
    size = Archive(inputs).size
    assert steps[0] == ("total", size)
    assert [posts for _, posts in steps[1:]] == [2, 4, 5, 7, 9, 10]
    assert [read for read, _ in steps[1:]] == sorted(read for read, _ in steps[1:])
    assert steps[-1] == (size, 10)


def test_bad_inputs_and_outputs_stop_the_run_before_anything_is_checked(archive, tmp_path):
    good = str(archive())
    with pytest.raises(InputError, match="no such file"):
        run([good, str(tmp_path / "nope.csv")], str(tmp_path / "out.jsonl"), config=Config(),
            workers=0)  # fmt: skip
    with pytest.raises(InputError, match="cannot tell the output format"):
        run([good], str(tmp_path / "out.txt"), config=Config(), workers=0)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["posts.jsonl"]
