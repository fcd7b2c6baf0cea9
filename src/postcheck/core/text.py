"""Text helpers every layer's messages share."""

from __future__ import annotations


def shorten(text: str, limit: int = 40) -> str:
    """Return ``text`` for quoting in a message: long text is cut with "…" at ``limit``."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
