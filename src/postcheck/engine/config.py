"""The team's shared rules: ``postcheck.toml`` or ``[tool.postcheck]`` in ``pyproject.toml``.

The file is looked for from the draft's folder upward; the first folder with a
``postcheck.toml``, or a ``pyproject.toml`` that has a ``[tool.postcheck]`` table, wins.
``--config PATH`` (or ``config=`` in the API) names one explicitly. Everything is validated: an
unknown key, rule, option or value is a :class:`~postcheck.core.errors.ConfigError` naming the file,
the key and what the value must be. ``postcheck init`` writes the commented template
(``postcheck/templates/postcheck.toml``), which is also the README's example: every key is there.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from postcheck.core.errors import ConfigError, InputError, did_you_mean
from postcheck.core.kinds import LANGUAGES, POST_TYPES, SEVERITIES
from postcheck.core.resources import load_toml
from postcheck.core.schema import Field, Fields, check_value, validate
from postcheck.document.draft import MAX_SIZE_MB
from postcheck.engine.ruleset import RuleSet, standard_rule_set
from postcheck.engine.scoring import ScoringSettings, default_scoring, scoring_from
from postcheck.profiles import channels as builtin_channels
from postcheck.profiles.audiences import Audience, audience_from, audiences
from postcheck.profiles.channels import Channel, channel_from
from postcheck.profiles.strategy import Strategy
from postcheck.profiles.vocabulary import TeamVocabulary
from postcheck.rules.base import Rule
from postcheck.rules.packs import load_pack, make_rule, parse_pack

CONFIG_FILE = "postcheck.toml"
RuleClass = type[Rule]
P = TypeVar("P")
_MESSAGE_LANGS = ("auto", "fi", "sv", "en")

#: The keys of a config file. ``channel`` and ``audience`` are checked against the channels and
#: audiences the config knows once its own are read.
CONFIG_FIELDS: Fields = {
    "channel": "str",
    "audience": "str",
    "lang": LANGUAGES,
    "type": POST_TYPES,
    "messages": _MESSAGE_LANGS,
    "min_score": Field("int", maximum=100),
    "exclude": "strings",
    "max_size_mb": Field("number", exclusive_minimum=True),
    "vocabulary": "section",
    "strategy": "section",
    "rules": "section",
    "channels": "section",
    "audiences": "section",
    "packs": "strings",
    "rule": "tables",
    "scoring": "section",
}
VOCABULARY_FIELDS: Fields = {"accept": "strings", "prefer": "table", "reject": "strings"}
STRATEGY_FIELDS: Fields = {"key_messages": "strings", "brands": "strings"}


@dataclass(frozen=True)
class RuleSettings:
    """How config changes one rule: on or off, its severity, its options."""

    enabled: bool = True
    severity: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


#: The settings of a rule config does not mention.
_UNCHANGED = RuleSettings()


@dataclass(frozen=True)
class Config:
    """Validated configuration. ``Config()`` is the default: every rule on, nothing preset."""

    path: str | None = None
    channel: str | None = None
    audience: str | None = None
    lang: str | None = None
    type: str | None = None
    messages: str = "auto"
    min_score: int = 0
    vocabulary: TeamVocabulary = field(default_factory=TeamVocabulary)
    strategy: Strategy = field(default_factory=Strategy)
    rules: dict[str, RuleSettings] = field(default_factory=dict)
    #: Channels changed or added by config, by name.
    channels: dict[str, Channel] = field(default_factory=dict)
    #: Audiences changed or added by config, by name.
    audiences: dict[str, Audience] = field(default_factory=dict)
    #: Every rule in force: the standard rules and the config's own rule packs (``packs`` files
    #: and ``[[rule]]`` tables).
    rule_set: RuleSet = field(default_factory=standard_rule_set)
    #: Files to leave out: gitignore-style patterns relative to the config file's folder.
    exclude: tuple[str, ...] = ()
    #: How findings and evidence become scores (``rules/scoring.toml`` with ``[scoring]``).
    scoring: ScoringSettings = field(default_factory=default_scoring)
    #: The largest draft to read, in megabytes.
    max_size_mb: float = MAX_SIZE_MB

    def excludes(self, path: str | Path) -> bool:
        """Tell whether the config's ``exclude`` patterns leave ``path`` out."""
        if not self.exclude:
            return False
        # abspath, not Path.absolute(): "../teamB/deep/a.md" must lose its ".." to be seen
        # under teamB's folder when the run starts in teamA.
        base = Path(os.path.abspath(Path(self.path).parent)) if self.path else Path.cwd()
        try:
            relative = Path(os.path.abspath(path)).relative_to(base).as_posix()
        except ValueError:
            return False
        import pathspec

        return bool(pathspec.GitIgnoreSpec.from_lines(self.exclude).match_file(relative))

    def settings(self, rule: RuleClass) -> RuleSettings:
        """Return the settings of ``rule`` (defaults when config does not mention it)."""
        return self.rules.get(rule.code, _UNCHANGED)

    def audience_profile(self, name: str, *, path: str | None = None) -> Audience:
        """Return audience ``name`` (or a built-in alias) as config has it."""
        if name in self.audiences:
            return self.audiences[name]
        known = audiences()
        if name in known:
            return self.audiences.get(known[name].name, known[name])
        choices = sorted({*known, *self.audiences})
        raise InputError(f"unknown audience '{name}'", path=path, fix=did_you_mean(name, choices))

    def channel_names(self) -> list[str]:
        """Return the names of every channel: built-in and configured."""
        return sorted({*builtin_channels.names(), *self.channels})

    def channel_profile(self, name: str, *, path: str | None = None) -> Channel:
        """Return channel ``name`` as config has it; an InputError names the closest one."""
        if name in self.channels:
            return self.channels[name]
        if name in builtin_channels.by_name_or_alias():
            return builtin_channels.get(name)
        raise InputError(
            f"unknown channel '{name}'", path=path, fix=did_you_mean(name, self.channel_names())
        )


