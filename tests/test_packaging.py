"""The wheel carries the data folder, and an installed wheel finds it."""

import subprocess
import sys
import zipfile

from tests.conftest import REPO


def test_wheel_ships_rules_data_and_type_marker(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("postcheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "postcheck/py.typed" in names
    assert "postcheck/_data/rules/fi/colloquial.toml" in names
    assert "postcheck/templates/postcheck.toml" in names
    for page_file in ("static/page.js", "static/page.css", "templates/page.html", "strings.json"):
        assert f"postcheck/web/{page_file}" in names  # the page works with no network
    shipped = {name.rsplit("/", 1)[1] for name in names if "/_data/rules/channels/" in name}
    assert shipped == {path.name for path in (REPO / "rules" / "channels").glob("*.toml")}
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "postcheck = postcheck.cli.main:console"
        in zipfile.ZipFile(wheel).read(entry_points).decode()
    )
