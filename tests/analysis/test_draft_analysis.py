"""A draft's analysis: the paragraphs of a bilingual post, each in its own language."""

from hypothesis import given, settings
from hypothesis import strategies as st

BILINGUAL = (
    "Avaamme uuden myymälän Turkuun lauantaina. Tervetuloa kahville ja tutustumaan valikoimaan!"
    "\n\nVi öppnar en ny butik i Åbo på lördag. Välkommen på kaffe och bekanta dig med"
    " sortimentet! Vi har skikat inbjudningar.\n"
)


def test_a_bilingual_post_is_checked_paragraph_by_paragraph_in_each_language():
    from postcheck import check

    report = check(BILINGUAL, channel="facebook")
    assert report.lang == "fi"
    swedish = [f for f in report.findings if f.line == 3]
    assert {f.lang for f in swedish} == {"sv"}
    assert [f.rule for f in swedish if f.rule.startswith(("PC10", "PC60"))] == ["PC106"]
    [typo] = [f for f in swedish if f.rule == "PC106"]
    assert typo.suggestions[0] == "skickat" and (typo.column, typo.end_column) == (99, 105)
    assert all(f.lang == "fi" for f in report.findings if f.line == 1)
    assert report.findings[0].to_dict()["lang"] in ("fi", "sv")


def test_a_draft_none_of_whose_paragraphs_is_in_its_language_is_read_as_it_says():
    from postcheck import check

    text = 'She said "good stuff" at 9-17 in 2020-2025, up 3%.'
    assert [f.lang for f in check(text, lang="fi").findings if f.rule == "PC131"] == ["fi"]


def test_short_paragraphs_are_read_in_the_drafts_language():
    from postcheck import check

    report = check("Hyvää joulua!\n\nGod jul!\n\nMerry Christmas!\n", lang="fi")
    assert {f.lang for f in report.findings} <= {"fi"}


def test_the_finnish_paragraph_of_a_swedish_post_is_checked_by_the_finnish_rules():
    from postcheck import check

    text = (
        "---\nlang: sv\n---\nVi börjar leverera matkassar i Vasa från tisdag 4 maj, och du kan"
        " beställa i appen.\n\nAloitamme ruokakassien toimitukset Vaasassa, ja voit tilata"
        " kasin sovelluksesta helposti ja nopeeta.\n"
    )
    report = check(text)
    finnish = [(f.rule, f.lang, f.line, f.column) for f in report.findings if f.line == 6]
    assert ("PC101", "fi", 6, 61) in finnish and ("PC601", "fi", 6, 93) in finnish
    [typo] = [f for f in report.findings if f.rule == "PC101"]
    assert typo.message.startswith("Voikko känner inte till ordet ”kasin”")  # the draft's language
    assert report.scores["correct"] < 100  # the other language's findings cost points too


def test_the_swedish_rules_read_the_swedish_paragraph_of_a_finnish_post():
    from postcheck import check

    text = (
        "Avaamme uuden kylmähuoneen Vaasaan toukokuussa, ja kassit pysyvät kylminä.\n\n"
        "Vårt nya kyl rum i Vasa är klart i maj, och kassarna hålls kalla hela vägen hem.\n"
    )
    report = check(text, channel="facebook")
    assert report.lang == "fi"
    [split] = [f for f in report.findings if f.rule == "PC107"]
    assert (split.line, split.column, split.end_column, split.lang) == (3, 10, 17, "sv")


def test_a_bilingual_posts_measures_read_its_own_language_and_long_sentences_both():
    from postcheck import check

    finnish = "Avaamme uuden myymälän Turkuun lauantaina kello kymmenen aamulla."
    swedish = (
        "Vi öppnar en ny butik i Åbo på lördag klockan tio på förmiddagen och bjuder alla"
        " som kommer förbi på kaffe, bullar och saft medan vi visar hela sortimentet och"
        " berättar om våra nya matkassar för hela familjen."
    )
    report = check(f"{finnish}\n\n{swedish}\n", channel="facebook", audience="kuluttajat")
    assert report.lang == "fi"
    assert report.metrics["words"] == len(finnish.split())
    [long] = [f for f in report.findings if f.rule == "PC201"]
    assert (long.line, long.column, long.lang) == (3, 1, "sv")


