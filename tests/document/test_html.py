"""HTML blocks in a Markdown body are prose, with exact positions (posts migrated from a CMS)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck import check
from postcheck.document.draft import parse_draft
from tests.conftest import only, place

BODY = (
    "---\nchannel: blog\ntitle: Hei\n---\n"
    "<p>Tervetuloa muillekkin &amp; ystäville.</p>\n"
    "<h2>Otsikko</h2>\n<ul>\n<li>Tavotteena on kasvu.</li>\n</ul>\n"
    "<script>var kisssa = 1;</script>\n<!-- kisssa -->\n"
)


def test_the_text_of_html_blocks_is_prose_in_its_blocks():
    draft = parse_draft(BODY, markdown=True)
    assert draft.prose == "Tervetuloa muillekkin & ystäville.\n\nOtsikko\n\nTavotteena on kasvu."
    assert [block.kind for block in draft.blocks] == ["paragraph", "heading", "list_item"]


def test_misspellings_inside_html_are_reported_at_their_place():
    findings = only(check(BODY, path="a.md"), "PC101")
    assert [place(f) for f in findings] == [(5, 15, 5, 25), (8, 5, 8, 15)]


def test_a_body_of_markup_without_text_has_no_prose():
    report = check("<div><img src='a.png'></div>\n<script>x = 1</script>\n", path="a.md")
    assert report.score is None and [f.rule for f in report.findings] == ["PC003"]


words = st.sampled_from(["kissa", "Hei", "on", "&amp;", "&#228;", "<b>", "</b>", "<br>", " ", "\n"])


@settings(max_examples=80, deadline=None)
@given(st.lists(words, max_size=30), st.sampled_from(["p", "li", "h3", "td"]))
def test_every_html_prose_character_maps_back_to_the_file(parts, tag):
    text = f"<{tag}>{''.join(parts)}</{tag}>\n"
    draft = parse_draft(text, markdown=True)
    for index, char in enumerate(draft.prose):
        source = draft.offsets.source(index)
        assert 0 <= source < len(text)
        assert text[source] == char or char in " \n&ä"  # entities and gaps are synthetic


def test_a_summary_is_its_own_block_not_glued_to_the_text_after_it():
    from postcheck import check

    report = check(
        "<details><summary>Lisätietoa</summary>Sisältö on tässä.</details>\n", path="a.md"
    )
    assert report.metrics["words"] == 4
