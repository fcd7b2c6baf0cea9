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


def test_a_short_line_under_an_image_is_a_caption():
    text = (
        "Alku.\n\n![Tehdas](a.jpg)\nToimitusjohtaja uuden tehtaan edessä\n\n"
        "[![Kuva](b.jpg)](https://kinda.fi)\n\n*Matti Meikäläinen Tampereella*\n\n"
        "![](c.jpg) _Uusi tehdas_\n\nLoppu.\n"
    )
    _, blocks = prose_and_blocks(text)
    assert [(kind, prose.strip()) for kind, prose in blocks if prose.strip()] == [
        ("paragraph", "Alku."),
        ("caption", "Toimitusjohtaja uuden tehtaan edessä"),
        ("caption", "Matti Meikäläinen Tampereella"),
        ("caption", "Uusi tehdas"),
        ("paragraph", "Loppu."),
    ]


def test_running_text_after_an_image_is_a_paragraph():
    sentence = "Tehdas valmistui viime vuonna ja se työllistää nyt sata ihmistä"
    for text in (
        f"![Tehdas](a.jpg)\n\n{sentence}\n",  # a paragraph of its own, not emphasised
        f"![](ikoni.png) {sentence}\n",  # text on the image's own line
        f"![Tehdas](a.jpg)\nTehdas valmistui.\n{sentence}\n",  # two lines under it
        f"![Tehdas](a.jpg)\n\n```\nx = 1\n```\n\n*{sentence}*\n",  # code between them
        f"![Tehdas](a.jpg)\n\n---\n\n*{sentence}*\n",  # a rule between them
    ):
        _, blocks = prose_and_blocks(text)
        assert [kind for kind, prose in blocks if sentence in prose] == ["paragraph"], text


def test_text_under_an_image_is_a_paragraph_when_it_is_long_or_of_several_lines():
    long_line = " ".join(["sana"] * 31) + "."
    text = f"![a](a.jpg)\n{long_line}\n\n![b](b.jpg)\n\nKappale jatkuu\ntoisella rivillä.\n"
    _, blocks = prose_and_blocks(text)
    assert [kind for kind, prose in blocks if prose.strip()] == ["paragraph", "paragraph"]
    # a line above an image is no caption
    _, blocks = prose_and_blocks("Teksti ennen kuvaa\n![a](a.jpg)\n")
    assert [kind for kind, _ in blocks] == ["paragraph"]


def test_the_summary_before_more_is_a_teaser():
    for text in (
        "Kymmenen vinkkiä kevääseen\n\n<!--more-->\n\nLoput.\n",
        "Kymmenen vinkkiä kevääseen <!-- more -->\n\nLoput.\n",
    ):
        _, blocks = prose_and_blocks(text)
        assert [(kind, prose.strip()) for kind, prose in blocks] == [
            ("teaser", "Kymmenen vinkkiä kevääseen"),
            ("paragraph", "Loput."),
        ]
    _, blocks = prose_and_blocks("# Otsikko\n\n<!--more-->\n")
    assert [kind for kind, _ in blocks] == ["heading"]


def test_only_the_paragraph_right_before_more_is_the_summary():
    for between in ("---", "```\nkoodia\n```"):
        _, blocks = prose_and_blocks(f"Kokous alkaa kello yhdeksän\n\n{between}\n\n<!--more-->\n")
        assert [kind for kind, _ in blocks] == ["paragraph"]
    _, blocks = prose_and_blocks("Tänään kerromme uudesta tuotteesta.\n<!--more-->\n\nLoput.\n")
    assert [kind for kind, _ in blocks] == ["teaser", "paragraph"]


def test_a_line_break_tag_leaves_one_space_between_the_lines():
    draft, blocks = prose_and_blocks("**Matti Meikäläinen**<br/>\nToimitusjohtaja  <br/>Kinda Oy\n")
    assert blocks == [("paragraph", "Matti Meikäläinen Toimitusjohtaja Kinda Oy")]
    assert draft.source_span(18, 33) == (27, 42)
