"""Text helpers every layer's messages share."""

from __future__ import annotations


def shorten(text: str, limit: int = 40) -> str:
    """Return ``text`` for quoting in a message: long text is cut with "…" at ``limit``."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def with_first_case(model: str, word: str) -> str:
    """Return ``word`` with a capital first letter when ``model`` starts with one."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def capitalised(word: str) -> bool:
    """Tell whether a word starts with a capital and is not all capitals ("Tampere", not "EU")."""
    return word[:1].isupper() and not word.isupper()


def lower_first(word: str) -> str:
    """Return a word with its first letter in lowercase ("Takaisinveto" → "takaisinveto")."""
    return word[:1].lower() + word[1:]


def shared_prefix(first: str, second: str) -> int:
    """Return how many letters two words share from their start ("tubettaja", "tubettajia": 8)."""
    length = min(len(first), len(second))
    return next((i for i in range(length) if first[i] != second[i]), length)
