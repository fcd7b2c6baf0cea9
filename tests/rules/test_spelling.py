import pytest

from postcheck import check
from postcheck.core.errors import ConfigError
from postcheck.engine.config import Config, parse_config
from postcheck.profiles.vocabulary import TeamVocabulary
from tests.conftest import only, place


def test_misspelling_after_front_matter_link_and_emoji_has_exact_position():
    text = (
        "---\n"
        "channel: blog\n"
        "title: Testi\n"
        "---\n"
        "Katso [Kindan sivut](https://kinda.fi/kisssa) 🎉👨‍👩‍👧 ja kisssa juoksee.\n"
    )
    [finding] = only(check(text), "PC101")
    # line 5: 'Katso [Kindan sivut](https://kinda.fi/kisssa) 🎉👨‍👩‍👧 ja ' is 56 code points
    assert place(finding) == (5, 57, 5, 63)
    assert text.split("\n")[4][56:62] == "kisssa"
    assert finding.severity == "error" and finding.criterion == "correct"
    assert finding.suggestions[:2] == ("kissa", "kissaa")
    assert "kisssa" in finding.message


def test_plain_text_post_position_on_a_later_line():
    text = (
        "---\nchannel: linkedin\n---\n"
        "Hei @matti! 🎉\n\nTänään juhlimme uutta toimistoa Tampereela.\n"
    )
    [finding] = only(check(text), "PC101")
    assert place(finding) == (6, 33, 6, 43)
    assert finding.suggestions[0] == "Tampereella"


def test_social_tokens_numbers_codes_and_abbreviations_are_never_flagged():
    text = (
        "Lue https://kinda.fi/xyzzy ja kinda.fi, kirjoita info@kinda.fi tai @kindaoy. "
        "Koodi AINO15 antaa 15 % alennusta 27.11. klo 9.30 esim. verkkokaupassa. HR:n ja EU:n "
        "väki on tervetullut. 😀"
    )
    report = check(text, lang="fi")
    assert only(report, "PC101") == []


def test_lowercase_name_gets_the_capitalised_form():
    [finding] = only(check("Muutimme helsingissä uuteen toimistoon."), "PC101")
    assert finding.suggestions[0] == "Helsingissä"
    assert "isolla alkukirjaimella" in finding.message


def test_vocabulary_accepts_the_word_and_its_inflections():
    text = "Kindan uusi Kinda-tiimi aloitti. Myös Kindalla on hyvä päivä."
    [finding] = only(check(text), "PC103")
    assert place(finding) == (1, 39, 1, 47)
    report = check(text, config=Config(vocabulary=TeamVocabulary(accept=("Kinda",))))
    assert only(report, "PC101") == [] and only(report, "PC103") == []


def test_vocabulary_entry_with_capitals_matches_only_that_spelling():
    report = check(
        "Käytämme palvelua linkedin päivittäin.",
        config=Config(vocabulary=TeamVocabulary(accept=("LinkedIn",))),
    )
    [finding] = only(report, "PC101")
    assert place(finding) == (1, 19, 1, 27)
    assert finding.message == "”linkedin” kirjoitetaan näin: ”LinkedIn”."


def test_a_hyphen_compound_with_a_finnish_tail_is_fine_whatever_its_head():
    text = "Katso try-except-rakenteeseen, curl-esimerkki ja linkedin-palvelu. Kerää kamera-, LAM- ja tiesäädata."
    assert only(check(text), "PC101") == []
    [typo] = only(check("Katso curl-esimerkkki nyt."), "PC101")
    assert place(typo) == (1, 7, 1, 22)
    # Voikko suggests nothing for the whole: the tail's corrections keep the head
    assert typo.suggestions[0] == "curl-esimerkki"


def test_a_word_no_correction_is_in_reach_of_is_a_warning_to_check_not_a_misspelling():
    report = check("Vedestä löytyi koliformisia bakteereja. Kisssa nukkuu hipihiljaa.\n")
    term, slang = only(report, "PC109")
    assert (place(term), place(slang)) == ((1, 16, 1, 28), (1, 55, 1, 65))
    assert term.severity == "warning" and term.suggestions == ()
    assert term.message.endswith(
        "lisää se sanastoon: postcheck vocab add koliformisia; muuten käytä yleiskielen sanaa"
        " tai selitä se."
    )
    [typo] = only(report, "PC101")  # one slip from "kissa": a misspelling
    assert place(typo) == (1, 41, 1, 47) and typo.suggestions[0] == "Kissa"


