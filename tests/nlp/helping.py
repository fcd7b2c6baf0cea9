"""Test helpers for Voikko's helper process: wait for its jobs, or stop it for a while."""

import contextlib
import os
import signal
import time
from collections.abc import Iterator

from postcheck.nlp import voikko as voikko_module
from postcheck.nlp.voikko import Analyzer
from postcheck.nlp.voikko_helper import HelperProcess


def running_helper() -> HelperProcess:
    """Return the process's helper for Finnish, which must be running."""
    helper = voikko_module._helper("fi")
    assert helper is not None and helper.alive
    return helper


def drain(analyzer: Analyzer) -> None:
    """Wait until the helper has done every job ``analyzer`` gave it."""
    deadline = time.monotonic() + 60
    while analyzer._ahead:
        assert time.monotonic() < deadline, "the helper process did not finish its jobs"
        running_helper().receive()
        time.sleep(0.005)


@contextlib.contextmanager
def stopped_helper() -> Iterator[HelperProcess]:
    """Stop the helper process (SIGSTOP) inside the block: it begins nothing there."""
    helper = running_helper()
    os.kill(helper.pid, signal.SIGSTOP)
    try:
        yield helper
    finally:
        os.kill(helper.pid, signal.SIGCONT)


def seen_begun(helper: HelperProcess, number: int) -> None:
    """Read what the helper sends until it is seen at job ``number`` (a long one)."""
    deadline = time.monotonic() + 60
    while not helper.begun(number):
        assert time.monotonic() < deadline, "the helper did not begin the job"
        assert number in helper._on_done, "the helper was done before it was seen at it"
        helper.receive()
