"""English and Swedish passives without a tagger (postcheck.nlp.passives)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postcheck.nlp.hunspell import speller
from postcheck.nlp.passives import english_passives, swedish_passives


def words(text: str) -> list[str]:
    return text.replace(".", "").replace(",", "").split()


@pytest.mark.parametrize(
    ("sentence", "participles"),
    [
        ("Holidays are approved within two weeks", ["approved"]),
        ("A confirmation is sent by e-mail", ["sent"]),
        ("Holidays are to be booked in the HR system", ["booked"]),
        ("The form was not always checked", ["checked"]),
        ("We approve holidays within two weeks", []),
        ("If you are interested, write to us", []),
        ("We are finished", []),
        ("This is indeed a good day", []),
    ],
)
def test_english_passives_are_be_and_a_past_participle(sentence, participles):
    found = words(sentence)
    assert [found[i] for i in english_passives(found)] == participles


@pytest.mark.parametrize(
    ("sentence", "passives"),
    [
        ("Temperaturen loggas i appen", ["loggas"]),
        ("Kassarna bokades och skickades i tid", ["bokades", "skickades"]),
        ("Paketet har skickats", ["skickats"]),
        ("Ansökan blir godkänd i maj", ["godkänd"]),
        ("Vi hoppas att du trivs", []),  # deponents
        ("Vi loggar temperaturen i appen", []),
        ("Kundens kassar står i kylrummet", []),
    ],
)
def test_swedish_passives_are_s_forms_and_bli_with_a_participle(sentence, passives):
    found = words(sentence)
    assert [found[i] for i in swedish_passives(found, speller("sv").check)] == passives


@given(st.lists(st.text(max_size=12), max_size=30))
def test_passive_indexes_are_words_of_the_sentence(sample):
    for index in english_passives(sample):
        assert 0 < index < len(sample)
    for index in swedish_passives(sample, lambda word: len(word) % 2 == 0):
        assert 0 <= index < len(sample)