def test_a_word_without_a_correction_used_three_times_is_the_drafts_term():
    text = (
        "Näytteissä oli koliformisia. Niissä koliformiset bakteerit ja koliformisten määrä laski.\n"
    )
    report = check(text)
    [term] = only(report, "PC108")
    assert place(term) == (1, 16, 1, 28) and "3 kertaa" in term.message
    assert only(report, "PC109") == []


def test_a_capitalised_word_is_a_name_unless_a_name_voikko_knows_is_a_slip_away():
    names = check("Käytämme Mastodonia ja Selkälässä asuvia.")
    assert [f.rule for f in names.findings if f.rule in ("PC101", "PC103")] == ["PC103", "PC103"]
    [slip] = only(check("Asun Tampereela nyt."), "PC101")
    assert slip.suggestions[0] == "Tampereella"
    [start] = only(check("Ilmottaudu nyt."), "PC101")
    assert start.suggestions[0] == "Ilmoittaudu"


def test_front_matter_vocab_is_accepted():
    text = "---\nvocab: [kvanttikahvi]\n---\nJuomme kvanttikahvia joka aamu.\n"
    assert only(check(text), "PC101") == []


def test_capitalised_unknown_word_in_mid_sentence_is_a_name_not_an_error():
    report = check("Tapasimme eilen Mikkelssonin tiimin kanssa.")
    assert only(report, "PC101") == []
    [name] = only(report, "PC103")
    assert name.severity == "info" and place(name)[:2] == (1, 17)


def test_colloquial_and_english_words_are_not_misspellings():
    report = check("Mä oon tosi innoissani, tää startup on next level.")
    assert only(report, "PC101") == []
    assert [f.suggestions[0] for f in only(report, "PC601")] == ["Minä", "olen", "tämä"]
    assert {f.message.split("”")[1] for f in only(report, "PC602")} == {"startup", "next", "level"}


def test_english_text_is_not_spell_checked_with_the_finnish_dictionary():
    report = check("We are pleased to announce our new offise.")
    assert report.lang == "en"
    # the English stock opening, and the misspelling from the English dictionary, not Voikko
    assert [f.rule for f in report.findings] == ["PC420", "PC104"]
    assert only(report, "PC104")[0].suggestions[0] == "office"


def test_suggestions_option_limits_the_suggestions():
    from postcheck.engine.config import RuleSettings

    [default] = only(check("Kisssa juoksee."), "PC101")
    config = Config(rules={"PC101": RuleSettings(options={"suggestions": 1})})
    [finding] = only(check("Kisssa juoksee.", config=config), "PC101")
    assert len(default.suggestions) == 5 and finding.suggestions == default.suggestions[:1]


def test_unknown_hashtag_word_is_info_at_the_word():
    report = check("Tervetuloa! #KindaKevät #tampere #sisältömarkkinointi #rekrytointi")
    [finding] = only(report, "PC102")
    assert finding.severity == "info"
    assert place(finding) == (1, 14, 1, 19)  # "Kinda" inside "#KindaKevät"
    assert only(report, "PC101") == []


def test_finnish_words_a_hashtag_runs_together_are_no_unknown_word():
    text = "Tervetuloa maistamaan! #kaupallinenyhteistyö #hyvääjoulua #tervetuola"
    [finding] = only(check(text, channel="instagram"), "PC102")  # the misspelt one only
    assert place(finding) == (1, 60, 1, 70)  # "tervetuola"


# PC104 english-spelling: Hunspell through Enchant


def english_spelling(text, **kwargs):
    """Return the PC104 findings of an English draft."""
    return only(check(text, lang="en", **kwargs), "PC104")


def quoted(finding):
    """Return the word a PC104 message quotes."""
    return finding.message.split('"')[1]


