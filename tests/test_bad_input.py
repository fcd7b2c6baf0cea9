"""The bad-input matrix: every bad input gets one clear line, exit 2, the other files are still
checked, and no file changes. Through the command line and through the API."""

import codecs
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from postcheck import ConfigError, InputError, PostcheckError, check, check_file
from postcheck.cli.main import main
from postcheck.core.kinds import CRITERIA
from postcheck.engine.config import parse_config

GOOD = "Tämä on on hyvä.\n"  # one error finding, so its report is easy to recognise


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


BAD_FILES = {
    "binary.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "latin1.md": ("Hyvää päivää".encode("latin-1"), "not valid UTF-8 at byte 3"),
    "utf16.txt": ("Hei maailma".encode("utf-16"), "UTF-16"),
    "yaml.md": (
        b"---\ntitle: ok\nchannel: [x\n---\nHei\n",
        "malformed YAML front matter on line 3",
    ),
    "list.md": (b"---\n- a\n- b\n---\nHei\n", "must be a mapping"),
    "channel.md": (b"---\nchannel: linkdin\n---\nHei\n", "did you mean 'linkedin'"),
    "audience.md": (b"---\naudience: kuluttaja\n---\nHei\n", "did you mean 'kuluttajat'"),
    "alias.md": (b"---\na: &a [x]\nb: *a\n---\nHei\n", "anchors and aliases"),
    "unclosed.md": (b"---\ntitle: x\nHei\n", "never closed"),
}


def snapshot(folder):
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize(("name", "case"), BAD_FILES.items(), ids=list(BAD_FILES))
def test_bad_file_one_line_exit_2_others_checked_nothing_changed(tmp_path, name, case):
    data, message = case
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    before = snapshot(tmp_path)
    code, out, err = run(str(bad), str(good))
    assert code == 2
    [line] = err.strip().splitlines()
    assert line.startswith(f"postcheck: {bad}: ") and message in line
    assert "Traceback" not in err and "PC118" in out  # the good file was checked
    assert snapshot(tmp_path) == before
    with pytest.raises(PostcheckError) as raised:
        check_file(bad)
    assert message in str(raised.value) and "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom.md", codecs.BOM_UTF8 + "Tämä on on hyvä.\n".encode()),
        (
            "crlf.md",
            "---\r\nchannel: blog\r\ntitle: T\r\n---\r\nEka.\r\nTämä on on hyvä.\r\n".encode(),
        ),
        ("empty.md", b""),
        ("front-only.md", b"---\nchannel: x\n---\n"),
    ],
)
def test_accepted_inputs(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    report = check_file(path)
    if b"on on" in data:
        [finding] = [f for f in report.findings if f.rule == "PC118"]
        line = 6 if name == "crlf.md" else 1
        assert (finding.line, finding.column) == (line, 6)
    assert run(str(path))[0] in (0, 1)


def test_missing_file_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    code, _, err = run(str(tmp_path / "nope.md"), str(tmp_path / "empty"))
    assert code == 2
    lines = err.strip().splitlines()
    assert any("nope.md: no such file or folder" in line for line in lines)
    assert any("empty: folder has no drafts" in line for line in lines)
    with pytest.raises(PostcheckError, match="no such file"):
        check_file(tmp_path / "nope.md")


def test_unreadable_file_is_one_line():
    path = "/proc/self/mem"  # exists, but reading it fails (for root too)
    if not os.path.exists(path):
        pytest.skip("needs Linux /proc")
    code, _, err = run(path)
    assert code == 2 and "cannot read" in err and len(err.strip().splitlines()) == 1


def test_size_limit_from_config(tmp_path):
    (tmp_path / "postcheck.toml").write_text("max_size_mb = 1\n")
    big = tmp_path / "big.md"
    big.write_text("Sana. " * 400_000, encoding="utf-8")  # 2.4 MB
    code, _, err = run(str(big))
    assert code == 2 and "over the 1 MB limit" in err and "max_size_mb" in err
    with pytest.raises(PostcheckError, match="over the 1 MB limit"):
        check_file(big)


def test_ten_megabyte_file_is_refused_by_default(tmp_path):
    big = tmp_path / "big.md"
    big.write_bytes(b"Sana. " * 1_800_000)  # 10.8 MB
    code, _, err = run(str(big))
    assert code == 2 and "10.8 MB, over the 5 MB limit" in err


def test_megabyte_line_without_spaces_and_deep_nesting(tmp_path):
    line = tmp_path / "line.txt"
    line.write_text("a" * 1_000_000 + "\n", encoding="utf-8")
    [finding] = [f for f in check_file(line).findings if f.rule == "PC101"]
    assert len(finding.message) < 300 and (finding.end_line, finding.end_column) == (1, 1_000_001)
    nested = tmp_path / "nested.md"
    nested.write_text("> " * 5000 + "syvä\n\n" + "- " * 3000 + "lista\n", encoding="utf-8")
    assert check_file(nested).lang == "fi"


def test_symlink_loop_is_walked_once(tmp_path):
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "a.md").write_text("Hei.\n")
    (tmp_path / "posts" / "up").symlink_to(tmp_path / "posts")
    code, out, _ = run("--format", "json", str(tmp_path / "posts"))
    assert code == 0 and out.count('"path"') == 1


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('channel = "x"\nrules = = 3\n', "invalid TOML"),
        ("chanel = 'x'\n", "unknown key 'chanel'; did you mean 'channel'?"),
        ("[rules]\nPC999 = 'off'\n", "unknown rule 'PC999'"),
        (
            '[[rule]]\nid = "x"\ncode = "KI001"\ntype = "existence"\ncriterion = "correct"\nmessage = "m"\n',
            "'terms' is required",
        ),
    ],
)
def test_bad_config_is_one_line_naming_the_file(tmp_path, config, message):
    (tmp_path / "postcheck.toml").write_text(config, encoding="utf-8")
    draft = tmp_path / "a.md"
    draft.write_text(GOOD, encoding="utf-8")
    before = snapshot(tmp_path)
    code, _, err = run(str(draft))
    assert code == 2
    [line] = err.strip().splitlines()
    assert "postcheck.toml" in line and message in line
    code, _, err = run("--config", str(tmp_path / "postcheck.toml"), str(draft))
    assert code == 2 and message in err
    assert snapshot(tmp_path) == before
    with pytest.raises(PostcheckError, match=r"postcheck\.toml"):
        check_file(draft)


