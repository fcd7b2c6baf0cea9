"""docs/rules.md, where editors link each finding's code, is every shipped rule's manual."""

from postcheck.engine.ruleset import BUILTIN_RULES, manual_url
from postcheck.rules.packs import builtin_pack_rules
from tests.conftest import REPO

DOCS = REPO / "docs" / "rules.md"


def rules_manual() -> str:
    """The text of docs/rules.md, made from the shipped rules' manuals."""
    parts = [
        "# Rules\n\n"
        "Every rule postcheck ships, with its manual (`postcheck explain CODE` prints the same).\n"
        "Generated from the rules; do not edit by hand.\n"
    ]
    for rule in (*BUILTIN_RULES, *builtin_pack_rules()):
        languages = ", ".join(sorted(rule.languages)) if rule.languages else "all"
        parts.append(
            f"\n## {rule.code} {rule.name}\n\n"
            f"criterion: {rule.criterion} · default severity: {rule.severity} · "
            f"languages: {languages}\n\n{rule.manual()}\n"
        )
    return "".join(parts)


def test_the_manuals_page_is_the_rules():
    """Regenerate with: .venv/bin/python -c 'import tests.test_rule_manuals as t; t.write()'"""
    assert DOCS.read_text(encoding="utf-8") == rules_manual()


def test_each_shipped_rule_links_to_its_heading():
    from postcheck.rules.spelling import Spelling

    assert manual_url(Spelling) == (
        "https://github.com/postcheck/postcheck/blob/main/docs/rules.md#pc101-spelling"
    )
    assert "## PC101 spelling\n" in rules_manual()  # GitHub's anchor for it: pc101-spelling


def write() -> None:
    """Rewrite docs/rules.md."""
    DOCS.write_text(rules_manual(), encoding="utf-8")
