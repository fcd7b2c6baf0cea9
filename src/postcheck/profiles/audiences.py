"""Audiences, post types and languages: who a draft is for and what kind of post it is.

Audiences are data: ``rules/audiences/NAME.toml``, each with its readability targets (sentence
length, LIX and Wiio bands, passive tolerance), preferred form of address (sinä or te), whether
it expects formal written language, and its jargon list (base form → plainer word). Config changes
any field of a built-in audience and adds new ones (``[audiences.NAME]``, optionally with
``extends``). A draft without an audience is measured against :data:`GENERAL`.

An audience reads its own language (``lang``) and may read others: a ``[languages.sv]`` or
``[languages.en]`` table gives the fields that differ in that language (its jargon, its LIX
band). :meth:`Audience.reading` returns the audience as it reads a draft's language.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from postcheck.core.errors import ConfigError
from postcheck.core.kinds import LANGUAGES
from postcheck.core.resources import data_files, load_toml
from postcheck.core.schema import Fields, build, validate


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
    #: Readability targets. Wiio counts every word whose base form has four syllables or more,
    #: so Finnish compounds ("lohikeitto") raise it: good company posts reach 8–9 (the UD blogs,
    #: ordinary chat, 6.2). Each audience's target sits a little under the median of good posts
    #: for it, so such a post pays a point or two; a draft for no audience is measured against 8.
    sentence_max_words: int = 25
    long_word_letters: int = 22
    compound_parts_max: int = 4
    lix_max: float = 55.0
    wiio_max: float = 8.0
    #: Finite passives per 100 words tolerated.
    passives_max: float = 3.0
    #: Jargon the audience does not use: base form (or phrase) → plainer word, "" for none.
    jargon: Mapping[str, str] = field(default_factory=dict)
    #: The other languages the audience reads: language → the fields that differ in it.
    languages: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def reading(self, lang: str) -> Audience:
        """Return the audience as it reads a draft in ``lang``.

        A language it has a ``[languages.LANG]`` table for: the audience with that language's
        fields (also for its own language: an audience made Swedish by ``lang = "sv"`` over a
        built-in one reads with the Swedish table). Its own language otherwise: itself. Any other: the audience as it is, less its jargon
        list (the words of another language); PC608 says the languages differ.
        """
        if lang in self.languages:  # also its own language, when a team made it read Swedish
            return dataclasses.replace(self, **{"jargon": {}, **self.languages[lang], "lang": lang})
        if lang == self.lang:
            return self
        return dataclasses.replace(self, jargon={})


#: The targets for drafts that name no audience: general written Finnish, and the LIX bands of
#: general Swedish and English (calibrated on UD_Swedish-Talbanken, LIX 44 over its test set,
#: and UD_English-EWT web text, LIX 29).
GENERAL = Audience(
    name="",
    description="no audience given: general written language",
    languages={"sv": {"lix_max": 45.0}, "en": {"lix_max": 42.0}},
)

#: The fields a language's table may change.
_LANGUAGE_FIELDS: Fields = {
    "description": "str", "address": ("sinä", "te", "any"), "formal": "bool",
    "sentence_max_words": "int", "long_word_letters": "int", "compound_parts_max": "int",
    "lix_max": "number", "wiio_max": "number", "passives_max": "number", "jargon": "table",
}  # fmt: skip
_FIELDS: Fields = {
    "name": "str", "aliases": "strings", "lang": LANGUAGES, "languages": "section",
    **_LANGUAGE_FIELDS,
}  # fmt: skip


def audience_from(data: Mapping[str, Any], *, base: Audience | None = None, where: str) -> Audience:
    """Build an audience from a TOML table, over ``base`` when given; validate every field."""
    audience = build(Audience, _FIELDS, data, base=base, where=where, what="audience")
    if "languages" not in data:
        return audience
    languages = dict(base.languages) if base else {}
    for lang, table in audience.languages.items():
        if lang not in LANGUAGES:
            raise ConfigError(
                f"audience '{audience.name}': unknown language '{lang}' in [languages]",
                path=where,
                fix=f"use one of {', '.join(LANGUAGES)}",
            )
        if not isinstance(table, Mapping):
            raise ConfigError(
                f"audience '{audience.name}': languages.{lang} must be a table", path=where
            )
        values = validate(
            table,
            _LANGUAGE_FIELDS,
            where=where,
            label=f"languages.{lang}.",
            unknown="audience field",
        )
        languages[lang] = {**languages.get(lang, {}), **values}
    return dataclasses.replace(audience, languages=languages)


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
