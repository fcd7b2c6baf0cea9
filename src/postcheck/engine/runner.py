"""The rule engine: runs the enabled rules on an analysed draft and makes findings.

It picks the rules that apply (language, channel, config), gives each its options, turns each
:class:`~postcheck.rules.base.Problem` into a :class:`~postcheck.core.report.Finding` at its line
and column in the file, applies suppression comments, sorts the findings by position, and
gathers the evidence rules' evidence for :mod:`postcheck.engine.scoring`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from postcheck.analysis.context import Context
from postcheck.analysis.draft_analysis import Analysis
from postcheck.core.errors import PostcheckError
from postcheck.core.report import Finding
from postcheck.engine.config import Config
from postcheck.engine.ruleset import BUILTIN_RULES
from postcheck.engine.scoring import Evidence
from postcheck.engine.suppressions import suppressions
from postcheck.rules.base import Problem, Rule


@dataclass(frozen=True)
class RuleRun:
    """The result of one engine run.

    Its findings, the criteria its rules measured, and how many findings suppression comments
    silenced.
    """

    findings: tuple[Finding, ...]
    measured: frozenset[str]
    suppressed: int = 0
    #: What the evidence rules found the draft has.
    evidence: tuple[Evidence, ...] = ()

    def with_findings_of(self, other: RuleRun) -> RuleRun:
        """Return this run with another run's findings added (a bilingual post's other part)."""
        findings = sorted((*self.findings, *other.findings), key=_position)
        suppressed = self.suppressed + other.suppressed
        return RuleRun(tuple(findings), self.measured, suppressed, self.evidence)


def _position(finding: Finding) -> tuple[int, int, str, int, int]:
    return (finding.line, finding.column, finding.rule, finding.end_line, finding.end_column)


def active_rules(config: Config, context: Context) -> list[tuple[type[Rule], str]]:
    """Return the enabled rules that apply to the draft, with their severities."""
    active = []
    for rule in config.rule_set:
        settings = config.settings(rule)
        if settings.enabled and rule.applies_to(context):
            active.append((rule, settings.severity or rule.severity))
    return active


def reads_language(config: Config, lang: str) -> bool:
    """Tell whether an enabled rule is written for ``lang`` (``Rule.languages`` names it).

    Only those rules read the paragraphs of a bilingual post in their language; the rules of
    every language read them in the draft's own analysis.
    """
    return any(
        rule.languages is not None and lang in rule.languages and config.settings(rule).enabled
        for rule in config.rule_set
    )


def safe_fix(problem: Problem, context: Context) -> bool:
    """Tell whether a problem's fix may be applied to the file: certain to touch only prose.

    The flagged prose must be a verbatim copy of one stretch of the file (no code span, image,
    comment, markup or line break left out or in between), outside template syntax (shortcodes,
    attribute lists, ``%variables%``), and neither it nor the fix may hold a line break: a fix
    never reaches beyond the words it names and never joins or splits lines.
    """
    if problem.fix is None or problem.space != "prose":
        return False
    flagged = context.prose[problem.start : problem.end]
    start, end = context.file_span(problem.start, problem.end)
    return (
        end - start == len(flagged)
        and context.draft.text[start:end] == flagged
        and "\n" not in flagged
        and "\n" not in problem.fix
        and not context.draft.in_template(start, end)
    )


def _finding(
    problem: Problem,
    rule: type[Rule],
    severity: str,
    context: Context,
    message_lang: str,
) -> Finding:
    draft = context.draft
    start, end = context.file_span(problem.start, problem.end, problem.space)
    line, column = draft.position(start)
    end_line, end_column = draft.position(end)
    return Finding(
        rule=rule.code,
        name=rule.name,
        criterion=rule.criterion,
        severity=severity,
        message=problem.message.text(message_lang),
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        suggestions=tuple(problem.suggestions),
        fix=problem.fix if safe_fix(problem, context) else None,
        lang=context.analysis.lang_at(problem.start) if problem.space == "prose" else context.lang,
    )


def _in_its_language(problem: Problem, rule: type[Rule], context: Context) -> bool:
    """Tell whether a problem lies where its rule's language is written.

    A Finnish rule (colloquial forms, grammar, address) says nothing about the Swedish
    paragraph of a bilingual post.
    """
    if rule.languages is None or problem.space != "prose" or not context.analysis.other_languages:
        return True
    return context.analysis.lang_at(problem.start) in rule.languages


def _in_paragraphs(problem: Problem, analysis: Analysis, lang: str) -> bool:
    """Tell whether a problem lies in a paragraph the draft's own analysis reads in ``lang``."""
    return problem.space == "prose" and analysis.lang_at(problem.start) == lang


