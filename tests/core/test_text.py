"""Quoting text in messages."""

from hypothesis import given
from hypothesis import strategies as st

from postcheck.core.text import shared_prefix, shorten, with_first_case


@given(st.text(), st.integers(min_value=1, max_value=80))
def test_shortened_text_fits_the_limit_and_keeps_its_start(text, limit):
    short = shorten(text, limit)
    if len(text) <= limit:
        assert short == text
    else:
        assert short == text[: limit - 1] + "…" and len(short) == limit


@given(st.text("abä", max_size=8), st.text("abä", max_size=8), st.text("abä", max_size=8))
def test_the_shared_prefix_is_the_longest_start_both_words_have(start, first, second):
    shared = shared_prefix(start + first, start + second)
    assert shared >= len(start)
    assert (start + first)[:shared] == (start + second)[:shared]
    longer = shared + 1
    assert (start + first)[:longer] != (start + second)[:longer] or longer > min(
        len(start + first), len(start + second)
    )


def test_the_first_letters_case_follows_the_model():
    assert with_first_case("Kisssa", "kissa") == "Kissa"
    assert with_first_case("kisssa", "kissa") == "kissa"
    assert with_first_case("", "kissa") == "kissa"
