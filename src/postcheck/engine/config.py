"""The team's shared rules: ``postcheck.toml`` or ``[tool.postcheck]`` in ``pyproject.toml``.

The file is looked for from the draft's folder upward; the first folder with a
``postcheck.toml``, or a ``pyproject.toml`` that has a ``[tool.postcheck]`` table, wins.
``--config PATH`` (or ``config=`` in the API) names one explicitly. Everything is validated: an
unknown key, rule, option or value is a :class:`~postcheck.core.errors.ConfigError` naming the file,
the key and the valid choices. Example::

    channel = "linkedin"          # default channel for drafts that name none
    audience = "b2b"              # default audience
    lang = "fi"                   # skip language detection
    messages = "fi"               # language of findings: "auto" (the draft's), "fi" or "en"
    min_score = 70                # fail drafts whose overall score is lower
    exclude = ["arkisto/**"]      # files to leave out (gitignore patterns, from this folder)
    max_size_mb = 5               # refuse drafts larger than this (megabytes)

    [vocabulary]
    accept = ["Kinda", "AINO15"]  # names and terms to accept (capitals: exact spelling only)
    prefer = { "loppukäyttäjä" = "asiakas" }   # avoided word = the word to use instead
    reject = ["halpa"]            # words never to use

    [strategy]
    key_messages = ["vastuullisuus", "kotimainen"]   # every draft should touch one
    brands = ["Kinda", "LinkedIn"]                   # written exactly so

    [rules]
    colloquial = "off"            # switch a rule off (by name or code) …
    PC117 = "warning"             # … or change its severity

    [rules.spelling]              # or give a table: enabled, severity and the rule's options
    suggestions = 3

    [channels.mastodon]           # change any field of a built-in channel …
    limit = 1000

    [channels.intra]              # … or add a channel, from scratch or from a built-in one
    extends = "wiki"
    title = "Kinda intranet"

    [audiences.b2b]               # audiences too: targets, form of address, jargon
    lix_max = 50
    jargon = { synergia = "yhteistyö" }
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from postcheck.core.errors import ConfigError, InputError, did_you_mean
from postcheck.core.kinds import LANGUAGES, POST_TYPES, SEVERITIES
from postcheck.core.resources import load_toml
from postcheck.document.draft import MAX_SIZE_MB
from postcheck.engine.ruleset import RuleSet
from postcheck.profiles import channels as builtin_channels
from postcheck.profiles.audiences import Audience, audience_from, audiences, builtin_audiences
from postcheck.profiles.channels import Channel, channel_from
from postcheck.profiles.strategy import Strategy
from postcheck.rules.base import Rule
from postcheck.rules.packs import load_pack, make_rule, parse_pack

CONFIG_FILE = "postcheck.toml"
RuleClass = type[Rule]
_TOP_KEYS = (
    "channel", "audience", "lang", "type", "messages", "min_score", "vocabulary", "rules",
    "channels", "audiences", "rule", "packs", "strategy", "exclude", "max_size_mb",
)  # fmt: skip
_MESSAGE_LANGS = ("auto", "fi", "en")


@dataclass(frozen=True)
class RuleSettings:
    """How config changes one rule: on or off, its severity, its options."""

    enabled: bool = True
    severity: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


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
    accept: tuple[str, ...] = ()
    strategy: Strategy = field(default_factory=Strategy)
    rules: dict[str, RuleSettings] = field(default_factory=dict)
    #: Channels changed or added by config, by name.
    channels: dict[str, Channel] = field(default_factory=dict)
    #: Audiences changed or added by config, by name.
    audiences: dict[str, Audience] = field(default_factory=dict)
    #: Every rule in force: the standard rules and the config's own rule packs (``packs`` files
    #: and ``[[rule]]`` tables).
    rule_set: RuleSet = field(default_factory=lambda: RuleSet.with_packs(()))
    #: Files to leave out: gitignore-style patterns relative to the config file's folder.
    exclude: tuple[str, ...] = ()
    #: The largest draft to read, in megabytes.
    max_size_mb: float = MAX_SIZE_MB

    def excludes(self, path: str | Path) -> bool:
        """Tell whether the config's ``exclude`` patterns leave ``path`` out."""
        if not self.exclude:
            return False
        base = Path(self.path).parent.absolute() if self.path else Path.cwd()
        try:
            relative = Path(path).absolute().relative_to(base).as_posix()
        except ValueError:
            return False
        import pathspec

        return bool(pathspec.GitIgnoreSpec.from_lines(self.exclude).match_file(relative))

    def settings(self, rule: RuleClass) -> RuleSettings:
        """Return the settings of ``rule`` (defaults when config does not mention it)."""
        return self.rules.get(rule.code, RuleSettings())

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
        if name in builtin_channels.builtin():
            return builtin_channels.get(name)
        raise InputError(
            f"unknown channel '{name}'", path=path, fix=did_you_mean(name, self.channel_names())
        )


