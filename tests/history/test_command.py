"""``postcheck history`` as a team runs it: the summary, exports, privacy and the report page."""

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from postcheck.cli.main import main

pytestmark = pytest.mark.slow


def run(*args):
    result = CliRunner().invoke(main, ["history", *args])
    return result.exit_code, result.stdout, result.stderr


def test_the_summary_groups_by_month_and_the_bad_version_is_one_line(history_repo):
    code, out, err = run(str(history_repo.root), "--by", "month")
    assert code == 0
    assert out.splitlines() == [
        "month    versions  drafts   mean  vs first",
        "2026-01         2       2   48.5      +0.0",
        "2026-02         1       1  100.0     +51.5",
        "2026-03         2       2   70.0     +21.5",
    ]
    assert re.search(r"postcheck: posts/rikki\.md at [0-9a-f]{10}: malformed YAML", err)
    assert "5 draft versions (6 checked now, 0 from the cache)" in err
    _, _, again = run(str(history_repo.root), "--by", "month")
    assert "5 draft versions (0 checked now, 6 from the cache)" in again


def test_by_author_shows_writers_by_pseudonym_unless_asked(history_repo):
    _, out, _ = run(str(history_repo.root), "--by", "author")
    lines = out.splitlines()
    assert lines[0].startswith("writer ")
    assert all(re.match(r"writer-[0-9a-f]{8} ", line) for line in lines[1:])
    assert "Aino" not in out
    _, named, _ = run(str(history_repo.root), "--by", "author", "--authors", "named")
    assert named.splitlines() == [
        "writer       versions  drafts  mean  first month  last month  change",
        "Aino Aalto          3       1  75.7         42.0        85.0   +43.0",
        "Bertta Berg         2       1  55.0         55.0        55.0    +0.0",
    ]


def test_jsonl_and_csv_carry_every_record(history_repo, tmp_path):
    code, out, _ = run(str(history_repo.root), "--format", "jsonl", "--authors", "named")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["path"], r["author"], r["score"]) for r in records] == [
        ("posts/eka.md", "Aino Aalto", 42), ("posts/toka.txt", "Bertta Berg", 55),
        ("posts/eka.md", "Aino Aalto", 100), ("posts/toka.txt", "Bertta Berg", 55),
        ("posts/uutinen.md", "Aino Aalto", 85),
    ]  # fmt: skip
    assert records[0]["rules"] == {"PC101": 1, "PC403": 1, "PC710": 1}
    assert records[0]["examples"]["PC101"]["text"] == "Meillä on uusi palvelu. Ilmottaudu mukaan."
    assert set(records[0]["scores"]) == {
        "interesting", "informative", "readable", "correct", "audience", "strategy", "channel",
    }  # fmt: skip
    target = tmp_path / "versions.csv"
    run(str(history_repo.root), "--format", "csv", "--output", str(target), "--authors", "hidden")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [row["score"] for row in rows] == ["42", "55", "100", "55", "85"]
    assert {row["author"] for row in rows} == {""}
    assert rows[0]["findings"] == "PC101=1;PC403=1;PC710=1"
    assert "Ilmottaudu" not in target.read_text(encoding="utf-8")  # no draft text in CSV


def test_parquet_has_the_csv_columns(history_repo, tmp_path):
    import pyarrow.parquet as pq

    target = tmp_path / "versions.parquet"
    code, _, _ = run(str(history_repo.root), "--format", "parquet", "--output", str(target))
    assert code == 0
    table = pq.read_table(str(target)).to_pylist()
    assert [row["score"] for row in table] == [42, 55, 100, 55, 85]
    assert table[0]["author"].startswith("writer-")
    code, _, err = run(str(history_repo.root), "--format", "parquet")
    assert code == 2 and "Parquet is written to a file; add --output FILE" in err


