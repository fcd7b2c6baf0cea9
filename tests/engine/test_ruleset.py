"""The rule set, with a real plugin found through the ``postcheck.rules`` entry-point group."""

import sys
import textwrap

import pytest

from postcheck import check
from postcheck.core.errors import ConfigError
from postcheck.core.kinds import CRITERIA
from postcheck.engine.config import Config, parse_config
from postcheck.engine.ruleset import (
    BUILTIN_RULES,
    RULE_MODULES,
    RuleSet,
    standard_rules,
)

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
def plugin(install_plugin):
    install_plugin("xy_rules", PLUGIN, "ExclamationMarks")
    yield
    sys.modules.pop("xy_rules", None)


def test_builtin_rules_are_well_formed_and_unique():
    codes = [rule.code for rule in BUILTIN_RULES]
    names = [rule.name for rule in BUILTIN_RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    for rule in BUILTIN_RULES:
        assert rule.criterion in CRITERIA and rule.severity in ("error", "warning", "info")
        assert rule.manual() and rule.summary()


def test_rules_are_found_by_code_or_name():
    rules = Config().rule_set
    assert rules.find("PC101").name == "spelling"
    assert rules.find("pc101").name == "spelling"
    assert rules.find("spelling").code == "PC101"
    with pytest.raises(ConfigError, match=r"unknown rule 'speling'.*did you mean 'spelling'"):
        rules.find("speling")


def test_plugin_rule_loads_from_entry_point_and_runs(plugin):
    assert Config().rule_set.find("exclamation-limit").code == "XY901"
    report = check("Hei! Tervetuloa! Nähdään!", lang="fi")
    [finding] = [f for f in report.findings if f.rule == "XY901"]
    assert (finding.line, finding.column, finding.criterion) == (1, 16, "interesting")
    assert finding.message == "Liikaa huutomerkkejä."
    assert report.scores["interesting"] < 100


def test_plugin_reusing_a_code_is_refused(plugin, tmp_path):
    (tmp_path / "xy_rules.py").write_text(PLUGIN.replace('"XY901"', '"PC101"'))
    with pytest.raises(ConfigError, match="reuses the code or name 'PC101'"):
        standard_rules()


def test_plugin_that_is_not_a_rule_is_refused(plugin, tmp_path):
    (tmp_path / "xy_rules.py").write_text(textwrap.dedent("class ExclamationMarks:\n    pass\n"))
    with pytest.raises(ConfigError, match="is not a postcheck Rule subclass"):
        standard_rules()


def test_every_rule_module_lists_its_rules_in_code_order():
    for module in RULE_MODULES:
        codes = [rule.code for rule in module.RULES]
        assert codes == sorted(codes), module.__name__
        assert {rule.__module__ for rule in module.RULES} == {module.__name__}


def test_one_rule_set_per_config_holds_the_teams_own_pack_rules():
    team = parse_config(
        {
            "rule": [
                {
                    "name": "no-asap",
                    "code": "KI001",
                    "type": "existence",
                    "criterion": "audience",
                    "message": "Vältä lyhennettä ASAP.",
                    "terms": ["ASAP"],
                }
            ]
        },
        where="team/postcheck.toml",
    )
    assert team.rule_set.find("KI001").name == "no-asap"
    assert team.rule_set.find("no-asap").code == "KI001"
    assert {"KI001", "no-asap"} <= team.rule_set.keys()
    assert len(team.rule_set) == len(Config().rule_set) + 1
    with pytest.raises(ConfigError, match="unknown rule 'KI001'"):
        Config().rule_set.find("KI001")


def test_a_pack_rule_reusing_a_builtin_code_is_refused():
    with pytest.raises(ConfigError, match="reuses the code or name 'PC101'"):
        RuleSet.with_packs([("team.toml", Config().rule_set.find("PC101"))])