def test_english_misspellings_have_positions_and_the_right_word_first():
    text = "I will recieve the pacakge tomorow, you dont want to miss it, its great."
    findings = english_spelling(text)
    assert [quoted(f) for f in findings] == ["recieve", "pacakge", "tomorow", "dont"]
    assert [place(f) for f in findings] == [
        (1, 8, 1, 15),
        (1, 20, 1, 27),
        (1, 28, 1, 35),
        (1, 41, 1, 45),
    ]
    assert [f.suggestions[0] for f in findings[:3]] == ["receive", "package", "tomorrow"]
    assert "don't" in findings[3].suggestions  # and "its" (a real word) is not reported
    assert all(f.severity == "error" and f.criterion == "correct" for f in findings)
    assert "vocabulary.accept" in findings[0].message
    assert findings[0].message.startswith('The English dictionary does not know "recieve"')


def test_english_misspelling_after_front_matter_and_emoji_on_a_later_line():
    text = "---\nchannel: linkedin\n---\nHello @kinda! 🎉\n\nWe will recieve the package tomorow.\n"
    findings = english_spelling(text)
    assert [place(f) for f in findings] == [(6, 9, 6, 16), (6, 29, 6, 36)]
    assert text.split("\n")[5][8:15] == "recieve"


def test_an_english_word_in_the_wrong_case_is_told_how_it_is_written():
    text = "We meet on friday in texas, mailto:info@kinda.fi. i'm glad. lol\n"
    findings = english_spelling(text)
    assert [(place(f), f.message) for f in findings] == [
        ((1, 12, 1, 18), '"friday" is written with a capital letter: "Friday".'),
        ((1, 22, 1, 27), '"texas" is written with a capital letter: "Texas".'),
        ((1, 51, 1, 54), """"i'm" is written with a capital letter: "I'm"."""),
        ((1, 61, 1, 64), '"lol" is written "LOL".'),
    ]
    assert [f.suggestions[0] for f in findings] == ["Friday", "Texas", "I'm", "LOL"]
    assert all(f.severity == "error" and f.rule == "PC104" for f in findings)


def test_english_message_is_finnish_when_messages_are_finnish():
    [finding] = english_spelling("We will recieve it.", config=parse_config({"messages": "fi"}))
    assert "Englannin sanakirja ei tunne sanaa ”recieve”" in finding.message


def test_english_social_tokens_numbers_and_codes_are_never_flagged():
    text = (
        "Read https://kinda.fi/recieve and kinda.fi, write to info@kinda.fi or @kindaoy. "
        "Use AINO15 for 15 % off on the 3rd at 10am. #Recieve #kindaspring"
    )
    assert english_spelling(text) == []


def test_english_names_acronyms_and_contractions_are_not_misspellings():
    text = (
        "Yesterday we met Mikkelsson and Hervanta's team. HR's new KPIs and the CEO's plan are "
        "out. Don't miss it: it's great, we've got news and they’re ready on the iPhone. "
        "Mikkelsson joined us at a naïve café."
    )
    assert english_spelling(text) == []


def test_a_name_in_mid_sentence_costs_no_suggestions():
    from postcheck.nlp.hunspell import speller

    words = speller("en")
    asked = words.suggest.cache_info().misses
    assert english_spelling("Yesterday we met Tzvetelina Brzezinskaite in Oulu.") == []
    assert words.suggest.cache_info().misses == asked  # Hunspell takes 20-50 ms a word


def test_english_capitalised_slip_at_a_sentence_start_is_a_misspelling():
    [finding] = english_spelling("Mikkelsson joined us. Recieve the package.")
    assert place(finding) == (1, 23, 1, 30) and finding.suggestions[0] == "Receive"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ledgerly 4.2 is out today.", "Ledgerly"),  # two slips from "Ledger": a name
        ("Antti leads the team.", "Antti"),  # a Finnish name Voikko knows
        ("Fortum opens a new plant.", "Fortum"),
        ("Coffee and pulla are on us.", "pulla"),  # Finnish, a word of the region
        ("Every Finn knows sisu and salmiakki.", "salmiakki"),
        ("We serve italian coffee in december.", ""),  # English names in lowercase: slips
        ("Send the adress of the projekt to us.", "Swedish"),
    ],
)
def test_a_name_or_a_nordic_word_in_an_english_post_is_no_misspelling(text, word):
    if not word:  # Finnish "italian" (Italy's), "december" is no excuse for a lost capital
        assert [quoted(f) for f in english_spelling(text)] == ["italian", "december"]
        return
    if word == "Swedish":  # a Finn's slips in English are Swedish spellings: still slips
        assert [quoted(f) for f in english_spelling(text)] == ["adress", "projekt"]
        return
    assert english_spelling(text) == []
    if word.islower():  # a letter off, it is no word of any language: a misspelling
        slipped = word[0] + "x" + word[2:]
        assert [quoted(f) for f in english_spelling(text.replace(word, slipped))] == [slipped]


