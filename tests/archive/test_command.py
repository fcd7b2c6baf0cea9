"""``postcheck archive`` end to end: the records, the closing line, and bad input as one line."""

import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from postcheck.cli.main import main
from tests.archive.conftest import POSTS


def run(*args):
    result = CliRunner().invoke(main, ["archive", *args])
    return result.exit_code, result.stdout, result.stderr


def test_an_archive_is_checked_into_json_lines(archive, tmp_path):
    output = tmp_path / "out.jsonl"
    code, out, err = run(str(archive()), "--output", str(output), "--workers", "0")
    assert (code, out) == (0, "")
    assert err.startswith("postcheck: 5 posts checked in ")
    assert "; 2 could not be checked (see their error field); peak memory " in err
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["band"] is not None, r["error"] is None) for r in records] == [
        ("p1", True, True), ("p2", True, True), ("p3", False, False), ("p4", False, False),
        ("p5", True, True)]  # fmt: skip
    assert records[0]["rules"]["PC101"] == 1 and records[0]["author"] == "Aino"
    assert records[1]["lang"] == "en" and records[1]["date"] == "2026-01-02"
    assert records[2]["error"].startswith("unknown channel 'myspace'")


def test_renamed_columns_into_parquet(archive, tmp_path):
    records = [{"post_id": post["id"], "body": post.get("text") or ""} for post in POSTS]
    output = tmp_path / "out.parquet"
    code, _, err = run(str(archive("posts.csv", records)), "-o", str(output), "--workers", "0",
                       "--column", "text=body", "--column", "id=post_id")  # fmt: skip
    assert code == 0, err
    rows = pq.read_table(output).to_pylist()
    assert [row["id"] for row in rows] == ["p1", "p2", "p3", "p4", "p5"]
    assert [row["error"] for row in rows] == [None] * 5  # no channel named: each is checked
    assert rows[3]["score"] is None and dict(rows[0]["rules"])["PC101"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope.jsonl"], "postcheck: nope.jsonl: no such file; check the path"),
        (["posts.txt"], "postcheck: posts.txt: unknown archive format (.txt); name it .jsonl, "
         ".csv or .parquet, or give --input-format"),
        (["posts.jsonl", "--column", "text=body"], "postcheck: posts.jsonl: no column 'body' for "
         "the posts' text (its first record has: id, text, channel, author); name the text "
         "column with --column text=NAME"),
        (["posts.jsonl", "--column", "txt=body"], "postcheck: --column 'txt=body': no field "
         "'txt'; did you mean 'text'? (valid: audience, author, channel, date, id, lang, text, "
         "type)"),
        (["posts.jsonl", "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"], "postcheck: "
         "--workers starts a local cluster, --scheduler uses an existing one; give one of them"),
        (["posts.jsonl", "--memory-limit", "2GB", "--scheduler", "tcp://127.0.0.1:8786"],
         "postcheck: --memory-limit is for the workers of a local cluster, --scheduler uses an "
         "existing one; give the limit to its workers: dask worker ADDRESS --memory-limit SIZE"),
        (["posts.jsonl", "--memory-limit", "2GB", "--workers", "0"], "postcheck: --memory-limit "
         "is for the workers of a local cluster; --workers 0 checks in this process; give one of "
         "them"),
        (["posts.jsonl", "--memory-limit", "2 gigs"], "postcheck: --memory-limit '2 gigs' is not "
         "a size of memory; give a size, such as 1.5GB or 2GiB"),
        (["posts.jsonl", "--memory-limit", "auto"], "postcheck: --memory-limit auto is not a "
         "size: Dask's auto, fractions of memory and 0 (no limit) are not taken, as each worker "
         "needs a limit of its own; give a size, such as 1.5GB or 2GiB"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_with_the_fix_and_exit_2(args, message, archive, tmp_path,
                                                        monkeypatch):  # fmt: skip
    archive()
    (tmp_path / "posts.txt").write_text("Hei\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(*args, "--output", "out.jsonl")
    assert (code, out, err) == (2, "", message + "\n")
    assert not (tmp_path / "out.jsonl").exists()


def test_without_dask_the_fix_is_to_install_the_extra(archive, tmp_path):
    script = (
        "import sys; sys.modules['distributed'] = None\n"
        "from postcheck.cli.main import console\n"
        f"sys.argv = ['postcheck', 'archive', {str(archive())!r}, '-o', {str(tmp_path / 'o.jsonl')!r},"
        " '--workers', '2']\n"
        "console()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == (
        "postcheck: checking on Dask needs dask and distributed; install postcheck[dask] "
        "(pip install 'postcheck[dask]'), or check in this process with --workers 0\n"
    )
    assert not (tmp_path / "o.jsonl").exists()


def test_the_output_is_never_one_of_the_inputs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "Hei maailma."}\n', encoding="utf-8")
    code, _, err = run("in.jsonl", "--output", "in.jsonl", "--workers", "0")
    assert code == 2 and err == (
        "postcheck: in.jsonl: is one of the inputs: writing the scores would replace the posts;"
        " name another file for --output\n"
    )
    assert (tmp_path / "in.jsonl").read_text(encoding="utf-8").startswith('{"id": "a"')


def test_a_renamed_column_the_input_lacks_is_named_with_the_closest(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cols.csv").write_text("post_id,body\n1,Hei maailma\n", encoding="utf-8")
    code, _, err = run(
        "cols.csv", "--output", "o.jsonl", "--workers", "0", "--column", "text=body",
        "--column", "id=postid",
    )  # fmt: skip
    assert code == 2 and err == (
        "postcheck: cols.csv: no column 'postid' for the posts' id (it has: post_id, body);"
        " name it with --column id=post_id\n"
    )


def test_a_byte_that_is_not_utf8_in_another_field_is_written_as_a_replacement(tmp_path,
                                                                                monkeypatch):  # fmt: skip
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b.csv").write_bytes(b"text,author\nHei maailma,Ma\xefja\n")
    for output in ("b.jsonl", "b.parquet"):
        code, _, _ = run("b.csv", "--output", output, "--workers", "0")
        assert code == 0
    [record] = [json.loads(line) for line in (tmp_path / "b.jsonl").read_text().splitlines()]
    assert record["author"] == "Ma\ufffdja" and record["error"] is None
    assert pq.read_table(tmp_path / "b.parquet").column("author").to_pylist() == ["Ma\ufffdja"]


def test_a_run_stopped_by_the_system_leaves_no_output(tmp_path):
    import signal
    import time

    posts = "".join(
        json.dumps({"id": i, "text": f"Tämä on hyvä teksti numero {i} ja vähän pidempi lause."})
        + "\n"
        for i in range(5000)
    )
    (tmp_path / "in.jsonl").write_text(posts, encoding="utf-8")
    command = [sys.executable, "-m", "postcheck", "archive", "in.jsonl", "-o", "out.jsonl",
               "--workers", "0"]  # fmt: skip
    running = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    time.sleep(3)
    running.send_signal(signal.SIGTERM)
    _, err = running.communicate(timeout=60)
    assert running.returncode == 130 and "interrupted" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_a_broken_csv_is_reported_and_the_other_inputs_are_checked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.csv").write_text(
        'text,id\nHei maailma,1\n"Hän sanoi "moi" ja lähti",2\n"Avoin lainaus,3\nHei,4\n',
        encoding="utf-8",
    )
    (tmp_path / "b.jsonl").write_text('{"id": "5", "text": "Hei maailma."}\n', encoding="utf-8")
    code, out, err = run("a.csv", "b.jsonl", "--output", "o.jsonl", "--workers", "0")
    assert (code, out) == (2, "")
    first, closing = err.splitlines()
    assert first == (
        "postcheck: a.csv: line 4: a quoted field is never closed, so lines 4–5 (the rest of the "
        "file) could not be read as posts; close the quote, and write each quote inside a field "
        'as two ("")'
    )
    assert closing.startswith("postcheck: 4 posts checked in ")
    assert "; 2 could not be checked (see their error field)" in closing
    records = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert [(r["source"], r["row"], r["id"], r["error"] is None) for r in records] == [
        ("a.csv", 1, "1", True), ("a.csv", 2, None, False), ("a.csv", 3, None, False),
        ("b.jsonl", 1, "5", True)]  # fmt: skip
    assert records[1]["error"].startswith(
        "line 3 could not be read: a quoted field on line 3 has text after its closing quote"
    )


def test_an_empty_csv_is_one_line_and_the_other_inputs_are_checked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.csv").write_text("", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "5", "text": "Hei maailma."}\n', encoding="utf-8")
    code, out, err = run("a.csv", "b.jsonl", "--output", "o.jsonl", "--workers", "0")
    assert (code, out) == (2, "")
    first, closing = err.splitlines()
    assert first == (
        "postcheck: a.csv: not read: it has no header line; make its first line name the columns"
    )
    assert closing.startswith("postcheck: 1 post checked in ")
    records = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert [(r["source"], r["id"], r["error"]) for r in records] == [("b.jsonl", "5", None)]
