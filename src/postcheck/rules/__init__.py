"""The rule registry: built-in rules, listed explicitly, and plugins from entry points.

Third-party packages add rules through the entry-point group ``postcheck.rules``; each entry
point names a :class:`~postcheck.rules.base.Rule` subclass (or a list of them)::

    [project.entry-points."postcheck.rules"]
    my-rules = "my_package.rules:MyRule"

Codes and names must be unique; a plugin that reuses one, or is not a rule, is refused with a
:class:`~postcheck.core.errors.ConfigError` naming the entry point.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib.metadata import entry_points

import regex

from postcheck.analysis.context import Context
from postcheck.core.errors import ConfigError, did_you_mean
from postcheck.core.kinds import CRITERIA, SEVERITIES
from postcheck.rules import (
    audience,
    channel,
    colloquial,
    content,
    crisis,
    directives,
    frontmatter,
    grammar,
    hashtags,
    readable,
    spelling,
    strategy,
    typography,
)
from postcheck.rules.base import Message, Problem, Rule

__all__ = [
    "BUILTIN_RULES",
    "Context",
    "Message",
    "Problem",
    "Rule",
    "add_unique",
    "all_rules",
    "find_rule",
]

#: The built-in rules, in code order.
BUILTIN_RULES: tuple[type[Rule], ...] = (
    frontmatter.FrontMatterKey,
    directives.UnknownSuppression,
    spelling.Spelling,
    hashtags.HashtagSpelling,
    spelling.UnknownName,
    *grammar.GRAMMAR_RULES,
    *typography.TYPOGRAPHY_RULES,
    *readable.READABLE_RULES,
    *sorted(channel.CHANNEL_RULES, key=lambda rule: rule.code),
    *content.CONTENT_RULES,
    colloquial.Colloquial,
    spelling.EnglishWord,
    *audience.AUDIENCE_RULES,
    *strategy.STRATEGY_RULES,
    *crisis.CRISIS_RULES,
)

ENTRY_POINT_GROUP = "postcheck.rules"
_CODE = regex.compile(r"[A-Z]{2,8}\d{3,4}")
_NAME = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def validate_rule(rule: object, origin: str) -> type[Rule]:
    """Check that ``rule`` is a well-formed Rule subclass; raise ConfigError naming ``origin``."""
    if not (isinstance(rule, type) and issubclass(rule, Rule)):
        raise ConfigError(f"rule plugin '{origin}' is not a postcheck Rule subclass")
    problems = []
    if not _CODE.fullmatch(getattr(rule, "code", "")):
        problems.append("code must look like ABC123")
    if not _NAME.fullmatch(getattr(rule, "name", "")):
        problems.append("name must be lowercase words joined by '-'")
    if getattr(rule, "criterion", None) not in CRITERIA:
        problems.append(f"criterion must be one of {', '.join(CRITERIA)}")
    if rule.severity not in SEVERITIES:
        problems.append(f"severity must be one of {', '.join(SEVERITIES)}")
    if not rule.manual():
        problems.append("it needs a docstring (its manual)")
    if problems:
        raise ConfigError(f"rule plugin '{origin}' is invalid: {'; '.join(problems)}")
    return rule


def _plugin_rules() -> Iterable[tuple[str, type[Rule]]]:
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        origin = f"{entry_point.name} = {entry_point.value}"
        try:
            loaded = entry_point.load()
        except Exception as error:
            raise ConfigError(f"rule plugin '{origin}' failed to load: {error}") from error
        for rule in loaded if isinstance(loaded, list | tuple) else [loaded]:
            yield origin, validate_rule(rule, origin)


def add_unique(
    rules: list[type[Rule]], extra: Iterable[tuple[str, type[Rule]]], what: str = "rule plugin"
) -> list[type[Rule]]:
    """Append ``extra`` (origin, rule) to ``rules``; a reused code or name is a ConfigError."""
    taken = {rule.code for rule in rules} | {rule.name for rule in rules}
    for origin, rule in extra:
        for key in (rule.code, rule.name):
            if key in taken:
                raise ConfigError(
                    f"{what} rule {rule.name} ({rule.code}) reuses the code or name '{key}'",
                    path=origin,
                    fix="give it a code and a name of its own",
                )
            taken.add(key)
        rules.append(rule)
    return rules


@functools.cache
def all_rules() -> tuple[type[Rule], ...]:
    """Return the built-in rules, the shipped rule packs' and the plugins', each code unique."""
    from postcheck.rules.packs import builtin_pack_rules

    packs = [(rule.entry.origin, rule) for rule in builtin_pack_rules()]
    rules = add_unique(list(BUILTIN_RULES), packs, "rule pack")
    return tuple(add_unique(rules, _plugin_rules()))


def find_rule(
    key: str, *, where: str | None = None, extra: Iterable[type[Rule]] = ()
) -> type[Rule]:
    """Return the rule whose code (any case) or name is ``key``; ConfigError when none is.

    ``extra`` adds rules beyond the registry (a config's own rule packs).
    """
    candidates = [*all_rules(), *extra]
    for rule in candidates:
        if key.upper() == rule.code or key == rule.name:
            return rule
    choices = [rule.code for rule in candidates] + [rule.name for rule in candidates]
    raise ConfigError(f"unknown rule '{key}'", path=where, fix=did_you_mean(key, choices))
