from postcheck import check
from tests.conftest import only, place


def test_unknown_front_matter_key_is_a_warning_at_the_key():
    [finding] = only(check("---\ntitle: Hei\nchanel: x\n---\nHyvää päivää.\n"), "PC001")
    assert place(finding) == (3, 1, 3, 7)
    assert finding.severity == "warning" and finding.suggestions == ("channel",)
    assert "channel" in finding.message
