"""Hypothesis fuzzing on arbitrary Unicode: emoji, right-to-left text, combining marks,
zero-width and control characters, very long tokens. No exception, every span valid, the same
result twice."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postcheck import CRITERIA, InputError, channels, check
from postcheck.document.draft import normalise, parse_draft
from postcheck.nlp.tokenizer import tokenize

PIECES = st.sampled_from(
    [
        "kissa", "kisssa", "on", "Tämä", "#Kinda", "@matti", "https://kinda.fi/x", "kinda.fi", "AINO15",
        "👨‍👩‍👧", "🇫🇮", "👍🏽", "1️⃣", "\u0301", "\u200b", "\u200d", "\ufeff", "\u202e", "שלום", "مرحبا",
        "日本", "\x00", "\x07", "\t", "\r\n", "\n\n", "<!-- postcheck-disable -->", "**", "[a](b)", "`c`",
        "---\n", "> ", "- ", "a" * 300, "!", "?", ".", ",", "“", "”", "%", "9-17",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(PIECES, st.characters(codec="utf-8")), max_size=40).map(" ".join)


def valid_spans(report, text):
    lines = re.split(r"\r\n?|\n", text.removeprefix("\ufeff"))  # a lone CR ends a line too
    for finding in report.findings:
        assert 1 <= finding.line <= finding.end_line <= len(lines)
        assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1
        assert 1 <= finding.end_column <= len(lines[finding.end_line - 1]) + 1
        if finding.line == finding.end_line:
            assert finding.column <= finding.end_column


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.booleans())
def test_parsing_maps_every_prose_character_back(text, markdown):
    try:
        draft = parse_draft(normalise(text), markdown=markdown)
    except InputError:
        return
    for index, char in enumerate(draft.prose):
        source = draft.offsets.source(index)
        assert 0 <= source <= len(draft.text)
        if source < len(draft.text) and draft.text[source] == char:
            continue
        # synthetic gaps, entities, and U+FFFD for NUL (CommonMark replaces it)
        assert char in " \n" or not markdown or char in "&<>\"'\ufffd"
    for index, char in enumerate(draft.post):
        assert draft.text[draft.post_offsets.source(index)] == char


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_tokens_cover_arbitrary_text(text):
    tokens = tokenize(text)
    assert "".join(token.text for token in tokens) == text
    assert tokens == tokenize(text)


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_every_channel_counts_arbitrary_text(text):
    for name in channels.names():
        channel = channels.get(name)
        length = channel.length(text)
        assert length >= 0 and (length == 0) == (text == "")
        cut = channel.fits(text, 10)
        assert 0 <= cut <= len(text)
        assert channel.length(text[:cut]) <= 10


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, "x", "linkedin", "instagram", "blog"]))
def test_whole_check_never_raises_and_repeats(text, channel):
    try:
        first = check(text, channel=channel, lang="fi")
    except InputError:
        return  # text that starts like front matter but is not valid front matter
    valid_spans(first, text)
    assert check(text, channel=channel, lang="fi") == first
    assert set(first.scores) == (set(CRITERIA) if first.score is not None else set())
    assert all(0 <= score <= 100 for score in first.scores.values())
