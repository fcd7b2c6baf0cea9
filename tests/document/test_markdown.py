from postcheck.document.draft import parse_draft


def prose_and_blocks(text):
    draft = parse_draft(text, markdown=True)
    return draft, [(b.kind, draft.prose[b.start : b.end]) for b in draft.blocks]


def test_markup_code_and_link_targets_are_not_prose_but_the_text_of_html_is():
    text = (
        "# Otsikko\n\nTämä on **tärkeää** ja [linkki](https://kinda.fi/a(b)) sekä `koodi` tässä."
        "\n\n<div>html</div>\n\n```\nkoodia\n```\n\n- kohta yksi\n- kohta kaksi\n\n> lainaus\n"
    )
    draft, blocks = prose_and_blocks(text)
    assert blocks == [
        ("heading", "Otsikko"),
        ("paragraph", "Tämä on tärkeää ja linkki sekä tässä."),
        ("paragraph", "html"),
        ("list_item", "kohta yksi"),
        ("list_item", "kohta kaksi"),
        ("quote", "lainaus"),
    ]
    assert "kinda.fi" not in draft.prose and "koodi" not in draft.prose and "div" not in draft.prose


def test_every_prose_character_maps_to_the_same_character_in_the_file():
    text = "Hei **maailma**, katso [tämä](http://x.fi) ja <https://y.fi> 👍 &amp; \\*ok\\*\nrivi\n"
    draft, _ = prose_and_blocks(text)
    for index, char in enumerate(draft.prose):
        if char.strip():
            assert text[draft.offsets.source(index)] == char, (index, char)


def test_soft_break_is_a_space_mapped_to_the_newline():
    text = "eka rivi\ntoka rivi\n"
    draft, blocks = prose_and_blocks(text)
    assert blocks == [("paragraph", "eka rivi toka rivi")]
    assert draft.offsets.source(8) == text.index("\n")


def test_table_cells_are_blocks():
    _, blocks = prose_and_blocks("| a | b |\n|---|---|\n| yksi | kaksi |\n")
    assert ("table_cell", "yksi") in blocks and ("table_cell", "kaksi") in blocks


def test_plain_text_is_verbatim_and_split_at_blank_lines():
    text = "---\nchannel: x\n---\n**Hei**  #tag\n\n\n  Toinen 🎉\nrivi\n"
    draft = parse_draft(text, markdown=False)
    assert [draft.prose[b.start : b.end] for b in draft.blocks] == [
        "**Hei**  #tag",
        "Toinen 🎉\nrivi",
    ]
    start = draft.prose.index("Toinen")
    assert draft.position(draft.offsets.source(start)) == (7, 3)


def test_emphasised_and_link_text_are_labels_in_prose():
    draft = parse_draft(
        "Klikkaa **Tallenna** ja lue [koko juttu](https://kinda.fi/a) tai _Varaa_.\n",
        markdown=True,
    )
    assert [draft.prose[start:end] for start, end in draft.labels] == [
        "Tallenna",
        "koko juttu",
        "Varaa",
    ]
