"""Columns named on the command line and the fields of a post as read."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postcheck.archive.records import DEFAULT_COLUMNS, FIELDS, Columns, Post, as_text
from postcheck.core.errors import ConfigError


def test_columns_rename_fields_and_keep_the_others():
    columns = Columns.parse(["text=body", "id = post_id"])
    assert columns["text"] == "body" and columns["id"] == "post_id"
    assert all(columns[field] == field for field in FIELDS if field not in ("text", "id"))
    assert Columns.parse([]) == DEFAULT_COLUMNS


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("txt=body", "--column 'txt=body': no field 'txt'; did you mean 'text'?"),
        ("text", "--column 'text' is not FIELD=COLUMN; write it as text=body"),
        ("text=", "--column 'text=' is not FIELD=COLUMN; write it as text=body"),
    ],
)
def test_a_bad_column_is_one_line_with_the_fix(item, message):
    with pytest.raises(ConfigError) as raised:
        Columns.parse([item])
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def test_a_post_reads_its_fields_by_column_and_keeps_them_as_text():
    columns = Columns.parse(["text=body", "id=post_id"])
    values = {"body": "Hei", "post_id": 7, "date": datetime.date(2026, 1, 2), "channel": ""}
    post = Post.of("a.jsonl", 3, values, columns)
    assert post == Post("a.jsonl", 3, "Hei", id="7", date="2026-01-02")


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"post_id": 7}, "the record has no 'body'; name its text column with --column text=NAME"),
        ({"body": None}, "the record's 'body' is empty (null): there is no text to check"),
        ({"body": ""}, None),  # checked: an empty post gets its no-prose finding
    ],
)
def test_a_record_without_text_says_which_column_and_why(values, problem):
    post = Post.of("a.jsonl", 2, values, Columns.parse(["text=body"]))
    assert post.problem == problem


@given(st.one_of(st.none(), st.text(), st.integers(), st.floats(), st.booleans(),
                 st.datetimes(), st.dates()))  # fmt: skip
def test_every_field_value_is_text_or_none(value):
    shown = as_text(value)
    assert shown is None or (isinstance(shown, str) and shown != "")
    if isinstance(value, str) and value:
        assert shown == value
