from postcheck import check
from tests.conftest import only, place


def test_unknown_front_matter_key_is_a_warning_at_the_key():
    [finding] = only(check("---\ntitle: Hei\nchanel: x\n---\nHyvää päivää.\n"), "PC001")
    assert place(finding) == (3, 1, 3, 7)
    assert finding.severity == "warning" and finding.suggestions == ("channel",)
    assert "channel" in finding.message


# PC003 no-prose


def test_a_draft_without_prose_gets_a_warning_and_no_score():
    for text in ("", "---\nchannel: x\n---\n", "```\ncode only\n```\n"):
        report = check(text, path="a.md")
        [finding] = only(report, "PC003")
        assert finding.severity == "warning" and finding.message.startswith("Luonnoksessa ei ole")
        assert report.score is None and report.scores == {} and report.band is None
        assert report.to_dict()["score"] is None
    [finding] = only(check("---\nchannel: x\n---\n"), "PC003")
    assert place(finding) == (4, 1, 4, 1)


def test_a_draft_with_prose_gets_no_pc003_and_a_score():
    report = check("Kahvila avaa ovensa maanantaina klo 8.")
    assert only(report, "PC003") == [] and report.score is not None


def test_site_generator_keys_are_not_reported_and_a_shared_key_names_the_postcheck_table():
    text = "---\nslug: uutinen\nweight: 3\ntype: uutiset\n---\nKahvila avaa ovensa.\n"
    [finding] = only(check(text), "PC001")
    assert place(finding) == (4, 1, 4, 5)
    assert "”postcheck:”" in finding.message and "uutiset" in finding.message
    report = check("---\ntype: uutiset\n---\nKahvila avaa ovensa.\n")
    assert report.type is None  # Hugo's type is not a post type: the draft is still checked


def test_a_team_adds_front_matter_keys_its_other_tools_read():
    from postcheck.engine.config import parse_config

    text = "---\nhero_video: x.mp4\nchanel: x\n---\nTämä on hyvä teksti.\n"
    assert next(f.message for f in only(check(text), "PC001")).startswith(
        "Tuntematon metatieto ”hero_video”"
    )
    config = parse_config({"rules": {"front-matter-key": {"keys": ["hero_video"]}}})
    [left] = only(check(text, config=config), "PC001")
    assert (left.line, "chanel" in left.message) == (3, True)