def _run_rule(
    rule: type[Rule],
    severity: str,
    context: Context,
    config: Config,
    message_lang: str,
    paragraphs_of: Analysis | None,
) -> tuple[list[Finding], Evidence | None]:
    """Run one rule: return its findings and the evidence it earns (None when it earns none)."""
    instance = rule(dict(config.settings(rule).options))  # a rule may change its own copy
    try:
        problems = list(instance.check(context))
        if paragraphs_of is not None:
            problems = [p for p in problems if _in_paragraphs(p, paragraphs_of, context.lang)]
        earns = rule.earns and paragraphs_of is None
        share = instance.evidence(context, problems) if earns else None
    except PostcheckError:
        raise  # already one line naming the rule and the fix (a pack's slow pattern)
    except Exception as error:
        if rule in BUILTIN_RULES:
            raise
        raise PostcheckError(
            f"rule {rule.code} ({rule.name}) from a plugin failed: {error!r}",
            path=context.analysis.draft.path,
            fix=f'switch it off with [rules] {rule.name} = "off" and tell its authors',
        ) from error
    findings = [
        _finding(problem, rule, severity, context, message_lang)
        for problem in problems
        if _in_its_language(problem, rule, context)
    ]
    if share is None or not math.isfinite(share):
        return findings, None
    share = min(1.0, max(0.0, share))
    reason = rule.earned_by.text(message_lang)
    return findings, Evidence(rule.code, rule.criterion, rule.earns, share, reason)


def run_rules(
    context: Context,
    config: Config,
    *,
    message_lang: str,
    paragraphs_of: Analysis | None = None,
) -> RuleRun:
    """Run every active rule on ``context``; return the sorted findings and the evidence.

    With ``paragraphs_of`` (the draft analysed in its own language) the run is for a bilingual
    post's other language, ``context.lang``: only the rules of that language run (the others
    have read the whole draft already), only on the paragraphs ``paragraphs_of`` reads in that
    language, and they earn no points.
    """
    rules = [
        (rule, severity)
        for rule, severity in active_rules(config, context)
        if paragraphs_of is None or rule.languages is not None
    ]
    # The rules that read what Voikko's helper works out ahead run last, giving the helper the
    # others' time; their findings and evidence still go in rule order.
    ran: list[tuple[list[Finding], Evidence | None]] = [([], None)] * len(rules)
    for i in sorted(range(len(rules)), key=lambda i: rules[i][0].reads_look_ahead):
        rule, severity = rules[i]
        ran[i] = _run_rule(rule, severity, context, config, message_lang, paragraphs_of)
    findings = [finding for found, _ in ran for finding in found]
    evidence = [share for _, share in ran if share is not None]
    measured = {rule.criterion for rule, _ in rules}
    draft = context.analysis.draft
    if draft.directives:
        silenced = suppressions(draft.directives, config.rule_set.codes)
        kept = [f for f in findings if not silenced.covers((f.rule, f.name), f.line)]
    else:
        kept = findings
    kept.sort(key=_position)
    return RuleRun(tuple(kept), frozenset(measured), len(findings) - len(kept), tuple(evidence))
