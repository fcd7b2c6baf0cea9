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
        ("---\ntype: evnt\n---\nHei", "did you mean 'event'"),
        ("---\nlang: sv\n---\nHei", "is unknown: 'sv'"),
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
