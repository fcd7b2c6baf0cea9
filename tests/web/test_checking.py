"""What the page shows for a draft: spans in the editor's units, cards, previews, safe fixes."""

from postcheck.engine.config import Config
from postcheck.web.checking import CheckRequest, fixed_text, page_check

CONFIG = Config()


def check(text: str, **chosen):
    return page_check(CheckRequest(text=text, **chosen), CONFIG)


def by_rule(result, rule):
    return [finding for finding in result["findings"] if finding["rule"] == rule]


def utf16_slice(text: str, start: int, end: int) -> str:
    """Return what JavaScript's text.slice(start, end) gives."""
    data = text.encode("utf-16-le")
    return data[start * 2 : end * 2].decode("utf-16-le")


def test_a_misspelling_after_an_emoji_is_marked_at_its_utf16_span():
    text = "Hienoa 👍👍 uutista! Ilmottaudu mukaan webinaariin."
    [finding] = by_rule(check(text, lang="fi"), "PC101")
    assert (finding["start"], finding["end"]) == (21, 31)  # 7 + two emoji of two units each + 10
    assert utf16_slice(text, finding["start"], finding["end"]) == "Ilmottaudu"
    assert finding["suggestions"][0] == "Ilmoittaudu"
    assert finding["vocabulary"] == "Ilmottaudu"
    assert finding["manual"]["summary"].startswith("A Finnish word that Voikko does not know")


def test_findings_shared_by_channels_are_shown_once_with_their_channels():
    text = "Ilmottaudu mukaan webinaariin, se on torstaina kello 14."
    result = check(text, channels=("x", "linkedin"), lang="fi")
    [spelling] = by_rule(result, "PC101")
    assert spelling["channels"] == ["x", "linkedin"]
    assert [report["channel"] for report in result["reports"]] == ["x", "linkedin"]
    x, linkedin = (report["preview"] for report in result["reports"])
    assert (x["title"], x["length"], x["limit"], x["markdown"]) == ("X", len(text), 280, False)
    assert x["text"] == text
    assert linkedin["limit"] == 3000


def test_a_plain_channel_preview_has_its_fold_where_the_network_cuts():
    sentence = "Tämä on pitkä lause, joka kertoo uudesta palvelustamme asiakkaille. "
    text = sentence * 6
    [report] = check(text, channels=("linkedin",), lang="fi")["reports"]
    preview = report["preview"]
    assert preview["fold"] == len(report["fold_text"]) < len(text)
    assert text.startswith(preview["text"][: preview["fold"]])


def test_a_markdown_channel_preview_is_rendered_with_raw_html_escaped():
    text = "---\ntitle: Uutinen\n---\n# Otsikko\n\nTeksti <script>alert(1)</script> **lihava**.\n"
    [report] = check(text, channels=("blog",), lang="fi")["reports"]
    html = report["preview"]["html"]
    assert "<h1>Otsikko</h1>" in html and "<strong>lihava</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_scores_come_with_what_earned_and_cost_them_and_the_audiences_targets():
    [report] = check("Ilmottaudu mukaan!", audience="selko", lang="fi")["reports"]
    assert report["score"] is not None and set(report["scores"]) >= {"correct", "readable"}
    costs = [item for item in report["assessments"] if item["rule"] == "PC101"]
    assert costs and costs[0]["points"] < 0
    assert report["targets"]["lix_max"] < 55  # plain-language readers get a lower target


def test_the_ignore_edit_the_page_gets_silences_the_finding():
    text = "Hyvää päivää.\nIlmottaudu mukaan 👍 nyt.\n"
    [finding] = by_rule(check(text, lang="fi"), "PC101")
    edited = text
    for edit in finding["ignore"]:  # offsets in UTF-16 units, applied in the order given
        data = edited.encode("utf-16-le")
        at = edit["at"] * 2
        edited = (data[:at] + edit["insert"].encode("utf-16-le") + data[at:]).decode("utf-16-le")
    assert by_rule(check(edited, lang="fi"), "PC101") == []
    assert "<!-- postcheck-disable-next-line PC101 -->\nIlmottaudu" in edited


def test_fix_all_applies_the_safe_fixes_and_only_them():
    text = "Hinta on 5 %  ja  aika 10-12 .\nIlmottaudu mukaan.\n"
    fixed, applied = fixed_text(CheckRequest(text=text, lang="fi"), CONFIG)
    assert applied >= 2
    assert "  " not in fixed and "Ilmottaudu" in fixed  # no fix for a misspelling
    assert fixed.count("\n") == text.count("\n")


def test_a_request_names_what_is_wrong_with_it():
    import pytest

    from postcheck.core.errors import InputError

    for bad, words in (
        ([], "not a JSON object"),
        ({}, "has no text"),
        ({"text": "x", "channels": "x"}, "channels must be a list"),
        ({"text": "x", "audience": 5}, "audience must be text"),
    ):
        with pytest.raises(InputError, match=words):
            CheckRequest.from_json(bad)
    assert CheckRequest.from_json({"text": "a\r\nb", "lang": ""}) == CheckRequest("a\nb")
