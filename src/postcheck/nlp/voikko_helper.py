"""The helper process: a Voikko of its own in another process, doing slow calls ahead of a check.

A helper *thread* cannot do Voikko's short calls beside a busy checking thread: libvoikko
releases Python's interpreter lock only inside each call, and a thread that wants the lock back
waits for the checking thread's switch interval (5 ms) after every 7 µs spelling. A few hundred
spellings took seconds that way instead of 2 ms. A process has an interpreter of its own.

:class:`HelperProcess` starts ``voikko_worker.py`` as a script (it imports only the standard
library and libvoikko, and is ready in a few tens of milliseconds), gives it jobs, and reads
what it finds without a thread of its own: each call reads whatever has arrived, and waits only
for a job the helper has begun. A job it has not begun is cancelled for the caller to do
itself. The helper stops when the pipe to it closes; this process kills it when it exits.
"""

from __future__ import annotations

import atexit
import itertools
import os
import select
import subprocess
import sys
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from postcheck.nlp.voikko_worker import BEGUN, CANCEL, DONE, FAILED, JOB, decode, encode

WORKER = Path(__file__).with_name("voikko_worker.py")

#: Returned by :meth:`HelperProcess.take` for a job the helper has not begun (now cancelled).
NOT_BEGUN: Any = object()
#: Job numbers, unique in this process: a number kept from a helper that has died never names
#: a job of the one that replaced it.
_NUMBERS = itertools.count()


class HelperProcess:
    """One helper process for one language, and the jobs given to it."""

    def __init__(self, language: str) -> None:
        self.language = language
        # -P: the worker's folder is not put on the module path (its modules are postcheck's);
        # PYTHONPATH and the user's site stay, so libvoikko is found where this process found it.
        self._process = subprocess.Popen(
            [sys.executable, "-P", str(WORKER), language],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # a helper that fails to start leaves the work here
            start_new_session=True,  # Ctrl-C in the terminal is for this process to handle
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._to = self._process.stdin.fileno()
        self._from = self._process.stdout.fileno()
        os.set_blocking(self._to, False)  # never wait for the helper to read: keep it here
        self._arrivals = select.poll()  # not select(): a server's descriptors may pass 1024
        self._arrivals.register(self._from, select.POLLIN)
        self._unsent = bytearray()
        self._received = bytearray()
        self._begun: set[int] = set()
        self._on_done: dict[int, Callable[[Any], None]] = {}
        #: Held while giving a job and noting its number, so no result is read in between.
        self.lock = threading.RLock()
        self._owner = os.getpid()
        self.alive = True
        _STARTED.add(self)

    @property
    def pid(self) -> int:
        """The helper's process id."""
        return self._process.pid

    def submit(self, kind: str, payload: Any, on_done: Callable[[Any], None]) -> int:
        """Give the helper a job; ``on_done`` gets its result when it is read. Return its number."""
        with self.lock:
            number = next(_NUMBERS)
            self._on_done[number] = on_done
            self._unsent += encode((JOB, number, kind, payload))
            self._send()
            return number

    def take(self, number: int) -> Any:
        """Return job ``number``'s result, waiting for it if the helper has begun it.

        :data:`NOT_BEGUN` when it has not (it is cancelled: the caller does it), when Voikko
        failed at it there, or when the result was read before (its ``on_done`` has it).
        """
        with self.lock:
            self._send()
            found = self._receive(wait=False)
            while number not in found:
                if number not in self._begun or not self.alive:
                    self.cancel(number)
                    return NOT_BEGUN
                found = self._receive(wait=True)
            return found[number]

    def begun(self, number: int) -> bool:
        """Tell whether the helper is at job ``number`` (as far as what has been read tells)."""
        return number in self._begun

    def cancel(self, number: int) -> bool:
        """Cancel job ``number`` unless the helper has begun it; tell whether it was cancelled.

        The helper may begin it before the message arrives: its result is then not read.
        """
        with self.lock:
            if number in self._begun or number not in self._on_done:
                return False
            del self._on_done[number]
            if self.alive:
                self._unsent += encode((CANCEL, number))
                self._send()
            return True

    def receive(self) -> None:
        """Read what the helper has finished so far (each result goes to its ``on_done``)."""
        with self.lock:
            self._send()
            self._receive(wait=False)

    def stop(self) -> None:
        """End the helper process (in the process that started it)."""
        if os.getpid() != self._owner:
            return
        self.alive = False
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for pipe in (self._process.stdin, self._process.stdout):
            if pipe is not None:
                pipe.close()

    def _send(self) -> None:
        """Write what the pipe takes now; the rest waits for the next call."""
        if not self._unsent or not self.alive:
            return
        try:
            written = os.write(self._to, self._unsent)
        except BlockingIOError:
            return
        except OSError:  # the helper has ended
            self._ended()
            return
        del self._unsent[:written]

    def _receive(self, wait: bool) -> dict[int, Any]:
        """Read the messages that have come (first waiting for one, with ``wait``).

        Return the results among them by job number, each also given to its ``on_done``.
        """
        found: dict[int, Any] = {}
        while self.alive and (wait or self._arrivals.poll(0)):
            data = os.read(self._from, 1 << 16)
            if not data:
                self._ended()
                break
            self._received += data
            for message in decode(self._received):
                if message[0] == BEGUN:
                    self._begun.add(message[1])
                elif message[0] == DONE:
                    _, number, result = message
                    self._begun.discard(number)
                    found[number] = result
                    on_done = self._on_done.pop(number, None)
                    if on_done is not None:
                        on_done(result)
                elif message[0] == FAILED:  # the caller does it and meets the error
                    self._begun.discard(message[1])
                    self._on_done.pop(message[1], None)
                    found[message[1]] = NOT_BEGUN
            wait = wait and not found
        return found

    def _ended(self) -> None:
        """Mark the helper gone: every job left is the caller's."""
        self.alive = False
        try:
            self._process.wait(timeout=1)  # it has closed its output: it is ending
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        for pipe in (self._process.stdin, self._process.stdout):
            if pipe is not None:
                pipe.close()
        self._begun.clear()
        self._on_done.clear()
        self._unsent.clear()


#: The helpers this process started, to stop at exit (held weakly).
_STARTED: weakref.WeakSet[HelperProcess] = weakref.WeakSet()


def start(language: str) -> HelperProcess | None:
    """Start a helper process for ``language``; None when it cannot be started.

    It cannot when this Python does not know its own program (embedded in another one) or the
    system refuses a new process.
    """
    if not sys.executable:
        return None
    try:
        return HelperProcess(language)
    except OSError:
        return None


@atexit.register
def _stop_all() -> None:
    for helper in list(_STARTED):
        helper.stop()
