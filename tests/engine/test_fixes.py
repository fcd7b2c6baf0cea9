"""--fix and --diff: only safe fixes, atomic writes, encoding and line endings kept."""

import codecs
import os
import subprocess

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postcheck import check
from postcheck.cli.main import main
from postcheck.core.errors import InputError
from postcheck.engine.fixes import apply_fixes, file_style, fix_text, write_atomically

DRAFT = 'Hän sanoi "hei" klo 9-17.\nHinta nousi 3,5%  tänään.\n'
FIXED = "Hän sanoi ”hei” klo 9–17.\nHinta nousi 3,5 % tänään.\n"


def run(*args):
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_apply_fixes_applies_exactly_the_safe_fixes():
    fixed, applied = apply_fixes(DRAFT, check(DRAFT, lang="fi").findings)
    assert (fixed, applied) == (FIXED, 4)


def test_fix_writes_and_keeps_bom_and_crlf(write):
    path = write("a.txt", codecs.BOM_UTF8 + DRAFT.replace("\n", "\r\n").encode())
    code, out, err = run("--fix", str(path))
    assert code == 0 and "fixed 4 problems" in err
    assert path.read_bytes() == codecs.BOM_UTF8 + FIXED.replace("\n", "\r\n").encode()
    assert "0 errors" in out  # the report is of the fixed text


def test_diff_shows_the_change_and_writes_nothing(write):
    path = write("a.txt", DRAFT)
    before = path.stat().st_mtime_ns
    code, out, _ = run("--diff", str(path))
    assert code == 1
    assert '-Hän sanoi "hei" klo 9-17.' in out and "+Hän sanoi ”hei” klo 9–17." in out
    assert path.read_text() == DRAFT and path.stat().st_mtime_ns == before
    clean = write("b.txt", FIXED)
    assert run("--diff", str(clean))[:2] == (0, "")


def test_mixed_line_endings_are_refused(write):
    path = write("a.txt", DRAFT.replace("\n", "\r\n", 1).encode())
    with pytest.raises(InputError, match="mixed line endings"):
        file_style(path.read_bytes(), str(path))
    code, _, err = run("--fix", str(path))
    assert code == 2 and "mixed line endings" in err
    assert path.read_bytes() == DRAFT.replace("\n", "\r\n", 1).encode()


def test_fix_keeps_file_permissions(write):
    path = write("a.txt", DRAFT)
    path.chmod(0o640)
    run("--fix", str(path))
    assert path.stat().st_mode & 0o777 == 0o640
    assert not list(path.parent.glob(".a.txt.*"))  # no temporary file left behind


def test_fix_follows_a_symlink_and_keeps_the_owner(write, tmp_path):
    target = write("drafts/a.txt", DRAFT)
    os.chown(target, 1234, 1234)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    code, _, err = run("--fix", str(link))
    assert code == 0 and "fixed 4 problems" in err
    assert link.is_symlink() and target.read_text(encoding="utf-8") == FIXED
    status = target.stat()
    assert (status.st_uid, status.st_gid) == (1234, 1234)


def test_a_hard_linked_file_is_not_split_by_a_fix(write, tmp_path):
    target = write("drafts/a.txt", DRAFT)
    other = tmp_path / "other.txt"
    os.link(target, other)
    code, _, err = run("--fix", str(target))
    assert code == 2
    assert "the file has 2 hard links, and a fix replaces the file; nothing was written" in err
    assert target.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == DRAFT
    assert os.stat(target).st_ino == os.stat(other).st_ino


def test_a_file_changed_since_it_was_read_is_not_overwritten(write):
    path = write("a.txt", "saved by the writer meanwhile\n")
    with pytest.raises(InputError, match="changed on disk while it was being checked"):
        write_atomically(path, FIXED.encode(), expected=DRAFT.encode())
    assert path.read_text(encoding="utf-8") == "saved by the writer meanwhile\n"
    assert [p.name for p in path.parent.iterdir()] == ["a.txt"]  # no temporary file left


def test_a_file_that_cannot_be_written_is_one_line(write):
    path = write("sub/a.txt", DRAFT)
    path.unlink()
    path.parent.rmdir()  # the folder went away between reading and writing
    with pytest.raises(InputError, match="cannot write"):
        write_atomically(path, FIXED.encode(), expected=DRAFT.encode())


