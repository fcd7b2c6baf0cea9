"""The page in a real browser (Debian's chromium driven by Playwright) against a real server.

The server is ``postcheck serve FOLDER --port 0 --no-browser`` started as a writer starts it.
Nothing is downloaded: Playwright drives the system's chromium by its path.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("team")
    (root / "postcheck.toml").write_text("# Tiimin säännöt\n", encoding="utf-8")
    (root / "uutinen.md").write_bytes(
        b"---\r\nchannel: linkedin\r\n---\r\nUusi palvelumme auttaa asiakkaita.\r\n"
    )
    return root


@pytest.fixture(scope="module")
def server(team: Path) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "postcheck", "serve", str(team), "--port", "0", "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"serving at (http://127\.0\.0\.1:\d+/)", line)
    assert found, f"postcheck serve said: {line!r}"
    yield found.group(1)
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def page(browser, server):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(str(error)))
    opened.on(
        "console",
        lambda message: (
            message.type == "error"
            and not message.text.startswith("Failed to load resource")  # a refusal tests expect
            and problems.append(message.text)
        ),
    )
    opened.goto(server)
    yield opened
    context.close()
    assert problems == [], problems


def type_draft(page, text: str) -> None:  # type: ignore[no-untyped-def]
    page.click("#draft")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(text)


def test_typing_marks_a_misspelling_and_its_suggestion_fixes_it(page):
    type_draft(page, "Hienoa 👍 uutista! Ilmottaudu mukaan webinaariin torstaina.")
    mark = page.locator("mark.c-correct")
    mark.wait_for()
    assert mark.inner_text() == "Ilmottaudu"
    page.get_by_role("button", name=re.compile("Ilmottaudu")).first.click()
    card = page.locator("#card")
    assert card.is_visible() and "PC101" in card.inner_text()
    card.locator("button.suggestion.preferred").click()
    assert page.input_value("#draft") == (
        "Hienoa 👍 uutista! Ilmoittaudu mukaan webinaariin torstaina."
    )
    expect(page.locator("mark.c-correct")).to_have_count(0)
    page.keyboard.press("Control+Z")  # the change can be undone like typing
    assert "Ilmottaudu" in page.input_value("#draft")


def test_a_click_on_a_marked_word_opens_its_card_and_escape_closes_it(page):
    type_draft(page, "Kassissa on zorblaksia ja maitoa.")
    page.locator("mark.c-correct").wait_for()
    text = page.input_value("#draft")
    at = text.index("zorblaksia") + 3
    page.evaluate(f"document.getElementById('draft').setSelectionRange({at}, {at})")
    page.keyboard.press("ArrowRight")
    assert page.locator("#card").is_visible()
    assert "zorblaksia" in page.locator("#card .message").inner_text()
    page.keyboard.press("Escape")
    assert page.locator("#card").is_hidden()


def test_choosing_channels_shows_a_preview_with_each_networks_counter(page):
    type_draft(page, ("Uusi palvelumme auttaa asiakkaita. " * 12).strip())
    page.check("input[name=channel][value=x]")
    page.check("input[name=channel][value=linkedin]")
    x = page.locator("article.preview[data-channel=x]")
    x.wait_for()
    assert x.locator(".counter").inner_text() == "419 / 280 – liian pitkä"
    linkedin = page.locator("article.preview[data-channel=linkedin]")
    assert linkedin.locator(".counter").inner_text() == "419 / 3000"
    assert linkedin.locator(".fold").is_visible()  # LinkedIn's "see more" cut is drawn
    assert page.locator("#scores details").count() == 7


def test_the_scores_explain_what_cost_points(page):
    type_draft(page, "Ilmottaudu mukaan.")
    page.locator("mark").first.wait_for()
    correct = page.locator("#scores details[data-criterion=correct]")
    correct.locator("summary").click()
    assert "PC101" in correct.locator("li.cost").first.inner_text()
    assert re.fullmatch(r"\d+", page.locator("#overall-score").inner_text())


def test_keyboard_only_a_finding_opens_its_card_and_ignore_here_silences_it(page):
    type_draft(page, "Kassissa on zorblaksia ja maitoa.")
    page.locator("mark.c-correct").wait_for()
    finding = page.get_by_role("button", name=re.compile("zorblaksia"))
    finding.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "card"
    page.get_by_role("button", name="Ohita tässä").click()
    # "zorblaksia": no correction is in reach, a word to check (PC109)
    assert page.input_value("#draft").startswith("<!-- postcheck-disable-next-line PC109 -->\n")
    expect(page.locator("mark.c-correct")).to_have_count(0)


def test_a_draft_from_the_folder_opens_and_saves_keeping_its_line_endings(page, team):
    page.click("button.file[data-path='uutinen.md']")
    expect(page.locator("#draft")).to_have_value(re.compile("Uusi palvelumme"))
    assert page.locator("#save").is_disabled()
    page.click("#draft")
    page.keyboard.press("Control+End")
    page.keyboard.type("Lue lisää verkkosivuiltamme.")
    page.click("#save")
    page.get_by_text("Tallennettu").wait_for()
    assert (team / "uutinen.md").read_bytes() == (
        b"---\r\nchannel: linkedin\r\n---\r\nUusi palvelumme auttaa asiakkaita.\r\n"
        b"Lue lis\xc3\xa4\xc3\xa4 verkkosivuiltamme."
    )
    (team / "uutinen.md").write_text("Joku muu muutti tämän.\n", encoding="utf-8")
    page.click("#draft")
    page.keyboard.press("Control+End")
    page.keyboard.type(" Tervetuloa!")
    page.click("#save")
    page.locator("#card.conflict").wait_for()
    assert (team / "uutinen.md").read_text(encoding="utf-8") == "Joku muu muutti tämän.\n"


def test_the_interface_follows_the_drafts_language(page):
    type_draft(page, "We are pleased to share our new service. It helps customers every day.")
    expect(page.locator("#findings-heading")).to_have_text("Findings")
    expect(page.locator("#fix-all")).to_have_text("Apply safe fixes")
    assert page.evaluate("document.documentElement.lang") == "en"


def test_the_interface_speaks_swedish_for_a_swedish_draft(page):
    type_draft(page, "Vi är glada att berätta om vår nya tjänst. Den hjälper kunderna varje dag.")
    expect(page.locator("#findings-heading")).to_have_text("Anmärkningar")
    expect(page.locator("#fix-all")).to_have_text("Gör säkra rättelser")
    expect(page.locator("#status")).to_have_text(re.compile(r"^\d+ anmärkningar$"))
    expect(page.locator("#scores details[data-criterion=correct] .name")).to_have_text(
        "Språkriktig"
    )
    assert page.get_attribute("#draft", "placeholder") == (
        "Skriv eller klistra in ett utkast här. Det granskas när du gör en paus i skrivandet."
    )
    assert page.evaluate("document.documentElement.lang") == "sv"


def test_apply_safe_fixes_changes_only_what_is_certain(page):
    type_draft(page, "Hinta  on 5 %.  Ilmottaudu mukaan.")
    page.locator("mark").first.wait_for()
    page.click("#fix-all")
    expect(page.locator("#draft")).to_have_value("Hinta on 5 %. Ilmottaudu mukaan.")


def test_add_to_the_teams_vocabulary_writes_the_config_and_the_mark_goes(page, team):
    type_draft(page, "Kassissa on plorkkeja ja maitoa.")
    page.locator("mark.c-correct").wait_for()
    page.get_by_role("button", name=re.compile("plorkkeja")).click()
    page.get_by_role("button", name="Lisää tiimin sanastoon").click()
    expect(page.locator("mark.c-correct")).to_have_count(0)
    assert 'accept = ["plorkkeja"]' in (team / "postcheck.toml").read_text(encoding="utf-8")
    assert page.input_value("#draft") == "Kassissa on plorkkeja ja maitoa."


def test_without_no_browser_the_page_opens_in_the_users_browser(tmp_path):
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" > {opened}\n', encoding="utf-8")
    browser.chmod(0o755)
    process = subprocess.Popen(
        [sys.executable, "-m", "postcheck", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "BROWSER": str(browser), "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        url = re.search(r"http://127\.0\.0\.1:\d+/", process.stdout.readline())
        assert url
        for _ in range(100):
            if opened.exists() and opened.read_text().strip():
                break
            time.sleep(0.05)
        assert opened.read_text().strip() == url.group()
    finally:
        process.terminate()
        process.wait(timeout=10)
