import pytest
from hypothesis import given
from hypothesis import strategies as st

from postcheck.document.positions import LineIndex, Utf16Offsets, utf16_length


def test_positions_are_one_based_and_count_code_points():
    index = LineIndex("ab\n👍x\n\nend")
    assert index.position(0) == (1, 1)
    assert index.position(2) == (1, 3)  # the newline itself
    assert index.position(3) == (2, 1)
    assert index.position(4) == (2, 2)  # after one emoji: one column
    assert index.position(7) == (4, 1)
    assert index.position(10) == (4, 4)  # just past the end


def test_offset_outside_the_text_is_refused():
    with pytest.raises(ValueError):
        LineIndex("abc").position(4)


@given(st.text(alphabet=st.sampled_from("ab\n€👍"), max_size=60))
def test_position_agrees_with_splitlines(text):
    index = LineIndex(text)
    for offset in range(len(text) + 1):
        line, column = index.position(offset)
        before = text[:offset]
        assert line == before.count("\n") + 1
        assert column == len(before) - (before.rfind("\n") + 1) + 1
        assert index.line_start(line) + column - 1 == offset


@given(st.text(alphabet="aä👍 \n𝔘x", max_size=40))
def test_utf16_offsets_are_what_javascript_and_lsp_count(text):
    units = Utf16Offsets(text)
    for offset in range(len(text) + 1):
        assert units(offset) == len(text[:offset].encode("utf-16-le")) // 2
        assert units.back(units(offset)) == offset
    assert utf16_length(text) == units(len(text))
