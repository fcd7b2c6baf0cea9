"""The rule runner: the rules that read Voikko's look-ahead run last, their results in rule order."""

import postcheck
from postcheck.engine import runner
from postcheck.engine.ruleset import BUILTIN_RULES
from postcheck.rules.base import Rule
from postcheck.rules.grammar import GrammarRule
from postcheck.rules.spelling import Spelling

DRAFT = (
    "Kisssa istuu on on pöydällä ja me menee huomenna kauppaan. "
    "Ilmoittaudu mukaan 12.5. mennessä: https://example.com/ilmo\n"
)


def test_the_rules_reading_the_look_ahead_run_after_the_others(monkeypatch):
    order: list[type[Rule]] = []
    real = runner._run_rule

    def recorded(rule, *args):
        order.append(rule)
        return real(rule, *args)

    monkeypatch.setattr(runner, "_run_rule", recorded)
    postcheck.check(DRAFT, channel="linkedin")
    late = [rule.reads_look_ahead for rule in order]
    assert Spelling in order and any(issubclass(rule, GrammarRule) for rule in order)
    assert late == sorted(late) and late.count(True) >= 2  # every late one after the others


def test_findings_and_evidence_are_the_same_as_in_rule_order(monkeypatch):
    report = postcheck.check(DRAFT, channel="linkedin")
    for rule in BUILTIN_RULES:
        monkeypatch.setattr(rule, "reads_look_ahead", False)
    in_order = postcheck.check(DRAFT, channel="linkedin")
    # late (spelling, grammar) and early findings, on the same line, in the same order
    assert [(f.rule, f.column) for f in report.findings][:2] == [("PC101", 1), ("PC128", 8)]
    assert report.to_dict() == in_order.to_dict()
