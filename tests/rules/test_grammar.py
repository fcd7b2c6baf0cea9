from postcheck import check
from postcheck.rules.grammar import RULES
from tests.conftest import only, place


def test_one_rule_per_voikko_code_with_manual():
    codes = [rule.code for rule in RULES]
    assert codes == [f"PC{110 + n}" for n in range(1, 19)]
    assert all(rule.manual() for rule in RULES)


def test_repeated_word_with_finnish_and_english_messages():
    text = "---\nlang: fi\n---\nTämä on on hyvä lause.\n"
    [finding] = only(check(text), "PC118")
    assert place(finding) == (4, 6, 4, 11)
    assert finding.message.startswith("Sana on kirjoitettu kahteen kertaan.")
    assert finding.suggestions == ("on",)
    from postcheck.engine.config import Config

    [english] = only(check(text, config=Config(messages="en")), "PC118")
    assert english.message.startswith("Remove duplicate word.")


def test_missing_final_punctuation_in_a_paragraph_is_reported():
    [finding] = only(check("Tämä lause jää kesken", path="a.md"), "PC119")
    assert place(finding)[:2] == (1, 16)


def test_headings_list_items_and_social_lines_need_no_final_punctuation():
    markdown = "# Otsikko ilman pistettä\n\n- kohta ilman pistettä\n- toinen kohta\n"
    assert only(check(markdown, channel="blog"), "PC119") == []
    assert only(check(markdown, channel="blog"), "PC117") == []
    social = (
        "Tervetuloa messuille 🎉\nLue lisää https://kinda.fi\nKiitos @matti\nNähdään #messut2026\n"
    )
    report = check(social, channel="linkedin")
    assert only(report, "PC119") == []


def test_hashtag_line_is_not_a_lowercase_sentence():
    report = check("Hyvää viikonloppua kaikille!\n\n#rekrytointi #viestintä", channel="linkedin")
    assert only(report, "PC117") == []


def test_lowercase_sentence_start_in_prose_is_reported():
    [finding] = only(check("Hyvä alku. tämä alkaa pienellä."), "PC117")
    assert place(finding) == (1, 12, 1, 16)
    assert finding.suggestions == ("Tämä",)