def test_a_sentence_opener_the_draft_writes_as_a_name_in_mid_sentence_is_a_name():
    text = "Meet Kide Sense 2, our new sensor.\n\nKide Sense 2 measures CO₂. Side effects: none."
    assert english_spelling(text) == []  # "Kide" is one slip from "Side", "Kid"
    [finding] = english_spelling("Kide Sense 2 measures the air in classrooms.")
    assert place(finding) == (1, 1, 1, 5)  # written nowhere else: a slip of "Side" or "Kid"
    swedish = "Träffa Kide Sense 2, vår nya sensor. Kide Sense 2 mäter luften i klassrummen."
    assert only(check(swedish, lang="sv"), "PC106") == []


def test_english_vocabulary_accepts_the_word_and_its_possessive():
    text = "Our kindaspring starts today, and kindaspring's first guest is here."
    assert [quoted(f) for f in english_spelling(text)] == ["kindaspring", "kindaspring's"]
    config = Config(vocabulary=TeamVocabulary(accept=("kindaspring",)))
    assert english_spelling(text, config=config) == []
    assert english_spelling("---\nvocab: [kindaspring]\n---\nOur kindaspring starts today.\n") == []


def test_english_dictionary_option_picks_us_or_british_english():
    british = "Our favourite colour is blue."
    assert english_spelling(british) == [] == english_spelling("Our favorite color is blue.")
    us = parse_config({"rules": {"english-spelling": {"dictionary": "en_US"}}})
    [_, colour] = english_spelling(british, config=us)
    assert colour.suggestions[0] == "color" and "US English dictionary" in colour.message
    gb = parse_config({"rules": {"english-spelling": {"dictionary": "en_GB"}}})
    assert english_spelling(british, config=gb) == []
    [color] = english_spelling("Blue is my color.", config=gb)
    assert color.suggestions[0] == "colour" and "British English dictionary" in color.message


def test_english_dictionary_option_is_checked():
    with pytest.raises(ConfigError, match=r"dictionary.*'en_AU' is not valid.*en, en_GB, en_US"):
        parse_config({"rules": {"english-spelling": {"dictionary": "en_AU"}}})


def test_english_suggestions_option_limits_the_suggestions():
    config = parse_config({"rules": {"english-spelling": {"suggestions": 1}}})
    [finding] = english_spelling("We will recieve it.", config=config)
    assert finding.suggestions == ("receive",)


def test_finnish_drafts_are_never_checked_by_english_spelling():
    report = check("Tänään juhlimme uutta toimistoa, recieve tomorow.", lang="fi")
    assert report.lang == "fi" and only(report, "PC104") == []
    # no Finnish correction is in reach: words to check, not Finnish misspellings
    assert [f.column for f in only(report, "PC109")] == [34, 42] and only(report, "PC101") == []


def test_a_sentence_opening_name_is_a_name_when_the_draft_names_it_mid_sentence():
    text = "Maks tuli kotiin. Kysyin asiaa Maksilta.\n"
    [name] = [f for f in check(text).findings if f.rule in ("PC101", "PC103") and f.column == 1]
    assert (name.rule, name.line) == ("PC103", 1)
    [start] = only(check("Ilmottaudu nyt. Ilmoittaudu heti.\n"), "PC101")
    assert place(start) == (1, 1, 1, 11)


def test_an_abbreviation_without_its_dot_is_not_a_misspelling():
    assert (
        only(check("Tuomme kahvia, teetä jne kokoukseen. Huom ilmoittaudu ajoissa.\n"), "PC101")
        == []
    )
    assert len(only(check("Tuomme kahvia, teetä jnee kokoukseen.\n"), "PC101")) == 1


