"""Inflected forms of vocabulary entries found by analogy with a word Voikko knows."""

import pytest

from postcheck.nlp.inflection import inflects_like, models


def test_a_model_ends_as_the_entry_does_and_is_a_base_form():
    length, found = models("tubettaja")
    assert length == 6 and "opettaja" in found
    assert all(word.endswith("ettaja") for word in found)


@pytest.mark.parametrize(
    ("word", "entry"),
    [
        ("tubettajista", "tubettaja"),  # the stem changes: tubettaja → tubettaji-
        ("twiitannut", "twiitata"),  # a participle: Voikko's base form is the participle
        ("twiittasin", "twiitata"),  # the strong grade: twiitata → twiittaa-
        ("postauksia", "postaus"),
        ("striimattu", "striimata"),
    ],
)
def test_inflected_forms_with_a_changing_stem_are_found(word, entry):
    assert inflects_like(word, entry)


@pytest.mark.parametrize(
    ("word", "entry"),
    [
        ("tubetajista", "tubettaja"),  # a misspelt stem shares too little
        ("tubettajjista", "tubettaja"),  # no form of the model
        ("twiitaa", "twiitata"),  # "viitaa" is a form of "viita", not of the model "viitata"
        ("kissa", "twiitata"),
    ],
)
def test_misspellings_and_other_words_are_not_inflected_forms(word, entry):
    assert not inflects_like(word, entry)


def test_no_model_is_sought_for_a_word_no_finnish_ending_makes():
    models.cache_clear()
    assert not inflects_like("postcheck", "postata")  # "c" is no letter of a Finnish ending
    assert not inflects_like("biologia", "bio")  # a short entry takes its endings as written
    assert models.cache_info().currsize == 0