class Page(HTMLParser):
    """Collects a page's text by element id, and its tags."""

    def __init__(self):
        super().__init__()
        self.tags, self.text, self._stack = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_the_report_is_one_page_whose_numbers_match_the_records(history_repo, tmp_path):
    report = tmp_path / "raportti.html"
    code, _, _ = run(str(history_repo.root), "--html", str(report), "--authors", "named")
    assert code == 0
    html = report.read_text(encoding="utf-8")
    page = Page()
    page.feed(html)
    tags = {tag for tag, _ in page.tags}
    assert "svg" in tags and "script" not in tags
    assert not [
        a
        for _, attrs in page.tags
        for a in attrs.values()
        if a and "http" in a and "w3.org" not in a
    ]
    months = re.findall(
        r"<tr><td>(2026-\d\d)</td><td>(\d+)</td><td>([\d.]+)</td><td>([+-][\d.]+)</td>", html
    )
    assert months == [("2026-01", "2", "48.5", "+0.0"), ("2026-02", "1", "100.0", "+51.5"),
                      ("2026-03", "2", "70.0", "+21.5")]  # fmt: skip
    assert '<span id="total-versions">5</span>' in html
    assert "Aino Aalto" in html and "Bertta Berg" in html
    # What Bertta should learn next: colloquial forms, quoted from her own draft.
    bertta = html[html.index("<h3>Bertta Berg</h3>") :]
    assert "PC601 colloquial" in bertta
    assert "Mä oon tosi innoissani" in bertta
    # The only draft text in the page is the examples it quotes.
    assert "Tämä luonnos ei avaudu" not in html and "Uusi laskuripalvelumme" not in html
    # The draft that improved most: posts/eka.md, from 42 in its first version to 85 in its last.
    improved = re.search(
        r'<td class="text">posts/eka.md</td><td class="text">linkedin</td>\s*<td>(\d+) .*?<td>(\d+) .*?<td>([+-]\d+)</td>',
        html,
        re.S,
    )
    assert improved and improved.groups() == ("42", "85", "+43")


def test_hidden_writers_leave_no_name_and_english_labels_on_request(history_repo, tmp_path):
    report = tmp_path / "report.html"
    run(str(history_repo.root), "--html", str(report), "--authors", "hidden", "--lang", "en")
    html = report.read_text(encoding="utf-8")
    assert "Aino" not in html and "Bertta" not in html and "writer-" not in html
    assert "Writers are not shown (--authors hidden)." in html
    assert "<h2>Rules most often broken</h2>" in html and '<html lang="en">' in html


def test_outside_a_repository_is_one_line_and_exit_2(tmp_path):
    code, _, err = run(str(tmp_path))
    assert code == 2
    assert err == f"postcheck: {tmp_path}: not in a git repository; run postcheck history in one\n"


def test_dates_and_writer_options_that_cannot_work_are_one_line(history_repo):
    code, _, err = run(str(history_repo.root), "--since", "viime viikolla")
    assert (code, err) == (
        2,
        "postcheck: --since 'viime viikolla' is not a date; give a date such as 2026-01-31\n",
    )
    code, _, err = run(str(history_repo.root), "--by", "author", "--authors", "hidden")
    assert code == 2 and "--by author shows writers" in err
    code, out, _ = run(str(history_repo.root), "--until", "2026-01-20")
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["2026-01"]
    assert out.splitlines()[1].split()[1] == "2"  # both January versions: the 20th is included


def test_pseudonymous_exports_leave_out_commits_and_names(history_repo):
    _, out, _ = run(str(history_repo.root), "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["commit"] for r in records} == {None}
    assert all(re.fullmatch(r"writer-[0-9a-f]{8}", r["author"]) for r in records)
    assert "Aino" not in out and "@example.fi" not in out


def test_a_writer_named_with_dollars_is_drawn_as_text(history_repo, tmp_path):
    history_repo.write("posts/uusi.md", "---\nchannel: x\n---\nUusi tuote julkaistaan huomenna.\n")
    history_repo.run("add", "-A")
    history_repo.run("-c", "user.name=Bo $\\frac$", "-c", "user.email=bo@example.fi",
                     "commit", "-q", "-m", "Bo", "--author", "Bo $\\frac$ <bo@example.fi>")  # fmt: skip
    report = tmp_path / "r.html"
    code, _, err = run(str(history_repo.root), "--html", str(report), "--authors", "named")
    assert code == 0, err
    assert "Bo $\\frac$" in report.read_text(encoding="utf-8")


def test_a_swedish_report_on_request(history_repo, tmp_path):
    report = tmp_path / "rapport.html"
    run(str(history_repo.root), "--html", str(report), "--authors", "hidden", "--lang", "sv")
    html = report.read_text(encoding="utf-8")
    assert '<html lang="sv">' in html and "<h2>Regler som bryts oftast</h2>" in html
