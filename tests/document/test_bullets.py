"""Tests for postcheck.document.bullets: bulleted lines typed without Markdown."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from postcheck.document.bullets import bulleted_blocks
from postcheck.document.draft import parse_draft


def blocks_of(text: str, *, markdown: bool) -> list[tuple[str, str]]:
    draft = parse_draft(text, markdown=markdown)
    return [(block.kind, draft.prose[block.start : block.end]) for block in draft.blocks]


def test_bulleted_lines_split_off_their_paragraph_as_list_items():
    text = "Toivomme, että sinulla on\n• kokemusta\n✔️ kielitaito.\nTarjoamme edut.\n"
    expected = [
        ("paragraph", "Toivomme, että sinulla on"),
        ("list_item", "• kokemusta"),
        ("list_item", "✔️ kielitaito."),
        ("paragraph", "Tarjoamme edut."),
    ]
    assert blocks_of(text, markdown=False) == expected
    assert blocks_of(text, markdown=True) == expected  # CommonMark reads no list here


def test_dashed_lines_in_a_row_are_a_list_but_one_is_a_line_of_dialogue():
    text = "Tarjoamme\n- joustavat työajat\n- etätyötä\n\n- Tehdään siis niin.\n"
    assert blocks_of(text, markdown=False) == [
        ("paragraph", "Tarjoamme"),
        ("list_item", "- joustavat työajat"),
        ("list_item", "- etätyötä"),
        ("paragraph", "- Tehdään siis niin."),
    ]


def test_a_paragraph_without_bullets_stays_whole():
    assert bulleted_blocks("Yksi rivi\ntoinen • rivi", 10, [10, 20], ascii=True) == [
        ("paragraph", 10, 33)
    ]


_LINE = st.one_of(
    st.text("abc ", min_size=1, max_size=8),
    st.builds(lambda bullet, rest: bullet + " " + rest, st.sampled_from("•-*✅"),
              st.text("abc", min_size=1, max_size=6)),
)  # fmt: skip


@given(st.lists(_LINE, min_size=1, max_size=8), st.integers(0, 50), st.booleans())
def test_blocks_keep_every_visible_character_in_order(lines, start, ascii):
    text = "\n".join(lines)
    line_starts = [start]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    blocks = bulleted_blocks(text, start, line_starts, ascii=ascii)
    assert all(start <= low <= high <= start + len(text) for _, low, high in blocks)
    assert all(a[2] <= b[1] for a, b in itertools.pairwise(blocks))
    kept = "".join(text[low - start : high - start] for _, low, high in blocks)
    assert kept.replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")
