"""Voikko's grammar checker started ahead, and spacing read in every language."""

from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.analysis.draft_analysis import analyse
from postcheck.analysis.grammar import look_ahead_in, paragraphs_checked, spacing_errors
from postcheck.document.draft import parse_draft
from postcheck.nlp.voikko import voikko
from tests.nlp.helping import drain, stopped_helper


def test_the_paragraphs_are_started_before_the_analysis_as_the_analysis_reads_them(tmp_path):
    nonce = tmp_path.name  # paragraphs no earlier test has cached
    long = f"Tämä on pitkän kappaleen lause numero {nonce}. " * 80
    text = f"Tämä on on ensimmäinen {nonce}.\n\n{long}\n\nKolmas {nonce}.\n"
    draft = parse_draft(text, markdown=False)
    analyzer = voikko("fi")
    with stopped_helper():
        look_ahead_in(draft)
        started = [key for kind, key in analyzer._ahead if kind == "grammar"]
    drain(analyzer)
    checked = paragraphs_checked(analyse(draft, "fi"))
    assert len(checked) > 3  # the long paragraph in pieces, cut between sentences
    assert started == [checked[0], checked[-1]]  # the short ones, exactly as they are read
    assert analyzer.grammar_errors(checked[0])[0].code == 8  # "on on", from the helper


#: Pieces of a line of real sentences: words, numbers, the spaces Voikko counts, commas.
_PIECES = st.sampled_from(
    ["talo", "Hei", "on", "5", "€", "ja", " ", " ", "  ", "\t", "\u00a0", ","]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14).map(lambda pieces: "Sana" + "".join(pieces)))
def test_extra_spaces_and_a_space_before_a_comma_after_a_word_are_voikkos_codes(text):
    # after a word, as a paragraph starts (after punctuation Voikko reads a new sentence and
    # lets " ," go: "Hei! , sitten"; postcheck reports it)
    def codes(errors):
        return sorted((e.code, e.start, e.length, e.suggestions) for e in errors)

    voikkos = [e for e in voikko("fi").grammar_errors(text) if e.code in (2, 3)]
    assert codes(spacing_errors(text)) == codes(voikkos)


def test_a_space_before_other_marks_is_reported_but_not_dots_smileys_or_versions():
    def flagged(text):
        return [(e.code, text[e.start : e.start + e.length]) for e in spacing_errors(text)]

    assert flagged("Tervetuloa ! Hinta : 5 €. Mitä ? Näin ; sitten.") == [
        (3, " !"),
        (3, " :"),
        (3, " ?"),
        (3, " ;"),
    ]
    assert flagged("Tulos oli hyvä .") == [(3, " .")]
    for fine in [
        "Mutta ... ei",
        "Kiitos :) Nähdään",
        "Kiitos ;-) ja",
        "Ihana :D",
        "koira :'D",
        "JOULUA : )",
        "Versio .NET toimii",
        "tiedosto .env ja",
        "Tulos 3 : 1 ja",
        "klo 10 : 30",
        "a != b",
    ]:
        assert flagged(fine) == [], fine
    assert flagged("Hei  !") == [(2, "  ")]  # two spaces are the extra space, fixed first
