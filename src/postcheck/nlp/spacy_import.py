"""Import spaCy without its command line, which ``import spacy`` loads only for ``spacy.info``.

spaCy 3's ``__init__`` runs ``from .cli.info import info``, and importing ``spacy.cli`` loads
its whole command line: typer, requests, httpx, weasel, rich and jinja2, about 0.25 s of a
0.85 s import on a two-core machine. postcheck never runs spaCy's command line, and every
``postcheck`` command (a pre-commit hook on each commit) paid that quarter of a second.

:func:`import_spacy` puts two placeholder modules in ``sys.modules`` while spaCy imports, so
``spacy.info`` becomes a function that imports the real ``spacy.cli.info`` when called, and
takes them out again at once: a later ``import spacy.cli`` in the same process imports the real
one. spaCy's own v4 branch loads the command line lazily in the same way
(explosion/spaCy#12962). A spaCy that wants more of ``spacy.cli`` at import is imported again
the usual way.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


def import_spacy() -> ModuleType:
    """Return the ``spacy`` module, imported without ``spacy.cli`` when not imported yet."""
    if "spacy" in sys.modules or _CLI in sys.modules:
        import spacy

        return spacy
    placeholders = _placeholders()
    sys.modules.update(placeholders)
    try:
        import spacy
    except ImportError:  # this spaCy imports more of its command line than spacy.info
        _remove(placeholders)
        import spacy
    finally:
        _remove(placeholders)
    return spacy


def _placeholders() -> dict[str, ModuleType]:
    """Return stand-ins for ``spacy.cli`` and ``spacy.cli.info`` with a lazy ``info``."""
    cli = ModuleType(_CLI, "Stands in for spaCy's command line while spaCy imports.")
    cli.__path__ = []  # a package, so that spacy.cli.info can be imported from it
    info_module = ModuleType(_INFO, "Stands in for spacy.cli.info while spaCy imports.")
    info_module.info = info  # type: ignore[attr-defined]  # what spaCy's __init__ imports
    return {_CLI: cli, _INFO: info_module}


def _remove(placeholders: dict[str, ModuleType]) -> None:
    """Take the placeholders out of ``sys.modules`` (where they are still there)."""
    for name, module in placeholders.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]


def info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: import spaCy's command line now and call its ``info``."""
    from spacy.cli.info import info as spacy_info

    return spacy_info(*args, **kwargs)
