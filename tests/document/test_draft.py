import codecs

import pytest

from postcheck import check
from postcheck.core.errors import InputError
from postcheck.document.draft import decode, parse_draft, read_text
from tests.conftest import only, place


def test_utf8_with_bom_and_crlf_is_read_as_plain_text(write):
    path = write("a.txt", codecs.BOM_UTF8 + b"Hei\r\nmaailma\r\n")
    assert read_text(path) == "Hei\nmaailma\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Hei \xff maailma", "not valid UTF-8 at byte 4"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Hei".encode("utf-16"), "UTF-16"),
    ],
)
def test_undecodable_files_get_one_line_with_the_fix(data, message):
    with pytest.raises(InputError) as raised:
        decode(data, path="x.md")
    text = str(raised.value)
    assert message in text and text.startswith("x.md: ") and "\n" not in text


def test_missing_file_and_directory_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.md")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


def test_template_spans_are_found_in_one_pass_and_an_unclosed_tag_ends_the_search():
    import time

    from postcheck.document.draft import template_spans

    text = 'a {{< ref "x" >}} b {: .lead} %v% [^n] {# c #}'
    assert template_spans(text) == [(2, 17), (20, 29), (30, 33), (34, 38), (39, 46)]
    started = time.perf_counter()
    assert template_spans("{#" * 200_000) == []
    assert time.perf_counter() - started < 5  # quadratic took minutes


def test_a_comment_between_spaces_leaves_one_space_in_a_post_published_as_typed():
    text = "Tervetuloa lukemaan! <!--more--> Tämä on  uutta.\n"
    draft = parse_draft(text, markdown=False)
    assert draft.prose == draft.post == "Tervetuloa lukemaan! Tämä on  uutta."
    assert draft.source_span(21, 25) == (33, 37)
    [double] = only(check(text, channel="linkedin"), "PC112")  # the writer's own double space
    assert place(double) == (1, 41, 1, 43)
