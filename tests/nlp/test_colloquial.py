"""Spoken Finnish forms and the written forms they stand for."""

import pytest

from postcheck.nlp.colloquial import standard_form


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("pitäs", "pitäisi"),  # the conditional spoken short
        ("täytys", "täytyisi"),
        ("kokeilkaas", "kokeilkaa"),  # a clitic -s
        ("muistappas", "muistapa"),
        ("vahvoi", "vahvoja"),  # the plural partitive spoken short
        ("siihe", "siihen"),  # an illative without its n
        ("tohon", "tuohon"),  # listed in rules/fi/colloquial.toml
        ("Ett", "Että"),
    ],
)
def test_spoken_forms_stand_for_written_ones(spoken, written):
    assert standard_form(spoken) == written


@pytest.mark.parametrize("typo", ["alottaa", "ilmottaudu", "tavotteena", "muillekkin", "säimme"])
def test_misspellings_are_not_spoken_forms(typo):
    assert standard_form(typo) is None


@pytest.mark.parametrize("typo", ["kasoi", "samoi", "harvoi", "satui", "vaikuttus"])
def test_a_shortening_a_typo_also_makes_is_a_typo_when_a_commoner_word_is_one_edit_away(typo):
    assert standard_form(typo) is None  # kasvoi, samoin, harvoin, sattui, vaikutus


def test_a_standard_form_that_only_restores_a_dropped_ending_is_told_apart():
    from postcheck.nlp.colloquial import restores_an_ending

    assert restores_an_ending("Himos", standard_form("Himos"))  # "Himosi": your lust
    assert restores_an_ending("nurkas", "nurkassa")
    assert not restores_an_ending("Yks", standard_form("Yks"))  # "yksi": another word
    assert not restores_an_ending("Voisko", standard_form("Voisko"))
