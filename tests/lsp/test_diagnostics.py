"""Findings as diagnostics: positions in the client's units, lines as LSP splits them."""

from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from postcheck import check_all
from postcheck.engine.config import Config
from postcheck.lsp.diagnostics import Lines, diagnostics, without_words
from postcheck.profiles.vocabulary import Vocabulary

UTF16 = PositionCodec(types.PositionEncodingKind.Utf16)
UTF8 = PositionCodec(types.PositionEncodingKind.Utf8)


def test_crlf_lines_and_emoji_give_the_clients_columns():
    lines = Lines("Eka rivi\r\n👍 Ilmottaudu\r\n", UTF16)
    assert lines.position(2, 3) == types.Position(1, 3)  # the emoji is two UTF-16 units
    assert Lines("Eka rivi\r\n👍 Ilmottaudu\r\n", UTF8).position(2, 3) == types.Position(1, 5)
    assert lines.line_column(types.Position(1, 3)) == (2, 3)


def test_only_lsps_line_endings_end_lines():
    text = "yksi\u2028kaksi\x0ckolme\rneljä\nviisi"  # U+2028 and form feed are not line ends
    lines = Lines(text, UTF16)
    assert lines.lines == ["yksi\u2028kaksi\x0ckolme", "neljä", "viisi"]
    assert lines.position(3, 2) == types.Position(2, 1)


@given(st.text(alphabet="ab👍\n\r ä", max_size=30))
def test_offsets_and_line_columns_agree(text):
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = Lines(text, UTF16)
    for offset in range(len(normal) + 1):
        line = normal.count("\n", 0, offset) + 1
        column = offset - (normal.rfind("\n", 0, offset) + 1) + 1
        assert lines.at_offset(offset) == lines.position(line, column)


def test_diagnostics_carry_code_manual_severity_and_the_word_to_add():
    text = "Kassissa on zorblakseja 👍 ja qwxyt.\n"
    reports = check_all(text, lang="fi", path="a.md")
    found = diagnostics(reports, Lines(text, UTF16), Config())
    spelling = [d for d in found if d.code == "PC109"]  # words no correction is in reach of
    assert [d.data["vocabulary"] for d in spelling] == ["zorblakseja", "qwxyt"]
    assert spelling[1].range.start == types.Position(0, 30)  # 24 + the emoji (2 units) + " ja "
    assert spelling[0].severity == types.DiagnosticSeverity.Warning
    kept = without_words(found, Vocabulary(["zorblakseja"]))
    assert [d.data["vocabulary"] for d in kept if d.code == "PC109"] == ["qwxyt"]
    assert len(kept) == len(found) - 1


def test_a_finding_of_some_channels_only_names_them():
    text = ("Uusi palvelumme auttaa asiakkaita joka päivä. " * 8).strip()
    reports = check_all(text, channels=["x", "linkedin"], lang="fi", path="a.txt")
    found = diagnostics(reports, Lines(text, UTF16), Config())
    [too_long] = [d for d in found if d.code == "PC301"]
    assert too_long.source == "postcheck (x)"
    assert {d.source for d in found if d.code != "PC301"} <= {
        "postcheck",
        "postcheck (x)",
        "postcheck (linkedin)",
    }
