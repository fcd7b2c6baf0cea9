"""Inline suppression comments, in Markdown and in plain-text drafts."""

import time

import pytest

from postcheck import check
from postcheck.core.report import Finding
from postcheck.document.directives import parse_directives
from postcheck.engine.suppressions import suppression_edits
from tests.conftest import only, place


def test_directives_are_parsed_with_lines_and_keys():
    text = "a\n<!-- postcheck-disable PC101, spelling -->\nb\n<!-- postcheck-enable -->\n"
    first, second = parse_directives(text)
    assert (first.kind, first.keys, first.line) == ("disable", ("PC101", "spelling"), 2)
    assert (second.kind, second.keys, second.line) == ("enable", (), 4)


def test_disable_and_enable_a_range_by_code_or_name():
    text = (
        "Kisssa yksi.\n"
        "<!-- postcheck-disable spelling -->\n"
        "Kisssa kaksi.\n"
        "<!-- postcheck-enable spelling -->\n"
        "Kisssa kolme.\n"
    )
    report = check(text, lang="fi")
    assert [f.line for f in only(report, "PC101")] == [1, 5]
    assert report.suppressed == 1


def test_disable_next_line_and_disable_file():
    text = "<!-- postcheck-disable-next-line PC101 -->\nKisssa yksi.\nKisssa kaksi.\n"
    assert [f.line for f in only(check(text, lang="fi"), "PC101")] == [3]
    whole = "Kisssa yksi.\n<!-- postcheck-disable-file PC101 -->\nKisssa kaksi.\n"
    report = check(whole, lang="fi")
    assert only(report, "PC101") == [] and report.suppressed == 2


def test_disable_without_codes_silences_every_rule_in_markdown():
    text = "<!-- postcheck-disable -->\nTämä on on kisssa.\n<!-- postcheck-enable -->\nTämä on on hyvä.\n"
    report = check(text, path="a.md")
    assert {f.line for f in report.findings} == {4} and report.suppressed >= 2


def test_unknown_code_in_a_comment_is_a_warning_at_the_code():
    text = "<!-- postcheck-disable PC999 speling -->\nHei.\n"
    findings = only(check(text, lang="fi"), "PC002")
    assert [place(f) for f in findings] == [(1, 24, 1, 29), (1, 30, 1, 37)]


def test_comments_never_count_toward_length_or_prose():
    body = "a" * 270 + "\n<!-- postcheck-disable-next-line PC101 -->\nKisssa.\n"
    report = check("---\nchannel: x\n---\n" + body)
    assert report.metrics["length"] == 270 + 1 + 7  # the comment line is not published
    assert only(report, "PC301") == []
    inline = check("---\nchannel: x\n---\nHei <!-- muistiinpano --> maailma.\n")
    assert inline.metrics["length"] == len("Hei  maailma.")


def test_a_directive_shown_in_a_fenced_code_block_is_not_obeyed():
    text = "Ohje:\n\n```\n<!-- postcheck-disable -->\n```\n\nKisssa juoksee.\n"
    [finding] = [f for f in check(text, path="a.md").findings if f.rule == "PC101"]
    assert (finding.line, finding.column) == (7, 1)
    plain = "<!-- postcheck-disable PC101 -->\nKisssa juoksee.\n"
    assert [f for f in check(plain, path="a.md").findings if f.rule == "PC101"] == []


def test_an_unclosed_directive_is_scanned_in_linear_time():
    started = time.perf_counter()
    assert parse_directives("<!-- postcheck-disable" + " " * 1_000_000) == []
    assert time.perf_counter() - started < 5  # quadratic took minutes


def finding_at(line: int, rule: str = "PC101") -> Finding:
    return Finding(rule, "spelling", "correct", "error", "m", line, 1, line, 2)


def apply(text: str, edits: list[tuple[int, str]]) -> str:
    for at, insert in edits:
        text = text[:at] + insert + text[at:]
    return text


def test_ignore_here_puts_a_comment_above_the_line_keeping_its_indent():
    text = "Eka rivi.\n  - toka rivi\n"
    edits = suppression_edits(text, finding_at(2), body_start=0)
    assert apply(text, edits) == (
        "Eka rivi.\n  <!-- postcheck-disable-next-line PC101 -->\n  - toka rivi\n"
    )


def test_ignore_here_in_a_table_wraps_the_table_instead_of_splitting_it():
    text = "Alku.\n\n| a | b |\n|---|---|\n| c | d |\n\nLoppu.\n"
    edits = suppression_edits(text, finding_at(5), body_start=0)
    assert apply(text, edits) == (
        "Alku.\n\n<!-- postcheck-disable PC101 -->\n| a | b |\n|---|---|\n| c | d |\n"
        "<!-- postcheck-enable PC101 -->\n\nLoppu.\n"
    )
    at_end = "| a |\n|---|\n| c |"
    assert apply(at_end, suppression_edits(at_end, finding_at(3), body_start=0)) == (
        "<!-- postcheck-disable PC101 -->\n| a |\n|---|\n| c |\n<!-- postcheck-enable PC101 -->"
    )


def test_ignore_here_in_the_front_matter_silences_the_rule_for_the_file():
    text = "---\nslugg: x\n---\nTeksti.\n"
    edits = suppression_edits(text, finding_at(2, "PC001"), body_start=17)
    assert apply(text, edits) == (
        "---\nslugg: x\n---\n<!-- postcheck-disable-file PC001 -->\nTeksti.\n"
    )


@pytest.mark.parametrize(
    "shown",
    [
        "Käytä `<!-- postcheck-disable -->` näin.",
        "    <!-- postcheck-disable -->",
        "> ```\n> <!-- postcheck-disable -->\n> ```",
        "- ohje:\n\n  ```\n  <!-- postcheck-disable -->\n  ```",
        "<pre><!-- postcheck-disable --></pre>",
        "<script>\n<!-- postcheck-disable -->\n</script>",
    ],
)
def test_a_directive_shown_in_code_anywhere_is_not_obeyed(shown):
    text = f"{shown}\n\nTämä on kisssa.\n"
    line = text.count("\n", 0, text.index("kisssa")) + 1
    [finding] = [f for f in check(text, path="a.md").findings if f.rule == "PC101"]
    assert (finding.line, finding.column) == (line, 9)


def test_a_directive_inside_a_paragraph_or_an_html_block_is_obeyed():
    inline = "Tämä <!-- postcheck-disable-next-line PC101 --> rivi.\nOn kisssa.\n"
    assert [f for f in check(inline, path="a.md").findings if f.rule == "PC101"] == []
    block = "<div>\n<!-- postcheck-disable PC101 -->\n</div>\n\nTämä on kisssa.\n"
    assert [f for f in check(block, path="a.md").findings if f.rule == "PC101"] == []


def test_many_fences_and_directives_are_scanned_in_linear_time():
    from postcheck.document.draft import parse_draft

    text = "```\n```\n<!-- postcheck-disable -->\n" * 20_000
    started = time.perf_counter()
    directives = parse_draft(text, markdown=True).directives
    assert [d.line for d in directives[:2]] == [3, 6] and len(directives) == 20_000
    assert time.perf_counter() - started < 30  # quadratic took 70 s for 27,000
