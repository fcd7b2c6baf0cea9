"""Front matter at the top of a draft: YAML between ``---`` lines, or TOML between ``+++``.

Front matter says what the draft is for (``channel``, ``audience``, ``lang``, ``type``) and
carries extras such as ``title``, ``images`` and ``vocab`` (words to accept in this draft).
Malformed YAML or TOML, or a value of the wrong kind, is an
:class:`~postcheck.core.errors.InputError` naming the line; an unknown key is not an error but
becomes a warning that names the closest known key.

Front matter is shared with static-site generators (Hugo, Jekyll, Eleventy, Astro,
Docusaurus): their keys are known, and a key both use (``type``, ``lang``) with a value
postcheck does not know is the generator's, reported as a warning. postcheck's own settings can
live in a ``postcheck:`` table, which wins over the top level. YAML anchors and aliases (never
needed in front matter, and a way to make a few bytes expand into gigabytes) and nesting deeper
than :data:`MAX_DEPTH` are refused.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import regex

from postcheck.core.errors import InputError, closest, did_you_mean
from postcheck.core.kinds import LANGUAGES, POST_TYPES
from postcheck.core.schema import show

#: Keys postcheck reads from front matter, with what each holds.
KNOWN_KEYS: dict[str, str] = {
    "channel": "the channel the draft is written for (linkedin, blog …), or a list of them",
    "audience": "the target group (kuluttajat, b2b, asiantuntijat, sisainen, selko)",
    "lang": "the draft's language: fi, sv or en",
    "type": "the kind of post: " + ", ".join(POST_TYPES),
    "title": "the title or headline",
    "subject": "the e-mail subject of a newsletter",
    "description": "a summary or meta description",
    "vocab": "words to accept in this draft (names, brands, new terms)",
    "images": "the post's images: a list of {src, alt}",
    "author": "who signs the post",
    "date": "the planned publishing date",
    "tags": "the post's tags or categories",
    "postcheck": "postcheck's own settings, when the site generator uses the same keys",
}
#: Keys of static-site generators (Hugo, Jekyll, Eleventy, Astro, Docusaurus): known, not read.
#: Compared in lowercase (Hugo's keys ignore case: ``lastMod`` is ``lastmod``).
SITE_KEYS = frozenset(
    key.lower()
    for key in (
        # Hugo
        "aliases", "audio", "build", "cascade", "date", "description", "draft", "expiryDate",
        "headless", "images", "isCJKLanguage", "keywords", "kind", "lastmod", "layout",
        "linkTitle", "markup", "menu", "menus", "outputs", "params", "publishDate",
        "resources", "sitemap", "slug", "summary", "translationKey", "url", "videos", "weight",
        "series", "toc", "cover", "featured_image", "showToc", "math", "hidden", "pinned",
        "news_keywords", "categories", "expirydate", "publishdate",
        # Jekyll
        "permalink", "published", "excerpt", "excerpt_separator", "render_with_liquid",
        "redirect_from", "redirect_to", "last_modified_at", "header", "comments",
        # Eleventy
        "eleventyNavigation", "eleventyExcludeFromCollections", "eleventyComputed",
        "eleventyImport", "eleventyDataSchema", "templateEngineOverride", "dynamicPermalink",
        "pagination", "permalinkBypassOutputDir",
        # Astro
        "pubDate", "updatedDate", "heroImage", "canonical_url", "canonicalURL", "hero",
        "thumbnail", "image",
        # Docusaurus
        "id", "sidebar", "sidebar_position", "sidebar_label", "sidebar_class_name",
        "sidebar_custom_props", "displayed_sidebar", "hide_title", "hide_table_of_contents",
        "toc_min_heading_level", "toc_max_heading_level", "pagination_label", "pagination_next",
        "pagination_prev", "parse_number_prefixes", "custom_edit_url", "unlisted",
        "last_update", "authors", "author_url", "author_image_url", "author_title",
    )
)  # fmt: skip
#: Keys postcheck shares with site generators: a value postcheck cannot read is the
#: generator's (a warning), never a reason to refuse the draft.
SHARED_KEYS = ("lang", "type", "title", "description", "author", "images")
#: Nesting deeper than this is refused (a few bytes of "[[[[" must not exhaust the stack).
MAX_DEPTH = 20
#: postcheck's own settings in a ``postcheck:`` table.
OWN_KEYS = ("channel", "audience", "lang", "type", "vocab", "title", "subject")


@dataclass(frozen=True)
class UnknownKey:
    """A front matter key postcheck does not know, with its place and the closest known key."""

    key: str
    offset: int
    suggestion: str | None
    #: For a key postcheck shares with site generators: the value it left to the generator.
    foreign_value: str | None = None


@dataclass(frozen=True)
class FrontMatter:
    """The parsed front matter of a draft and where the body starts."""

    data: dict[str, Any] = field(default_factory=dict)
    body_start: int = 0
    unknown_keys: tuple[UnknownKey, ...] = ()
    key_offsets: dict[str, int] = field(default_factory=dict)


def parse_front_matter(text: str, *, path: str | None = None) -> FrontMatter:
    """Split ``text`` into front matter and body; return the front matter.

    ``text`` has ``\\n`` line endings. A text that does not start with a ``---`` (YAML) or
    ``+++`` (TOML) line has no front matter and its body starts at offset 0.
    """
    first_line = text.split("\n", 1)[0].rstrip()
    if first_line not in ("---", "+++") or "\n" not in text:
        return FrontMatter()
    closing = _closing_delimiter(text, first_line)
    if closing is None:
        raise InputError(
            f"front matter starts with '{first_line}' on line 1 but is never closed",
            path=path,
            fix=f"end it with a line of '{first_line}'",
        )
    start = text.index("\n") + 1
    source = text[start : closing[0]]
    if first_line == "+++":
        data, offsets = _toml(source, start, path)
    else:
        data, offsets = _yaml(source, start, path)
    if data is None:
        return FrontMatter(body_start=closing[1])
    return _settings(data, offsets, text, closing[1], path)


def _closing_delimiter(text: str, delimiter: str) -> tuple[int, int] | None:
    """Return (start, end) of the closing delimiter line after the opening one."""
    closers = ("---", "...") if delimiter == "---" else ("+++",)
    position = text.index("\n") + 1
    while position < len(text):
        end = text.find("\n", position)
        line_end = len(text) if end == -1 else end
        if text[position:line_end].rstrip() in closers:
            return position, (line_end + 1 if end != -1 else line_end)
        if end == -1:
            return None
        position = end + 1
    return None


def _yaml(source: str, start: int, path: str | None) -> tuple[Any, dict[str, int]]:
    """Parse YAML front matter; return its data and each top-level key's file offset."""
    import yaml  # only drafts with YAML front matter need it

    def fail(problem: str, line: int | None = None) -> InputError:
        where = f" on line {line + 2}" if line is not None else ""  # the YAML starts on line 2
        return InputError(
            f"malformed YAML front matter{where}: {problem}",
            path=path,
            fix="fix the YAML between the '---' lines",
        )

    try:
        depth = 0
        for event in yaml.parse(source, Loader=yaml.SafeLoader):
            line = event.start_mark.line if event.start_mark is not None else None
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise fail("anchors and aliases (&, *) are not allowed", line)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise fail(f"nested deeper than {MAX_DEPTH} levels", line)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        node = yaml.compose(source, Loader=yaml.SafeLoader)
        data = yaml.safe_load(source)
    except yaml.YAMLError as error:
        # Where the broken construct starts is where the writer must look; YAML often notices
        # the problem only lines later.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise fail(problem, mark.line if mark is not None else None) from error
    except InputError:
        raise  # anchors, aliases, depth: already one line
    except Exception as error:
        # PyYAML's constructors fail in many ways on a bad tagged value ("2024-13-45",
        # "!!float x", "!!bool maybe", "!!timestamp x"): each is one line for the writer.
        problem = str(error)[:80] or type(error).__name__
        raise fail(f"a value YAML cannot read ({problem})") from error
    if data is None:
        return None, {}
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise InputError(
            f"front matter must be a mapping of keys to values, not a {type(data).__name__}",
            path=path,
            fix="write it as 'key: value' lines",
        )
    offsets = {str(key.value): start + key.start_mark.index for key, _ in node.value}
    return data, offsets