def _choice(value: Any, key: str, valid: tuple[str, ...], where: str | None) -> str:
    if not isinstance(value, str) or value not in valid:
        raise ConfigError(
            f"'{key}' = {value!r} is not valid", path=where, fix=did_you_mean(str(value), valid)
        )
    return value


def _rule_settings(
    key: str, value: Any, where: str | None, rule_set: RuleSet
) -> tuple[str, RuleSettings]:
    rule = rule_set.find(key, where=where)
    label = f"rules.{key}"
    if value is False or value == "off":
        return rule.code, RuleSettings(enabled=False)
    if value is True or value == "on":
        return rule.code, RuleSettings()
    if isinstance(value, str):
        return rule.code, RuleSettings(
            severity=_choice(value, label, (*SEVERITIES, "off", "on"), where)
        )
    if not isinstance(value, Mapping):
        raise ConfigError(
            f'\'{label}\' must be "off", "on", a severity or a table',
            path=where,
            fix=f"valid severities: {', '.join(SEVERITIES)}",
        )
    enabled = value.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"'{label}.enabled' must be true or false", path=where)
    severity = value.get("severity")
    if severity is not None:
        severity = _choice(severity, f"{label}.severity", SEVERITIES, where)
    options: dict[str, Any] = {}
    for name, option in value.items():
        if name in ("enabled", "severity"):
            continue
        if name not in rule.options:
            valid = ("enabled", "severity", *rule.options)
            raise ConfigError(
                f"rule {rule.code} ({rule.name}) has no option '{name}'",
                path=where,
                fix=did_you_mean(name, valid),
            )
        default = rule.options[name]
        if type(option) is not type(default):
            raise ConfigError(
                f"'{label}.{name}' must be {type(default).__name__}, like the default {default!r}",
                path=where,
            )
        options[name] = option
    return rule.code, RuleSettings(enabled=enabled, severity=severity, options=options)


def _table(
    data: Mapping[str, Any], name: str, keys: tuple[str, ...], where: str | None
) -> Mapping[str, Any]:
    """Return the table ``name`` of the config, checking its keys."""
    table = data.get(name, {})
    if not isinstance(table, Mapping):
        raise ConfigError(f"'{name}' must be a table", path=where, fix=f"write [{name}]")
    for key in table:
        if key not in keys:
            raise ConfigError(
                f"unknown key '{name}.{key}'", path=where, fix=did_you_mean(key, keys)
            )
    return table


def _words(table: Mapping[str, Any], label: str, where: str | None) -> list[str]:
    """Return a list of words from a config table, or raise a ConfigError."""
    words = table.get(label.rsplit(".", 1)[1], [])
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise ConfigError(f"'{label}' must be a list of words", path=where)
    return words


def _audiences(tables: Any, where: str | None) -> dict[str, Audience]:
    """Validate ``[audiences.NAME]`` tables: changes to built-in audiences and new audiences."""
    if not isinstance(tables, Mapping):
        raise ConfigError(
            "'audiences' must be a table of audiences", path=where, fix="[audiences.b2b]"
        )
    result = {}
    for name, table in tables.items():
        if not isinstance(table, Mapping):
            raise ConfigError(f"'audiences.{name}' must be a table", path=where)
        base_name = table.get("extends", name)
        base = audiences().get(base_name)
        if "extends" in table and base is None:
            raise ConfigError(
                f"'audiences.{name}.extends' names an unknown audience '{base_name}'",
                path=where,
                fix=did_you_mean(str(base_name), builtin_audiences()),
            )
        label = f"{where or 'config'} [audiences.{name}]"
        result[name] = audience_from({**table, "name": name}, base=base, where=label)
    return result


def _channels(tables: Any, where: str | None) -> dict[str, Channel]:
    """Validate ``[channels.NAME]`` tables: changes to built-in channels and new channels."""
    if not isinstance(tables, Mapping):
        raise ConfigError("'channels' must be a table of channels", path=where, fix="[channels.x]")
    result = {}
    for name, table in tables.items():
        label = f"{where or 'config'} [channels.{name}]"
        if not isinstance(table, Mapping):
            raise ConfigError(f"'channels.{name}' must be a table", path=where)
        base_name = table.get("extends", name)
        base = builtin_channels.builtin().get(base_name)
        if "extends" in table and base is None:
            raise ConfigError(
                f"'channels.{name}.extends' names an unknown channel '{base_name}'",
                path=where,
                fix=did_you_mean(str(base_name), builtin_channels.names()),
            )
        channel = channel_from({**table, "name": name}, base=base, where=label)
        result[name] = channel
    return result


