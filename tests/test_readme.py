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
        elif "language-server" in data:  # Helix's languages.toml
            assert data["language-server"]["postcheck"] == {"command": "postcheck", "args": ["lsp"]}
            assert "postcheck" in data["language"][0]["language-servers"]
        elif "project" not in data:
            parse_config(
                {key: value for key, value in data.items() if key != "packs"}, where="README.md"
            )


RULES_START = "<!-- rules: generated from the registry by tests/test_readme.py -->\n"
RULES_END = "<!-- rules: end -->\n"


def rules_table():
    """The README's rule table, made from the rule set every config starts from."""
    from postcheck.engine.config import Config

    rows = [
        "| code | name | criterion | severity | languages | what it finds |",
        "|---|---|---|---|---|---|",
    ]
    for rule in Config().rule_set:
        languages = ", ".join(sorted(rule.languages)) if rule.languages else "all"
        summary = rule.summary().replace("|", "\\|")
        rows.append(
            f"| {rule.code} | {rule.name} | {rule.criterion} | {rule.severity} | {languages} | {summary} |"
        )
    return "\n".join(rows) + "\n"


def test_the_rule_table_is_the_registry():
    """Regenerate with: .venv/bin/python -c 'import tests.test_readme as t; t.write_rules_table()'"""
    start = README.index(RULES_START) + len(RULES_START)
    end = README.index(RULES_END)
    assert README[start:end] == rules_table()


def write_rules_table():
    """Rewrite the README's rule table from the registry."""
    path = REPO / "README.md"
    text = path.read_text(encoding="utf-8")
    start = text.index(RULES_START) + len(RULES_START)
    end = text.index(RULES_END)
    path.write_text(text[:start] + rules_table() + text[end:], encoding="utf-8")


def test_the_config_example_is_the_template_and_it_is_valid(tmp_path):
    from postcheck.engine.config import CONFIG_FIELDS, load_config

    template = (REPO / "src" / "postcheck" / "templates" / "postcheck.toml").read_text(
        encoding="utf-8"
    )
    assert f"```toml\n{template}```" in README
    uncommented = "\n".join(
        line[2:] if re.match(r"# (\[|[A-Za-z_][\w-]* = )", line) else line
        for line in template.splitlines()
    )
    (tmp_path / "team-rules.toml").write_text("", encoding="utf-8")
    path = tmp_path / "postcheck.toml"
    path.write_text(uncommented, encoding="utf-8")
    config = load_config(path)
    assert config.channel == "linkedin" and config.min_score == 70 and config.max_size_mb == 5
    assert config.rules["PC201"].severity == "error" and not config.rules["PC601"].enabled
    assert config.channels["mastodon"].limit == 1000
    assert config.rule_set.find("KI001").name == "campaign-hashtag"
    assert {
        key for key in CONFIG_FIELDS if re.search(rf"^#? ?\[?\[?{key}\b", template, re.M)
    } == set(CONFIG_FIELDS)
