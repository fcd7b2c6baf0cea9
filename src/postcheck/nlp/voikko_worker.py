"""Voikko's slow calls, and the helper process that makes them beside a check.

The functions take a libvoikko handle and return plain values (tuples, strings, numbers), the
same whether the checking thread calls them or the helper process does.

The helper process (:class:`~postcheck.nlp.voikko.Analyzer` starts it) runs this file as a
script, ``python -P voikko_worker.py LANGUAGE``, so that it imports only the standard library and
libvoikko. It reads jobs from its standard input and writes what it finds to its standard
output, in order, one job at a time. Every message is a ``marshal``-ed tuple after its length
(four bytes, little-endian):

* in: ``(JOB, number, kind, payload)``, with kind ``"suggest"`` (a word), ``"spell"`` (a list
  of words: the ones Voikko accepts come back), ``"grammar"`` (a paragraph) or ``"analyse"``
  (a list of words: each one's spelling and analyses come back; these jobs go before the
  others, since the checking thread needs them first); and ``(CANCEL, number)``: the job is
  not to be done (the checking thread did it itself);
* out: ``(BEGUN, number)`` as a job begins and ``(DONE, number, result)`` when it is done, or
  ``(FAILED, number)`` when Voikko raised an error (the checking thread then does the job and
  meets the error itself).

It stops when its standard input closes: the process that started it has ended. It runs in a
session of its own, out of reach of the terminal's Ctrl-C, and ignores SIGINT: the process that
started it decides when it stops.
"""

from __future__ import annotations

import marshal
import os
import select
import signal
import struct
import sys
from collections import deque
from collections.abc import Iterable
from typing import Any

#: The length before each message.
HEADER = struct.Struct("<I")
JOB, CANCEL, BEGUN, DONE, FAILED = range(5)

#: One of Voikko's grammar errors: (code, start, length, suggestions, description).
GrammarTuple = tuple[int, int, int, tuple[str, ...], str]


def suggestions(handle: Any, word: str) -> tuple[str, ...]:
    """Return Voikko's spelling suggestions for ``word``, best first."""
    return tuple(handle.suggest(word))


def accepted(handle: Any, words: Iterable[str]) -> tuple[str, ...]:
    """Return the words Voikko accepts as written, in their order."""
    return tuple(word for word in words if handle.spell(word))


def analyses(handle: Any, words: Iterable[str]) -> list[tuple[bool, list[dict[str, str]]]]:
    """Return, for each word, whether Voikko accepts it and its morphological analyses."""
    return [
        (bool(handle.spell(word)), [dict(read) for read in handle.analyze(word)]) for word in words
    ]


def grammar_errors(handle: Any, paragraph: str, language: str) -> tuple[GrammarTuple, ...]:
    """Return the errors Voikko's grammar checker finds in ``paragraph``."""
    return tuple(
        (
            error.errorCode,
            error.startPos,
            error.errorLen,
            tuple(error.suggestions),
            error.shortDescription,
        )
        for error in handle.grammarErrors(paragraph, language)
    )


def encode(message: tuple[Any, ...]) -> bytes:
    """Return ``message`` as it goes down a pipe: its length, then its ``marshal`` form."""
    body = marshal.dumps(message)
    return HEADER.pack(len(body)) + body


def decode(buffer: bytearray) -> list[tuple[Any, ...]]:
    """Return the whole messages at the front of ``buffer``, removed from it."""
    messages, start = [], 0
    while len(buffer) - start >= HEADER.size:
        (length,) = HEADER.unpack_from(buffer, start)
        end = start + HEADER.size + length
        if end > len(buffer):
            break
        messages.append(marshal.loads(buffer[start + HEADER.size : end]))
        start = end
    del buffer[:start]
    return messages


def _work(handle: Any, language: str, kind: str, payload: Any) -> Any:
    if kind == "suggest":
        return suggestions(handle, payload)
    if kind == "spell":
        return accepted(handle, payload)
    if kind == "analyse":
        return analyses(handle, payload)
    return grammar_errors(handle, payload, language)


def _write(fd: int, message: tuple[Any, ...]) -> None:
    data = memoryview(encode(message))
    while data:
        data = data[os.write(fd, data) :]


def serve(language: str, reading: int = 0, writing: int = 1) -> None:
    """Do the jobs that come in on ``reading`` and write the results to ``writing``."""
    import libvoikko

    handle = libvoikko.Voikko(language)
    waiting: deque[tuple[int, str, Any]] = deque()
    buffer = bytearray()
    while True:
        # Read whatever has come, waiting for it only when there is nothing to do.
        while not waiting or select.select([reading], [], [], 0)[0]:
            data = os.read(reading, 1 << 16)
            if not data:
                return  # the process that started this one has ended
            buffer += data
            for message in decode(buffer):
                _take_in(message, waiting)
        number, kind, payload = waiting.popleft()
        _write(writing, (BEGUN, number))
        try:
            result = _work(handle, language, kind, payload)
        except Exception:  # reported: the checking thread does the job and meets the error
            _write(writing, (FAILED, number))
        else:
            _write(writing, (DONE, number, result))


def _take_in(message: tuple[Any, ...], waiting: deque[tuple[int, str, Any]]) -> None:
    """Add a job to ``waiting``, or take a cancelled one out.

    Analyses go before the other jobs, after those already there. A job always comes before its
    cancel; one already done is no longer there.
    """
    if message[0] == CANCEL:
        for job in waiting:
            if job[0] == message[1]:
                waiting.remove(job)
                break
    elif message[2] == "analyse":
        waiting.insert(sum(1 for job in waiting if job[1] == "analyse"), message[1:])
    else:
        waiting.append(message[1:])


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    serve(sys.argv[1])
