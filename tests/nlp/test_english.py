"""English words and inflected English loans in Finnish text."""

import pytest

from postcheck.nlp.english import english_stem, is_english_word


def test_common_english_words_are_english_and_finnish_ones_are_not():
    assert is_english_word("startup") and is_english_word("Feedback")
    assert not is_english_word("kissa")


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("brokerin", "broker"),
        ("issuet", "issue"),
        ("hostata", "host"),
        ("meetingissä", "meeting"),
        ("feedbackia", "feedback"),
        ("rightejä", "right"),
    ],
)
def test_an_inflected_loan_is_read_back_to_its_english_word(word, stem):
    assert english_stem(word) == stem


@pytest.mark.parametrize("word", ["talossa", "kisssa", "pilotoida", "simit"])
def test_finnish_words_and_short_stems_are_not_loans(word):
    assert english_stem(word) is None
