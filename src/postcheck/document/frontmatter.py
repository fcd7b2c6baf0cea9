"""YAML front matter at the top of a draft: ``---``, YAML lines, ``---``.

Front matter says what the draft is for (``channel``, ``audience``, ``lang``, ``type``) and
carries extras such as ``title``, ``images`` and ``vocab`` (words to accept in this draft).
Malformed YAML or a value of the wrong kind is an :class:`~postcheck.core.errors.InputError` naming
the line; an unknown key is not an error but becomes a warning that names the closest known key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from postcheck.core.errors import InputError, closest, did_you_mean
from postcheck.core.kinds import LANGUAGES, POST_TYPES

#: Keys postcheck reads from front matter, with what each holds.
KNOWN_KEYS: dict[str, str] = {
    "channel": "the channel the draft is written for (linkedin, blog …), or a list of them",
    "audience": "the target group (kuluttajat, b2b, asiantuntijat, sisainen, selko)",
    "lang": "the draft's language: fi or en",
    "type": "the kind of post: " + ", ".join(POST_TYPES),
    "title": "the title or headline",
    "subject": "the e-mail subject of a newsletter",
    "description": "a summary or meta description",
    "vocab": "words to accept in this draft (names, brands, new terms)",
    "images": "the post's images: a list of {src, alt}",
    "author": "who signs the post",
    "date": "the planned publishing date",
    "tags": "the post's tags or categories",
}


@dataclass(frozen=True)
class UnknownKey:
    """A front matter key postcheck does not know, with its place and the closest known key."""

    key: str
    offset: int
    suggestion: str | None


@dataclass(frozen=True)
class FrontMatter:
    """The parsed front matter of a draft and where the body starts."""

    data: dict[str, Any] = field(default_factory=dict)
    body_start: int = 0
    unknown_keys: tuple[UnknownKey, ...] = ()
    key_offsets: dict[str, int] = field(default_factory=dict)


def _closing_delimiter(text: str) -> tuple[int, int] | None:
    """Return (start, end) of the closing ``---``/``...`` line after the opening one."""
    position = text.index("\n") + 1
    while position < len(text):
        end = text.find("\n", position)
        line_end = len(text) if end == -1 else end
        if text[position:line_end].rstrip() in ("---", "..."):
            return position, (line_end + 1 if end != -1 else line_end)
        if end == -1:
            return None
        position = end + 1
    return None


def parse_front_matter(text: str, *, path: str | None = None) -> FrontMatter:
    """Split ``text`` into front matter and body; return the front matter.

    ``text`` has ``\\n`` line endings. A text that does not start with a ``---`` line has no
    front matter and its body starts at offset 0.
    """
    first_line = text.split("\n", 1)[0]
    if first_line.rstrip() != "---" or "\n" not in text:
        return FrontMatter()
    closing = _closing_delimiter(text)
    if closing is None:
        raise InputError(
            "front matter starts with '---' on line 1 but is never closed",
            path=path,
            fix="end it with a line of '---'",
        )
    import yaml  # only drafts with front matter need it

    yaml_start = len(first_line) + 1
    yaml_text = text[yaml_start : closing[0]]
    line_offset = 1  # the YAML starts on the file's line 2
    try:
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError as error:
        # Where the broken construct starts is where the writer must look; YAML often notices
        # the problem only lines later.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        where = f" on line {mark.line + 1 + line_offset}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(
            f"malformed YAML front matter{where}: {problem}",
            path=path,
            fix="fix the YAML between the '---' lines",
        ) from error
    if data is None:
        return FrontMatter(body_start=closing[1])
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise InputError(
            f"front matter must be a mapping of keys to values, not a {type(data).__name__}",
            path=path,
            fix="write it as 'key: value' lines",
        )
    key_offsets: dict[str, int] = {}
    unknown: list[UnknownKey] = []
    for key_node, _ in node.value:
        key = str(key_node.value)
        offset = yaml_start + key_node.start_mark.index
        key_offsets[key] = offset
        if key not in KNOWN_KEYS:
            unknown.append(UnknownKey(key, offset, closest(key, KNOWN_KEYS)))
    _validate(data, key_offsets, text, path)
    return FrontMatter(
        data={str(k): v for k, v in data.items()},
        body_start=closing[1],
        unknown_keys=tuple(unknown),
        key_offsets=key_offsets,
    )


def _validate(
    data: dict[Any, Any], key_offsets: dict[str, int], text: str, path: str | None
) -> None:
    """Check the values of the known keys; raise an InputError naming the key's line."""

    def fail(key: str, problem: str, fix: str) -> None:
        line = text.count("\n", 0, key_offsets.get(key, 0)) + 1
        raise InputError(f"front matter '{key}' on line {line} {problem}", path=path, fix=fix)

    channel = data.get("channel")
    if channel is not None and not (
        isinstance(channel, str)
        or (isinstance(channel, list) and channel and all(isinstance(c, str) for c in channel))
    ):
        fail("channel", "must be a channel name or a list of them", "write channel: [linkedin, x]")
    # Channel and audience names are checked against the built-in and configured ones when
    # checking, since config may add its own.
    choices: dict[str, tuple[str, ...]] = {
        "lang": LANGUAGES,
        "type": POST_TYPES,
    }
    for key, valid in choices.items():
        if key not in data or data[key] is None:
            continue
        value = data[key]
        if not isinstance(value, str):
            fail(key, f"must be a single name, not {value!r}", f"valid: {', '.join(sorted(valid))}")
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
