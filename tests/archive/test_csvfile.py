"""CSV records split by the quoting rules: a broken record is reported, never merged with others."""

import csv
import io
import re
from unittest import mock

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from postcheck.archive import csvfile
from postcheck.archive.csvfile import CHUNK, records
from postcheck.archive.read import HEADER_BYTES, Archive

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
       terminator=st.sampled_from(["\r\n", "\n", "\r"]), chunk=st.sampled_from([CHUNK, 1, 2, 5]))  # fmt: skip
def test_what_the_csv_module_writes_is_read_back_record_by_record(rows, quoting, terminator, chunk):
    stream = io.StringIO(newline="")
    csv.writer(stream, quoting=quoting, lineterminator=terminator).writerows(rows)
    with mock.patch.object(csvfile, "CHUNK", chunk):  # long lines, read in pieces
        read_back = [fields for _, _, fields, _ in read(stream.getvalue(), limit=10_000)]
    by_the_csv_module = csv.reader(io.StringIO(stream.getvalue(), newline=""))
    assert read_back == [row for row in by_the_csv_module if row]  # a blank line is no record


@settings(max_examples=300, deadline=None)
@given(data=st.binary().map(lambda b: bytes(b'a ,"\r\n\t'[x % 7] for x in b)),
       limit=st.sampled_from([4, 1000]), chunk=st.sampled_from([CHUNK, 3]))  # fmt: skip
def test_whatever_the_bytes_every_line_is_in_one_record_in_order(data, limit, chunk):
    """Nothing is lost unsaid: each line that is not blank is in exactly one record."""
    lines = re.split(rb"\r\n|\r|\n", data)
    if lines[-1] == b"":
        lines.pop()  # the file's last line break ends a line, it starts none
    with mock.patch.object(csvfile, "CHUNK", chunk):
        found = list(records(io.BytesIO(data), limit))
    covered = [n for record, _ in found for n in range(record.first, record.last + 1)]
    assert covered == sorted(set(covered))
    assert {n for n, line in enumerate(lines, 1) if line} <= set(covered)
    assert all(lines[record.first - 1] for record, _ in found)  # none starts at a blank line
    assert all((record.fields is None) == (record.problem is not None) for record, _ in found)
    assert [end for _, end in found] == sorted(end for _, end in found)
    assert not found or found[-1][1] == len(data) or found[-1][0].rest is False


#: Fields of posts as an export writes them, every one quoted: words, and a line break inside.
WORDS = st.text(st.sampled_from(list("ab \n")), min_size=1, max_size=10)
ROWS = st.lists(st.lists(WORDS, min_size=1, max_size=3), min_size=1, max_size=6)


