import pytest

from postcheck import check
from postcheck.engine.config import Config
from postcheck.profiles.vocabulary import TeamVocabulary
from postcheck.rules.grammar import RULES
from tests.conftest import only, place


def test_one_rule_per_voikko_code_with_manual():
    codes = [rule.code for rule in RULES]
    assert codes == [f"PC{110 + n}" for n in range(1, 19)]
    assert all(rule.manual() for rule in RULES)


def test_repeated_word_with_finnish_and_english_messages():
    text = "---\nlang: fi\n---\nTämä on on hyvä lause.\n"
    [finding] = only(check(text), "PC118")
    assert place(finding) == (4, 6, 4, 11)
    assert finding.message.startswith("Sana on kirjoitettu kahteen kertaan.")
    assert finding.suggestions == ("on",)
    from postcheck.engine.config import Config

    [english] = only(check(text, config=Config(messages="en")), "PC118")
    assert english.message.startswith("Remove duplicate word.")


def test_missing_final_punctuation_in_a_paragraph_is_reported():
    [finding] = only(check("Tämä lause jää kesken", path="a.md"), "PC119")
    assert place(finding)[:2] == (1, 16)


def test_headings_list_items_and_social_lines_need_no_final_punctuation():
    markdown = "# Otsikko ilman pistettä\n\n- kohta ilman pistettä\n- toinen kohta\n"
    assert only(check(markdown, channel="blog"), "PC119") == []
    assert only(check(markdown, channel="blog"), "PC117") == []
    social = (
        "Tervetuloa messuille 🎉\nLue lisää https://kinda.fi\nKiitos @matti\nNähdään #messut2026\n"
    )
    report = check(social, channel="linkedin")
    assert only(report, "PC119") == []


def test_a_list_written_as_lines_and_a_chapter_list_need_no_final_punctuation():
    dashes = (
        "Vuoden tulokset:\n– hakemuksia 1 140, kun edellisvuonna niitä tuli 380\n"
        "– palkkasimme 14 testaajaa, joista kuusi vaihtoi alaa\n– koeajalla ei lähtenyt kukaan"
        "\n\nKerro kokemuksesi kommenteissa.\n"
    )
    emoji = "Tervetuloa webinaariin!\n📅 Tiistaina 3.6. klo 14\n💻 Teamsissa, tallenne lähetetään\n"
    chapters = (
        "Jaksossa:\n00:00 Miksi sukupolvenvaihdos kannattaa aloittaa ajoissa\n31:20 Kun"
        " sisarukset perivät metsän yhdessä\n42:05 Kuulijoiden kysymykset\n\nTilaa kanava.\n"
    )
    for text in (dashes, emoji, chapters, dashes.replace("– ", "• ")):
        assert only(check(text, lang="fi"), "PC119") == [], text
    # one dash line is a speaker's line, not a list: it still needs its mark
    speech = "Kerroimme uutisen eilen.\n– Olemme iloisia ja jatkamme yhteistyötä pitkään\nKiitos."
    [finding] = only(check(speech, lang="fi"), "PC119")
    assert place(finding) == (2, 42, 2, 49)


def test_a_line_that_is_all_link_text_is_a_button_and_needs_no_final_punctuation():
    text = "Haku alkaa maanantaina. Voit hakea kolmea viikkoa.\n\n[Hae lomaviikkoa jäsensivuilla](https://vire.fi/lomat)\n"
    assert only(check(text, channel="newsletter", lang="fi"), "PC119") == []
    inline = "Haku alkaa maanantaina, ja voit [hakea tästä](https://vire.fi) kolmea viikkoa\n"
    [finding] = only(check(inline, channel="newsletter", lang="fi"), "PC119")
    assert place(finding)[:2] == (1, 71)  # a link inside a sentence: the sentence needs its mark


