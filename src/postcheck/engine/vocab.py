"""Editing the team's vocabulary: ``postcheck vocab add`` and the page's "add to vocabulary".

``postcheck vocab add WORD…`` adds words to ``[vocabulary] accept`` of the team's config (the
nearest ``postcheck.toml``, or ``[tool.postcheck]`` of a ``pyproject.toml``; a new
``postcheck.toml`` in the current folder when there is none), keeping the file's comments and
layout (tomlkit edits it in place). With ``--draft FILE`` the words go to that draft's front
matter (``vocab:``) instead: accepted in that draft only. ``postcheck vocab list`` prints the
team's words. Every write is atomic and refused when the file changed meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import regex

from postcheck.core.errors import ConfigError, InputError
from postcheck.engine.config import (
    CONFIG_FILE,
    find_config,
    forget_config_files,
    load_config,
    parse_config,
)
from postcheck.engine.fixes import write_atomically

_YAML_VOCAB = regex.compile(r"^vocab:[ \t]*\[(?P<words>[^\]\n]*)\][ \t]*$", regex.M)


def config_path(explicit: str | None) -> Path:
    """Return the config file to edit: the one named, the nearest, or a new one here."""
    if explicit:
        return Path(explicit)
    return find_config(Path.cwd() / "draft.md") or Path.cwd() / CONFIG_FILE


def _table(document: Any, pyproject: bool) -> Any:
    """Return the ``vocabulary`` table of a config document, creating it (and its parents)."""
    import tomlkit

    if pyproject:
        tool = document.setdefault("tool", tomlkit.table())
        document = tool.setdefault("postcheck", tomlkit.table())
    if "vocabulary" not in document:
        document["vocabulary"] = tomlkit.table()
    return document["vocabulary"]


def add_to_config(path: Path, words: Sequence[str]) -> list[str]:
    """Add ``words`` to the config's ``[vocabulary] accept``; return the ones that were new."""
    import tomlkit

    _check_words(words)

    data = path.read_bytes() if path.exists() else b""
    try:
        document = tomlkit.parse(data.decode("utf-8"))
    except (UnicodeDecodeError, tomlkit.exceptions.ParseError) as error:
        raise ConfigError(f"cannot edit: {error}", path=str(path), fix="fix the file") from error
    table = _table(document, path.name == "pyproject.toml")
    accept = table.setdefault("accept", tomlkit.array())
    if not isinstance(accept, list):
        raise ConfigError(
            "[vocabulary] accept is not a list", path=str(path), fix='write accept = ["word"]'
        )
    added = [word for word in dict.fromkeys(words) if word not in accept]
    if not added:
        return []
    accept.extend(added)
    text = tomlkit.dumps(document)
    edited = tomlkit.parse(text).unwrap()
    if path.name == "pyproject.toml":
        edited = edited["tool"]["postcheck"]
    parse_config(edited, where=str(path))  # refuse before writing what would not load
    if path.exists():
        write_atomically(path, text.encode("utf-8"), expected=data)
    else:
        path.write_text(text, encoding="utf-8")
        forget_config_files()
    load_config(path)  # the result must still be a valid config
    return added


def _check_words(words: Sequence[str]) -> None:
    """Refuse a blank word or one with spaces: an entry is one word as it is written."""
    for word in words:
        if not word.strip() or word != word.strip() or any(char.isspace() for char in word):
            raise InputError(
                f"cannot add {word!r}: a vocabulary entry is one word",
                fix="give each word as its own argument",
            )


def add_to_draft(path: Path, words: Sequence[str]) -> list[str]:
    """Add ``words`` to a draft's front matter ``vocab`` (creating front matter when needed)."""
    data = path.read_bytes()
    text = data.decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    try:
        new, added = with_draft_vocab(text.replace("\r\n", "\n"), words)
    except InputError as error:
        error.path = str(path)
        raise
    if added:
        write_atomically(path, new.replace("\n", newline).encode("utf-8"), expected=data)
    return added


def with_draft_vocab(text: str, words: Sequence[str]) -> tuple[str, list[str]]:
    """Return a draft's text (``\\n`` line endings) with ``words`` in its front matter ``vocab``.

    Also returns the words that were new. YAML front matter gets a ``vocab: [...]`` line (or
    its list grows); a draft without front matter gets some. TOML front matter is refused.
    """
    _check_words(words)
    if text.startswith("+++\n"):
        raise InputError("TOML front matter is not edited by vocab add", fix="add vocab = [...]")
    if text.startswith("---\n") and text.find("\n---", 3) != -1:
        end = text.find("\n---", 3)
        front, rest = text[4:end], text[end:]
        found = _YAML_VOCAB.search(front)
        if found is None and regex.search(r"^vocab:", front, regex.M):
            raise InputError(
                "the front matter's vocab is not a [word, word] list",
                fix="add the words to it by hand",
            )
        known = [w.strip().strip("'\"") for w in found["words"].split(",")] if found else []
        added = [word for word in dict.fromkeys(words) if word not in known]
        listed = ", ".join(_yaml_word(word) for word in [*filter(None, known), *added])
        line = f"vocab: [{listed}]"
        if found:
            front = front[: found.start()] + line + front[found.end() :]
        else:
            front = f"{front}\n{line}" if front else line
        return f"---\n{front}{rest}", added
    added = list(dict.fromkeys(words))
    return f"---\nvocab: [{', '.join(_yaml_word(w) for w in added)}]\n---\n{text}", added


def _yaml_word(word: str) -> str:
    """Return a word as a YAML flow-list item, quoted when YAML would read it otherwise."""
    if regex.fullmatch(r"[\p{L}\p{N}][\p{L}\p{N} ._-]*", word) and word.lower() not in (
        "yes", "no", "true", "false", "on", "off", "null",
    ):  # fmt: skip
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'
