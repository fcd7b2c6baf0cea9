"""Charts of the learning report as inline SVG (matplotlib), readable in grey-scale.

Lines differ by dash pattern and marker, not only by colour; text stays text in the SVG (fonts
are not turned into paths), so a screen reader and a search find the labels.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

#: Line looks that differ in grey-scale: (colour, dashes, marker).
LOOKS = [
    ("#000000", "-", "o"), ("#555555", "--", "s"), ("#222222", ":", "^"), ("#777777", "-.", "D"),
    ("#333333", (0, (5, 1, 1, 1, 1, 1)), "v"), ("#666666", (0, (1, 3)), "P"),
    ("#111111", (0, (8, 2)), "X"), ("#444444", (0, (3, 1, 3, 3)), "*"),
]  # fmt: skip


def line_chart(
    months: Sequence[str],
    series: dict[str, Sequence[float | None]],
    *,
    title: str,
    baseline: float | None = None,
    baseline_label: str = "",
) -> str:
    """Return an SVG line chart of series over months (0–100), with a dotted baseline."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.fonttype"] = "none"
    plt.rcParams["text.parse_math"] = False  # "$" in a writer's name is text, not maths
    figure, axes = plt.subplots(figsize=(7.5, 3.4), dpi=96)
    for index, (name, values) in enumerate(series.items()):
        colour, dashes, marker = LOOKS[index % len(LOOKS)]
        points = [(i, v) for i, v in enumerate(values) if v is not None]
        axes.plot(
            [i for i, _ in points], [v for _, v in points], color=colour, linestyle=dashes,
            marker=marker, linewidth=1.6, markersize=5, label=name,
        )  # fmt: skip
    if baseline is not None:
        axes.axhline(baseline, color="#999999", linestyle=(0, (1, 1)), linewidth=1)
        axes.annotate(baseline_label, (0, baseline), textcoords="offset points", xytext=(2, 4),
                      fontsize=8, color="#333333")  # fmt: skip
    axes.set_xticks(range(len(months)), months, rotation=30 if len(months) > 6 else 0,
                    fontsize=8)  # fmt: skip
    axes.set_ylim(0, 100)
    axes.set_title(title, fontsize=11, loc="left")
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if len(series) > 1:
        axes.legend(fontsize=8, frameon=False, loc="center left", bbox_to_anchor=(1, 0.5))
    figure.tight_layout()
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    plt.close(figure)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # drop the XML prologue: the SVG goes inside HTML
    return re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)  # nothing to fetch
