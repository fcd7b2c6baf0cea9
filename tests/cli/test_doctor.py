from click.testing import CliRunner

from postcheck.cli.main import main


def test_doctor_shows_versions_config_and_ok(tmp_path):
    (tmp_path / "postcheck.toml").write_text('channel = "x"\n')
    result = CliRunner().invoke(main, ["doctor", str(tmp_path)])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("postcheck ") and "\nPython 3." in out and "\nspacy " in out
    assert "libvoikko library " in out and "Finnish dictionary: " in out
    assert f"config for {tmp_path}: {tmp_path / 'postcheck.toml'}" in out
    assert out.rstrip().endswith("OK: postcheck has everything it needs.")


def test_doctor_names_a_broken_config(tmp_path):
    (tmp_path / "postcheck.toml").write_text("chanel = 'x'\n")
    result = CliRunner().invoke(main, ["doctor", str(tmp_path)])
    assert result.exit_code == 2
    assert (
        "MISSING: the config is not valid:" in result.stdout
        and "did you mean 'channel'" in result.stdout
    )


def test_doctor_shows_enchant_and_the_english_dictionaries(tmp_path):
    result = CliRunner().invoke(main, ["doctor", str(tmp_path)])
    assert result.exit_code == 0
    out = result.stdout
    assert "\npyenchant " in out and "\nEnchant library 2." in out
    [line] = [line for line in out.splitlines() if line.startswith("English dictionaries: ")]
    assert "en_GB (hunspell)" in line and "en_US (hunspell)" in line


def test_doctor_exercises_every_channel_counter_and_both_dictionaries():
    result = CliRunner().invoke(main, ["doctor"])
    assert result.exit_code == 0
    assert "channel counters: every channel counts a post's length" in result.stdout
    assert "Finnish dictionary:" in result.stdout and "English dictionaries:" in result.stdout