@pytest.mark.parametrize(
    "draft",
    [
        "Teksti `k`\njatkuu , tänään.",
        "Katso ![kaavio](kaavio.png)\nja jatka , tänään.",
        "Hei <br> , maailma.",
        'Hinta on [5 %](https://kinda.fi/a-2020-2021) , "hyvä".',
        "Hei <!-- huom --> , maailma.",
    ],
)
def test_a_fix_never_reaches_into_markup_or_across_lines(draft):
    for path in ("a.md", "a.txt"):
        findings = check(draft, lang="fi", path=path).findings
        fixed, _ = apply_fixes(draft, findings)
        for kept in (
            "`k`",
            "![kaavio](kaavio.png)",
            "<br>",
            "https://kinda.fi/a-2020-2021",
            "<!-- huom -->",
        ):
            if kept in draft:
                assert kept in fixed, (path, fixed)
        assert fixed.count("\n") == draft.count("\n")


MARKUP = [
    "`pankki.net`", "![kaavio](kaavio.png)", "<br>", "<br />", "<!-- huom -->", "{{< relref \"2014-12-04\" >}}",
    "%tracknr2%", "{: class=\"lead\"}", "[linkki](https://kinda.fi/a-2020-2021)", "https://kinda.fi/x-1-2",
    "#kampanja2020", "@kinda", "&#x430;", "[^lähde]", '<code>a  , b "x" 9-17</code>',
    "<kbd>Ctrl  , C</kbd>", '<samp>ok  , "y"</samp>', '{#otsikko key="v"}', '{# "huom" - x #}',
    "50\\%", "2024\\-2025", "$x = 5\\%$", "$$a  , 9-17$$", '<% "x" , 9-17 %>',
    "[[Kausi 2020-2021]]", "{#2024-2025}", "{width=50%}", '{"tila": "ok" , "ale": "30%"}',
    "\\[ a  , 2020-2021 \\]",
]  # fmt: skip
#: Inline HTML is markup in Markdown; a plain-text post is published as typed, so there it is text.
HTML_ELEMENTS = frozenset(piece for piece in MARKUP if piece.startswith(("<code", "<kbd", "<samp")))
PROSE = [
    "Hei", "maailma", ",", ".", " , ", "  ", '"lainaus"', "klo 9-17", "2020-2025", "3,5%", "tänään",
    "Kinda", "on", "hyvä", "\n", "\n\n", "- ", "# ",
]  # fmt: skip
pieces = st.lists(st.sampled_from(MARKUP + PROSE), min_size=1, max_size=25)


def changeable(text):
    """The text without what a fix may change: spaces, quotes, dashes, the per cent space."""
    return "".join(char for char in text if char not in ' "”-–')


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces, st.sampled_from(["a.md", "a.txt"]), st.booleans())
def test_fixing_touches_only_prose_and_twice_is_once(parts, path, front):
    text = ('---\ntitle: "2023-05-21 klo 9-17"\n---\n' if front else "") + " ".join(parts)

    def findings_of(draft):
        return check(draft, lang="fi", path=path).findings

    once, _ = fix_text(text, findings_of)
    assert changeable(once) == changeable(text)
    assert once.count("\n") == text.count("\n")
    for piece in MARKUP:
        if path == "a.md" or piece not in HTML_ELEMENTS:
            assert once.count(piece) == text.count(piece), piece
    if front:
        assert once.startswith('---\ntitle: "2023-05-21 klo 9-17"\n---\n')
    assert fix_text(once, findings_of) == (once, 0)


def test_code_in_inline_html_is_not_prose_and_is_never_fixed():
    draft = (
        'Koodi <code>a  , b "x"</code> tässä  , ja <kbd>Ctrl  , C</kbd> sekä <pre>x  ,y</pre>.\n'
    )
    fixed, _ = fix_text(draft, lambda text: check(text, lang="fi", path="a.md").findings)
    assert (
        fixed
        == 'Koodi <code>a  , b "x"</code> tässä, ja <kbd>Ctrl  , C</kbd> sekä <pre>x  ,y</pre>.\n'
    )


def fixed_as(draft, path="a.md", **options):
    return fix_text(draft, lambda text: check(text, path=path, **options).findings)[0]


