"""The learning report opens offline in a real browser: charts drawn, nothing fetched."""

import pytest
from click.testing import CliRunner

from postcheck.cli.main import main

pytestmark = pytest.mark.slow


def test_the_report_renders_offline_with_its_charts(history_repo, tmp_path, browser):
    report = tmp_path / "raportti.html"
    result = CliRunner().invoke(main, ["history", str(history_repo.root), "--html", str(report)])
    assert result.exit_code == 0
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    fetched, problems = [], []
    page.on("request", lambda request: fetched.append(request.url))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(report.as_uri())
    assert fetched == [report.as_uri()]  # the page alone: no style, font or image from elsewhere
    assert problems == []
    charts = page.locator("figure svg")
    assert charts.count() == 2 + 2  # the team's two charts and one per writer
    box = charts.first.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    assert page.locator("#team-months tbody tr").count() == 3
    page.close()
