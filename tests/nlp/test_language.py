from postcheck.nlp.language import detect_language


def test_finnish_and_english_are_told_apart():
    assert detect_language("Tervetuloa messuille, meillä on ohjelmaa koko päiväksi.") == "fi"
    assert detect_language("Welcome to the fair, we have a programme for the whole day.") == "en"


def test_text_without_words_gets_the_default():
    assert detect_language("🎉 https://kinda.fi #1", default="en") == "en"
