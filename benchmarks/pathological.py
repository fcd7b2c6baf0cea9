"""How long postcheck takes on 1 MB drafts of the shapes that used to hang or crawl.

Each shape is checked once through ``postcheck.check`` (the whole pipeline: parsing,
analysis, every rule, scoring) as an X post and as a blog post, and timed. The shapes come
from the reliability issue: dotted runs that slowed X's counter ("1.1.1.…", "a.a.a.…"), an
unclosed suppression comment followed by spaces, long runs without spaces, emoji runs, deep
Markdown nesting, many emphasis marks and brackets, and plain words; and from the review of
captions and teasers, one paragraph of sentences on one line and many short verbless paragraphs
(each grammar finding once looked its whole line up again).

    .venv/bin/python benchmarks/pathological.py [--size 1000000]
"""

from __future__ import annotations

import argparse
import time

import postcheck

SHAPES = {
    "dotted digits 1.1.1.": "1.",
    "dotted letters a.a.a.": "a.",
    "dotted labels www.a0.": "www.a0.",
    "unclosed disable comment + spaces": None,
    "one long word": "a",
    "emoji run": "👍🏽",
    "nested list items": "- ",
    "emphasis marks": "*a* ",
    "brackets": "[(",
    "words": "sana ",
    "sentences on one line": (
        "Yritys kasvoi viime vuonna nopeasti. Uusia asiakkaita kolmesta eri maasta Euroopassa. "
    ),
    "verbless paragraphs and thanks": "Uusia asiakkaita kolmesta eri maasta Euroopassa.\n\nKiitos!\n\n",
}


def text_of(name: str, unit: str | None, size: int) -> str:
    """Return about ``size`` characters of the shape."""
    if unit is None:
        return "<!-- postcheck-disable" + " " * size
    if name == "nested list items":
        return "".join("  " * (i % 40) + "- kohta\n" for i in range(size // 50))
    return unit * (size // len(unit))


def main() -> None:
    """Time each shape and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    size = parser.parse_args().size
    postcheck.check("Lämmittely.", lang="fi")
    print("| shape | characters | as an X post | as a blog post |")
    print("|---|---|---|---|")
    for name, unit in SHAPES.items():
        text = text_of(name, unit, size)
        times = []
        for channel in ("x", "blog"):
            started = time.perf_counter()
            try:
                postcheck.check(text, channel=channel, lang="fi")
                outcome = ""
            except postcheck.PostcheckError as error:
                outcome = f" ({error.message})"
            times.append(f"{time.perf_counter() - started:.1f} s{outcome}")
        print(f"| {name} | {len(text):,} | {times[0]} | {times[1]} |")


if __name__ == "__main__":
    main()
