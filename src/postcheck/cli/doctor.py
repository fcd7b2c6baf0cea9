"""``postcheck doctor``: what postcheck runs on, which config applies, and what is missing.

For bug reports and first-time set-up: the versions of Python, postcheck, spaCy, libvoikko and
the Finnish dictionary, Enchant and the English dictionaries it finds, the libraries postcheck
uses, the config file that applies to a path, and for everything missing one line with the fix.
"""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from postcheck.core.errors import PostcheckError
from postcheck.core.version import __version__

#: The Python packages postcheck uses, by distribution name.
PACKAGES = (
    "spacy",
    "libvoikko",
    "textstat",
    "click",
    "markdown-it-py",
    "PyYAML",
    "regex",
    "emoji",
    "pyspellchecker",
    "pyenchant",
    "twitter-text-parser",
    "pathspec",
)


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def report(path: str = ".") -> tuple[list[str], list[str]]:
    """Return (lines describing the set-up, lines naming what is missing with the fix)."""
    lines = [
        f"postcheck {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
    ]
    missing = []
    for package in PACKAGES:
        version = _version(package)
        if version is None:
            missing.append(
                f"the Python package '{package}' is not installed; pip install {package}"
            )
        else:
            label = "libvoikko (Python binding)" if package == "libvoikko" else package
            lines.append(f"{label} {version}")
    try:
        from postcheck.nlp.voikko import voikko

        analyzer = voikko("fi")
        import libvoikko

        dictionaries = [d for d in libvoikko.Voikko.listDicts() if d.language == "fi"]
        lines.append(f"libvoikko library {analyzer.version()}")
        for dictionary in dictionaries:
            lines.append(
                f"Finnish dictionary: {dictionary.description} (variant {dictionary.variant})"
            )
    except PostcheckError as error:
        missing.append(str(error))
    try:
        from postcheck.nlp import hunspell

        hunspell.speller("en_US")  # the default dictionary of english-spelling (PC104) must open
        lines.append(f"Enchant library {hunspell.version()}")
        english = hunspell.dictionaries("en")
        listed = ", ".join(f"{tag} ({provider})" for tag, provider in english)
        lines.append(f"English dictionaries: {listed}")
    except PostcheckError as error:
        missing.append(str(error))
    try:
        from postcheck.engine.config import find_config, load_config

        found = find_config(path)
        if found is None:
            lines.append(
                f"config for {path}: none found (defaults apply; `postcheck init` writes one)"
            )
        else:
            load_config(found)
            lines.append(f"config for {path}: {found}")
    except PostcheckError as error:
        missing.append(f"the config is not valid: {error}")
    return lines, missing
