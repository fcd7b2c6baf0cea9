"""Voikko for real, and the one-line errors when the library or the dictionary is missing.

The missing cases hide the real files with a private mount namespace (``unshare``), so the code
under test meets exactly what a machine without the packages has.
"""

import time

import pytest

from postcheck.nlp import helpers
from postcheck.nlp import voikko as voikko_module
from postcheck.nlp.voikko import Analyzer, voikko
from tests.nlp.helping import drain, running_helper, seen_begun, stopped_helper
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


WORDS = ("kisssa", "Tampereela", "ilmoitaudu", "kirjotin")
PARAGRAPHS = ("Tämä on on hyvä lause.", "me menee huomenna kauppaan")


def _expected() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple]]:
    plain = Analyzer("fi")  # a handle of its own, nothing started ahead
    return (
        {word: plain.suggest(word) for word in WORDS},
        {text: plain.grammar_errors(text) for text in PARAGRAPHS},
    )


def _not_here(*_):
    raise AssertionError("worked out in the checking thread, not read from the helper")


def test_look_ahead_does_the_work_in_the_helper_process(monkeypatch):
    suggestions, errors = _expected()
    analyzer = Analyzer("fi")
    analyzer.look_ahead(WORDS, PARAGRAPHS)
    drain(analyzer)
    monkeypatch.setattr(voikko_module, "_suggest", _not_here)
    monkeypatch.setattr(voikko_module, "_grammar_errors", _not_here)
    assert {word: analyzer.suggest(word) for word in WORDS} == suggestions
    assert {text: analyzer.grammar_errors(text) for text in PARAGRAPHS} == errors
    assert errors["Tämä on on hyvä lause."][0].code == 8  # a real finding came through


def _slips(word: str) -> list[str]:
    return [word.replace("sss", "ss"), word + "x", word.replace("sss", "s")]


def test_variants_are_spelled_in_the_helper_for_the_words_asked_only(monkeypatch):
    analyzer = Analyzer("fi")
    analyzer.look_ahead(["kisssa", "Kisssa"], variants=_slips, varied=str.islower)
    assert ("accepted", (_slips, "kisssa")) in analyzer._ahead
    assert ("accepted", (_slips, "Kisssa")) not in analyzer._ahead
    drain(analyzer)
    monkeypatch.setattr(voikko_module, "_accepted", _not_here)
    assert analyzer.accepted("kisssa", _slips) == ("kissa", "kisa")


def test_what_the_helper_has_not_begun_is_worked_out_here():
    suggestions, errors = _expected()
    analyzer = Analyzer("fi")
    with stopped_helper():
        analyzer.look_ahead(WORDS, PARAGRAPHS)
        assert len(analyzer._ahead) == len(WORDS) + len(PARAGRAPHS)
        assert {word: analyzer.suggest(word) for word in WORDS} == suggestions
        assert {text: analyzer.grammar_errors(text) for text in PARAGRAPHS} == errors
    assert not analyzer._ahead  # every job was taken back (cancelled), none left waiting


def test_results_not_yet_read_are_kept_and_started_only_once(monkeypatch):
    analyzer = Analyzer("fi")
    with stopped_helper():
        analyzer.look_ahead(["kisssa", "kisssa"], [])
        analyzer.look_ahead(["kisssa"], [])  # still waiting: not started again
        assert list(analyzer._ahead) == [("suggest", "kisssa")]
    drain(analyzer)  # read and kept in the cache
    analyzer.look_ahead(["kisssa"], [])  # cached: nothing to start
    assert not analyzer._ahead
    monkeypatch.setattr(voikko_module, "_suggest", _not_here)
    assert analyzer.suggest("kisssa")[0] == "kissa"


def _many(word: str) -> list[str]:
    """A word's variants that take Voikko about a second to spell, two real words among them."""
    return ["kissa", *(f"{word}{n}" for n in range(150_000)), "koira"]


def test_a_job_the_helper_is_at_is_waited_for_not_done_twice(monkeypatch):
    analyzer = Analyzer("fi")
    analyzer.look_ahead(["zorblax"], variants=_many)
    number = analyzer._ahead["accepted", (_many, "zorblax")]
    seen_begun(running_helper(), number)
    monkeypatch.setattr(voikko_module, "_accepted", _not_here)
    assert analyzer.accepted("zorblax", _many) == ("kissa", "koira")


def test_while_the_helper_is_at_a_job_this_thread_does_the_next(monkeypatch):
    analyzer = Analyzer("fi")
    analyzer.look_ahead(
        ["zorblax", "kisssa"], ["Tämä on on hyvä lause."], _many, varied="zorblax".__eq__
    )
    number = analyzer._ahead["accepted", (_many, "zorblax")]
    seen_begun(running_helper(), number)
    done_here: list[str] = []
    real = voikko_module._suggest

    def here(handle, word):
        done_here.append(word)
        return real(handle, word)

    monkeypatch.setattr(voikko_module, "_suggest", here)
    assert analyzer.accepted("zorblax", _many) == ("kissa", "koira")
    assert done_here == ["kisssa"]  # done here while the helper spelled; not waited for
    assert analyzer.suggest("kisssa")[0] == "kissa"


