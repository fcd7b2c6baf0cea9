"""The pre-commit hook, run for real: `pre-commit try-repo` on a git repository of drafts.

pre-commit installs postcheck from this checkout into its own environment (the system's Voikko
serves it), so this test takes a while; it is the hook exactly as a content team gets it.
"""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git"),
    pytest.mark.slow,  # a real pre-commit and a new environment each
]


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_hook_fails_on_a_misspelt_draft_and_passes_a_good_one(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    git(drafts, "init", "-q")
    git(drafts, "config", "user.email", "team@example.com")
    git(drafts, "config", "user.name", "Team")
    (drafts / "hyva.md").write_text("Tämä on hyvä luonnos.\n", encoding="utf-8")
    (drafts / "huono.md").write_text(
        "Tämä luonnos on kirjoitettu huolimattomasti kisssa.\n", encoding="utf-8"
    )
    (drafts / "x.txt").write_text(  # the X counter (twitter-text) in the hook's own environment
        "---\nchannel: x\n---\nKahvila avaa ovensa maanantaina klo 8.\n", encoding="utf-8"
    )
    git(drafts, "add", ".")
    git(drafts, "commit", "-q", "-m", "drafts")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}

    def hook(name):
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "pre_commit",
                "try-repo",
                str(REPO),
                "postcheck",
                "--files",
                name,
            ],
            cwd=drafts,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )

    good = hook("hyva.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "postcheck" in good.stdout and "Passed" in good.stdout
    x = hook("x.txt")
    assert x.returncode == 0 and "internal error" not in x.stdout + x.stderr, x.stdout + x.stderr
    bad = hook("huono.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout and "PC101/spelling" in bad.stdout and "kisssa" in bad.stdout


def test_a_fresh_environment_with_the_newest_pip_and_setuptools_counts_x(tmp_path):
    """twitter-text imports pkg_resources, which new setuptools and new environments lack."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, "--upgrade", "pip", "setuptools"], check=True, capture_output=True)
    subprocess.run([*pip, str(REPO)], check=True, capture_output=True, timeout=900)
    draft = tmp_path / "x.txt"
    draft.write_text(
        "---\nchannel: x\n---\n" + "Kahvila avaa ovensa. " * 20 + "\n", encoding="utf-8"
    )
    result = subprocess.run(
        [str(venv / "bin" / "postcheck"), "--format", "json", str(draft)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert "internal error" not in result.stderr, result.stderr
    [report] = json.loads(result.stdout)["reports"]
    assert report["metrics"]["length"] == 20 * len("Kahvila avaa ovensa. ") - 1
