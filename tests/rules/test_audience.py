"""The audience rules (PC603–PC608) and audience profiles in config."""

import pytest

from postcheck import check
from postcheck.core.errors import ConfigError
from postcheck.engine.config import Config, parse_config
from postcheck.nlp.colloquial import standard_form
from postcheck.profiles.audiences import audience_names
from tests.conftest import only, place

HARD = (
    "Organisaatiomuutosprosessin implementointivaiheessa henkilöstöresurssien uudelleenallokointi"
    " edellyttää kokonaisvaltaista muutosjohtamisosaamista sekä systemaattista"
    " sidosryhmäviestintää."
)
EASY = "Me teemme työtä. Se on kivaa. Tule mukaan! Kerro meille, mitä ajattelet."


def test_audience_profiles_and_aliases():
    assert audience_names() == ["asiantuntijat", "b2b", "kuluttajat", "selko", "sisainen"]
    audience = Config().audience_profile
    assert audience("consumers") is audience("kuluttajat")
    assert audience("easy").sentence_max_words == 12
    assert audience("experts").address == "any" and audience("consumers").address == "sinä"


def test_readability_over_target_gives_measured_value_and_target():
    text = " ".join([EASY, HARD, EASY, EASY, EASY])
    [finding] = only(check(text, audience="kuluttajat"), "PC603")
    start = text.index("Organisaatio") + 1
    assert place(finding) == (1, start, 1, start + len(HARD))  # the hardest sentence
    assert finding.message.startswith(  # LIX 26 is under its target: only Wiio is named
        "Teksti on kohderyhmälle kuluttajat liian vaikeaa: Wiio 9.0 (tavoite ≤ 7.5)."
    )
    [both] = only(check(" ".join([HARD] * 4), audience="kuluttajat"), "PC603")
    assert "LIX" in both.message and "(tavoite ≤ 50), Wiio" in both.message
    assert only(check(" ".join([EASY] * 6), audience="kuluttajat"), "PC603") == []


def test_mixed_address_flags_the_minority_form():
    text = "Voit tilata tuotteen verkosta. Kertokaa meille mielipiteenne. Kiitos, että luit."
    findings = only(check(text), "PC604")
    assert [place(f) for f in findings] == [(1, 32, 1, 40), (1, 48, 1, 61)]
    assert "te-muoto" in findings[0].message


def test_audience_preferred_address():
    text = "Voitte tilata tuotteen verkosta."
    [finding] = only(check(text, audience="kuluttajat"), "PC605")
    assert "sinä-muodossa" in finding.message and place(finding)[:2] == (1, 1)
    assert only(check(text, audience="b2b"), "PC605") == []


def test_jargon_matches_every_inflected_form_and_phrases():
    text = "Haemme synergiaa. Synergioiden avulla implementoimme uuden mallin."
    findings = only(check(text, audience="kuluttajat"), "PC606")
    assert [place(f)[:2] for f in findings] == [(1, 8), (1, 19), (1, 39)]
    assert findings[0].suggestions == ("yhteistyön hyöty",)
    config = parse_config({"audiences": {"kuluttajat": {"jargon": {"uusi malli": "muutos"}}}})
    [phrase] = only(check(text, audience="kuluttajat", config=config), "PC606")
    assert place(phrase) == (1, 54, 1, 66)  # "uuden mallin" by base forms, in sequence


def test_jargon_is_found_as_the_first_or_last_part_of_a_finnish_compound():
    text = "Tavoittelemme synergiaetuja. Ekosysteemiyhteistyö kasvaa. Kokeilemme palvelukonseptia."
    findings = only(check(text, audience="kuluttajat"), "PC606")
    assert [(place(f), f.suggestions) for f in findings] == [
        ((1, 15, 1, 28), ()),  # "synergia" + "etu": the plainer word does not replace it all
        ((1, 30, 1, 50), ()),
        ((1, 70, 1, 86), ()),  # "palvelu" + "konsepti"
    ]
    assert findings[0].message == (
        "”synergiaetuja” sisältää jargonia kohderyhmälle kuluttajat: ”synergia”. Sano se"
        " arkisemmin (”synergia” → ”yhteistyön hyöty”)."
    )
    assert only(check("Tarvitsemme synergiaa ja konseptin.", audience="kuluttajat"), "PC606") != []
    assert only(check("Ostimme uuden systeemin ja kissan.", audience="kuluttajat"), "PC606") == []