def test_a_posts_title_line_needs_no_full_stop_or_verb_but_a_lone_line_does():
    post = (
        "Nordlift Oy ja Kuljetusliike Hakala Oy aloittavat yhteistyön\n\n"
        "Yhteistyö alkaa huhtikuussa. Varaosat kulkevat jatkossa Hakalan kautta kaikkialle"
        " Suomeen, ja huoltoasentaja saa osan pääsääntöisesti seuraavana arkipäivänä. Tähän asti"
        " osat on toimitettu Vantaalta.\n"
    )
    report = check(post, channel="linkedin", lang="fi")
    assert only(report, "PC119") == [] and only(report, "PC127") == []
    [alone] = only(check(post.split("\n")[0] + "\n", channel="linkedin", lang="fi"), "PC119")
    assert place(alone)[:2] == (1, 51)  # one paragraph only: a sentence without its mark
    body = "\n\nYhteistyö alkaa huhtikuussa. Varaosat kulkevat jatkossa Hakalan kautta kaikkialle."
    long = "Tänään julkaisimme palvelusta uuden version, joka on nopeampi ja helpompi käyttää kuin"
    [later] = only(check(long + " koskaan" + body * 2, lang="fi"), "PC119")  # 14 words
    assert place(later)[:2] == (1, len(long) + 2)
    [short] = only(check("Me tulemme\n\nTervetuloa kaikki.\n", lang="fi"), "PC119")
    assert place(short)[:2] == (1, 4)  # above a line: a sentence that lost its mark


def test_hashtag_line_is_not_a_lowercase_sentence():
    report = check("Hyvää viikonloppua kaikille!\n\n#rekrytointi #viestintä", channel="linkedin")
    assert only(report, "PC117") == []


def test_lowercase_sentence_start_in_prose_is_reported():
    [finding] = only(check("Hyvä alku. tämä alkaa pienellä."), "PC117")
    assert place(finding) == (1, 12, 1, 16)
    assert finding.suggestions == ("Tämä",)


VOIKKO_ERRORS = [
    ("PC111", "Olen itseasiassa samaa mieltä.", 6, 17, "error"),
    ("PC112", "Tämä  on hyvä lause.", 5, 7, "warning"),
    ("PC113", "Tämä on hyvä , mutta kallis.", 13, 15, "warning"),
    ("PC114", "Tämä on hyvä,, mutta kallis.", 13, 15, "warning"),
    ("PC116", "Tulen paikalle Maanantaina.", 16, 27, "info"),
    ("PC117", "Kokous alkaa pian. muista kahvi.", 20, 26, "warning"),
    ("PC118", "Tulen huomenna huomenna kotiin.", 7, 24, "error"),
    ("PC119", "Tämä lause jää kesken", 16, 22, "warning"),
    ("PC120", "”Tulen huomenna.”, hän sanoi.", 16, 19, "warning"),
    ("PC121", "Hän sanoi “tulen huomenna” eilen.", 11, 12, "warning"),
    ("PC122", "Tämä on hyvä ja halpa).", 22, 23, "warning"),
    ("PC123", "En tulee huomenna.", 1, 9, "error"),
    ("PC124", "Haluan tekemään työtä.", 1, 16, "warning"),
    ("PC125", "Rupesin tehdä työtä.", 1, 14, "warning"),
    ("PC126", "Menen kauppaan ja.", 16, 18, "warning"),
    ("PC127", "Kahvia ja pullaa kaikille kokoukseen tulijoille huomenna.", 1, 58, "info"),
    ("PC128", "Luulen hän tulee huomenna.", 1, 17, "warning"),
]  # PC115 (invalid sentence start) is left out: no sentence triggers it


@pytest.mark.parametrize(
    ("code", "text", "column", "end_column", "severity"),
    VOIKKO_ERRORS,
    ids=[case[0] for case in VOIKKO_ERRORS],
)
def test_each_voikko_grammar_rule_fires_once_where_expected(
    code, text, column, end_column, severity
):
    report = check(text, lang="fi")
    grammar = [f for f in report.findings if f.rule in {rule.code for rule in RULES}]
    [finding] = grammar  # this error and no other grammar error
    assert finding.rule == code and finding.severity == severity
    assert place(finding) == (1, column, 1, end_column)


def test_a_sentence_may_go_on_in_lowercase_after_an_ellipsis():
    assert only(check("Maku alkoi tökkiä .... kastike oli liian vahva.\n"), "PC117") == []
    assert only(check("Pitsa oli ok, mutta… kastike oli huono.\n"), "PC117") == []
    [finding] = only(check("Pitsa oli hyvä. kastike oli huono.\n"), "PC117")
    assert (finding.line, finding.column) == (1, 17)


def test_a_dialogue_dash_is_not_a_lowercase_sentence_start():
    assert only(check("Maks nielaisi. -Hei, Krobs, Maks sanoi.\n"), "PC117") == []


