"""Strategy (PC701–PC710) and crisis rules (PC801–PC807)."""

import pytest

from postcheck import check
from postcheck.engine.config import parse_config
from postcheck.rules.strategy import valid_iban
from tests.conftest import only, place

TEAM = parse_config(
    {
        "strategy": {
            "key_messages": ["vastuullisuus", "kotimainen tuotanto"],
            "brands": ["LinkedIn", "Kinda"],
        },
        "vocabulary": {"prefer": {"loppukäyttäjä": "asiakas"}, "reject": ["halpa"]},
    }
)
LONG = " Tämä lause on täytettä, jotta luonnoksessa on tarpeeksi sanoja arvioitavaksi asti, ja vielä muutama sana lisää."


def test_key_messages_by_base_form():
    text = "Uusi tehdas avataan ensi vuonna." + LONG
    [finding] = only(check(text, config=TEAM), "PC701")
    assert "vastuullisuus" in finding.message and place(finding)[:2] == (1, 1)
    assert (
        only(check("Kotimaisen tuotannon ansiosta tehdas kasvaa." + LONG, config=TEAM), "PC701")
        == []
    )


def test_preferred_and_rejected_words():
    report = check("Loppukäyttäjät saavat halvan hinnan.", config=TEAM)
    [prefer] = only(report, "PC702")
    assert prefer.suggestions == ("asiakas",) and place(prefer) == (1, 1, 1, 15)
    [reject] = only(report, "PC703")
    assert reject.severity == "error" and place(reject) == (1, 23, 1, 29)


def test_brand_names_exactly():
    findings = only(check("Seuraa Kindaa Linkedinissä #KINDA", config=TEAM), "PC704")
    assert [(place(f)[:2], f.suggestions) for f in findings] == [
        ((1, 15), ("LinkedInissä",)),
        ((1, 29), ("Kinda",)),
    ]


def test_advertising_disclosure_for_sponsored_posts_and_discount_codes():
    code = check("Saat 20 % alennusta koodilla AINO15 kaupasta.")
    [finding] = only(code, "PC705")
    assert finding.severity == "error" and place(finding)[:2] == (1, 1)
    assert only(check("Mainos. Saat 20 % alennusta koodilla AINO15 kaupasta."), "PC705") == []
    assert only(check("Saat alennusta koodilla AINO15. #kaupallinenyhteistyö"), "PC705") == []
    sponsored = "---\ntype: sponsored\n---\nKokeilimme uutta kahvia.\n"
    [finding] = only(check(sponsored), "PC705")
    assert place(finding) == (4, 1, 4, 25)


@pytest.mark.parametrize(
    ("text", "what", "start", "end"),
    [
        ("Tunnus 131052-308T jäi esiin.", "henkilötunnus", 8, 19),
        ("Tunnus 010101A123N jäi esiin.", "henkilötunnus", 8, 19),
        ("Tili FI21 1234 5600 0007 85 on tässä.", "tilinumero", 6, 28),
        ("Soita Maijalle 040 123 4567 heti.", "matkapuhelinnumero", 16, 28),
        ("Soita +358 50 1234567 heti.", "matkapuhelinnumero", 7, 22),
        ("Kirjoita maija.mallikas@gmail.com heti.", "yksityinen sähköpostiosoite", 10, 34),
    ],
)
def test_personal_data_is_an_error(text, what, start, end):
    [finding] = only(check(text), "PC706")
    assert finding.severity == "error" and what in finding.message
    assert place(finding) == (1, start, 1, end)


def test_not_personal_data():
    text = "Tunnus 131052-308U on väärä. Tili FI21 1234 5600 0007 86. Soita 010 123 4567 tai info@kinda.fi."
    assert only(check(text), "PC706") == []


def test_a_connegative_is_no_next_step_but_a_negative_command_is():
    text = "---\nchannel: x\n---\nPalvelussa on häiriö.\n\nSovellus ei ole käytössä nyt.\n"
    [finding] = only(check(text), "PC710")  # "ole" after "ei": the imperative's form, no command
    assert place(finding) == (6, 1, 6, 30)
    assert (
        only(check(text.replace("Sovellus ei ole", "Älä ole huolissasi, sovellus on")), "PC710")
        == []
    )


def test_iban_check_digits():
    assert valid_iban("FI21 1234 5600 0007 85") and not valid_iban("FI21 1234 5600 0007 86")


