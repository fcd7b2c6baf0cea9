import json
import os
import platform
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from postcheck.cli.main import main


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_text_output_groups_findings_with_positions_and_scores(write):
    path = write("a.txt", "Tämä on on hyvä. Kisssa juoksee.\n")
    code, out, _ = run(str(path))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(str(path))
    assert lines[1].split()[:3] == ["1:6", "error", "PC118/repeated-word"]
    assert "Sana on kirjoitettu kahteen kertaan." in lines[1]
    assert lines[3].split()[:3] == ["1:18", "error", "PC101/spelling"]
    assert "→ on" in out
    overall = lines.index("  overall 52 red")
    assert lines[overall + 1].split()[:3] == ["interesting", "90", "green"]
    assert lines[overall + 4].split()[:3] == ["correct", "50", "red"]
    assert "−25 Sana on kirjoitettu kahteen kertaan." in lines[overall + 4]
    assert lines[overall + 7].split() == ["channel", "100", "green", "(not", "counted)"]
    assert lines[-1] == "1 file checked: 2 errors, 0 warnings, 0 info"


def test_clean_file_exits_0_and_min_score_fails_it_saying_which_score(write):
    path = write("a.txt", "Mä tuun huomenna kotiin.\n")
    assert run(str(path))[0] == 0
    code, out, err = run("--min-score", "100", str(path))
    score = int(re.search(r"^  overall (\d+)", out, re.M).group(1))
    assert code == 1 and f"{path}: overall score {score} is under --min-score 100" in err


