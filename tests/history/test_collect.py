"""The history of a real repository: versions, writers, renames, merges, configs of their time."""

from datetime import datetime

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
    since = datetime.fromisoformat("2026-02-01T00:00:00+02:00")
    until = datetime.fromisoformat("2026-03-01T23:00:00+02:00")
    collected = collect(repository, Cache(None), since=since, until=until)
    assert [(r.path, r.date[:10]) for r in collected.records] == [
        ("posts/eka.md", "2026-02-05"), ("posts/toka.txt", "2026-03-01"),
    ]  # fmt: skip


def test_two_processes_give_the_same_records(history_repo):
    repository = Repository(history_repo.root)
    alone = collect(repository, Cache(None))
    shared = collect(repository, Cache(None), jobs=2)
    assert rows(shared) == rows(alone) and shared.errors == alone.errors


def test_the_workers_are_forked_from_a_process_of_one_thread(history_repo, threads_at_forks):
    code = (
        "from postcheck.history.cache import Cache\n"
        "from postcheck.history.collect import collect\n"
        "from postcheck.history.git import Repository\n"
        "from postcheck.nlp.voikko import voikko\n"
        f"collected = collect(Repository({str(history_repo.root)!r}), Cache(None), jobs=2)\n"
        "print(len(collected.records), len(collected.errors))\n"
        "print(len(voikko('fi')._paragraphs._items) > 0)  # the parent's warm-up was checked\n"
    )
    forks, printed = threads_at_forks(code)
    assert printed.split() == ["5", "1", "True"]  # as in the first test: one broken version
    # One per worker: a fork context starts them all at once (git's subprocesses do not run
    # os.fork's hooks).
    assert len(forks) == 2
    assert all(names == ["MainThread"] for names in forks)


def test_outside_a_repository_is_one_line(tmp_path):
    from postcheck.core.errors import InputError

    with pytest.raises(InputError, match="not in a git repository"):
        Repository(tmp_path)


def test_the_same_text_under_two_configs_is_two_results(tmp_path):
    from tests.history.conftest import Git

    git = Git(tmp_path / "repo")
    git.root.mkdir()
    git.run("init", "-q", "-b", "main")
    git.write("x/postcheck.toml", 'channel = "x"\n')
    git.write("y/postcheck.toml", 'channel = "blog"\n')
    text = "Uusi palvelumme auttaa asiakkaita joka päivä.\n"
    git.write("x/post.md", text)
    git.write("y/post.md", text)
    git.commit("Kaksi", who="aino", date="2026-01-10T09:00:00+02:00")
    collected = collect(Repository(git.root), Cache(None))
    assert [(r.path, r.summary.channel) for r in collected.records] == [
        ("x/post.md", "x"), ("y/post.md", "blog"),
    ]  # fmt: skip


def test_a_change_to_a_rule_pack_alone_reaches_the_later_versions(tmp_path):
    from tests.history.conftest import Git

    git = Git(tmp_path / "repo")
    git.root.mkdir()
    git.run("init", "-q", "-b", "main")
    git.write("drafts/postcheck.toml", 'packs = ["../rules/team.toml"]\n')
    pack = """[[rule]]
code = "KI001"
name = "no-fyi"
criterion = "audience"
message = "Vältä lyhennettä."
type = "existence"
terms = ["{term}"]
"""
    git.write("rules/team.toml", pack.format(term="ASAP"))
    git.write("drafts/a.md", "Vastaa FYI mahdollisimman pian, kiitos.\n")
    git.commit("Eka", who="aino", date="2026-01-10T09:00:00+02:00")
    git.write("rules/team.toml", pack.format(term="FYI"))
    git.commit("Paketti", who="bertta", date="2026-01-11T09:00:00+02:00")
    git.write("drafts/a.md", "Vastaa FYI mahdollisimman pian, kiitos paljon.\n")
    git.commit("Toka", who="aino", date="2026-01-12T09:00:00+02:00")
    collected = collect(Repository(git.root), Cache(None))
    assert collected.errors == []
    assert [r.summary.rules.get("KI001", 0) for r in collected.records] == [0, 1]


def test_personal_data_is_counted_but_never_quoted(tmp_path):
    from tests.history.conftest import Git

    git = Git(tmp_path / "repo")
    git.root.mkdir()
    git.run("init", "-q", "-b", "main")
    git.write("a.md", "Soita minulle numeroon 040 123 4567, niin sovitaan tapaaminen.\n")
    git.commit("Eka", who="aino", date="2026-01-10T09:00:00+02:00")
    [record] = collect(Repository(git.root), Cache(None)).records
    assert record.summary.rules["PC706"] == 1
    assert "PC706" not in record.summary.examples


def test_a_linked_draft_is_not_a_version(tmp_path):
    import os

    from tests.history.conftest import Git

    git = Git(tmp_path / "repo")
    git.root.mkdir()
    git.run("init", "-q", "-b", "main")
    git.write("a.md", "Uusi palvelumme auttaa asiakkaita.\n")
    os.symlink("a.md", git.root / "linkki.md")
    git.commit("Eka", who="aino", date="2026-01-10T09:00:00+02:00")
    assert [r.path for r in collect(Repository(git.root), Cache(None)).records] == ["a.md"]
