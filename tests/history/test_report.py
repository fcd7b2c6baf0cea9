"""The report's labels in Finnish, Swedish and English, rendered in process from records."""

import re

import pytest

from postcheck.core.kinds import CRITERIA, LANGUAGES
from postcheck.engine.ruleset import standard_rule_set
from postcheck.history.records import Example, Summary, VersionRecord
from postcheck.history.report import STRINGS, render, report_language


def record(
    commit: str, date: str, score: int, rules: dict[str, int], text: str = ""
) -> VersionRecord:
    examples = {rule: Example("Viesti.", text, 4) for rule in rules} if text else {}
    summary = Summary(
        channel="linkedin", audience=None, type=None, lang="sv", words=12, score=score,
        band="yellow", scores=dict.fromkeys(CRITERIA, score), rules=rules, examples=examples,
    )  # fmt: skip
    return VersionRecord(
        draft="inlagg/nyhet.md", path="inlagg/nyhet.md", commit=commit * 40, author="Stina Sund",
        email="stina@example.fi", date=date, summary=summary,
    )  # fmt: skip


RECORDS = [
    record("a", "2026-01-10T09:00:00+02:00", 50, {"PC101": 2}, "Anmäl dig till webbinariet"),
    record("b", "2026-03-02T09:00:00+02:00", 80, {"PC101": 1}, "Anmäl dig till webbinariet"),
]


def keys(strings, prefix=""):
    found = {}
    for key, value in strings.items():
        if isinstance(value, dict):
            found.update(keys(value, f"{prefix}{key}."))
        else:
            found[prefix + key] = sorted(re.findall(r"\{\w+\}", value))
    return found


def test_every_label_is_in_finnish_swedish_and_english():
    assert tuple(STRINGS) == LANGUAGES
    for lang in LANGUAGES:
        assert keys(STRINGS[lang]) == keys(STRINGS["fi"]), lang
        assert all(keys(STRINGS[lang])), lang


@pytest.mark.parametrize(
    ("wanted", "lang"),
    [
        (("sv", "fi", "fi"), "sv"),  # --lang first
        ((None, "sv", "fi"), "sv"),  # then the config's messages
        ((None, "auto", "sv"), "sv"),  # then its lang
        ((None, "auto", "en"), "en"),
        ((None, "auto", None), "fi"),
        ((None, "de", None), "fi"),
    ],
)
def test_the_report_language_is_the_first_it_has_labels_for(wanted, lang):
    assert report_language(*wanted) == lang


def test_a_swedish_report_has_swedish_labels():
    html = render(RECORDS, repository="innehall", rule_set=standard_rule_set(), lang="sv")
    assert '<html lang="sv">' in html
    assert "<title>Lärstig – innehall</title>" in html
    assert "<h1>Lärstig: innehall</h1>" in html
    assert '<p class="subtitle">Hur teamet och varje skribent utvecklas</p>' in html
    assert '<span id="total-versions">2</span> versioner · 1 utkast · 1 skribenter.' in html
    assert '<span class="muted">Skapad med postcheck ' in html
    assert "<h2>Teamet</h2>" in html and "<h2>Regler som bryts oftast</h2>" in html
    assert "<th>Månad</th><th>versioner</th><th>Totalpoäng</th><th>Förändring</th>" in html
    assert "<th>Intressant</th><th>Informativ</th><th>Läsbar</th><th>Språkriktig</th>" in html
    assert '<span class="down">↓ blir ovanligare</span>' in html
    assert "<h2>Utkast som förbättrats mest</h2>" in html
    assert "<th>Utkast</th><th>Kanal</th><th>Första</th><th>Senaste</th><th>Ökning</th>" in html
    assert "<h4>Att lära sig härnäst</h4>" in html
    assert "(3 × anmärkningar)" in html
    assert "Exempel ur din egen text (rad 4): Viesti." in html
    assert "<h2>Skribenter</h2>" in html and "<h3>Stina Sund</h3>" in html
    assert ">Totalpoäng: Stina Sund<" in html  # the writer's chart, its legend "teamet"
    assert ">teamet<" in html and ">utgångsläge<" in html  # and the team's baseline
    hidden = render(RECORDS, repository="innehall", rule_set=standard_rule_set(), lang="sv",
                    authors="hidden")  # fmt: skip
    assert "<p>Skribenterna visas inte (--authors hidden).</p>" in hidden


@pytest.mark.parametrize(
    ("lang", "label"),
    [("fi", "<h2>Useimmin rikotut säännöt</h2>"), ("en", "<h2>Rules most often broken</h2>")],
)
def test_finnish_and_english_reports_keep_their_labels(lang, label):
    html = render(RECORDS, repository="innehall", rule_set=standard_rule_set(), lang=lang)
    assert f'<html lang="{lang}">' in html and label in html
    assert "Lärstig" not in html
