"""Case agreement as the tie-breaker of spelling suggestions."""

from postcheck import check
from postcheck.analysis.agreement import agreeing_first
from tests.conftest import only, place


def first_suggestion(text: str) -> str:
    [typo] = only(check(text, lang="fi"), "PC101")
    return typo.suggestions[0]


def test_the_attribute_before_a_misspelling_settles_its_case():
    text = "Arpi jatkui hänen vasemman silmäön päältä alas.\n"
    [typo] = only(check(text, lang="fi"), "PC101")
    assert place(typo) == (1, 28, 1, 35)
    assert typo.suggestions[:2] == ("silmän", "silmään")  # "silmään" first on its own


def test_coordinated_words_take_one_case_in_any_reading():
    # "isoista" is elative or partitive plural: "pienistä" agrees, "pienoista" is not moved up
    assert first_suggestion("Puhuimme isoista ja pienista asioista.\n") == "pienistä"
    assert first_suggestion("Luin kirjoista ja lehdsitä.\n") == "lehdistä"


def test_a_personal_pronoun_agrees_with_nothing_after_it():
    assert first_suggestion("Haluan muistuttaa teitä siita, että kokous alkaa.\n") == "siitä"
    assert first_suggestion("Hän seurasi heidän uurastustan sieltä.\n") == "uurastustaan"


def test_the_order_stands_when_nothing_agrees():
    assert agreeing_first(("aiheesta", "aiheista"), set()) == ("aiheesta", "aiheista")
    forms = {("sisaeronto", "plural")}
    assert agreeing_first(("aiheesta", "aiheista"), forms) == ("aiheista", "aiheesta")
    assert agreeing_first(("aiheista", "aiheesta"), forms) == ("aiheista", "aiheesta")


def test_a_common_word_a_slip_away_beats_a_name_in_lowercase():
    assert first_suggestion("Tietokonetta ja pelliä ei voi ostaa.\n") == "peliä"
    [case] = only(check("Muutin helsingissä uuteen kotiin.\n", lang="fi"), "PC101")
    assert case.suggestions[0] == "Helsingissä"