_TOML_KEY = regex.compile(r"^[ \t]*\"?([A-Za-z0-9_.-]+)\"?[ \t]*=", regex.M)


def _toml(source: str, start: int, path: str | None) -> tuple[Any, dict[str, int]]:
    """Parse TOML front matter (Hugo's ``+++``); return its data and top-level key offsets."""
    import tomllib

    if regex.search(rf"[\[{{][\s\[{{]{{{MAX_DEPTH},}}", source):
        raise InputError(
            f"TOML front matter nested deeper than {MAX_DEPTH} levels",
            path=path,
            fix="fix the TOML between the '+++' lines",
        )
    try:
        data = tomllib.loads(source)
    except (tomllib.TOMLDecodeError, RecursionError) as error:
        raise InputError(
            f"malformed TOML front matter: {str(error)[:80]}",
            path=path,
            fix="fix the TOML between the '+++' lines",
        ) from error
    offsets: dict[str, int] = {}
    table = source.find("\n[")
    for match in _TOML_KEY.finditer(source, 0, len(source) if table == -1 else table):
        offsets.setdefault(match.group(1), start + match.start(1))
    return data or None, offsets


def _settings(
    data: dict[Any, Any], offsets: dict[str, int], text: str, body_start: int, path: str | None
) -> FrontMatter:
    """Validate the keys postcheck reads; set aside the site generator's and unknown ones."""
    data = {str(key): value for key, value in data.items()}
    own = data.get("postcheck")
    if own is not None and (not isinstance(own, dict) or any(key not in OWN_KEYS for key in own)):
        line = text.count("\n", 0, offsets.get("postcheck", 0)) + 1
        raise InputError(
            f"front matter 'postcheck' on line {line} must be a table of postcheck's keys",
            path=path,
            fix=f"use {', '.join(OWN_KEYS)}",
        )
    unknown: list[UnknownKey] = []
    for key, offset in offsets.items():
        if key not in KNOWN_KEYS and key.lower() not in SITE_KEYS:
            unknown.append(UnknownKey(key, offset, closest(key, KNOWN_KEYS)))
    for key in SHARED_KEYS:
        if key not in data or data[key] is None or (own and key in own):
            continue
        value = _readable(key, data[key])
        if value is None:
            # The site generator's own "type: uutiset", "lang: sv-SE", "images: kuva.jpg".
            found = data.pop(key)
            valid = _CHOICES.get(key, ())
            guess = closest(found, valid) if isinstance(found, str) and valid else None
            shown = found if isinstance(found, str) else show(found)
            unknown.append(UnknownKey(key, offsets.get(key, 0), guess, shown))
        else:
            data[key] = value
    if own:
        data.update({str(key): value for key, value in own.items()})
    _validate(data, offsets, text, path)
    return FrontMatter(
        data=data,
        body_start=body_start,
        unknown_keys=tuple(sorted(unknown, key=lambda found: found.offset)),
        key_offsets=offsets,
    )


