"""The channel rules (PC301–PC314), each with the channel's numbers and exact positions."""

from postcheck import check
from postcheck.engine.config import parse_config
from tests.conftest import only, place

FRONT = "---\nchannel: {channel}\n---\n"


def post(channel, body, **kwargs):
    return check(FRONT.format(channel=channel) + body, lang="fi", **kwargs)


def test_over_limit_flags_exactly_what_does_not_fit():
    body = "a" * 270 + " " + "kissa kävelee"  # 284 weighted characters on X
    report = post("x", body)
    [finding] = only(report, "PC301")
    assert finding.severity == "error" and finding.criterion == "channel"
    assert place(finding) == (4, 281, 4, 285)  # the last 4 characters are over 280
    assert "284/280" in finding.message and "X" in finding.message
    assert report.metrics["length"] == 284 and report.metrics["limit"] == 280


def test_over_limit_counts_urls_as_23_on_x_and_mastodon():
    body = "Lue lisää: https://kinda.fi/" + "a" * 300
    assert only(post("x", body), "PC301") == []
    assert only(post("mastodon", body), "PC301") == []
    assert only(post("linkedin", body), "PC301") == []
    [finding] = only(post("bluesky", body), "PC301")  # Bluesky counts the whole address
    assert place(finding) == (4, 301, 4, 329)


def test_bluesky_byte_limit():
    body = "👨‍👩‍👧" * 170  # 170 graphemes but 3,060 bytes
    report = post("bluesky", body)
    [finding] = only(report, "PC301")
    assert "3060" in finding.message and "3000" in finding.message


def test_config_override_changes_the_limit():
    body = "Sana " * 120
    [finding] = only(post("mastodon", body), "PC301")
    assert place(finding) == (4, 501, 4, 600)
    config = parse_config({"channels": {"mastodon": {"limit": 1000}}})
    assert only(post("mastodon", body, config=config), "PC301") == []


def test_length_over_recommended_range():
    body = ("Tämä on kohtuullisen pitkä virke kanavalle. " * 32).strip()
    [finding] = only(post("linkedin", body), "PC302")
    assert finding.severity == "warning" and "0–1300" in finding.message
    assert place(finding)[:2] == (4, 1301)


def test_hook_below_fold_and_fold_text():
    hook = "Tämä ensimmäinen virke on aivan liian pitkä, koska siinä kerrotaan taustasta, " * 2
    body = hook.strip() + ". Toinen virke.\n\nLisää tekstiä täällä."
    report = post("linkedin", body)
    [finding] = only(report, "PC303")
    assert place(finding)[:2] == (4, 1) and "140" in finding.message
    assert report.fold_text == body[:140]
    short = post("linkedin", "Lyhyt koukku. " + "Pidempi jatko seuraa tässä. " * 10)
    assert only(short, "PC303") == []


def test_too_many_hashtags_on_instagram():
    body = "Kevät tulee! #a1 #b2 #c3 #d4 #e5 #f6 #g7"
    [finding] = only(post("instagram", body), "PC304")
    assert place(finding) == (4, 34, 4, 41)  # "#f6 #g7", the sixth and seventh
    assert "7" in finding.message and "5" in finding.message
    assert only(post("linkedin", "Hei #a1 #b2 #c3"), "PC304") == []


def test_links_are_not_clickable_on_instagram_and_tiktok():
    body = "Katso lisää https://kinda.fi/kevat ja kinda.fi"
    findings = only(post("instagram", body), "PC305")
    assert [place(f)[:2] for f in findings] == [(4, 13), (4, 39)]
    assert findings[0].suggestions == ("linkki biossa",)
    assert len(only(post("tiktok", body), "PC305")) == 2
    assert only(post("facebook", body), "PC305") == []
    for lang, words in [("sv", "länk i bio"), ("en", "link in bio")]:
        text = f"---\nchannel: instagram\nlang: {lang}\n---\nMenu: https://kinda.fi/meny\n"
        assert only(check(text), "PC305")[0].suggestions == (words,)  # in the caption's language


def test_markdown_syntax_in_a_plain_text_channel():
    body = "# Otsikko\n\nTämä on **tärkeää** ja [linkki](https://kinda.fi).\n* kohta\n- viiva on ok"
    findings = only(post("linkedin", body), "PC306")
    assert [place(f) for f in findings] == [
        (4, 1, 4, 10),
        (6, 9, 6, 20),
        (6, 24, 6, 50),
        (7, 1, 7, 2),
    ]
    assert only(post("blog", body), "PC306") == []


