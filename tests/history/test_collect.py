"""The history of a real repository: versions, writers, renames, merges, configs of their time."""

import pytest

from postcheck.history.cache import Cache
from postcheck.history.collect import collect
from postcheck.history.git import Change, Deletion, Rename, Repository

pytestmark = pytest.mark.slow


def rows(collected):
    return [
        (r.draft, r.path, r.author, r.date[:10], r.summary.channel, r.summary.score,
         dict(sorted(r.summary.rules.items())))
        for r in collected.records
    ]  # fmt: skip


def test_every_version_is_checked_with_the_config_of_its_commit(history_repo):
    repository = Repository(history_repo.root)
    collected = collect(repository, Cache(None))
    assert rows(collected) == [
        ("posts/eka.md", "posts/eka.md", "Aino Aalto", "2026-01-10", "linkedin", 42,
         {"PC101": 1, "PC403": 1, "PC710": 1}),
        ("posts/toka.txt", "posts/toka.txt", "Bertta Berg", "2026-01-20", "x", 55,
         {"PC403": 1, "PC601": 5}),
        ("posts/eka.md", "posts/eka.md", "Aino Aalto", "2026-02-05", "linkedin", 100, {}),
        # On its branch the config still had the colloquial rule on: PC601 counts.
        ("posts/toka.txt", "posts/toka.txt", "Bertta Berg", "2026-03-01", "x", 55,
         {"PC403": 1, "PC601": 5}),
        # Renamed, then changed: the same draft under its new name.
        ("posts/eka.md", "posts/uutinen.md", "Aino Aalto", "2026-03-02", "linkedin", 85,
         {"PC710": 1}),
    ]  # fmt: skip
    [error] = collected.errors
    assert error.startswith("posts/rikki.md at ")
    assert "malformed YAML front matter on line 2" in error
    assert (collected.checked, collected.cached) == (6, 0)  # arkisto/ is excluded by then


def test_the_log_gives_changes_renames_and_deletions_but_no_merge_versions(history_repo):
    events = list(Repository(history_repo.root).history())
    kinds = [type(event).__name__ for event in events]
    assert kinds == ["Change", "Change", "Change", "Change", "Rename", "Change", "Change",
                     "Change", "Deletion"]  # fmt: skip
    [rename] = [e for e in events if isinstance(e, Rename)]
    assert (rename.old, rename.new) == ("posts/eka.md", "posts/uutinen.md")
    [deletion] = [e for e in events if isinstance(e, Deletion)]
    assert deletion.path == "posts/rikki.md"
    authors = {e.author for e in events if isinstance(e, Change)}
    assert "Cecilia Cruz" in authors  # her own commit; the merge she made adds no version


def test_a_second_run_takes_every_version_from_the_cache(history_repo, tmp_path):
    repository = Repository(history_repo.root)

    def run():
        cache = Cache(tmp_path / "cache.sqlite")
        try:
            return collect(repository, cache)
        finally:
            cache.close()

    first = run()
    again = run()
    assert rows(again) == rows(first) and again.errors == first.errors
    assert (again.checked, again.cached) == (0, 6)
    history_repo.write("posts/uusi.md", "---\nchannel: x\n---\nUusi tuote julkaistaan huomenna.\n")
    history_repo.commit("Uusi", who="bertta", date="2026-03-20T09:00:00+02:00")
    third = run()
    assert (third.checked, third.cached) == (1, 6)


def test_since_and_until_limit_the_versions(history_repo):
    repository = Repository(history_repo.root)
    collected = collect(repository, Cache(None), since="2026-02-01", until="2026-03-01T23:00")
    assert [(r.path, r.date[:10]) for r in collected.records] == [
        ("posts/eka.md", "2026-02-05"), ("posts/toka.txt", "2026-03-01"),
    ]  # fmt: skip


def test_two_processes_give_the_same_records(history_repo):
    repository = Repository(history_repo.root)
    alone = collect(repository, Cache(None))
    shared = collect(repository, Cache(None), jobs=2)
    assert rows(shared) == rows(alone) and shared.errors == alone.errors


def test_outside_a_repository_is_one_line(tmp_path):
    from postcheck.core.errors import InputError

    with pytest.raises(InputError, match="not in a git repository"):
        Repository(tmp_path)
