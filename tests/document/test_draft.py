import codecs

import pytest

from postcheck.core.errors import InputError
from postcheck.document.draft import decode, read_text


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
