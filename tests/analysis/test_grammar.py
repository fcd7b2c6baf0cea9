"""Voikko's grammar checker started on a draft's paragraphs before the draft is analysed."""

from postcheck.analysis.draft_analysis import analyse
from postcheck.analysis.grammar import look_ahead_in, paragraphs_checked
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
