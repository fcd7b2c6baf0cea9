"""Interesting (PC401–PC403; the packs PC410–PC413 and PC420–PC421)."""

from postcheck import check
from tests.conftest import only, place

WEAK = "Yrityksemme toimintaa on kehitetty pitkäjänteisesti vuosien ajan monella eri tavalla."
FILLER = " Se on ollut tärkeää meille kaikille ja jatkuu yhä edelleen samalla tavalla."


def test_weak_hook_and_strong_hooks():
    [finding] = only(check(WEAK + FILLER), "PC401")
    assert place(finding) == (1, 1, 1, len(WEAK) + 1)
    for hook in (
        "Mitä tekisit 500 eurolla?",
        "Avasimme tänään uuden toimiston Tampereelle.",
        "Voit nyt tilata tuotteet suoraan verkosta ilman kirjautumista.",
    ):
        assert only(check(hook + FILLER), "PC401") == [], hook


def test_a_connegative_does_not_address_the_reader_in_the_hook():
    first = "Sovellus ei ole tällä hetkellä käytössä kaikilla laitteilla."
    [finding] = only(check(first + FILLER), "PC401")  # "ole" after "ei": no imperative
    assert place(finding) == (1, 1, 1, len(first) + 1)
    assert only(check("Älä ole huolissasi." + FILLER), "PC401") == []  # "älä": the imperative


def test_a_short_sentence_hooks_but_a_label_does_not():
    for label in ("Kesätapahtuma", "Tiedote koskien matkalaskuja", "Strategiakatsaus."):
        [finding] = only(check(f"{label}\n\n{WEAK}{FILLER}"), "PC401")
        assert place(finding) == (1, 1, 1, len(label) + 1), label
    for short in ("Kahvila aukeaa.", "Terassi avautuu 🌞", "Terassikausi alkoi :)"):
        assert only(check(f"{short}\n\n{WEAK}{FILLER}"), "PC401") == [], short  # a finite verb
    varaa = "Varaa pöytä äitienpäivän lounaalle ravintolastamme ajoissa ja hyvissä ajoin."
    assert only(check(f"{varaa}{FILLER}"), "PC401") == []  # an imperative Voikko reads "hän varaa"
    welcome = "Tervetuloa kevätmarkkinoille kahvilan pihalle! 🌷"  # no verb, but to the reader
    assert only(check(f"{welcome}\n\n{WEAK}{FILLER}"), "PC401") == []
    label = "Kaupallinen yhteistyö: Lumo"  # the sentence after a label is read at the same glance
    assert only(check(f"{label}\n\nTalvi kuivattaa ihoni joka vuosi.{FILLER}"), "PC401") == []
    english = (
        "The company has developed its operations steadily over many years in many ways. It has"
        " been important to all of us and it continues in much the same way as before."
    )
    assert only(check(f"The kitchen closes.\n\n{english}", lang="en"), "PC401") == []
    invitation = "Come and cook with us at the market hall and learn a few tasty recipes!"
    assert only(check(f"{invitation} {english}", lang="en"), "PC401") == []  # an imperative
    [finding] = only(check(f"Kitchen update\n\n{english}", lang="en"), "PC401")
    assert place(finding) == (1, 1, 1, 15)


def test_stock_opening_and_buzzwords_inflection_aware():
    text = "Olemme iloisia voidessamme kertoa maailmanluokan palvelustamme. Se on laadukas."
    report = check(text)
    [opening] = only(report, "PC410")
    assert place(opening) == (1, 1, 1, 34)
    assert [place(f)[:2] for f in only(report, "PC411")] == [(1, 35), (1, 71)]


def test_english_stock_opening():
    [finding] = only(
        check("We are excited to announce our new office in Tampere.", lang="en"), "PC420"
    )
    assert place(finding) == (1, 1, 1, 27)


def test_self_centred_text():
    text = "Me olemme kasvaneet. Yrityksemme palvelut ovat parhaita. Tiimimme tekee työtä."
    [finding] = only(check(text), "PC402")
    assert place(finding) == (1, 1, 1, 3) and "4 me-muotoa" in finding.message
    balanced = "Me autamme sinua. Voit kysyä meiltä. Sinun tarpeesi ratkaisevat. Tiimimme vastaa."
    assert only(check(balanced), "PC402") == []


