"""Informative (PC501–PC504; the pack PC510–PC511)."""

import pytest

from postcheck import check
from tests.conftest import only, place

WEAK = "Yrityksemme toimintaa on kehitetty pitkäjänteisesti vuosien ajan monella eri tavalla."
FILLER = " Se on ollut tärkeää meille kaikille ja jatkuu yhä edelleen samalla tavalla."


def test_hedges():
    findings = only(check("Tämä on tavallaan hyvä ja ehkä aika paljon parempi."), "PC510")
    assert [f.message.split("”")[1] for f in findings] == ["tavallaan", "ehkä", "aika paljon"]


def test_lexical_density_of_filler_text():
    filler = (
        "Se on niin että se on vähän niin kuin se on ollut, ja se on sitten niin että se on ok."
    )
    [finding] = only(check(filler), "PC501")
    assert "%" in finding.message
    assert (
        only(check(WEAK + " Asiakkaat saavat nopeamman palvelun ja selkeämmät hinnat."), "PC501")
        == []
    )


def test_no_facts_in_a_long_vague_text():
    vague = " ".join(
        [WEAK, FILLER.strip(), "Haluamme olla hyvä kumppani ja tehdä asiat hyvin aina."] * 2
    )
    [finding] = only(check(vague), "PC502")
    assert place(finding)[:2] == (1, 1)
    assert only(check(vague + " Lue lisää: https://kinda.fi"), "PC502") == []


def test_event_needs_date_time_place_and_how_to_take_part():
    text = "---\ntype: event\n---\nTule mukaan kevätjuhlaan!\n"
    messages = [f.message for f in only(check(text), "PC503")]
    assert messages == [
        "Julkaisutyypiltä event puuttuu päivämäärä. Lisää se tekstiin.",
        "Julkaisutyypiltä event puuttuu kellonaika. Lisää se tekstiin.",
        "Julkaisutyypiltä event puuttuu paikka. Lisää se tekstiin.",
    ]  # "Tule mukaan" already says how to take part
    full = "---\ntype: event\n---\nTule kevätjuhlaan 14.3. klo 10 Tampereelle! Ilmoittaudu: https://kinda.fi\n"
    assert only(check(full), "PC503") == []


def test_an_announcement_is_told_when_by_a_whole_hour_too():
    text = (
        "---\ntype: announcement\n---\nAurauskalusto lähtee liikkeelle. Kadut aurataan."
        " Lue lisää: https://lahti.fi/auraus\n"
    )
    assert [f.message for f in only(check(text), "PC503")] == [
        "Julkaisutyypiltä announcement puuttuu milloin. Lisää se tekstiin."
    ]
    timed = text.replace("liikkeelle.", "liikkeelle klo 10–14.")
    assert only(check(timed), "PC503") == []  # "klo 16", the Kotus style, is a time
    chlorine = text.replace("liikkeelle.", "liikkeelle kloorin takia.")
    assert len(only(check(chlorine), "PC503")) == 1  # "kloorin" is no "klo"


def test_a_phone_number_to_call_is_where_to_ask_more():
    text = "---\ntype: announcement\n---\nNeuvonta on auki maanantaisin klo 9–12. Osoite on Suokatu 42."
    assert [f.message for f in only(check(text), "PC503")] == [
        "Julkaisutyypiltä announcement puuttuu mistä lisätietoa. Lisää se tekstiin."
    ]
    assert only(check(text + " Soita numeroon 017 182 000."), "PC503") == []
    assert only(check(text + " Ohjeet ovat intrassa."), "PC503") == []  # intra: the intranet
    english = "---\ntype: announcement\n---\nThe desk opens on Monday at 9. Call 017 182 000."
    assert only(check(english, lang="en"), "PC503") == []
    swedish = "---\ntype: announcement\n---\nDisken öppnar på måndag kl. 9. Ring 017 182 000."
    assert only(check(swedish, lang="sv"), "PC503") == []


