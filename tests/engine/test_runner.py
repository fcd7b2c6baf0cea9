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


def test_every_rule_that_reads_the_look_ahead_says_so(monkeypatch):
    from postcheck.analysis.context import Context

    reading: list[str] = []
    running = ["none"]
    real_run = runner._run_rule

    def run(rule, *args):
        running[0] = rule.code
        try:
            return real_run(rule, *args)
        finally:
            running[0] = "none"

    monkeypatch.setattr(runner, "_run_rule", run)
    for name in ("spelling", "grammar_errors"):
        real = getattr(Context, name)

        def watched(context, real=real):
            reading.append(running[0])
            return real.__get__(context, Context)  # worked out once, read every time

        monkeypatch.setattr(Context, name, property(watched))
    for draft in (DRAFT, "Tämä on hyvä startup ja kisssa, #kaupallinenyhteistyö.\n"):
        postcheck.check(draft, channel="linkedin")
    codes = {rule.code: rule for rule in BUILTIN_RULES}
    assert {"PC101", "PC128"} <= set(reading)
    assert [code for code in reading if not codes[code].reads_look_ahead] == []


def test_a_language_is_read_on_its_own_only_when_a_rule_is_written_for_it():
    from postcheck.engine.config import parse_config

    config = postcheck.Config()
    assert all(runner.reads_language(config, lang) for lang in ("fi", "sv", "en"))
    english = [r.name for r in config.rule_set if r.languages is not None and "en" in r.languages]
    quiet = parse_config({"rules": dict.fromkeys(english, "off")}, where="postcheck.toml")
    assert english and not runner.reads_language(quiet, "en")
    assert runner.reads_language(quiet, "sv")