def test_unknown_channel_audience_and_type_arguments():
    for arguments, message in (
        ({"channel": "linkdin"}, "did you mean 'linkedin'"),
        ({"audience": "kuluttaja"}, "did you mean 'kuluttajat'"),
        ({"type": "evnt"}, "unknown post type"),
    ):
        with pytest.raises(PostcheckError, match=message):
            check("Hei.", **arguments)


def test_lone_carriage_returns_are_line_endings(tmp_path):
    path = tmp_path / "mac.md"
    path.write_bytes("\r Eka.\rTämä on on hyvä.\r".encode())
    [finding] = [f for f in check_file(path).findings if f.rule == "PC118"]
    assert (finding.line, finding.column) == (3, 6)
    code, _, err = run("--fix", str(path))
    assert code == 2 and "lone CR" in err
    assert path.read_bytes() == "\r Eka.\rTämä on on hyvä.\r".encode()


@pytest.mark.slow
def test_a_draft_over_a_million_characters_is_checked():
    report = check("Kissa istuu. " * 90_000)  # 1,170,000 characters: over spaCy's own guard
    assert report.metrics["words"] == 180_000 and report.score is not None


def test_special_files_are_refused_by_type_without_blocking(tmp_path):
    fifo = tmp_path / "jono.md"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero", "/dev/urandom"):
        with pytest.raises(InputError, match="is not a regular file"):
            check_file(path)
    (tmp_path / "ok.md").write_text("Kahvila avaa ovensa.\n", encoding="utf-8")
    result = CliRunner().invoke(main, [str(tmp_path)])
    assert result.exit_code == 2 and "jono.md: is not a regular file" in result.stderr
    assert "ok.md" in result.stdout


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: check(5), TypeError, "text must be str, not int"),
        (lambda: check("Hei", lang=3), TypeError, "must be str, not int"),
        (lambda: check("Hei \ud800"), InputError, "not Unicode text"),
        (lambda: check_file("a\x00b.md"), InputError, "embedded null byte"),
        (lambda: check_file("x" * 5000 + ".md"), InputError, "cannot read"),
    ],
)
def test_api_misuse_is_a_clear_error(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_a_path_object_names_the_draft():
    assert check("Hei.", path=Path("a.md")).path == "a.md"


@pytest.mark.parametrize("text", ["---\ntype: crisis\n---\n", "", "#kahvi #tampere\n", "🎉🎉\n"])
def test_drafts_without_words_never_crash_and_get_no_score(text):
    for channel in (None, "x", "instagram", "blog"):
        report = check(text, channel=channel, type="crisis" if "crisis" in text else None)
        assert report.score is None
        assert {f.rule for f in report.findings if f.severity != "info"} <= {"PC003", "PC307"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"max_size_mb": 10**400}, "'max_size_mb' = 1000"),
        ({"channels": {"x": {"limit": 10**30}}}, "'limit' = 1000"),
        ({"scoring": {"reference_words": 10**9}}, "'scoring.reference_words' = 1000000000"),
        ({"scoring": {"weights": dict.fromkeys(CRITERIA, 0)}}, "leaves no criterion to count"),
    ],
)
def test_config_numbers_out_of_range_are_one_line(data, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(data, where="team/postcheck.toml")


def test_a_zero_recommended_range_does_not_divide_by_zero():
    config = parse_config({"channels": {"x": {"recommended": [0, 0]}}})
    report = check("Kahvila avaa ovensa maanantaina klo 8.", channel="x", config=config)
    assert report.scores["channel"] < 100


def test_min_score_fails_a_draft_without_a_score(write):
    path = write("empty.md", "---\nchannel: blog\n---\n")
    result = CliRunner().invoke(main, ["--min-score", "50", str(path)])
    assert result.exit_code == 1
    assert (
        f"{path}: no score (the draft has no prose) to compare with --min-score 50" in result.stderr
    )


def test_standard_input_is_read_no_further_than_the_size_limit():
    import subprocess
    import sys

    postcheck = Path(sys.executable).with_name("postcheck")
    for device in ("/dev/zero", "/dev/urandom"):
        with open(device, "rb") as endless:
            done = subprocess.run(
                [postcheck, "-"], stdin=endless, capture_output=True, text=True, timeout=60
            )
        assert done.returncode == 2
        assert done.stderr.splitlines()[0] == (
            "postcheck: <stdin>: over the 5 MB limit; split the draft, or raise max_size_mb in"
            " postcheck.toml"
        )


def test_a_text_over_the_size_limit_is_refused_by_the_api():
    with pytest.raises(InputError, match=r"the draft has 5,000,001 characters, over the 5 MB"):
        check("a" * 5_000_001)
    small = parse_config({"max_size_mb": 0.001})
    with pytest.raises(InputError, match=r"over the 0\.001 MB limit"):
        check("sana " * 300, config=small)


def test_a_broken_x_counter_is_one_line_naming_the_fix(tmp_path):
    import subprocess
    import sys

    draft = tmp_path / "a.txt"
    draft.write_text("---\nchannel: x\n---\nHei maailma.\n", encoding="utf-8")
    blocker = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.startswith('twitter_text'):\n"
        "            raise ImportError('no twitter_text here')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from postcheck.cli.main import console\n"
        "sys.argv = ['postcheck', sys.argv[1]]\n"
        "console()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", blocker, str(draft)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "X's counter (twitter-text-parser) cannot be loaded" in done.stderr
    assert "pip install --force-reinstall postcheck" in done.stderr


def test_a_bad_value_in_the_postcheck_table_names_its_line():
    with pytest.raises(InputError, match="front matter 'lang' on line 3 is unknown: 'xx'"):
        check("---\ntitle: x\npostcheck:\n  lang: xx\n---\nHei.\n")