def _rule_settings(key: str, value: Any, where: str | None, rule_set: RuleSet) -> RuleSettings:
    """Validate ``[rules]`` ``key = value``: on/off, a severity, or a table with the options."""
    rule = rule_set.find(key, where=where)
    label = f"rules.{key}"
    if value is False or value == "off":
        return RuleSettings(enabled=False)
    if value is True or value == "on":
        return RuleSettings()
    if isinstance(value, str):
        return RuleSettings(severity=check_value(value, (*SEVERITIES, "off", "on"), label, where))
    if not isinstance(value, Mapping):
        raise ConfigError(
            f"""'{label}' must be "off", "on", a severity or a table""",
            path=where,
            fix=f"valid severities: {', '.join(SEVERITIES)}",
        )
    fields: Fields = {"enabled": "bool", "severity": SEVERITIES, **rule.option_fields()}
    values = validate(value, fields, where=where, label=f"{label}.", unknown="option")
    enabled = values.pop("enabled", True)
    severity = values.pop("severity", None)
    return RuleSettings(enabled=enabled, severity=severity, options=values)


def _profiles(
    tables: Mapping[str, Any],
    where: str | None,
    section: str,
    builtin: Mapping[str, P],
    make: Callable[..., P],
) -> dict[str, P]:
    """Validate ``[channels.NAME]`` or ``[audiences.NAME]`` tables: changes and new profiles.

    A table changes the built-in profile of its name, or starts from the one it ``extends``.
    """
    result = {}
    for name, table in tables.items():
        label = f"{section}.{name}"
        if not isinstance(table, Mapping):
            raise ConfigError(f"'{label}' must be a table", path=where)
        base_name = check_value(table.get("extends", name), "str", f"{label}.extends", where)
        base = builtin.get(base_name)
        if "extends" in table and base is None:
            raise ConfigError(
                f"'{label}.extends' names an unknown {section[:-1]} '{base_name}'",
                path=where,
                fix=did_you_mean(base_name, builtin),
            )
        result[name] = make(
            {**table, "name": name}, base=base, where=f"{where or 'config'} [{label}]"
        )
    return result


def parse_config(data: Mapping[str, Any], *, where: str | None = None) -> Config:
    """Validate a configuration mapping (the contents of a config file) into a :class:`Config`."""
    values = validate(data, CONFIG_FIELDS, where=where)
    channels = _profiles(
        values.pop("channels", {}),
        where,
        "channels",
        builtin_channels.by_name_or_alias(),
        channel_from,
    )
    audience_profiles = _profiles(
        values.pop("audiences", {}), where, "audiences", audiences(), audience_from
    )
    known = {
        "channel": tuple(sorted({*builtin_channels.by_name_or_alias(), *channels})),
        "audience": tuple(sorted({*audiences(), *audience_profiles})),
    }
    for key, valid in known.items():
        if key in values:
            check_value(values[key], valid, key, where)
    vocabulary = validate(
        values.pop("vocabulary", {}), VOCABULARY_FIELDS, where=where, label="vocabulary."
    )
    strategy = validate(values.pop("strategy", {}), STRATEGY_FIELDS, where=where, label="strategy.")
    rule_set = _rule_set(values.pop("packs", ()), values.pop("rule", []), where)
    settings = {
        rule_set.find(key, where=where).code: _rule_settings(key, value, where, rule_set)
        for key, value in values.pop("rules", {}).items()
    }
    _check_patterns(values.get("exclude", ()), where)
    if "scoring" in values:
        values["scoring"] = scoring_from(values["scoring"], where=where, base=default_scoring())
        for key in values["scoring"].blockers - default_scoring().blockers:
            rule_set.find(key, where=where)
    return Config(
        path=where,
        vocabulary=TeamVocabulary(**vocabulary),
        strategy=Strategy(**strategy),
        rules=settings,
        rule_set=rule_set,
        channels=channels,
        audiences=audience_profiles,
        **values,
    )


