"""Finnish typography (PC131–PC133): straight quotes, range dashes and per cent spaces, with fixes."""

import pytest

from postcheck import Config, check
from postcheck.engine.fixes import apply_fixes, fix_text
from tests.conftest import only, place

TYPOGRAPHY = ("PC131", "PC132", "PC133")


def typography(report):
    return [finding for finding in report.findings if finding.rule in TYPOGRAPHY]


def test_straight_quotes_are_fixed_to_finnish_quotes():
    [finding] = only(check('Hän sanoi "hyvä juttu" ja lähti.', lang="fi"), "PC131")
    assert place(finding) == (1, 11, 1, 23)  # both marks and the words between
    assert finding.severity == "info" and finding.criterion == "correct"
    assert finding.fix == "”hyvä juttu”" and finding.suggestions == ("”hyvä juttu”",)
    assert finding.message == "Suomessa lainausmerkit ovat ” ”: ”hyvä juttu”."


def test_each_pair_of_straight_quotes_is_its_own_finding():
    findings = only(check('Hän sanoi "hyvä" ja "huono" tänään.', lang="fi"), "PC131")
    assert [(place(f), f.fix) for f in findings] == [
        ((1, 11, 1, 17), "”hyvä”"),
        ((1, 21, 1, 28), "”huono”"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hän sanoi ”hyvä juttu” ja lähti.",  # already Finnish
        'Hän sanoi "hei ja lähti.',  # a lone mark is no pair
        'Hän kirjoitti "alku\nja loppu" eilen.',  # a pair does not span lines
        'Näyttö on 27" ja toinen 24" kokoinen.',  # inch marks
        "Sijainti 60°10'15\"N ja 24°56'30\"E tässä.",  # seconds
        'Galleria [gallery ids="1,2"] ja {"tila": "ok"} sivulla.',  # attributes and code
    ],
)
def test_finnish_lone_or_cross_line_quotes_pass(text):
    assert only(check(text, lang="fi"), "PC131") == []


@pytest.mark.parametrize(
    ("text", "start", "end", "shown"),
    [
        ("Auki klo 9-17 joka päivä.", 11, 12, "klo 9–17"),
        ("Auki klo 9.30-17 joka päivä.", 14, 15, "klo 9.30–17"),
        ("Vuosina 1995-2005 kasvu oli nopeaa.", 13, 14, "1995–2005"),
        ("Vuosina 2020 - 2025 kasvu oli nopeaa.", 13, 16, "2020–2025"),  # with its spaces
        ("Halli on kiinni 3.6-30.6 huollon vuoksi.", 20, 21, "3.6–30.6"),
        ("Halli on kiinni 3.6.-30.6. huollon vuoksi.", 21, 22, "3.6.–30.6."),
        ("Sijaisuus kestää 1.10.2025-31.12.2026.", 27, 28, "1.10.2025–31.12.2026"),
    ],
)
def test_hyphen_in_a_range_of_times_dates_or_years_becomes_an_en_dash(text, start, end, shown):
    [finding] = only(check(text, lang="fi"), "PC132")
    assert place(finding) == (1, start, 1, end)
    assert finding.severity == "info" and finding.fix == "–" and finding.suggestions == ("–",)
    assert f"”{shown}”" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Auki klo 9–17 joka päivä.",  # already an en dash
        "Lue sivut 12-15 huolella.",  # neither a time nor a year
        "Kasvu 2020-luvulla oli nopeaa.",  # a year with an ending
        "Soita numeroon 040-2020 heti.",
        "Päivitä versioon 1.2.3-4.5 heti.",  # a version, not dates
        "Hinta nousi 3,6-4,2 prosenttia.",  # decimals: a range of numbers, not dates
        "Asenna libvoikko1 4.3-1 ja voikko-fi 2.5-1.",  # package versions
        "Standardin EN 1995-2 mukaan mitoitetaan.",  # a standard's part
        "Jaksolla 2024-05 myynti kasvoi.",  # a year and month
        "Avaa raportti 2020-2021.pdf koneelta.",  # a file name
        "Kansio C:\\Temp\\2020-2021 on jaettu.",  # a Windows path
    ],
)
def test_hyphens_that_are_not_time_or_year_ranges_pass(text):
    assert only(check(text, lang="fi"), "PC132") == []


