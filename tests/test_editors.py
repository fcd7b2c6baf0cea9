"""The VS Code extension builds into a .vsix that starts ``postcheck lsp``."""

import json
import shutil
import subprocess
import zipfile

import pytest

from tests.conftest import REPO

EXTENSION = REPO / "editors" / "vscode"


@pytest.mark.slow
def test_the_vscode_extension_builds_into_a_vsix_with_its_client(tmp_path):
    if shutil.which("npm") is None:
        pytest.skip("no npm on this machine: scripts/setup installs it")
    copy = tmp_path / "vscode"
    shutil.copytree(EXTENSION, copy, ignore=shutil.ignore_patterns("node_modules", "out", "*.vsix"))
    subprocess.run([str(copy / "build")], check=True, capture_output=True, timeout=600)
    with zipfile.ZipFile(copy / "postcheck.vsix") as vsix:
        names = set(vsix.namelist())
        manifest = json.loads(vsix.read("extension/package.json"))
        compiled = vsix.read("extension/out/extension.js").decode()
    assert "extension/node_modules/vscode-languageclient/package.json" in names
    assert not any(name.startswith("extension/src/") for name in names)
    assert manifest["main"] == "./out/extension.js"
    assert set(manifest["activationEvents"]) == {"onLanguage:markdown", "onLanguage:plaintext"}
    assert 'args: ["lsp"]' in compiled