def written(rows: list[list[str]]) -> list[str]:
    """Return each row as csv.writer writes it, every field quoted."""
    out = []
    for row in rows:
        stream = io.StringIO(newline="")
        csv.writer(stream, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(row)
        out.append(stream.getvalue())
    return out


@settings(max_examples=300, deadline=None)
@given(rows=ROWS, bad=st.integers(0, 5), where=st.integers(0, 200))
def test_a_stray_quote_in_a_field_spoils_only_its_own_record(rows, bad, where):
    """A quote not written twice, between two letters of a field (``"He said "hi" …"``)."""
    assume(bad < len(rows))
    texts = written(rows)
    spots = [i for i in range(1, len(texts[bad]) - 1)
             if texts[bad][i - 1].isalpha() and texts[bad][i].isalpha()]  # fmt: skip
    assume(spots)
    spot = spots[where % len(spots)]
    texts[bad] = texts[bad][:spot] + '"' + texts[bad][spot:]
    assert_only_spoiled(texts, rows, bad)


@settings(max_examples=300, deadline=None)
@given(rows=ROWS.map(lambda rows: [[f.replace("\n", "") or "a" for f in r] for r in rows]),
       bad=st.integers(0, 5), which=st.integers(0, 2))  # fmt: skip
def test_a_quote_never_closed_spoils_only_its_own_record_when_the_next_is_quoted(rows, bad, which):
    """The closing quote of a field left out, and the records after it quoted, as exports do."""
    assume(bad < len(rows) - 1)
    texts = written(rows)
    closing = [i for i, c in enumerate(texts[bad]) if c == '"'][1::2]
    spot = closing[which % len(closing)]
    texts[bad] = texts[bad][:spot] + texts[bad][spot + 1 :]
    assert_only_spoiled(texts, rows, bad)


def assert_only_spoiled(texts: list[str], rows: list[list[str]], bad: int) -> None:
    found = read("".join(texts), limit=10_000)
    first = 1 + sum(text.count("\n") for text in texts[:bad])
    last = first + texts[bad].count("\n") - 1
    expected: list[tuple[int, int, list[str] | None]] = []
    line = 1
    for number, (row, text) in enumerate(zip(rows, texts, strict=True)):
        end = line + text.count("\n") - 1
        expected.append((line, end, None if number == bad else row))
        line = end + 1
    assert [(start, end, fields) for start, end, fields, _ in found] == expected
    assert found[bad][3].startswith(f"line{'s' if last > first else ''} {first}")


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


def test_text_after_a_closing_quote_spoils_the_record_up_to_the_quote_that_ends_the_field():
    """The quote followed by text was text: the field ends at a quote a comma or break follows."""
    said = read('id,text\n1,"He said "hi" and\n then, he left today"\n2,Hei\n3,Moi\n')
    assert said[1:] == [
        (2, 3, None, "lines 2–3 could not be read: a quoted field on line 2 has text after its "
                     f"closing quote; {FIX}"),
        (4, 4, ["2", "Hei"], None),
        (5, 5, ["3", "Moi"], None),
    ]  # fmt: skip
    doubled = read('id,text\n1,"Hän sanoi "moi" ja\n"lähti pois""\n2,Hei maailma\n3,Hei taas\n')
    assert [(first, last, fields) for first, last, fields, _ in doubled[1:]] == [
        (2, 3, None), (4, 4, ["2", "Hei maailma"]), (5, 5, ["3", "Hei taas"])]  # fmt: skip


def test_a_broken_quote_with_no_quote_to_end_its_field_is_the_rest_of_the_file():
    found = list(records(io.BytesIO(b'id,text\n1,"He said "hi\n2,ok\n'), 1000))
    assert [(r.first, r.last, r.fields, r.rest) for r, _ in found] == [
        (1, 1, ["id", "text"], False), (2, 3, None, True)]  # fmt: skip
    assert "no quote after it ends the field, so the rest of the file is one field" in (
        found[1][0].problem
    )


@pytest.mark.parametrize(
    "text",
    ['id,text\n1,"broken\n2,"fine"\n3,ok\n',  # the next record quotes its second field only
     '"id","text"\n"1","rikki\n"","fine"\n"3","ok"\n'],  # its first field is empty: ""
)  # fmt: skip
def test_a_quote_never_closed_is_shown_by_any_next_record_quoted_by_the_rules(text):
    found = read(text)
    assert found[1] == (2, 2, None, "line 2 could not be read: the quoted field that starts on "
                        f"line 2 is not closed (line 3 starts the next record); {FIX}")  # fmt: skip
    assert [fields for _, _, fields, _ in found[2:]] == [[found[2][2][0], "fine"], ["3", "ok"]]


def test_a_line_of_a_quoted_field_with_a_stray_quote_is_not_taken_for_a_record():
    found = read('id,text\n1,"first line\nsecond "quoted" word"\n2,ok\n')
    assert [(first, last, fields) for first, last, fields, _ in found[1:]] == [
        (2, 3, None), (4, 4, ["2", "ok"])]  # fmt: skip
    assert found[1][3].startswith("lines 2–3 could not be read: a quoted field on line 3 has text")


def test_spaces_after_a_closing_quote_are_read_as_the_csv_module_reads_them():
    assert [fields for _, _, fields, _ in read('text,id\n"a" ,1\n"b"\t\n"c"  ,3\r\n')] == [
        ["text", "id"], ["a ", "1"], ["b\t"], ["c  ", "3"]]  # fmt: skip


def test_a_lone_cr_ends_a_record_and_a_line_also_in_a_file_over_the_header_limit(tmp_path):
    """CSV of the old Mac OS: each record one line, however long the file."""
    path = tmp_path / "mac.csv"
    body = "".join(f"{n},Hei maailma numero {n}\r" for n in range(60_000))
    path.write_bytes(f"id,text\r{body}".encode())
    assert path.stat().st_size > HEADER_BYTES
    archive = Archive([str(path)], record_bytes=1000)
    posts = [post for partition in archive.partitions() for post in partition.posts]
    assert len(posts) == 60_000 and not archive.problems
    assert (posts[-1].id, posts[-1].text) == ("59999", "Hei maailma numero 59999")
    found = read(b'id,text\r1,"two\rlines"\r\r2,x\r\n3,y\n')
    assert [(first, last, fields) for first, last, fields, _ in found] == [
        (1, 1, ["id", "text"]), (2, 3, ["1", "two\rlines"]), (5, 5, ["2", "x"]),
        (6, 6, ["3", "y"])]  # fmt: skip
