"""The output formats: JSON schema, SARIF 2.1.0 (validated), GitHub annotations, the registry."""

import json
import sys

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck import check
from postcheck.core.errors import ConfigError
from postcheck.engine.config import Config
from postcheck.output import BUILTIN_FORMATS, formats, get_format
from postcheck.output.types import FileError, RunResult
from tests.conftest import SHARED

SCHEMA = SHARED / "conformance" / "sarif" / "sarif-schema-2.1.0.json"


def result():
    text = '---\nchannel: x\n---\nTämä on on hyvä "lause" klo 9-17. Mitä mieltä olet?\n'
    report = check(text, path="drafts/a.txt")
    return RunResult(
        (report,),
        (FileError("drafts/b.md", "drafts/b.md: binary file, not a text draft"),),
        {rule.code: rule for rule in Config().rule_set},
    )


def test_json_document():
    document = json.loads(get_format("json")(result(), False))
    assert document["version"] == 2
    [report] = document["reports"]
    assert report["path"] == "drafts/a.txt" and report["channel"] == "x"
    fixes = {f["rule"]: f["fix"] for f in report["findings"] if f["fix"] is not None}
    assert fixes == {"PC131": "”lause”", "PC132": "–"}
    assert document["errors"] == [
        {"path": "drafts/b.md", "message": "drafts/b.md: binary file, not a text draft"}
    ]


@pytest.mark.skipif(not SCHEMA.exists(), reason="../shared/conformance/sarif is absent")
def test_sarif_validates_against_the_official_schema():
    log = json.loads(get_format("sarif")(result(), False))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert rules["PC118"]["help"]["text"].startswith("Remove duplicate word.")
    assert rules["PC118"]["defaultConfiguration"]["level"] == "error"
    first = run["results"][0]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (first["ruleId"], region["startLine"], region["startColumn"]) == ("PC118", 4, 6)
    assert run["invocations"][0]["executionSuccessful"] is False


def test_sarif_fixes_carry_the_replacement():
    log = json.loads(get_format("sarif")(result(), False))
    [quote] = [r for r in log["runs"][0]["results"] if r["ruleId"] == "PC131"]
    replacement = quote["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "”lause”"


def test_github_annotations_escape_their_data():
    lines = get_format("github")(result(), False).splitlines()
    assert lines[0].startswith(
        "::error file=drafts/a.txt,line=4,col=6,endLine=4,endColumn=11,title=PC118 repeated-word::"
    )
    assert any(line.startswith("::notice ") for line in lines)
    assert lines[
        -1
    ] == "::error file=drafts/b.md::drafts/b.md%3A binary file, not a text draft".replace(
        "%3A", ":"
    )


def test_github_escapes_newlines_and_percent():
    from postcheck.output.github import _data, _property

    assert _data("50 %\nrivi") == "50 %25%0Arivi"
    assert _property("a:b,c") == "a%3Ab%2Cc"


def test_format_plugins_come_from_entry_points(tmp_path, monkeypatch):
    (tmp_path / "tsv_format.py").write_text(
        "def tsv(result, color):\n"
        "    return ''.join(f'{r.path}\\t{f.line}\\t{f.rule}\\n' for r in result.reports for f in r.findings)\n"
    )
    info = tmp_path / "tsv_format-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: tsv-format\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[postcheck.formats]\ntsv = tsv_format:tsv\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    formats.cache_clear()
    try:
        assert set(BUILTIN_FORMATS) < set(formats())
        assert get_format("tsv")(result(), False).splitlines()[0] == "drafts/a.txt\t4\tPC118"
    finally:
        formats.cache_clear()
        sys.modules.pop("tsv_format", None)


def test_unknown_format_suggests_the_closest():
    with pytest.raises(ConfigError, match="did you mean 'sarif'"):
        get_format("sarf")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list('ab "\\\n\t{}[],:ääö🎉\u2028')), max_size=12),
        max_size=3,
    ),
    st.lists(
        st.text(alphabet=st.sampled_from(list('"reports": []\\\nä')), max_size=20), max_size=2
    ),
)
def test_the_json_document_is_json_dumps_of_it_whether_reports_come_rendered_or_not(
    drafts: list[str], messages: list[str]
) -> None:
    from postcheck.output.json import format_json, render_report

    reports = tuple(check(f"Hei {draft} maailma.") for draft in drafts)
    errors = tuple(FileError(f"{i}.md", message) for i, message in enumerate(messages))
    expected = (
        json.dumps(
            {
                "version": 2,
                "reports": [report.to_dict() for report in reports],
                "errors": [{"path": e.path, "message": e.message} for e in errors],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
    assert format_json(RunResult(reports, errors)) == expected
    rendered = tuple(render_report(report) if i % 2 else None for i, report in enumerate(reports))
    assert format_json(RunResult(reports, errors, rendered=rendered)) == expected
