"""Hunspell through Enchant for real, and the one-line errors when Enchant or a dictionary is missing.

The missing cases hide the real files with a private mount namespace (``unshare``), so the code
under test meets exactly what a machine without the packages has.
"""

import pytest

from postcheck.core.errors import DependencyError
from postcheck.nlp.hunspell import dictionaries, install_hint, speller
from tests.nlp.hiding import hidden, needs_namespaces

LIBRARY = "/usr/lib/x86_64-linux-gnu/libenchant-2.so.2"
#: Where the system's English dictionaries live: Hunspell's, and Aspell's (Enchant's fallback).
DICTIONARIES = ("/usr/share/hunspell", "/usr/lib/aspell")


def test_check_and_suggestions_from_the_us_dictionary():
    words = speller("en_US")
    assert words.provider == "hunspell"
    assert words.check("receive") and words.check("don't") and words.check("color")
    assert not words.check("recieve") and not words.check("dont") and not words.check("colour")
    assert words.suggest("recieve")[0] == "receive"
    assert words.suggest("tomorow")[0] == "tomorrow"
    assert words.suggest("pacakge")[0] == "package"


def test_british_dictionary_is_its_own():
    words = speller("en_GB")
    assert words.check("colour") and words.check("organise") and not words.check("color")
    assert words.suggest("color")[0] == "colour"


def test_one_dictionary_per_tag_per_process_and_results_cached_per_word():
    assert speller("en_US") is speller("en_US") and speller("en_US") is not speller("en_GB")
    words = speller("en_US")
    words.check("pacakge")
    hits = words.check.cache_info().hits
    words.check("pacakge")
    assert words.check.cache_info().hits == hits + 1


@pytest.mark.parametrize("language", ["en", "sv"])
def test_both_dictionaries_suggestions_come_in_order_first_dictionarys_first(language):
    words = speller(language)
    first, second = words.spellers
    for word in ("recieve", "colr", "pacakge", "organisaton", "forsaljnig", "hus", "tyopaikka"):
        expected = tuple(dict.fromkeys([*first.suggest(word), *second.suggest(word)]))
        assert words.suggest(word) == expected


@pytest.mark.parametrize("language", ["en", "sv"])
def test_held_back_both_dictionaries_are_asked_in_this_thread_in_the_same_order(
    language, monkeypatch
):
    from postcheck.nlp import helpers, hunspell

    words = speller(language)
    first, second = words.spellers
    monkeypatch.setattr(hunspell, "_threads", lambda: pytest.fail("a helper thread was used"))
    with helpers.helper_held_back():
        for word in ("recieve", "colr", "pacakge", "forsaljnig", "hus", "tyopaikka"):
            expected = tuple(dict.fromkeys([*first.suggest(word), *second.suggest(word)]))
            assert words._suggest(word) == expected


def test_a_forked_process_asks_both_dictionaries_with_threads_of_its_own():
    import multiprocessing

    words = speller("en")
    words.suggest("recieve")  # the parent's threads exist now; a fork does not copy them
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as pool:
        in_child = pool.apply_async(_suggest_in_child, ("pacakge",)).get(timeout=60)
    assert in_child == words.suggest("pacakge") and in_child[0] == "package"


def _suggest_in_child(word: str) -> tuple[str, ...]:
    return speller("en").suggest(word)


def test_dictionaries_lists_the_english_ones_enchant_finds():
    found = dict(dictionaries("en"))
    assert found["en_US"] == "hunspell" and found["en_GB"] == "hunspell"
    assert all(tag.startswith("en") for tag in found)


def test_a_dictionary_enchant_does_not_have_is_one_line_with_the_fix():
    with pytest.raises(DependencyError) as caught:
        speller("xx_YY")
    line = str(caught.value)
    assert "\n" not in line
    assert line.startswith("the Hunspell dictionary for 'xx_YY' is not installed; install it with")
    assert "sudo apt-get install libenchant-2-2 hunspell-xx-yy" in line


def test_install_hint_names_the_packages_of_the_tag():
    assert "'sudo apt-get install libenchant-2-2 hunspell-en-us'" in install_hint("en_US")
    assert "'sudo dnf install enchant2 hunspell-en-GB'" in install_hint("en_GB")


@needs_namespaces
@pytest.mark.parametrize(
    ("paths", "missing"),
    [
        ((LIBRARY,), "the Enchant library (libenchant-2.so.2) is not installed"),
        (DICTIONARIES, "the Hunspell dictionary for 'en_US' is not installed"),
    ],
)
def test_missing_enchant_gives_one_line_and_exit_2(paths, missing, tmp_path):
    draft = tmp_path / "a.txt"
    draft.write_text("Hello world, this is fine.\n")
    result = hidden(
        paths, f'from postcheck.cli.main import main; main(["--lang", "en", "{draft}"])'
    )
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert missing in line
    assert "sudo apt-get install libenchant-2-2 hunspell-en-us" in line
    assert "Traceback" not in result.stderr


@needs_namespaces
def test_finnish_drafts_are_checked_without_enchant(tmp_path):
    draft = tmp_path / "a.txt"
    draft.write_text("Hei maailma, tämä on hyvä.\n")
    result = hidden((LIBRARY,), f'from postcheck.cli.main import main; main(["{draft}"])')
    assert result.returncode == 0, result.stderr
    assert "overall" in result.stdout


@needs_namespaces
def test_doctor_names_the_missing_english_dictionary_and_the_fix(tmp_path):
    result = hidden(
        DICTIONARIES, f'from postcheck.cli.main import main; main(["doctor", "{tmp_path}"])'
    )
    assert result.returncode == 2, result.stderr
    assert "MISSING: the Hunspell dictionary for 'en_US' is not installed" in result.stdout
    assert "sudo apt-get install libenchant-2-2 hunspell-en-us" in result.stdout
    assert "Traceback" not in result.stderr


@needs_namespaces
def test_warm_up_leaves_out_a_language_whose_dictionary_is_missing():
    result = hidden(
        DICTIONARIES,
        'import postcheck; postcheck.warm_up(); print(postcheck.check("Hyvää huomenta.").lang)',
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "fi"
    result = hidden(
        DICTIONARIES, 'import postcheck; postcheck.check("Good morning to you all.", lang="en")'
    )
    assert result.returncode == 1
    assert "the Hunspell dictionary for 'en" in result.stderr
