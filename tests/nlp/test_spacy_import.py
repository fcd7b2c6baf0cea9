"""Tests for postcheck.nlp.spacy_import: spaCy imported without its command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _run(code: str, path: Path | None = None) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter (with ``path`` first on sys.path) and return its JSON."""
    prefix = f"import sys; sys.path.insert(0, {str(path)!r})\n" if path else ""
    done = subprocess.run(
        [sys.executable, "-c", prefix + code], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return found


def test_a_check_imports_spacy_without_its_command_line() -> None:
    found = _run(
        "import json, sys\n"
        "import postcheck\n"
        "report = postcheck.check('Tervetuloa messuille! Osastomme löytyy hallista 2.')\n"
        "import spacy\n"
        "state = {'cli': 'spacy.cli' in sys.modules, 'typer': 'typer' in sys.modules,\n"
        "         'requests': 'requests' in sys.modules, 'attribute': hasattr(spacy, 'cli'),\n"
        "         'lang': report.lang}\n"
        "import spacy.cli\n"
        "state['real'] = hasattr(spacy.cli, 'app')\n"
        "state['version'] = spacy.info()['spacy_version'] == spacy.__version__\n"
        "print(json.dumps(state))\n"
    )
    assert found == {
        "cli": False,
        "typer": False,
        "requests": False,
        "attribute": False,
        "lang": "fi",
        "real": True,
        "version": True,
    }


def test_spacy_imported_before_is_left_as_it_is() -> None:
    found = _run(
        "import json, sys\n"
        "import spacy\n"
        "from postcheck.nlp.spacy_import import import_spacy\n"
        "print(json.dumps({'same': import_spacy() is spacy, 'cli': 'spacy.cli' in sys.modules}))\n"
    )
    assert found == {"same": True, "cli": True}


def test_a_spacy_that_wants_more_of_its_command_line_is_imported_the_usual_way(
    tmp_path: Path,
) -> None:
    package = tmp_path / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text("from .cli import app\n", encoding="utf-8")
    (package / "cli" / "__init__.py").write_text("app = 'the real command line'\n", "utf-8")
    found = _run(
        "import json, sys\n"
        "from postcheck.nlp.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "print(json.dumps({'app': spacy.app, 'cli': sys.modules['spacy.cli'].__file__}))\n",
        tmp_path,
    )
    assert found == {"app": "the real command line", "cli": str(package / "cli" / "__init__.py")}
