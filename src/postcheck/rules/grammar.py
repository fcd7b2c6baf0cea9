"""PC111–PC128: Voikko's Finnish grammar checker, one rule per Voikko error code.

Spacing (PC112 extra whitespace, PC113 space before punctuation) is read by postcheck itself in
every language (:func:`postcheck.analysis.grammar.spacing_errors`), in Voikko's codes.

Voikko's grammar checker runs once per prose block (a paragraph, heading, list item, quote or
table cell; in a text published as typed, each line is checked as its own paragraph). Each of
its error codes is a rule of its own (PC111 for code 1 … PC128 for code 18, written out below) so a team can switch off or soften one
kind of error without losing the others. The Finnish message is Voikko's own description.

Context matters: headings, a post's title line, list items, table cells, captions and teaser
lines need no main verb
and no final punctuation; list items and table cells may start in lowercase (a heading starts
with a capital, as Kotus advises); a social line that ends in hashtags, emoji, a mention or a link needs no final punctuation either; a
table's padding is not a double space (:mod:`postcheck.analysis.grammar`).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

from postcheck.analysis.context import Context
from postcheck.core.kinds import LANGUAGES
from postcheck.rules.base import Message, Problem, Rule

#: Voikko codes whose single suggestion is a safe fix: extra whitespace, a space before a comma.
_FIXABLE = frozenset({2, 3})


@dataclass(frozen=True)
class _Code:
    code: str
    number: int
    name: str
    severity: str
    english: str
    advice_fi: str
    advice_en: str
    swedish: str
    advice_sv: str
    #: What postcheck adds to Voikko's rule (a paragraph of the manual).
    note: str = ""
    #: Read in every language by postcheck itself (spacing), not only in Finnish by Voikko.
    every_language: bool = False


_CODES = (
    _Code(
        "PC111",
        1,
        "common-misspelling",
        "error",
        "Incorrect spelling of a word or words.",
        "Korjaa ehdotuksen mukaan.",
        "Use the suggested spelling.",
        "Felstavat ord eller ordpar.",
        "Skriv som i förslaget.",
    ),
    _Code(
        "PC112",
        2,
        "extra-whitespace",
        "warning",
        "Remove extra whitespace.",
        "Poista ylimääräinen väli.",
        "Delete the extra space.",
        "Ta bort överflödigt mellanslag.",
        "Ta bort överflödigt mellanslag.",
        "Layout is not reported: the padding of a table typed as text (`| Nimi    | Rooli |`),"
        " spaces at a line's end or before a line break (`**Nimi**  <br/>`), spaces on both sides"
        " of a comment that is not published or of an HTML tag, and the source's line breaks and"
        " indentation inside HTML, which a browser shows as one space. Spaces typed as entities"
        " (`on&nbsp; hyvä`) are what a reader sees, and are reported. In English and Swedish,"
        " two spaces between sentences (`works.  Then`) are a typing convention, not reported.",
        every_language=True,
    ),
    _Code(
        "PC113",
        3,
        "space-before-punctuation",
        "warning",
        "Remove space before punctuation.",
        "Poista väli ennen välimerkkiä.",
        "Delete the space before the punctuation mark.",
        "Ta bort mellanslaget före skiljetecknet.",
        "Ta bort mellanslaget före skiljetecknet.",
        "Not reported where inline code, an image or an element that is not prose (`<kbd>`,"
        ' `<code>`) stood between the space and the mark: "funktiota `foo`, joka" is read as'
        " prose without the code, and its space is the writer's right one. Voikko reports only"
        " the comma; postcheck also reports a space before a full stop, an exclamation or"
        ' question mark, a colon or a semicolon ("Tervetuloa !", "Hinta : 5 €"), but not leader'
        ' dots or an ellipsis, also spaced ("Mutta ... ei", "Wait . . . it"), a run of marks'
        ' ("!!! HUOM !!!", PC413\'s), an emoticon (" :)", " ;D", " :,("), a path, a file type or'
        ' version (" ./install.sh", " .NET"), a table\'s alignment (" :---"), a ratio or time'
        ' ("3 : 1"), or a space after a link or an address ("https://a.fi ." keeps the full'
        " stop out of the link). `--fix` removes only a space between a word and a comma: a"
        ' full stop, colon or question mark after a space may be code typed as text ("git add'
        ' .", "[a-z] ?"), and "1 , 5" a decimal, so those are reported and left to the writer.',
        every_language=True,
    ),
    _Code(
        "PC114",
        4,
        "extra-comma",
        "warning",
        "Remove extra comma.",
        "Poista ylimääräinen pilkku.",
        "Delete the extra comma.",
        "Ta bort överflödigt kommatecken.",
        "Ta bort överflödigt kommatecken.",
    ),
    _Code(
        "PC115",
        5,
        "invalid-sentence-start",
        "warning",
        "Invalid sentence starter.",
        "Aloita virke toisin.",
        "Start the sentence differently.",
        "Meningen börjar på ett ogiltigt sätt.",
        "Börja meningen på ett annat sätt.",
    ),
    _Code(
        "PC116",
        6,
        "lowercase-required",
        "info",
        "Consider writing the word in lowercase.",
        "Jos sana ei ole nimi, kirjoita se pienellä.",
        "Unless it is a name, write it in lowercase.",
        "Överväg att skriva ordet med liten bokstav.",
        "Skriv det med liten bokstav, om det inte är ett namn.",
        "postcheck reports it only for words Finnish always writes in lowercase: weekdays,"
        " months and holidays (rules/fi/vocabulary.toml) and nationalities and inhabitants"
        ' ("Maanantaina", "Juhannuksena", "Tamperelaiset"). Elsewhere a capital in'
        ' mid-sentence is a name or a title Voikko reads as a common noun ("Rautakirja",'
        ' "Psalmien kirja"): on UD_Finnish-TDT none of 17 such findings was right.',
    ),
    _Code(
        "PC117",
        7,
        "capital-required",
        "warning",
        "The word must be written with a capital letter.",
        "Aloita virke isolla kirjaimella.",
        "Start the sentence with a capital letter.",
        "Ordet ska skrivas med stor bokstav.",
        "Börja meningen med stor bokstav.",
        'Not reported in list items (also lines typed with a bullet such as "•", "▪" or'
        ' "✅", and lines in a row that start with "- " in a post published as typed) and table'
        ' cells, on a timetable line that starts with a weekday\'s abbreviation or "klo" before'
        ' a date, time or number ("ma 23.12. klo 7–18", "ma–pe 8–16"), after an ellipsis, or'
        " where inline code,"
        ' an image or an element that is not prose stands right before the word ("`foo` on'
        " funktio\": the code is the sentence's first word). Text in formatting tags"
        " (`<b>tämä</b>`) is prose and is reported.",
    ),
    _Code(
        "PC118",
        8,
        "repeated-word",
        "error",
        "Remove duplicate word.",
        "Poista toistunut sana.",
        "Delete the repeated word.",
        "Ta bort det upprepade ordet.",
        "Ta bort det upprepade ordet.",
    ),
    _Code(
        "PC119",
        9,
        "missing-end-punctuation",
        "warning",
        "Terminating punctuation is missing.",
        "Lisää virkkeen loppuun piste, kysymysmerkki tai huutomerkki.",
        "End the sentence with a full stop, question mark or exclamation mark.",
        "Skiljetecken i slutet saknas.",
        "Avsluta meningen med punkt, frågetecken eller utropstecken.",
        "Not reported where the text is not a sentence: headings, a post's title line (its first"
        " paragraph, one line of at most 12 words above a body of at least 20), list items"
        " (bulleted lines"
        ' too, see PC117) and the lead-in line right above a list ("Toivomme, että sinulla'
        ' on"), table cells, captions, a label or button of at most two words on its own line ("Lue lisää",'
        ' "Kuuntele"), a sentence without a verb (a fragment or a teaser line, see PC127), and'
        ' a line that starts with a clock time or with "klo" and a time ("klo 9.30 Ovet'
        ' avautuvat"). A caption is a `<figcaption>` or `<caption>`;'
        " under a Markdown image (at most 30 words), the one line of text below it in the"
        " image's paragraph, text"
        " after it there that is all emphasised, or an emphasised paragraph (`*…*`) right after"
        " a paragraph of images; and the first sentence, of at most 15 words, of a line that"
        ' starts with a caption label such as "Kuva:", "Kuva/", "Kuvassa" or "Photo:" (up to'
        ' the closing bracket of "(Kuva: Liisa)"). After a credit label ("Lähde:", "Source:")'
        " only a sentence without a verb is a credit. The labels are listed in"
        " rules/LANG/vocabulary.toml. Running text after an image or after a caption's first"
        " sentence, and a sentence with a verb in a post's summary before `<!--more-->`, are"
        " reported like any paragraph.",
    ),
    _Code(
        "PC120",
        10,
        "quotation-punctuation",
        "warning",
        "Invalid punctuation at the end of quotation.",
        "Korjaa lainauksen lopun välimerkit.",
        "Fix the punctuation at the quotation's end.",
        "Fel skiljetecken i slutet av citatet.",
        "Rätta skiljetecknet i slutet av citatet.",
    ),
    _Code(
        "PC121",
        11,
        "foreign-quotation-mark",
        "warning",
        "Foreign quotation mark.",
        "Käytä suomalaisia lainausmerkkejä ” ”.",
        "Use Finnish quotation marks ” ”.",
        "Främmande citattecken.",
        "Använd finska citattecken ” ”.",
    ),
    _Code(
        "PC122",
        12,
        "misplaced-parenthesis",
        "warning",
        "Misplaced closing parenthesis.",
        "Siirrä sulkumerkki oikeaan kohtaan.",
        "Move the parenthesis to its place.",
        "Slutparentesen står på fel ställe.",
        "Flytta parentesen till rätt ställe.",
        'Not reported for the bracket of a smiley (":)", ";-)", "kaikille:)"), which Voikko'
        " reads as a parenthesis without its pair.",
    ),
    _Code(
        "PC123",
        13,
        "negative-verb-mismatch",
        "error",
        "Mismatch between negative verb and main verb.",
        "Taivuta pääverbi kieltomuotoon (en tule, ei tule).",
        "Put the main verb in its negative form (en tule, ei tule).",
        "Nekningsverbet och huvudverbet passar inte ihop.",
        "Sätt huvudverbet i nekande form (en tule, ei tule).",
    ),
    _Code(
        "PC124",
        14,
        "a-infinitive-required",
        "warning",
        "The verb must be in the A-infinitive.",
        "Käytä A-infinitiiviä (tehdä).",
        "Use the A-infinitive (tehdä).",
        "Verbet ska stå i A-infinitiv.",
        "Använd A-infinitiv (tehdä).",
    ),
    _Code(
        "PC125",
        15,
        "ma-infinitive-required",
        "warning",
        "The verb must be in the MA-infinitive.",
        "Käytä MA-infinitiiviä (tekemään).",
        "Use the MA-infinitive (tekemään).",
        "Verbet ska stå i MA-infinitiv.",
        "Använd MA-infinitiv (tekemään).",
    ),
    _Code(
        "PC126",
        16,
        "ends-with-conjunction",
        "warning",
        "The sentence ends with a conjunction.",
        "Täydennä virke tai poista sidesana.",
        "Finish the sentence or drop the conjunction.",
        "Meningen slutar med en konjunktion.",
        "Skriv färdigt meningen eller stryk konjunktionen.",
    ),
    _Code(
        "PC127",
        17,
        "missing-main-verb",
        "info",
        "The sentence has no main verb.",
        "Tarkista, onko virke kokonainen.",
        "Check whether the sentence is complete.",
        "Meningen saknar huvudverb.",
        "Kontrollera att meningen är fullständig.",
        "Reported only in running text: not in headings, a post's title line, list items, table"
        " cells and captions"
        ' (see PC119), not for a fragment of at most three words ("Nyt tiedeuutinen.") or a'
        ' "label: value" line, and not for teaser lines: a line of at least three short'
        ' verbless sentences of at most eight words each ("Firmojen ongelmat. Puolueiden'
        ' suosio. Nyt tiedeuutinen.") or a run of at least three lines of such sentences one'
        ' under another (a line of one or two words, such as "Kiitos!" or "Terveisin'
        ' Matti", is a greeting and does not count). Nor is it reported for a short verbless'
        " sentence in a post's summary, the paragraph right before `<!--more-->`. One or two"
        " verbless sentences among sentences with verbs are still reported.",
    ),
    _Code(
        "PC128",
        18,
        "missing-comma",
        "warning",
        "The sentence has an extra main verb or a missing comma.",
        "Lisää pilkku sivulauseen rajalle tai jaa virke kahdeksi.",
        "Add a comma at the clause boundary or split the sentence.",
        "Meningen har ett extra huvudverb eller saknar ett kommatecken.",
        "Sätt kommatecken vid satsgränsen eller dela meningen.",
    ),
)


#: Spaces that lay a line out in columns: a run of three or more between words (a slip of
#: the thumb doubles a space; "Tervetuloa  tapahtumaan.  Ohjelma alkaa" is two slips).
_COLUMNS = regex.compile(r"\S {3,}\S")
#: Two spaces or more between words: a column when the line next to it has them at the same place.
_GAP = regex.compile(r"(?<=\S) {2,}(?=\S)")


def _laid_out(prose: str, offset: int) -> bool:
    """Tell whether the line at ``offset``, or a line next to it, is laid out in columns.

    "11.30     Työpaja lapsille    Sali B": the spaces are the writer's layout, not a slip, so
    they are not fixed (still reported: a channel's proportional font will not keep them). So
    is "Maanantai  9-17" above "Tiistai    9-17": its two spaces keep the column; and so are
    "Kahvi  2,50 €" above "Pulla  3,00 €", two spaces at the same place line after line.
    """
    starts, columns = _column_lines(prose)
    line = bisect.bisect_right(starts, offset) - 1
    return bool(columns & {line - 1, line, line + 1})


@functools.lru_cache(maxsize=4)
def _column_lines(prose: str) -> tuple[list[int], frozenset[int]]:
    """Return the offsets where the prose's lines start, and the lines laid out in columns."""
    starts = [0, *(match.end() for match in regex.finditer(r"\n", prose))]
    columns = {bisect.bisect_right(starts, m.start()) - 1 for m in _COLUMNS.finditer(prose)}
    gaps: dict[int, set[int]] = {}
    for match in _GAP.finditer(prose):
        line = bisect.bisect_right(starts, match.start()) - 1
        gaps.setdefault(line, set()).add(match.end() - starts[line])  # where the column starts
    for line, places in gaps.items():
        if places & gaps.get(line + 1, set()):
            columns.update((line, line + 1))
    return starts, frozenset(columns)


class GrammarRule(Rule):
    """Base of the grammar rules: reports the errors of one Voikko code (:attr:`voikko_code`).

    Voikko's own, and for spacing (codes 2 and 3) postcheck's in every language.
    """

    criterion = "correct"
    languages = frozenset({"fi"})
    reads_look_ahead = True
    voikko_code: int = 0
    advice: Message = Message("", "")
    english: str = ""
    swedish: str = ""

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield the grammar errors of this rule's Voikko code."""
        for start, error in context.grammar_errors:
            if error.code != self.voikko_code:
                continue
            description_fi = error.description.rstrip(".")
            flagged = context.prose[start : start + error.length]
            # A no-break space is the writer's choice ("10 000", "s. 5"): never made plain.
            fixable = (
                self.voikko_code in _FIXABLE
                and len(error.suggestions) == 1
                and all(char == " " for char in flagged if char.isspace())
                and not _laid_out(context.prose, start)
                and (self.voikko_code != 3 or _certain_comma(context.prose, start, flagged))
            )
            yield Problem(
                start,
                start + max(error.length, 1),
                Message(
                    fi=_join(description_fi, self.advice.fi),
                    en=_join(self.english, self.advice.en),
                    sv=_join(self.swedish, self.advice.sv),
                ),
                error.suggestions,
                fix=error.suggestions[0] if fixable else None,
            )


def _certain_comma(prose: str, start: int, flagged: str) -> bool:
    """Tell whether a space before a mark is surely a slip to mend: before a comma after a word.

    A full stop, a colon or a question mark after a space may be code typed as text ("git add
    .", "[a-z] ?"), and "1 , 5" a decimal: those are reported, not fixed.
    """
    return flagged.endswith(",") and prose[start - 1 : start].isalpha()


def _join(description: str, advice: str) -> str:
    """Return "description. advice", once when the two say the same."""
    description = description.rstrip(".")
    if description == advice.rstrip("."):
        return f"{description}."
    return f"{description}. {advice}"


def _make_rule(code: _Code) -> type[GrammarRule]:
    source = (
        f"{code.english} (spacing, in every language; Voikko's error code {code.number})\n\n"
        "postcheck reads spacing itself in Finnish, Swedish and English text, the way Voikko's"
        f" grammar checker reads it in Finnish. {code.advice_en}\n\n"
        if code.every_language
        else f"{code.english} (Voikko grammar checker, error code {code.number})\n\n"
        f"Voikko's grammar checker reports this in Finnish text. {code.advice_en}\n\n"
    )
    manual = (
        source
        + (f"{code.note}\n\n" if code.note else "")
        + "The grammar checker runs on each prose block; headings, a post's title line, list"
        " items, table cells, captions and teaser lines need no main verb and no final"
        " punctuation, and a social line"
        " that ends in hashtags, emoji, a mention or a link needs no final punctuation either."
        " Markup, code and link targets are never read. Switch the rule off or change its"
        " severity in config if your team's style differs."
    )
    attributes: dict[str, Any] = {
        "__doc__": manual,
        "__module__": __name__,
        "code": code.code,
        "name": code.name,
        "severity": code.severity,
        "voikko_code": code.number,
        "advice": Message(code.advice_fi, code.advice_en, code.advice_sv),
        "english": code.english,
        "swedish": code.swedish,
    }
    if code.every_language:
        attributes["languages"] = frozenset(LANGUAGES)
    class_name = "".join(part.capitalize() for part in code.name.split("-"))
    return type(class_name, (GrammarRule,), attributes)


#: One rule per Voikko grammar error code, PC111 (code 1) to PC128 (code 18).
RULES: tuple[type[GrammarRule], ...] = tuple(_make_rule(code) for code in _CODES)
