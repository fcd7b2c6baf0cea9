from postcheck.nlp.language import detect_language


def test_finnish_and_english_are_told_apart():
    assert detect_language("Tervetuloa messuille, meillä on ohjelmaa koko päiväksi.") == "fi"
    assert detect_language("Welcome to the fair, we have a programme for the whole day.") == "en"


def test_text_without_words_gets_the_default():
    assert detect_language("🎉 https://kinda.fi #1", default="en") == "en"


def test_english_words_match_pyspellchecker_frequencies():
    from spellchecker import SpellChecker

    from postcheck.nlp.english import MIN_FREQUENCY, _common_words, is_english_word

    counts = SpellChecker(language="en", distance=1).word_frequency.dictionary
    assert _common_words() == {word for word, count in counts.items() if count >= MIN_FREQUENCY}
    assert is_english_word("Startup") and not is_english_word("kissa")
