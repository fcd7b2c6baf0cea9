"""Whether this process may use helpers: Voikko's helper process and Hunspell's second thread.

A check uses a second core where it can: Voikko's suggestions, the spelling of their slips and
its grammar checker start ahead in a helper process (:meth:`~postcheck.nlp.voikko.Analyzer.look_ahead`),
and an English or Swedish word's second dictionary is asked in a thread while the first is
(:class:`~postcheck.nlp.hunspell.EitherSpeller`). Two kinds of process want neither:

* a worker among as many processes as there are cores (``--jobs``, ``postcheck history``, an
  archive's cluster): a helper would only take turns with the other workers for the cores. It
  calls :func:`no_helper` once, for good.
* a process about to fork such workers: ``os.fork`` wants a process of one thread (Python
  3.12 and later warn otherwise), and a helper it started would have no work once the workers
  check. It checks its warm-up draft inside :func:`helper_held_back`.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator

_lock = threading.Lock()
#: For good in this process (:func:`no_helper`).
_never = False
#: How many :func:`helper_held_back` blocks are open.
_held = 0


def no_helper() -> None:
    """Start no helper in this process from now on: every call in the calling thread."""
    global _never
    _never = True


@contextlib.contextmanager
def helper_held_back() -> Iterator[None]:
    """Start no helper inside the block; one started before it stays.

    Blocks may nest and overlap (in threads, or in generators that yield inside them): helpers
    are allowed again when the last one closes.
    """
    global _held
    with _lock:
        _held += 1
    try:
        yield
    finally:
        with _lock:
            _held -= 1


def _after_fork_in_child() -> None:
    """Give a forked child a lock of its own (a thread of the parent may have held this one).

    A child forked inside a held-back block stays held back: it is a worker of that parent.
    """
    global _lock
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_after_fork_in_child)


def helpers_allowed() -> bool:
    """Tell whether a helper may be used now (see :func:`no_helper`, :func:`helper_held_back`)."""
    return not _never and not _held