def test_title_missing_too_long_and_over_limit():
    missing = check("---\nchannel: youtube\n---\nVideon kuvaus.\n", lang="fi")
    [finding] = only(missing, "PC307")
    assert "title:" in finding.message and place(finding)[:2] == (4, 1)
    long_title = "Otsikko " * 14  # 112 characters
    report = check(f"---\nchannel: youtube\ntitle: {long_title}\n---\nKuvaus.\n", lang="fi")
    assert only(report, "PC307")[0].line == 3
    [limit] = only(report, "PC308")
    assert limit.severity == "error" and "100" in limit.message and limit.line == 3
    subject = check("---\nchannel: newsletter\nsubject: Uutiskirje\n---\nHei.\n", lang="fi")
    assert only(subject, "PC307") == [] and only(subject, "PC308") == []


def test_images_without_alt_text():
    text = (
        "---\nchannel: blog\ntitle: Kuvat\nimages:\n  - {src: a.jpg, alt: Tiimi toimistolla}\n"
        "  - {src: b.jpg}\n---\nTeksti ![](c.png) ja ![Kaavio myynnistä](d.png).\n"
    )
    findings = only(check(text, lang="fi"), "PC309")
    assert [place(f) for f in findings] == [(4, 1, 4, 7), (8, 8, 8, 11)]


def test_wall_of_text_on_mobile_channels():
    line = "Tässä on pitkä kappale ilman yhtään rivinvaihtoa ja se jatkuu. " * 8
    [finding] = only(post("facebook", line), "PC310")
    assert place(finding)[:2] == (4, 1)
    assert only(post("blog", line), "PC310") == []


def test_all_caps_shouting_but_not_acronyms():
    body = "TÄRKEÄÄ TIETOA: KELA, YLE ja EU muuttavat sääntöjä. ALENNUS nyt!"
    findings = only(post("linkedin", body), "PC311")
    start = body.index("ALENNUS") + 1
    assert [place(f) for f in findings] == [(4, 1, 4, 15), (4, start, 4, start + 7)]
    assert findings[0].suggestions == ("Tärkeää tietoa",)
    # in mid-sentence a shouted word goes on in lowercase
    [middle] = only(post("linkedin", "Kevään ale ALKAA torstaina."), "PC311")
    assert middle.suggestions == ("alkaa",)


def test_emoji_overload():
    report = post("instagram", "Kevät tulee 🌷🌷🌷🌷 ja kesä 🌞🌞 sekä syksy 🍂🍂")
    findings = only(report, "PC312")
    assert place(findings[0]) == (4, 13, 4, 17)  # a row of four
    assert "8" in findings[1].message  # 8 emoji in 7 words


def test_channel_rules_do_not_run_without_a_channel():
    report = check("# Otsikko\n\n**lihava** " + "a " * 400, lang="fi")
    assert not [f for f in report.findings if f.criterion == "channel"]


def test_too_many_mentions_above_the_channels_limit_only():
    mentions = [f"@tili{n}" for n in range(1, 23)]  # Instagram allows 20
    body = "Kiitos kaikille! " + " ".join(mentions)
    [finding] = only(post("instagram", body), "PC313")
    assert finding.severity == "warning" and finding.criterion == "channel"
    start = body.index("@tili21") + 1
    assert place(finding) == (4, start, 4, start + len("@tili21 @tili22"))  # the 21st and 22nd
    assert finding.message == "22 mainintaa; kanava Instagram sallii enintään 20."
    at_limit = "Kiitos kaikille! " + " ".join(mentions[:20])
    assert only(post("instagram", at_limit), "PC313") == []
    assert only(post("linkedin", body), "PC313") == []  # no mention limit on LinkedIn
    config = parse_config({"channels": {"instagram": {"mentions_max": 25}}})
    assert only(post("instagram", body, config=config), "PC313") == []


def test_a_blog_post_that_opens_with_a_heading_has_its_title():
    body = "Hyvä kahvi alkaa pavusta. Kerro meille suosikkisi!\n"
    titled = check("---\nchannel: blog\n---\n# Näin valitset kahvin\n\n" + body, path="a.md")
    assert only(titled, "PC307") == []
    [missing] = only(check("---\nchannel: blog\n---\n" + body, path="a.md"), "PC307")
    assert place(missing) == (4, 1, 4, 2) and "# Otsikko" in missing.message
    long_heading = "# " + "Pitkä otsikko " * 6 + "\n\n" + body
    [too_long] = only(check("---\nchannel: blog\n---\n" + long_heading, path="a.md"), "PC307")
    assert place(too_long) == (4, 3, 4, 86)
