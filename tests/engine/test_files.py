"""Which files a run checks: folders, .gitignore, the config's exclude, --strict, --exit-zero."""

from click.testing import CliRunner

from postcheck.cli.main import main
from postcheck.engine.files import expand


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_gitignore_is_respected_when_walking_folders(write, tmp_path):
    (tmp_path / ".git").mkdir()
    write(".gitignore", "luonnokset/vanhat/\n*.tmp.md\n")
    write("luonnokset/a.md", "Hei.\n")
    write("luonnokset/b.tmp.md", "Hei.\n")
    write("luonnokset/vanhat/c.md", "Hei.\n")
    write("luonnokset/alikansio/.gitignore", "d.md\n")
    write("luonnokset/alikansio/d.md", "Hei.\n")
    write("luonnokset/alikansio/e.md", "Hei.\n")
    found = [
        path.removeprefix(str(tmp_path) + "/") for path in expand([str(tmp_path / "luonnokset")])
    ]
    assert found == ["luonnokset/a.md", "luonnokset/alikansio/e.md"]


def test_explicit_files_are_checked_even_when_gitignored(write, tmp_path):
    write(".gitignore", "*.md\n")
    path = write("a.md", "Hei.\n")
    assert list(expand([str(path)])) == [str(path)]


def test_config_exclude_applies_to_folders_and_named_files(write, tmp_path):
    write("postcheck.toml", 'exclude = ["arkisto/**"]\n')
    kept = write("a.md", "Hei.\n")
    old = write("arkisto/b.md", "Tämä on on vanha.\n")
    code, out, _ = run("--format", "json", str(tmp_path), str(old))
    assert code == 0 and str(kept) in out and "arkisto" not in out


def test_strict_fails_on_warnings_and_exit_zero_never_fails(write):
    path = write("a.txt", "---\nchanel: x\n---\nHei.\n")  # PC001 warning only
    assert run(str(path))[0] == 0
    assert run("--strict", str(path))[0] == 1
    bad = write("b.txt", "Tämä on on huono.\n")
    assert run(str(bad))[0] == 1
    assert run("--exit-zero", str(bad))[0] == 0


def test_no_progress_bar_when_not_on_a_terminal(write):
    for number in range(12):
        write(f"posts/{number:02}.md", "Hei.\n")
    code, _, err = run(str(write("posts/x.md", "Hei.\n").parent))
    assert code == 0 and "Checking" not in err