def test_a_heading_that_is_a_rare_verbs_imperative_too_is_a_label_not_a_hook():
    text = (
        "---\nchannel: newsletter\n---\n# Ajankohtaista\n\nKuluneen vuoden aikana on tapahtunut"
        " paljon asioita, ja niiden johdosta toimintaamme on kehitetty monella eri tavalla ja"
        " tulemme kehittämään sitä entistä paremmaksi.\n"
    )
    [weak] = only(check(text), "PC401")
    assert place(weak)[:2] == (4, 3)
    # a common verb's imperative opening the heading still speaks to the reader
    assert only(check(text.replace("# Ajankohtaista", "# Tilaa uutiskirje")), "PC401") == []
    # a short sentence whose verb is rare as an infinitive is still a sentence
    assert only(check("Hinnat pienenevät. Kevään kampanjassa saat enemmän."), "PC401") == []


FILLER = (
    "Kerromme siitä lisää myöhemmin tällä viikolla, kun kaikki yksityiskohdat ovat selvillä ja"
    " valmiina.\n"
)


def test_news_words_hook_only_with_a_noun_for_what_is_new():
    hype = "---\nchannel: facebook\n---\nMeillä on nyt jotain ihan uutta ja upeaa. " + FILLER
    [weak] = only(check(hype), "PC401")
    assert place(weak)[:2] == (4, 1)
    news = "---\nchannel: facebook\n---\nUusi palvelumme on nyt käytössä kaikille. " + FILLER
    assert only(check(news), "PC401") == []  # "our new service" names the new thing
    ours = news.replace(
        "Uusi palvelumme on nyt käytössä kaikille.", "Avasimme tänään uuden kahvilan."
    )
    assert only(check(ours), "PC401") == []


def test_commands_opening_their_sentences_speak_to_the_reader():
    text = (
        "Olemme koonneet arviointipohjan. Jaamme sen mielellämme, ja autamme sen käytössä."
        " Lataa pohja osoitteesta talo.fi/dpia. Tilaa uutiskirje osoitteesta talo.fi/uutiset."
        " Kysy lisää: talo.fi/yhteys."
    )
    assert only(check(text), "PC402") == []
    # the last sentence is the next step (PC710's): it does not speak for the body
    [ending] = only(check(text.replace(" Kysy lisää: talo.fi/yhteys.", "")), "PC402")
    assert "(4 me-muotoa" in ending.message
    # the same verbs in mid-sentence report what someone does: "tiimimme lataa", not a command
    told = text.replace("Lataa pohja", "Tiimimme lataa pohjan").replace(
        "Tilaa uutiskirje", "Moni tilaa uutiskirjeen"
    )
    [finding] = only(check(told), "PC402")
    assert (
        "(5 me-muotoa: Olemme, Jaamme, mielellämme) eikä lukijasta (1 sinä/te" in finding.message
    )  # "Kysy"


def test_we_in_a_quotation_is_the_quoted_persons_not_the_posts():
    quote = (
        "Liikevaihto kasvoi 12 % ja sinä saat uuden palvelun käyttöösi. ”Me olemme ylpeitä"
        " tiimistämme, ja asiakkaamme ovat meihin tyytyväisiä”, sanoo toimitusjohtaja Maria"
        " Virtanen."
    )
    assert only(check(quote), "PC402") == []
    unquoted = quote.replace("”", "")  # the same words as the post's own: talk about us
    [finding] = only(check(unquoted), "PC402")
    assert "me-muotoa" in finding.message


def test_no_conversation_on_social_channels_only():
    text = "---\nchannel: linkedin\n---\nAvasimme uuden toimiston. Tervetuloa käymään."
    [finding] = only(check(text), "PC403")
    assert finding.severity == "info" and place(finding)[:2] == (4, 27)
    assert only(check(text.replace("käymään.", "käymään! Mitä toivot?")), "PC403") == []
    assert only(check(text.replace("linkedin", "blog")), "PC403") == []


def test_an_announcement_is_not_asked_to_invite_conversation():
    text = "---\nchannel: x\ntype: announcement\n---\nKatu on suljettu keskiviikosta sunnuntaihin."
    report = check(text)
    assert only(report, "PC403") == []
    assert "PC403" not in [a.rule for a in report.assessments]  # neither earned nor lost
    post = check(text.replace("announcement", "post"))
    assert [f.severity for f in only(post, "PC403")] == ["info"]
    assert "PC403" in [a.rule for a in post.assessments if a.of is not None]


def test_exclamation_marks():
    report = check("Hienoa! Mahtavaa! Upeaa! Kiitos!!")
    [too_many] = only(report, "PC412")
    assert "5 huutomerkkiä" in too_many.message and place(too_many)[:2] == (1, 24)
    [repeated] = only(report, "PC413")
    assert place(repeated) == (1, 32, 1, 34)


