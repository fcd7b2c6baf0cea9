"""The spelling verdict's first look: which words it asks Voikko's suggestions for."""

import pytest

from postcheck.analysis.draft_analysis import analyse
from postcheck.analysis.spelling import needs_suggestions, verdict
from postcheck.document.draft import parse_draft
from postcheck.nlp.tokenizer import WORD_KINDS
from postcheck.nlp.voikko import voikko
from postcheck.profiles.vocabulary import Vocabulary

DRAFT = (
    "Kirjotin HR:lle ja mä tulin 3ssa tunnissa, ööö. Tampereela oli LinkedIn-päivitys ja "
    "startup, pdf, jne. Olemme Acmecorpin kanssa tuoretagliatellen äärellä "
    + "a" * 61
    + " loppuun.\n"
)


def test_the_words_verdict_asks_suggestions_for_are_the_ones_started_ahead(monkeypatch):
    analysis = analyse(parse_draft(DRAFT, markdown=False), "fi")
    vocabulary = Vocabulary(("Acmecorp",))
    analyzer = voikko("fi")
    asked: list[str] = []
    real = analyzer.suggest

    def recorded(word: str) -> tuple[str, ...]:
        asked.append(word)
        return real(word)

    monkeypatch.setattr(analyzer, "suggest", recorded)
    kinds = analysis.doc._.kinds
    words = [token for token in analysis.tokens if kinds[token.i] in WORD_KINDS]
    judged = {token.text: verdict(token, analysis, vocabulary) for token in words}
    wanted = [token.text for token in words if needs_suggestions(token, analysis, vocabulary)]
    assert wanted == list(dict.fromkeys(asked))  # the same words, in the draft's order
    assert wanted == ["Kirjotin", "Tampereela", "startup", "tuoretagliatellen"]
    assert judged["a" * 61].kind == "typo" and judged["mä"] is None and judged["ööö"] is None


def judged(text: str) -> dict[str, str | None]:
    """Return each word's verdict kind in a Finnish draft (None: fine)."""
    analysis = analyse(parse_draft(text, markdown=False), "fi")
    kinds = analysis.doc._.kinds
    words = [token for token in analysis.tokens if kinds[token.i] in WORD_KINDS]
    found = {token.text: verdict(token, analysis, Vocabulary(())) for token in words}
    return {word: None if result is None else result.kind for word, result in found.items()}


def test_a_coordinated_compounds_first_part_is_fine_when_the_last_parts_tail_makes_a_word():
    # Voikko does not know "huhti" alone, but "huhtikuussa"
    assert judged("Kurssi on huhti–elokuussa.")["huhti"] is None
    assert judged("Kurssi on huhti- ja toukokuussa.")["huhti-"] is None
    assert judged("Kurssi on huhti-, touko- ja kesäkuussa.")["huhti-"] is None
    assert judged("Kurssi on hihti–elokuussa.")["hihti"] == "typo"


def test_an_acronym_with_its_ending_written_on_is_a_name_not_a_word_in_capitals():
    found = judged("Lähetä lasku SAPin kautta ja kirjaudu SOKissa.")
    assert (found["SAPin"], found["SOKissa"]) == ("name", "name")  # not "Sapin" ("sappi")


def test_a_capitalised_english_word_in_mid_sentence_is_part_of_a_name():
    found = judged("Uusia asiakkaitamme ovat Siemens ja Schneider Electric.")
    assert found["Electric"] == "name"  # not an English word for the reader to understand
    assert judged("Tiimi tekee työtä startupin kanssa.")["startupin"] == "english"


def test_a_compound_is_one_whether_or_not_it_starts_a_sentence():
    found = judged("Takaisinveto koskee keittimiä. Tämä takaisinveto koskee niitä.")
    assert (found["Takaisinveto"], found["takaisinveto"]) == ("compound", "compound")
    assert judged("Soitimme eilen Takaisinvedolle.")["Takaisinvedolle"] == "name"  # mid-sentence
    assert judged("Kirjotin sen eilen.")["Kirjotin"] == "typo"  # a slip from "Kirjoitin"
    # a name or loan with a Finnish ending at a sentence start: a question, not a misspelling
    assert judged("Stakesin tilasto kertoo sen.")["Stakesin"] == "english"


def test_a_rarer_english_word_beside_an_english_one_is_english_not_a_typo():
    found = judged("SmartFlow tulee olemaan game changer alalla.")
    assert (found["game"], found["changer"]) == ("english", "english")
    # no English word beside it, and no Finnish correction in reach
    assert judged("Se on changer alalla.")["changer"] == "unknown"


@pytest.mark.parametrize("surname", ["Rautiola", "Salola", "Aaltola", "Vainiola"])
def test_a_surname_made_of_a_name_and_la_is_a_name_not_a_slip(surname):
    # "Rautiola" is no slip in "Rautiolla" (Rautio's adessive): a farm-name surname
    assert judged(f"Lisätietoja antaa Mikko {surname} tänään.")[surname] == "name"
    # a slip in a case ending keeps the inflected stem: "Tampereela" is no "Tampere" + "la"
    assert judged("Asun nyt Tampereela ja viihdyn.")["Tampereela"] == "typo"


def test_dotless_abbreviations_units_and_the_small_words_of_a_name_are_fine():
    from postcheck import check

    text = (
        "Hääpaketti maksaa 89 €/hlö vko 12 loppuun, ja tietokanta on 40 Gt:n kokoinen."
        " Tutkimus julkaistiin Scandinavian Journal of Medicine & Science in Sports -lehdessä.\n"
    )
    found = [(f.rule, f.column) for f in check(text, lang="fi").findings if f.rule in _SPELLING]
    # the name's capitalised words are names Voikko lacks; "of", "in" no English for the reader
    assert found == [("PC103", 100), ("PC103", 113), ("PC103", 124), ("PC103", 135), ("PC103", 146)]


_SPELLING = {"PC101", "PC102", "PC103", "PC602"}


def test_a_hyphenated_code_with_a_digit_is_no_word_but_capitals_alone_are_spelt():
    from postcheck import check

    text = "Reititin RTR-2B ja kytkin SW-04A:n tulostin HKI-3KRS-MV. Nyt KEVÄT-ALEE alkaa.\n"
    found = [(f.rule, f.column) for f in check(text, lang="fi").findings if f.rule in _SPELLING]
    assert found == [("PC101", 62)]  # "KEVÄT-ALEE": capitals without a digit are words


def test_abbreviations_voikko_lacks_are_words_and_end_no_sentence():
    from postcheck import check

    text = (
        "Takki nyt 89,90 € (norm. 129 €), väh. kaksi viikkoa ja enint. 2 kpl. Ilmoittaudu mahd."
        " pian, sillä ohjelma jatkuu seur. viikolla. Kolmio, 74 m², as. 12.\n"
    )
    report = check(text, lang="fi")
    assert [f.rule for f in report.findings if f.rule in {*_SPELLING, "PC109", "PC117"}] == []
