"""Reading archives: each format streamed in partitions, renamed columns, and bad inputs."""

import json
import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.archive.read import Archive
from postcheck.archive.records import Columns, Post
from postcheck.core.errors import InputError
from tests.archive.conftest import POSTS, write_archive

FORMATS = ("jsonl", "csv", "parquet")
#: Any text a post may hold: every character but lone surrogates (not Unicode text).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)
RECORDS = st.lists(
    st.fixed_dictionaries({"text": TEXT}, optional={"id": st.text(min_size=1, max_size=8),
                                                    "channel": st.sampled_from(["x", "blog"])}),
    max_size=40,
)  # fmt: skip


def posts(archive: Archive) -> list[Post]:
    return [post for partition in archive.partitions() for post in partition.posts]


@settings(max_examples=60, deadline=None)
@given(form=st.sampled_from(FORMATS), records=RECORDS, size=st.integers(1, 7))
def test_every_record_is_read_once_in_order_in_partitions_of_at_most_size(form, records, size):
    if form == "csv":  # CSV cannot tell a missing cell from an empty one
        records = [{"id": "", "channel": "", **record} for record in records]
    with tempfile.TemporaryDirectory() as folder:
        path = write_archive(Path(folder) / f"posts.{form}", records)
        archive = Archive([str(path)], partition_size=size)
        partitions = list(archive.partitions())
        read = posts(archive)
    assert [post.text for post in read] == [record["text"] for record in records]
    assert [post.id for post in read] == [record.get("id") or None for record in records]
    assert [post.row for post in read] == list(range(1, len(records) + 1))
    assert [p.number for p in partitions] == list(range(math.ceil(len(records) / size)))
    assert all(0 < len(p.posts) <= size for p in partitions)
    assert [p.read for p in partitions] == sorted(p.read for p in partitions)
    if partitions:
        assert partitions[-1].read == archive.size


@pytest.mark.parametrize("form", FORMATS)
def test_renamed_columns_are_read(form, tmp_path):
    records = [{"body": "Hei maailma", "post_id": "7", "kanava": "x", "kirjoittaja": "Aino"}]
    path = write_archive(tmp_path / f"posts.{form}", records)
    columns = Columns.parse(["text=body", "id=post_id", "channel=kanava", "author=kirjoittaja"])
    [post] = posts(Archive([str(path)], columns=columns))
    assert post == Post(str(path), 1, "Hei maailma", id="7", channel="x", author="Aino")


def test_a_partition_stops_at_its_bytes_and_never_spans_two_files(tmp_path):
    first = write_archive(tmp_path / "a.jsonl", [{"text": "x" * 100}] * 5)
    second = write_archive(tmp_path / "b.csv", [{"text": "y"}] * 2)
    archive = Archive([str(first), str(second)], partition_size=10, partition_bytes=250)
    sizes = [(p.posts[0].source, len(p.posts)) for p in archive.partitions()]
    assert sizes == [(str(first), 3), (str(first), 2), (str(second), 2)]


def test_a_folder_is_read_file_by_file_in_name_order(tmp_path):
    write_archive(tmp_path / "2026" / "b.parquet", [{"text": "b"}])
    write_archive(tmp_path / "2026" / "a.jsonl", [{"text": "a"}])
    write_archive(tmp_path / "2025.csv", [{"text": "c"}])
    (tmp_path / "notes.txt").write_text("not posts")
    assert [post.text for post in posts(Archive([str(tmp_path)]))] == ["c", "a", "b"]


