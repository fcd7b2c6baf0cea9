"""The README's Python examples run, in order, and print what their comments say."""

import contextlib
import io
import os
import re

from postcheck.engine.ruleset import validate_rule
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


def expected_outputs(code):
    """The comments after print(...) calls: what each call prints (… ends a prefix)."""
    return [
        line.split("#", 1)[1].strip()
        for line in code.splitlines()
        if line.lstrip().startswith("print(") and "#" in line.split(")")[-1]
    ]


def test_every_python_example_runs_and_prints_what_it_says():
    namespace: dict[str, object] = {}
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        for code in BLOCKS:
            output = io.StringIO()
            with contextlib.redirect_stdout(output):
                exec(compile(code, "README.md", "exec"), namespace)
            printed = output.getvalue().splitlines()
            for expected in expected_outputs(code):
                assert printed, f"nothing printed for {expected!r}"
                line = printed.pop(0)
                if expected.endswith("…"):
                    assert line.startswith(expected[:-1]), (line, expected)
                else:
                    assert line == expected, (line, expected)
    finally:
        os.chdir(cwd)
    assert len(BLOCKS) >= 5


def test_plugin_example_is_a_valid_rule():
    [code] = [block for block in BLOCKS if "class ExclamationMarks" in block]
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    rule = validate_rule(namespace["ExclamationMarks"], "README")
    assert rule.code == "XY901" and rule.options == {"max": 1}


def test_toml_examples_are_valid_config_or_packs():
    import tomllib

    from postcheck.engine.config import parse_config
    from postcheck.rules.packs import parse_pack

    blocks = re.findall(r"```toml\n(.*?)```", README, re.S)
    assert len(blocks) >= 4
    for block in blocks:
        data = tomllib.loads(block)
        if set(data) == {"rule"}:
            assert parse_pack(data, origin="README.md")
        elif "project" not in data:
            parse_config(
                {key: value for key, value in data.items() if key != "packs"}, where="README.md"
            )