def test_a_table_cells_fix_stays_in_its_cell():
    table = (
        "| Raportti | Kausi |\n|---|---|\n"
        "| [Vuosi](https://a.fi/r?kausi=2020-2021) | 2020-2021 |\n"
        "| `ALE=30%` | 30% |\n"
    )
    assert fixed_as(table, lang="fi") == (
        "| Raportti | Kausi |\n|---|---|\n"
        "| [Vuosi](https://a.fi/r?kausi=2020-2021) | 2020–2021 |\n"
        "| `ALE=30%` | 30 % |\n"
    )


def test_an_escaped_character_math_and_layout_are_left_alone():
    escaped = "Kaikki tuotteet ovat nyt 50\\% alennuksessa vuosina 2024\\-2025 täällä.\n"
    assert fixed_as(escaped, lang="fi") == escaped  # "50\\ %" would show the backslash
    math = "Kasvu oli $x = 12\\%$ ja kaava $$a  +  b , 2020-2025$$ tässä.\n"
    assert fixed_as(math, lang="fi") == math
    columns = "Ohjelma on tässä.\n\nAika     Ohjelma\n10.00    Avaus  ja  kahvi\n"
    assert fixed_as(columns, path="a.txt", lang="fi") == columns
    assert fixed_as("Tervetuloa  tapahtumaan.\n", path="a.txt", lang="fi") == (
        "Tervetuloa tapahtumaan.\n"
    )


def test_a_plain_text_channels_fix_never_reaches_into_the_markdown_files_code(write):
    draft = (
        "---\nchannel: [blog, linkedin]\n---\nUusi  versio on julkaistu.\n\n"
        "```\nHinta 5% nyt , ja klo 9-17\n```\n"
    )
    path = write("a.md", draft)
    run("--fix", str(path))  # LinkedIn reads the fence as text; the file is Markdown
    assert path.read_text() == draft.replace("Uusi  versio", "Uusi versio")


def test_fix_and_diff_together_is_a_usage_error(write):
    path = write("a.txt", DRAFT)
    code, out, err = run("--fix", "--diff", str(path))
    assert code == 2 and out == "" and "use one of them" in err
    assert path.read_text() == DRAFT


def test_a_read_only_draft_is_not_rewritten(write):
    path = write("a.txt", DRAFT)
    path.chmod(0o444)
    code, _, err = run("--fix", str(path))
    assert code == 2 and "read-only" in err and "chmod u+w" in err
    assert path.read_text() == DRAFT


@pytest.mark.parametrize(
    "draft",
    [
        '{% highlight sh %}\necho "Hei" , klo 9-17\n{% endhighlight %}\n',
        '{{< highlight sql >}}\nSELECT nimi , "2020-2021"\n{{< /highlight >}}\n',
        '!!! tip "Vinkki päivään"\n    Tallenna usein.\n',
        "Jaksolla 2023-10 ja 2024-1990 = 34 sekä tuote 2020-2021-A.\n",
        'Avaa "raportti 2020-2021.pdf" ja soita +358 40 2020-2021 tai #2020-2025.\n',
    ],
)
def test_code_titles_ids_and_identifiers_in_text_are_left_alone(draft):
    quoted = '"raportti 2020-2021.pdf"'  # a quotation gets Finnish marks, its file name stays
    assert fixed_as(draft, lang="fi") == draft.replace(quoted, "”raportti 2020-2021.pdf”")


def test_a_plain_text_posts_indented_lines_are_text_and_are_fixed(write):
    post = "---\nchannel: facebook\n---\nOhjelma:\n\n    klo 10-12 työpaja , lapsille\n"
    for name, fixed in (("a.txt", True), ("a.md", False)):  # in a Markdown file they are code
        path = write(name, post)
        run("--fix", "--lang", "fi", str(path))
        want = post.replace("10-12 työpaja ,", "10–12 työpaja,") if fixed else post
        assert path.read_text() == want, name


def test_the_diff_of_a_crlf_file_has_crlf_lines(write):
    path = write("a.txt", DRAFT.replace("\n", "\r\n").encode())
    result = CliRunner().invoke(main, ["--diff", str(path)])
    assert result.exit_code == 1
    out = result.stdout_bytes.decode()
    assert "-Hinta nousi 3,5%  tänään.\r\n" in out and "+Hinta nousi 3,5 % tänään.\r\n" in out


