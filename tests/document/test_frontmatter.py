import pytest

from postcheck.core.errors import InputError
from postcheck.document.frontmatter import parse_front_matter


def test_no_front_matter_means_the_body_starts_at_zero():
    front = parse_front_matter("Hei maailma\n")
    assert front.data == {} and front.body_start == 0


def test_front_matter_is_read_and_the_body_starts_after_it():
    text = "---\nchannel: linkedin\ntitle: Otsikko\n---\nTeksti\n"
    front = parse_front_matter(text)
    assert front.data == {"channel": "linkedin", "title": "Otsikko"}
    assert text[front.body_start :] == "Teksti\n"


def test_unknown_key_names_the_closest_known_key_and_its_offset():
    text = "---\nchanel: x\n---\nHei\n"
    front = parse_front_matter(text)
    [unknown] = front.unknown_keys
    assert (unknown.key, unknown.suggestion, unknown.offset) == ("chanel", "channel", 4)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\nchannel: [x\n---\nHei", "malformed YAML front matter on line"),
        ("---\n- a\n- b\n---\nHei", "must be a mapping"),
        ("---\nchannel: x\n", "never closed"),
        ("---\nchannel: 3\n---\nHei", "must be a channel name or a list of them"),
        ("---\nvocab: Kinda\n---\nHei", "must be a list of words"),
    ],
)
def test_bad_front_matter_is_an_input_error_with_a_fix(text, message):
    with pytest.raises(InputError) as raised:
        parse_front_matter(text, path="a.md")
    assert message in str(raised.value)
    assert str(raised.value).startswith("a.md: ")
    assert "\n" not in str(raised.value)


def test_yaml_error_names_the_file_line():
    with pytest.raises(InputError, match="on line 3"):
        parse_front_matter("---\ntitle: ok\nchannel: [x\n---\nHei")


def test_site_generator_keys_are_known_and_shared_keys_with_their_values_are_left_to_them():
    text = "---\nslug: uutinen\ncategories: [a]\ndraft: false\ntype: uutiset\nlang: de\n---\nHei\n"
    front = parse_front_matter(text)
    assert "type" not in front.data and "lang" not in front.data
    assert [(u.key, u.foreign_value, u.suggestion) for u in front.unknown_keys] == [
        ("type", "uutiset", None),
        ("lang", "de", None),
    ]
    slip = parse_front_matter("---\ntype: evnt\n---\nHei\n")
    assert [(u.key, u.suggestion) for u in slip.unknown_keys] == [("type", "event")]


def test_postchecks_own_table_wins_over_the_shared_keys():
    text = "---\ntype: uutiset\npostcheck:\n  type: announcement\n  channel: blog\n---\nHei\n"
    front = parse_front_matter(text)
    assert front.data["type"] == "announcement" and front.data["channel"] == "blog"
    assert front.unknown_keys == ()
    with pytest.raises(
        InputError, match="'postcheck' on line 2 must be a table of postcheck's keys"
    ):
        parse_front_matter("---\npostcheck:\n  chanel: x\n---\nHei\n")


def test_toml_front_matter_is_front_matter():
    text = '+++\ntitle = "2023-05-21 klo 9-17"\ndate = 2023-05-21T10:00:00\nchannel = "blog"\n+++\nHei.\n'
    front = parse_front_matter(text)
    assert front.data["channel"] == "blog" and front.body_start == text.index("Hei.")
    assert front.key_offsets["channel"] == text.index("channel")
    with pytest.raises(InputError, match="malformed TOML front matter"):
        parse_front_matter("+++\ntitle = \n+++\nHei\n")
    with pytest.raises(InputError, match="nested deeper than 20"):
        parse_front_matter("+++\na = " + "[" * 3000 + "]" * 3000 + "\n+++\nHei\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\na: &a [x, x]\nb: *a\n---\nHei\n", "anchors and aliases"),
        ("---\n" + "a: " + "[" * 50 + "]" * 50 + "\n---\nHei\n", "nested deeper than 20"),
        ("---\ndate: 2024-13-45\n---\nHei\n", "a value YAML cannot read"),
        ("---\nx: !!float x\n---\nHei\n", "malformed YAML front matter"),
        ("---\nx: !!bool maybe\n---\nHei\n", "a value YAML cannot read"),
        ("---\ndate: !!timestamp x\n---\nHei\n", "a value YAML cannot read"),
        ("---\nx: !!python/name:os.system\n---\nHei\n", "malformed YAML front matter"),
    ],
)
def test_yaml_bombs_and_bad_values_are_one_line(text, message):
    with pytest.raises(InputError, match=message):
        parse_front_matter(text)


def test_shared_keys_in_a_generators_shape_never_make_a_draft_uncheckable():
    text = (
        "---\nauthor:\n  name: Anna\ntitle: 2024\nlang: [fi, en]\ntype: 5\nimages: kuva.jpg\n"
        "---\nHei.\n"
    )
    front = parse_front_matter(text)
    assert front.data == {"author": "Anna", "title": "2024"}
    assert [(u.key, u.foreign_value) for u in front.unknown_keys] == [
        ("lang", "a list"),
        ("type", "5"),
        ("images", "kuva.jpg"),
    ]
    several = parse_front_matter("---\nauthor: [Anna, {name: Ben}]\n---\nHei.\n")
    assert several.data == {"author": "Anna, Ben"}


def test_generator_keys_are_known_in_any_case():
    text = "---\nlastMod: 2024-01-01\nmarkup: goldmark\nhide_table_of_contents: true\n---\nHei.\n"
    assert parse_front_matter(text).unknown_keys == ()


def test_a_date_title_is_its_iso_text():
    assert parse_front_matter("---\ntitle: 2024-05-01\n---\nHei.\n").data == {"title": "2024-05-01"}
