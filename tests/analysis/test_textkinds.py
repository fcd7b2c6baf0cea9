"""Captions and teaser lines: the text that needs no main verb and no final punctuation."""

import pytest

from postcheck.analysis.draft_analysis import analyse
from postcheck.analysis.textkinds import TEASER_WORDS, TextKinds, caption_start
from postcheck.document.draft import parse_draft


def kinds_of(text: str, *, markdown: bool = False) -> TextKinds:
    return TextKinds(analyse(parse_draft(text, markdown=markdown), "fi"))


@pytest.mark.parametrize(
    "line",
    [
        "Kuva: Matti Meikäläinen",
        "KUVA: LEHTIKUVA",
        "Kuva/Lehtikuva",
        "Kuva / Matti Meikäläinen",
        "Kuvaaja: Liisa",
        "(Kuva: Liisa)",
        "Kuva 2. Kävijämäärät vuosittain",
        "Kuvassa toimitusjohtaja Matti Meikäläinen",
        "Bild: Anna Andersson",
        "Foto: TT",
        "Photo: Unsplash",
        "Image | Reuters",
        "Photo by Jane Doe on Unsplash",
        "Pictured: the new factory",
    ],
)
def test_a_caption_label_or_opener_starts_a_caption(line):
    assert caption_start().match(line)


@pytest.mark.parametrize(
    "line",
    ["Kuvateksti puuttuu", "Kuvat 2019 kertovat paljon", "Kuvaamme tehtaan", "Kuvasta näkyy"],
)
def test_words_that_only_begin_like_a_label_are_no_caption(line):
    assert not caption_start().match(line)


def test_a_caption_line_and_the_word_after_its_label():
    text = "Teksti on tässä.\nKuva: matti meikäläinen\n"
    kinds = kinds_of(text)
    [block] = kinds.analysis.draft.blocks
    assert not kinds.is_caption(block, 0)
    assert kinds.is_caption(block, text.index("matti"))
    assert kinds.follows_caption_label(text.index("matti"))
    assert not kinds.follows_caption_label(text.index("meikäläinen"))
    long = "Kuva: " + " ".join(["sana"] * 30)
    assert kinds_of(long).caption_label_end(0) is None  # a long line is no credit


def teasers(text: str, *, markdown: bool = False) -> list[str]:
    kinds = kinds_of(text, markdown=markdown)
    analysis = kinds.analysis
    found = []
    for sentence in analysis.sentences:
        block = next(b for b in analysis.draft.blocks if b.start <= sentence.start_char <= b.end)
        if kinds.is_teaser(block, sentence):
            found.append(analysis.prose[sentence.start_char : sentence.end_char].strip())
    return found


def test_a_line_of_verbless_headline_fragments_is_a_teaser():
    text = (
        "Firmojen suuret ongelmat kasvussa. Puolueiden suosio nousussa. Tiedeuutinen avaruudesta.\n"
    )
    assert teasers(text) == [
        "Firmojen suuret ongelmat kasvussa.",
        "Puolueiden suosio nousussa.",
        "Tiedeuutinen avaruudesta.",
    ]


def test_verbless_lines_one_under_another_are_teasers():
    text = "Firmojen suuret ongelmat kasvussa.\n\nPuolueiden suosio nousussa eduskuntavaaleissa.\n"
    assert len(teasers(text, markdown=True)) == 2


def test_one_verbless_sentence_among_sentences_with_verbs_is_not_a_teaser():
    text = "Kokous alkaa kello yhdeksän. Kahvia ja pullaa kaikille tulijoille. Tervetuloa mukaan.\n"
    assert teasers(text) == []
    assert teasers("Kahvia ja pullaa kaikille kokoukseen tulijoille huomenna.\n") == []
    # nor is one under a heading
    assert teasers("# Kokous\n\nKahvia ja pullaa kaikille tulijoille.\n", markdown=True) == []


def test_a_line_with_a_long_verbless_sentence_has_no_teasers():
    long = " ".join(["Kahvia"] * (TEASER_WORDS + 1)) + "."
    assert teasers(f"{long} Puolueiden suosio.\n") == []
    assert teasers(f"{long}\nPuolueiden suosio.\n") == []


def test_the_short_sentences_of_the_summary_before_more_are_teasers():
    text = "Kymmenen vinkkiä kevääseen, jotka jokainen osaa\n\n<!--more-->\n\nLoput tulevat.\n"
    assert teasers(text, markdown=True) == ["Kymmenen vinkkiä kevääseen, jotka jokainen osaa"]
