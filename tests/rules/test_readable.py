"""The readability rules (PC201–PC207), with the audience's thresholds and exact positions."""

from postcheck import check
from postcheck.core.report import band
from tests.conftest import only, place

LONG = (
    "Tämä virke on tarkoituksella hyvin pitkä, koska siinä kerrotaan monta asiaa yhtä aikaa,"
    " eikä lukija ehdi pysähtyä missään vaiheessa ennen kuin virke vihdoin loppuu vasta tähän."
)  # 26 words


def test_long_sentence_threshold_comes_from_the_audience():
    text = "Lyhyt alku. " + LONG
    [finding] = only(check(text, audience="kuluttajat"), "PC201")
    assert place(finding) == (1, 13, 1, 13 + len(LONG))
    assert "26 sanaa" in finding.message and "kuluttajat enintään 20" in finding.message
    assert only(check(text, audience="asiantuntijat"), "PC201") == []  # experts: 30
    for report in (check(text), check(text, channel="linkedin")):  # general: 25
        [finding] = only(report, "PC201")
        assert place(finding) == (1, 13, 1, 13 + len(LONG))


def test_long_word_shows_the_compound_parts():
    report = check("Uusi asiakaspalvelukeskusjärjestelmä otetaan käyttöön.", audience="kuluttajat")
    [finding] = only(report, "PC202")
    assert place(finding) == (1, 6, 1, 37)
    assert "asiakas|palvelu|keskus|järjestelmä" in finding.message


def test_a_word_of_one_part_is_long_only_when_its_base_form_is():
    report = check(
        "Kiitos kärsivällisyydestäsi ja internationalisoitumisesta.", audience="kuluttajat"
    )
    [finding] = only(report, "PC202")  # "kärsivällisyys" is 14 letters; the other base form 24
    assert place(finding) == (1, 32, 1, 58)
    assert "internationalisoitumisesta" in finding.message and "osaa" not in finding.message


def test_clause_equivalents_that_have_become_adverbs_are_not_flagged():
    report = check("Soita tarvittaessa. Lähetämme ohjeen pyydettäessä. Soittaessasi kerro nimesi.")
    assert [place(f)[:2] for f in only(report, "PC205")] == [(1, 52)]  # "Soittaessasi" only


def test_passive_heavy_text_points_at_the_first_passive():
    text = "Asia käsitellään huomenna. Päätös tehdään nopeasti. Tulos kerrotaan kaikille. Hyvä."
    [finding] = only(check(text, audience="kuluttajat"), "PC203")
    assert place(finding) == (1, 6, 1, 17)
    assert "3 passiivia" in finding.message and "käsitellään, tehdään, kerrotaan" in finding.message
    assert only(check("Asia käsitellään huomenna. Me kerromme tuloksen."), "PC203") == []


def test_nominal_style_sentence():
    text = "Hyvä alku. Kehittämisen tavoitteena on toimintojen tehostaminen."
    [finding] = only(check(text), "PC204")
    assert place(finding) == (1, 12, 1, 65)
    assert "Kehittämisen, tehostaminen" in finding.message


def test_clause_equivalents_are_reported_one_by_one():
    text = "Tehtyään työn hän lähti. Kotiin tultaessa satoi."
    findings = only(check(text), "PC205")
    assert [place(f)[:2] for f in findings] == [(1, 1), (1, 33)]


def test_a_verb_form_that_is_rather_a_common_noun_is_no_clause_equivalent():
    text = "Asiakkaiden kanssa toimivien henkilöiden osaamista kehitettiin huomioiden palaute."
    findings = only(check(text), "PC205")
    assert [place(f) for f in findings] == [(1, 64, 1, 74)]  # "huomioiden", not "henkilöiden"


def test_a_verb_form_after_an_agreeing_attribute_is_the_noun():
    text = "Siirrä pesu kalleimpien tuntien ulkopuolelle. Hän lähti tuntien olonsa hyväksi."
    findings = only(check(text), "PC205")
    assert [place(f) for f in findings] == [(1, 57, 1, 64)]  # the second "tuntien" only


def test_paragraph_wall():
    paragraph = " ".join(["Tämä on lyhyt virke."] * 40)  # 160 words
    [finding] = only(check(paragraph, path="a.md"), "PC206")
    assert "160 sanaa" in finding.message and place(finding)[:2] == (1, 1)


def test_monotonous_sentences_and_varied_ones():
    flat = " ".join(["Meillä on hyvä tiimi täällä."] * 6)
    [finding] = only(check(flat), "PC207")
    assert place(finding) == (1, 1, 1, 29)
    varied = "Hei. " + LONG + " Tämä on lyhyt. " + LONG + " Kiitos. Nähdään pian taas."
    assert only(check(varied), "PC207") == []