def test_call_to_action_on_external_channels():
    text = (
        "---\nchannel: facebook\n---\nUusi kahvila on auki.\n\nSiellä on hyvää kahvia.\n\n#kahvi\n"
    )
    [finding] = only(check(text), "PC710")
    assert place(finding) == (6, 1, 6, 24)  # the last paragraph with words, not the hashtag line
    assert (
        only(check(text.replace("hyvää kahvia.", "hyvää kahvia. Tule maistamaan!")), "PC710") == []
    )
    assert only(check(text.replace("facebook", "wiki")), "PC710") == []
    bio = text.replace("hyvää kahvia.", "hyvää kahvia. Pöydän varaat profiilimme linkin kautta.")
    assert only(check(bio), "PC710") == []  # the link in the profile, whatever the word order


def test_a_signature_after_the_next_step_is_no_ending_of_its_own():
    finnish = (
        "---\nchannel: newsletter\n---\nRaportti on julkaistu. Lue koko raportti:"
        " https://esimerkki.fi/raportti\n\nYstävällisin terveisin\nLaura Nieminen\n"
        "vastuullisuusjohtaja, Esimerkki Oy\n"
    )
    assert only(check(finnish), "PC710") == []
    english = (
        "---\nchannel: newsletter\n---\nThe summit is in May. [Register now](https://x.fi/r)"
        " or reply to this email.\n\nWe look forward to seeing you.\n\nBest regards,\n"
        "Mikko Laine\nCEO, Example Logistics Ltd\n"
    )
    assert only(check(english, lang="en"), "PC710") == []
    # without the next step, the paragraph before the signature is the ending, and it has none
    plain = finnish.replace(" Lue koko raportti: https://esimerkki.fi/raportti", " Se on hyvä.")
    [finding] = only(check(plain), "PC710")
    assert place(finding)[:2] == (4, 1)


CRISIS = "---\ntype: crisis\n---\n{}\n"


def test_crisis_draft_that_owns_the_problem_passes():
    good = (
        "Verkkokauppamme oli tänään kolme tuntia poissa käytöstä. Pyydämme anteeksi: virhe oli"
        " päivityksessämme. Korjasimme sen, ja kerromme syyn huomenna klo 12.\n\n"
        "Maija Mallikas, toimitusjohtaja"
    )
    report = check(CRISIS.format(good))
    assert [f.rule for f in report.findings if f.rule.startswith("PC8")] == []


def test_crisis_draft_that_dodges_and_markets():
    weak = "Palvelussa havaittiin häiriö. Vika korjataan. Saat 20 % alennusta koodilla SORRY20! 🙏 #kevätale"
    report = check(CRISIS.format(weak))
    rules = [f.rule for f in report.findings if f.rule.startswith("PC8")]
    assert rules.count("PC801") == 1 and rules.count("PC802") == 1 and rules.count("PC803") == 1
    assert rules.count("PC805") == 1 and rules.count("PC806") == 1
    assert [f.message.split("”")[1] for f in only(report, "PC804")] == [
        "alennusta",
        "koodilla SORRY20",
        "#kevätale",
    ]
    assert [place(f)[:2] for f in only(report, "PC807")] == [(4, 12), (4, 36)]


def test_a_department_written_with_a_capital_does_not_sign_a_crisis_message():
    unsigned = (
        "Verkkokauppamme oli tänään kolme tuntia poissa käytöstä. Pyydämme anteeksi: virhe oli"
        " päivityksessämme.\n\nLisätietoja saa Asiakaspalvelusta."
    )
    [finding] = only(check(CRISIS.format(unsigned)), "PC803")
    assert place(finding)[:2] == (6, 1)
    for name in ("Maija Mallikas", "viestintäjohtaja Tuuli Laine", "Sari Lahti"):
        signed = unsigned.replace("saa Asiakaspalvelusta.", f"antaa {name}.")
        assert only(check(CRISIS.format(signed)), "PC803") == [], name  # names that are words
    company = unsigned.replace("Lisätietoja saa Asiakaspalvelusta.", "Lahden Energia")
    assert [f.rule for f in only(check(CRISIS.format(company)), "PC803")] == ["PC803"]  # a place


def test_a_crisis_message_is_not_asked_for_a_hook():
    text = (
        "Verkkopankkimme on ollut poissa käytöstä aamusta asti. Vika on meidän, ja pahoittelemme"
        " sitä. Kerromme tilanteesta lisää klo 15.\n\nMaria Salo, asiakaspalvelujohtaja"
    )
    report = check(CRISIS.format(text))
    assert only(report, "PC401") == [] and "PC401" not in [a.rule for a in report.assessments]
    assert only(check(text), "PC401") != []  # the same opening in a post is background