def test_percent_sign_glued_to_its_number_gets_a_space():
    [finding] = only(check("Kasvu oli 3,5% ja 10 % tänä vuonna.", lang="fi"), "PC133")
    assert place(finding) == (1, 14, 1, 15)  # only the sign; "10 %" is right
    assert finding.severity == "info" and finding.fix == " %" and finding.suggestions == (" %",)


def test_percent_sign_with_its_space_passes():
    assert only(check("Kasvu oli 3,5 % ja 10 % tänä vuonna.", lang="fi"), "PC133") == []


def test_positions_count_the_front_matter_lines():
    [finding] = only(check("---\nlang: fi\n---\nKasvu oli 5%.\n"), "PC133")
    assert place(finding) == (4, 12, 4, 13)


def test_the_fixes_give_kotus_typography():
    text = 'Auki klo 9-17 ja vuosina 2020 - 2025, kasvu 3,5%. Hän sanoi "hyvä".'
    fixed, applied = apply_fixes(text, typography(check(text, lang="fi")))
    assert applied == 4
    assert fixed == "Auki klo 9–17 ja vuosina 2020–2025, kasvu 3,5 %. Hän sanoi ”hyvä”."
    assert typography(check(fixed, lang="fi")) == []


def test_english_drafts_keep_straight_quotes_hyphens_and_glued_percent_signs():
    text = 'She said "good stuff" at 9-17 in 2020-2025, up 3%.'
    assert typography(check(text, lang="en")) == []
    assert typography(check(f"---\nlang: en\n---\n{text}\n")) == []
    assert [f.rule for f in typography(check(text, lang="fi"))] == ["PC131", "PC132", "PC133"]


def test_english_messages_for_a_finnish_draft():
    report = check('Hän sanoi "hyvä juttu" ja lähti.', lang="fi", config=Config(messages="en"))
    [finding] = only(report, "PC131")
    assert finding.message == "Finnish quotation marks are ” on both sides: ”hyvä juttu”."
    assert finding.fix == "”hyvä juttu”"


def test_markdown_code_is_not_checked():
    text = 'Aja `echo "hei" klo 9-17 5%` tai "hei" klo 9-17 5%.\n'
    findings = typography(check(text, lang="fi", path="a.md"))
    assert [(f.rule, place(f)) for f in findings] == [
        ("PC131", (1, 34, 1, 39)),
        ("PC132", (1, 45, 1, 46)),
        ("PC133", (1, 50, 1, 51)),
    ]


def test_dates_in_paths_and_link_slugs_are_no_ranges():
    text = (
        "Lue https://example.fi/2024/05/03/uutinen ja example.fi/blogi/2019-2020-katsaus,"
        " [juttu](/blogi/2019-2020-katsaus) tai /blogi/2019-2020-katsaus ja"
        " blogi/2024-05-03-otsikko. Vuosina 2019-2020 kasvoimme.\n"
    )
    for channel in ("blog", "linkedin"):
        [finding] = only(check(text, channel=channel), "PC132")
        column = text.index("-2020 kasvoimme") + 1
        assert place(finding) == (1, column, 1, column + 1) == (1, 186, 1, 187)


def test_a_range_across_collapsed_html_whitespace_ends_where_the_year_starts():
    text = "<p>Avoinna vuosina 2019\n    -\n    2020 kaikille.</p>\n"
    [dash] = only(check(text, path="a.md", lang="fi"), "PC132")
    assert place(dash) == (1, 24, 3, 5)


def test_a_subordinate_clause_without_its_comma_is_reported():
    text = "Voimme sanoa että palvelu toimii. Soita meille jos tarvitset apua."
    findings = only(check(text), "PC134")
    assert [place(f) for f in findings] == [(1, 8, 1, 18), (1, 41, 1, 51)]  # "sanoa että"
    assert findings[0].message == "Sivulause erotetaan pilkulla: ”sanoa, että”."
    assert findings[0].suggestions == ("sanoa, että",) and findings[0].severity == "warning"
    assert findings[0].fix is None  # the comma may belong before a word before the conjunction


