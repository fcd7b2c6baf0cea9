"""The spelling verdicts the rest of the draft changes: names, foreign passages, the draft's terms."""

from hypothesis import given
from hypothesis import strategies as st

from postcheck import check
from postcheck.analysis.spelling_in_context import _same_term
from tests.conftest import only, place

_SPELLING = ("PC101", "PC103", "PC108")


def spelling(text: str) -> list[tuple[str, str]]:
    report = check(text, lang="fi")
    lines = text.split("\n")
    return [
        (f.rule, lines[f.line - 1][f.column - 1 : f.end_column - 1])
        for f in report.findings
        if f.rule in _SPELLING
    ]


def test_names_of_several_words_are_names_not_typos():
    text = (
        "Nikolaj Znaider soitti viulua. Mukana olivat Heinrich Scheidemann, Eduardo da Silva,"
        " Robin van Persie ja Muntadar al-Zaidi.\n"
    )
    assert spelling(text) == [
        ("PC103", "Nikolaj"),
        ("PC103", "Znaider"),
        ("PC103", "Heinrich"),
        ("PC103", "Scheidemann"),
        ("PC103", "Eduardo"),
        ("PC103", "Persie"),
        ("PC103", "Muntadar"),
        ("PC103", "al-Zaidi"),
    ]


def test_a_misspelt_common_word_before_a_name_is_still_a_typo():
    assert spelling("Ilmottaudu Tampereen tapahtumaan.\n") == [("PC101", "Ilmottaudu")]


def test_a_camel_case_name_is_a_name_not_a_case_slip():
    assert spelling("JoMa voitti eilen.\n") == [("PC103", "JoMa")]


def test_three_unknown_words_in_a_row_are_another_language():
    text = "Osoite on Pôdohospodárska platobná agentúra oddelenie, Bratislava.\n"
    assert [rule for rule, _ in spelling(text)] == ["PC103"]  # the capitalised name only
    assert spelling("Kissa ja koiira sekä hevnen.\n") == [
        ("PC101", "koiira"),
        ("PC101", "hevnen"),
    ]


def test_a_word_the_draft_uses_again_and_again_is_its_term_reported_once():
    text = "Pelissä simit ovat tärkeitä.\nJokaisen simin tarpeet täytetään.\nSimit voivat pelata.\n"
    [term] = only(check(text, lang="fi"), "PC108")
    assert place(term) == (1, 9, 1, 14)
    assert "3 kertaa (simit, simin)" in term.message
    assert term.message.count("postcheck vocab add simit simin") == 1
    assert only(check(text, lang="fi"), "PC101") == []
    # following the advice leaves nothing to report
    accepted = check("---\nvocab: [simit, simin]\n---\n" + text, lang="fi")
    assert [f.rule for f in accepted.findings if f.rule in _SPELLING] == []


def test_a_repeated_misspelling_of_a_common_word_stays_a_typo():
    text = "Päätin alottaa. Haluan alottaa nyt. Voit alottaa huomenna.\n"
    assert [rule for rule, _ in spelling(text)] == ["PC101", "PC101", "PC101"]
    # not a cheap slip: a letter left out, or dots missing, three times each
    text = "Yritys jarjestaa kurssin. Se jarjestaa juhlat. Tiimi jarjestaa kaiken.\n"
    assert [rule for rule, _ in spelling(text)] == ["PC101", "PC101", "PC101"]
    text = "Koulutusta on. Lisää kouutusta tulee. Hyvää kouutusta ja kouutusta riittää.\n"
    assert [rule for rule, _ in spelling(text)] == ["PC101", "PC101", "PC101"]


def test_dotless_finnish_is_no_foreign_passage():
    text = "Tehtavassa paaset tyoskentelemaan asiakkaidemme kanssa.\n"
    assert [word for _, word in spelling(text)] == ["Tehtavassa", "paaset", "tyoskentelemaan"]


def test_mistyped_finnish_beside_a_name_stays_a_typo():
    for text, typo in [
        ("Onnitteut Annalle uudesta tehtävästä!\n", "Onnitteut"),
        ("Haastatteussa Matti Virtanen kertoo uutisia.\n", "Haastatteussa"),
        ("Tervetulloa Kinda Oy:n asiakastilaisuuteen!\n", "Tervetulloa"),
        ("Tapahtuma järjestetään Tampereela Messukeskuksessa.\n", "Tampereela"),
        ("Kiitos Helsingi Sanomille haastattelusta.\n", "Helsingi"),
        ("Jarjestamme Helsingissa seminaarin.\n", "Helsingissa"),
    ]:
        assert ("PC101", typo) in spelling(text), text


def test_a_name_opening_a_sentence_is_no_slip_of_a_rare_word():
    # "Kiertola" (kierto + -la, a place's name), "Pilvikko" (no common word a slip away)
    for text, name in [
        ("Kiertola avaa ovensa maanantaina.\n", "Kiertola"),
        ("Pilvikko julkaisee uuden version.\n", "Pilvikko"),
    ]:
        assert spelling(text) == [("PC103", name)], text


def test_two_uses_are_not_a_term():
    text = "Pelissä simit ovat tärkeitä. Jokaisen simin tarpeet täytetään.\n"
    assert [rule for rule, _ in spelling(text)] == ["PC101", "PC101"]


@given(
    st.text("abcdefghijklmnopqrstuvwxyzäö", min_size=3, max_size=12),
    st.text("abcdeäö", max_size=8),
)
def test_every_form_that_starts_with_the_shortest_is_of_its_term(anchor, ending):
    assert _same_term(anchor, anchor + ending)
    assert _same_term(anchor, anchor)


@given(st.text("abcdefghijklmnopqrstuvwxyzäö", min_size=1, max_size=12))
def test_forms_that_share_fewer_than_the_stem_letters_are_other_terms(anchor):
    other = ("q" if anchor[0] != "q" else "x") + anchor[1:]
    assert not _same_term(anchor, other)


def test_a_name_found_in_a_phrase_is_a_name_at_a_sentence_start_too():
    # the name is reported once (PC103), and the sentence opener is no misspelling
    assert spelling("Tatjana Sokolova juoksi. Sokolova karsiutui.\n") == [("PC103", "Sokolova")]
    # one with its dots missing from a Finnish word ("levinä") stays a slip to check
    assert [rule for rule, _ in spelling("Tatjana Levina juoksi.\n")] == ["PC101"]


def test_an_ending_after_an_abbreviations_colon_is_part_of_it():
    assert spelling("Albumi äänitettiin U.S.A.:ssa viime vuonna.\n") == []
    assert spelling("Kysymys ei kuulu EU: lle.\n") == [("PC101", "lle")]  # a space too many


def test_a_typo_between_names_is_no_foreign_passage():
    text = "Vuonna 1994 Lillehammerin talviolympialausissa Bédard voitti.\n"
    assert ("PC101", "talviolympialausissa") in spelling(text)


def test_an_adessive_slip_at_a_sentence_start_stays_a_typo():
    # "Torila" is "torilla" with an l dropped, not a place's name like "Kiertola"
    assert spelling("Torila on tänään markkinat.\n") == [("PC101", "Torila")]