def test_the_other_language_is_analysed_in_its_own_paragraphs_only():
    from postcheck.analysis.draft_analysis import analyse, analyse_part
    from postcheck.document.draft import parse_draft

    main = analyse(parse_draft(BILINGUAL, markdown=False), "fi")
    part = analyse_part(main, "sv")
    swedish = BILINGUAL.index("Vi öppnar")
    assert part.prose == " " * (swedish - 2) + "\n\n" + main.prose[swedish:]
    assert part.other_languages == ((0, swedish - 2, "fi"),)
    assert part.lang_at(swedish) == "sv" and part.lang_at(0) == "fi"
    words = [t.text for t in part.tokens if not t.is_space]
    assert words[:3] == ["Vi", "öppnar", "en"] and "Avaamme" not in words


def test_each_version_of_a_bilingual_post_is_read_from_its_own_opening():
    from postcheck import check

    text = (
        "Olemme iloisia voidessamme kertoa, että avaamme uuden myymälän Turkuun lauantaina.\n\n"
        "Vi är glada att kunna meddela att vi öppnar en ny butik i Åbo på lördag.\n"
    )
    report = check(text, channel="facebook")
    openings = [(f.rule, f.line, f.column, f.lang) for f in report.findings if "stock" in f.name]
    assert openings == [("PC410", 1, 1, "fi"), ("PC422", 3, 1, "sv")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \n\t", max_size=40), st.data())
def test_blanking_keeps_the_spans_and_every_line_break_and_length(text, data):
    from postcheck.analysis.draft_analysis import _blank_outside

    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    spans = list(zip(cuts[::2], cuts[1::2], strict=False))
    blanked = _blank_outside(text, spans)
    assert len(blanked) == len(text)
    kept = {i for start, end in spans for i in range(start, end)}
    for i, (before, after) in enumerate(zip(text, blanked, strict=True)):
        assert after == (before if i in kept or before == "\n" else " ")


def test_the_swedish_of_a_short_line_in_a_bilingual_post_is_no_finnish_misspelling():
    from postcheck import check

    text = (
        BILINGUAL + "\nHyvää juhannusta! Glad midsommar!\nLue lisää / Läs mer: https://kinda.fi\n"
    )
    report = check(text, channel="facebook")
    assert [
        f for f in report.findings if f.line >= 4 and f.rule in ("PC101", "PC103", "PC602")
    ] == []
    finnish = check("Avaamme uuden myymälän Turkuun lauantaina. Läs mer sivuiltamme.\n")
    assert [f.rule for f in finnish.findings if f.rule in ("PC101", "PC103")] != []  # no Swedish


def test_a_paragraph_without_evidence_stays_in_its_drafts_language():
    from postcheck import check

    lists = (
        "We cut food waste by 38 % in our kitchens this year, and here is how we did it.\n\n"
        "Key takeaways:\n* Synergy\n* Innovation\n* Passion\n"
    )
    credits = (
        "We are hosting a panel on food waste in Tampere on 5 May, and you are welcome to join"
        " us.\n\nSpeakers: Anna Virtanen, Mikko Korhonen, Jussi Ylönen\n"
    )
    for text, path in ((lists, "a.txt"), (credits, "a.md")):
        report = check(text, lang="en", path=path)
        assert {f.lang for f in report.findings} <= {"en"}, report.findings
        assert not [f for f in report.findings if f.rule.startswith(("PC1", "PC6"))]


def test_opening_hours_in_abbreviations_are_a_finnish_paragraph():
    from postcheck import check

    text = (
        "Apteekki palvelee sinua koko kesän. Olemme auki ma–pe 8–20, la 9–16 ja su 12–16."
        " Odotamme sinua, tervetoa!\n\nAukioloajat: ma–pe 8–20, la 9–16, su 12–16.\n"
    )
    report = check(text, lang="fi", path="a.txt")
    assert [(f.rule, f.line, f.column) for f in report.findings if f.rule.startswith("PC1")] == [
        ("PC101", 1, 98)  # "tervetoa", a Finnish typo, read as Finnish; "su" no English
    ]


PIECES = [
    "kissa",
    "talo.fi",
    "esim.",
    "kevät-",
    "ja",
    "https://kinda.fi/a",
    "Mikko",
    "3.5.",
    "!",
    "\n\n",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.integers(3700, 4100))
def test_the_language_sample_is_the_one_detection_reads(pieces, padding):
    from postcheck.analysis.draft_analysis import analyse
    from postcheck.document.draft import parse_draft
    from postcheck.nlp.language import sample_words

    text = "a" * padding + " " + " ".join(pieces) + "\n"
    draft = parse_draft(text, markdown=False)
    assert analyse(draft, "fi").sample_words() == sample_words(draft.prose)
    short = " ".join(pieces) + "\n"
    small = parse_draft(short, markdown=False)
    assert analyse(small, "fi").sample_words() == sample_words(small.prose)