_CHOICES: dict[str, tuple[str, ...]] = {"lang": LANGUAGES, "type": POST_TYPES}


def _readable(key: str, value: Any) -> Any:
    """Return a shared key's value as postcheck reads it, or None when it is not postcheck's.

    ``title: 2024`` is the text "2024"; a Jekyll ``author: {name: Anna}`` is "Anna" and
    ``author: [Anna, Ben]`` "Anna, Ben"; ``lang: [fi, en]`` or ``type: uutiset`` is the site
    generator's.
    """
    if key in _CHOICES:
        return value if isinstance(value, str) and value in _CHOICES[key] else None
    if key == "images":
        return value if isinstance(value, list) else None
    if key == "author":
        if isinstance(value, dict):
            return _readable(key, value.get("name"))
        if isinstance(value, list):
            names = [_readable(key, item) for item in value]
            return ", ".join(name for name in names if name) or None
    if isinstance(value, (str, int, float, datetime.date)) and not isinstance(value, bool):
        return str(value)  # a date is its ISO text: "2024-05-01"
    return None


def _validate(
    data: dict[Any, Any], key_offsets: dict[str, int], text: str, path: str | None
) -> None:
    """Check the values of the known keys; raise an InputError naming the key's line."""

    def fail(key: str, problem: str, fix: str) -> None:
        # A key of the postcheck: table is on that table's lines.
        offset = key_offsets.get(key, key_offsets.get("postcheck", 0))
        line = text.count("\n", 0, offset) + 1
        raise InputError(f"front matter '{key}' on line {line} {problem}", path=path, fix=fix)

    channel = data.get("channel")
    if channel is not None and not (
        isinstance(channel, str)
        or (isinstance(channel, list) and channel and all(isinstance(c, str) for c in channel))
    ):
        fail("channel", "must be a channel name or a list of them", "write channel: [linkedin, x]")
    # Channel and audience names are checked against the built-in and configured ones when
    # checking, since config may add its own.
    for key, valid in _CHOICES.items():
        if key not in data or data[key] is None:
            continue
        value = data[key]
        if not isinstance(value, str):
            fail(
                key,
                f"must be a single name, not {show(value)}",
                f"valid: {', '.join(sorted(valid))}",
            )
        elif value not in valid:
            fail(key, f"is unknown: '{value}'", did_you_mean(value, valid))
    for key in ("audience", "title", "subject", "description", "author"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            fail(key, "must be text", "quote the value")
    vocab = data.get("vocab")
    if vocab is not None and (
        not isinstance(vocab, list) or not all(isinstance(word, str) for word in vocab)
    ):
        fail("vocab", "must be a list of words", "write it as: vocab: [Kinda, AINO15]")
    images = data.get("images")
    if images is not None and not isinstance(images, list):
        fail("images", "must be a list", "write it as: images: [{src: kuva.jpg, alt: …}]")
