"""PC603–PC608: does the draft speak to its audience? Level, address, jargon, register, language.

The audience profile (``rules/audiences/*.toml``, or config's ``[audiences.NAME]``) gives the
targets; a draft without an audience is measured against general written Finnish.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from postcheck.analysis.context import Context
from postcheck.analysis.grammar import timetable_word
from postcheck.analysis.readability import MIN_WORDS_FOR_FORMULAS
from postcheck.analysis.terms import TermMatcher
from postcheck.core.errors import DependencyError
from postcheck.core.text import shorten
from postcheck.nlp.access import compound_part, info, known
from postcheck.nlp.colloquial import restores_an_ending, standard_form
from postcheck.nlp.compounds import part_joints
from postcheck.nlp.english import english_loan
from postcheck.nlp.finnish import could_be_imperative
from postcheck.nlp.hunspell import known_with_dots, speller
from postcheck.nlp.tokenizer import WORD_KINDS
from postcheck.rules.base import Message, Problem, Rule


def _name(context: Context) -> str:
    return context.audience.name if context.audience else "yleinen"


class ReadabilityTarget(Rule):
    """The draft is harder to read than its audience's target (LIX and Wiio).

    LIX counts sentence length and long words; Wiio (Voikko's formula) counts words whose base
    form has four syllables or more. The audience profile sets the bands, calibrated on real
    Finnish (UD_Finnish-TDT: fiction LIX ≈ 47, blogs ≈ 55, Wikipedia ≈ 64, legislation ≈ 82)
    and on good company posts, whose compounds lift Wiio to 8–9: consumers LIX ≤ 50 and
    Wiio ≤ 7.5, easy Finnish ≤ 40 and ≤ 6, experts ≤ 62 and ≤ 9.5. Drafts of fewer than 40
    words are not measured. The finding points at the hardest sentence.

    Fix: shorten the longest sentences and replace long compounds with everyday words.
    """

    code = "PC603"
    name = "readability-target"
    criterion = "audience"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the hardest sentence when LIX or Wiio is over the target."""
        metrics = context.readability
        target = context.target
        wiio = metrics.wiio
        if metrics.words < MIN_WORDS_FOR_FORMULAS or not metrics.sentences:
            return
        if metrics.lix <= target.lix_max and (wiio is None or wiio <= target.wiio_max):
            return
        # The sentence that adds most to the difficulty: the most long words, then the longest
        # (a sentence's own LIX would crown "Asiakaspalvelu palvelee arkipäivisin." of 4 words).
        hardest = max(metrics.sentences, key=lambda sentence: (sentence.long_words, sentence.words))
        # only the measures over their target: "LIX 47 (≤ 50)" is no reason
        over = [
            (
                name,
                f"{value:.0f}" if name == "LIX" and round(value) > limit else f"{value:.1f}",
                f"{limit:g}",
            )
            for name, value, limit in (
                ("LIX", metrics.lix, target.lix_max),
                ("Wiio", wiio, target.wiio_max),
            )
            if value is not None and value > limit
        ]
        yield Problem.on_prose(
            context.prose,
            hardest.start,
            hardest.end,
            Message(
                fi=f"Teksti on kohderyhmälle {_name(context)} liian vaikeaa: "
                + ", ".join(f"{name} {value} (tavoite ≤ {limit})" for name, value, limit in over)
                + ". Vaikein virke on merkitty: lyhennä virkkeitä ja sanoja.",
                en=f"Harder than the audience {_name(context)} reads: "
                + ", ".join(f"{name} {value} (target ≤ {limit})" for name, value, limit in over)
                + ". The hardest sentence is marked: shorten sentences and words.",
                sv=f"Texten är för svår för målgruppen {_name(context)}: "
                + ", ".join(f"{name} {value} (mål ≤ {limit})" for name, value, limit in over)
                + ". Den svåraste meningen är markerad: korta av meningar och ord.",
            ),
        )


#: Set phrases whose singular imperative addresses no one in particular ("Lue lisää: …").
_SET_PHRASES = TermMatcher(["lukea lisää", "katso lisää", "tutustua", "linkki bio"])


#: Words that make a te-form mean the reader with others, not a formal "you".
_TOGETHER = TermMatcher(["yhdessä", "keskenään", "molemmat", "kumpikin", "kanssa", "kaikki"])


def _address_tokens(context: Context) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {"sinä": [], "te": []}
    kinds = context.doc._.kinds
    # "Lue lisää", "Tutustu" are generic in any text, and every singular command ("Kysy lisää",
    # "Tilaa nyt") in a formal te-text; a plural one in a sinä-text is not ("Tutustukaa").
    generic = {match.first.i for match in _SET_PHRASES.find(context.doc)}
    # "Perjantaina käytte yhdessä läpi…", "Kiitos kaikille, jotka lähditte…": a te-form for
    # the reader and someone else.
    groups = {
        id(context.analysis.sentence_at(match.start)) for match in _TOGETHER.find(context.doc)
    }
    # "teidän työpaikallanne": the reader's workplace or company, a group, not a formal "you"
    group = _reader_group_words(context)
    for token in context.tokens:
        if kinds[token.i] != "word" or not (form := context.analysis.address_form(token)):
            continue
        if token.i in generic and form == "sinä":
            continue
        if form == "te" and (
            token.i in group or id(context.analysis.sentence_at(token.idx)) in groups
        ):
            continue
        found[form].append(token)
    if any(not could_be_imperative(token) for token in found["te"]):
        # a formal te-text ("voitte", "teidän"): its singular commands are a button's words
        found["sinä"] = [token for token in found["sinä"] if not could_be_imperative(token)]
    return found


def _reader_group_words(context: Context) -> set[int]:
    """Return the words of "teidän" + a -nne noun for the reader's group ("teidän yrityksessänne").

    Spelled out so with a company, a workplace or their work, the plural names the reader and
    their colleagues, whatever the text's form of address ("Jos sinulla on kysyttävää, …
    teidän kuljetuksissanne"). "Teidän tilauksenne" is the formal "you".
    """
    found: set[int] = set()
    analysis = context.analysis
    for token in context.of_kind("word"):
        if token.text.lower() != "teidän":
            continue
        after = analysis.word_beside(token, 1)
        if after is None:
            continue
        if _group_noun(after):
            found.update((token.i, after.i))
            continue
        noun = analysis.word_beside(after, 1)  # "teidän omassa työpaikassanne"
        if noun is not None and _group_noun(noun):
            found.update((token.i, after.i, noun.i))
    return found


#: Base forms (or their last parts) of a group and its work: "työpaikka", "asiakasyritys".
_READER_GROUPS = (
    "työpaikka", "yritys", "yhtiö", "organisaatio", "tiimi", "yhteisö", "firma", "toimisto",
    "osasto", "yksikkö", "koulu", "kunta", "kaupunki", "perhe", "taloyhtiö", "kotitalous",
    "kuljetus", "toiminta", "tuotanto", "varasto", "myymälä", "ravintola", "tila", "työmaa",
    "tehdas", "henkilöstö", "keittiö", "laitos", "virasto", "päiväkoti", "sairaala", "liike",
    "kauppa", "hotelli", "ryhmä", "seura", "yhdistys", "verkosto", "asiakas",
)  # fmt: skip


def _group_noun(token: Any) -> bool:
    """Tell whether a word is a noun for a group or its work with the -nne suffix."""
    found = info(token)
    return found is not None and any(
        reading.get("CLASS") == "nimisana"
        and reading.get("POSSESSIVE") == "2p"
        and reading.get("BASEFORM", "").lower().endswith(_READER_GROUPS)
        for reading in found.analyses
    )


class MixedAddress(Rule):
    """The draft addresses the reader both as sinä and as te.

    Choose one form of address and keep it: switching between "voit" and "voitte" in one text
    reads as careless, and the reader cannot tell whether one person or a group is meant. A
    te-form that means the reader with others is no switch: "käytte yhdessä läpi", "kaikille,
    jotka lähditte", and "teidän" with a -nne noun for the reader's company, workplace or their
    work ("teidän kuljetuksissanne"; not "teidän tilauksenne"). Nor is a singular command in a formal
    te-text, a button's words ("Voitte tilata arvion. Lue referenssi ja kysy lisää."). Words
    of one form side by side are one finding ("Teidän tilauksenne").

    Fix: use the audience's form throughout (its profile's ``address``).
    """

    code = "PC604"
    name = "mixed-address"
    criterion = "audience"
    severity = "warning"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per word of the less used form when both forms appear."""
        forms = _address_tokens(context)
        if not forms["sinä"] or not forms["te"]:
            return
        preferred = context.target.address
        if preferred not in forms:
            preferred = "sinä" if len(forms["sinä"]) >= len(forms["te"]) else "te"
        other = "te" if preferred == "sinä" else "sinä"
        for first, last in _phrases(forms[other], context):
            words = context.prose[first.idx : last.idx + len(last.text)]
            yield Problem(
                first.idx,
                last.idx + len(last.text),
                Message(
                    fi=f"Puhuttelu vaihtelee: ”{words}” on {other}-muoto, muualla"
                    f" {preferred}-muoto. Valitse yksi ja pidä se.",
                    en=f'Mixed address: "{words}" is the {other} form, elsewhere the'
                    f" {preferred} form. Choose one and keep it.",
                    sv=f"Tilltalet växlar: ”{words}” är {other}-form, på andra ställen"
                    f" {preferred}-form. Välj en form och håll dig till den.",
                ),
            )


def _phrases(tokens: list[Any], context: Context) -> list[tuple[Any, Any]]:
    """Return (first, last) of each run of words side by side: "teidän vastuullanne" is one."""
    runs: list[tuple[Any, Any]] = []
    for token in tokens:
        after = context.analysis.word_beside(runs[-1][1], 1) if runs else None
        if after is not None and after.i == token.i:
            runs[-1] = (runs[-1][0], token)
        else:
            runs.append((token, token))
    return runs


class AddressPreference(Rule):
    """The draft addresses its audience in the form the audience's profile does not prefer.

    Consumers, staff and readers of easy Finnish are usually addressed as sinä; business
    customers and experts often as te. The audience profile's ``address`` says which.

    Fix: switch to the preferred form, or change the profile if your company's style differs.
    """

    code = "PC605"
    name = "address-preference"
    criterion = "audience"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first word when only the other form is used."""
        preferred = context.target.address
        if context.audience is None or preferred not in ("sinä", "te"):
            return
        forms = _address_tokens(context)
        other = "te" if preferred == "sinä" else "sinä"
        if forms[other] and not forms[preferred]:
            yield Problem.on_token(
                forms[other][0],
                Message(
                    fi=f"Kohderyhmää {_name(context)} puhutellaan yleensä {preferred}-muodossa;"
                    f" tässä käytetään {other}-muotoa.",
                    en=f"The audience {_name(context)} is usually addressed in the {preferred}"
                    f" form; this draft uses {other}.",
                    sv=f"Målgruppen {_name(context)} tilltalas oftast i {preferred}-form;"
                    f" här används {other}-form.",
                ),
            )


class Jargon(Rule):
    """Jargon or buzzwords the audience does not use ("synergia", "implementoida").

    The audience profile lists them by base form, so one entry catches every inflected form
    ("synergia" also finds "synergiaa" and "synergioiden"). Multi-word entries match in sequence.
    A loanword Voikko does not know is matched by its stem ("implementoida" finds
    "implementoimme"). In Finnish a one-word entry is also found as the first or last part of a
    compound ("synergiaetuja", "ekosysteemiyhteistyöhön").
    The finding suggests the plainer word from the list (not for a compound: the plainer word
    does not replace the whole of it).

    Fix: use the plainer word; if the term is needed, explain it once.
    """

    code = "PC606"
    name = "jargon"
    criterion = "audience"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per jargon term, matched by base form, and per compound with one."""
        jargon = context.target.jargon
        if not jargon:
            return
        matched = set()
        for match in TermMatcher(jargon).find(context.doc):
            matched.add(match.first.i)
            yield _jargon_problem(context, match.start, match.end, match.term, jargon[match.term])
        for token, term in _jargon_compounds(context, jargon):
            if token.i not in matched:
                yield _compound_problem(context, token, term, jargon[term])


def _jargon_problem(context: Context, start: int, end: int, term: str, plain: str) -> Problem:
    """Return the problem of one jargon term, with its plainer word."""
    return Problem(
        start,
        end,
        Message(
            fi=f"”{term}” on jargonia kohderyhmälle {_name(context)}."
            + (f" Sano ”{plain}”." if plain else " Sano se arkisemmin."),
            en=f'"{term}" is jargon for the audience {_name(context)}.'
            + (f' Say "{plain}".' if plain else " Say it plainly."),
            sv=f"”{term}” är jargong för målgruppen {_name(context)}."
            + (f" Skriv ”{plain}”." if plain else " Säg det enklare."),
        ),
        (plain,) if plain else (),
    )


def _compound_problem(context: Context, token: Any, term: str, plain: str) -> Problem:
    """Return the problem of a compound with a jargon part: rephrase it (no quick fix)."""
    word = shorten(token.text)
    instead = f" (”{term}” → ”{plain}”)" if plain else ""
    return Problem.on_token(
        token,
        Message(
            fi=f"”{word}” sisältää jargonia kohderyhmälle {_name(context)}: ”{term}”. Sano se"
            f" arkisemmin{instead}.",
            en=f'"{word}" holds jargon for the audience {_name(context)}: "{term}". Say it'
            + (f' plainly ("{term}" → "{plain}").' if plain else " plainly."),
            sv=f"”{word}” innehåller jargong för målgruppen {_name(context)}: ”{term}”. Säg det"
            f" enklare{instead}.",
        ),
    )


def _jargon_compounds(context: Context, jargon: Mapping[str, str]) -> Iterator[tuple[Any, str]]:
    """Yield (word, entry) for Finnish compounds whose first or last part is a one-word entry."""
    if context.lang != "fi":
        return
    single = {term.lower(): term for term in jargon if len(term.split()) == 1}
    analysis = context.analysis
    for token in context.of_kind("word"):
        found = info(token)
        if found is None or analysis.lang_at(token.idx) != "fi":
            continue
        for reading in found.analyses:
            base = reading.get("BASEFORM", "").lower()
            parts = [
                part for joint in part_joints(reading) for part in (base[:joint], base[joint:])
            ]
            entry = next((single[part] for part in parts if part in single), None)
            if entry is not None:
                yield token, entry
                break


class InformalRegister(Rule):
    """Colloquial word forms in a draft for an audience that expects written language.

    Business customers and experts (profiles with ``formal = true``) expect standard written
    Finnish; "mä", "oon" or "olis" read as careless there. (For other audiences colloquial forms
    are only a hint, PC601.)

    Fix: use the standard forms the findings of PC601 give.
    """

    code = "PC607"
    name = "informal-register"
    criterion = "audience"
    severity = "warning"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first colloquial word when the audience is formal."""
        if not context.target.formal:
            return
        kinds = context.doc._.kinds
        colloquial = [
            token
            for token in context.tokens
            if kinds[token.i] == "word" and _colloquial(token, context) is not None
        ]
        if colloquial:
            examples = ", ".join(token.text for token in colloquial[:3])
            yield Problem.on_token(
                colloquial[0],
                Message(
                    fi=f"Kohderyhmä {_name(context)} odottaa kirjakieltä; luonnoksessa on"
                    f" {len(colloquial)} puhekielistä muotoa ({examples}).",
                    en=f"The audience {_name(context)} expects written Finnish; the draft has"
                    f" {len(colloquial)} colloquial forms ({examples}).",
                    sv=f"Målgruppen {_name(context)} väntar sig finskt skriftspråk; utkastet har"
                    f" {len(colloquial)} talspråkliga former ({examples}).",
                ),
            )


class AudienceLanguage(Rule):
    """The draft is in another language than its audience reads.

    An audience reads its own language and those its profile has a ``[languages.LANG]`` table
    for (the built-in audiences read Finnish, Swedish and English). Only a detected language is
    compared: a draft whose language is given (``lang: en`` in its
    front matter, ``--lang`` or config) is written in that language on purpose, for that
    audience in that language.

    Fix: translate the draft, or set the right audience.
    """

    code = "PC608"
    name = "audience-language"
    criterion = "audience"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first sentence when the languages differ."""
        if context.audience is None or context.lang_given or context.target.lang == context.lang:
            return
        sentence = next(iter(context.analysis.sentences), None)
        if sentence is None:
            return
        reads = context.audience.lang
        yield Problem.on_sentence(
            context.prose,
            sentence,
            Message(
                fi=f"Luonnos on {_LANGUAGE_NAMES[context.lang][0]}, mutta kohderyhmä"
                f" {_name(context)} lukee {_LANGUAGE_NAMES[reads][0]}.",
                en=f"The draft is in {_LANGUAGE_NAMES[context.lang][1]}, but the audience"
                f" {_name(context)} reads {_LANGUAGE_NAMES[reads][1]}.",
                sv=f"Utkastet är på {_LANGUAGE_NAMES[context.lang][2]}, men målgruppen"
                f" {_name(context)} läser {_LANGUAGE_NAMES[reads][2]}.",
            ),
        )


#: Each language's name in a sentence, in Finnish, English and Swedish.
_LANGUAGE_NAMES = {
    "fi": ("suomeksi", "Finnish", "finska"),
    "sv": ("ruotsiksi", "Swedish", "svenska"),
    "en": ("englanniksi", "English", "engelska"),
}


def _colloquial(token: Any, context: Context) -> str | None:
    """Return the standard form of a colloquial word, None for a standard one.

    Not colloquial: the first part of a coordinated compound ("Syys" in "Syys–marraskuussa"), a
    capitalised word in mid-sentence (a name: "Siemens" is no "Siemensi") or one at a sentence
    start that only lacks a possessive or inessive ending ("Himos", a place), a weekday's
    abbreviation before a date ("to 26.12." is torstai, not "toi"), and a word of a quotation in
    English ("so" in "”…, so we have time”").
    """
    if known(token) or compound_part(token):
        return None
    if token.text[:1].isupper() and not context.analysis.starts_sentence(token):
        return None
    if timetable_word(context.analysis, token) or context.analysis.in_english_quotation(token.idx):
        return None  # "to 26.12." is torstai; "so" in "”…, so we have time”" is English
    form = standard_form(token.text)
    if form is not None and token.text[:1].isupper() and restores_an_ending(token.text, form):
        return None  # "Himos" at a sentence start: a place more likely than "Himosi"
    return form


class Colloquial(Rule):
    """A colloquial (spoken Finnish) word form, such as "mä", "mut", "oon" or "niinku".

    Colloquial forms are not misspellings, so the spelling rule never reports them. They are a
    register choice: right for a relaxed post to young consumers, wrong for an announcement to
    business customers or experts. The finding names the standard form so the writer can choose
    knowingly. Forms come from the word list ``rules/fi/colloquial.toml`` and from undoing the
    usual sound changes of spoken Finnish until Voikko knows the word: "olis" (olisi), "kyl"
    (kyllä), "oikeesti" (oikeasti), "kattoo" (katsoo), "ilonen" (iloinen). A weekday's
    abbreviation before a date or time is none ("to 26.12." is torstai, not "toi"), and neither
    is a capitalised word in mid-sentence, a name ("Siemens").

    Fix: use the standard form when the audience expects written language; keep the colloquial
    form when it is deliberate, and switch this rule off for that audience's drafts.
    """

    code = "PC601"
    name = "colloquial"
    criterion = "audience"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per colloquial word form Voikko does not know as standard."""
        kinds = context.doc._.kinds
        for token in context.tokens:
            if kinds[token.i] not in WORD_KINDS:
                continue
            standard = _colloquial(token, context)
            if standard is None or context.vocabulary.accepts(token.text):
                continue
            yield Problem.on_token(
                token,
                Message(
                    fi=f"”{token.text}” on puhekieltä; kirjakielessä ”{standard}”."
                    " Valitse rekisteri kohderyhmän mukaan.",
                    en=f'"{token.text}" is colloquial Finnish; the written form is "{standard}".'
                    " Choose the register for your audience.",
                    sv=f"”{token.text}” är finskt talspråk; i skriftspråk heter det ”{standard}”."
                    " Välj stilnivå efter din målgrupp.",
                ),
                suggestions=(standard,),
            )


class EnglishWord(Rule):
    """An English word in a Finnish or Swedish text ("startup", "deadline", "ownership").

    Borrowed English is not a misspelling, so the spelling rule leaves it alone; but not every
    reader understands it, and a Finnish word often says the same thing more plainly. A word
    counts as English when Voikko does not know it and it is common in English (pyspellchecker's
    English word frequencies), also with a Finnish ending ("meetingissä", "brokerin") unless a
    Finnish word is a cheap slip away; a capitalised one in mid-sentence is part of a name
    ("Schneider Electric"), not English for the reader to understand; nor is a quotation in
    English ("”Tampere won because of its people”, perusteli …"), someone's words quoted as
    said. In Swedish: a lowercase word the Swedish dictionary does
    not know and English does ("ownership", "end-to-end"); the spelling rule leaves those alone.

    Fix: use the Finnish or Swedish word if there is one ("startup" → "kasvuyritys",
    "ownership" → "ansvar"); keep the English one
    when your audience uses it, and add it to ``vocabulary.accept`` so it is not reported again.
    """

    code = "PC602"
    name = "english-word"
    criterion = "audience"
    severity = "info"
    languages = frozenset({"fi", "sv"})
    reads_look_ahead = True

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per English word in the Finnish or Swedish text."""
        if context.lang == "sv":
            yield from _english_in_swedish(context)
            return
        for token, _ in context.verdicts("english"):  # none in an English quotation
            word = shorten(token.text)
            yield Problem.on_token(
                token,
                Message(
                    fi=f"”{word}” on englantia. Ymmärtääkö kohderyhmä sen? Käytä suomenkielistä"
                    " sanaa, jos sellainen on.",
                    en=f'"{word}" is English in a Finnish text. Will your audience understand it?'
                    " Use the Finnish word if there is one.",
                    sv=f"”{word}” är engelska i en finsk text. Förstår din målgrupp ordet?"
                    " Använd det finska ordet om det finns ett.",
                ),
            )


def _english_in_swedish(context: Context) -> Iterator[Problem]:
    """Yield one problem per borrowed English word in the Swedish paragraphs."""
    try:
        swedish = speller("sv")
    except DependencyError:
        return  # PC106 says the dictionary is missing
    analysis = context.analysis
    for token in context.of_kind("word"):
        word = token.text
        if analysis.lang_at(token.idx) != "sv" or not english_loan(word):
            continue
        if swedish.check(word) or context.vocabulary.accepts(word):
            continue
        if known_with_dots(word, swedish) is not None:
            continue  # "over" is "över" typed without dots: PC106's misspelling
        shown = shorten(word)
        yield Problem.on_token(
            token,
            Message(
                fi=f"”{shown}” on englantia ruotsinkielisessä tekstissä. Ymmärtääkö kohderyhmä"
                " sen? Käytä ruotsinkielistä sanaa, jos sellainen on.",
                en=f'"{shown}" is English in a Swedish text. Will your audience understand it?'
                " Use the Swedish word if there is one.",
                sv=f"”{shown}” är engelska i en svensk text. Förstår din målgrupp ordet?"
                " Använd det svenska ordet om det finns ett.",
            ),
        )


#: The rules of this module, in code order.
RULES: tuple[type[Rule], ...] = (
    Colloquial,
    EnglishWord,
    ReadabilityTarget,
    MixedAddress,
    AddressPreference,
    Jargon,
    InformalRegister,
    AudienceLanguage,
)