def test_the_diff_of_a_file_with_a_byte_order_mark_applies(write):
    path = write("a.txt", codecs.BOM_UTF8 + b"Toinen rivi , jossa virhe on.\n")
    result = CliRunner().invoke(main, ["--diff", "--lang", "fi", str(path)])
    patch = path.parent / "fix.diff"
    patch.write_bytes(result.stdout_bytes)
    applied = subprocess.run(
        ["git", "apply", "-p1", "--directory", "", "--unsafe-paths", str(patch)],
        cwd="/",
        capture_output=True,
        text=True,
    )
    assert applied.returncode == 0, applied.stderr
    assert path.read_bytes() == codecs.BOM_UTF8 + b"Toinen rivi, jossa virhe on.\n"


def test_a_fix_one_reading_finds_past_the_others_prose_is_refused_not_a_crash():
    # the plain reading's quotation spans "*…*", which the Markdown reading drops
    draft = '---\nchannel: [blog, linkedin]\n---\nKiitos! Asiakas sanoi "tämä on *todella* hyvä"\n'
    assert fixed_as(draft) == draft


def test_shouting_in_plain_text_and_money_across_paragraphs_are_no_template():
    shout = "Huomio!\n\n!!! HUOM !!! Kauppa on kiinni , mutta verkkokauppa palvelee.\n"
    assert fixed_as(shout, path="a.txt", lang="fi") == shout.replace("kiinni ,", "kiinni,")
    money = "Säästä $$ nyt , kun voit.\n\nToinen kappale $$ tässä.\n"
    assert fixed_as(money, path="a.txt", lang="fi") == money.replace("nyt ,", "nyt,")


def test_the_diff_marks_a_last_line_without_its_line_ending(write):
    path = write("a.txt", "Hinta nousi 3,5%  tänään.")
    _, out, _ = run("--diff", "--lang", "fi", str(path))
    assert out.endswith("+Hinta nousi 3,5 % tänään.\n\\ No newline at end of file\n")


def test_a_fix_that_would_change_a_headings_anchor_is_refused():
    draft = (
        '## Hinnat 2024-2025\n\nAukiolo on klo 9-17.\n\n## Palaute "suoraan"\n\nKerro  meille.\n'
    )
    # the dash would turn #hinnat-2024-2025 into #hinnat-20242025; quotation marks are no part
    # of an anchor, so ”suoraan” keeps #palaute-suoraan
    assert fixed_as(draft, path="a.md", lang="fi") == (
        "## Hinnat 2024-2025\n\nAukiolo on klo 9–17.\n\n## Palaute ”suoraan”\n\nKerro meille.\n"
    )
    # read only as plain text (a .txt post) it has no anchors to keep
    plain = fix_text(draft, lambda text: check(text, path="a.txt", lang="fi").findings, (False,))
    assert plain[0].startswith("## Hinnat 2024–2025\n")


def test_a_space_before_other_marks_than_a_comma_is_reported_but_not_fixed():
    commands = "Commands to remember:\ngit add .\nThen run cp config.yml . as root, or regex [a-z] ? here.\n"
    assert fixed_as(commands, path="a.txt", lang="en") == commands
    decimal = "Tulos oli 1 , 5 prosenttiyksikköä ja hinta , joka nousi.\n"
    assert fixed_as(decimal, path="a.txt", lang="fi") == decimal.replace("hinta ,", "hinta,")


def test_two_space_columns_and_a_sentences_spaced_dash_are_left_alone():
    price_list = "Hinnasto:\nKahvi  2,50 €\nPulla  3,00 €\n"
    assert fixed_as(price_list, path="a.txt", lang="fi") == price_list
    dash = "Vuonna 2020 - 25 uutta työntekijää aloitti. Auki klo 9 - 17.\n"
    assert fixed_as(dash, path="a.txt", lang="fi") == dash.replace("9 - 17", "9–17")


def test_an_inch_mark_is_no_closing_quote_and_a_list_of_years_is_no_range():
    inch = 'Asiakas kysyi "onko 32" näyttöä varastossa?" ja lähti.\n'
    assert fixed_as(inch, path="a.txt", lang="fi") == inch  # not ”onko 32” näyttöä…"
    code = 'Hän sanoi "tervetuloa vuoteen 2026" heti.\n'  # a quotation may end in a digit
    assert fixed_as(code, path="a.txt", lang="fi") == code.replace(
        '"tervetuloa vuoteen 2026"', "”tervetuloa vuoteen 2026”"
    )
    years = "Kaudet 2019 - 2020 - 2021 olivat hyviä, ja vuodet 2020-2025 myös.\n"
    assert fixed_as(years, path="a.txt", lang="fi") == years.replace("2020-2025", "2020–2025")
