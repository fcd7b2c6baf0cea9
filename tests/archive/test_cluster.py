"""On a real Dask cluster of two worker processes the records equal this process's, one by one."""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from postcheck.archive.cluster import MEMORY_LIMIT, connect, default_workers, memory_bytes
from postcheck.archive.run import run
from postcheck.cli.main import main
from postcheck.core.errors import InputError
from postcheck.engine.config import Config
from tests.archive.conftest import POSTS, write_archive
from tests.conftest import REPO

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")


def test_a_local_cluster_has_a_worker_per_core_their_memory_limits_within_memory():
    import os

    memory = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    limit = memory_bytes(MEMORY_LIMIT)
    assert limit == 1_500_000_000
    assert default_workers(limit) == max(1, min(os.cpu_count(), memory // limit))
    assert default_workers(memory) == 1


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("lots", "--memory-limit 'lots' is not an amount of memory; write it as Dask does, for "
         "example 1.5GB or 2GiB"),
        ("300MB", "--memory-limit 300MB is too little: a worker with its models loaded holds about"
         " 400 MB; give at least 512MiB; the default is 1.5GB"),
    ],
)  # fmt: skip
def test_a_memory_limit_is_read_as_dask_reads_it_or_refused_with_the_fix(given, message):
    assert memory_bytes("2GiB") == 2 * 2**30 and memory_bytes("800 MB") == 800_000_000
    with pytest.raises(InputError) as raised:
        memory_bytes(given)
    assert str(raised.value) == message


@pytest.mark.slow
def test_the_local_workers_have_the_memory_limit_and_only_dasks_terminate_measure():
    with connect(None, 2, memory_bytes("1GiB")) as client:
        workers = client.scheduler_info()["workers"].values()
        assert [worker["memory_limit"] for worker in workers] == [2**30, 2**30]
        settings = client.run(
            lambda: [dask.config.get(f"distributed.worker.memory.{name}")
                     for name in ("target", "spill", "pause", "terminate")]
        )  # fmt: skip
        assert list(settings.values()) == [[False, False, False, 0.95]] * 2


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


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_no_post_and_checks_none_twice(inputs, tmp_path):
    """SIGKILL to a worker while it checks a partition: Dask checks its partitions again."""
    import os
    import signal

    alone, spread = tmp_path / "alone.jsonl", tmp_path / "spread.jsonl"
    run(inputs, str(alone), config=Config(), workers=0)
    killed: list[int] = []
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as local, distributed.Client(local) as client:  # fmt: skip
        pids = client.run(os.getpid)

        def progress(total):
            def step(read, posts):
                if killed or posts < 5:
                    return
                busy = [address for address, keys in client.processing().items() if keys]
                if not busy:  # the partitions out were all checked: kill at a later step
                    return
                killed.append(pids[busy[0]])
                os.kill(pids[busy[0]], signal.SIGKILL)

            return step

        totals = run(inputs, str(spread), config=Config(), scheduler=local.scheduler_address,
                     partition_size=1, progress=progress)  # fmt: skip
        after = set(client.run(os.getpid).values())
    assert killed, "no worker was checking a partition at any step"
    assert killed[0] not in after  # it was killed, and its nanny started another
    got = lines(spread)
    assert sorted((r["source"], r["row"]) for r in got) == sorted(
        {(r["source"], r["row"]) for r in got}
    )
    assert got == lines(alone) and totals.posts == 45 and totals.errors == 2
