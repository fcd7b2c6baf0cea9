"""Audiences, post types and languages: who a draft is for and what kind of post it is.

Audiences are data: ``rules/audiences/NAME.toml``, each with its readability targets (sentence
length, LIX and Wiio bands, passive tolerance), preferred form of address (sinä or te), whether
it expects formal written language, and its jargon list (base form → plainer word). Config changes
any field of a built-in audience and adds new ones (``[audiences.NAME]``, optionally with
``extends``). A draft without an audience is measured against :data:`GENERAL`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from postcheck.core.kinds import LANGUAGES
from postcheck.core.resources import data_files, load_toml
from postcheck.core.schema import Fields, build


@dataclass(frozen=True)
class Audience:
    """A target group and what it expects of a text."""

    name: str
    description: str = ""
    aliases: tuple[str, ...] = ()
    #: The audience's language.
    lang: str = "fi"
    #: Preferred form of address: "sinä", "te" or "any".
    address: str = "any"
    #: Expects formal written language (colloquial forms are a warning, not a hint).
    formal: bool = False
    #: Readability targets.
    sentence_max_words: int = 25
    long_word_letters: int = 22
    compound_parts_max: int = 4
    lix_max: float = 55.0
    wiio_max: float = 7.0
    #: Finite passives per 100 words tolerated.
    passives_max: float = 3.0
    #: Jargon the audience does not use: base form (or phrase) → plainer word, "" for none.
    jargon: Mapping[str, str] = field(default_factory=dict)


#: The targets for drafts that name no audience.
GENERAL = Audience(name="", description="no audience given: general written Finnish")

_FIELDS: Fields = {
    "name": "str", "description": "str", "aliases": "strings", "lang": LANGUAGES,
    "address": ("sinä", "te", "any"), "formal": "bool", "sentence_max_words": "int",
    "long_word_letters": "int", "compound_parts_max": "int", "lix_max": "number",
    "wiio_max": "number", "passives_max": "number", "jargon": "table",
}  # fmt: skip


def audience_from(data: Mapping[str, Any], *, base: Audience | None = None, where: str) -> Audience:
    """Build an audience from a TOML table, over ``base`` when given; validate every field."""
    return build(Audience, _FIELDS, data, base=base, where=where, what="audience")


@functools.cache
def builtin_audiences() -> dict[str, Audience]:
    """Return the built-in audiences by name."""
    result = {}
    for path in data_files("audiences"):
        audience = audience_from(load_toml(path), where=str(path))
        result[audience.name] = audience
    return result


@functools.cache
def audiences() -> dict[str, Audience]:
    """Return the built-in audiences by name and by each alias."""
    return {
        key: audience
        for audience in builtin_audiences().values()
        for key in (audience.name, *audience.aliases)
    }


def audience_names() -> list[str]:
    """Return the names of the built-in audiences (without aliases), sorted."""
    return sorted(builtin_audiences())