def _check_patterns(patterns: tuple[str, ...], where: str | None) -> None:
    """Refuse an ``exclude`` pattern gitignore cannot read ("!" alone, "[z-a]")."""
    import re

    import pathspec

    for pattern in patterns:
        try:
            pathspec.GitIgnoreSpec.from_lines([pattern])
        except (ValueError, TypeError, re.error) as error:
            raise ConfigError(
                f"'exclude' pattern {pattern!r} is not valid: {error}",
                path=where,
                fix="write gitignore patterns such as 'arkisto/**'",
            ) from error


def _rule_set(packs: tuple[str, ...], tables: list[Any], where: str | None) -> RuleSet:
    """Build the rule set: the standard rules, the ``packs`` files' and the ``[[rule]]`` tables'."""
    folder = Path(where).parent if where else Path.cwd()
    entries = [entry for path in packs for entry in load_pack(folder / path)]
    entries += parse_pack({"rule": tables}, origin=where or "config")
    return RuleSet.with_packs((entry.origin, make_rule(entry)) for entry in entries)


def load_config(path: str | Path) -> Config:
    """Load and validate a config file: ``postcheck.toml`` or a ``pyproject.toml``."""
    file_path = Path(path)
    if not file_path.is_file():
        raise ConfigError("config file not found", path=str(path), fix="check the --config path")
    data: Any = load_toml(file_path)
    if file_path.name == "pyproject.toml":
        data = _tool_table(data)
        if not isinstance(data, dict):
            raise ConfigError(
                "no [tool.postcheck] table", path=str(path), fix="add one, or name postcheck.toml"
            )
    return parse_config(data, where=str(path))


def _tool_table(pyproject: dict[str, Any]) -> Any:
    """Return ``[tool.postcheck]`` of a pyproject.toml (None when missing or not a table)."""
    tool = pyproject.get("tool")
    return tool.get("postcheck") if isinstance(tool, dict) else None


@functools.lru_cache(maxsize=256)
def _find_config_file(folder: Path) -> Path | None:
    for candidate_folder in (folder, *folder.parents):
        candidate = candidate_folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = candidate_folder / "pyproject.toml"
        if pyproject.is_file() and isinstance(_tool_table(load_toml(pyproject)), dict):
            return pyproject
    return None


def find_config(draft_path: str | Path) -> Path | None:
    """Return the config file that applies to a draft: the nearest one from its folder upward."""
    path = Path(os.path.abspath(draft_path))  # "teamA/../teamB" must not search teamA
    return _find_config_file(path if path.is_dir() else path.parent)


@functools.lru_cache(maxsize=64)
def _load_cached(path: Path, stamp: tuple[int, int]) -> Config:
    """Load a config once per version of the file (``stamp``: its mtime and size)."""
    return load_config(path)


def cached_config(path: str | Path) -> Config:
    """Return the config in the file ``path``, read again only when the file has changed."""
    found = Path(path).absolute()
    try:
        status = found.stat()
    except OSError:
        return load_config(found)  # says in one line why it cannot be read
    return _load_cached(found, (status.st_mtime_ns, status.st_size))


def config_for(draft_path: str | Path) -> Config:
    """Return the validated config that applies to a draft (defaults when there is none).

    A config edited since it was last read (``postcheck vocab add``, an editor) is read again;
    one deleted meanwhile is looked for again. A config created meanwhile is found after
    :func:`forget_config_files` (``vocab add`` calls it).
    """
    found = find_config(draft_path)
    if found is not None:
        try:
            status = found.stat()
        except OSError:  # deleted since it was found: look again
            forget_config_files()
            found = find_config(draft_path)
            if found is None:
                return Config()
            status = found.stat()
        return _load_cached(found, (status.st_mtime_ns, status.st_size))
    return Config()


def forget_config_files() -> None:
    """Forget where config files were found (after one is created or deleted)."""
    _find_config_file.cache_clear()
