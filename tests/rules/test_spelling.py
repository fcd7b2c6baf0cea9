from postcheck import check
from postcheck.engine.config import Config
from postcheck.nlp.tokenizer import hashtag_words
from postcheck.profiles.vocabulary import TeamVocabulary
from tests.conftest import only, place


def test_misspelling_after_front_matter_link_and_emoji_has_exact_position():
    text = (
        "---\n"
        "channel: blog\n"
        "title: Testi\n"
        "---\n"
        "Katso [Kindan sivut](https://kinda.fi/kisssa) 🎉👨‍👩‍👧 ja kisssa juoksee.\n"
    )
    [finding] = only(check(text), "PC101")
    # line 5: 'Katso [Kindan sivut](https://kinda.fi/kisssa) 🎉👨‍👩‍👧 ja ' is 56 code points
    assert place(finding) == (5, 57, 5, 63)
    assert text.split("\n")[4][56:62] == "kisssa"
    assert finding.severity == "error" and finding.criterion == "correct"
    assert finding.suggestions[:2] == ("kissa", "kissaa")
    assert "kisssa" in finding.message


def test_plain_text_post_position_on_a_later_line():
    text = (
        "---\nchannel: linkedin\n---\n"
        "Hei @matti! 🎉\n\nTänään juhlimme uutta toimistoa Tampereela.\n"
    )
    [finding] = only(check(text), "PC101")
    assert place(finding) == (6, 33, 6, 43)
    assert finding.suggestions[0] == "Tampereella"


def test_social_tokens_numbers_codes_and_abbreviations_are_never_flagged():
    text = (
        "Lue https://kinda.fi/xyzzy ja kinda.fi, kirjoita info@kinda.fi tai @kindaoy. "
        "Koodi AINO15 antaa 15 % alennusta 27.11. klo 9.30 esim. verkkokaupassa. HR:n ja EU:n "
        "väki on tervetullut. 😀"
    )
    report = check(text, lang="fi")
    assert only(report, "PC101") == []


def test_lowercase_name_gets_the_capitalised_form():
    [finding] = only(check("Muutimme helsingissä uuteen toimistoon."), "PC101")
    assert finding.suggestions[0] == "Helsingissä"
    assert "isolla alkukirjaimella" in finding.message


def test_vocabulary_accepts_the_word_and_its_inflections():
    text = "Kindan uusi Kinda-tiimi aloitti. Myös Kindalla on hyvä päivä."
    [finding] = only(check(text), "PC103")
    assert place(finding) == (1, 39, 1, 47)
    report = check(text, config=Config(vocabulary=TeamVocabulary(accept=("Kinda",))))
    assert only(report, "PC101") == [] and only(report, "PC103") == []


def test_vocabulary_entry_with_capitals_matches_only_that_spelling():
    report = check(
        "Käytämme linkedin-palvelua päivittäin.",
        config=Config(vocabulary=TeamVocabulary(accept=("LinkedIn",))),
    )
    [finding] = only(report, "PC101")
    assert place(finding) == (1, 10, 1, 27)


def test_front_matter_vocab_is_accepted():
    text = "---\nvocab: [kvanttikahvi]\n---\nJuomme kvanttikahvia joka aamu.\n"
    assert only(check(text), "PC101") == []


def test_capitalised_unknown_word_in_mid_sentence_is_a_name_not_an_error():
    report = check("Tapasimme eilen Mikkelssonin tiimin kanssa.")
    assert only(report, "PC101") == []
    [name] = only(report, "PC103")
    assert name.severity == "info" and place(name)[:2] == (1, 17)


def test_colloquial_and_english_words_are_not_misspellings():
    report = check("Mä oon tosi innoissani, tää startup on next level.")
    assert only(report, "PC101") == []
    assert [f.suggestions[0] for f in only(report, "PC601")] == ["Minä", "olen", "tämä"]
    assert {f.message.split("”")[1] for f in only(report, "PC602")} == {"startup", "next", "level"}


def test_english_text_is_not_spell_checked_with_the_finnish_dictionary():
    report = check("We are pleased to announce our new offise.")
    assert report.lang == "en"
    assert [f.rule for f in report.findings] == ["PC420"]  # the English stock opening, no spelling


def test_suggestions_option_limits_the_suggestions():
    from postcheck.engine.config import RuleSettings

    [default] = only(check("Kisssa juoksee."), "PC101")
    config = Config(rules={"PC101": RuleSettings(options={"suggestions": 1})})
    [finding] = only(check("Kisssa juoksee.", config=config), "PC101")
    assert len(default.suggestions) == 5 and finding.suggestions == default.suggestions[:1]


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
