"""Finding the data files shipped with postcheck (the top-level ``rules/`` folder).

In an installed wheel the folder lives at ``postcheck/_data/rules``; in a source checkout
(including an editable install) it is the repository's own ``rules/`` folder.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from postcheck.core.errors import ConfigError


@functools.cache
def rules_dir() -> Path:
    """Return the folder that holds the shipped rule packs, channels and audiences."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "_data" / "rules"
    if packaged.is_dir():
        return packaged
    checkout = package.parents[1] / "rules"
    if checkout.is_dir():
        return checkout
    raise ConfigError(
        "postcheck's data folder 'rules/' is missing from the installation",
        fix="reinstall postcheck (pip install --force-reinstall postcheck)",
    )


def load_toml(path: Path) -> dict[str, Any]:
    """Read a TOML file, turning syntax errors into a :class:`ConfigError` with the line."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"invalid TOML: {error}", path=path, fix="fix the syntax") from error
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"not valid UTF-8 at byte {error.start}", path=path, fix="save it as UTF-8"
        ) from error
    except RecursionError as error:
        raise ConfigError("invalid TOML: nested too deep", path=path, fix="flatten it") from error
    except OSError as error:
        raise ConfigError(f"cannot read: {error.strerror}", path=path) from error


def data_files(folder: str) -> list[Path]:
    """Return the shipped ``*.toml`` files of one data folder (``channels``, ``audiences`` …)."""
    return sorted((rules_dir() / folder).glob("*.toml"))