def test_informal_register_only_for_formal_audiences():
    text = "Mä oon tosi innoissani uudesta palvelusta."
    [finding] = only(check(text, audience="b2b"), "PC607")
    assert "2 puhekielistä muotoa (Mä, oon)" in finding.message
    assert only(check(text, audience="kuluttajat"), "PC607") == []


FINNISH_ONLY = parse_config({"audiences": {"kunta": {"description": "Kuntalaiset", "lang": "fi"}}})


def test_audience_language_mismatch():
    [finding] = only(
        check("We are hiring. Join us!", audience="kunta", config=FINNISH_ONLY), "PC608"
    )
    assert place(finding) == (1, 1, 1, 15) and finding.severity == "warning"
    assert finding.message == "The draft is in English, but the audience kunta reads Finnish."


def test_the_built_in_audiences_read_swedish_and_english_with_their_own_jargon_and_bands():
    english = check("---\naudience: b2b\n---\nWe leverage synergies for our customers every day.\n")
    assert only(english, "PC608") == []
    assert [f.suggestions for f in only(english, "PC606")] == [
        ("use",), ("the benefit of working together",),
    ]  # fmt: skip
    finnish = check("Hyödynnämme synergiaa asiakkaidemme kanssa joka päivä.", audience="b2b")
    assert [f.suggestions for f in only(finnish, "PC606")] == [("yhteistyön hyöty",)]
    assert Config().audience_profile("selko").reading("sv").lix_max == 30
    assert Config().audience_profile("selko").reading("fi").lix_max == 40
    assert Config().audience_profile("b2b").reading("en").lang == "en"


def test_an_audience_without_a_language_has_no_jargon_in_it():
    kunta = FINNISH_ONLY.audience_profile("kunta")
    teams = parse_config({"audiences": {"tiimi": {"lang": "fi", "jargon": {"synergia": "hyöty"}}}})
    assert teams.audience_profile("tiimi").reading("en").jargon == {}
    assert kunta.reading("en").lang == "fi"  # PC608 then says it reads Finnish


def test_a_bad_language_table_is_one_line():
    with pytest.raises(ConfigError, match="unknown language 'de' in \\[languages\\]"):
        parse_config({"audiences": {"x": {"languages": {"de": {"lix_max": 40}}}}})
    with pytest.raises(ConfigError, match=r"languages\.sv\.lix_max"):
        parse_config({"audiences": {"x": {"languages": {"sv": {"lix_max": "paljon"}}}}})


def test_config_changes_and_adds_audiences():
    config = parse_config(
        {
            "audiences": {
                "b2b": {"lix_max": 40},
                "nuoret": {"extends": "kuluttajat", "sentence_max_words": 10},
            }
        }
    )
    assert config.audience_profile("b2b").lix_max == 40
    assert config.audience_profile("nuoret").address == "sinä"
    report = check(
        "Tämä virke on aika pitkä nuorille lukijoille tänään ja myös huomenna.",
        audience="nuoret",
        config=config,
    )
    assert report.audience == "nuoret" and only(report, "PC201")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"b2b": {"lix_maks": 4}}, "did you mean 'lix_max'?"),
        ({"b2b": {"address": "ne"}}, "'address' = 'ne' is not valid; valid: any, sinä, te"),
        ({"b2b": {"lix_max": float("nan")}}, "'lix_max' = nan must be a number ≥ 0"),
        ({"uusi": {"extends": "kuluttaja"}}, "did you mean 'kuluttajat'?"),
    ],
)
def test_bad_audience_config_is_refused(table, message):
    with pytest.raises(ConfigError, match=message):
        parse_config({"audiences": table})


