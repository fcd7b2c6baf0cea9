"""The English and Swedish word lists, and how their phrases are found in a text."""

from postcheck.profiles.wordlists import word_lists


def test_invitations_start_words_and_other_phrases_are_whole_words():
    swedish = word_lists("sv")
    assert swedish.invites("Dela gärna inlägget!") and swedish.invites("Kommentera nedan")
    assert not swedish.invites("Vi vill meddela att butiken öppnar.")
    assert swedish.gives_next_step("Läs mer på vår webbplats.")
    assert not swedish.gives_next_step("Han läser mer än förr.")
    assert swedish.news_in("Nu öppnar vi i dag!") and not swedish.news_in("Butiken öppnar.")
    english = word_lists("en")
    assert english.invites("Leave your comments below") and not english.invites("Tagline")
    assert "you" in english.you and "du" in swedish.you and "vi" in swedish.we


def test_a_language_without_lists_has_empty_ones():
    assert word_lists("fi").you == frozenset() and not word_lists("fi").invites("kommentoi")
