"""Readability is calibrated on real Finnish: blogs and fiction read easier than legislation.

UD_Finnish-TDT's test set, grouped into documents by sent_id (b… blog, f… fiction, j…
legislation); skipped when ../shared/corpora is absent. The numbers per genre are printed by
benchmarks/readability_on_ud.py.
"""

import statistics
from collections import defaultdict

import pytest

from postcheck import check
from postcheck.profiles.audiences import audience_names
from tests.conftest import SHARED

TDT = SHARED / "corpora" / "UD_Finnish-TDT" / "fi_tdt-ud-test.conllu"


def genre_documents():
    sentences = defaultdict(list)
    sent_id = ""
    for line in TDT.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sent_id = line.removeprefix("# sent_id = ").strip()
        elif line.startswith("# text = ") and sent_id[:1] in "bfj":
            sentences[sent_id.rsplit(".", 1)[0]].append(line.removeprefix("# text = "))
    genres = defaultdict(list)
    for doc_id, texts in sentences.items():
        genres[doc_id[:1]].append(" ".join(texts))
    return genres


@pytest.mark.skipif(not TDT.exists(), reason="../shared/corpora is absent")
@pytest.mark.parametrize("audience", audience_names())
def test_blogs_and_fiction_are_clearly_more_readable_than_legislation(audience):
    genres = genre_documents()
    assert {genre: len(docs) >= 3 for genre, docs in genres.items()} == {
        "b": True,
        "f": True,
        "j": True,
    }

    def mean_readable(genre):
        return statistics.fmean(
            check(text, lang="fi", audience=audience).scores["readable"] for text in genres[genre]
        )

    legislation = mean_readable("j")
    assert mean_readable("b") >= legislation + 20
    assert mean_readable("f") >= legislation + 20