@pytest.mark.parametrize(
    ("word", "standard"),
    [
        ("mä", "minä"),
        ("Mä", "Minä"),
        ("olis", "olisi"),
        ("kyl", "kyllä"),
        ("oikeesti", "oikeasti"),
        ("kattoo", "katsoo"),
        ("ilonen", "iloinen"),
        ("jotenki", "jotenkin"),
        ("mullakaan", "minullakaan"),
        ("voisko", "voisiko"),
    ],
)
def test_standard_forms_of_colloquial_words(word, standard):
    assert standard_form(word) == standard


@pytest.mark.parametrize("word", ["kisssa", "talo", "synergia", "Mikkelsson"])
def test_other_words_are_not_colloquial(word):
    assert standard_form(word) is None


def test_colloquial_finding_is_info_under_audience():
    [finding] = only(check("Se olis kiva juttu."), "PC601")
    assert (finding.severity, finding.criterion) == ("info", "audience")
    assert place(finding) == (1, 4, 1, 8) and finding.suggestions == ("olisi",)


@pytest.mark.parametrize(
    "text",
    [
        "Voit tilata nyt. Kinda Lounas tuo ruoan perille.",  # "tuo": also "hän tuo", "that"
        "Voit tilata nyt. Kuusi kokkia tekee ruoan.",  # "kuusi": six, not kuu + -si
        "Ettekö pääse paikalle? Tulkaa silti.",  # "pääse" after "ette": a connegative
        "Syys–marraskuussa voit tilata kassin.",  # "Syys": the first part of a compound
        "Voit tilata. Perjantaina käytte yhdessä läpi ohjeet.",  # te: you and someone else
        # an imperative that is also another word addresses the reader only as a command
        "Voitte tilata nyt. Data on uutta öljyä.",  # "öljyä": oil, not "oil it!"
        "Voitte tilata nyt. Kahvin tuoksu on ihana, ja sen tapa toimia on hyvä.",
        "Voitte tilata nyt. Niitä on paljon.",  # the subject of "on"
        "Voitte tilata nyt. Kiitos, Anna Virtanen.",  # a name
        # a second-person verb that is also a noun, the subject of the next verb
        "Kun siirrytte uuteen sopimukseen, kulut laskevat ja laskutus selkeytyy.",
        "Voitte tilata nyt. Nuotion tulet palavat pitkään.",
        "Voitte hakea korvausta. Kulut korvataan kuitteja vastaan.",  # before a passive
        # "teidän" + a noun with -nne: the reader's company or workplace, a group
        "Jos sinulla on kysyttävää, kerro, miten se toimisi teidän kuljetuksissanne.",
        "Millaista työtä teidän omassa työpaikassanne tehdään? Kerro kommenteissa.",
        "Voit tilata nyt. Toimitamme tarvikkeet suoraan teidän työmaillenne.",
    ],
)
def test_words_that_only_look_like_another_address_form_are_not_mixed_address(text):
    assert only(check(text, lang="fi"), "PC604") == []


def test_an_imperative_that_is_also_another_word_commands_where_it_opens_a_clause():
    from postcheck.analysis.draft_analysis import analyse
    from postcheck.document.draft import parse_draft

    text = (
        "Anna palautetta! Soitimme, ja tapa se. Sen tapa on hyvä. Niitä on. Kiitos, Anna Virtanen."
    )
    analysis = analyse(parse_draft(text, markdown=False), "fi")
    forms = [(t.idx, analysis.address_form(t)) for t in analysis.tokens if analysis.address_form(t)]
    assert forms == [(0, "sinä"), (30, "sinä")]  # "Anna" opening a sentence, "tapa" after "ja"


