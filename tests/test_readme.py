"""The README's Python examples run and print what the README says."""

import contextlib
import io
import os
import re

from postcheck.rules import validate_rule
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


def block(marker):
    [found] = [code for code in BLOCKS if marker in code]
    return found


def run_block(code):
    namespace: dict[str, object] = {}
    output = io.StringIO()
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        with contextlib.redirect_stdout(output):
            exec(compile(code, "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    return namespace, output.getvalue()


def test_api_example_prints_what_its_comments_say():
    code = block("postcheck.check(")
    namespace, output = run_block(code)
    expected = re.findall(r"# (\d[^\n]*)", code)  # the comments that show output
    printed = output.splitlines()
    assert len(expected) == 2
    assert printed[0] == expected[0].strip()
    assert printed[1] == expected[1].strip()
    assert namespace["data"]["path"] == "corpora/examples/linkedin-rekry.md"


def test_plugin_example_is_a_valid_rule():
    namespace, _ = run_block(block("class ExclamationMarks"))
    rule = validate_rule(namespace["ExclamationMarks"], "README")
    assert rule.code == "XY901" and rule.options == {"max": 1}


def test_channels_example_values():
    code = block("channels.get(")
    namespace, _ = run_block(code)
    channels = namespace["channels"]
    assert channels.names()[:3] == ["blog", "bluesky", "facebook"]
    assert "# 30:" in code and channels.get("x").length("Hei https://kinda.fi 👍") == 30
