"""X's counter on the dotted runs that made twitter-text crawl: counted right, URLs still 23.

How fast is measured in benchmarks/pathological.py (1 MB of each shape).
"""

from postcheck.profiles.channels import get


def test_dotted_runs_are_counted_character_by_character_and_urls_still_weigh_23():
    x = get("x")
    assert x.length("a." * 20_000) == 40_000
    assert x.length("1." * 20_000) == 40_000
    assert (
        x.length("Katso https://kinda.fi/a.b.c ja kinda.fi")
        == len("Katso ") + 23 + len(" ja ") + 23
    )
    assert x.length("a.b." * 10 + " https://kinda.fi") == 40 + 1 + 23


def test_runs_of_longer_dotted_labels_are_counted_in_pieces_too():
    x = get("x")
    text = " ".join(f"www.a{i}." * 500 for i in range(6))
    assert x.length(text) == len(text)
    assert x.fits(text, 280) == 280
