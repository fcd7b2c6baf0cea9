"""The helper process's side: its messages, its Voikko calls, and a job list served for real."""

import collections
import os
import threading

from hypothesis import given
from hypothesis import strategies as st

from postcheck.nlp import voikko_worker as worker
from postcheck.nlp.voikko import voikko

_values = st.recursive(
    st.none() | st.integers() | st.text() | st.booleans(),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner),
    max_leaves=12,
)


@given(
    st.lists(st.tuples(st.integers(0, 3), _values), max_size=8),
    st.lists(st.integers(1, 50), min_size=1, max_size=20),
)
def test_messages_read_back_whole_however_the_pipe_cuts_them(messages, cuts):
    stream = b"".join(worker.encode(message) for message in messages)
    buffer, read, start, i = bytearray(), [], 0, 0
    while start < len(stream):
        piece = stream[start : start + cuts[i % len(cuts)]]
        start, i = start + len(piece), i + 1
        buffer += piece
        read.extend(worker.decode(buffer))
    assert read == messages
    assert not buffer  # nothing half-read is left


def test_the_calls_give_plain_values():
    handle = voikko("fi")._handle
    assert worker.suggestions(handle, "kisssa")[0] == "kissa"
    assert worker.accepted(handle, ["kisa", "kisssa", "kissa"]) == ("kisa", "kissa")
    [error] = worker.grammar_errors(handle, "Tämä on on hyvä lause.", "fi")
    assert error == (8, 5, 5, ("on",), "Sana on kirjoitettu kahteen kertaan.")


def test_serve_does_the_jobs_in_order_skips_the_cancelled_and_stops_at_the_end():
    to_worker, from_us = os.pipe()
    to_us, from_worker = os.pipe()
    jobs = [
        (worker.JOB, 0, "suggest", "kisssa"),
        (worker.JOB, 1, "suggest", "koirra"),
        (worker.CANCEL, 1),
        (worker.JOB, 2, "spell", ["kisa", "kisssa"]),
        (worker.JOB, 3, "grammar", "Tämä on on hyvä lause."),
    ]
    os.write(from_us, b"".join(worker.encode(job) for job in jobs))  # before it starts: all read
    serving = threading.Thread(target=worker.serve, args=("fi", to_worker, from_worker))
    serving.start()
    buffer, messages = bytearray(), []
    while len(messages) < 6:
        buffer += os.read(to_us, 1 << 16)
        messages.extend(worker.decode(buffer))
    os.close(from_us)  # the end of its input: it stops
    serving.join(timeout=30)
    assert not serving.is_alive()
    done = {message[1]: message[2] for message in messages if message[0] == worker.DONE}
    assert [message[:2] for message in messages if message[0] == worker.BEGUN] == [
        (worker.BEGUN, 0),
        (worker.BEGUN, 2),
        (worker.BEGUN, 3),
    ]
    assert done[0][0] == "kissa" and done[2] == ("kisa",) and done[3][0][0] == 8
    assert 1 not in done
    for fd in (to_worker, to_us, from_worker):
        os.close(fd)


def test_analyses_go_first_and_a_cancel_after_them_still_counts():
    waiting: collections.deque = collections.deque()
    for message in (
        (worker.JOB, 0, "grammar", "Eka."),
        (worker.JOB, 1, "suggest", "kisssa"),
        (worker.JOB, 2, "analyse", ["kissa"]),
        (worker.JOB, 3, "analyse", ["koira"]),
        (worker.CANCEL, 0),
        (worker.CANCEL, 7),  # done already: nothing to take out
    ):
        worker._take_in(message, waiting)
    assert [job[0] for job in waiting] == [2, 3, 1]
