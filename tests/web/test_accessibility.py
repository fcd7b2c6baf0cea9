"""The page's colours meet WCAG AA and the criteria differ by more than colour."""

import re
from importlib import resources

import pytest

from postcheck.core.kinds import CRITERIA

CSS = (resources.files("postcheck.web") / "static" / "page.css").read_text("utf-8")
VARIABLES = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", CSS))


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("text", "paper"), ("muted", "paper"), ("focus", "paper"),
        ("green", "green-bg"), ("yellow", "yellow-bg"), ("red", "red-bg"),
        *((criterion, "paper") for criterion in CRITERIA),
    ],
)  # fmt: skip
def test_text_colours_reach_aa_contrast(text, background):
    assert contrast(VARIABLES[text], VARIABLES[background]) >= 4.5


def test_each_criterions_mark_has_its_own_underline_style_and_weight():
    looks = set()
    for criterion in CRITERIA:
        rule = re.search(rf"mark\.c-{criterion} \{{([^}}]*)\}}", CSS)
        assert rule, criterion
        style = re.search(r"text-decoration-style: (\w+)", rule.group(1))
        thickness = re.search(r"text-decoration-thickness: (\w+)", rule.group(1))
        looks.add((style.group(1) if style else None, thickness.group(1) if thickness else "2px"))
    assert len(looks) == len(CRITERIA)


def test_focus_is_always_visible():
    assert re.search(r":focus-visible \{ outline: 3px solid var\(--focus\)", CSS)