def test_a_second_person_verb_that_is_also_a_noun_addresses_unless_a_verb_follows_it():
    from postcheck.analysis.draft_analysis import analyse
    from postcheck.document.draft import parse_draft

    text = (
        "Voit ostaa sen. Tulet huomaamaan eron. Kulut laskevat. Voit ovat kalliita. Kulut on."
        " Kulut korvataan. Voit korvata sen."
    )
    analysis = analyse(parse_draft(text, markdown=False), "fi")
    forms = [(t.text, analysis.address_form(t)) for t in analysis.tokens]
    assert [(word, form) for word, form in forms if form] == [
        ("Voit", "sinä"),
        ("Tulet", "sinä"),
        ("Voit", "sinä"),  # "korvata": an infinitive (also the passive connegative)
    ]


def test_a_te_form_beside_teidan_and_its_noun_still_mixes():
    [finding] = only(check("Voit tilata nyt. Teidän kannattaa tilata heti.", lang="fi"), "PC604")
    assert place(finding)[:2] == (1, 18)  # "Teidän" before a verb: a formal "you"
    findings = only(check("Kiitos tilauksestanne! Voit seurata sitä sovelluksessa."), "PC604")
    assert [place(f)[:2] for f in findings] == [(1, 8)]  # a -nne noun alone is an address
    formal = only(check("Voit seurata pakettia. Teidän tilauksenne on lähetetty."), "PC604")
    assert [place(f)[:2] for f in formal] == [(1, 1)]  # an order is no group: two te-forms


def test_a_plural_imperative_in_a_sina_text_is_mixed_address():
    [finding] = only(check("Voit tilata nyt. Tutustukaa tarjoukseen.", lang="fi"), "PC604")
    assert place(finding) == (1, 18, 1, 28)
    assert only(check("Voitte tilata nyt. Tutustu tarjoukseen.", lang="fi"), "PC604") == []


def test_a_quotation_in_english_is_someones_words_not_english_to_explain():
    text = (
        "”Tampere won because of its people”, perusteli teknologiajohtaja Emily Carter"
        " päätöstä. Tiimimme pitää meetingin maanantaina."
    )
    words = [f.message.split("”")[1] for f in only(check(text), "PC602")]
    assert words == ["meetingin"]
    # English outside the quotation, or a quotation mostly Finnish, is still English to explain
    mixed = "Hän sanoi: ”Meillä on huomenna meeting, ja se pitää.” Kiitos."
    assert [f.message.split("”")[1] for f in only(check(mixed), "PC602")] == ["meeting"]


def test_a_quotation_in_english_is_neither_misspelt_nor_colloquial_finnish():
    text = (
        "Asiakkaamme talousjohtaja kiteyttää kokemuksen näin: ”It took the routine work off our"
        " plate, so we have time for analysis.” Katso esittely verkkosivuiltamme. Mä tykkään."
    )
    report = check(text, audience="b2b", lang="fi")
    assert only(report, "PC101") == [] and only(report, "PC602") == []
    # "Mä" outside the quotation is still colloquial, and the only one
    assert [place(f)[:2] for f in only(report, "PC601")] == [(1, 160)]


def test_singular_commands_are_generic_in_a_te_text():
    text = "Onko teidän vastuullanne siltoja? Voitte tilata arvion. Lue referenssi ja kysy lisää."
    assert only(check(text, audience="b2b"), "PC604") == []
    assert only(check(text, audience="b2b"), "PC605") == []  # te, as the b2b profile prefers


def test_words_of_one_address_side_by_side_are_one_finding():
    text = "Voit tilata nyt. Voit seurata sitä. Saat viestin. Teidän tilauksenne on lähetetty."
    [finding] = only(check(text), "PC604")
    assert (
        place(finding) == (1, 51, 1, 69) and "”Teidän tilauksenne” on te-muoto" in finding.message
    )


def test_a_draft_whose_language_is_given_is_not_in_the_wrong_language():
    english = (
        "---\naudience: b2b\nlang: en\n---\nOur new lunch service starts on Monday in Tampere.\n"
    )
    assert only(check(english.replace("b2b", "kunta"), config=FINNISH_ONLY), "PC608") == []
    [detected] = only(
        check(
            "---\naudience: kunta\n---\nOur new lunch service starts on Monday in Tampere.\n",
            config=FINNISH_ONLY,
        ),
        "PC608",
    )
    assert "reads Finnish" in detected.message


