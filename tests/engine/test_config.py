import pytest

from postcheck import check_file
from postcheck.core.errors import ConfigError
from postcheck.engine.config import Config, config_for, find_config, load_config, parse_config
from tests.conftest import only


def test_full_config_is_validated_into_settings(write):
    path = write(
        "postcheck.toml",
        'channel = "linkedin"\naudience = "consumers"\nlang = "fi"\n'
        'messages = "en"\nmin_score = 70\n'
        '[vocabulary]\naccept = ["Kinda"]\n'
        '[rules]\ncolloquial = "off"\nPC117 = "info"\n'
        '[rules.spelling]\nseverity = "warning"\nsuggestions = 2\n',
    )
    config = load_config(path)
    assert (config.channel, config.audience, config.lang, config.messages) == (
        "linkedin",
        "consumers",
        "fi",
        "en",
    )
    assert config.min_score == 70 and config.vocabulary.accept == ("Kinda",)
    assert config.rules["PC601"].enabled is False
    assert config.rules["PC117"].severity == "info"
    assert config.rules["PC101"].severity == "warning"
    assert config.rules["PC101"].options == {"suggestions": 2}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"chanel": "x"}, "unknown key 'chanel'; did you mean 'channel'?"),
        ({"channel": "linkdin"}, "did you mean 'linkedin'?"),
        ({"rules": {"speling": "off"}}, "unknown rule 'speling'; did you mean 'spelling'?"),
        ({"rules": {"spelling": "fatal"}}, "'rules.spelling' = 'fatal' is not valid"),
        (
            {"rules": {"spelling": {"sugestions": 3}}},
            "unknown option 'rules.spelling.sugestions'; did you mean 'suggestions'?",
        ),
        (
            {"rules": {"spelling": {"suggestions": "3"}}},
            "'rules.spelling.suggestions' = '3' must be a whole number ≥ 0 and ≤ 20",
        ),
        ({"rules": {"spelling": {"suggestions": -3}}}, "must be a whole number ≥ 0 and ≤ 20"),
        ({"rules": {"wall-of-text": {"max_line": 0}}}, "'rules.wall-of-text.max_line' = 0"),
        ({"rules": {"lexical-density": {"min_density": 1.5}}}, "must be a number ≥ 0 and ≤ 1"),
        ({"vocabulary": {"acept": []}}, "unknown key 'vocabulary.acept'"),
        ({"vocabulary": ["Kinda"]}, "'vocabulary' = a list must be a table"),
        ({"vocabulary": {"prefer": {"a": 1}}}, "'vocabulary.prefer' = a table must be a table of"),
        ({"strategy": {"brands": "Kinda"}}, "'strategy.brands' = 'Kinda' must be a list of text"),
        ({"min_score": 101}, "'min_score' = 101 must be a whole number ≥ 0 and ≤ 100"),
        ({"min_score": True}, "'min_score' = True must be a whole number"),
        ({"max_size_mb": 0}, "'max_size_mb' = 0 must be a number > 0"),
        ({"max_size_mb": float("nan")}, "'max_size_mb' = nan must be a number > 0"),
        ({"max_size_mb": float("inf")}, "'max_size_mb' = inf must be a number > 0"),
        ({"exclude": "arkisto/**"}, "'exclude' = 'arkisto/**' must be a list of text"),
        ({"channels": {"intra": {"extends": ["wiki"]}}}, "'channels.intra.extends' = a list"),
        ({"audiences": {"uusi": {"extends": {"a": 1}}}}, "'audiences.uusi.extends' = a table"),
        ({"packs": "team.toml"}, "'packs' = 'team.toml' must be a list of text"),
    ],
)
def test_bad_config_names_the_file_key_and_choices(data, message):
    with pytest.raises(ConfigError) as raised:
        parse_config(data, where="team/postcheck.toml")
    assert str(raised.value).startswith("team/postcheck.toml: ")
    assert message in str(raised.value)


def test_toml_syntax_error_names_the_line(write):
    path = write("postcheck.toml", 'channel = "x"\nrules = = 3\n')
    with pytest.raises(ConfigError, match=r"invalid TOML: .*line 2"):
        load_config(path)


def test_config_is_found_from_the_drafts_folder_upward(write, tmp_path):
    write("postcheck.toml", '[vocabulary]\naccept = ["Kvanttikahvi"]\n')
    draft = write("posts/2026/a.txt", "Kvanttikahvi avaa ovensa.\n")
    assert find_config(draft) == tmp_path / "postcheck.toml"
    assert config_for(draft).vocabulary.accept == ("Kvanttikahvi",)
    assert only(check_file(draft), "PC101") == []