def test_labels_teasers_and_html_breaks_are_not_unfinished_sentences():
    text = (
        "# Firmojen ongelmat\n\nFirmojen ongelmat. Puolueiden suosio. Nyt tiedeuutinen.\n\n"
        "[Lue lisää](https://kinda.fi/a)\n\nTervetuloa!<br />\n\nPalvelu avautuu maanantaina\n"
    )
    report = check(text, channel="blog")
    assert only(report, "PC127") == []
    [unfinished] = only(report, "PC119")  # a sentence with its verb still needs its period
    assert (unfinished.line, unfinished.column) == (9, 17)
    assert only(check("Hyvää kesää kaikille.\n"), "PC127") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kiitos Väylävirastolle ja urakoitsijalle sujuvasta yhteistyöstä.",
        "Lämpimät kiitokset kaikille talkoisiin osallistuneille vapaaehtoisille.",
        "Hyvää joulua ja onnellista uutta vuotta kaikille asiakkaillemme!",
        "Onnea kaikille tämän kevään valmistuneille opiskelijoillemme!",
    ],
)
def test_thanks_wishes_and_welcomes_are_whole_without_a_verb(sentence):
    assert only(check(f"Silta valmistui lokakuussa.\n\n{sentence}\n"), "PC127") == []


def test_a_marked_ui_label_or_a_name_voikko_lacks_may_be_capitalised_mid_sentence():
    text = "Avaa sovellus ja valitse sitten **Tallenna** tai _Varaa_. Mennään Suxessiin illalla.\n"
    assert only(check(text, channel="blog"), "PC116") == []
    # unmarked, a UI label is a name too: Voikko cannot tell names from common nouns
    assert only(check("Valitse sitten Tallenna ja odota.\n", channel="blog"), "PC116") == []


def test_consider_lowercase_is_kept_for_words_finnish_always_writes_in_lowercase():
    titles = "Kirjakauppa perustettiin 1912, ja Rautakirja on omistanut sen. Neuvosto kehotti.\n"
    assert only(check(titles, channel="blog"), "PC116") == []
    [holiday] = only(check("Nähdään taas Juhannuksena mökillä.\n", channel="blog"), "PC116")
    assert place(holiday) == (1, 14, 1, 26)
    [people] = only(check("Ilmoittaudu mukaan, Tamperelaiset ystävät.\n"), "PC116")
    assert place(people) == (1, 21, 1, 34)


def test_a_line_of_dialogue_after_a_dash_starts_with_a_capital():
    text = "Hanke alkoi keväällä. - Tehdään siis hyvä vuosi, hän sanoi.\n"
    assert only(check(text, channel="blog"), "PC116") == []


def test_review_cases_of_labels_and_dashes():
    [unfinished] = only(check("Me tulemme\n\nTervetuloa.\n", channel="blog"), "PC119")
    assert (unfinished.line, unfinished.column) == (1, 4)
    assert only(check("Tilaa uutiskirje\n\nHei.\n", channel="blog"), "PC119") == []
    bold = "**Tämä on tärkeää: tulemme sinne Maanantaina.**\n"
    assert [f.column for f in only(check(bold, channel="blog"), "PC116")] == [34]
    assert only(check("Hinta on 5 - Euroa kappaleelta.\n"), "PC116") == []


def test_a_word_the_team_accepts_is_never_to_be_written_in_lowercase():
    text = "Ilmoittaudu mukaan, Tamperelaiset ystävät.\n"
    [finding] = only(check(text), "PC116")
    assert place(finding) == (1, 21, 1, 34)
    accepted = Config(vocabulary=TeamVocabulary(accept=("Tamperelaiset",)))
    assert only(check(text, config=accepted), "PC116") == []


def test_grammar_findings_speak_swedish_in_a_swedish_post():
    text = (
        "---\nlang: sv\n---\nVi levererar matkassar i Vasa från maj och du kan beställa i appen"
        " redan nu.\n\nToimitamme ruokakasseja Vaasassa toukokuusta ja ja voit tilata"
        " sovelluksesta jo nyt.\n"
    )
    [repeated] = [f for f in check(text).findings if f.rule == "PC118"]
    assert (repeated.line, repeated.column, repeated.lang) == (6, 46, "fi")
    assert repeated.message == "Ta bort det upprepade ordet."


def test_every_grammar_rule_has_a_swedish_message():
    from postcheck.rules.grammar import RULES

    assert all(rule.swedish and rule.advice.sv for rule in RULES)


