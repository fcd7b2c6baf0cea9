"""--fix and --diff: only safe fixes, atomic writes, encoding and line endings kept."""

import codecs

import pytest
from click.testing import CliRunner

from postcheck import check
from postcheck.cli.main import main
from postcheck.core.errors import InputError
from postcheck.engine.fixes import apply_fixes, file_style

DRAFT = 'Hän sanoi "hei" klo 9-17.\nHinta nousi 3,5%  tänään.\n'
FIXED = "Hän sanoi ”hei” klo 9–17.\nHinta nousi 3,5 % tänään.\n"


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_apply_fixes_applies_exactly_the_safe_fixes():
    fixed, applied = apply_fixes(DRAFT, check(DRAFT, lang="fi").findings)
    assert (fixed, applied) == (FIXED, 4)


def test_fix_writes_and_keeps_bom_and_crlf(write):
    path = write("a.txt", codecs.BOM_UTF8 + DRAFT.replace("\n", "\r\n").encode())
    code, out, err = run("--fix", str(path))
    assert code == 0 and "fixed 4 problems" in err
    assert path.read_bytes() == codecs.BOM_UTF8 + FIXED.replace("\n", "\r\n").encode()
    assert "0 errors" in out  # the report is of the fixed text


def test_diff_shows_the_change_and_writes_nothing(write):
    path = write("a.txt", DRAFT)
    before = path.stat().st_mtime_ns
    code, out, _ = run("--diff", str(path))
    assert code == 1
    assert '-Hän sanoi "hei" klo 9-17.' in out and "+Hän sanoi ”hei” klo 9–17." in out
    assert path.read_text() == DRAFT and path.stat().st_mtime_ns == before
    clean = write("b.txt", FIXED)
    assert run("--diff", str(clean))[:2] == (0, "")


def test_mixed_line_endings_are_refused(write):
    path = write("a.txt", DRAFT.replace("\n", "\r\n", 1).encode())
    with pytest.raises(InputError, match="mixed line endings"):
        file_style(path.read_bytes(), str(path))
    code, _, err = run("--fix", str(path))
    assert code == 2 and "mixed line endings" in err
    assert path.read_bytes() == DRAFT.replace("\n", "\r\n", 1).encode()


def test_fix_keeps_file_permissions(write):
    path = write("a.txt", DRAFT)
    path.chmod(0o640)
    run("--fix", str(path))
    assert path.stat().st_mode & 0o777 == 0o640
    assert not list(path.parent.glob(".a.txt.*"))  # no temporary file left behind