def test_crisis_rules_do_not_run_for_other_types():
    report = check("Palvelussa havaittiin häiriö. Saat 20 % alennusta!")
    assert not [f for f in report.findings if f.rule.startswith("PC8")]


def test_the_companys_own_contact_number_is_not_personal_data():
    job = "---\nchannel: linkedin\ntype: job\n---\nHae 31.5. mennessä: soita rekrytoijallemme Sannalle, 040 123 4567.\n"
    assert only(check(job), "PC706") == []
    assert only(check("Asiakaspalvelu palvelee numerossa 040 123 4567."), "PC706") == []
    [private] = only(check("Soita Maijalle 040 123 4567, hän tietää."), "PC706")
    assert place(private) == (1, 16, 1, 28)


@pytest.mark.parametrize(
    "text",
    [
        "Kysy lisää tiiminvetäjä Sanna Virtaselta, p. 040 123 4567.",  # "p." as the label
        "Lisätietoja antaa talousjohtaja Jukka Lehtonen, 040 123 4567.",
        "Kysy lisää: Sanna Virtanen, myyntipäällikön sijainen, 040 123 4567.",
        "Mer information: Anna Lind, 040 123 4567.",
        "Kiinteistöhuollon päivystys palvelee ympäri vuorokauden numerossa 040 123 4567.",
        "Päivystävä asentaja vastaa numerosta 040 123 4567.",
        "Johanna Mäkelä vastaa kysymyksiin numerossa 040 123 4567 arkisin klo 9–16.",
    ],
)
def test_a_number_after_a_job_title_or_a_contact_line_is_the_companys_contact(text):
    assert only(check(text), "PC706") == []


@pytest.mark.parametrize(
    "text",
    [
        "Terveisiä Sannalta! Sanna Virtanen 040 123 4567",
        "Vastaava koira nähtiin eilen Hervannassa, soita Maijalle 040 123 4567.",
        "Vastaavasti voittaja Maija Virtanen 040 123 4567 sai palkinnon.",
        "Omistaja voi kysyä lisätietoja, tai soita suoraan Maija Virtaselle 040 123 4567.",
        # a cue in the sentence before introduces none of this one's numbers
        "Päivystys palvelee numerossa 010 123 456. Soita Maijalle 040 123 4567.",
    ],
)
def test_a_mobile_number_after_a_name_alone_is_personal_data(text):
    [private] = only(check(text), "PC706")
    assert text[private.column - 1 : private.end_column - 1] == "040 123 4567"


def test_a_mobile_number_after_a_name_in_english_is_personal_data():
    text = "Lost dog! If you see him, please contact Maija at 040 123 4567."
    assert len(only(check(text, lang="en"), "PC706")) == 1


def test_call_to_action_link_in_profile_and_a_question_before_the_signature():
    profile = "---\nchannel: instagram\n---\nUusi syysmenu on täällä. Linkki on profiilissa.\n"
    assert only(check(profile), "PC710") == []
    signed = (
        "---\nchannel: newsletter\n---\nUusi menu on täällä.\n\nMitä haluaisit maistaa? "
        "Vastaa tähän viestiin.\n\nTerveisin\nLauri Nieminen\nkeittiöpäällikkö, Kinda\n"
    )
    assert only(check(signed, path="a.md"), "PC710") == []
    unsigned = "---\nchannel: facebook\n---\nUusi menu on täällä.\n\nSe on hyvä.\n"
    [finding] = only(check(unsigned), "PC710")
    assert place(finding) == (6, 1, 6, 12)


@pytest.mark.parametrize(
    "ending",
    [
        "Linkki hakemukseen on profiilissamme.",
        "Linkki on biossa.",
        "Ilmoittautumislinkki on biossa.",
    ],
)
def test_the_link_in_the_profile_is_a_next_step_whatever_stands_between(ending):
    text = f"---\nchannel: instagram\n---\nVoit hakea tukea netissä.\n\n{ending}\n"
    assert only(check(text), "PC710") == []
    # a link word beside a word that only starts like "bio" is no next step
    other = "---\nchannel: instagram\n---\nVoit hakea tukea.\n\nLinkki biojätteen ohjeisiin.\n"
    assert len(only(check(other), "PC710")) == 1