def test_a_no_break_space_is_never_fixed_into_a_plain_one():
    report = check("Hinta on 10\u00a0\u00a0000 euroa ja se on  hyvä.", lang="fi")
    assert [(f.rule, f.column, f.fix) for f in report.findings if f.rule == "PC112"] == [
        ("PC112", 12, None),
        ("PC112", 32, " "),
    ]


GRAMMAR_CODES = {rule.code for rule in RULES}


def grammar(report):
    return [(f.rule, *place(f)) for f in report.findings if f.rule in GRAMMAR_CODES]


def test_captions_need_no_main_verb_nor_final_punctuation():
    text = (
        "Tehdas avattiin eilen.\n\n"
        "![Tehdas](a.jpg)\n*Toimitusjohtaja Matti Meikäläinen avaa uuden tehtaan Tampereella*\n\n"
        "Kuvassa toimitusjohtaja Matti Meikäläinen uuden tehtaan edessä Tampereella.\n\n"
        "Kuva: toimitusjohtaja Matti Meikäläinen avaa tehtaan\n\n"
        "<figure><img src='a.jpg'><figcaption>toimitusjohtaja Matti Meikäläinen avaa uuden"
        " tehtaan</figcaption></figure>\n\n"
        "Toimitusjohtaja Matti Meikäläinen uuden tehtaan edessä Tampereella.\n\n"
        "Tehdas avataan huomenna\n"
    )
    assert grammar(check(text, channel="blog")) == [
        ("PC117", 10, 38, 10, 53),  # a caption starts with a capital like any text
        ("PC127", 12, 1, 12, 68),  # the same words in a paragraph of their own are a sentence
        ("PC119", 14, 16, 14, 24),
    ]


def test_teaser_lines_need_no_main_verb_but_a_sentence_among_others_does():
    text = (
        "Firmojen suuret ongelmat kasvussa. Puolueiden suosio nousussa eduskuntavaaleissa."
        " Tiedeuutinen avaruudesta.\n\n"
        "Kokous alkaa kello yhdeksän. Kahvia ja pullaa kaikille kokoukseen tulijoille huomenna."
        " Tervetuloa mukaan.\n"
    )
    assert grammar(check(text, channel="blog")) == [("PC127", 3, 30, 3, 87)]
    lines = (
        "Firmojen suuret ongelmat kasvussa\nPuolueiden suosio nousussa eduskuntavaaleissa\n"
        "Uusi tiedeuutinen avaruudesta\n\nKokous alkaa kello yhdeksän\n"
    )
    assert grammar(check(lines, channel="linkedin")) == [("PC119", 5, 20, 5, 28)]
    summary = "Kymmenen vinkkiä parempaan ja kestävämpään kevääseen.\n\n<!--more-->\n\nLoput.\n"
    assert grammar(check(summary, channel="blog")) == []


def test_headings_list_items_and_table_cells_need_no_main_verb():
    text = (
        "# Kymmenen vinkkiä parempaan kevääseen.\n\n"
        "- Kahvia ja pullaa kaikille kokoukseen tulijoille.\n\n"
        "| Kahvia ja pullaa kaikille kokoukseen tulijoille. |\n|---|\n| x |\n"
    )
    assert grammar(check(text, channel="blog")) == []


def test_table_padding_and_spaces_at_a_line_break_are_no_double_spaces():
    table = (
        "| Nimi    | Rooli         |\n|---------|---------------|\n| Matti   | Puheenjohtaja |\n"
        "| Liisa  Virtanen | Sihteeri  |\n\nTämä on  virhe.\n"
    )
    for channel in ("linkedin", "blog"):  # as typed, and as a Markdown table
        found = [(f.line, f.column) for f in only(check(table, channel=channel), "PC112")]
        assert found == [(4, 8), (6, 8)]  # the writer's own double spaces
    signature = "**Matti Meikäläinen**<br/>\nToimitusjohtaja  <br/>Kinda Oy\n\nHei  taas.\n"
    assert [place(f) for f in only(check(signature, channel="blog"), "PC112")] == [(4, 4, 4, 6)]
    typed = "Matti Meikäläinen  \nToimitusjohtaja\n\nHei  taas.\n"
    assert [place(f) for f in only(check(typed, channel="linkedin"), "PC112")] == [(4, 4, 4, 6)]