def test_job_needs_deadline_and_how_to_apply():
    text = "---\ntype: job\n---\nEtsimme myyjää Tampereelle.\n"
    assert [f.message for f in only(check(text), "PC503")] == [
        "Julkaisutyypiltä job puuttuu hakuaika. Lisää se tekstiin.",
        "Julkaisutyypiltä job puuttuu miten hakea. Lisää se tekstiin.",
    ]


def test_too_short_for_a_social_post_and_for_a_blog():
    [short] = only(check("---\nchannel: x\n---\nUusi juttu.\n"), "PC504")
    assert place(short) == (4, 1, 4, 12)
    blog = check("---\nchannel: blog\ntitle: Testi\n---\nLyhyt blogi.\n")
    assert "vähintään 150" in only(blog, "PC504")[0].message
    # a recall notice on the blog is as long as it needs to be
    notice = "---\nchannel: blog\ntype: crisis\ntitle: Testi\n---\nVedämme erän 1234 takaisin.\n"
    assert only(check(notice), "PC504") == []


def test_marking_yourself_as_a_participant_is_how_to_take_part():
    event = (
        "---\nchannel: facebook\ntype: event\n---\nAvoimet ovet lauantaina 12.10. klo 10–14"
        " Hämeenkatu 5, Tampere. Merkitse itsesi osallistujaksi!\n"
    )
    assert only(check(event), "PC503") == []
    [missing] = only(check(event.replace(" Merkitse itsesi osallistujaksi!", "")), "PC503")
    assert "miten osallistua" in missing.message


def test_a_registration_link_or_free_entry_is_how_to_take_part():
    event = (
        "---\nchannel: instagram\ntype: event\n---\nKevätmarkkinat lauantaina 17.5. klo 10–15"
        " Puistokatu 4, Turku.{}\n"
    )
    assert only(check(event.format(" Ilmoittautumislinkki on profiilissamme.")), "PC503") == []
    assert only(check(event.format(" Pääsy on maksuton.")), "PC503") == []
    assert only(check(event.format(" Liput maksavat 15 euroa.")), "PC503") == []
    [missing] = only(check(event.format(" Musiikkia soittaa bändi.")), "PC503")
    assert "miten osallistua" in missing.message


def test_a_street_address_or_a_town_is_the_place():
    event = (
        "---\nchannel: instagram\ntype: event\n---\nKevätmarkkinat lauantaina 17.5. klo 10–15"
        " {}. Ilmoittaudu mukaan!\n"
    )
    assert only(check(event.format("osoitteessa Mäkelänkatu 4")), "PC503") == []
    assert only(check(event.format("Hämeentie 12:ssa")), "PC503") == []
    assert only(check(event.format("kauppatorilla Turussa")), "PC503") == []  # "turku", a market
    [missing] = only(check(event.format("pihallamme")), "PC503")
    assert "puuttuu paikka" in missing.message


@pytest.mark.parametrize(
    "where",
    ["Lippulaivan kirjastossa", "Kansallismuseossa", "Tampere-talossa", "Kaapelitehtaalla",
     "Metsolan koululla", "pääkirjastoon"],
)  # fmt: skip
def test_a_venue_in_a_case_of_place_is_the_place(where):
    event = f"---\nchannel: facebook\ntype: event\n---\nKorjauskahvila {where} la 20.3. klo 11–15. Tule!\n"
    assert only(check(event), "PC503") == []
    # a venue word in another case says nothing of where: "kirjaston" (genitive)
    [missing] = only(check(event.replace(where, "kirjaston kanssa")), "PC503")
    assert "puuttuu paikka" in missing.message


def test_heti_says_when_but_heti_kun_does_not():
    post = "---\ntype: announcement\n---\nUusi verkkopankki on {}. Lue lisää: https://a.fi\n"
    assert only(check(post.format("käytössä heti")), "PC503") == []
    [missing] = only(check(post.format("käytössä heti, kun voimme")), "PC503")
    assert place(missing)[:2] == (4, 1) and "milloin" in missing.message


