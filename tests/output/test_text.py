"""The text format's closing line counts files and findings in plain English."""

from postcheck import check
from postcheck.output.text import format_text
from postcheck.output.types import FileError, RunResult


def test_the_summary_counts_in_the_singular_and_the_plural():
    one = check("Tämä on on hyvä kissa.\n", lang="fi")  # one repeated word, nothing else
    summary = format_text(RunResult(reports=[one], errors=[])).splitlines()[-1]
    assert summary == "1 file checked: 1 error, 0 warnings, 0 info"
    two = check("Tämä on on hyvä kisssa.\n", lang="fi")
    failed = FileError("b.md", "b.md: bad")
    summary = format_text(RunResult(reports=[two], errors=[failed])).splitlines()[-1]
    assert summary == "2 files checked: 2 errors, 0 warnings, 0 info; 1 could not be checked"