def test_names_and_ui_labels_are_no_sentence_starts():
    text = (
        "Avaa sivu ja klikkaa _Varaa_. Valitse **Tallenna**. Valitse sitten Tallenna nimellä.\n\n"
        "Yhdistyneiden kansakuntien yleiskokous kokoontui eilen. Hän puhui Yhdistyneiden"
        " kansakuntien kokouksessa.\n\n## Yhdistyneiden kansakuntien\n\nKuuntele\n"
    )
    for channel in ("blog", "linkedin"):
        assert grammar(check(text, channel=channel)) == []


def test_the_spaces_around_a_comment_that_is_not_published_are_no_double_space():
    text = "Tervetuloa lukemaan! <!--more--> Tämä on  uutta.\n"
    for channel in ("linkedin", "blog"):
        [double] = only(check(text, channel=channel), "PC112")  # the writer's own double space
        assert place(double) == (1, 41, 1, 43)


def test_running_text_after_an_image_still_needs_its_final_punctuation():
    sentence = "Tehdas valmistui viime vuonna ja se työllistää nyt sata ihmistä"
    cases = [
        (f"Alku on tässä.\n\n![Tehdas](a.jpg)\n\n{sentence}\n\nLoppu on tässä.\n", (5, 57)),
        ("![](ikoni.png) Tämä on tärkeä huomio jota moni ei vielä tiedä\n", (1, 57)),
        (
            "![Tehdas](a.jpg)\nTehdas valmistui viime vuonna.\nSe työllistää nyt sata ihmistä\n"
            "ja kasvaa edelleen\n",
            (4, 11),
        ),
        (f"![Tehdas](a.jpg)\n\n```\nx = 1\n```\n\n{sentence}\n", (7, 57)),
    ]
    for text, (line, column) in cases:
        found = [place(f)[:2] for f in only(check(text, channel="blog"), "PC119")]
        assert found == [(line, column)], text
    # a caption under its image is void: one line in the image's paragraph, or emphasised
    captions = (
        "![Tehdas](a.jpg)\nUusi tehdas Tampereella\n\n"
        "![Tehdas](a.jpg)\n\n*Tehdas valmistui viime vuonna Tampereelle*\n"
    )
    assert grammar(check(captions, channel="blog")) == []


def test_an_html_block_that_ends_in_whitespace_still_needs_its_final_punctuation():
    for text, where in (
        ("<p>Tämä kirja on hyvä\n</p>\n", (1, 18, 1, 22)),
        ("<p>\n  Tämä kirja on hyvä\n</p>\n", (2, 17, 2, 21)),
        ('<div class="entry">\n  Tämä kirja on hyvä\n</div>\n', (2, 17, 2, 21)),
        ("<p>Tämä kirja on hyvä <br/>\n</p>\n", (1, 18, 1, 22)),
    ):
        assert grammar(check(text, path="a.md")) == [("PC119", *where)], text
    assert grammar(check("<p>Hei!<br />\n</p>\n", path="a.md")) == []


def test_a_caption_label_exempts_only_its_own_short_sentence():
    cases = [
        ("Kuvassa on uusi tehdas. Se valmistui viime vuonna ja työllistää sata ihmistä\n", 70),
        ("Lähde: Tilastokeskus kertoo että työttömyys nousi viime vuonna\n", 57),
        ("Video: katso se tästä. Se julkaistiin viime vuonna ja sitä katsottiin paljon\n", 71),
        ("(Kuva: Liisa) Tehdas valmistui viime vuonna ja työllistää sata ihmistä\n", 64),
    ]
    for text, column in cases:
        found = [place(f)[:2] for f in only(check(text, channel="blog"), "PC119")]
        assert found == [(1, column)], text
    credits = "Tehdas avattiin.\n\nLähde: Tilastokeskus\n\nKuva: toimitusjohtaja avaa tehtaan\n"
    assert grammar(check(credits, channel="blog")) == []


