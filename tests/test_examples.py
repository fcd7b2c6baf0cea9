"""The example drafts in corpora/examples/ say what the README says they say."""

from postcheck import check_file
from tests.conftest import EXAMPLES


def codes(name):
    return [(f.rule, f.line) for f in check_file(EXAMPLES / name).findings]


def test_good_linkedin_post_is_clean():
    report = check_file(EXAMPLES / "linkedin-rekry.md")
    assert report.findings == () and report.score == 100


def test_good_x_post_is_clean():
    assert check_file(EXAMPLES / "x-tiedote.txt").findings == ()


def test_blog_post_has_a_repeated_word_and_an_unfinished_sentence():
    found = codes("blogi-sisaltostrategia.md")
    assert ("PC118", 16) in found and ("PC119", 18) in found
    assert not [code for code, _ in found if code == "PC101"]


def test_facebook_event_has_a_typo_and_colloquial_words():
    found = codes("facebook-tapahtuma.txt")
    assert ("PC101", 10) in found
    assert found.count(("PC601", 8)) == 2
