"""The floors of the house: the import-linter contracts cover every package and rule module."""

import tomllib

from tests.conftest import REPO

SOURCE = REPO / "src" / "postcheck"
CONTRACTS = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "importlinter"
]["contracts"]


def contract(kind):
    [found] = [c for c in CONTRACTS if c["type"] == kind]
    return found


def test_every_package_and_top_module_is_on_a_floor():
    floors = {name.strip() for layer in contract("layers")["layers"] for name in layer.split("|")}
    packages = {
        f"postcheck.{path.name}" for path in SOURCE.iterdir() if (path / "__init__.py").is_file()
    }
    modules = {
        f"postcheck.{path.stem}"
        for path in SOURCE.glob("*.py")
        if path.stem not in ("__init__", "__main__")
    }
    assert floors == packages | modules


def test_every_rule_module_is_kept_independent():
    modules = {
        f"postcheck.rules.{path.stem}"
        for path in (SOURCE / "rules").glob("*.py")
        if path.stem not in ("__init__", "base")
    }
    assert set(contract("independence")["modules"]) == modules
