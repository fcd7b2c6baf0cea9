"""Declarative rule packs: the five types, scopes, validation errors and the pattern time limit."""

import pytest

from postcheck import check
from postcheck.core.errors import ConfigError, PostcheckError
from postcheck.engine.config import parse_config
from postcheck.rules.packs import builtin_pack_rules, parse_entry
from tests.conftest import only, place


def config_with(*rules):
    return parse_config({"rule": list(rules)}, where="team/postcheck.toml")


BASE = {"criterion": "strategy", "message": "{match}", "message_en": "{match}"}


def test_shipped_packs_load_with_their_codes():
    codes = {rule.code for rule in builtin_pack_rules()}
    assert {
        "PC410",
        "PC411",
        "PC412",
        "PC413",
        "PC510",
        "PC801",
        "PC802",
        "PC804",
        "PC420",
    } <= codes


def test_existence_matches_every_inflected_form_and_phrases_in_sequence():
    config = config_with(
        {
            **BASE,
            "name": "synergy",
            "code": "KI001",
            "type": "existence",
            "terms": ["synergia", "uusi malli"],
        }
    )
    text = "Synergiaa syntyy. Uuden mallin synergioiden avulla."
    findings = only(check(text, config=config), "KI001")
    assert [place(f) for f in findings] == [(1, 1, 1, 10), (1, 19, 1, 31), (1, 32, 1, 44)]
    assert [f.message for f in findings] == ["Synergiaa", "Uuden mallin", "synergioiden"]


def test_a_term_capitalised_beside_another_capitalised_word_is_a_name():
    config = config_with(
        {
            **BASE,
            "name": "buzz",
            "code": "KI002",
            "type": "existence",
            "terms": ["ninja", "synergia"],
        }
    )
    text = (
        "Kierrosta johtaa Nordic Ninja. Tuemme Tiimi Synergiaa ja tuomme synergiaa. Olemme Ninja."
    )
    found = [f.message for f in only(check(text, lang="fi", config=config), "KI002")]
    # the fund and the company are names; a term after a common first word is not
    assert found == ["synergiaa", "Ninja"]


def test_english_hedges_are_not_a_type_named_or_a_manner():
    text = (
        "---\nlang: en\n---\nThis kind of mindset matters. What sort of sauna do you like?"
        " Write in a way that readers follow. It's kind of hard. In a way, it was fun.\n"
    )
    assert [f.message.split('"')[1] for f in only(check(text), "PC512")] == ["kind of", "In a way"]


def test_substitution_suggests_the_replacement():
    config = config_with(
        {
            **BASE,
            "name": "customer",
            "code": "KI002",
            "type": "substitution",
            "swap": {"loppukäyttäjä": "asiakas"},
            "message": "Käytä ”{suggestion}”, älä ”{match}”.",
        }
    )
    [finding] = only(check("Loppukäyttäjien palaute on tärkeää.", config=config), "KI002")
    assert (
        finding.suggestions == ("asiakas",)
        and finding.message == "Käytä ”asiakas”, älä ”Loppukäyttäjien”."
    )
    assert place(finding) == (1, 1, 1, 16)


def test_occurrence_counts_tokens_per_sentence():
    config = config_with(
        {
            **BASE,
            "name": "one-question",
            "code": "KI003",
            "type": "occurrence",
            "tokens": "question",
            "scope": "draft",
            "max": 1,
            "message": "{count} kysymystä, enintään {max}.",
        }
    )
    [finding] = only(check("Mitä? Miksi? Kuka?", config=config), "KI003")
    assert finding.message == "3 kysymystä, enintään 1." and place(finding) == (1, 12, 1, 19)


def test_required_term_in_the_last_paragraph():
    config = config_with(
        {
            **BASE,
            "name": "campaign-tag",
            "code": "KI004",
            "type": "required",
            "patterns": ["#KindaKevät"],
            "scope": "last-paragraph",
            "message": "Kampanjatunniste puuttuu.",
        }
    )
    [missing] = only(check("Tervetuloa!\n\nNähdään messuilla.", config=config), "KI004")
    assert place(missing) == (3, 1, 3, 19)
    assert only(check("Tervetuloa!\n\nNähdään #KindaKevät", config=config), "KI004") == []


def test_capitalization_of_brand_names_in_words_and_hashtags():
    config = config_with(
        {
            **BASE,
            "name": "brands",
            "code": "KI005",
            "type": "capitalization",
            "names": ["LinkedIn"],
            "message": "Kirjoita {suggestion}.",
        }
    )
    findings = only(
        check("Seuraa meitä Linkedinissä ja #linkedin tilillä.", config=config), "KI005"
    )
    assert [place(f)[:2] for f in findings] == [(1, 14), (1, 31)]  # after the "#"
    assert findings[0].suggestions == ("LinkedInissä",)


