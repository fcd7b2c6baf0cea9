"""Quoting text in messages."""

from hypothesis import given
from hypothesis import strategies as st

from postcheck.core.text import shorten


@given(st.text(), st.integers(min_value=1, max_value=80))
def test_shortened_text_fits_the_limit_and_keeps_its_start(text, limit):
    short = shorten(text, limit)
    if len(text) <= limit:
        assert short == text
    else:
        assert short == text[: limit - 1] + "…" and len(short) == limit