def test_an_inflected_english_loan_is_an_english_word_not_a_misspelling():
    report = check("Käsittelemme brokerin issuet meetingissä.\n")
    assert only(report, "PC101") == []
    assert [(f.line, f.column) for f in only(report, "PC602")] == [(1, 14), (1, 23), (1, 30)]
    [typo] = only(check("Näin kissan ja kisssat.\n"), "PC101")
    assert typo.suggestions[0] == "kissat"


def test_a_new_compound_of_known_parts_is_information_not_a_misspelling():
    report = check("Söimme tuoretagliatellen kanssa salaattia viimekesän tapaan.\n")
    assert only(report, "PC101") == []
    first, second = only(report, "PC105")
    assert place(first) == (1, 8, 1, 25) and "tuore + tagliatellen" in first.message
    assert place(second) == (1, 43, 1, 53) and second.suggestions == ()  # no split quick fix
    assert len(only(check("Söimme porkkkanaraasteen kanssa.\n"), "PC101")) == 1


def test_review_cases_of_the_spelling_verdicts():
    names = check("Tapasin eilen Hunterin ja Baxterin.\n")
    assert [f.rule for f in names.findings if f.rule in ("PC101", "PC103", "PC602")] == [
        "PC103",
        "PC103",
    ]
    [typo] = only(check("Se oli okeuden eilen.\n"), "PC101")  # "ok" is not a word stem
    assert typo.suggestions[0] == "oikeuden"
    [coffee] = only(check("Jahvi on hyvää.\n"), "PC101")
    assert coffee.suggestions[:2] == ("Kahvi", "Jahve")  # not "Kahvi" and "kahvi"
    [phone] = only(check("---\nvocab: [iPhone]\n---\nOstin iphonen.\n"), "PC101")
    assert phone.message == "”iphonen” kirjoitetaan näin: ”iPhonen”."
    long_word = "kissa" * 9 + "x"
    [long] = only(check(f"Se on {long_word}.\n"), "PC101")
    assert long.message.endswith(f"postcheck vocab add {long_word}")


def test_finnish_weekday_and_content_abbreviations_are_neither_errors_nor_english():
    report = check(
        "Tapaaminen on ma 3.3. ja pe 7.3. sekä la 8.3. Hinta (sis. alv) on 20 €.", lang="fi"
    )
    assert [f.rule for f in report.findings if f.rule in ("PC101", "PC602")] == []
    english = check("Kokous on meillä mat 3.3. ja sisu.", lang="fi")
    assert "mat" in {
        f.message.split("”")[1] for f in english.findings if f.rule in ("PC101", "PC602")
    }


def test_swedish_drafts_are_spelled_with_the_swedish_dictionary():
    report = check("Vi tar emot paketet imorgon och skikar det vidare till kunden.", lang="sv")
    [typo] = only(report, "PC106")
    assert place(typo) == (1, 33, 1, 39)
    assert "skickar" in typo.suggestions
    assert only(check("Kundtjänsten svarar på alla frågor i dag.", lang="sv"), "PC106") == []
    assert only(report, "PC101") == [] and only(report, "PC104") == []


def test_the_swedish_dictionary_option_chooses_finland_or_sweden_swedish():
    from postcheck.engine.config import parse_config

    config = parse_config({"rules": {"swedish-spelling": {"dictionary": "sv_FI"}}})
    assert only(check("Vi ses på torget.", lang="sv", config=config), "PC106") == []
    with pytest.raises(ConfigError, match="dictionary"):
        parse_config({"rules": {"swedish-spelling": {"dictionary": "sv_US"}}})


def test_swedish_abbreviations_coordinated_compounds_and_new_compounds_are_fine():
    text = (
        "Vi säljer bl.a. kaffe, te osv. Ränte- och amorteringskostnaderna stiger. "
        "Gammakameran visar bilden, men kvardratkilometer är felstavat."
    )
    assert [f.suggestions[:1] for f in only(check(text, lang="sv"), "PC106")] == [
        ("kvadratkilometer",)
    ]


def test_a_swedish_compound_written_apart_is_reported_with_the_joined_word():
    [finding] = only(check("Vårt nya kyl rum i Vasa är klart.", lang="sv"), "PC107")
    assert place(finding) == (1, 10, 1, 17)
    assert finding.suggestions == ("kylrum",)
    assert "särskrivning" in finding.message
    # an adjective before its noun, and common words, are written apart
    assert only(check("På lång sikt blir det små rum för att spara.", lang="sv"), "PC107") == []
    assert only(check("Ni stöder små företag i regionen.", lang="sv"), "PC107") == []