def test_filters_by_post_type():
    config = config_with(
        {
            **BASE,
            "name": "crisis-only",
            "code": "KI006",
            "type": "existence",
            "terms": ["hei"],
            "types": ["crisis"],
        }
    )
    assert only(check("Hei kaikki.", config=config), "KI006") == []
    [finding] = only(check("---\ntype: crisis\n---\nHei kaikki.\n", config=config), "KI006")
    assert place(finding) == (4, 1, 4, 4)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"code": "KI1", "type": "existence", "terms": ["x"]},
            "rule 'x-rule': 'code' must look like ABC123",
        ),
        (
            {"code": "KI100", "type": "existance", "terms": ["x"]},
            "'type' = 'existance' is not valid; did you mean 'existence'?",
        ),
        ({"code": "KI100", "type": "existence"}, "'terms' is required for a existence rule"),
        (
            {"code": "KI100", "type": "existence", "terms": ["x"], "scoep": "draft"},
            "unknown rule key 'scoep'; did you mean 'scope'?",
        ),
        ({"code": "KI100", "type": "existence", "patterns": ["(unclosed"]}, "invalid pattern"),
        ({"code": "KI100", "type": "occurrence", "tokens": "emoji"}, "'max' is required"),
        (
            {"code": "KI100", "type": "existence", "terms": ["x"], "message": "{match"},
            "'message' is not a valid message",
        ),
        (
            {"code": "KI100", "type": "existence", "terms": ["x"], "message_en": "{word}"},
            "'message_en' has an unknown placeholder {word}",
        ),
        (
            {"code": "KI100", "type": "existence", "terms": ["x"], "message": "{match:d}"},
            "'message' formats the placeholder {match}",
        ),
        (
            {"code": "KI100", "type": "existence", "terms": ["x"], "message_sv": "{count!x}"},
            "'message_sv' formats the placeholder {count}",
        ),
        (
            {"code": "KI100", "type": "existence", "terms": ["x"], "message": "{match:>999999}"},
            "'message' formats the placeholder {match}",
        ),
        ({"code": "PC101", "type": "existence", "terms": ["x"]}, "reuses the code or name 'PC101'"),
    ],
)
def test_broken_entries_name_the_file_entry_and_key(entry, message):
    with pytest.raises(ConfigError) as raised:
        config_with({**BASE, "name": "x-rule", **entry})
    assert str(raised.value).startswith("team/postcheck.toml")
    assert message in str(raised.value)


def test_entry_origin_is_kept_for_the_manual():
    entry = parse_entry(
        {**BASE, "name": "a", "code": "KI010", "type": "existence", "terms": ["x"]}, origin="p.toml"
    )
    assert entry.origin == "p.toml" and entry.severity == "warning" and entry.scope == "draft"


def test_catastrophic_pattern_stops_with_an_error_instead_of_hanging():
    config = config_with(
        {**BASE, "name": "slow", "code": "KI011", "type": "existence", "patterns": ["(a|aa)+$"]}
    )
    with pytest.raises(PostcheckError, match="took longer than"):
        check("a" * 40 + "!", config=config)


def test_config_packs_files_are_loaded_relative_to_the_config(tmp_path):
    (tmp_path / "team.toml").write_text(
        '[[rule]]\nid = "no-halpa"\ncode = "KI020"\ntype = "existence"\ncriterion = "strategy"\n'
        'terms = ["halpa"]\nmessage = "Älä sano halpa."\n',
        encoding="utf-8",
    )
    (tmp_path / "postcheck.toml").write_text('packs = ["team.toml"]\n[rules]\nno-halpa = "error"\n')
    from postcheck.engine.config import load_config

    config = load_config(tmp_path / "postcheck.toml")
    [finding] = only(check("Tämä on halpa tarjous.", config=config), "KI020")
    assert finding.severity == "error" and place(finding)[:2] == (1, 9)


def test_a_pack_written_with_id_for_the_name_still_loads():
    config = config_with(
        {**BASE, "id": "old-style", "code": "KI030", "type": "existence", "terms": ["hei"]}
    )
    assert config.rule_set.find("KI030").name == "old-style"


def test_the_pattern_time_limit_holds_for_the_whole_draft_not_per_sentence():
    config = config_with(
        {
            **BASE,
            "name": "slow-sentences",
            "code": "KI012",
            "type": "existence",
            "scope": "sentence",
            "patterns": ["(a|aa)+$"],
        }
    )
    draft = ("a" * 24 + "! ") * 300  # each sentence alone is quick; all of them are not
    with pytest.raises(PostcheckError, match=r"KI012 .* took longer than 0\.5 s") as raised:
        check(draft, config=config)
    assert "plugin" not in str(raised.value)
