"""Channels and audiences: the named profiles a draft is written for.

Both are data files in the top-level ``rules/`` folder (``rules/channels/*.toml`` and
``rules/audiences/*.toml``). A channel decides how the draft's body is read (Markdown or text
published as typed); an audience names the readers. Later rules read more fields of both.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from postcheck.errors import InputError, did_you_mean
from postcheck.resources import data_files, load_toml


@dataclass(frozen=True)
class Channel:
    """A publishing channel such as ``linkedin`` or ``blog``."""

    name: str
    title: str
    markdown: bool
    description: str = ""


@dataclass(frozen=True)
class Audience:
    """A target group such as ``kuluttajat`` (consumers) or ``asiantuntijat`` (experts)."""

    name: str
    lang: str
    address: str
    description: str = ""
    aliases: tuple[str, ...] = field(default=())


@functools.cache
def channels() -> dict[str, Channel]:
    """Return the built-in channels by name."""
    result = {}
    for path in data_files("channels"):
        data = load_toml(path)
        result[data["name"]] = Channel(
            name=data["name"],
            title=data["title"],
            markdown=bool(data["markdown"]),
            description=data.get("description", ""),
        )
    return result


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


def get_channel(name: str, *, path: str | None = None) -> Channel:
    """Return the channel called ``name`` or raise an :class:`InputError` naming the closest."""
    known = channels()
    if name not in known:
        raise InputError(f"unknown channel '{name}'", path=path, fix=did_you_mean(name, known))
    return known[name]


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
