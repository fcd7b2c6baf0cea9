"""Crisis rules for ``type: crisis`` drafts: PC803 and PC807 (code) and the pack PC801–PC806."""

from postcheck import check
from tests.conftest import only, place

CRISIS = "---\ntype: crisis\n---\n{}\n"
SIGNED = "\n\nMaija Mallikas, toimitusjohtaja"
GOOD = (
    "Verkkokauppamme oli tänään kolme tuntia poissa käytöstä. Pyydämme anteeksi: virhe oli"
    " päivityksessämme. Korjasimme sen, ja kerromme syyn huomenna klo 12." + SIGNED
)


def crisis(body, rule):
    return only(check(CRISIS.format(body)), rule)


def test_good_crisis_draft_passes_every_crisis_rule():
    report = check(CRISIS.format(GOOD))
    assert [f.rule for f in report.findings if f.rule.startswith("PC8")] == []


# PC803 crisis-signature


def test_unsigned_crisis_message_is_flagged_at_its_last_sentence():
    [finding] = crisis("Verkkokauppamme oli tänään poissa käytöstä. Pyydämme anteeksi.", "PC803")
    assert place(finding) == (4, 45, 4, 63)  # "Pyydämme anteeksi."
    assert finding.severity == "warning" and finding.criterion == "strategy"
    assert "”Maija Mallikas, toimitusjohtaja”" in finding.message


def test_last_paragraph_without_a_name_is_no_signature():
    body = "Pyydämme anteeksi katkosta tänään. Korjaamme vian.\n\nAsiakaspalvelu"
    [finding] = crisis(body, "PC803")
    assert place(finding) == (6, 1, 6, 15)


def test_a_name_in_the_last_paragraph_signs_the_message():
    body = "Pyydämme anteeksi katkosta tänään. Korjaamme vian."
    assert crisis(body + SIGNED, "PC803") == []
    assert crisis(body + "\n\nTerveisin Maija, asiakaspalvelu", "PC803") == []


def test_an_author_in_the_front_matter_signs_the_message():
    text = (
        "---\ntype: crisis\nauthor: Maija Mallikas\n---\n"
        "Verkkokauppamme oli tänään poissa käytöstä. Pyydämme anteeksi.\n"
    )
    assert only(check(text), "PC803") == []


def test_signature_is_required_in_english_too():
    body = "Our shop was down today. We made an error. We apologise."
    text = "---\ntype: crisis\nlang: en\n---\n{}\n"
    [finding] = only(check(text.format(body)), "PC803")
    assert place(finding) == (5, 44, 5, 57)  # "We apologise."
    assert finding.message.startswith("No one signs the crisis message.")
    assert only(check(text.format(body + "\n\nMaija Mallikas, CEO")), "PC803") == []


def test_signature_is_not_required_outside_crisis_drafts():
    report = check("Verkkokauppamme oli tänään poissa käytöstä. Pyydämme anteeksi.", lang="fi")
    assert only(report, "PC803") == []


# PC807 crisis-passive


def test_each_finite_passive_is_flagged():
    findings = crisis(
        "Virhe tehtiin eilen. Vikaa ei korjata tänään. Pyydämme anteeksi." + SIGNED, "PC807"
    )
    assert [place(f) for f in findings] == [(4, 7, 4, 14), (4, 31, 4, 38)]
    assert all(f.severity == "warning" for f in findings)
    assert findings[0].message.startswith("”tehtiin”: passiivi piilottaa tekijän.")
    assert findings[1].message.startswith("”korjata”:")  # the passive after "ei"


def test_first_person_and_infinitives_are_not_passives():
    body = "Teimme virheen eilen. Haluamme tehdä asian oikein. Pyydämme anteeksi tänään."
    assert crisis(body + SIGNED, "PC807") == []


def test_passive_is_fine_outside_crisis_drafts_and_not_checked_in_english():
    report = check("Virhe tehtiin eilen. Vikaa ei korjata tänään. Pyydämme anteeksi.", lang="fi")
    assert only(report, "PC807") == []
    english = "---\ntype: crisis\nlang: en\n---\nThe error was made yesterday. We apologise.\n"
    assert only(check(english), "PC807") == []


# The rule pack rules/common/crisis.toml