def test_verbless_sentences_in_running_text_are_no_teasers():
    grew = "Yritys kasvoi viime vuonna nopeasti."
    customers = "Uusia asiakkaita kolmesta eri maasta Euroopassa."
    cases = [
        (
            f"{grew}\n\nUusia asiakkaita kolmesta eri maasta. Hyvät tulokset kaikilla mittareilla"
            " kautta linjan\n\nSe palkkasi kymmenen uutta ihmistä.\n",
            "blog",
            [("PC127", 3, 1, 3, 38)],
        ),
        (f"{grew}\n\n{customers}\n\nKiitos!\n", "blog", [("PC127", 3, 1, 3, 49)]),
        (
            f"{grew}\n{customers}\nKiitos kaikille!\n#kasvu #yritys\n",
            "linkedin",
            [("PC127", 2, 1, 2, 49)],
        ),
        (
            f"<p>{grew}</p>\n<p>{customers} Hyvä tulos kaikkiaan ja kautta linjan.</p>\n",
            "blog",
            [("PC127", 2, 4, 2, 52), ("PC127", 2, 53, 2, 91)],
        ),
    ]
    for text, channel, expected in cases:
        assert grammar(check(text, channel=channel)) == expected, text


def test_the_summary_before_more_still_needs_final_punctuation_after_a_verb():
    cases = [
        (
            "Tänään kerromme uudesta tuotteesta. Se on hieno\n<!--more-->\n\nLoput.\n",
            (1, 43, 1, 48),
        ),
        ("Kokous alkaa kello yhdeksän\n\n---\n\n<!--more-->\n\nLoput.\n", (1, 20, 1, 28)),
    ]
    for text, where in cases:
        assert grammar(check(text, channel="blog")) == [("PC119", *where)], text
    fragment = "Kymmenen uutta vinkkiä parempaan kevääseen.\n\n<!--more-->\n\nLoput.\n"
    assert grammar(check(fragment, channel="blog")) == []


def test_a_double_space_typed_with_an_entity_is_reported():
    for text, where in (
        ("Tämä on&nbsp; hyvä juttu.\n", (1, 8, 1, 15)),
        ("Tämä on&nbsp;&nbsp;hyvä juttu.\n", (1, 8, 1, 20)),
        ("<p>Tämä on&nbsp; hyvä juttu.</p>\n", (1, 11, 1, 18)),
        ("<p>Tämä on&nbsp;&nbsp;hyvä juttu.</p>\n", (1, 11, 1, 23)),
    ):
        assert [place(f) for f in only(check(text, channel="blog"), "PC112")] == [where], text
    # spaces around a tag or a comment are no double space
    for text in ("<p>Tämä on <b> hyvä</b> juttu.</p>\n", "Tämä on <!-- x --> hyvä juttu.\n"):
        assert only(check(text, channel="blog"), "PC112") == [], text


def test_a_heading_starts_with_a_capital():
    assert grammar(check("# tervetuloa kotiin\n", channel="blog")) == [("PC117", 1, 3, 1, 13)]
    assert grammar(check("- tervetuloa kotiin\n", channel="blog")) == []


def test_code_left_out_of_the_prose_leaves_no_grammar_error_beside_it():
    quiet = (
        "Käytä funktiota `foo`, joka löytyy kirjastosta.\n\n"
        "`foo` on funktio, jota käytämme paljon.\n\n"
        "Paina <kbd>Ctrl</kbd>, niin se toimii.\n"
    )
    report = check(quiet, lang="fi", channel="blog")  # Markdown
    assert [f.rule for f in report.findings if f.rule in ("PC113", "PC117")] == []
    spaced = check("Kutsu funktiota `foo` , joka palauttaa arvon.\n", lang="fi", channel="blog")
    # a space too many after the code: reported, across the code, and never fixed there
    found = [(f.column, f.end_column, f.fix) for f in spaced.findings if f.rule == "PC113"]
    assert found == [(16, 24, None)]
    loud = "Tämä on <b>hyvä </b>, mutta ei paras. Se toimii. <b>tämä</b> on lihavoitu.\n"
    found = [
        (f.rule, f.line, f.column)
        for f in check(loud, lang="fi", channel="blog").findings
        if f.rule in ("PC113", "PC117")
    ]
    assert found == [("PC113", 1, 16), ("PC117", 1, 53)]  # formatting tags hold prose


def test_missing_final_punctuation_before_markup_underlines_the_whole_last_word():
    for text, line, span in [
        ("# Otsikko\n\nTämä kirja on hyvä ![a](a.jpg)\n", 3, (15, 19)),
        ("# Otsikko\n\n<p>Tämä kirja on hyvä&nbsp;</p>\n", 3, (18, 22)),
    ]:
        [finding] = only(check(text, lang="fi", channel="blog"), "PC119")
        assert (finding.line, finding.column, finding.end_column) == (line, *span), text