def test_a_contacts_phone_number_is_a_next_step_but_stay_tuned_is_not():
    job = (
        "---\nchannel: linkedin\ntype: job\n---\nHaemme Ouluun työnjohtajaa.\n\n"
        "Lisätietoja antaa projektipäällikkö Mikko Mattila, puh. {}.\n"
    )
    assert only(check(job.format("040 123 4567")), "PC710") == []
    assert only(check(job.format("09 310 1234")), "PC710") == []
    # a number no contact cue introduces is no one to call
    other = "---\nchannel: linkedin\n---\nHaemme työnjohtajaa.\n\nTilausnumero on 040 123 4567.\n"
    [finding] = only(check(other), "PC710")
    assert place(finding)[:2] == (6, 1)
    tuned = "---\nchannel: facebook\n---\nKonttorissa tapahtuu muutoksia.\n\nPysykää kuulolla!\n"
    assert len(only(check(tuned), "PC710")) == 1


def test_a_link_a_reader_cannot_click_is_no_next_step():
    post = "---\nchannel: {}\n---\nKonttorimme muuttaa 1.6.\n\nLisätietoja: https://pankki.fi/k\n"
    assert only(check(post.format("facebook")), "PC710") == []
    [finding] = only(check(post.format("instagram")), "PC710")
    assert place(finding)[:2] == (4, 1)  # the paragraph before the verbless contact line
    assert (
        only(
            check(post.format("instagram").replace("https://pankki.fi/k", "linkki biossa")), "PC710"
        )
        == []
    )


def test_a_command_opening_the_main_clause_after_a_condition_is_a_next_step():
    text = (
        "---\nchannel: blog\n---\nPäivitä laite heti. Katkos kestää alle 15 minuuttia.\n\n"
        "Jos tarvitset apua lokien analysoinnissa, soita valvomoomme. Se päivystää aina.\n"
    )
    assert only(check(text, path="a.md"), "PC710") == []
    # "soita" in mid-sentence without the condition is "suo" (swamps), not a command
    plain = text.replace("Jos tarvitset apua lokien analysoinnissa, soita", "Näimme soita ja")
    assert len(only(check(plain, path="a.md"), "PC710")) == 1


def test_key_message_written_as_a_hashtag_counts():
    config = parse_config({"strategy": {"key_messages": ["kahvila", "kotimainen"]}})
    words = (
        "Avasimme uuden paikan Tampereen keskustaan, ja tarjoamme siellä aamiaista joka arkipäivä"
        " kello seitsemästä alkaen kaikille, jotka haluavat aloittaa päivänsä rauhassa."
    )
    assert only(check(words + " #kahvila", config=config), "PC701") == []
    assert only(check(words + " #KotimainenKahvi", config=config), "PC701") == []
    [missing] = only(check(words + " #aamiainen", config=config), "PC701")
    assert missing.severity == "warning"


def test_a_discount_code_in_a_we_voice_is_still_an_advert_an_influencer_says_we_too():
    influencer = (
        "Testasimme koko perheen kanssa Kindan uudet piirakat. Koodilla AINO15 saat 15 %"
        " alennusta verkkokaupasta."
    )
    assert [f.rule for f in only(check(influencer, channel="instagram"), "PC705")] == ["PC705"]


def test_a_discount_code_in_swedish_or_english_makes_an_advert():
    swedish = "Beställ i dag med koden LIMPA15 och få 15 % rabatt på limpan."
    [finding] = only(check(swedish, lang="sv"), "PC705")
    assert finding.message.startswith("Reklam utan märkning")
    english = "Order today with the code LIMPA15 for a 15% discount."
    assert [f.rule for f in only(check(english, lang="en"), "PC705")] == ["PC705"]
    disclosed = "Kommersiellt samarbete med Bageri Lindgren. " + swedish
    assert only(check(disclosed, lang="sv"), "PC705") == []


def test_a_code_named_beside_an_offer_is_a_discount_code():
    finnish = "Käytä koodia KEVÄT15 kassalla, niin saat verkkokaupasta 15 % alennusta."
    assert [f.rule for f in only(check(finnish), "PC705")] == ["PC705"]
    english = "Use code SPRING15 at checkout and get 15% off your first order."
    assert [f.rule for f in only(check(english, lang="en"), "PC705")] == ["PC705"]


def test_a_code_that_identifies_a_product_is_no_discount_code():
    english = (
        "Meet Kide Sense 2, our new indoor air sensor. In a pilot it cut energy use by 12%.\n\n"
        "Product code: KS2-EU-868\nPrice: €189 (excl. VAT)\n"
    )
    assert only(check(english, lang="en", channel="linkedin"), "PC705") == []
    finnish = "Uusi imurimme säästää energiaa 20 %. Tuotteen koodi on KS200 ja hinta 189 €."
    assert only(check(finnish, channel="facebook"), "PC705") == []
    # a code word with no offer anywhere near is no discount either
    assert only(check("Liity tiimiin koodilla TIIMI24 ja kerro itsestäsi."), "PC705") == []


