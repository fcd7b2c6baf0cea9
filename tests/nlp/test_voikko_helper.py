"""The helper process for real: its jobs, a helper that dies, and the end of the process."""

import os
import signal
import subprocess
import sys
import time

import pytest

from postcheck.nlp import voikko as voikko_module
from postcheck.nlp.voikko import Analyzer
from postcheck.nlp.voikko_helper import NOT_BEGUN, HelperProcess
from tests.nlp.helping import drain, seen_begun


@pytest.fixture
def helper():
    helper = HelperProcess("fi")
    yield helper
    helper.stop()


def _gone(pid: int, within: float = 30) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    return False


def test_a_job_comes_back_to_take_and_to_its_callback(helper):
    got: list[object] = []
    number = helper.submit("suggest", "kisssa", got.append)
    deadline = time.monotonic() + 30
    while not got:
        assert time.monotonic() < deadline
        helper.receive()
    assert got[0][0] == "kissa"
    assert helper.take(number) is NOT_BEGUN  # read before: its callback has it


def test_take_cancels_a_job_not_begun_and_waits_for_one_begun(helper):
    os.kill(helper.pid, signal.SIGSTOP)
    try:
        first = helper.submit("suggest", "kisssa", lambda result: None)
        assert helper.take(first) is NOT_BEGUN  # stopped: it has not begun it
        assert not helper.cancel(first)  # already cancelled
    finally:
        os.kill(helper.pid, signal.SIGCONT)
    # about a second of spelling, so that it is seen begun before it is done
    words = ["kissa", *(f"zorblax{n}" for n in range(150_000))]
    second = helper.submit("spell", words, lambda result: None)
    seen_begun(helper, second)
    assert helper.take(second) == ("kissa",)


def test_a_helper_that_dies_leaves_every_job_to_the_checking_thread(helper, monkeypatch):
    monkeypatch.setattr(voikko_module, "_helper", lambda language: helper)
    expected = Analyzer("fi").suggest("koirra")
    analyzer = Analyzer("fi")
    os.kill(helper.pid, signal.SIGSTOP)
    analyzer.look_ahead(["koirra"], ["Tämä on on hyvä lause."])
    os.kill(helper.pid, signal.SIGKILL)
    helper._process.wait(timeout=30)
    assert analyzer.suggest("koirra") == expected
    assert analyzer.grammar_errors("Tämä on on hyvä lause.")[0].code == 8
    assert not helper.alive and not analyzer._ahead
    analyzer.look_ahead(["kisssa"])  # a dead helper is given nothing
    assert not analyzer._ahead


_STARTS_A_HELPER = (
    "import postcheck, sys\n"
    "from postcheck.nlp import voikko\n"
    "postcheck.check('Tämä on kisssa.')\n"
    "print(voikko._helper('fi').pid, flush=True)\n"
)


def test_the_helper_ends_with_the_process_that_started_it():
    done = subprocess.run(
        [sys.executable, "-c", _STARTS_A_HELPER], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert _gone(int(done.stdout))


def test_the_helper_ends_when_its_process_is_killed():
    process = subprocess.Popen(
        [sys.executable, "-c", _STARTS_A_HELPER + "import time; time.sleep(120)\n"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    pid = int(process.stdout.readline())
    os.kill(pid, 0)  # running
    process.kill()  # no atexit: the helper reads the end of its input
    process.wait(timeout=30)
    assert _gone(pid)


def test_look_ahead_with_a_shared_analyzer_reads_results_of_an_earlier_check(monkeypatch):
    analyzer = voikko_module.voikko("fi")
    word = f"zorblaxi{os.getpid()}"
    analyzer.look_ahead([word])
    drain(analyzer)
    assert analyzer.holds_suggestions(word) and not analyzer._ahead


def test_a_dead_helper_is_replaced_a_few_times_then_no_more(monkeypatch):
    monkeypatch.setattr(voikko_module, "_helpers", {})
    monkeypatch.setattr(voikko_module, "_helper_starts", {})
    started: list[HelperProcess] = []
    try:
        for _ in range(voikko_module.MOST_HELPER_STARTS):
            helper = voikko_module._helper("fi")
            assert helper is not None and helper.alive and helper not in started
            assert voikko_module._helper("fi") is helper  # the same while it runs
            started.append(helper)
            os.kill(helper.pid, signal.SIGKILL)
            deadline = time.monotonic() + 30
            while helper.alive:  # until it reads the end of the helper's output
                assert time.monotonic() < deadline
                helper.receive()
            assert helper._process.returncode == -signal.SIGKILL  # reaped
        assert voikko_module._helper("fi") is None  # no more starts
        analyzer = Analyzer("fi")
        analyzer.look_ahead(["kisssa"])
        assert not analyzer._ahead and analyzer.suggest("kisssa")[0] == "kissa"
    finally:
        for helper in started:
            helper.stop()


def test_a_job_voikko_fails_at_is_left_to_the_caller(helper):
    got: list[object] = []
    number = helper.submit("grammar", None, got.append)  # Voikko cannot check None
    deadline = time.monotonic() + 30
    while number in helper._on_done:
        assert time.monotonic() < deadline
        helper.receive()
    assert helper.alive and not got  # the helper lives on; the job is the caller's
    assert helper.take(number) is NOT_BEGUN
    again = helper.submit("suggest", "kisssa", got.append)
    while not got:
        assert time.monotonic() < deadline
        helper.receive()
    assert got[0][0] == "kissa" and again not in helper._on_done


def test_ctrl_c_in_the_terminal_does_not_stop_the_helper(helper):
    assert os.getpgid(helper.pid) != os.getpgid(0)  # the terminal's Ctrl-C does not reach it
    got: list[object] = []
    deadline = time.monotonic() + 30
    for word in ("kisssa", "koirra"):
        helper.submit("suggest", word, got.append)
        while len(got) < (1 if word == "kisssa" else 2):
            assert time.monotonic() < deadline and helper.alive
            helper.receive()
        os.kill(helper.pid, signal.SIGINT)  # sent to it alone: ignored
    assert [found[0] for found in got] == ["kissa", "koira"]


def test_no_helper_where_python_cannot_start_one(monkeypatch):
    from postcheck.nlp import voikko_helper

    monkeypatch.setattr(voikko_helper.sys, "executable", "")
    assert voikko_helper.start("fi") is None
    monkeypatch.setattr(voikko_helper.sys, "executable", "/nonexistent/python3")
    assert voikko_helper.start("fi") is None