def test_swedish_and_english_posts_need_their_type_essentials_too():
    job = "---\ntype: job\nlang: sv\n---\nVi söker en logistikplanerare. Skicka din ansökan!\n"
    [finding] = only(check(job), "PC503")
    assert finding.message == (
        "Inlägget av typen job anger inte sista ansökningsdagen. Lägg till det."
    )
    assert place(finding)[:2] == (5, 1)
    dated = job.replace("Skicka", "Ansök senast söndag 16 maj. Skicka")
    assert only(check(dated), "PC503") == []
    event = "---\ntype: event\nlang: en\n---\nWe are organising a cooking class soon.\n"
    messages = [f.message for f in only(check(event), "PC503")]
    assert messages == [
        "The event post does not give the date. Add it.",
        "The event post does not give the time. Add it.",
        "The event post does not give the place. Add it.",
        "The event post does not give how to take part. Add it.",
    ]
    full = event.replace(
        "soon.", "on Saturday 15 May, 11:00–14:00, at our kitchen on Hervanta Street. Sign up!"
    )
    assert only(check(full), "PC503") == []


def test_a_date_is_a_deadline_only_in_a_sentence_about_applying():
    text = (
        "---\ntype: job\nlang: sv\n---\nI maj börjar vi leverera i Vasa. Vi söker en planerare."
        " Skicka din ansökan till oss.\n"
    )
    assert "sista ansökningsdagen" in only(check(text), "PC503")[0].message
    finnish = (
        "---\ntype: job\n---\nToukokuussa aloitamme toimitukset Vaasassa. Haemme suunnittelijaa."
        " Lähetä hakemuksesi meille.\n"
    )
    assert "hakuaika" in only(check(finnish), "PC503")[0].message
    dated = finnish.replace("Lähetä hakemuksesi", "Hakuaika päättyy 16.5. Lähetä hakemuksesi")
    assert only(check(dated), "PC503") == []


def test_swedish_hedges_include_fillers_but_not_the_noun_typ():
    text = "Appen finns nu i princip på svenska. Det tar typ en minut eller så."
    findings = only(check(text, lang="sv"), "PC514")
    assert [f.message.split("”")[1] for f in findings] == ["i princip", "typ", "eller så"]
    assert only(check("En ny typ av kasse finns nu i butiken.", lang="sv"), "PC514") == []


@pytest.mark.parametrize(
    ("body", "deadline"),
    [
        (
            "Lähetä hakemuksesi osoitteeseen rekry@kinda.fi.\n\nViimeinen hakupäivä on 30.4.2026.",
            True,
        ),
        (
            "Lähetä hakemuksesi osoitteeseen rekry@kinda.fi. Paikka on haettavana 30.4.2026 asti.",
            True,
        ),
        (
            "Lähetä hakemuksesi osoitteeseen rekry@kinda.fi.\n\n## Hakuaika\n\n30.4.2026 klo 16.00",
            True,
        ),
        ("Työ alkaa 1.6.2026. Lähetä hakemuksesi osoitteeseen rekry@kinda.fi.", False),
    ],
)
def test_a_deadline_is_a_date_about_applying(body, deadline):
    text = f"---\ntype: job\n---\nEtsimme myyntipäällikköä Vaasaan.\n\n{body}\n"
    missing = [f for f in only(check(text, path="a.md"), "PC503") if "hakuaika" in f.message]
    assert (missing == []) is deadline


def test_you_may_apply_gives_no_date_and_i_am_no_time():
    job = "---\ntype: job\nlang: en\n---\nWe are hiring a planner. You may apply on our website.\n"
    assert any("deadline" in f.message for f in only(check(job), "PC503"))
    event = "---\ntype: event\nlang: en\n---\nI am so excited about our cooking class!\n"
    assert any("the time" in f.message for f in only(check(event), "PC503"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "We are hiring a planner. Applications close on Sunday 14 June. Apply: https://a.fi",
            "en",
        ),
        ("Become our new transport planner! Apply by 14 June: https://a.fi", "en"),
        ("Vi söker en planerare. Ansök före 14.6: https://a.fi", "sv"),
        ("Bli vår nya planerare! Sista dag att ansöka är 14.6: https://a.fi", "sv"),
    ],
)
def test_english_and_swedish_job_posts_give_role_and_deadline_in_their_words(text, lang):
    assert only(check(f"---\ntype: job\nlang: {lang}\n---\n{text}\n"), "PC503") == []