def test_a_line_that_is_not_a_json_object_is_a_post_with_a_problem(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text('{"text": "eka"}\n\n{broken\n[1, 2]\n{"text": "toka"}\n', encoding="utf-8")
    read = posts(Archive([str(path)]))
    assert [(post.row, post.text, post.problem) for post in read] == [
        (1, "eka", None),
        (2, None, "line 3 is not JSON (Expecting property name enclosed in double quotes at "
                  "column 2)"),
        (3, None, "line 4 is not a JSON object"),
        (4, "toka", None),
    ]  # fmt: skip


def test_a_line_over_the_limit_is_skipped_not_held(tmp_path):
    path = tmp_path / "posts.jsonl"
    long = json.dumps({"text": "x" * 5000})
    path.write_text(f'{{"text": "a"}}\n{long}\n{{"text": "b"}}\n', encoding="utf-8")
    read = posts(Archive([str(path)], record_bytes=1000))
    assert [post.text for post in read] == ["a", None, "b"]
    assert read[1].problem.startswith("line 2 is over 0.001 MB; split the post")


def bad(*paths, **options):
    with pytest.raises(InputError) as raised:
        Archive([str(path) for path in paths], **options)
    message = str(raised.value)
    assert "\n" not in message
    return message


def test_a_missing_file_is_named_with_the_fix(tmp_path):
    assert (
        bad(tmp_path / "nope.jsonl") == f"{tmp_path / 'nope.jsonl'}: no such file; check the path"
    )


def test_an_unknown_format_is_named_with_the_fix(tmp_path):
    path = tmp_path / "posts.txt"
    path.write_text("Hei\n")
    assert bad(path) == (
        f"{path}: unknown archive format (.txt); name it .jsonl, .csv or .parquet, "
        "or give --input-format"
    )


@pytest.mark.parametrize("form", FORMATS)
def test_a_missing_text_column_is_named_with_the_fix(form, tmp_path):
    path = write_archive(tmp_path / f"posts.{form}", [{"id": "1", "body": "Hei"}])
    where = "its first record" if form == "jsonl" else "it"
    assert bad(path) == (
        f"{path}: no column 'text' for the posts' text ({where} has: id, body); "
        "name the text column with --column text=NAME"
    )
    assert bad(path, columns=Columns.parse(["text=bodi"])).endswith("--column text=body")


def test_a_file_not_of_its_format_is_one_line(tmp_path):
    csv_named_jsonl = tmp_path / "posts.jsonl"
    csv_named_jsonl.write_text("id,text\n1,Hei\n")
    assert bad(csv_named_jsonl).startswith(f"{csv_named_jsonl}: line 1 is not JSON")
    not_parquet = tmp_path / "posts.parquet"
    not_parquet.write_text("id,text\n1,Hei\n")
    assert bad(not_parquet).startswith(f"{not_parquet}: not a Parquet file")
    folder = tmp_path / "empty"
    folder.mkdir()
    assert bad(folder).startswith(f"{folder}: the folder holds no archive files")


def test_an_input_format_reads_any_name(tmp_path):
    path = write_archive(tmp_path / "export.txt", POSTS[:2], form="jsonl")
    assert len(posts(Archive([str(path)], input_format="jsonl"))) == 2


def test_a_byte_that_is_not_utf8_spoils_only_its_own_csv_record(tmp_path):
    from postcheck.archive.check import check_post
    from postcheck.engine.config import Config

    path = tmp_path / "posts.csv"
    path.write_bytes(
        b"text\n" + b"Hei\n" * 5000 + "Hyv\xe4\xe4 p\xe4iv\xe4\xe4\n".encode("latin-1")
    )
    found = posts(Archive([str(path)]))
    assert len(found) == 5001 and [post.text for post in found[:2]] == ["Hei", "Hei"]
    record = check_post(found[-1], Config())
    assert record["error"].startswith("the text holds a character that is not Unicode text")
    assert record["score"] is None


def test_a_csv_file_without_a_header_is_named_and_the_other_inputs_are_still_read(tmp_path):
    empty, broken = tmp_path / "a.csv", tmp_path / "b.csv"
    empty.write_text("")
    broken.write_text('"id,text\n1,Hei\n')
    good = write_archive(tmp_path / "c.jsonl", POSTS[:2])
    archive = Archive([str(empty), str(broken), str(good)])
    assert [post.text for post in posts(archive)] == [post["text"] for post in POSTS[:2]]
    assert [str(problem) for problem in archive.problems] == [
        f"{empty}: not read: it has no header line; make its first line name the columns",
        f"{broken}: not read: its header (lines 1–2) could not be read: the quoted field that "
        "starts on line 1 is never closed, so the rest of the file is one field; close each "
        'quoted field, and write a quote inside a field as two ("")',
    ]
    assert [p.read for p in archive.partitions()] == [archive.size]
