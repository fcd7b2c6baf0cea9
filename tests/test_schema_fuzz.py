"""Generated bad input for everything a team writes: config, rule packs, front matter.

The strategies know the schema (core.schema Fields of the config, packs, channels, audiences):
each key gets a value that is right for its kind, or one that is wrong in a typical way (the
wrong type, NaN, a huge or negative number, a nested table). Whatever comes, the answer is a
Config (or a report) or one ConfigError/InputError line: never another exception.
"""

from __future__ import annotations

import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postcheck import check
from postcheck.core.errors import PostcheckError
from postcheck.core.schema import Field, Fields
from postcheck.engine.config import CONFIG_FIELDS, VOCABULARY_FIELDS, parse_config
from postcheck.profiles import audiences, channels
from postcheck.rules.packs import ENTRY_FIELDS, parse_pack

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SCALARS = st.one_of(
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
)
#: Text that looks like what a user types into a message, a pattern or a glob, wrongly.
TRICKY = st.sampled_from(
    ["{match:d}", "{count!r}", "{match", "{min:>99999999}", "[z-a]", "!", "**/[", "\\", "(a|aa)+$",
     "{match}", "%", "{{", "}"]
)  # fmt: skip
JUNK = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def right_value(kind: Any) -> st.SearchStrategy[Any]:
    """Return values a field of this kind accepts (mostly)."""
    if isinstance(kind, tuple):
        return st.sampled_from(kind)
    return {
        "int": st.integers(min_value=-5, max_value=500),
        "number": st.floats(min_value=-5, max_value=500, allow_nan=False),
        "bool": st.booleans(),
        "str": st.one_of(st.text(max_size=20), TRICKY),
        "range": st.lists(st.integers(min_value=0, max_value=400), min_size=2, max_size=2),
        "strings": st.lists(st.one_of(st.text(max_size=10), TRICKY), max_size=3),
        "words": st.lists(st.one_of(st.text(min_size=1, max_size=10), TRICKY), max_size=3),
        "table": st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=3),
        "tables": st.lists(st.dictionaries(st.text(max_size=6), SCALARS, max_size=3), max_size=2),
        "section": st.dictionaries(st.text(max_size=6), SCALARS, max_size=3),
        "any": JUNK,
    }[kind]


def table_of(fields: Fields, extra: dict[str, st.SearchStrategy[Any]] | None = None) -> Any:
    """Return tables whose keys come from ``fields`` (and a stray one), each right or wrong."""
    values = {}
    for key, field in fields.items():
        kind = field.kind if isinstance(field, Field) else field
        values[key] = st.one_of(right_value(kind), JUNK)
    values.update(extra or {})
    keys = st.lists(st.sampled_from([*values, "tuntematon"]), max_size=6, unique=True)
    return keys.flatmap(
        lambda chosen: st.fixed_dictionaries({key: values.get(key, JUNK) for key in chosen})
    )


CHANNEL_TABLES = st.dictionaries(
    st.sampled_from(["x", "linkedin", "oma"]), table_of(channels._FIELDS), max_size=2
)
AUDIENCE_TABLES = st.dictionaries(
    st.sampled_from(["b2b", "selko", "oma"]),
    table_of(
        audiences._FIELDS,
        {"languages": st.dictionaries(st.sampled_from(["sv", "en", "de"]),
                                      table_of(audiences._LANGUAGE_FIELDS), max_size=2)},
    ),
    max_size=2,
)  # fmt: skip
RULE_TABLES = st.dictionaries(
    st.sampled_from(["spelling", "PC301", "long-sentence", "hashtags", "nope"]),
    st.one_of(st.sampled_from(["off", "error", "warning", "info", "loud"]), JUNK),
    max_size=3,
)
CONFIGS = table_of(
    CONFIG_FIELDS,
    {
        "vocabulary": table_of(VOCABULARY_FIELDS),
        "channels": CHANNEL_TABLES,
        "audiences": AUDIENCE_TABLES,
        "rules": RULE_TABLES,
        "rule": st.lists(table_of(ENTRY_FIELDS), max_size=2),
        "packs": st.just([]),  # packs name files; pack tables come in "rule"
    },
)


@FUZZ
@given(CONFIGS)
def test_any_config_is_a_config_or_one_config_error(data):
    try:
        config = parse_config(data, where="postcheck.toml")
    except PostcheckError as error:
        assert "\n" not in str(error)
    else:
        assert not math.isnan(config.max_size_mb)


@FUZZ
@given(st.lists(table_of(ENTRY_FIELDS), min_size=1, max_size=2))
def test_any_pack_is_rules_or_one_config_error(entries):
    try:
        parse_pack({"rule": entries}, origin="pack.toml")
    except PostcheckError as error:
        assert "\n" not in str(error)


FRONT_VALUES = st.one_of(
    st.sampled_from(["x", "linkedin", "fi", "sv", "en", "crisis", "b2b", "[a, b]", "{a: 1}"]),
    st.integers(), st.floats(allow_nan=False).map(str), st.text(max_size=12).map(repr),
    st.just("2024-13-45"), st.just("!!float x"), st.just("*anchor"),
    st.sampled_from(["!!bool maybe", "!!timestamp x", "!!int x", "!!binary x", "!!set {a}",
                     "!!omap [a]", "!!python/name:os.system", "!!str", "!!null x", "!!seq x"]),
)  # fmt: skip
FRONT_KEYS = st.sampled_from(
    ["channel", "audience", "lang", "type", "vocab", "title", "slug", "draft", "postcheck", "x"]
)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(FRONT_KEYS, FRONT_VALUES, max_size=4))
def test_any_front_matter_is_a_report_or_one_input_error(front):
    lines = "".join(f"{key}: {value}\n" for key, value in front.items())
    text = f"---\n{lines}---\nUusi palvelumme auttaa asiakkaita joka päivä.\n"
    try:
        report = check(text, path="a.md")
    except PostcheckError as error:
        assert "\n" not in str(error)
    else:
        assert report.score is None or 0 <= report.score <= 100


def test_a_pack_rule_named_with_a_line_break_is_still_one_line():
    try:
        parse_pack({"rule": [{"name": "\n"}]}, origin="pack.toml")
    except PostcheckError as error:
        assert str(error).startswith("pack.toml: rule ''\\n''")
        assert "\n" not in str(error)
    else:
        raise AssertionError("a rule without a code was accepted")
