"""Whether a process may use helper threads: for good (no_helper) and for a block (held back)."""

import threading

from postcheck.nlp import helpers


def test_helpers_are_allowed_until_held_back_and_again_after():
    assert helpers.helpers_allowed()
    with helpers.helper_held_back():
        assert not helpers.helpers_allowed()
    assert helpers.helpers_allowed()


def test_overlapping_blocks_hold_back_until_the_last_closes():
    # Two generators that yield inside their blocks, closed in the order they were opened.
    def held():
        with helpers.helper_held_back():
            yield

    first, second = held(), held()
    next(first)
    next(second)
    first.close()
    assert not helpers.helpers_allowed()
    second.close()
    assert helpers.helpers_allowed()


def test_blocks_in_threads_at_once_all_close():
    inside = threading.Barrier(4)
    seen: list[bool] = []

    def hold():
        with helpers.helper_held_back():
            inside.wait(timeout=10)
            seen.append(helpers.helpers_allowed())  # every block is open here
            inside.wait(timeout=10)

    threads = [threading.Thread(target=hold) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert seen == [False] * 4
    assert helpers.helpers_allowed()


def test_an_exception_inside_the_block_still_closes_it():
    try:
        with helpers.helper_held_back():
            raise KeyError("kissa")
    except KeyError:
        pass
    assert helpers.helpers_allowed()


def test_no_helper_holds_after_any_block(monkeypatch):
    monkeypatch.setattr(helpers, "_never", False)  # restored after the test
    helpers.no_helper()
    with helpers.helper_held_back():
        pass
    assert not helpers.helpers_allowed()


def _in_child() -> tuple[bool, bool]:
    allowed = helpers.helpers_allowed()
    with helpers.helper_held_back():  # the child's own lock works
        pass
    return allowed, helpers.helpers_allowed()


def test_a_child_forked_in_a_held_back_block_stays_held_back():
    import multiprocessing

    context = multiprocessing.get_context("fork")
    with helpers.helper_held_back(), context.Pool(1) as pool:
        inside = pool.apply(_in_child)
    with context.Pool(1) as pool:
        outside = pool.apply(_in_child)
    assert inside == (False, False)  # a worker of that parent
    assert outside == (True, True)


def test_a_child_forked_while_a_thread_holds_the_lock_has_one_of_its_own():
    import multiprocessing

    context = multiprocessing.get_context("fork")
    with helpers._lock:  # as if another thread were entering a block at the fork
        pool = context.Pool(1)
    with pool:
        assert pool.apply_async(_in_child).get(timeout=30) == (True, True)
