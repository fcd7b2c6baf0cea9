"""postcheck vocab: words added where writers expect them, comments and layout kept."""

from click.testing import CliRunner

from postcheck import check_file
from postcheck.cli.main import main
from tests.conftest import only


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_vocab_add_keeps_the_configs_comments_and_the_word_is_accepted(write, monkeypatch):
    config = write(
        "team/postcheck.toml", '# Tiimin säännöt\n[vocabulary]\naccept = ["Kinda"]  # nimi\n'
    )
    draft = write("team/a.txt", "Kassissa on zorblaksia ja maitoa.\n")
    monkeypatch.chdir(config.parent)
    assert len(only(check_file(draft), "PC109")) == 1  # no correction in reach: a word to check
    code, out, _ = run("vocab", "add", "zorblaksia", "Kinda")
    assert code == 0 and out == f"{config}: added zorblaksia\n"
    assert config.read_text(encoding="utf-8") == (
        '# Tiimin säännöt\n[vocabulary]\naccept = ["Kinda", "zorblaksia"]  # nimi\n'
    )
    assert only(check_file(draft), "PC109") == []
    code, out, _ = run("vocab", "list")
    assert code == 0 and out.splitlines()[0] == "accept: Kinda, zorblaksia"


def test_vocab_add_creates_a_config_when_there_is_none(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, _ = run("vocab", "add", "Kinda")
    assert code == 0
    assert (tmp_path / "postcheck.toml").read_text(encoding="utf-8") == (
        '[vocabulary]\naccept = ["Kinda"]\n'
    )


def test_vocab_add_to_a_drafts_front_matter(write):
    draft = write("a.txt", "---\nchannel: x\nvocab: [Kinda]\n---\nKisssa ja Kinda.\n")
    code, out, _ = run("vocab", "add", "--draft", str(draft), "Kisssa")
    assert code == 0 and out == f"{draft}: added Kisssa\n"
    assert draft.read_text(encoding="utf-8").startswith(
        "---\nchannel: x\nvocab: [Kinda, Kisssa]\n---\n"
    )
    assert only(check_file(draft), "PC101") == []
    bare = write("b.txt", "Kisssa.\n")
    run("vocab", "add", "--draft", str(bare), "Kisssa", "yes")
    assert bare.read_text(encoding="utf-8") == '---\nvocab: [Kisssa, "yes"]\n---\nKisssa.\n'


def test_a_block_list_vocab_is_left_to_the_writer(write):
    draft = write("a.txt", "---\nvocab:\n  - Kinda\n---\nHei.\n")
    code, _, err = run("vocab", "add", "--draft", str(draft), "Valuri")
    assert code == 2 and "vocab is not a [word, word] list" in err


def test_the_spelling_finding_says_how_to_add_the_word():
    from postcheck import check

    [finding] = only(check("Kisssa juoksee."), "PC101")
    assert finding.message.endswith("postcheck vocab add Kisssa")


def test_vocab_add_refuses_a_blank_word_and_a_non_list_accept(write, monkeypatch):
    config = write("team/postcheck.toml", '[vocabulary]\naccept = "Kinda"\n')
    monkeypatch.chdir(config.parent)
    code, _, err = run("vocab", "add", "Kin")
    assert code == 2 and "[vocabulary] accept is not a list" in err
    assert config.read_text(encoding="utf-8") == '[vocabulary]\naccept = "Kinda"\n'
    code, _, err = run("vocab", "add", " ")
    assert code == 2 and "a vocabulary entry is one word" in err
