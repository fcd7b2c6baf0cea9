"""On a real Dask cluster of two worker processes the records equal this process's, one by one."""

import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from postcheck.archive.cluster import MEMORY_LIMIT, check_on, default_workers, memory_bytes
from postcheck.archive.run import run
from postcheck.cli.main import main
from postcheck.core.errors import InputError
from postcheck.engine.config import Config
from tests.archive.conftest import POSTS, write_archive
from tests.conftest import REPO

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")


@pytest.mark.parametrize(
    ("cores", "memory", "workers"),
    [(8, 4_600_000_000, 3), (8, 1_000_000_000, 1), (2, 64_000_000_000, 2)],
)
def test_a_local_cluster_has_a_worker_per_core_their_limits_within_the_memory_dask_sees(
    cores, memory, workers, monkeypatch
):
    """Dask's memory is the container's (cgroup) limit where there is one, not the host's."""
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    monkeypatch.setattr(distributed.system, "MEMORY_LIMIT", memory)
    assert default_workers(memory_bytes(MEMORY_LIMIT)) == workers


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("lots", "--memory-limit 'lots' is not a size of memory; give a size, such as 1.5GB or "
         "2GiB"),
        ("300MB", "--memory-limit 300MB is too little: a worker with its models loaded holds about"
         " 400 MB; give at least 512MiB; the default is 1.5GB"),
        ("", "--memory-limit is empty; give a size, such as 1.5GB or 2GiB"),
        *[(dasks, f"--memory-limit {dasks} is not a size: Dask's auto, fractions of memory and 0 "
           "(no limit) are not taken, as each worker needs a limit of its own; give a size, "
           "such as 1.5GB or 2GiB") for dasks in ("auto", "0.5", "0", "1")],
    ],
)  # fmt: skip
def test_a_memory_limit_is_a_size_or_refused_with_the_fix(given, message):
    assert memory_bytes("2GiB") == 2 * 2**30 and memory_bytes("800 MB") == 800_000_000
    assert memory_bytes("1500000000") == 1_500_000_000
    with pytest.raises(InputError) as raised:
        memory_bytes(given)
    assert str(raised.value) == message


def test_an_empty_memory_limit_is_refused_not_taken_for_the_default(tmp_path, archive):
    result = CliRunner().invoke(
        main, ["archive", str(archive()), "-o", str(tmp_path / "o.jsonl"), "--memory-limit", ""]
    )
    assert (result.exit_code, result.stderr) == (
        2, "postcheck: --memory-limit is empty; give a size, such as 1.5GB or 2GiB\n")  # fmt: skip


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


def _worker_memory(dask_worker):
    manager = dask_worker.memory_manager
    return [manager.memory_limit, manager.memory_target_fraction, manager.memory_spill_fraction,
            manager.memory_pause_fraction]  # fmt: skip


def _nanny_memory(dask_worker):
    manager = dask_worker.memory_manager
    return [manager.memory_limit, manager.memory_terminate_fraction]


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_no_post_and_checks_none_twice(inputs, tmp_path):
    """SIGKILL to a worker of the command's own cluster while it checks a partition.

    Dask checks its partitions again, and its nanny starts another worker. The cluster is the
    one the command makes, with its memory limit and its settings, whatever Dask's config says.
    """
    import signal

    alone, spread = tmp_path / "alone.jsonl", tmp_path / "spread.jsonl"
    run(inputs, str(alone), config=Config(), workers=0)
    killed: list[str] = []
    seen: dict[str, object] = {}

    def progress(total):
        def step(read, posts):
            client = distributed.default_client()
            if not seen:
                seen["workers"] = list(client.run(_worker_memory).values())
                seen["nannies"] = list(client.run(_nanny_memory, nanny=True).values())
            if not killed and posts >= 5:
                busy = [address for address, keys in client.processing().items() if keys]
                if busy:  # else the partitions out were all checked: kill at a later step
                    killed.append(busy[0])
                    os.kill(client.run(os.getpid, workers=[busy[0]])[busy[0]], signal.SIGKILL)
            if posts == 45:
                client.wait_for_workers(2, timeout=60)
                seen["after"] = set(client.scheduler_info()["workers"])

        return step

    ambient = {"distributed.worker.memory." + name: value
               for name, value in [("target", 0.5), ("spill", 0.6), ("pause", 0.7),
                                   ("terminate", 0.8)]}  # fmt: skip
    with dask.config.set(ambient):
        totals = run(inputs, str(spread), config=Config(), workers=2, memory_limit="1GiB",
                     partition_size=1, progress=progress)  # fmt: skip
    assert seen["workers"] == [[2**30, False, False, False]] * 2
    assert seen["nannies"] == [[2**30, 0.95]] * 2
    assert killed, "no worker was checking a partition at any step"
    after = seen["after"]
    assert len(after) == 2 and killed[0] not in after  # its nanny started another in its place
    got = lines(spread)
    assert sorted((r["source"], r["row"]) for r in got) == sorted(
        {(r["source"], r["row"]) for r in got}
    )
    assert got == lines(alone) and totals.posts == 45 and totals.errors == 2


def check_or_die(posts, config):
    """A worker's check that ends its process on the post 'KILL', as the memory limit would."""
    if any(post.text == "KILL" for post in posts):
        os._exit(1)
    return [{"row": post.row, "error": None} for post in posts]


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Port .* is already in use")  # the health-check port moves
def test_a_partition_the_cluster_gives_up_on_is_checked_again_post_by_post():
    """Only the post that kills its workers gets an error, not its whole partition."""
    from postcheck.archive.read import Partition
    from postcheck.archive.records import Post

    posts = [Post("a.jsonl", row, "KILL" if row == 3 else "Hei") for row in range(1, 6)]
    partitions = [Partition(0, tuple(posts[:4]), 0), Partition(1, tuple(posts[4:]), 0)]
    settings = {
        "distributed.scheduler.allowed-failures": 0,  # gives up on the first death
        "distributed.scheduler.worker-saturation": 1.0,
    }  # a task at a time per worker
    with dask.config.set(settings), distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as local, distributed.Client(local) as client:  # fmt: skip
        checked = list(check_on(client, partitions, Config(), check=check_or_die))
    records = [record for _, found in checked for record in found]
    assert [record["row"] for record in records] == [1, 2, 3, 4, 5]
    assert [record["error"] is None for record in records] == [True, True, False, True, True]
    assert records[2]["error"].startswith("the cluster failed on this post (KilledWorker(")
    assert records[2]["error"].endswith("raise --memory-limit")
