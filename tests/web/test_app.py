"""The page's web interface, driven in process: routes, errors, and what keeps other sites out."""

import json
import re

import pytest
from starlette.testclient import TestClient

from postcheck.core.kinds import LANGUAGES
from postcheck.engine.config import forget_config_files
from postcheck.web.app import STRINGS, create_app
from postcheck.web.workspace import Workspace

LOCAL = "http://127.0.0.1:8765"


@pytest.fixture
def team(write):
    root = write("team/postcheck.toml", "# Tiimin säännöt\n").parent
    write("team/uutinen.md", "---\nchannel: linkedin\n---\nIlmottaudu mukaan webinaariin!\n")
    forget_config_files()
    return root


def client(workspace: Workspace, **options) -> TestClient:
    return TestClient(create_app(workspace, **options), base_url=LOCAL)


def test_the_page_is_served_with_its_script_style_and_policies(team):
    web = client(Workspace(team))
    page = web.get("/")
    assert page.status_code == 200
    assert 'src="static/page.js"' in page.text and "uutinen" not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert web.get("/static/page.js").text.startswith("// postcheck's page")
    assert "mark.c-correct" in web.get("/static/page.css").text


def test_check_returns_findings_and_reports(team):
    web = client(Workspace(team))
    answer = web.post("/api/check", json={"text": "Ilmottaudu mukaan!", "channels": ["x"]})
    assert answer.status_code == 200
    data = answer.json()
    assert [f["rule"] for f in data["findings"] if f["rule"] == "PC101"] == ["PC101"]
    assert data["reports"][0]["preview"]["limit"] == 280


def test_bad_input_is_one_line_with_status_422(team):
    web = client(Workspace(team))
    answer = web.post("/api/check", json={"text": "Hei.", "channels": ["myspace"]})
    assert answer.status_code == 422
    assert answer.json() == {"error": answer.json()["error"]}
    assert "unknown channel 'myspace'" in answer.json()["error"]
    garbled = web.post("/api/check", content=b"{", headers={"content-type": "application/json"})
    assert garbled.status_code == 422 and "not valid JSON" in garbled.json()["error"]


def test_files_open_and_save_through_the_interface(team):
    web = client(Workspace(team))
    [listed] = web.get("/api/files").json()["drafts"]
    assert listed["path"] == "uutinen.md" and listed["band"] in ("green", "yellow", "red")
    opened = web.get("/api/file", params={"path": "uutinen.md"}).json()
    text = opened["text"].replace("Ilmottaudu", "Ilmoittaudu")
    saved = web.post(
        "/api/file", json={"path": "uutinen.md", "text": text, "stamp": opened["stamp"]}
    )
    assert saved.status_code == 200
    assert (team / "uutinen.md").read_text(encoding="utf-8") == text
    again = web.post(
        "/api/file", json={"path": "uutinen.md", "text": "X", "stamp": opened["stamp"]}
    )
    assert again.status_code == 409 and "changed on disk" in again.json()["error"]
    outside = web.get("/api/file", params={"path": "../postcheck.toml"})
    assert outside.status_code == 422 and "outside the folder" in outside.json()["error"]


def test_add_to_vocabulary_writes_the_teams_config_and_the_next_check_accepts_it(team):
    web = client(Workspace(team))
    text = {"text": "Kassissa on zorblaksia ja maitoa.", "lang": "fi"}
    assert [f for f in web.post("/api/check", json=text).json()["findings"] if f["rule"] == "PC109"]
    added = web.post("/api/vocab", json={"word": "zorblaksia"})
    assert added.json() == {"added": ["zorblaksia"], "file": str(team / "postcheck.toml")}
    assert (team / "postcheck.toml").read_text(encoding="utf-8") == (
        '# Tiimin säännöt\n\n[vocabulary]\naccept = ["zorblaksia"]\n'
    )
    findings = web.post("/api/check", json=text).json()["findings"]
    assert [f for f in findings if f["rule"] == "PC109"] == []


def test_without_a_folder_words_go_to_the_drafts_front_matter(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    web = client(Workspace())
    refused = web.post("/api/vocab", json={"word": "Zorblaksit"})
    assert refused.status_code == 422 and "without a folder" in refused.json()["error"]
    answer = web.post("/api/draft-vocab", json={"text": "Zorblaksit.\n", "word": "Zorblaksit"})
    assert answer.json() == {
        "text": "---\nvocab: [Zorblaksit]\n---\nZorblaksit.\n",
        "added": ["Zorblaksit"],
    }


def test_fix_returns_the_fixed_text(team):
    web = client(Workspace(team))
    answer = web.post("/api/fix", json={"text": "Hinta  on 5 %.\n", "lang": "fi"}).json()
    assert answer == {"text": "Hinta on 5 %.\n", "applied": 1}


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"host": "evil.example:8765"}, 421),  # DNS rebinding: another name for this address
        ({"origin": "http://evil.example"}, 403),
        ({"sec-fetch-site": "cross-site"}, 403),
        ({"content-type": "text/plain"}, 415),  # what a form on another site can send
    ],
)
def test_requests_from_other_sites_are_refused_and_nothing_is_written(team, headers, status):
    web = client(Workspace(team))
    answer = web.post(
        "/api/vocab",
        content=b'{"word": "Pahis"}',
        headers={"content-type": "application/json", **headers},
    )
    assert answer.status_code == status
    assert "Pahis" not in (team / "postcheck.toml").read_text(encoding="utf-8")