def test_a_code_far_from_any_offer_word_is_no_discount():
    text = (
        "Our team helps B2B companies ship better code every week. Read how we did it in our new"
        " case study: https://kinda.fi/case"
    )
    assert only(check(text, lang="en", path="a.md"), "PC705") == []


def test_a_closing_line_may_end_in_an_emoji_after_its_exclamation_mark():
    text = (
        "---\nchannel: facebook\n---\nVaraa aika: https://kinda.fi/varaa\n\nNähdään messuilla!{}\n"
    )
    for ending in ("", " 💛", " 💛 #messut2026"):
        assert only(check(text.format(ending)), "PC710") == [], ending


def test_the_ending_reaches_back_over_a_few_closing_lines_only():
    # a post ends in a few closing lines, not in hundreds (each one looked at costs a scan)
    text = "---\nchannel: facebook\n---\nUusi kahvila on auki. Tule maistamaan!\n\n{}"
    assert only(check(text.format("Nähdään!\n\nKiitos!\n")), "PC710") == []
    [finding] = only(check(text.format("Nähdään!\n\n" * 3 + "Kiitos!\n")), "PC710")
    assert place(finding)[:2] == (10, 1)


@pytest.mark.parametrize(
    "line",
    [
        "Call Mikko Salonen, Head of Operations, on +358 40 123 4567.",
        "Kontakta Peter Holmberg, verkställande direktör, 040 123 4567.",
    ],
)
def test_a_title_after_the_name_introduces_the_companys_contact(line):
    assert only(check(f"We are hiring.\n\n{line}\n", lang="en"), "PC706") == []
    private = line.split(",")[0] + " on 040 123 4567."  # a name and a number: private
    [finding] = only(check(f"We are hiring.\n\n{private}\n", lang="en"), "PC706")
    assert place(finding)[0] == 3


def test_calling_a_number_is_a_next_step_in_english_and_commands_are_too():
    post = "---\nchannel: facebook\nlang: en\n---\nOur terrace opens on 1 June.\n\n{}\n"
    for ending in (
        "Tables can be reserved by calling 02 123 4567.",
        "Reserve your table at the front desk.",
        "Pop in and say hi!",
        "DM us to book a table.",
    ):
        assert only(check(post.format(ending)), "PC710") == [], ending
    [finding] = only(check(post.format("The terrace has 40 seats.")), "PC710")
    assert place(finding)[:2] == (7, 1)


@pytest.mark.parametrize(
    "ending",
    [
        "Seuraa meitä Instagramissa, niin näet kesän ohjelman.",
        "Muista ilmoittautua ajoissa, sillä paikat täyttyvät nopeasti.",
        "Laita päivä kalenteriin.",
        "Nappaa kaveri mukaan.",
    ],
)
def test_a_command_voikko_reads_as_a_noun_ends_with_a_next_step(ending):
    post = f"---\nchannel: facebook\n---\nKesäohjelma julkaistaan maanantaina 3.5.\n\n{ending}\n"
    assert only(check(post), "PC710") == []
    # a clause with a verb of its own is no command: "Seuraa on tarjolla"
    told = post.replace(ending, "Seuraa on tarjolla koko illan.")
    assert len(only(check(told), "PC710")) == 1


def test_an_adjective_opening_the_ending_is_no_command():
    post = "---\nchannel: facebook\n---\nKevään mallisto on valmis.\n\nUusi mallisto myymälöissä nyt.\n"
    assert len(only(check(post), "PC710")) == 1  # "Uusi" is new, not "uusia" (renew)


@pytest.mark.parametrize(
    "line",
    [
        "Varaa aikasi numerosta 050 443 1827 tai linkistä biossa.",
        "Pöytävaraukset numerosta 040 123 4567.",
        "Ajanvaraus: 044 987 6543",
        "Soita meille 045 111 2233, niin sovitaan aika.",
        "Tilaa kakku soittamalla numeroon 050 222 3344.",
        "Boka tid på 040 123 4567.",
    ],
)
def test_a_booking_or_an_order_number_is_the_companys(line):
    assert only(check(f"Kampaamo on auki.\n\n{line}\n", lang="fi"), "PC706") == []
    [private] = only(check("Kampaamo on auki.\n\nSoita Maijalle 050 443 1827.\n"), "PC706")
    assert place(private)[:2] == (3, 16)
