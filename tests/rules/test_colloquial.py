import pytest

from postcheck import check
from postcheck.nlp.colloquial import standard_form
from tests.conftest import only, place


@pytest.mark.parametrize(
    ("word", "standard"),
    [
        ("mä", "minä"),
        ("Mä", "Minä"),
        ("olis", "olisi"),
        ("kyl", "kyllä"),
        ("oikeesti", "oikeasti"),
        ("kattoo", "katsoo"),
        ("ilonen", "iloinen"),
        ("jotenki", "jotenkin"),
        ("mullakaan", "minullakaan"),
        ("voisko", "voisiko"),
    ],
)
def test_standard_forms_of_colloquial_words(word, standard):
    assert standard_form(word) == standard


@pytest.mark.parametrize("word", ["kisssa", "talo", "synergia", "Mikkelsson"])
def test_other_words_are_not_colloquial(word):
    assert standard_form(word) is None


def test_colloquial_finding_is_info_under_audience():
    [finding] = only(check("Se olis kiva juttu."), "PC601")
    assert (finding.severity, finding.criterion) == ("info", "audience")
    assert place(finding) == (1, 4, 1, 8) and finding.suggestions == ("olisi",)
