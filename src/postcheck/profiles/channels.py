"""Channels: how each network counts a post's length, its limits, fold, hashtags and links.

Channels are data: one TOML file per channel in the top-level ``rules/channels/`` folder, each
number with its source in a comment. Config can change any field of a built-in channel and
define new ones (``[channels.NAME]``, optionally ``extends = "mastodon"``).

Counting is public and returns the number the platform itself shows::

    >>> from postcheck import channels
    >>> channels.get("x").length("Hei https://kinda.fi 👍")
    30
    >>> channels.names()[:3]
    ['blog', 'bluesky', 'facebook']

Ways of counting (``counting`` in a channel file):

* ``twitter`` — twitter-text's weighted length (twitter-text-parser): text NFC-normalised, every
  URL 23, emoji sequences 2, CJK and other wide scripts 2.
* ``graphemes`` — user-perceived characters (Unicode extended grapheme clusters, UAX #29).
* ``mastodon`` — graphemes, with every http(s) URL counted as 23 and ``@user@domain`` as ``@user``.
* ``threads`` — characters, each emoji counted as its UTF-8 bytes (Threads API).
* ``utf8-bytes`` — UTF-8 bytes (YouTube descriptions); ``utf16`` — UTF-16 code units (TikTok).
* ``characters`` — Unicode code points.
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
import sys
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

import regex

from postcheck.core.errors import DependencyError, InputError, did_you_mean
from postcheck.core.resources import data_files, load_toml
from postcheck.core.schema import Fields, build

_GRAPHEME = regex.compile(r"\X")
_HTTP_URL = regex.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]'’”»]")
_REMOTE_MENTION = regex.compile(r"(?<![\w@])(@\w+)@[\w.-]+\.\w+")


def _twitter(text: str) -> int:
    """X's weighted length, segment by segment (weights add up across whitespace).

    twitter-text's URL patterns take super-linear time on long dotted runs ("1.1.1.…",
    "a.a.a.…"), so the text is measured per whitespace-separated segment (cached: ``fits``
    measures many prefixes), and in small pieces a long segment that cannot be one URL: one
    without letters, one with 30 dots or more (no domain or URL has so many), or one longer
    than any URL.
    """
    return sum(_segment(part) for part in _SEGMENTS.findall(text))


_SEGMENTS = regex.compile(r"\s+|\S+")
_PIECE = 64
#: A segment longer than this (without spaces) is no URL: browsers and X stop far below it.
_LONGEST_URL = 4096


#: A segment with this many dots is no domain or URL (they have a handful): a pathological run
#: ("1.1.1.…", "www.a0.www.a0.…") that twitter-text would measure in super-linear time.
_MOST_DOTS = 30


@functools.lru_cache(maxsize=20_000)
def _segment(part: str) -> int:
    dotted = part.count(".") >= _MOST_DOTS
    huge = len(part) > _LONGEST_URL  # no URL is this long: a run of text, measured in pieces
    if len(part) > _PIECE and (dotted or huge or not regex.search(r"\p{L}", part)):
        size = _PIECE // 4 if dotted else _PIECE  # a dotted run is slow even in 64 characters
        graphemes = _GRAPHEME.findall(part)  # never cut an emoji sequence in two
        pieces = ("".join(graphemes[i : i + size]) for i in range(0, len(graphemes), size))
        return sum(_piece(piece) for piece in pieces)
    return int(_parse_tweet()(part).weightedLength)


@functools.lru_cache(maxsize=20_000)
def _piece(piece: str) -> int:
    """Return the weighted length of a small piece of a long segment (pieces repeat)."""
    return int(_parse_tweet()(piece).weightedLength)


@functools.cache
def _parse_tweet() -> Callable[[str], Any]:
    """Return twitter-text's ``parse_tweet``, imported once.

    twitter-text reads its emoji table with ``pkg_resources``, which setuptools no longer ships
    (and new environments lack): when it is missing, the one call it needs is provided through
    :mod:`importlib.resources`.
    """
    if importlib.util.find_spec("pkg_resources") is None:
        sys.modules.setdefault("pkg_resources", _pkg_resources())
    try:
        from twitter_text import parse_tweet
    except ImportError as error:
        raise DependencyError(
            f"X's counter (twitter-text-parser) cannot be loaded ({error})",
            fix="reinstall postcheck: pip install --force-reinstall postcheck",
        ) from error
    return cast(Callable[[str], Any], parse_tweet)


def _pkg_resources() -> types.ModuleType:
    """Return a stand-in for the part of ``pkg_resources`` twitter-text uses."""

    def resource_string(module: str, name: str) -> bytes:
        spec = importlib.util.find_spec(module)
        package = module if spec and spec.submodule_search_locations else module.rpartition(".")[0]
        return importlib.resources.files(package).joinpath(name).read_bytes()

    stand_in = types.ModuleType("pkg_resources")
    stand_in.resource_string = resource_string  # type: ignore[attr-defined]
    return stand_in


#: Below this every character is a grapheme cluster of its own but CR LF: the marks, joiners
#: and selectors that extend a cluster (Unicode's UAX #29) all come after it.
_FIRST_EXTENDER = "\u0300"


@functools.lru_cache(maxsize=2)
def grapheme_bounds(text: str) -> tuple[int, ...]:
    """Return the offsets where ``text``'s grapheme clusters start and where the last one ends.

    Cached: a channel's limit, fold and recommended length all cut the same post.
    """
    if not text or max(text) < _FIRST_EXTENDER:
        if "\r\n" not in text:
            return tuple(range(len(text) + 1))
        return tuple(
            i
            for i in range(len(text) + 1)
            if not (0 < i < len(text) and text[i - 1 : i + 1] == "\r\n")
        )
    return (0, *(match.end() for match in _GRAPHEME.finditer(text)))


def _graphemes(text: str) -> int:
    return len(_GRAPHEME.findall(text))


def _mastodon(text: str) -> int:
    text = _HTTP_URL.sub("x" * 23, text)
    return _graphemes(_REMOTE_MENTION.sub(r"\1", text))


def _threads(text: str) -> int:
    import emoji  # only Threads counting needs it

    extra = sum(
        len(found["emoji"].encode("utf-8")) - len(found["emoji"])
        for found in emoji.emoji_list(text)
    )
    return len(text) + extra


#: Counting name → function(text) → the length the platform shows.
COUNTINGS: dict[str, Callable[[str], int]] = {
    "twitter": _twitter,
    "graphemes": _graphemes,
    "mastodon": _mastodon,
    "threads": _threads,
    "utf8-bytes": lambda text: len(text.encode("utf-8")),
    "utf16": lambda text: len(text.encode("utf-16-le")) // 2,
    "characters": len,
}


@dataclass(frozen=True)
class Channel:
    """A publishing channel's profile. Every field but ``name`` has a default."""

    name: str
    #: Other names the channel goes by in front matter and on the command line ("intranet").
    aliases: tuple[str, ...] = ()
    #: Human name ("LinkedIn").
    title: str = ""
    description: str = ""
    #: Whether the channel renders Markdown (blog, newsletter, wiki) or publishes text as typed.
    markdown: bool = False
    #: How length is counted: a key of :data:`COUNTINGS`.
    counting: str = "characters"
    #: Hard limit: a longer post cannot be published.
    limit: int | None = None
    #: Recommended length range [min, max].
    recommended: tuple[int, int] | None = None
    #: How much shows before "see more" (in the channel's counting).
    fold: int | None = None
    #: A second hard limit in UTF-8 bytes (Bluesky).
    max_bytes: int | None = None
    #: Most hashtags the channel allows or rewards, and the number it advises.
    hashtags_max: int | None = None
    hashtags_recommended: int | None = None
    #: Most @mentions and links in one post.
    mentions_max: int | None = None
    links_max: int | None = None
    #: Whether links in the post can be clicked, and what one URL counts.
    links_clickable: bool = True
    link_length: int | None = None
    #: Read mostly on phones: walls of text are hard to read.
    mobile_first: bool = False
    #: The front matter key of the title or subject, whether one is needed, and its limits.
    title_key: str = "title"
    title_required: bool = False
    title_limit: int | None = None
    title_recommended: int | None = None

    def length(self, text: str) -> int:
        """Return the length of ``text`` as this channel counts it."""
        return COUNTINGS[self.counting](text)

    def fits(self, text: str, limit: int) -> int:
        """Return the longest prefix of ``text`` (in characters) whose length is at most ``limit``.

        The cut falls between grapheme clusters, never inside an emoji.
        """
        bounds = grapheme_bounds(text)
        low, high = 0, len(bounds) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.length(text[: bounds[middle]]) <= limit:
                low = middle
            else:
                high = middle - 1
        return bounds[low]


