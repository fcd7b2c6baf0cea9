"""The registry, with a real plugin found through the ``postcheck.rules`` entry-point group."""

import sys
import textwrap

import pytest

from postcheck import check
from postcheck.core.errors import ConfigError
from postcheck.core.kinds import CRITERIA
from postcheck.rules import BUILTIN_RULES, all_rules, find_rule

PLUGIN = '''
from postcheck.rules import Message, Problem, Rule


class ExclamationMarks(Rule):
    """Too many exclamation marks in one post."""

    code = "XY901"
    name = "exclamation-limit"
    criterion = "interesting"
    severity = "warning"
    options = {"max": 1}

    def check(self, context):
        marks = [token for token in context.doc if token.text == "!"]
        if len(marks) > self.values["max"]:
            mark = marks[self.values["max"]]
            message = Message(fi="Liikaa huutomerkkejä.", en="Too many!")
            yield Problem(mark.idx, mark.idx + 1, message)
'''


@pytest.fixture
def plugin(tmp_path, monkeypatch):
    """Install a plugin distribution the way pip would: a module and its dist-info."""
    (tmp_path / "xy_rules.py").write_text(PLUGIN)
    info = tmp_path / "xy_rules-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: xy-rules\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[postcheck.rules]\nxy = xy_rules:ExclamationMarks\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    all_rules.cache_clear()
    yield
    all_rules.cache_clear()
    sys.modules.pop("xy_rules", None)


def test_builtin_rules_are_well_formed_and_unique():
    codes = [rule.code for rule in BUILTIN_RULES]
    names = [rule.name for rule in BUILTIN_RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    for rule in BUILTIN_RULES:
        assert rule.criterion in CRITERIA and rule.severity in ("error", "warning", "info")
        assert rule.manual() and rule.summary()


def test_rules_are_found_by_code_or_name():
    assert find_rule("PC101").name == "spelling"
    assert find_rule("pc101").name == "spelling"
    assert find_rule("spelling").code == "PC101"


def test_plugin_rule_loads_from_entry_point_and_runs(plugin):
    assert find_rule("exclamation-limit").code == "XY901"
    report = check("Hei! Tervetuloa! Nähdään!", lang="fi")
    [finding] = [f for f in report.findings if f.rule == "XY901"]
    assert (finding.line, finding.column, finding.criterion) == (1, 16, "interesting")
    assert finding.message == "Liikaa huutomerkkejä."
    assert report.scores["interesting"] < 100


def test_plugin_reusing_a_code_is_refused(plugin, tmp_path):
    (tmp_path / "xy_rules.py").write_text(PLUGIN.replace('"XY901"', '"PC101"'))
    with pytest.raises(ConfigError, match="reuses the code or name 'PC101'"):
        all_rules()


def test_plugin_that_is_not_a_rule_is_refused(plugin, tmp_path):
    (tmp_path / "xy_rules.py").write_text(textwrap.dedent("class ExclamationMarks:\n    pass\n"))
    with pytest.raises(ConfigError, match="is not a postcheck Rule subclass"):
        all_rules()
