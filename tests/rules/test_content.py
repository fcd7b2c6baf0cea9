"""Interesting and informative (PC401–PC403, PC501–PC504, packs PC410–PC413 and PC510)."""

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


def test_no_conversation_on_social_channels_only():
    text = "---\nchannel: linkedin\n---\nAvasimme uuden toimiston. Tervetuloa käymään."
    [finding] = only(check(text), "PC403")
    assert finding.severity == "info" and place(finding)[:2] == (4, 27)
    assert only(check(text.replace("käymään.", "käymään! Mitä toivot?")), "PC403") == []
    assert only(check(text.replace("linkedin", "blog")), "PC403") == []


def test_exclamation_marks():
    report = check("Hienoa! Mahtavaa! Upeaa! Kiitos!!")
    [too_many] = only(report, "PC412")
    assert "5 huutomerkkiä" in too_many.message and place(too_many)[:2] == (1, 24)
    [repeated] = only(report, "PC413")
    assert place(repeated) == (1, 32, 1, 34)


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
