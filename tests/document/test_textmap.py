from hypothesis import given
from hypothesis import strategies as st

from postcheck.document.textmap import ProseBuilder


def test_verbatim_and_synthetic_pieces_map_back():
    source = "**Hei** maailma"
    builder = ProseBuilder()
    builder.add("Hei", 2)
    builder.add_synthetic(" ", 7)
    builder.add("maailma", 8)
    prose, offsets = builder.build()
    assert prose == "Hei maailma"
    assert [source[offsets.source(i)] for i in range(3)] == ["H", "e", "i"]
    assert offsets.source(3) == 7
    assert offsets.source_span(4, 11) == (8, 15)
    assert source[8:15] == "maailma"


def test_adjacent_verbatim_pieces_merge_into_one_run():
    builder = ProseBuilder()
    builder.add("ab", 10)
    builder.add("cd", 12)
    _, offsets = builder.build()
    assert offsets.source_span(0, 4) == (10, 14)


pieces = st.lists(
    st.tuples(st.text(min_size=1, max_size=5), st.integers(0, 3), st.booleans()), max_size=10
)


@given(pieces)
def test_every_verbatim_character_maps_to_itself(parts):
    source_parts: list[str] = []
    builder = ProseBuilder()
    position = 0
    expected: list[int] = []
    verbatim_at: list[bool] = []
    for text, gap, verbatim in parts:
        source_parts.append("#" * gap)
        position += gap
        if verbatim:
            builder.add(text, position)
            source_parts.append(text)
            expected.extend(range(position, position + len(text)))
            verbatim_at.extend([True] * len(text))
            position += len(text)
        else:
            builder.add_synthetic(text, position)
            expected.extend([position] * len(text))
            verbatim_at.extend([False] * len(text))
    source = "".join(source_parts) + "#"
    prose, offsets = builder.build()
    assert len(prose) == len(expected)
    for index, char in enumerate(prose):
        assert offsets.source(index) == expected[index]
        assert offsets.source(index) <= len(source)
        if verbatim_at[index]:
            assert source[offsets.source(index)] == char
    if prose:
        start, end = offsets.source_span(0, len(prose))
        assert start <= end
