"""Finnish word tests read from Voikko's analysis (postcheck.nlp.finnish)."""

from postcheck.analysis.draft_analysis import analyse
from postcheck.document.draft import parse_draft


def names(text: str) -> list[str]:
    """Return the words of a Finnish draft read as names."""
    analysis = analyse(parse_draft(text, markdown=False), "fi")
    kinds = analysis.doc._.kinds
    return [t.text for t in analysis.tokens if kinds[t.i] == "word" and analysis.is_name(t)]


def test_a_known_word_capitalised_in_running_text_is_a_name():
    assert names("Liikkeellä on Veikkauksen nimissä viestejä, ja Kotipankin sivut toimivat.") == [
        "Veikkauksen",
        "Kotipankin",
    ]


def test_a_known_word_capitalised_where_a_sentence_or_line_starts_is_no_name():
    assert names("Veikkaus on suosittu. Kiitos,\nAsiakaspalvelu\n”Tämä on hyvä”, hän sanoi.") == []
    assert names("Koko EU tietää sen, ja koko EU:n alue.") == []  # a known acronym is no name
    assert names("Tapasimme Matti Virtasen eilen.") == ["Matti", "Virtasen"]  # Voikko's names


def test_title_case_and_a_common_word_opening_a_sentence_are_no_names():
    assert names("Tärkeä Tiedote Kaikille Asiakkaille tänään.") == []
    assert names("Tulosten mukaan myynti kasvoi.") == []  # tulos, not the surname Tulonen
    assert names("Yhteistyössä Suomen Pankin kanssa.") == ["Suomen", "Pankin"]


def test_a_word_that_is_a_verb_only_as_a_rare_one_is_no_command():
    from postcheck.nlp.finnish import rare_verb

    assert rare_verb("Ajankohtaista")  # ajankohtainen; the rare "ajankohtaistaa"
    assert not rare_verb("Tilaa") and not rare_verb("Varaa")  # tila / tilata: a common verb
    assert not rare_verb("Kommentoi")  # a verb only: no other reading to prefer
    # a participle is the verb's own form; "para" is far from common enough to outweigh "parata"
    assert not any(rare_verb(word) for word in ("aikovat", "pienenevät", "parani"))
