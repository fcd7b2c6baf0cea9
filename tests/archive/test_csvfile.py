"""CSV records split by the quoting rules: a broken record is reported, never merged with others."""

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.archive.csvfile import CHUNK, records
from postcheck.archive.read import Archive

FIX = 'close each quoted field, and write a quote inside a field as two ("")'
#: Any field: commas, quotes, line breaks (both kinds) and bytes that are not UTF-8 included.
#: (A field of a lone line break is not read back as it was written, by the csv module either.)
FIELD = st.text(st.sampled_from(list('ab ,"\n\r\xe4\udce4')), max_size=12)


def read(
    text: str | bytes, limit: int = 1000
) -> list[tuple[int, int, list[str] | None, str | None]]:
    data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
    return [(r.first, r.last, r.fields, r.problem) for r, _ in records(io.BytesIO(data), limit)]


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.lists(FIELD, min_size=1, max_size=4), max_size=8),
       quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
       terminator=st.sampled_from(["\r\n", "\n"]))  # fmt: skip
def test_what_the_csv_module_writes_is_read_back_record_by_record(rows, quoting, terminator):
    stream = io.StringIO(newline="")
    csv.writer(stream, quoting=quoting, lineterminator=terminator).writerows(rows)
    read_back = [fields for _, _, fields, _ in read(stream.getvalue(), limit=10_000)]
    by_the_csv_module = csv.reader(io.StringIO(stream.getvalue(), newline=""))
    assert read_back == [row for row in by_the_csv_module if row]  # a blank line is no record


def test_well_formed_records_with_their_lines_and_the_end_of_each():
    text = 'text,id\n"a, b",1\n"two\nlines ""quoted""",2\nplain "quote" in it,3\n\n"last",4'
    assert read(text) == [
        (1, 1, ["text", "id"], None),
        (2, 2, ["a, b", "1"], None),
        (3, 4, ['two\nlines "quoted"', "2"], None),
        (5, 5, ['plain "quote" in it', "3"], None),
        (7, 7, ["last", "4"], None),
    ]
    ends = [end for _, end in records(io.BytesIO(text.encode()), 1000)]
    assert ends[-1] == len(text) and ends == sorted(ends)


def test_a_quote_never_closed_before_the_next_quoted_record_spoils_only_its_own_lines():
    assert read('text,id\n"broken,1\nstill broken,2\n"fine",3\nok,4\n') == [
        (1, 1, ["text", "id"], None),
        (2, 3, None, "lines 2–3 could not be read: the quoted field that starts on line 2 is not "
                     f"closed (line 4 starts the next record); {FIX}"),
        (4, 4, ["fine", "3"], None),
        (5, 5, ["ok", "4"], None),
    ]  # fmt: skip


def test_text_after_a_closing_quote_spoils_its_record_up_to_the_end_of_that_line():
    assert read('text,id\n"He said "hi" today",1\nok,2\n') == [
        (1, 1, ["text", "id"], None),
        (2, 2, None, f"line 2 could not be read: a quoted field on line 2 has text after its "
                     f"closing quote; {FIX}"),
        (3, 3, ["ok", "2"], None),
    ]  # fmt: skip


def test_a_quote_never_closed_at_all_is_the_rest_of_the_file_said_once():
    found = list(records(io.BytesIO(b'text\nok\n"broken\nok\nok\n'), 1000))
    assert [(r.first, r.last, r.fields, r.rest) for r, _ in found] == [
        (1, 1, ["text"], False), (2, 2, ["ok"], False), (3, 5, None, True)]  # fmt: skip
    assert found[-1][0].problem.startswith(
        "lines 3–5 could not be read: the quoted field that starts on line 3 is never closed, so "
        "the rest of the file is one field"
    )


def test_a_record_over_the_limit_is_skipped_without_being_held_and_the_next_one_read():
    quoted = '"' + "x" * (3 * CHUNK) + "\n" + "y" * 100 + '"'
    found = read(f"text,id\n{quoted},1\nok,2\n", limit=CHUNK)
    assert found[1] == (2, 3, None, "lines 2–3 could not be read: the record is over 1.04858 MB; "
                        "split the post, or raise max_size_mb in postcheck.toml")  # fmt: skip
    assert found[2] == (4, 4, ["ok", "2"], None)


def test_a_five_megabyte_post_is_one_field():
    post = 'Pitkä teksti, jossa on "lainaus" ja rivinvaihto.\n' * 110_000
    assert len(post.encode()) > 5_000_000
    stream = io.StringIO(newline="")
    csv.writer(stream).writerows([["id", "text"], ["1", post], ["2", "Hei"]])
    assert [fields for _, _, fields, _ in read(stream.getvalue(), limit=21_000_000)] == [
        ["id", "text"], ["1", post], ["2", "Hei"]]  # fmt: skip


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_byte_order_mark_is_not_part_of_the_first_column(bom):
    assert read(bom + b"text\nHei\n")[0][2] == ["text"]


def test_the_archive_reads_a_broken_csv_as_posts_with_problems_and_names_the_lost_rest(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text('text,id\nHei,1\n"rikki,2\nHei taas,3\n', encoding="utf-8")
    archive = Archive([str(path)])
    posts = [post for partition in archive.partitions() for post in partition.posts]
    assert [(post.row, post.text, post.id) for post in posts] == [(1, "Hei", "1"), (2, None, None)]
    assert posts[1].problem.startswith("lines 3–4 could not be read: the quoted field that starts")
    [problem] = archive.problems
    assert str(problem) == (
        f"{path}: line 3: a quoted field is never closed, so lines 3–4 (the rest of the file) "
        "could not be read as posts; close the quote, and write each quote inside a field as two"
        ' ("")'
    )


def test_lines_broken_by_a_lone_cr_are_records_as_the_csv_module_reads_them():
    assert [fields for _, _, fields, _ in read(b'text,id\r"a,\rb",1\rc,2\r')] == [
        ["text", "id"], ["a,\rb", "1"], ["c", "2"]]  # fmt: skip