def test_a_forked_child_works_without_the_parents_helper():
    import multiprocessing

    suggestions, _ = _expected()
    analyzer = _forked["analyzer"] = Analyzer("fi")  # a fork copies it to the child
    analyzer.look_ahead(["Tampereela"], variants=_many, varied=lambda word: True)
    parent_helper = running_helper().pid
    with multiprocessing.get_context("fork").Pool(1) as pool:
        first, later, child_helper = pool.apply_async(_ahead_in_child).get(timeout=60)
    assert (first, later) == (suggestions["Tampereela"], suggestions["kirjotin"])
    assert child_helper not in (None, parent_helper)  # a helper of its own
    drain(analyzer)


_forked: dict[str, Analyzer] = {}


def _ahead_in_child() -> tuple[tuple[str, ...], tuple[str, ...], int | None]:
    analyzer = _forked["analyzer"]
    first = analyzer.suggest("Tampereela")  # the parent's job is not here: worked out here
    analyzer.look_ahead(["kirjotin"], [])  # in the child's own helper
    drain(analyzer)
    helper = voikko_module._helper("fi")
    return first, analyzer.suggest("kirjotin"), helper.pid if helper else None


class _NoHandle:
    def __getattr__(self, name):
        raise AssertionError(f"the checking thread asked Voikko ({name}): not read from the helper")


ANALYSED = ("juoksivat", "kisssa", "Tampereella", "ja")


def test_words_analysed_ahead_come_back_as_voikko_reads_them_here():
    plain = Analyzer("fi")
    analyzer = Analyzer("fi")
    analyzer.analyse_ahead(list(ANALYSED))
    number = analyzer._analysing["ja"]
    helper, deadline = running_helper(), time.monotonic() + 60
    while analyzer._analysing:
        assert time.monotonic() < deadline
        helper.receive()
    analyzer._handle = _NoHandle()
    assert [analyzer.spell(word) for word in ANALYSED] == [plain.spell(w) for w in ANALYSED]
    assert [analyzer.analyze(word) for word in ANALYSED] == [plain.analyze(w) for w in ANALYSED]
    assert analyzer.analyze("juoksivat")[0]["BASEFORM"] == "juosta"
    assert not helper.begun(number)


def test_a_batch_the_helper_has_not_begun_is_analysed_here():
    plain = Analyzer("fi")
    analyzer = Analyzer("fi")
    with stopped_helper():
        analyzer.analyse_ahead(list(ANALYSED))
        assert analyzer.analyze("kisssa") == plain.analyze("kisssa") == ()
        assert not analyzer._analysing  # the batch is cancelled: its words are read here
        assert [analyzer.spell(word) for word in ANALYSED] == [plain.spell(w) for w in ANALYSED]


def test_analysing_ahead_again_cancels_what_the_helper_has_not_begun():
    analyzer = Analyzer("fi")
    with stopped_helper():
        analyzer.analyse_ahead(["kissa"])
        first = analyzer._analysing["kissa"]
        analyzer.analyse_ahead(["koira"])
        assert list(analyzer._analysing) == ["koira"]
        assert not running_helper().cancel(first)  # already cancelled


def test_no_more_than_most_ahead_jobs_wait_at_once():
    analyzer = Analyzer("fi")
    asked: list[str] = []

    def words():
        for number in range(voikko_module.MOST_AHEAD * 2):
            asked.append(word := f"sanna{number}x")
            yield word

    with stopped_helper():
        analyzer.look_ahead(words(), ["Tämä on lause."])
        assert len(analyzer._ahead) == voikko_module.MOST_AHEAD
        assert len(asked) == voikko_module.MOST_AHEAD + 1  # the words after are not even read
    drain(analyzer)


def test_no_helper_leaves_every_call_to_the_calling_thread(monkeypatch):
    suggestions, _ = _expected()
    analyzer = Analyzer("fi")
    monkeypatch.setattr(helpers, "_never", False)  # restored after the test
    helpers.no_helper()
    analyzer.look_ahead(WORDS, PARAGRAPHS)
    assert not analyzer._ahead
    assert analyzer.suggest("kisssa") == suggestions["kisssa"]


def test_helper_held_back_starts_nothing_inside_the_block_only():
    analyzer = Analyzer("fi")
    with helpers.helper_held_back():
        analyzer.look_ahead(WORDS, PARAGRAPHS)
        assert not analyzer._ahead
    analyzer.look_ahead(WORDS[:1])
    assert list(analyzer._ahead) == [("suggest", WORDS[0])]
    analyzer.suggest(WORDS[0])


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