def test_an_adjective_the_dictionary_compares_splits_only_an_established_compound():
    recall = "Det kan finnas bitar av hård plast och mörka rum i burkarna."
    assert only(check(recall, lang="sv"), "PC107") == []  # hårdare, hårdast: an adjective
    [finding] = only(check("Hon jobbar på ett sjuk hus i Malmö.", lang="sv"), "PC107")
    assert (place(finding), finding.suggestions) == ((1, 19, 1, 27), ("sjukhus",))


def test_a_name_opening_a_line_is_no_slip_of_a_rare_word():
    assert only(check("Oskari Lehto, CTO", lang="en"), "PC104") == []
    [typo] = only(check("Recieve the package tomorrow.", lang="en"), "PC104")
    assert place(typo) == (1, 1, 1, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Nähdään 3ssa vuodessa kerran.",  # glued to a number: 3:ssa
        "Retkelle lähtevät 3.–6.-luokkalaiset ja 1.-luokkalaiset.",  # an ordinal's compound
        "Ööö... no niin.",  # a hesitation
        "Hahaha, hyvä vitsi.",
        "Hmm, hyvä kysymys.",
        "Annoksessa on bearnaisekastike ja lohta.",  # a loan without its accents
        "Vau, mikä päivä!",  # an interjection of social media writing
        "Paluu nr. 1 on tänään.",
        "Mikä on soten tilanne?",
    ],
)
def test_what_is_not_a_misspelling_on_social_media(text):
    report = check(text, lang="fi")
    assert [f for f in report.findings if f.rule in ("PC101", "PC105", "PC109")] == []


def test_a_name_in_lowercase_is_a_case_error_and_missing_dots_still_a_typo():
    [name] = only(check("Älä välitä siitä, sanna.", lang="fi"), "PC101")
    assert name.message == "”sanna” kirjoitetaan isolla alkukirjaimella: ”Sanna”."
    assert place(name) == (1, 19, 1, 24)
    [typo] = only(check("Tänään on hyvä paiva.", lang="fi"), "PC101")
    assert typo.suggestions[0] == "päivä"
    # a repeated pair is no laugh: "tata" is "tätä" typed without dots
    [dotless] = only(check("Katso tata videota.", lang="fi"), "PC101")
    assert place(dotless) == (1, 7, 1, 11)


def test_swedish_typed_without_dots_is_a_misspelling_not_english():
    report = check("Vi har over hundra nya kunder och vi ses pa ett mote fore jul.", lang="sv")
    found = [
        (f.rule, f.column, f.suggestions[0])
        for f in report.findings
        if f.rule in ("PC106", "PC602")
    ]
    assert found == [
        ("PC106", 8, "över"),
        ("PC106", 42, "på"),
        ("PC106", 49, "möte"),
        ("PC106", 54, "före"),
    ]


def test_a_file_type_in_lowercase_and_a_word_in_another_script_are_no_misspellings():
    text = "Lataa [pdf](raportti.pdf) tai jpg, ja kirjain &#x430; ja nimi Татьяна.\n"
    assert only(check(text, lang="fi"), "PC101") == []
    [mash] = only(check("Voi djkdhsjdjd sentään.\n", lang="fi"), "PC109")  # long: no file type
    assert place(mash) == (1, 5, 1, 15)


def test_a_name_is_reported_once_where_the_draft_first_writes_it():
    report = check("Kohan kertoi, että Kohan ryhmä voitti. Kohan mukaan se oli helppoa.\n")
    [name] = only(report, "PC103")
    assert place(name) == (1, 1, 1, 6)


def test_a_word_voikko_writes_apart_is_a_compound_to_check_and_english_parts_are_english():
    report = check("Teimme kaupassakäyntistrategiaa ja katsoimme train-locations -sivun.\n")
    [compound] = only(report, "PC105")
    assert place(compound) == (1, 8, 1, 32)
    assert "kaupassa + käyntistrategiaa" in compound.message
    assert only(report, "PC101") == []
    assert [place(f)[:2] for f in only(report, "PC602")] == [(1, 46)]