def test_comment_and_tag_invitations_are_conversation():
    for invitation in (
        "Kommentoi suosikkisi!",
        "Tägää kaverisi!",
        "Kerro kommenteissa suosikkisi.",
    ):
        post = f"---\nchannel: instagram\n---\nUusi kahvila aukesi Tampereelle. {invitation}\n"
        assert only(check(post), "PC403") == [], invitation
    [silent] = only(
        check("---\nchannel: instagram\n---\nUusi kahvila aukesi Tampereelle.\n"), "PC403"
    )
    assert silent.severity == "info"


def test_a_name_does_not_make_self_talk_news():
    text = (
        "At Kinda, we are proud of our lunch service. Our kitchen team works hard every"
        " morning, and our cooks love our menu. Book a lunch for your office."
    )
    [finding] = only(check(text, lang="en"), "PC402")
    assert place(finding)[:2] == (1, 11)
    figures = "We cut our food waste by 38 % in 2026, and our kitchen saved 12 tonnes."
    assert only(check(figures, lang="en"), "PC402") == []


def test_the_effort_cliche_is_a_buzzword_but_a_growth_figure_is_not():
    assert [f.rule for f in only(check("Vi ger 110 % varje dag.", lang="sv"), "PC423")] == ["PC423"]
    assert only(check("Olemme valmiita antamaan 110 % joka päivä."), "PC411") != []
    assert only(check("Myynti kasvoi 120 % vuodessa."), "PC411") == []
    assert only(check("Sales grew 120% in a year.", lang="en"), "PC421") == []


def test_a_stock_opening_after_a_label_line_is_found():
    text = (
        "Kommersiellt samarbete: Bageri Lindgren\n\nVi är glada att kunna berätta att vi i maj"
        " samarbetar med Bageri Lindgren. Limpan finns nu i matkassarna."
    )
    [finding] = only(check(text, lang="sv", channel="instagram"), "PC422")
    assert place(finding)[:2] == (3, 1)


def test_a_posts_title_line_is_read_with_the_sentence_after_it():
    notice = "Tiedote sähkön hinnasta\n\nHyvä asiakas, sähkön hinta muuttuu 1.1.2026 alkaen.\n"
    assert place(only(check(notice, path="a.txt"), "PC410")[0])[:2] == (3, 1)
    titled = "Olemme iloisia voidessamme kertoa uutisia\n\nAloitamme yhteistyön maaliskuussa.\n"
    assert place(only(check(titled, path="a.txt"), "PC410")[0])[:2] == (1, 1)


def test_a_greeting_paragraph_is_still_the_opening():
    text = (
        "Hyvä asiakas,\n\nPäivitämme verkkokauppaamme ensi viikolla, joten tilaukset toimitetaan"
        " maanantaista alkaen kahden päivän viiveellä.\n"
    )
    [finding] = only(check(text, path="a.md"), "PC410")
    assert place(finding)[:2] == (1, 1)
    titled = "# Uutta keittiössä\n\nMeillä on ilo kertoa, että uusi keittiö aukeaa.\n"
    assert place(only(check(titled, path="a.md"), "PC410")[0])[:2] == (3, 1)


def test_english_commands_opening_their_sentences_speak_to_the_reader():
    text = (
        "We opened our hotel in 2019. We renovated our rooms. We built our sauna. We love our"
        " guests. Book a room. Read the menu. Come and try the sauna. See you soon!"
    )
    assert only(check(text, lang="en"), "PC402") == []
    [finding] = only(
        check(text.replace(" Book a room. Read the menu. Come and try the sauna.", ""), lang="en"),
        "PC402",
    )
    assert place(finding)[:2] == (1, 30)  # the first "we" not reporting a figure (2019)


def test_the_salutation_is_a_stock_opening_but_serving_customers_better_is_not():
    assert len(only(check("Hyvä asiakas, päivitämme verkkokauppaa ensi viikolla."), "PC410")) == 1
    text = "Uusi ajanvaraus palvelee entistä paremmin asiakkaita, jotka asioivat iltaisin."
    assert only(check(text), "PC410") == []  # "paremmin asiakas" has the same base forms


def test_a_short_opening_built_on_something_names_nothing():
    post = (
        "---\nchannel: instagram\n---\n{}\n\nNuorisopalveluilla on kesällä suunnitteilla"
        " jotain ihan uutta, josta et halua jäädä paitsi. Kerromme lisää kesäkuussa.\n"
    )
    [finding] = only(check(post.format("Jotain isoa on tulossa!")), "PC401")
    assert place(finding)[:2] == (4, 1)
    assert only(check(post.format("Terassi avautuu tänään!")), "PC401") == []