def parse_config(data: Mapping[str, Any], *, where: str | None = None) -> Config:
    """Validate a configuration mapping (the contents of a config file) into a :class:`Config`."""
    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(f"unknown key '{key}'", path=where, fix=did_you_mean(key, _TOP_KEYS))
    values: dict[str, Any] = {
        "channels": _channels(data.get("channels", {}), where),
        "audiences": _audiences(data.get("audiences", {}), where),
    }
    choices = {
        "channel": tuple(sorted({*builtin_channels.names(), *values["channels"]})),
        "audience": tuple(sorted({*audiences(), *values["audiences"]})),
        "lang": LANGUAGES,
        "type": POST_TYPES,
        "messages": _MESSAGE_LANGS,
    }
    for key, valid in choices.items():
        if key in data:
            values[key] = _choice(data[key], key, valid, where)
    if "min_score" in data:
        score = data["min_score"]
        if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 100:
            raise ConfigError(f"'min_score' = {score!r} must be a whole number 0–100", path=where)
        values["min_score"] = score
    vocabulary = _table(data, "vocabulary", ("accept", "prefer", "reject"), where)
    strategy_table = _table(data, "strategy", ("key_messages", "brands"), where)
    accept = _words(vocabulary, "vocabulary.accept", where)
    prefer = vocabulary.get("prefer", {})
    if not isinstance(prefer, Mapping) or not all(isinstance(v, str) for v in prefer.values()):
        raise ConfigError(
            "'vocabulary.prefer' must be a table of avoided = preferred words",
            path=where,
            fix='write prefer = { "loppukäyttäjä" = "asiakas" }',
        )
    values["strategy"] = Strategy(
        key_messages=tuple(_words(strategy_table, "strategy.key_messages", where)),
        brands=tuple(_words(strategy_table, "strategy.brands", where)),
        prefer=dict(prefer),
        reject=tuple(_words(vocabulary, "vocabulary.reject", where)),
    )
    rules = data.get("rules", {})
    if not isinstance(rules, Mapping):
        raise ConfigError("'rules' must be a table", path=where, fix="write [rules]")
    values["exclude"] = tuple(_words(data, "config.exclude", where))
    if "max_size_mb" in data:
        size = data["max_size_mb"]
        if not isinstance(size, int | float) or isinstance(size, bool) or size <= 0:
            raise ConfigError(
                f"'max_size_mb' = {size!r} must be a number of megabytes > 0", path=where
            )
        values["max_size_mb"] = float(size)
    rule_set = _rule_set(data, where)
    settings = dict(_rule_settings(key, value, where, rule_set) for key, value in rules.items())
    return Config(path=where, accept=tuple(accept), rules=settings, rule_set=rule_set, **values)


def _rule_set(data: Mapping[str, Any], where: str | None) -> RuleSet:
    """Build the rule set: the standard rules, the ``packs`` files' and the ``[[rule]]`` tables'."""
    origin = where or "config"
    packs = data.get("packs", [])
    if not isinstance(packs, list) or not all(isinstance(path, str) for path in packs):
        raise ConfigError("'packs' must be a list of file paths", path=where)
    folder = Path(where).parent if where else Path.cwd()
    entries = [entry for path in packs for entry in load_pack(folder / path)]
    entries += parse_pack({"rule": data.get("rule", [])}, origin=origin)
    return RuleSet.with_packs((entry.origin, make_rule(entry)) for entry in entries)


def load_config(path: str | Path) -> Config:
    """Load and validate a config file: ``postcheck.toml`` or a ``pyproject.toml``."""
    file_path = Path(path)
    if not file_path.is_file():
        raise ConfigError("config file not found", path=str(path), fix="check the --config path")
    data = load_toml(file_path)
    if file_path.name == "pyproject.toml":
        data = data.get("tool", {}).get("postcheck", {})
    return parse_config(data, where=str(path))


@functools.lru_cache(maxsize=256)
def _find_config_file(folder: Path) -> Path | None:
    for candidate_folder in (folder, *folder.parents):
        candidate = candidate_folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = candidate_folder / "pyproject.toml"
        if pyproject.is_file() and "postcheck" in load_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def find_config(draft_path: str | Path) -> Path | None:
    """Return the config file that applies to a draft: the nearest one from its folder upward."""
    path = Path(draft_path).absolute()
    return _find_config_file(path if path.is_dir() else path.parent)


@functools.lru_cache(maxsize=64)
def _load_cached(path: Path) -> Config:
    return load_config(path)


def config_for(draft_path: str | Path) -> Config:
    """Return the validated config that applies to a draft (defaults when there is none)."""
    found = find_config(draft_path)
    return _load_cached(found) if found else Config()