def test_a_split_only_a_slip_makes_is_a_misspelling_not_a_compound():
    for text in ("Hillitsemme ilmastonmuutosen nyt.\n", "Se on hepommin kuin luulin.\n"):
        report = check(text, lang="fi")
        assert only(report, "PC105") == [] and len(only(report, "PC101")) == 1, text


def test_a_dotless_word_is_not_its_own_capitalisation():
    [typo] = only(check("Lue lisaa blogista.\n", lang="fi"), "PC101")
    assert typo.suggestions[0] == "lisää"


def test_swedish_compounds_with_a_short_first_part_or_a_linking_letter_are_fine():
    text = (
        "Hämta boken på närbiblioteket. Vaccineringen sker i byagården längs byavägen."
        " Kyrkogården är öppen."
        " Ring receptionen, ankn. 2210. Svar ges av fackoorganet."
    )
    # fragments Hunspell knows make no compound of a typo: "stö+ringarna", "före+liga"
    slips = "Vi såg störingarna och jämviten i föreliga planer."
    assert len(only(check(slips, lang="sv"), "PC106")) == 3
    # "fack+o+organet" would link with a letter typed twice: a slip of "fackorganet"
    [slip] = only(check(text, lang="sv"), "PC106")
    assert place(slip) == (1, 143, 1, 155) and slip.suggestions[0] == "fackorganet"


def test_finnish_words_on_short_lines_of_a_post_with_finnish_paragraphs_are_no_misspellings():
    text = (
        "We are moving our office to Tampere in May, and the new address is Hämeenkatu 5.\n\n"
        "## Mitä muutamme\n\n"
        "Muutamme toimistomme Tampereelle toukokuussa, ja uusi osoite on Hämeenkatu 5.\n\n"
        "Nähdään taas!\n\nSee you soon! Thnaks for waiting.\n"
    )
    [slip] = only(check(text, lang="en"), "PC104")  # the English line is still spelled
    assert place(slip)[:2] == (9, 15) and slip.suggestions[0] == "Thanks"
    swedish = text.replace(
        "We are moving our office to Tampere in May, and the new address is",
        "Vi flyttar vårt kontor till Tammerfors i maj, och den nya adressen är",
    ).replace("See you soon! Thnaks for waiting.", "Vi ses snart!")
    assert only(check(swedish, lang="sv"), "PC106") == []


def test_english_on_a_short_line_of_a_post_with_english_paragraphs_is_no_finnish_misspelling():
    text = (
        "Avoimet ovet pidetään torstaina 14.11. klo 16–19 Tampereella.\n\n"
        "Our open house is on Thursday 14 November from 4 to 7 pm in Tampere, Finland.\n\n"
        "Read more: firma.fi/open\n\nLue lisää ja ilmoittaudu mukkaan.\n"
    )
    report = check(text, lang="fi")
    assert [f.message.split("”")[1] for f in only(report, "PC101")] == ["mukkaan"]
    assert only(report, "PC602") == []
    # an English word the team's English vocabulary accepts, in the English paragraph
    job = "Etsimme kehittäjää Helsinkiin.\n\nWe are looking for a backend developer in Helsinki.\n"
    assert only(check(job, lang="fi"), "PC104") == []


def test_a_capitalised_word_typed_without_dots_at_a_sentence_start_is_a_typo():
    text = "Lannoitussaadosten muutos tulee voimaan keväällä."
    [typo] = only(check(text, lang="fi"), "PC101")
    assert place(typo) == (1, 1, 1, 19) and only(check(text, lang="fi"), "PC103") == []


def test_a_name_on_the_posts_short_closing_line_is_the_sender():
    text = "Vattnet är avstängt i Rejpelt på tisdag kl. 9–13.\n\nVörå kommun, vattentjänster\n"
    assert only(check(text, lang="sv"), "PC106") == []
    # the same word opening a sentence of the text is checked as before: "Vrå" is a slip away
    [slip] = only(check("Vörå är stängt i dag. Vi ses i morgon.\n", lang="sv"), "PC106")
    assert place(slip) == (1, 1, 1, 5)
    # a closing call to action is no sender's line: its slips are reported
    for ending in ("Välkomen alla", "Välkomen till oss, alla"):
        [slip] = only(check(f"Vi öppnar i morgon.\n\n{ending}\n", lang="sv"), "PC106")
        assert place(slip)[:2] == (3, 1), ending
    english = "Tomorow we open our new store in Tampere, come and see us"
    assert len(only(check(english, lang="en"), "PC104")) == 1  # a one-line post


