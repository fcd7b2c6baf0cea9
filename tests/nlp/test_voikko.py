"""Voikko for real, and the one-line errors when the library or the dictionary is missing.

The missing cases hide the real files with a private mount namespace (``unshare``), so the code
under test meets exactly what a machine without the packages has.
"""

import pytest

from postcheck.nlp.voikko import voikko
from tests.nlp.hiding import hidden, needs_namespaces

LIBRARY = "/usr/lib/x86_64-linux-gnu/libvoikko.so.1"
DICTIONARY = "/usr/lib/voikko"


def test_spelling_analysis_suggestions_and_hyphenation():
    analyzer = voikko("fi")
    assert analyzer.spell("kissa") and not analyzer.spell("kisssa")
    assert analyzer.suggest("kisssa")[0] == "kissa"
    [analysis] = analyzer.analyze("synergioiden")
    assert analysis["BASEFORM"] == "synergia" and analysis["SIJAMUOTO"] == "omanto"
    assert analyzer.syllables("synergia") == 4


def test_grammar_errors_have_codes_offsets_and_finnish_descriptions():
    [error] = voikko("fi").grammar_errors("Tämä on on hyvä lause.")
    assert (error.code, error.start, error.length, error.suggestions) == (8, 5, 5, ("on",))
    assert error.description == "Sana on kirjoitettu kahteen kertaan."


def test_one_handle_per_process():
    assert voikko("fi") is voikko("fi")


@needs_namespaces
@pytest.mark.parametrize(
    ("path", "missing"),
    [
        (LIBRARY, "the Voikko library (libvoikko.so.1) is not installed"),
        (DICTIONARY, "the Voikko dictionary for 'fi' is not installed"),
    ],
)
def test_missing_voikko_gives_one_line_and_exit_2(path, missing, tmp_path):
    draft = tmp_path / "a.txt"
    draft.write_text("Hei maailma.\n")
    result = hidden((path,), f'from postcheck.cli.main import main; main(["{draft}"])')
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert missing in line
    assert "sudo apt-get install libvoikko1 voikko-fi" in line
    assert "Traceback" not in result.stderr


@needs_namespaces
def test_english_drafts_are_checked_without_voikko(tmp_path):
    draft = tmp_path / "a.txt"
    draft.write_text("Hello world, this is fine.\n")
    result = hidden(
        (DICTIONARY,), f'from postcheck.cli.main import main; main(["--lang", "en", "{draft}"])'
    )
    assert result.returncode == 0, result.stderr
    assert "overall" in result.stdout


@needs_namespaces
def test_doctor_names_the_missing_dictionary_and_the_fix(tmp_path):
    result = hidden(
        (DICTIONARY,), f'from postcheck.cli.main import main; main(["doctor", "{tmp_path}"])'
    )
    assert result.returncode == 2, result.stderr
    assert "MISSING: the Voikko dictionary for 'fi' is not installed" in result.stdout
    assert "sudo apt-get install libvoikko1 voikko-fi" in result.stdout
    assert "Traceback" not in result.stderr
