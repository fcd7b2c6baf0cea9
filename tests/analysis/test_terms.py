"""TermMatcher, stem and miswritten_names: finding terms by base form in an analysed draft."""

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postcheck.analysis.draft_analysis import analyse
from postcheck.analysis.terms import TermMatcher, miswritten_names, stem
from postcheck.document.draft import parse_draft


def doc(text, lang="fi"):
    return analyse(parse_draft(text, markdown=False), lang).doc


def found(terms, text, lang="fi", **span):
    """Return (term, start, end, text) for each match, in order."""
    analysed = doc(text, lang)
    return [
        (m.term, m.start, m.end, analysed.text[m.start : m.end])
        for m in TermMatcher(terms).find(analysed, **span)
    ]


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("synergia", "synergi"),  # a final vowel goes
        ("implementoida", "implementoi"),  # so does a -da/-dä/-ta/-tä infinitive ending
        ("hypätä", "hypä"),
        ("kotimainen", "kotimainen"),  # a final consonant stays
        ("", ""),
    ],
)
def test_stem(term, expected):
    assert stem(term) == expected


def test_inflected_forms_match_by_base_form():
    text = "Synergiaa ja synergioiden hyötyjä. Synergia."
    assert found(["synergia"], text) == [
        ("synergia", 0, 9, "Synergiaa"),
        ("synergia", 13, 25, "synergioiden"),
        ("synergia", 35, 43, "Synergia"),
    ]


def test_case_does_not_matter_and_the_term_is_reported_as_listed():
    assert found(["Synergia"], "SYNERGIAA on paljon.") == [("Synergia", 0, 9, "SYNERGIAA")]


def test_unknown_words_match_by_the_terms_stem():
    text = "Me implementoimme uuden järjestelmän ja implementoinnin."
    assert found(["implementoida"], text) == [
        ("implementoida", 3, 17, "implementoimme"),
        ("implementoida", 40, 55, "implementoinnin"),
    ]


def test_known_words_do_not_match_by_stem():
    # "palvelin" starts with the stem "palvel" but Voikko knows it as another word
    text = "Palvelin kaatui, mutta palvelumme toimii."
    assert found(["palvelu"], text) == [("palvelu", 23, 33, "palvelumme")]


def test_multi_word_term_matches_its_words_in_sequence():
    text = "Kotimaisen tuotannon ansiosta tehdas kasvaa."
    assert found(["kotimainen tuotanto"], text) == [
        ("kotimainen tuotanto", 0, 20, "Kotimaisen tuotannon")
    ]


def test_multi_word_term_does_not_match_across_punctuation_or_out_of_order():
    assert found(["kotimainen tuotanto"], "Tuotanto on kotimainen. Kotimaisen, tuotannon.") == []


def test_the_longest_term_wins_where_two_start_at_one_word():
    terms = ["olla iloinen", "olla iloinen voida kertoa"]
    assert found(terms, "Olemme iloisia voidessamme kertoa uutisen.") == [
        ("olla iloinen voida kertoa", 0, 33, "Olemme iloisia voidessamme kertoa")
    ]
    assert found(terms, "Olemme iloisia, voimme kertoa uutisen.") == [
        ("olla iloinen", 0, 14, "Olemme iloisia")
    ]


def test_a_word_inside_a_match_starts_no_other_match():
    assert found(["olla iloinen", "iloinen"], "Olemme iloisia ja iloisia.") == [
        ("olla iloinen", 0, 14, "Olemme iloisia"),
        ("iloinen", 18, 25, "iloisia"),
    ]


def test_find_within_a_span_of_the_prose():
    text = "Synergiaa ja synergioiden hyötyjä. Synergia."
    assert [m[1] for m in found(["synergia"], text, start=1)] == [13, 35]  # 0 starts before
    assert [m[1] for m in found(["synergia"], text, start=13, end=35)] == [13]  # 35 is the end
    assert [m[1] for m in found(["synergia"], text, start=13, end=36)] == [13, 35]
    assert found(["synergia"], text, start=0, end=0) == []


def test_english_terms():
    text = "Let us circle back. We leveraged it."
    assert found(["circle back", "leverage"], text, lang="en") == [
        ("circle back", 7, 18, "circle back"),
        ("leverage", 23, 32, "leveraged"),
    ]
    assert found(["circle back"], "Circle, back.", lang="en") == []


def test_no_terms_no_matches():
    assert not TermMatcher([]) and not TermMatcher(["", "  "]) and TermMatcher(["kahvi"])
    assert found([], "Synergiaa.") == [] and found(["", " "], "Synergiaa.") == []


def test_miswritten_names_keep_the_ending():
    text = "Seuraa Kindaa, Linkedinissä #KINDA @linkedin ja linkedin:ssä."
    slips = list(miswritten_names(list(doc(text)), ["LinkedIn", "Kinda"]))
    assert [(s.start, s.written, s.name, s.corrected) for s in slips] == [
        (15, "Linkedin", "LinkedIn", "LinkedInissä"),
        (29, "KINDA", "Kinda", "Kinda"),  # after the "#"
        (36, "linkedin", "LinkedIn", "LinkedIn"),  # after the "@"
        (48, "linkedin", "LinkedIn", "LinkedIn:ssä"),
    ]
    assert text[15:23] == "Linkedin" and text[48:56] == "linkedin"


def test_names_written_right_or_other_words_are_no_slips():
    text = "Seuraa Kindaa LinkedInissä ja LinkedIn-sivulla. Kindle on laite."
    assert list(miswritten_names(list(doc(text)), ["LinkedIn", "Kinda"])) == []
    assert list(miswritten_names(list(doc("Seuraa linkedinissä.")), [])) == []


TERMS = ["synergia", "kotimainen tuotanto", "olla iloinen", "iloinen"]
SYNERGY = {"synergiaa", "synergioiden", "synergia"}
WORDS = st.sampled_from(
    [
        "Synergiaa", "synergioiden", "SYNERGIA", "kotimaisen", "tuotannon", "olemme", "iloisia",
        "ja", "hyvää", "kahvia", ",", "tänään", "implementoimme",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=12))
def test_matches_are_ordered_inside_the_text_and_cover_the_matched_words(words):
    analysed = doc(" ".join(words) + ".")
    text = analysed.text
    matches = list(TermMatcher(TERMS).find(analysed))
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        covered = text[match.start : match.end]
        assert covered.startswith(match.first.text) and covered.endswith(match.last.text)
        assert match.term in TERMS and len(covered.split()) == len(match.term.split())
    for before, after in itertools.pairwise(matches):
        assert before.end <= after.start
    for token in analysed:
        if token.text.lower() in SYNERGY:
            assert any(m.start <= token.idx < m.end for m in matches)
