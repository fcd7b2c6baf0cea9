"""Errors are one line, whatever the user wrote into the names and values they quote."""

from hypothesis import given
from hypothesis import strategies as st

from postcheck.core.errors import ConfigError, InputError
from postcheck.core.schema import validate


def test_a_key_with_line_breaks_is_quoted_with_escapes():
    error = ConfigError("unknown key 'strategy.\n\u2028x'", path="a\rb.toml", fix="write it")
    assert str(error) == "a\\rb.toml: unknown key 'strategy.\\n\\u2028x'; write it"


@given(st.text(), st.text(), st.text())
def test_every_error_is_one_line(message, path, fix):
    line = str(InputError(message, path=path or None, fix=fix))
    assert len(line.splitlines()) <= 1


def test_the_config_fuzzers_case_is_one_line():
    try:
        validate({"\n": False}, {"brands": "strings"}, where="postcheck.toml", label="strategy.")
    except ConfigError as error:
        assert str(error).startswith("postcheck.toml: unknown key 'strategy.\\n'")
    else:
        raise AssertionError("an unknown key was accepted")
