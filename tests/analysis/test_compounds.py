"""Finnish compounds written apart: only pairs whose joined word Finnish uses."""

import pytest

from postcheck.analysis.compounds import split_compounds
from postcheck.analysis.draft_analysis import analyse
from postcheck.document.draft import parse_draft


def pairs(text):
    analysis = analyse(parse_draft(text, markdown=False), "fi")
    return [(p.first.text, p.second.text, p.joined) for p in split_compounds(analysis)]


def test_nouns_in_the_nominative_that_make_a_compound_in_use_are_one_word():
    text = "Kahvi kuppi on pöydällä, ja asiakas palvelu vastaa. Nyt HUIPPU TARJOUKSET!"
    assert pairs(text) == [
        ("Kahvi", "kuppi", "kahvikuppi"),
        ("asiakas", "palvelu", "asiakaspalvelu"),
        ("HUIPPU", "TARJOUKSET", "huipputarjoukset"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Joukko ihmisiä tuli paikalle.",  # a partitive after a quantity
        "Kaikki ohjeet ovat intrassa.",  # one of the commonest words
        "Vakka kantensa valitsee.",  # a subject and its object
        "Isä ampumahiihtäjä kertoi.",  # an apposition: no compound in use
        "Saturaatiot nippa nappa 90.",  # a word and its echo
        "Hyvä asiakas, kiitos.",  # an adjective
        "Kesä työntekijöitä haetaan.",  # a partitive: not read
        "Anna Virtanen ja Matti Kahvi kuppi.",  # "Kahvi" in mid-sentence is a name
    ],
)
def test_pairs_of_sound_finnish_are_left_alone(text):
    assert pairs(text) == []
