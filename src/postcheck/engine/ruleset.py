"""The rule set: every rule in force for one config, from one registry.

A :class:`RuleSet` holds the built-in rules (each rule module's ``RULES``), the shipped rule
packs' (``rules/common``, ``rules/fi``, ``rules/en``), the plugins' and the config's own packs. The
engine runs it; ``postcheck rules``, ``postcheck explain``, suppression comments and SARIF read
it, so a rule a team defines in its ``postcheck.toml`` is known everywhere.

Third-party packages add rules through the entry-point group ``postcheck.rules``; each entry
point names a :class:`~postcheck.rules.base.Rule` subclass (or a list of them)::

    [project.entry-points."postcheck.rules"]
    my-rules = "my_package.rules:MyRule"

Codes and names must be unique; a plugin that reuses one, or is not a rule, is refused with a
:class:`~postcheck.core.errors.ConfigError` naming the entry point.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from postcheck.core.errors import ConfigError, closest
from postcheck.core.kinds import CRITERIA, SEVERITIES
from postcheck.rules import (
    audience,
    channel,
    crisis,
    file,
    grammar,
    informative,
    interesting,
    readable,
    spelling,
    strategy,
    typography,
)
from postcheck.rules.base import CODE, NAME, Rule
from postcheck.rules.packs import builtin_pack_rules

#: The modules of the built-in rules; each lists its rules in ``RULES``.
RULE_MODULES = (
    file,
    spelling,
    grammar,
    typography,
    readable,
    channel,
    interesting,
    informative,
    audience,
    strategy,
    crisis,
)

#: The built-in rules, in code order.
BUILTIN_RULES: tuple[type[Rule], ...] = tuple(
    sorted((rule for module in RULE_MODULES for rule in module.RULES), key=lambda rule: rule.code)
)

ENTRY_POINT_GROUP = "postcheck.rules"


def validate_rule(rule: object, origin: str) -> type[Rule]:
    """Check that ``rule`` is a well-formed Rule subclass; raise ConfigError naming ``origin``."""
    if not (isinstance(rule, type) and issubclass(rule, Rule)):
        raise ConfigError(f"rule plugin '{origin}' is not a postcheck Rule subclass")
    problems = []
    if not CODE.fullmatch(getattr(rule, "code", "")):
        problems.append("code must look like ABC123")
    if not NAME.fullmatch(getattr(rule, "name", "")):
        problems.append("name must be lowercase words joined by '-'")
    if getattr(rule, "criterion", None) not in CRITERIA:
        problems.append(f"criterion must be one of {', '.join(CRITERIA)}")
    if rule.severity not in SEVERITIES:
        problems.append(f"severity must be one of {', '.join(SEVERITIES)}")
    if not rule.manual():
        problems.append("it needs a docstring (its manual)")
    earns = getattr(rule, "earns", 0)
    if not isinstance(earns, int | float) or isinstance(earns, bool) or not 0 <= earns <= 100:
        problems.append("earns must be points from 0 to 100")
    if problems:
        raise ConfigError(f"rule plugin '{origin}' is invalid: {'; '.join(problems)}")
    return rule


def _plugin_rules() -> Iterator[tuple[str, type[Rule]]]:
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        origin = f"{entry_point.name} = {entry_point.value}"
        try:
            loaded = entry_point.load()
        except Exception as error:
            raise ConfigError(f"rule plugin '{origin}' failed to load: {error}") from error
        for rule in loaded if isinstance(loaded, list | tuple) else [loaded]:
            yield origin, validate_rule(rule, origin)


def add_unique(
    rules: Iterable[type[Rule]], extra: Iterable[tuple[str, type[Rule]]], what: str
) -> tuple[type[Rule], ...]:
    """Return ``rules`` and then ``extra`` (origin, rule); a reused code or name is a ConfigError."""
    result = list(rules)
    taken = {rule.code for rule in result} | {rule.name for rule in result}
    for origin, rule in extra:
        for key in (rule.code, rule.name):
            if key in taken:
                raise ConfigError(
                    f"{what} rule {rule.name} ({rule.code}) reuses the code or name '{key}'",
                    path=origin,
                    fix="give it a code and a name of its own",
                )
            taken.add(key)
        result.append(rule)
    return tuple(result)


@functools.cache
def standard_rules() -> tuple[type[Rule], ...]:
    """Return the rules every config starts from: built-in, shipped packs' and plugins'."""
    packs = [(rule.entry.origin, rule) for rule in builtin_pack_rules()]
    rules = add_unique(BUILTIN_RULES, packs, "rule pack")
    return add_unique(rules, _plugin_rules(), "rule plugin")


@dataclass(frozen=True)
class RuleSet:
    """Every rule in force for one config: the standard rules and the config's own packs."""

    rules: tuple[type[Rule], ...]
    #: Every code and name (codes upper case) → the rule's code.
    codes: dict[str, str] = field(init=False, repr=False, compare=False)
    _by_code: dict[str, type[Rule]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_code = {rule.code: rule for rule in self.rules}
        codes = {rule.code: rule.code for rule in self.rules}
        codes.update({rule.name: rule.code for rule in self.rules})
        object.__setattr__(self, "_by_code", by_code)
        object.__setattr__(self, "codes", codes)

    @classmethod
    def with_packs(cls, pack_rules: Iterable[tuple[str, type[Rule]]]) -> RuleSet:
        """Return the standard rules plus ``pack_rules`` (origin, rule), each code unique."""
        extra = list(pack_rules)
        if not extra:
            return standard_rule_set()
        return cls(add_unique(standard_rules(), extra, "rule pack"))

    def __iter__(self) -> Iterator[type[Rule]]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def keys(self) -> frozenset[str]:
        """Return every code and name (for suppression comments)."""
        return frozenset(self.codes)

    def code_of(self, key: str) -> str | None:
        """Return the code of the rule whose code (any case) or name is ``key``, or None."""
        return self.codes.get(key.upper()) or self.codes.get(key)

    def get(self, code: str) -> type[Rule] | None:
        """Return the rule with this code, or None."""
        return self._by_code.get(code)

    def find(self, key: str, *, where: str | None = None) -> type[Rule]:
        """Return the rule whose code (any case) or name is ``key``; ConfigError when none is."""
        code = self.code_of(key)
        if code is None:
            match = closest(key, self.codes)
            hint = f"did you mean '{match}'? " if match else ""
            raise ConfigError(
                f"unknown rule '{key}'", path=where, fix=f"{hint}(postcheck rules lists them all)"
            )
        return self._by_code[code]


@functools.cache
def standard_rule_set() -> RuleSet:
    """Return the rule set of a config without packs of its own (made once a process)."""
    return RuleSet(standard_rules())


#: Where each shipped rule's manual is published (``docs/rules.md`` of the repository).
MANUAL_URL = "https://github.com/postcheck/postcheck/blob/main/docs/rules.md"


def manual_url(rule: type[Rule]) -> str | None:
    """Return the address of a shipped rule's manual; None for a team's or a plugin's rule."""
    shipped = {*(r.code for r in BUILTIN_RULES), *(r.code for r in builtin_pack_rules())}
    return f"{MANUAL_URL}#{rule.code.lower()}-{rule.name}" if rule.code in shipped else None
