import pytest

from postcheck import check
from postcheck.analysis.draft_analysis import analyse
from postcheck.analysis.readability import (
    compound_parts,
    is_clause_equivalent,
    is_finite_passive,
    measure_readability,
)
from postcheck.document.draft import parse_draft


def measure(text, lang="fi"):
    return measure_readability(analyse(parse_draft(text, markdown=False), lang))


def test_lix_wiio_and_counts():
    text = "Talo on iso. Asiakaspalvelukeskus käsitellään huomenna."
    metrics = measure(text)
    # words: talo, on, iso, asiakaspalvelukeskus, käsitellään, huomenna = 6; sentences 2
    # long (> 6 letters): asiakaspalvelukeskus, käsitellään, huomenna = 3
    assert (metrics.words, metrics.sentence_count, metrics.long_words) == (6, 2, 3)
    assert metrics.lix == pytest.approx(6 / 2 + 100 * 3 / 6)
    # base forms with ≥ 4 syllables: asiakaspalvelukeskus, käsitellä = 2 of 6 recognised
    assert (metrics.polysyllabic, metrics.recognised) == (2, 6)
    assert metrics.wiio == pytest.approx(2.7 + 30 * 2 / 6)
    assert metrics.finite_passives == 1 and metrics.compounds_3plus == 1


def test_infinitive_is_not_a_passive_but_the_connegative_after_ei_is():
    assert measure("Haluamme tehdä työtä.").finite_passives == 0
    assert measure("Sitä ei tehdä täällä.").finite_passives == 1


def test_english_gets_flesch_and_finnish_and_swedish_do_not():
    english = check("This is a short and simple sentence. It is easy to read.", lang="en").metrics
    assert english["flesch_reading_ease"] > 60 and "wiio" not in english
    finnish = check("Tämä on lyhyt ja helppo virke.").metrics
    assert "flesch_reading_ease" not in finnish and "wiio" in finnish
    swedish = check("Det här är en kort och enkel mening.", lang="sv").metrics
    assert "flesch_reading_ease" not in swedish and swedish["lix"] > 0


def test_compound_parts_from_voikko_structure():
    assert compound_parts("asiakaspalvelukeskus", {"STRUCTURE": "=ppppppp=ppppppp=pppppp"}) == [
        "asiakas",
        "palvelu",
        "keskus",
    ]


@pytest.mark.parametrize("word", ["tehtyään", "tehdessä", "tehden", "tehdäkseen", "tulevansa"])
def test_clause_equivalents(word):
    from postcheck.nlp.pipeline import finnish_word

    assert any(is_clause_equivalent(a) for a in finnish_word(word).analyses)


def test_plain_forms_are_not_clause_equivalents_or_passives():
    from postcheck.nlp.pipeline import finnish_word

    for word in ("tekevä", "tehty", "tekee", "tehdä"):
        assert not is_clause_equivalent(finnish_word(word).analyses[0])
    assert not is_finite_passive(finnish_word("tekee").analyses[0])
