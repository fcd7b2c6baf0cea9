"""Audiences, post types and languages: who a draft is for and what kind of post it is.

Audiences are data files in the top-level ``rules/audiences/`` folder; channels have their own
module, :mod:`postcheck.channels`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from postcheck.errors import InputError, did_you_mean
from postcheck.resources import data_files, load_toml


@dataclass(frozen=True)
class Audience:
    """A target group such as ``kuluttajat`` (consumers) or ``asiantuntijat`` (experts)."""

    name: str
    lang: str
    address: str
    description: str = ""
    aliases: tuple[str, ...] = field(default=())


@functools.cache
def audiences() -> dict[str, Audience]:
    """Return the built-in audiences by name and by each alias."""
    result = {}
    for path in data_files("audiences"):
        data = load_toml(path)
        audience = Audience(
            name=data["name"],
            lang=data["lang"],
            address=data["address"],
            description=data.get("description", ""),
            aliases=tuple(data.get("aliases", ())),
        )
        for key in (audience.name, *audience.aliases):
            result[key] = audience
    return result


def get_audience(name: str, *, path: str | None = None) -> Audience:
    """Return the audience called ``name`` (or an alias) or raise an :class:`InputError`."""
    known = audiences()
    if name not in known:
        raise InputError(f"unknown audience '{name}'", path=path, fix=did_you_mean(name, known))
    return known[name]


#: Post types a draft may declare in its front matter (``type: event``).
POST_TYPES = ("post", "article", "announcement", "event", "job", "crisis", "sponsored")

#: Languages postcheck analyses.
LANGUAGES = ("fi", "en")