@pytest.mark.parametrize(
    "text",
    [
        "Voimme sanoa, että palvelu toimii.",
        "Palvelu sopii sekä yrityksille että kunnille.",  # sekä … että
        "Hän puhui niin että kaikki kuulivat.",  # the comma goes before "niin"
        "Tilaa nyt, ja että tiedät: toimitus on ilmainen.",
        "Tiedän, että jos tilaat nyt, saat alennuksen.",  # two conjunctions meet
        "Voit soittaa koska tahansa.",  # any time
        "Kirjasto aukeaa sitä mukaa kun remontti valmistuu.",
        "Ai, minä kun luulin sen olevan valmis!",  # "kun" as a particle
        "Että sellaista.",
    ],
)
def test_conjunctions_that_belong_to_the_word_before_need_no_comma_there(text):
    assert only(check(text), "PC134") == []


def test_an_english_paragraph_of_a_finnish_post_keeps_its_typography():
    text = (
        "Kevään ale alkaa tänään kaikissa myymälöissämme ympäri Suomen.\n\n"
        'Save 30% today on all our products, "Think big" and more!\n'
    )
    report = check(text, lang="fi")
    assert only(report, "PC133") == [] and only(report, "PC131") == []
    [finnish] = only(check(text.replace("tänään", "tänään 30%"), lang="fi"), "PC133")
    assert place(finnish)[:2] == (1, 27)


@pytest.mark.parametrize(
    "text",
    [
        "Asiakaspalvelu palvelee numerossa 010 123 456 klo 8-16.",
        "Avoinna MA-PE klo 8-16 ja LA klo 10-14.",
        "Ohjelmakausi EU 2021-2027 alkaa.",
        "Kausi 2008-09 oli paras.",
    ],
)
def test_a_clock_or_year_range_after_a_number_or_a_code_is_a_range(text):
    assert len(only(check(text, lang="fi"), "PC132")) >= 1


@pytest.mark.parametrize(
    "text",
    [
        'Hän kommentoi:"Paras palvelu ikinä" eilen.',
        'Tilaa 🎉"Juhlapaketti" nyt.',
        'Valitse *"Premium"* nyt.',
    ],
)
def test_a_quotation_after_a_colon_an_emoji_or_emphasis_is_one(text):
    assert len(only(check(text, lang="fi"), "PC131")) == 1


def test_ranges_of_weekdays_and_months_take_an_en_dash():
    text = "Auki ma-pe 8–20 ja La-su 10–16. Kesä-elokuussa hiljaista. Tee to-do-lista.\n"
    found = [(f.column, f.message) for f in only(check(text, lang="fi"), "PC132")]
    assert found == [
        (8, "Välit merkitään ajatusviivalla: ”ma–pe”."),
        (22, "Välit merkitään ajatusviivalla: ”La–su”."),
        (37, "Välit merkitään ajatusviivalla: ”Kesä–elokuussa”."),
    ]


def test_clock_ranges_without_klo_and_after_a_capital_klo_take_an_en_dash():
    text = "Lounas arkisin 10.30-14.00 ja la 12.00 - 15.00. Klo 9-17 auki. Versio 2.3.1-4.\n"
    found = [(f.column, f.message.split("”")[1]) for f in only(check(text, lang="fi"), "PC132")]
    assert found == [(21, "10.30–14.00"), (39, "12.00–15.00"), (54, "Klo 9–17")]  # the hyphens


def test_a_euro_sign_glued_to_its_amount_gets_a_space():
    text = "Hinta 9,90€ ja 15€/kk, €15 ja 2 000€.\n"
    found = [(f.column, f.fix) for f in only(check(text, lang="fi"), "PC135")]
    assert found == [(11, " €"), (18, " €"), (36, " €")]  # not "€15", the English order
    assert fix_text(text, lambda draft: check(draft, lang="fi").findings)[0] == (
        "Hinta 9,90 € ja 15 €/kk, €15 ja 2 000 €.\n"
    )


def test_a_functions_or_formulas_quotes_and_percent_are_left_alone():
    code = (
        'Ohjelma oli print("Hei maailma"), kaava =JOS(A1>5;"Iso";"Pieni") ja =A1*24% sekä 20%OFF.\n'
    )
    report = check(code, lang="fi", path="a.txt")
    assert only(report, "PC131") == [] and only(report, "PC133") == []
    prose = 'Hän sanoi ("hei") ja lähti, ja alennus on 20%.\n'  # in prose: a quotation, a per cent
    assert [f.rule for f in check(prose, lang="fi").findings if f.rule in ("PC131", "PC133")] == [
        "PC131",
        "PC133",
    ]