def test_bulleted_lines_are_list_items_and_their_lead_in_needs_no_full_stop():
    # typed with "•" in a post published as typed, and in Markdown (which reads only - * +)
    post = (
        "Etsimme kehittäjää.\n\nToivomme, että sinulla on\n"
        "• vähintään kolmen vuoden kokemus taustajärjestelmistä\n"
        "• sujuva suomen tai englannin kielen taito\n\nHae viimeistään 31.3.\n"
    )
    for channel in ("linkedin", "blog"):
        report = check(post, channel=channel)
        assert only(report, "PC117") == [] and only(report, "PC119") == [], channel
    dashed = "Tarjoamme\n- joustavat työajat\n- etätyötä kahtena päivänä\n"
    assert only(check(dashed, channel="facebook"), "PC117") == []
    # a lead-in with no list under it is a sentence without its full stop
    [finding] = only(check("Toivomme, että sinulla on\n\nHyvä kokemus.\n", channel="x"), "PC119")
    assert place(finding) == (1, 24, 1, 26)


def test_a_timetable_line_starts_in_lowercase():
    hours = "Joulun aukioloajat:\nma 23.12. klo 7–18\nke 25.12. ja to 26.12. suljettu\nma–pe 8–16\n"
    report = check(hours, channel="facebook")
    assert only(report, "PC117") == []
    assert only(report, "PC601") == []  # "to 26.12." is torstai, not colloquial "toi"
    listed = "# Joulukuun päivät\n\n- **Ke 17.12.** Retkipäivä.\n- **To 18.12.** Koulu päättyy.\n"
    assert only(check(listed, channel="newsletter"), "PC601") == []  # capitalised too
    [colloquial] = only(check("Mä meen to kauppaan.", channel="x"), "PC601")[2:]
    assert place(colloquial) == (1, 9, 1, 11)  # without a date after it, "to" is "toi"
    [finding] = only(check("Tervetuloa!\nma on hyvä päivä aloittaa.\n", channel="x"), "PC117")
    assert place(finding) == (2, 1, 2, 3)
    running = "Mies lähti aamulla metsälle. klo 13.15 alkoi seminaari."  # not a line's start
    [finding] = only(check(running, path="a.md"), "PC117")
    assert place(finding) == (1, 30, 1, 33)


def test_a_signature_needs_no_capital_full_stop_or_verb():
    text = (
        "Raportti on julkaistu tänään.\n\nYstävällisin terveisin  \nLaura Nieminen  \n"
        "vastuullisuusjohtaja, Esimerkki Oy\n"
    )
    for channel in ("newsletter", "linkedin"):
        report = check(text, channel=channel)
        assert [f.rule for f in report.findings if f.rule in ("PC117", "PC119", "PC127")] == []


def test_the_text_under_a_greeting_with_a_comma_starts_in_lowercase():
    # Kotus: "Hei,⏎voisitteko …"; after "Hei" or "Hei!" the text starts with a capital
    assert (
        only(check("Hyvä lukija,\n\njulkaisimme raportin.\n", channel="newsletter"), "PC117") == []
    )
    assert only(check("Hei,\nvoisitteko tulla jo kello 10?\n", channel="x"), "PC117") == []
    [finding] = only(check("Hei\nvoisitteko tulla jo kello 10?\n", channel="x"), "PC117")
    assert place(finding) == (2, 1, 2, 11)


def test_a_programme_line_that_starts_with_klo_needs_no_full_stop():
    text = (
        "Ohjelma:\nklo 9.30 Ovet avautuvat ja kahvitarjoilu alkaa\n"
        "klo 10.30 Kirjailija Anni Salo kertoo uudesta romaanistaan\n"
    )
    assert only(check(text, channel="facebook"), "PC119") == []
    [finding] = only(
        check("Ovet avautuvat ja kahvitarjoilu alkaa\n\nTervetuloa!", channel="x"), "PC119"
    )
    assert place(finding) == (1, 33, 1, 38)  # "alkaa"


def test_a_name_and_title_under_a_post_are_its_signature():
    text = "Kerromme perjantaina, miten toimitukset etenevät.\n\nLaura Nieminen\nasiakaspalvelupäällikkö, Kotikauppa Oy\n"
    assert only(check(text, channel="facebook"), "PC117") == []
    # the same lines in the middle of a post are text like any other
    middle = "Laura Nieminen\nasiakaspalvelupäällikkö kertoo uutiset.\n\nKiitos kaikille!\n"
    [finding] = only(check(middle, channel="facebook"), "PC117")
    assert place(finding) == (2, 1, 2, 24)