def test_pc801_a_message_that_neither_apologises_nor_owns_the_problem():
    [finding] = crisis("Verkkokauppa oli poissa käytöstä tänään. Korjaamme vian." + SIGNED, "PC801")
    assert place(finding) == (4, 1, 4, 57)  # the first line, where the apology belongs
    assert finding.severity == "warning" and finding.message.startswith("Kriisiviestistä puuttuu")
    owned = "Verkkokauppa oli poissa käytöstä tänään. Teimme virheen, ja korjaamme sen."
    assert crisis(owned + SIGNED, "PC801") == []
    apology = "Verkkokauppa oli poissa käytöstä tänään. Pahoittelemme katkosta."
    assert crisis(apology + SIGNED, "PC801") == []


def test_pc802_a_message_that_does_not_say_when():
    [finding] = crisis("Pyydämme anteeksi katkosta. Korjaamme vian." + SIGNED, "PC802")
    assert place(finding) == (4, 1, 4, 44)
    assert finding.severity == "warning" and "milloin" in finding.message
    assert crisis("Pyydämme anteeksi katkosta. Kerromme lisää perjantaina." + SIGNED, "PC802") == []
    assert crisis("Pyydämme anteeksi katkosta. Kerromme lisää klo 12." + SIGNED, "PC802") == []
    # "as soon as possible" promises no time
    vague = crisis(
        "Pyydämme anteeksi katkosta. Korjaamme vian mahdollisimman pian." + SIGNED, "PC802"
    )
    assert len(vague) == 1
    assert crisis("Pyydämme anteeksi katkosta. Korjaamme vian heti." + SIGNED, "PC802") == []


def test_pc804_marketing_in_a_crisis_message():
    body = "Pyydämme anteeksi katkosta tänään. Tarjoamme alennuksen kaikille."
    [finding] = crisis(body + SIGNED, "PC804")
    assert place(finding) == (4, 46, 4, 56)
    assert finding.severity == "warning"
    assert finding.message == "Kriisiviestissä ei markkinoida: poista ”alennuksen”."
    assert crisis("Pyydämme anteeksi katkosta tänään. Korjaamme vian." + SIGNED, "PC804") == []


def test_pc805_exclamation_mark_in_a_crisis_message():
    [finding] = crisis("Pyydämme anteeksi katkosta tänään! Korjaamme vian." + SIGNED, "PC805")
    assert place(finding) == (4, 34, 4, 35)
    assert finding.severity == "warning"
    assert crisis("Pyydämme anteeksi katkosta tänään. Korjaamme vian." + SIGNED, "PC805") == []


def test_pc806_emoji_in_a_crisis_message():
    [finding] = crisis("Pyydämme anteeksi katkosta tänään. Korjaamme vian 🙏🙏" + SIGNED, "PC806")
    assert place(finding) == (4, 51, 4, 53)  # both emoji, one finding
    assert finding.severity == "warning"
    assert crisis("Pyydämme anteeksi katkosta tänään. Korjaamme vian." + SIGNED, "PC806") == []


def test_pc801_we_are_sorry_in_the_first_person_owns_the_problem():
    body = "Verkkokauppa oli poissa käytöstä tänään. Olemme siitä todella pahoillamme."
    assert crisis(body + SIGNED, "PC801") == []


def test_marketing_in_a_swedish_crisis_message():
    text = (
        "---\ntype: crisis\nlang: sv\n---\nKassarna till Åbo kom tre timmar för sent i dag."
        " Förlåt! Använd koden SORRY20 för 20 % rabatt. #kampanj\n"
    )
    found = [f.message.split("”")[1] for f in only(check(text), "PC804")]
    assert found == ["koden SORRY20", "rabatt", "#kampanj"]


def test_a_plain_word_after_koden_is_no_campaign_code():
    text = (
        "---\ntype: crisis\nlang: sv\n---\nDataintrånget är stoppat. Byt ditt lösenord och ange"
        " koden som vi skickar till din telefon. Vi återkommer i morgon kl 12 med mer"
        " information.\n"
    )
    assert only(check(text), "PC804") == []


def test_an_internal_crisis_page_owes_its_crews_no_apology():
    page = (
        "---\nchannel: {}\ntype: crisis\naudience: {}\n---\nYöllinen myrsky katkaisi sähköt"
        " 18 400 asiakkaalta. Ota työjono alueeltasi. Seuraava katsaus klo 10.\n\nJukka Niskala\n"
    )
    assert only(check(page.format("wiki", "sisainen")), "PC801") == []
    [owed] = only(check(page.format("facebook", "kuluttajat")), "PC801")  # customers are owed one
    assert owed.line == 6  # the first line after the front matter
