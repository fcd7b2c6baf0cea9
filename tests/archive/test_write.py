"""Writing the records: Parquet with a fixed schema or JSON lines, put in place when done."""

import dataclasses
import json

import pyarrow.parquet as pq
import pytest

from postcheck.archive.check import OUTPUT_FIELDS, check_post
from postcheck.archive.records import Post
from postcheck.archive.write import FINDING_FIELDS, open_writer, output_format, schema
from postcheck.core.errors import InputError
from postcheck.core.report import Finding
from postcheck.engine.config import Config
from tests.archive.conftest import POSTS


@pytest.fixture(scope="module")
def records():
    posts = [Post("a.jsonl", row, post.get("text"), id=post["id"], channel=post.get("channel"),
                  lang=post.get("lang")) for row, post in enumerate(POSTS, 1)]  # fmt: skip
    return [check_post(post, Config()) for post in posts]


def test_the_parquet_schema_has_every_field_of_a_record_and_of_a_finding():
    assert tuple(schema().names) == OUTPUT_FIELDS
    assert [name for name, _ in FINDING_FIELDS] == [f.name for f in dataclasses.fields(Finding)]


def test_parquet_reads_back_as_written(records, tmp_path):
    target = tmp_path / "out.parquet"
    writer = open_writer(str(target), "parquet")
    writer.write(records[:2])
    writer.write(records[2:])
    assert not target.exists()  # written under a hidden name until it is done
    writer.close()
    rows = pq.read_table(target).to_pylist()
    assert [{**row, "rules": None if row["rules"] is None else dict(row["rules"])} for row in rows] \
        == records  # fmt: skip
    assert [row["error"] is None for row in rows] == [True, True, False, False, True]
    assert list(tmp_path.iterdir()) == [target]


def test_json_lines_read_back_as_written(records, tmp_path):
    target = tmp_path / "out.jsonl"
    writer = open_writer(str(target), "jsonl")
    writer.write(records)
    writer.close()
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == records
    assert "ä" in lines[0]


@pytest.mark.parametrize("form", ["parquet", "jsonl"])
def test_a_stopped_run_leaves_no_output(form, records, tmp_path):
    writer = open_writer(str(tmp_path / f"out.{form}"), form)
    writer.write(records)
    writer.abort()
    assert list(tmp_path.iterdir()) == []


def test_the_output_format_comes_from_the_name_or_the_option(tmp_path):
    assert output_format("out.parquet", None) == "parquet"
    assert output_format("out.PQ", None) == "parquet"
    assert output_format("out.ndjson", None) == "jsonl"
    assert output_format("out.data", "jsonl") == "jsonl"
    with pytest.raises(InputError) as raised:
        output_format("out.data", None)
    assert str(raised.value) == (
        "out.data: cannot tell the output format from the name; name it .parquet or .jsonl, "
        "or give --format"
    )
    with pytest.raises(InputError, match="its folder does not exist; create the folder first"):
        open_writer(str(tmp_path / "nope" / "out.jsonl"), "jsonl")
    with pytest.raises(InputError, match="is a folder; name a file for --output"):
        open_writer(str(tmp_path), "jsonl")