def test_a_sentence_broken_over_lines_by_its_phrases_is_one_sentence():
    selko = (
        "Tarvitset hakemukseen\nvuokrasopimuksen,\ntiedot tuloistasi ja\ntilinumerosi.\n\n"
        "Soita meille, jos tarvitset apua.\n"
    )
    report = check(selko, audience="selko", channel="instagram")
    assert only(report, "PC117") == [] and only(report, "PC119") == []
    # a line of its own that ends a sentence still needs its full stop
    [unfinished] = only(check("Palvelu avautuu maanantaina\nTervetuloa!\n", channel="x"), "PC119")
    assert place(unfinished)[:2] == (1, 17)  # its last word, "maanantaina"


def test_spacing_is_read_in_english_and_swedish_too():
    english = "Welcome  to our open day , everyone ! Doors open at 10 : 30 :)\n"
    found = [(f.rule, f.column, f.fix) for f in check(english, lang="en").findings]
    assert [f for f in found if f[0] in ("PC112", "PC113")] == [
        ("PC112", 8, " "),
        ("PC113", 25, ","),
        ("PC113", 36, None),  # reported, not fixed: only a space before a comma is
    ]
    swedish = "Välkommen till vår öppna dag ! Anmäl dig senast 3.6 : det är gratis.\n"
    report = check(swedish, lang="sv")
    assert [(f.rule, f.column) for f in only(report, "PC113")] == [("PC113", 29), ("PC113", 52)]
    assert only(report, "PC113")[0].message == "Ta bort mellanslaget före skiljetecknet."


def test_a_space_before_a_mark_after_a_link_is_left_alone_but_after_a_tag_is_not():
    text = "Lue lisää https://example.fi . Tervetuloa #kesä2026 ! Kiitos @kinda , nähdään.\n"
    found = [f.column for f in only(check(text, lang="fi", path="a.txt"), "PC113")]
    assert found == [52, 68]  # the link would take the full stop in; a tag or mention would not


def test_spaced_marks_that_are_no_slips_are_left_alone():
    text = (
        "Run ./install.sh now. Wait . . . it works! Miss you :,( and :@ ok. Logo ![logo](a.png)\n"
    )
    assert only(check(text, lang="en", path="a.txt"), "PC113") == []
    table = "| Nimi | Hinta |\n| :--- | ---: |\n| Kahvi | 3 € |\n"
    assert only(check(table, lang="fi", path="a.txt"), "PC113") == []
    english = "It works.  Then it stops.  Really  well.\n"  # two spaces between sentences
    assert [f.column for f in only(check(english, lang="en"), "PC112")] == [34]


def test_a_smileys_bracket_is_no_misplaced_parenthesis():
    smileys = ["Kiitos kaikille :) Nähdään.\n", "Kiitos;-) Nähdään.\n", "HYVÄÄ JOULUA : ) Hei.\n"]
    for text in smileys:
        assert only(check(text, lang="fi"), "PC122") == [], text
    [misplaced] = only(check("Kiitos ja nähdään).\n", lang="fi"), "PC122")
    assert place(misplaced) == (1, 18, 1, 19)


def test_a_line_ending_in_a_smiley_typed_as_text_needs_no_final_punctuation():
    for smiley in (";D", ":D", ":P", "XD", ":)", "<3"):
        text = f"Kumpi on sinun suosikkisi? Kerro kommenteissa {smiley}\n"
        assert only(check(text, lang="fi", channel="instagram"), "PC119") == [], smiley
    [missing] = only(check("Kerro kommenteissa meille\n", lang="fi", channel="instagram"), "PC119")
    assert place(missing) == (1, 20, 1, 26)


def test_lines_below_a_label_ending_in_a_colon_go_on_in_lowercase():
    text = "Ottelu alkaa klo 18.30.\n\nLiput:\naikuiset 10 €\nopiskelijat 7 €\n\nTervetuloa!\n"
    assert only(check(text, lang="fi", channel="facebook"), "PC117") == []
    [capital] = only(check(text.replace("Liput:", "Liput"), lang="fi", channel="facebook"), "PC117")
    assert place(capital)[:2] == (4, 1)
