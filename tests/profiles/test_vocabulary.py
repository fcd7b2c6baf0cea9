"""The team vocabulary: which words it accepts and how it writes them."""

from postcheck.profiles.vocabulary import Vocabulary


def test_an_entry_with_capitals_says_how_a_miscased_word_is_written():
    words = Vocabulary(["LinkedIn", "kinda"])
    assert words.written_as("linkedin") == "LinkedIn"
    assert words.written_as("linkedinissä") == "LinkedInissä"
    assert words.written_as("LinkedIn") == "LinkedIn"
    assert words.written_as("linkedi") is None and words.written_as("Kinda") is None


def test_the_longest_entry_that_fits_decides_how_a_word_is_written():
    words = Vocabulary(["Kinda", "KindaTV"])
    assert words.written_as("kindatv") == "KindaTV"
    assert words.written_as("kindan") == "Kindan"
