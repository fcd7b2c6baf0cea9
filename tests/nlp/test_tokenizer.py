import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postcheck.nlp.pipeline import finnish_abbreviation
from postcheck.nlp.tokenizer import KINDS, hashtag_words, tokenize


def kinds(text):
    return [
        (t.text, t.kind)
        for t in tokenize(text, is_abbreviation=finnish_abbreviation)
        if t.kind != "space"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://kinda.fi/a(b)).",
            [("https://kinda.fi/a(b)", "url"), (")", "punct"), (".", "punct")],
        ),
        ("www.kinda.fi/rekry!", [("www.kinda.fi/rekry", "url"), ("!", "punct")]),
        ("info@kinda.fi", [("info@kinda.fi", "email")]),
        (  # a mailto link is an address, not the word "mailto:info"
            "<mailto:info@kinda.fi> (MAILTO:a.b@kinda.fi).",
            [
                ("<", "symbol"),
                ("mailto:info@kinda.fi", "email"),
                (">", "symbol"),
                ("(", "punct"),
                ("MAILTO:a.b@kinda.fi", "email"),
                (")", "punct"),
                (".", "punct"),
            ],
        ),
        ("kinda.fi:ssä", [("kinda.fi:ssä", "domain")]),
        ("@matti:lle", [("@matti:lle", "mention")]),
        ("@anna@mastodon.social", [("@anna@mastodon.social", "mention")]),
        ("#KindaKevät2026", [("#KindaKevät2026", "hashtag")]),
        ("#1", [("#", "punct"), ("1", "number")]),
        (
            "👨‍👩‍👧 🇫🇮 1️⃣ 👍🏽",
            [("👨‍👩‍👧", "emoji"), ("🇫🇮", "emoji"), ("1️⃣", "emoji"), ("👍🏽", "emoji")],
        ),
        ("©", [("©", "symbol")]),
        ("27.11.2026 ja 5.12.", [("27.11.2026", "date"), ("ja", "word"), ("5.12.", "date")]),
        ("klo 9.30", [("klo", "word"), ("9.30", "time")]),
        ("3,5 % ja 15 €", [("3,5 %", "percent"), ("ja", "word"), ("15 €", "money")]),
        ("5. joulukuuta", [("5.", "number"), ("joulukuuta", "word")]),
        ("AINO15", [("AINO15", "code")]),
        ("EU:n 1990-luvulla", [("EU:n", "word"), ("1990-luvulla", "word")]),
        ("esim. näin", [("esim.", "abbreviation"), ("näin", "word")]),
        ("talo. Se", [("talo", "word"), (".", "punct"), ("Se", "word")]),
        ("esi- ja jälki", [("esi-", "word"), ("ja", "word"), ("jälki", "word")]),
        ("&amp;", [("&amp;", "symbol")]),
        ("Huh...", [("Huh", "word"), ("...", "punct")]),
    ],
)
def test_social_tokens_stay_whole_with_their_kind(text, expected):
    assert kinds(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_tokens_cover_the_text_exactly_once(text):
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == text
    position = 0
    for token in tokens:
        assert token.start == position and token.end > token.start
        assert text[token.start : token.end] == token.text
        assert token.kind in KINDS
        position = token.end
    assert position == len(text)


@given(st.text(alphabet=st.sampled_from(list("ab .#@:/-1😀\u200d\u0301\n")), max_size=40))
def test_tokenizing_is_deterministic(text):
    assert tokenize(text) == tokenize(text)


@pytest.mark.parametrize(
    "piece",
    [
        "finto_seko_nouri_noind.pl",
        "raportti.pdf",
        "%albumtitle%",
        '{{< relref "2014-12-04-kissa" >}}',
        "{% include kuva.html %}",
        '{: class="lead"}',
        "[^bergström]",
    ],
)
def test_identifiers_file_names_and_template_syntax_are_one_code_token(piece):
    tokens = [t for t in tokenize(f"Katso {piece} nyt.") if t.kind != "space"]
    assert [(t.text, t.kind) for t in tokens] == [
        ("Katso", "word"),
        (piece, "code"),
        ("nyt", "word"),
        (".", "punct"),
    ]


def test_camel_case_hashtags_split_into_words():
    assert hashtag_words("#KindaKevät2026") == [(0, "Kinda"), (5, "Kevät"), (10, "2026")]
    assert hashtag_words("#sisältömarkkinointi") == [(0, "sisältömarkkinointi")]
    assert hashtag_words("#Kinda:ssa") == [(0, "Kinda")]


def test_a_time_before_a_comma_or_a_full_stop_is_a_time_and_a_date_has_a_month():
    assert kinds("at 18:00, we meet")[1:3] == [("18:00", "time"), (",", "punct")]
    assert kinds("Föredraget börjar 18.00.")[-2:] == [("18.00", "time"), (".", "punct")]
    assert kinds("Klo 18.00. Tervetuloa")[1:3] == [("18.00", "time"), (".", "punct")]
    assert kinds("Päivä 12.10. ja")[1] == ("12.10.", "date")  # a month: a date
    assert kinds("Se alkaa klo 12.10. Tule")[3] == ("12.10", "time")  # after "klo": a time
    assert kinds("Föredraget börjar 18.10.")[2] == ("18.10", "time")
    # a price or a decimal with a dot before a comma or a full stop is no time
    assert [k for t, k in kinds("Tickets 12.50, students 8.00.") if t[0].isdigit()] == [
        "number"
    ] * 2
    assert kinds("Versio 1.25.3 ja 18.00,5")[1::2] == [("1.25.3", "number"), ("18.00,5", "number")]


def test_file_paths_are_code():
    assert kinds("Lokit ovat hakemistossa /var/log/cups/. Katso ~/.ssh ja C:\\Temp\\a.txt")[
        3:5
    ] == [
        ("/var/log/cups/", "code"),
        (".", "punct"),
    ]
    assert ("~/.ssh", "code") in kinds("Katso ~/.ssh nyt")
    assert ("C:\\Temp\\a.txt", "code") in kinds("Katso C:\\Temp\\a.txt nyt")
    assert ("/", "punct") in kinds("ja/tai 1/2 km/h")  # no path: a word or a number before it


def test_start_ups_and_funds_domains_are_domains():
    for name in ["Maki.vc", "lumo.studio", "radio.fm"]:
        assert kinds(f"Led by {name}, today")[2] == (name, "domain"), name
    assert ("deploy.sh", "code") in kinds("Run deploy.sh now")  # a script, not a site
    assert ("it", "word") in kinds("We loved it.so much")  # a missing space, not a site


def test_a_full_date_at_a_sentence_end_is_a_date_and_a_version_is_not():
    assert kinds("Haku päättyy 15.1.2027.")[-2:] == [("15.1.2027", "date"), (".", "punct")]
    assert ("1.2.2027.5", "number") in kinds("Versio 1.2.2027.5 on uusi.")


_PIECES = [
    *"aZöÅéßxwhtpfi1290_@#.-:'’%/ \n\t,;!?()]\"”»&{}€ł\u0301\u00a0\u2009\x1c\u200b😀🇫",
    "www.", "https://", ".fi", ".pdf", "...", "{{", "&amp;", "EUR", "klo 12.30", "3.5.", "EU:n",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_a_plain_token_is_what_the_whole_pattern_reads_there(text: str) -> None:
    from postcheck.nlp.tokenizer import _PATTERN, _plain_token

    for position in range(len(text)):
        plain = _plain_token(text, position)
        if plain is not None:
            match = _PATTERN.match(text, position)
            assert match is not None
            assert (match.lastgroup, match.end()) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [("Hei maailma", ("word", 3)), ("www.kinda.fi", None), ("kinda.fi", None),
     ("ABC123", None), ("esim. näin", None), ("sana, toinen", ("word", 4)),
     ("finto_seko", None), ("EU:n", None), ("https://x.fi", None), ("Łódź", None),
     ("café", ("word", 4)), ("sähkö-", None), ("  \nSana", ("space", 3)), (" \u00a0x", None),
     (", ja", ("punct", 1)), (". Uusi", ("punct", 1)), ("...", None), (".fi", None)],
)  # fmt: skip
def test_plain_tokens_skip_the_pattern_only_where_nothing_else_can_match(
    text: str, plain: tuple[str, int] | None
) -> None:
    from postcheck.nlp.tokenizer import _plain_token

    assert _plain_token(text, 0) == plain
