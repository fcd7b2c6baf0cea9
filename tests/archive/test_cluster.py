"""On a real Dask cluster of two worker processes the records equal this process's, one by one."""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from postcheck.archive.cluster import default_workers
from postcheck.archive.run import run
from postcheck.cli.main import main
from postcheck.engine.config import Config
from tests.archive.conftest import POSTS, write_archive
from tests.conftest import REPO

distributed = pytest.importorskip("distributed")


def test_a_local_cluster_has_a_worker_per_core_and_at_most_one_per_gib():
    import os

    memory = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    assert default_workers() == max(1, min(os.cpu_count(), memory // 2**30))


def test_peak_memory_is_the_programs_own_not_what_its_parent_held():
    import subprocess
    import sys

    held = bytearray(300 * 2**20)  # the parent (as a nanny) holds 300 MiB when it starts the child
    held[::4096] = b"x" * len(held[::4096])
    child = (
        "from postcheck.archive.cluster import peak_memory\n"
        "block = bytearray(100 * 2**20); block[::4096] = b'x' * len(block[::4096])\n"
        "print(peak_memory())"
    )
    peak = int(subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                              check=True).stdout)  # fmt: skip
    del held
    assert 100 * 2**20 <= peak < 200 * 2**20


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as local:  # fmt: skip
        yield local


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Forty drafts of the project's corpora (front matter and all) and the POSTS, in two files."""
    folder = tmp_path_factory.mktemp("archive")
    drafts = sorted((REPO / "corpora" / "pairs").glob("*/*.txt"))[:40]
    records = [{"id": f"{d.parent.name}/{d.name}", "text": d.read_text(encoding="utf-8")}
               for d in drafts]  # fmt: skip
    return [str(write_archive(folder / "drafts.jsonl", records)),
            str(write_archive(folder / "posts.parquet", POSTS))]  # fmt: skip


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_the_cluster_gives_the_records_of_this_process_one_by_one(cluster, inputs, tmp_path):
    alone, spread = tmp_path / "alone.jsonl", tmp_path / "spread.jsonl"
    run(inputs, str(alone), config=Config(), workers=0)
    totals = run(inputs, str(spread), config=Config(), scheduler=cluster.scheduler_address,
                 partition_size=3)  # fmt: skip
    expected, got = lines(alone), lines(spread)
    assert len(expected) == 45 and sum(r["error"] is not None for r in expected) == 2
    for mine, theirs in zip(expected, got, strict=True):
        assert theirs == mine
    assert spread.read_bytes() == alone.read_bytes()
    assert totals.posts == 45 and totals.errors == 2
    assert len(totals.peaks) == 2 and all(peak > 0 for peak in totals.peaks.values())
    assert all(address.startswith("tcp://127.0.0.1:") for address in totals.peaks)


@pytest.mark.slow
def test_parquet_from_the_cluster_equals_parquet_from_this_process(cluster, inputs, tmp_path):
    alone, spread = tmp_path / "alone.parquet", tmp_path / "spread.parquet"
    run(inputs, str(alone), config=Config(), workers=0)
    run(inputs, str(spread), config=Config(), scheduler=cluster.scheduler_address)
    assert pq.read_table(spread).to_pylist() == pq.read_table(alone).to_pylist()


@pytest.mark.slow
def test_the_command_starts_its_own_local_cluster(inputs, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    alone = CliRunner().invoke(main, ["archive", *inputs, "-o", "alone.jsonl", "--workers", "0"])
    spread = CliRunner().invoke(
        main, ["archive", *inputs, "-o", "spread.jsonl", "--workers", "2", "--partition-size", "4"]
    )
    assert (alone.exit_code, spread.exit_code) == (0, 0), spread.stderr
    assert lines(tmp_path / "spread.jsonl") == lines(tmp_path / "alone.jsonl")
    assert "; peak memory per worker " in spread.stderr


@pytest.mark.slow
def test_a_scheduler_that_does_not_answer_is_one_line(inputs, tmp_path):
    result = CliRunner().invoke(
        main, ["archive", *inputs, "-o", str(tmp_path / "o.jsonl"), "--scheduler",
               "tcp://127.0.0.1:9"],
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "postcheck: cannot reach the Dask scheduler at tcp://127.0.0.1:9"
    )
    assert result.stderr.count("\n") == 1


AUDIT = """
import os, sys

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def _audit(event, args):
    if event in ("socket.connect", "socket.bind") and isinstance(args[1], tuple):
        host = args[1][0]
    elif event == "socket.getaddrinfo":
        host = args[0].decode() if isinstance(args[0], bytes) else args[0]
    else:
        return
    if host is not None and host not in LOOPBACK:
        with open(os.environ["POSTCHECK_AUDIT_LOG"], "a") as log:
            log.write(f"{os.getpid()} {event} {args[1] if event != 'socket.getaddrinfo' else host}\\n")
    elif event == "socket.connect":
        with open(os.environ["POSTCHECK_AUDIT_LOG"] + ".loopback", "a") as log:
            log.write(f"{os.getpid()}\\n")


sys.addaudithook(_audit)
"""


@pytest.mark.slow
def test_the_local_cluster_binds_and_connects_only_on_loopback(inputs, tmp_path):
    """Every process of the run (the command, the scheduler, nannies, workers) is audited."""
    import os
    import subprocess
    import sys

    (tmp_path / "sitecustomize.py").write_text(AUDIT, encoding="utf-8")
    log = tmp_path / "network.log"
    environment = {**os.environ, "PYTHONPATH": str(tmp_path), "POSTCHECK_AUDIT_LOG": str(log)}
    result = subprocess.run(
        [sys.executable, "-m", "postcheck", "archive", inputs[1], "-o", str(tmp_path / "o.jsonl"),
         "--workers", "2"],
        capture_output=True, text=True, env=environment, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "5 posts checked" in result.stderr
    assert not log.exists(), log.read_text()
    # The audit ran in the command (scheduler, nannies) and in both workers: each connected.
    loopback = Path(f"{log}.loopback").read_text().split()
    assert len(set(loopback)) >= 3
