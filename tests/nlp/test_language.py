from postcheck.nlp.language import detect_language


def test_finnish_and_english_are_told_apart():
    assert detect_language("Tervetuloa messuille, meillä on ohjelmaa koko päiväksi.") == "fi"
    assert detect_language("Welcome to the fair, we have a programme for the whole day.") == "en"


def test_text_without_words_gets_the_default():
    assert detect_language("🎉 https://kinda.fi #1", default="en") == "en"


def test_english_words_match_pyspellchecker_frequencies():
    from spellchecker import SpellChecker

    from postcheck.nlp.english import (
        MIN_FREQUENCY,
        MIN_FREQUENCY_IN_PHRASE,
        _english_words,
        is_english_in_phrase,
        is_english_word,
    )

    counts = SpellChecker(language="en", distance=1).word_frequency.dictionary
    common, rarer = _english_words()
    assert common == {word for word, count in counts.items() if count >= MIN_FREQUENCY}
    assert rarer == {w for w, c in counts.items() if MIN_FREQUENCY_IN_PHRASE <= c < MIN_FREQUENCY}
    assert is_english_word("Startup") and not is_english_word("kissa")
    assert is_english_in_phrase("changer") and not is_english_word("changer")


def test_swedish_is_told_apart_by_dictionary_hits():
    assert detect_language("Välkommen till mässan, vi har program för hela dagen.") == "sv"
    assert detect_language("Hej! Nu öppnar vi en ny butik i Åbo. Kom och hälsa på!") == "sv"
    assert detect_language("Our new service is live in Helsinki today.") == "en"


def test_a_mostly_finnish_draft_is_finnish_without_looking_up_swedish(monkeypatch):
    import postcheck.nlp.language as language

    def no_swedish():
        raise AssertionError("the Swedish dictionary was consulted")

    monkeypatch.setattr(language, "_swedish", no_swedish)
    assert detect_language("Uusi palvelumme on nyt käytössä koko Suomessa. Tervetuloa!") == "fi"


def test_a_bilingual_finnish_first_post_is_finnish():
    assert detect_language("Uusi palvelumme on nyt käytössä. Ny tjänst nu i bruk.") == "fi"


def test_a_text_in_capitals_is_read_in_lowercase():
    assert detect_language("KYLRUMMET FLYTTAR TILL NYA LAGRET I VASA") == "sv"
    assert detect_language("KYLMÄHUONE MUUTTAA UUTEEN VARASTOON VAASASSA") == "fi"
    assert detect_language("THE COLD ROOM MOVES TO THE NEW WAREHOUSE") == "en"


def test_words_english_shares_with_finnish_count_half_in_an_english_draft():
    from postcheck.nlp.language import PARAGRAPH_EVIDENCE, language_of_words

    # "join" and "on" are Finnish too ("join": I drank); the line is English
    english = ["will", "join", "as", "on"]
    assert language_of_words(english, default="en", min_evidence=PARAGRAPH_EVIDENCE) == "en"
    finnish = ["tämä", "on", "hyvä", "päivä", "kaikille"]
    assert language_of_words(finnish, default="en", min_evidence=PARAGRAPH_EVIDENCE) == "fi"


def test_a_paragraph_whose_only_finnish_words_are_english_too_is_english():
    # "to" (colloquial "toi") and "on" are Finnish too; "Welcome", "Startup", "Thursday" are
    # English words with a capital: half evidence each
    text = "Welcome to Oulu Startup Sauna on Thursday 14 January, 5–8 pm!"
    assert detect_language(text, default="fi", min_evidence=2.0) == "en"


def test_english_names_in_a_finnish_paragraph_leave_it_finnish():
    text = (
        "Tervetuloa Welcome Day -tapahtumaan torstaina! Ohjelmassa on Keynote ja Networking Lunch."
    )
    assert detect_language(text, default="fi", min_evidence=2.0) == "fi"
    # a paragraph of names alone is no evidence: the draft's language stands
    assert (
        detect_language("Speakers: Welcome Day, Networking Lunch", default="fi", min_evidence=2.0)
        == "fi"
    )


def test_a_short_finnish_draft_mixing_in_english_is_finnish():
    # a word English has too counts half only in a paragraph of a post, not in a whole draft
    for text in (
        "Afterwork Party on perjantaina ja se on open for all.",
        "Se on done deal: uusi CRM on live ja se on game changer meidän salesille.",
    ):
        assert detect_language(text) == "fi", text