def test_readable_score_is_relative_to_the_audience():
    hard = (
        "Organisaatiomuutosprosessin implementointivaiheessa henkilöstöresurssien uudelleenallokointi"
        " edellyttää kokonaisvaltaista muutosjohtamisosaamista sekä systemaattista"
        " sidosryhmäviestintää. "
    ) * 4
    experts = check(hard, audience="asiantuntijat").scores["readable"]
    consumers = check(hard, audience="kuluttajat").scores["readable"]
    easy = check(hard, audience="selko").scores["readable"]
    assert easy <= consumers <= experts and band(consumers) == "red"


def test_english_passives_are_counted_and_reported():
    text = (
        "Holidays are booked in the HR system by 31 March. Holidays are approved within two"
        " weeks. A confirmation is sent by e-mail, and changes are handled separately."
    )
    [finding] = only(check(text, lang="en", audience="kuluttajat"), "PC203")
    assert place(finding) == (1, 14, 1, 20)
    assert "booked, approved, sent" in finding.message
    active = "We book your holiday in the HR system. We approve it within two weeks."
    assert only(check(active, lang="en", audience="kuluttajat"), "PC203") == []


def test_officialese_is_found_by_base_form_and_pattern():
    text = (
        "Tiedote koskien matkalaskuja. Uusi järjestelmä tullaan ottamaan käyttöön keväällä"
        " talouden toimesta. Hyväksyntä suoritetaan viikoittain, ja muutos tulee olemaan iso."
    )
    findings = only(check(text), "PC208")
    assert [place(f) for f in findings] == [
        (1, 9, 1, 16),  # koskien
        (1, 48, 1, 64),  # tullaan ottamaan
        (1, 92, 1, 100),  # toimesta (after the genitive "talouden")
        (1, 102, 1, 124),  # Hyväksyntä suoritetaan
        (1, 148, 1, 161),  # tulee olemaan
    ]
    assert findings[0].severity == "warning" and "virkakieltä" in findings[0].message
    plain = (
        "Suoritin tutkinnon keväällä. Tulin katsomaan, ja tulemme käymään taas. Maksa lasku."
        " Kalastus on kielletty kaikkien koskien alueella. Lapset tullaan hakemaan kello 16."
        " Meille tullaan Ahvenanmaan kautta. Hän siirtyi toimesta toiseen. Kymijoen koskien"
        " kuohut ovat lähellä. Koskien rannat ovat kauniit. Hän joutui eroamaan toimestaan."
        " Tullaan yhdessä siivoamaan ranta! Paketit tullaan noutamaan. Puhuja on professori em."
        " Hänet erotettiin toimestaan. Siirtyminen toimesta toiseen kävi helposti."
    )
    assert only(check(plain), "PC208") == []
    future = "Uudistus tulee näkymään arjessa. Vastiketta tullaan todennäköisesti korottamaan."
    assert [place(f) for f in only(check(future), "PC208")] == [(1, 10, 1, 24), (1, 45, 1, 80)]
    more = (
        "Tulemme kehittämään palvelua. Uudistus tulee tapahtumaan vaiheittain. Järjestelmien"
        " päivittäminen suoritetaan yöllä. Muutos on tehty organisaatiomme toimesta."
    )
    assert [place(f) for f in only(check(more), "PC208")] == [
        (1, 1, 1, 20),  # Tulemme kehittämään
        (1, 40, 1, 57),  # tulee tapahtumaan
        (1, 85, 1, 110),  # päivittäminen suoritetaan
        (1, 150, 1, 158),  # toimesta after "organisaatiomme"
    ]
    coming = (
        "Joulupukki tulee tarjoamaan lapsille pipareita myymäläämme. Tulemme hakemaan sinut"
        " asemalta. Huolto suorittaa lumityöt aamulla."
    )
    assert only(check(coming), "PC208") == []  # coming to do something; the company acting


def test_a_number_with_spaces_between_its_thousands_is_one_word():
    limit = "---\naudience: kuluttajat\nlang: sv\n---\n"
    words = (
        "Vi delade ut 1 200 kassar och 4 800–5 600 flaskor till hushållen i hela staden i år"
        " med hjälp av frivilliga"
    )  # 20 words as read (23 with each group of thousands a word): the consumers' limit
    assert only(check(limit + words + ".\n"), "PC201") == []
    [finding] = only(check(limit + words + " också.\n"), "PC201")
    assert "21 ord" in finding.message