_FIELDS: Fields = {
    "name": "str", "aliases": "strings", "title": "str", "description": "str", "title_key": "str",
    "markdown": "bool", "links_clickable": "bool", "mobile_first": "bool", "title_required": "bool",
    "counting": tuple(COUNTINGS), "recommended": "range",
    "limit": "int", "fold": "int", "max_bytes": "int", "hashtags_max": "int",
    "hashtags_recommended": "int", "mentions_max": "int", "links_max": "int", "link_length": "int",
    "title_limit": "int", "title_recommended": "int",
}  # fmt: skip


def channel_from(data: Mapping[str, Any], *, base: Channel | None = None, where: str) -> Channel:
    """Build a channel from a TOML table, over ``base`` when given; validate every field."""
    if base is None:
        data = {"title": data.get("name", ""), **data}
    return build(Channel, _FIELDS, data, base=base, where=where, what="channel")


@functools.cache
def builtin() -> dict[str, Channel]:
    """Return the built-in channels by name (from ``rules/channels/*.toml``)."""
    result = {}
    for path in data_files("channels"):
        channel = channel_from(load_toml(path), where=str(path))
        result[channel.name] = channel
    return result


@functools.cache
def by_name_or_alias() -> dict[str, Channel]:
    """Return the built-in channels by name and by each alias."""
    return {
        key: channel for channel in builtin().values() for key in (channel.name, *channel.aliases)
    }


def names() -> list[str]:
    """Return the names of the built-in channels, sorted."""
    return sorted(builtin())


def get(name: str, *, path: str | None = None) -> Channel:
    """Return the built-in channel ``name`` (or alias); an :class:`InputError` names the closest."""
    known = by_name_or_alias()
    if name not in known:
        raise InputError(f"unknown channel '{name}'", path=path, fix=did_you_mean(name, known))
    return known[name]