def test_english_and_swedish_events_give_time_and_place_in_their_words():
    event = "---\ntype: event\nlang: en\n---\nOpen house on Saturday 12 September {} {}. Sign up!\n"
    assert only(check(event.format("at 7pm", "in Vaasa")), "PC503") == []
    assert only(check(event.format("11am–3pm", "at Kuntsi")), "PC503") == []
    [missing] = only(check(event.format("at 7pm", "in June")), "PC503")  # a month is no place
    assert "place" in missing.message
    swedish = "---\ntype: event\nlang: sv\n---\nÖppet hus lördag 12 september kl. 11 på Kuntsi i Vasa. Anmäl dig!\n"
    assert only(check(swedish), "PC503") == []
    free = "---\ntype: event\nlang: en\n---\nOpen house on Saturday 12 June at 19:00 at Tampere Hall. Admission is free.\n"
    assert only(check(free), "PC503") == []


def test_a_venues_name_in_a_case_of_place_and_the_link_in_the_profile_say_where():
    event = "---\ntype: event\n---\nSeminaari Aalto-yliopiston Dipolissa to 3.6. klo 9–12. Ilmoittaudu!\n"
    assert only(check(event), "PC503") == []
    post = "---\nchannel: instagram\ntype: announcement\n---\nUusi kartta julkaistaan tänään, {}.\n"
    assert only(check(post.format("linkki biossa")), "PC503") == []
    # an address a reader cannot click says nowhere
    [missing] = only(check(post.format("katso https://a.fi/kartta")), "PC503")
    assert "mistä lisätietoa" in missing.message


def test_first_or_another_is_no_figure():
    text = "Seuraa meitä, niin kuulet ensimmäisenä uutisista ja toisesta tapahtumasta. " * 5
    assert len(only(check(text), "PC502")) == 1  # 45 words, no number, date, name or link
    assert only(check(text.replace("ensimmäisenä", "3.6. ensimmäisenä")), "PC502") == []


def test_a_language_a_platform_or_a_word_ending_in_a_venue_is_no_place():
    english = (
        "---\ntype: event\nlang: en\n---\nOpen house on Saturday 12 June at 7pm. {}. Sign up!\n"
    )
    for where in ("The talks are in English", "Follow us on Instagram"):
        [missing] = only(check(english.format(where)), "PC503")
        assert "place" in missing.message
    finnish = "---\ntype: event\n---\nTyöpaja la 20.3. klo 11–15 {}. Ilmoittaudu!\n"
    for how in ("operaattorilla", "vahvassa asemassa"):
        [missing] = only(check(finnish.format(how)), "PC503")
        assert "puuttuu paikka" in missing.message


def test_an_english_sign_off_line_is_no_name_and_no_fact():
    text = "---\nchannel: newsletter\nlang: en\nsubject: News\n---\nWe have news.\n\nCheers,\nThe team\n"

    def fact_points(draft):
        return [a.points for a in check(draft).assessments if a.rule == "PC502"]

    assert fact_points(text) == [0.0]
    assert fact_points(text.replace("The team", "Anna Virtanen")) == [35.0]  # a name


def test_an_announcement_told_in_the_past_says_when():
    post = "---\nchannel: bluesky\ntype: announcement\n---\n{} Lue lisää: https://a.fi/data\n"
    for done in ("Julkaisimme avoimena datana 1 200 talon mittaukset.", "Palvelu avattiin."):
        assert only(check(post.format(done)), "PC503") == [], done
    for background in (
        "Julkaisemme avoimena datana 1 200 talon mittaukset.",  # the present: when?
        "Olemme kehittäneet uuden palvelun. Se avataan myöhemmin.",  # put off
        "Kuten kerroimme aiemmin, avaamme uuden myymälän.",
        "Asiakkaat toivoivat parempaa sovellusta. Uusi versio julkaistaan pian.",
    ):
        [missing] = only(check(post.format(background)), "PC503")
        assert "milloin" in missing.message, background
