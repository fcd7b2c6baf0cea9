"""Batches over worker processes: results in input order, a dying worker costs only its file."""

import json
import sys

from click.testing import CliRunner

from postcheck.cli.main import main

CRASHING = '''
import os

from postcheck.rules import Rule


class Crash(Rule):
    """Stops the process on a draft that says KAATUU (a plugin with a crashing library)."""

    code = "ZZ901"
    name = "crash"
    criterion = "correct"

    def check(self, context):
        if "KAATUU" in context.prose:
            os._exit(3)
        return iter(())
'''


def test_a_worker_that_dies_is_reported_for_its_file_and_the_rest_are_checked(
    tmp_path, install_plugin
):
    install_plugin("zz_crash", CRASHING, "Crash")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for n in range(12):
        text = "KAATUU tässä.\n" if n == 5 else f"Kahvila {n} avaa ovensa maanantaina.\n"
        (drafts / f"{n:02}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["--jobs", "2", "--format", "json", str(drafts)])
    sys.modules.pop("zz_crash", None)
    assert result.exit_code == 2
    assert "05.txt: the process checking it stopped unexpectedly" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    document = json.loads(result.stdout)
    assert [r["path"].rsplit("/", 1)[1] for r in document["reports"]] == [
        f"{n:02}.txt" for n in range(12) if n != 5
    ]


def test_a_dying_worker_inside_a_chunk_of_jobs_costs_only_its_file(tmp_path, install_plugin):
    from postcheck.cli.batch import MOST_PER_MESSAGE

    install_plugin("zz_crash", CRASHING, "Crash")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    count = 2 * MOST_PER_MESSAGE * 3  # three jobs to a message: the killer is not a chunk's first
    for n in range(count):
        text = "KAATUU tässä.\n" if n == 7 else f"Kahvila {n} avaa ovensa maanantaina.\n"
        (drafts / f"{n:02}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["--jobs", "2", "--format", "json", str(drafts)])
    sys.modules.pop("zz_crash", None)
    assert result.exit_code == 2
    assert result.stderr.count("stopped unexpectedly") == 1
    assert "07.txt: the process checking it stopped unexpectedly" in result.stderr
    document = json.loads(result.stdout)
    assert [r["path"].rsplit("/", 1)[1] for r in document["reports"]] == [
        f"{n:02}.txt" for n in range(count) if n != 7
    ]


HELPER_WATCH = '''
import os

from postcheck.nlp import helpers
from postcheck.rules import Rule


class HelperWatch(Rule):
    """Stops a process that would start Voikko work ahead while checking a draft saying APUSÄIE."""

    code = "ZZ902"
    name = "helper-watch"
    criterion = "correct"

    def check(self, context):
        if "APUSÄIE" in context.prose and helpers.helpers_allowed():
            os._exit(3)
        return iter(())
'''


def test_jobs_workers_start_no_voikko_work_ahead(tmp_path, install_plugin):
    install_plugin("zz_helper_watch", HELPER_WATCH, "HelperWatch")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for n in range(4):
        (drafts / f"{n}.txt").write_text(f"APUSÄIE {n} tarkistaa tämän.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--jobs", "2", "--format", "json", str(drafts)])
    sys.modules.pop("zz_helper_watch", None)
    assert "stopped unexpectedly" not in result.stderr  # a worker with a helper would have died
    assert result.exit_code in (0, 1)
    assert len(json.loads(result.stdout)["reports"]) == 4


def test_jobs_workers_are_forked_from_a_process_of_one_thread(tmp_path, threads_at_forks):
    # The parent's warm-up check would start Voikko's helper thread; it is held back.
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for n in range(3):
        (drafts / f"{n}.txt").write_text(
            f"Tämä on luonnos {n}. Kirjoitamme kisssa.\n", encoding="utf-8"
        )
    code = (
        "import io, json, contextlib\n"
        "from postcheck.cli.main import main\n"
        "from postcheck.nlp.voikko import voikko\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
        f"    main(['--jobs', '2', '--format', 'json', {str(drafts)!r}])  # exit 1: the typos\n"
        "print(len(json.loads(out.getvalue())['reports']))\n"
        "print('kisssa' in voikko('fi')._suggestions)  # the parent's warm-up draft was checked\n"
    )
    forks, printed = threads_at_forks(code)
    assert printed.split() == ["3", "True"]
    assert len(forks) == 2  # one per worker: a fork context starts them all at once
    assert all(names == ["MainThread"] for names in forks)