def test_a_request_over_the_size_limit_is_refused(team):
    web = client(Workspace(team), max_request_mb=0.01)
    answer = web.post("/api/check", json={"text": "sana " * 5000})
    assert answer.status_code == 413 and "too large" in answer.json()["error"]
    assert web.post("/api/check", json={"text": "Hei."}).status_code == 200


def test_the_page_speaks_the_configs_language(write):
    root = write("en/postcheck.toml", 'messages = "en"\n').parent
    forget_config_files()
    page = client(Workspace(root)).get("/").text
    assert '<html lang="en">' in page and '"fixedLang": true' in page
    assert "Apply safe fixes" in page


def shape(strings):
    """Return each key of the strings (nested ones as ``criteria.readable``) with its placeholders."""
    keys = {}
    for key, value in strings.items():
        if isinstance(value, dict):
            keys.update({f"{key}.{inner}": found for inner, found in shape(value).items()})
        else:
            keys[key] = sorted(re.findall(r"\{\w+\}", value))
    return keys


def test_every_interface_string_is_in_finnish_swedish_and_english_with_its_placeholders():
    assert tuple(STRINGS) == LANGUAGES
    finnish = shape(STRINGS["fi"])
    for lang in LANGUAGES:
        assert shape(STRINGS[lang]) == finnish, lang
        assert all(value.strip() for value in _values(STRINGS[lang])), lang
    assert STRINGS["sv"]["fixed"] == "Rättelser gjorda: {n}"
    assert STRINGS["sv"]["added"] == "Tillagt i ordlistan: {word}"


def _values(strings):
    for value in strings.values():
        yield from _values(value) if isinstance(value, dict) else (value,)


@pytest.mark.parametrize("setting", ['messages = "sv"', 'lang = "sv"'])
def test_a_swedish_config_gives_a_swedish_page(write, setting):
    root = write("sv/postcheck.toml", setting + "\n").parent
    forget_config_files()
    page = client(Workspace(root)).get("/").text
    assert '<html lang="sv">' in page and '"fixedLang": true' in page
    assert '"lang": "sv"' in page
    assert '<title data-i18n="title">postcheck – granska ett utkast</title>' in page
    assert (
        '<button type="button" id="fix-all" data-i18n="fix_all">Gör säkra rättelser</button>'
        in page
    )
    assert '<h2 id="findings-heading" data-i18n="findings">Anmärkningar</h2>' in page
    assert '<h2 id="previews-heading" data-i18n="previews">Förhandsvisning i kanalen</h2>' in page
    assert 'placeholder="Skriv eller klistra in ett utkast här.' in page
    assert '<span id="file-name" data-i18n="new_text">Ny text</span>' in page
    body = page.split("</head>")[1]
    assert "Korjaa varmat korjaukset" not in body and "Apply safe fixes" not in body


def test_without_config_the_page_starts_in_finnish_and_can_follow_a_swedish_draft(team):
    web = client(Workspace(team))
    page = web.get("/").text
    assert '<html lang="fi">' in page and '"fixedLang": false' in page
    setup = json.loads(re.search(r'id="setup">(.*?)</script>', page).group(1))
    assert setup["strings"]["sv"]["fix_all"] == "Gör säkra rättelser"  # page.js switches to it
    assert setup["choices"]["langs"] == ["fi", "sv", "en"]
    text = "Vi är glada att berätta om vår nya tjänst. Den hjälper kunderna varje dag."
    answer = web.post("/api/check", json={"text": text}).json()
    assert answer["lang"] == "sv"
    chosen = web.post("/api/check", json={"text": "Hej.", "lang": "sv"}).json()
    assert chosen["lang"] == "sv"  # the draft-language menu (fi, sv, en) moves the page too


def test_behind_a_proxy_the_allowed_host_name_and_its_origin_are_accepted(team):
    web = TestClient(create_app(Workspace(team), hosts=["postcheck.example.fi"]))
    headers = {"host": "postcheck.example.fi", "origin": "https://postcheck.example.fi"}
    answer = web.post("/api/check", json={"text": "Hei."}, headers=headers)
    assert answer.status_code == 200
    other = {"host": "postcheck.example.fi", "origin": "https://evil.example"}
    assert web.post("/api/check", json={"text": "Hei."}, headers=other).status_code == 403


def test_other_sites_cannot_make_the_page_read_the_folder(team):
    web = client(Workspace(team))
    assert web.get("/api/files", headers={"sec-fetch-site": "cross-site"}).status_code == 403
    assert web.get("/", headers={"sec-fetch-site": "cross-site"}).status_code == 200  # a link


def test_a_request_that_is_not_utf8_is_one_line(team):
    web = client(Workspace(team))
    answer = web.post(
        "/api/check", content=b'{"text": "\xff"}', headers={"content-type": "application/json"}
    )
    assert answer.status_code == 422 and "not UTF-8" in answer.json()["error"]
