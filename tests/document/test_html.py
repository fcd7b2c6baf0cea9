"""HTML blocks in a Markdown body are prose, with exact positions (posts migrated from a CMS)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck import check
from postcheck.document.draft import parse_draft
from postcheck.rules.grammar import RULES as GRAMMAR_RULES
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


def test_figure_and_table_captions_are_caption_blocks():
    text = (
        "<figure><img src='a.jpg'><figcaption>Toimitusjohtaja tehtaalla</figcaption></figure>\n"
        "<table><caption>Kävijät vuonna 2024</caption><tr><td>12</td></tr></table>\n"
    )
    draft = parse_draft(text, markdown=True)
    assert [(b.kind, draft.prose[b.start : b.end]) for b in draft.blocks] == [
        ("caption", "Toimitusjohtaja tehtaalla"),
        ("caption", "Kävijät vuonna 2024"),
        ("table_cell", "12"),
    ]


def test_html_whitespace_is_one_space_as_a_browser_shows_it():
    text = "<p>\n  Tämä on kappale,\n  joka jatkuu.  <br />\n  Toinen\trivi.</p>\n"
    draft = parse_draft(text, markdown=True)
    assert draft.prose == "Tämä on kappale, joka jatkuu. Toinen rivi."
    # the words keep their places in the file; a collapsed run maps to where it starts
    assert draft.source_span(17, 21) == (text.index("joka"), text.index("joka") + 4)
    assert draft.offsets.source(draft.prose.index(" Toinen")) == text.index("  <br")


def test_the_indentation_of_html_is_no_grammar_error():
    text = "<p>\n  Tämä on kappale,\n  joka on sisennetty.  <br/>\n  Toinen rivi.\n</p>\n"
    grammar = {rule.code for rule in GRAMMAR_RULES}
    assert [f.rule for f in check(text, path="a.md").findings if f.rule in grammar] == []


def test_an_html_block_never_starts_or_ends_in_a_space():
    for text in (
        "<p>Tämä kirja on hyvä\n</p>\n",
        "<p>\n  Tämä kirja on hyvä\n</p>\n",
        '<div class="entry">\n  Tämä kirja on hyvä\n</div>\n',
        "<p>Tämä kirja on hyvä <br/>\n</p>\n",
        "<p>Tämä <b>kirja</b>\n  on hyvä <!-- x -->\n</p>\n",
    ):
        draft = parse_draft(text, markdown=True)
        assert draft.prose == "Tämä kirja on hyvä", text


def test_a_collapsed_run_of_whitespace_or_an_entity_ends_where_its_source_ends():
    text = "<p>Avoinna 2019\n    -\n    2020 &amp; aina.</p>\n"
    draft = parse_draft(text, markdown=True)
    assert draft.prose == "Avoinna 2019 - 2020 & aina."
    dash = draft.prose.index("-")
    assert draft.source_span(dash - 1, dash + 2) == (text.index("\n"), text.index("2020"))
    amp = draft.prose.index("&")
    assert draft.source_span(amp, amp + 1) == (text.index("&amp;"), text.index("&amp;") + 5)


def test_a_marked_section_the_standard_parser_cannot_read_is_skipped_not_a_crash():
    for text, prose in [
        ("<p>a <![](a.jpg)</p>\n", "a"),
        ("<div>\n<![x\n</div>\n", ""),
        ("<p>Teksti <![CDATA[x]]> jatkuu tässä.</p>\n", "Teksti jatkuu tässä."),
    ]:
        assert parse_draft(text, markdown=True).prose == prose, text