def test_pyproject_tool_table_counts_and_others_do_not(write, tmp_path):
    write("pyproject.toml", "[project]\nname = 'x'\n")
    draft = write("a.txt", "Hei.\n")
    assert find_config(draft) != tmp_path / "pyproject.toml"
    write("sub/pyproject.toml", '[tool.postcheck]\nchannel = "blog"\n')
    inner = write("sub/b.txt", "Hei.\n")
    assert load_config(tmp_path / "sub" / "pyproject.toml").channel == "blog"
    assert find_config(inner) == tmp_path / "sub" / "pyproject.toml"


def test_config_switches_rules_off_and_changes_severity(write):
    text = "Tämä on on hyvä. Mä tuun.\n"
    path = write("a.txt", text)
    default = check_file(path, config=Config())
    assert only(default, "PC118")[0].severity == "error" and only(default, "PC601")
    config = parse_config({"rules": {"repeated-word": "warning", "PC601": False}})
    changed = check_file(path, config=config)
    assert only(changed, "PC118")[0].severity == "warning" and only(changed, "PC601") == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("postcheck.toml", b'channel = "x\xe4"\n', "not valid UTF-8 at byte 12"),
        ("postcheck.toml", b"a = " + b"[" * 3000 + b"]" * 3000 + b"\n", "nested too deep"),
        ("postcheck.toml", b'exclude = ["!"]\n', "'exclude' pattern '!' is not valid"),
        ("postcheck.toml", b'exclude = ["[z-a]"]\n', r"'exclude' pattern '\[z-a\]' is not valid"),
    ],
)
def test_broken_config_files_are_one_line(write, name, data, message):
    path = write(f"team/{name}", data)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_a_pyproject_whose_tool_is_not_a_table_is_not_a_config(write):
    path = write("team/pyproject.toml", "tool = 5\n")
    draft = write("team/a.txt", "Hei maailma.\n")
    assert find_config(draft) is None
    with pytest.raises(ConfigError, match=r"no \[tool.postcheck\] table"):
        load_config(path)


def test_the_nearest_config_is_found_from_the_drafts_own_folder(write, monkeypatch):
    write("teamA/postcheck.toml", '[rules]\nspelling = "off"\n')
    draft = write("teamB/a.txt", "Kisssa juoksee.\n")  # teamB has no config of its own
    monkeypatch.chdir(draft.parent.parent / "teamA")
    assert find_config("../teamB/a.txt") is None  # not teamA's, found through "teamA/.."
    [finding] = only(check_file("../teamB/a.txt"), "PC101")
    assert finding.severity == "error"


def test_another_folders_exclude_holds_when_the_run_starts_elsewhere(write, monkeypatch):
    import json

    from click.testing import CliRunner

    from postcheck.cli.main import main

    write("teamA/postcheck.toml", "")
    write("teamB/postcheck.toml", 'exclude = ["deep"]\n')
    write("teamB/deep/b.md", "Tämä on kisssa.\n")
    kept = write("teamB/a.md", "Tämä on hyvä.\n")
    monkeypatch.chdir(kept.parent.parent / "teamA")
    result = CliRunner().invoke(main, ["--format", "json", "../teamB"])
    assert [r["path"] for r in json.loads(result.output)["reports"]] == ["../teamB/a.md"]
    assert config_for("../teamB/deep/b.md").excludes("../teamB/deep/b.md")


def test_a_config_edited_deleted_or_created_meanwhile_is_seen(write):
    from postcheck.engine.config import forget_config_files

    top = write("postcheck.toml", '[vocabulary]\naccept = ["Kinda"]\n')
    draft = write("sub/a.txt", "Hei.\n")
    assert config_for(draft).vocabulary.accept == ("Kinda",)
    top.write_text('[vocabulary]\naccept = ["Kinda", "Valuri"]\n', encoding="utf-8")
    assert config_for(draft).vocabulary.accept == ("Kinda", "Valuri")
    inner = write("sub/postcheck.toml", '[vocabulary]\naccept = ["Sisä"]\n')
    forget_config_files()
    assert config_for(draft).vocabulary.accept == ("Sisä",)
    inner.unlink()
    assert config_for(draft).vocabulary.accept == ("Kinda", "Valuri")
    top.unlink()
    assert config_for(draft) == Config()