def test_score_command_lists_every_point(write):
    path = write("a.txt", "Tämä on on hyvä. Kisssa juoksee.\n")
    code, out, _ = run("score", str(path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == str(path) and lines[1] == "  overall 52 red"
    correct = lines.index("  correct 50 red")
    assert lines[correct + 1].split()[:2] == ["100.0", "start"]
    assert lines[correct + 2].startswith("    -25.0  Sana on kirjoitettu kahteen kertaan.")
    assert lines[correct + 2].endswith("(PC118) line 1")
    assert any(
        re.match(r"    \+30\.0 ✓ koukuttava ensimmäinen virke \(PC401\)", line) for line in lines
    )
    code, _, err = run("score", str(path.parent / "missing.md"))
    assert code == 2 and "missing.md" in err


def test_json_output_is_one_versioned_document(write):
    good = write("a.txt", "Tämä on on hyvä.\n")
    code, out, _ = run("--format", "json", str(good), str(good.parent / "missing.md"))
    assert code == 2
    document = json.loads(out)
    assert document["version"] == 2
    [report] = document["reports"]
    assert report["findings"][0]["rule"] == "PC118"
    assert (report["findings"][0]["line"], report["findings"][0]["column"]) == (1, 6)
    assert document["errors"][0]["path"].endswith("missing.md")


def test_bad_files_get_one_line_each_and_the_others_are_still_checked(write, tmp_path):
    good = write("good.txt", "Tämä on on hyvä.\n")
    write("bad/broken.md", "---\nchannel: [x\n---\nHei\n")
    write("bad/latin1.txt", "Hyvää päivää".encode("latin-1"))
    write("bad/binary.md", b"\x00\x01\x02")
    write("bad/front.md", "---\nchannel: linkdin\n---\nHei\n")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.rglob("*") if p.is_file()}
    code, out, err = run(str(good), str(tmp_path / "bad"), str(tmp_path / "nope.md"))
    assert code == 2
    errors = err.strip().splitlines()
    assert len(errors) == 5
    assert any("broken.md: malformed YAML front matter on line 2" in line for line in errors)
    assert any("latin1.txt: not valid UTF-8 at byte 3" in line for line in errors)
    assert any("binary.md: binary file" in line for line in errors)
    assert any(
        "front.md: front matter 'channel' on line 2: unknown channel 'linkdin';"
        " did you mean 'linkedin'?" in line
        for line in errors
    )
    assert any("nope.md: no such file or folder" in line for line in errors)
    assert "PC118/repeated-word" in out  # the good file was still checked
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before  # nothing changed


def test_folder_is_searched_for_drafts_and_empty_folder_is_an_error(write, tmp_path):
    write("posts/a.md", "Hei.\n")
    write("posts/b.txt", "Hei.\n")
    write("posts/c.json", "{}")
    write("posts/.git/d.md", "Hei.\n")
    code, out, _ = run("--format", "json", str(tmp_path / "posts"))
    assert code == 0
    assert [r["path"].rsplit("/", 1)[1] for r in json.loads(out)["reports"]] == ["a.md", "b.txt"]
    (tmp_path / "empty").mkdir()
    code, _, err = run(str(tmp_path / "empty"))
    assert code == 2 and "folder has no drafts" in err


def test_stdin_is_checked(write):
    code, out, _ = run("--lang", "fi", "-", input="Tämä on on hyvä.\n")
    assert code == 1 and "<text>" in out and "PC118" in out


def test_options_and_bad_config(write):
    path = write("a.txt", "Hei.\n")
    assert run("--channel", "linkdin", str(path))[0] == 2
    config = write("conf.toml", "chanel = 'x'\n")
    code, _, err = run("--config", str(config), str(path))
    assert code == 2 and "unknown key 'chanel'; did you mean 'channel'?" in err
    good_config = write("good.toml", "[rules]\nrepeated-word = 'off'\n")
    twice = write("b.txt", "Tämä on on hyvä.\n")
    assert run("--config", str(good_config), str(twice))[0] == 0


def test_rules_and_explain():
    code, out, _ = run("rules")
    assert code == 0 and out.splitlines()[3].startswith("PC101  spelling")
    code, out, _ = run("explain", "spelling")
    assert code == 0 and out.startswith("PC101 spelling\ncriterion: correct")
    assert "vocabulary.accept" in out
    code, _, err = run("explain", "speling")
    assert code == 2 and "did you mean 'spelling'" in err


TEAM_RULE = """
[[rule]]
name = "no-asap"
code = "KI001"
type = "existence"
criterion = "audience"
message = "Vältä lyhennettä ASAP."
message_en = "Avoid ASAP."
description = "ASAP sounds like pressure; say when instead."
terms = ["ASAP"]
"""


def test_the_teams_own_rules_are_known_to_rules_explain_and_sarif(write, monkeypatch):
    config = write("team/postcheck.toml", TEAM_RULE)
    draft = write("team/a.txt", "Vastaa ASAP.\n")
    monkeypatch.chdir(config.parent)
    code, out, _ = run("rules")
    assert code == 0 and "KI001  no-asap" in out
    code, out, _ = run("explain", "KI001")
    assert code == 0 and out.startswith("KI001 no-asap\ncriterion: audience")
    assert "ASAP sounds like pressure" in out
    code, out, _ = run("--format", "sarif", str(draft))
    [rule] = [
        r for r in json.loads(out)["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "KI001"
    ]
    assert "ASAP sounds like pressure" in rule["help"]["text"]
    monkeypatch.chdir(config.parent.parent)
    code, _, err = run("explain", "KI001")
    assert code == 2 and "unknown rule 'KI001'" in err
    code, out, _ = run("explain", "KI001", "--config", str(config))
    assert code == 0 and out.startswith("KI001 no-asap")


def test_console_script_and_python_m_work(write):
    path = write("a.txt", "Hei.\n")
    env = {**os.environ, "NO_COLOR": "1"}
    module = subprocess.run(
        [sys.executable, "-m", "postcheck", str(path)], capture_output=True, text=True, env=env
    )
    assert module.returncode == 0 and re.search(
        r"^  overall \d+ (?:green|yellow|red)$", module.stdout, re.M
    )
    assert "\x1b[" not in module.stdout
    version = subprocess.run(
        [sys.executable, "-m", "postcheck", "--version"], capture_output=True, text=True
    )
    assert version.stdout.startswith("postcheck, version ")


def test_channels_command_lists_every_channel_with_limits():
    code, out, _ = run("channels")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["channel", "counting", "limit", "recommended"]
    x = next(line for line in lines if line.startswith("x "))
    assert x.split()[:3] == ["x", "twitter", "280"]
    bluesky = next(line for line in lines if line.startswith("bluesky"))
    assert "300 (3000 bytes)" in bluesky
    assert len(lines) == 13


def test_channel_twice_gives_a_report_per_channel_with_length_and_fold(write):
    sentence = "Kevään paras tapahtuma on täällä, tule mukaan! "
    path = write("a.txt", sentence * 7)  # 328 characters after the final space is trimmed
    code, out, _ = run("--channel", "linkedin", "--channel", "x", str(path))
    assert code == 1  # too long for X
    assert f"{path}  (linkedin · fi · 328/3000)" in out
    assert f"{path}  (x · fi · 328/280)" in out
    assert f"before “see more”: {(sentence * 3)[:140]}" in out  # LinkedIn's fold: 140
    assert len(re.findall(r"^  overall \d+ (?:green|yellow|red)", out, re.M)) == 2
    assert "overall 40 red  (capped by PC301: cannot be published as it is)" in out
    assert out.count("PC301/over-limit") == 1


def test_front_matter_channel_list_gives_reports_in_order(write):
    body = "---\nchannel: [x, instagram]\n---\nKatso https://kinda.fi #kevät\n"
    path = write("a.txt", body)
    code, out, _ = run("--format", "json", str(path))
    assert code == 0  # warnings only
    reports = json.loads(out)["reports"]
    assert [r["channel"] for r in reports] == ["x", "instagram"]
    assert [f["rule"] for f in reports[0]["findings"] if f["criterion"] == "channel"] == []
    assert [f["rule"] for f in reports[1]["findings"] if f["criterion"] == "channel"] == ["PC305"]
    assert reports[0]["metrics"]["length"] == 36 and reports[1]["metrics"]["length"] == 29


def test_init_writes_a_valid_commented_config_and_never_overwrites(tmp_path):
    from postcheck.engine.config import load_config

    code, out, _ = run("init", str(tmp_path))
    written = tmp_path / "postcheck.toml"
    assert code == 0 and "Wrote" in out and written.exists()
    assert "[strategy]" in written.read_text() and "# channel =" in written.read_text()
    config = load_config(written)
    assert config.vocabulary.accept == () and config.strategy.key_messages == ()
    before = written.read_bytes()
    code, _, err = run("init", str(tmp_path))
    assert code == 2 and "already exists" in err and written.read_bytes() == before


def test_jobs_give_the_same_output_in_the_same_order(write, tmp_path):
    for number in range(24):
        text = "Tämä on on hyvä." if number % 3 == 0 else f"Luonnos numero {number} on valmis."
        write(f"posts/{number:02}.md", text + "\n")
    write("posts/rikki.md", b"\xff\xfe\x00binary")
    one = run("--format", "json", "--jobs", "1", str(tmp_path / "posts"))
    two = run("--format", "json", "--jobs", "2", str(tmp_path / "posts"))
    assert one[0] == two[0] == 2  # the binary file
    assert json.loads(one[1]) == json.loads(two[1])
    paths = [report["path"] for report in json.loads(two[1])["reports"]]
    assert paths == sorted(paths) and len(paths) == 24


def _wait_until_reading_standard_input(pid, limit=60.0):
    """Wait until the process is blocked reading file descriptor 0 (x86-64 Linux), else 5 s."""
    syscall = Path(f"/proc/{pid}/syscall")
    if platform.machine() not in ("x86_64", "AMD64"):  # read is system call 0 only there
        time.sleep(5)
        return
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if syscall.read_text().split()[:2] == ["0", "0x0"]:  # read(0, …)
                return
        except OSError:  # no /proc, or not allowed to read it
            time.sleep(5)
            return
        time.sleep(0.1)


def _as_a_terminal_starts_it():
    """In the child: take Ctrl-C as a terminal's foreground process does (not inherited ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_with_exit_130_and_one_line():
    process = subprocess.Popen(
        [sys.executable, "-m", "postcheck", "-"],  # waits for standard input that never ends
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_a_terminal_starts_it,  # a process ignoring SIGINT passes that on
    )
    _wait_until_reading_standard_input(process.pid)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, (err, signal.getsignal(signal.SIGINT))
    assert err.strip().splitlines()[-1] == "postcheck: interrupted"
    assert "Traceback" not in err


def test_a_terminal_that_cannot_show_a_character_gets_a_replacement(write):
    path = write("a.txt", "Tämä on on hyvä.\n")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "postcheck", str(path)], capture_output=True, env=env
    )
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert b"? on" in result.stdout  # the arrow before the suggestion


def test_json_stays_exact_where_the_terminal_cannot_show_a_character(write):
    path = write("a.txt", 'Hei "maailma" on on hyvä.\n')
    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    result = subprocess.run(
        [sys.executable, "-m", "postcheck", "--format", "json", str(path)],
        capture_output=True,
        env=env,
    )
    assert result.returncode == 1 and b"\\u201d" in result.stdout
    messages = [f["message"] for f in json.loads(result.stdout)["reports"][0]["findings"]]
    assert "Suomessa lainausmerkit ovat ” ”: ”maailma”." in messages


def test_stdin_diff_shows_the_fixes_and_fix_is_refused():
    code, out, _ = run("--diff", "-", input="Hei  maailma , tänään.\n")
    assert code == 1 and out.splitlines()[-1] == "+Hei maailma, tänään."
    code, _, err = run("--fix", "-", input="Hei.\n")
    assert code == 2 and "<stdin>: standard input cannot be fixed in place; use --diff -" in err


def test_a_path_named_twice_is_checked_once(write):
    path = write("a.txt", "Kahvila avaa ovensa.\n")
    code, out, _ = run(str(path), str(path), "-", "-", input="Hei.\n")
    assert code == 0 and out.splitlines()[-1].startswith("2 files checked")
