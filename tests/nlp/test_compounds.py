"""New Finnish compounds split into parts Voikko knows."""

from pathlib import Path

import pytest

from postcheck.nlp.compounds import compound_parts


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("tuoretagliatellen", ("tuore", "tagliatellen")),
        ("viimekesän", ("viime", "kesän")),
    ],
)
def test_a_new_compound_splits_into_a_head_and_a_known_tail(word, parts):
    assert compound_parts(word) == parts


@pytest.mark.parametrize(
    "word",
    # misspellings: no Finnish head, or only a short or function-word tail ("kiire|sen")
    ["porkkkanaraasteen", "tavotteena", "kiiresen", "ilmesen", "taejota", "yhteisyö"],
)
def test_a_misspelling_is_not_a_compound(word):
    assert compound_parts(word) is None


CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"


@pytest.mark.skipif(
    not any(CORPORA.glob("UD_Finnish-*/*.conllu")), reason="../shared/corpora is not here"
)
def test_few_misspellings_of_ud_word_forms_pass_for_compounds():
    from benchmarks.misspellings import misspellings

    cases = misspellings(CORPORA, 400)
    assert sum(1 for typed, _, _ in cases if compound_parts(typed)) <= 4  # 1 %


def test_the_joints_of_a_known_compound_are_read_from_voikkos_word_bases():
    from postcheck.nlp.compounds import part_joints

    assert part_joints({"WORDBASES": "+synergia(synergia)+etu(etu)"}) == (8,)
    assert part_joints({"WORDBASES": "+eko+systeemi(systeemi)+yhteis+työ(työ)"}) == (3, 11, 17)
    assert part_joints({"WORDBASES": "+innovatiivisu(innovatiivinen)+us(+us)"}) == ()
    assert part_joints({"WORDBASES": "+kissa(kissa)"}) == () and part_joints({}) == ()