def test_the_hardest_sentence_is_the_one_with_most_long_words_not_a_short_one():
    short = "Asiakaspalvelu palvelee arkipäivisin."
    long = (
        "Organisaatiomuutosprosessin implementointivaiheessa henkilöstöresurssien"
        " uudelleenallokointi edellyttää kokonaisvaltaista muutosjohtamisosaamista."
    )
    filler = " Tämä on tavallinen lause, jossa on muutama sana lisää luettavaksi."
    text = short + " " + long + filler * 4
    [finding] = only(check(text, audience="selko"), "PC603")
    assert place(finding)[1] == len(short) + 2


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("ollu", "ollut"),
        ("sellanen", "sellainen"),
        ("nurkas", "nurkassa"),
        ("kyydis", "kyydissä"),
        ("nouseen", "nousemaan"),
        ("rähiseen", "rähisemään"),
        ("sitte", "sitten"),
    ],
)
def test_spoken_forms_are_colloquial_not_misspellings(spoken, written):
    report = check(f"Se oli {spoken} eilen.\n")
    assert only(report, "PC101") == []
    [finding] = only(report, "PC601")
    assert finding.suggestions == (written,) and finding.column == 8


def test_english_in_a_swedish_text_is_a_register_choice_not_a_misspelling():
    report = check("Vi tar ownership för hela kedjan, end-to-end, och levererar i tid.", lang="sv")
    assert [(f.rule, f.column) for f in report.findings if f.rule in ("PC602", "PC106")] == [
        ("PC602", 8),
        ("PC602", 35),
    ]
    assert report.findings[0].message.startswith("”ownership” är engelska i en svensk text")


def test_a_name_in_mid_sentence_is_not_colloquial():
    text = "Laitteet toimittaa Siemens, mut työ oli vaikeeta."
    report = check(text, audience="b2b")
    assert [place(f)[:2] for f in only(report, "PC601")] == [(1, 29), (1, 41)]  # mut, vaikeeta
    [formal] = only(report, "PC607")
    assert "(mut, vaikeeta)" in formal.message  # "Siemens" is no "Siemensi"


def test_a_place_at_a_sentence_start_is_no_dropped_ending_nor_a_misspelling():
    report = check("Himos on suosittu laskettelukeskus Jämsässä. Yks juttu vielä.", lang="fi")
    assert [(f.rule, place(f)[:2]) for f in report.findings if f.rule in ("PC101", "PC601")] == [
        ("PC601", (1, 46))  # "Yks" for "yksi" is still spoken Finnish
    ]


def test_english_a_swedish_dictionary_lacks_is_borrowed_not_misspelt():
    report = check("Vi har onboarding och ett webinar om vår roadmap i vår.", lang="sv")
    assert only(report, "PC106") == []
    [typo] = only(check("Vi har onbording i vår.", lang="sv"), "PC106")
    assert place(typo)[:2] == (1, 8)


def test_an_expert_or_a_consumer_reads_disruption_and_ecosystem_literally():
    lake = "Our researchers study lake ecosystems and the disruption of food webs."
    assert only(check(lake, lang="en", audience="asiantuntijat"), "PC606") == []
    assert only(check("Sorry for the disruption.", lang="en", audience="kuluttajat"), "PC606") == []
    # to a business audience both are buzzwords: a partner "ecosystem", a market "disruption"
    buzz = only(check(lake, lang="en", audience="b2b"), "PC606")
    assert [f.suggestions for f in buzz] == [("network",), ("big change",)]


def test_thanking_everyone_who_went_is_no_switch_to_formal_address():
    text = "Voit katsoa kuvat sivultamme. Kiitos kaikille, jotka lähditte mukaan talkoisiin!"
    assert only(check(text, audience="kuluttajat"), "PC604") == []
    formal = "Voit katsoa kuvat sivultamme. Kiitos, että lähditte mukaan talkoisiin!"
    assert len(only(check(formal, audience="kuluttajat"), "PC604")) == 1
