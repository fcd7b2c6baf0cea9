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
        if not analyzer.spell("kissa") or analyzer.spell("kisssa"):
            missing.append("the Finnish dictionary does not spell 'kissa': reinstall voikko-fi")
        for dictionary in dictionaries:
            lines.append(
                f"Finnish dictionary: {dictionary.description} (variant {dictionary.variant})"
            )
    except PostcheckError as error:
        missing.append(str(error))
    for language, name, word in (("en", "English", "receive"), ("sv", "Swedish", "mottaga")):
        try:
            from postcheck.nlp import hunspell

            # what english-spelling (PC104) and swedish-spelling (PC106) use
            if not hunspell.speller(language).check(word):
                missing.append(f"the {name} dictionary does not know '{word}': reinstall it")
            if language == "en":
                lines.append(f"Enchant library {hunspell.version()}")
            installed = hunspell.dictionaries(language)
            listed = ", ".join(f"{tag} ({provider})" for tag, provider in installed)
            lines.append(f"{name} dictionaries: {listed}")
        except PostcheckError as error:
            missing.append(str(error))
    broken = _channel_counters()
    missing += broken
    if not broken:
        lines.append("channel counters: every channel counts a post's length")
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


def _channel_counters() -> list[str]:
    """Count a sample post with every built-in channel: each counter must work (twitter-text …)."""
    from postcheck.profiles import channels

    sample = "Hei https://kinda.fi 👍 #kahvi"
    problems = []
    for name in channels.names():
        try:
            channels.get(name).length(sample)
        except Exception as error:  # a counter's library may fail in its own way
            problems.append(
                f"the {name} channel cannot count length ({error!r}); reinstall postcheck"
            )
    return problems
