"""Captions and teaser lines: the text that needs no main verb and no final punctuation."""

import pytest

from postcheck.analysis.draft_analysis import analyse
from postcheck.analysis.textkinds import TEASER_WORDS, TextKinds, caption_start, signature_start
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
    long = "Kuva: " + " ".join(["sana"] * 15)
    assert kinds_of(long).caption_label_end(0) is None  # a long line is no credit


def test_a_caption_label_covers_its_first_short_sentence_only():
    text = "Kuvassa on uusi tehdas. Se valmistui viime vuonna ja työllistää sata ihmistä\n"
    kinds = kinds_of(text, markdown=True)
    [block] = kinds.analysis.draft.blocks
    assert kinds.is_caption(block, text.index("tehdas"))
    assert not kinds.is_caption(block, text.index("ihmistä"))
    text = "(Kuva: Liisa) Tehdas valmistui viime vuonna ja työllistää sata ihmistä\n"
    kinds = kinds_of(text, markdown=True)
    [block] = kinds.analysis.draft.blocks
    assert kinds.is_caption(block, text.index("Liisa"))
    assert not kinds.is_caption(block, text.index("ihmistä"))


def test_a_credit_label_before_a_sentence_with_a_verb_is_no_credit():
    assert kinds_of("Lähde: Tilastokeskus\n").caption_label_end(0) == len("Lähde:")
    assert kinds_of("Lähde: Tilastokeskus kertoo että työttömyys nousi\n").caption_at(0) is None
    # a picture's label may describe what happens in it
    assert kinds_of("Kuva: toimitusjohtaja avaa tehtaan\n").caption_at(0) is not None


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


def test_three_verbless_lines_one_under_another_are_teasers_two_are_not():
    text = (
        "Firmojen suuret ongelmat kasvussa.\n\nPuolueiden suosio nousussa eduskuntavaaleissa.\n\n"
        "Uusi tiedeuutinen avaruudesta.\n"
    )
    assert len(teasers(text, markdown=True)) == 3
    two = "Firmojen suuret ongelmat kasvussa.\n\nPuolueiden suosio nousussa eduskuntavaaleissa.\n"
    assert teasers(two, markdown=True) == []
    assert teasers("Firmojen suuret ongelmat. Puolueiden suosio nousussa.\n") == []


def test_greetings_and_sign_offs_are_no_teaser_neighbours():
    for text in (
        "Yritys kasvoi nopeasti.\nUusia asiakkaita kolmesta maasta.\nKiitos kaikille!\nTerveisin Matti\n",
        "Uusia asiakkaita kolmesta eri maasta Euroopassa.\nKiitos!\nHei!\n",
    ):
        assert teasers(text) == [], text


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


def test_the_short_verbless_sentences_of_the_summary_before_more_are_fragments():
    text = "Kymmenen vinkkiä kevääseen. Se on hieno\n\n<!--more-->\n\nLoput tulevat.\n"
    kinds = kinds_of(text, markdown=True)
    summary = kinds.analysis.draft.blocks[0]
    first, second = kinds.analysis.sentences[:2]
    assert summary.kind == "teaser"
    assert kinds.is_summary_fragment(summary, first)
    assert not kinds.is_summary_fragment(summary, second)  # a sentence with a verb
    assert teasers(text, markdown=True) == []  # it is no teaser line


@pytest.mark.slow
def test_a_long_paragraph_is_read_in_time_proportional_to_its_size():
    import time

    from postcheck.analysis.grammar import grammar_errors
    from postcheck.profiles.vocabulary import Vocabulary

    unit = "Yritys kasvoi viime vuonna nopeasti. Uusia asiakkaita kolmesta eri maasta Euroopassa. "
    seconds = []
    for size in (250_000, 1_000_000):  # one paragraph, one line, a finding in every sentence
        analysis = analyse(parse_draft(unit * (size // len(unit)) + "\n", markdown=True), "fi")
        assert analysis.sentences
        started = time.perf_counter()
        assert grammar_errors(analysis, Vocabulary())
        seconds.append(time.perf_counter() - started)
    small, large = seconds
    # measured 0.06 s and 0.15 s; reading each line again per finding took 2.5 s and 39 s:
    # four times the text may take at most ten times as long (the quadratic pass took 16×)
    assert large < 10 * max(small, 0.1)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ystävällisin terveisin\nLaura Nieminen\njohtaja", 0),
        ("Kiitos kaikille!\nTerveisin\nMatti", 17),
        ("Best regards, Mikko Laine, CEO", 0),
        ("**Med vänliga hälsningar**\nAnna", 0),
        ("Thanks to our partners, we grew 20 % this year.", None),  # a sentence
        ("Terveisin kaikki tiimin jäsenet saivat palkinnon. Hienoa!", None),
        ("Bestseller of the year", None),  # no sign-off word on its own
        ("Terveisin\n" + "Tämä viesti jatkuu vielä pitkään monella sanalla. " * 4, None),
    ],
)
def test_a_signature_opens_with_a_sign_off(text, start):
    assert signature_start(text, 0, len(text)) == start


def test_a_name_on_its_own_line_opens_a_signature_at_a_posts_end():
    text = "Laura Nieminen\nasiakaspalvelupäällikkö, Kotikauppa Oy"
    assert signature_start(text, 0, len(text), names=True) == 0
    assert signature_start(text, 0, len(text)) is None  # only where a post ends
    place = "Tampere Areena\nkaikki ovat tervetulleita"  # no first name
    assert signature_start(place, 0, len(place), names=True) is None
    sentence = "Laura Nieminen aloittaa tiimissämme maanantaina.\nTervetuloa!"
    assert signature_start(sentence, 0, len(sentence), names=True) is None
