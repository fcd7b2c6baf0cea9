"""What every rule has: its manual, in full and in short."""

from postcheck.rules.spelling import Spelling


def test_a_manual_in_short_has_its_summary_why_and_fix():
    sections = Spelling.manual_sections(longest=120)
    assert sections["summary"] == (
        "A Finnish word that Voikko does not know and that looks like a misspelling."
    )
    assert sections["why"].startswith("Voikko, the Finnish spell checker, knows")
    assert sections["why"].endswith(" …") and len(sections["why"]) <= 122
    assert sections["fix"].startswith("correct the word.")
    assert "``" not in sections["fix"]