def test_finland_swedish_forms_of_association_are_abbreviations():
    text = "Svenska hem rf och Stiftelsen sr ordnar julmarknaden i Borgå. Vi ses där!"
    assert only(check(text, lang="sv"), "PC106") == []


def test_words_of_recruiting_and_information_security_are_known():
    text = (
        "Ota käyttöön autentikointisovellus: monivaiheinen autentikointi suojaa tiliä. Seuraa #rekry-tunnistetta"
        " ja rekryjämme. Ohjeet ovat intrassa ja intran uutisissa.\n"
    )
    assert [
        f.message for f in check(text, lang="fi").findings if f.rule in ("PC101", "PC102")
    ] == []


def test_a_compound_starting_a_sentence_is_information_added_in_lowercase():
    [finding] = only(check("Takaisinveto koskee keittimiä, joiden eräkoodi on 2601."), "PC105")
    assert place(finding) == (1, 1, 1, 13) and finding.severity == "info"
    assert finding.message.endswith("postcheck vocab add takaisinveto")
    assert only(check("Takaisinveto koskee keittimiä, joiden eräkoodi on 2601."), "PC101") == []


def test_swedish_weekday_abbreviations_in_a_timetable_are_words():
    text = "Passet går tis, ons, tors och fre kl. 11.30. På lör och sön är gymmet stängt."
    assert only(check(text, lang="sv"), "PC106") == []
    finland = "Öppet må–fr kl. 8–16 och lö–sö kl. 10–14."
    assert only(check(finland, lang="sv"), "PC106") == []  # Finland-Swedish two-letter forms
    [slip] = only(check("Läs mer on oss på vår webbplats.", lang="sv"), "PC106")
    assert place(slip)[:2] == (1, 9)  # "on" for "om": not a weekday here
    [typo] = only(check("Passet går tisd och ons kl. 11.30.", lang="sv"), "PC106")
    assert place(typo) == (1, 12, 1, 16)


def test_an_english_word_opening_a_swedish_line_is_a_loan_not_a_misspelling():
    text = "Nytt schema från måndag:\n🌅 Core 30 min: mån–fre kl. 6.30\n🌙 Yin yoga: ons kl. 19"
    assert only(check(text, lang="sv"), "PC106") == []
    [typo] = only(check("Nytt schema från måndag.\nMorgn pass kl. 6.30.", lang="sv"), "PC106")
    assert place(typo)[:2] == (2, 1)  # a Swedish slip at a line's start is still one


def test_a_swedish_compound_headed_by_a_verbs_stem_is_a_word():
    text = "Vi har ny hämtdag och nytt hämtschema från maj. Resturangen är stängd."
    found = [(f.column, f.message.split("”")[1]) for f in only(check(text, lang="sv"), "PC106")]
    assert found == [(49, "Resturangen")]  # a slip is still a slip
    # a word ending in -a is no verb's stem: "för" (föra), "sur" (sura) head no compound
    typos = "Jag har inte försått frågan. Barnen går i förkola. Ett förtags surpris."
    assert len(only(check(typos, lang="sv"), "PC106")) == 4


def test_a_finnish_compound_written_apart_is_reported_in_its_own_case():
    report = check("Nyt HUIPPU TARJOUKSET! Kahvi kuppi on pöydällä.\n", lang="fi")
    found = [(place(f), f.suggestions, f.message) for f in only(report, "PC107")]
    assert found == [
        (
            (1, 5, 1, 22),
            ("HUIPPUTARJOUKSET",),
            "”HUIPPU TARJOUKSET” on yhdyssana: ”HUIPPUTARJOUKSET” (yhdyssanavirhe).",
        ),
        (
            (1, 24, 1, 35),
            ("Kahvikuppi",),
            "”Kahvi kuppi” on yhdyssana: ”Kahvikuppi” (yhdyssanavirhe).",
        ),
    ]
