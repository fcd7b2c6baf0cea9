from postcheck import check
from postcheck.rules.hashtags import hashtag_words
from tests.conftest import only, place


def test_camel_case_hashtags_split_into_words():
    assert hashtag_words("#KindaKevät2026") == [(0, "Kinda"), (5, "Kevät"), (10, "2026")]
    assert hashtag_words("#sisältömarkkinointi") == [(0, "sisältömarkkinointi")]
    assert hashtag_words("#Kinda:ssa") == [(0, "Kinda")]


def test_unknown_hashtag_word_is_info_at_the_word():
    report = check("Tervetuloa! #KindaKevät #tampere #sisältömarkkinointi #rekrytointi")
    [finding] = only(report, "PC102")
    assert finding.severity == "info"
    assert place(finding) == (1, 14, 1, 19)  # "Kinda" inside "#KindaKevät"
    assert only(report, "PC101") == []
