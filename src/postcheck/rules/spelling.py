"""PC101–PC103, words Voikko does not know, and PC104, English words Hunspell does not know.

The Finnish rules share one verdict per word (:func:`verdict`), so a word is reported once: as a
misspelling (PC101, error) when it looks like one, as a name to confirm (PC103, info) when it
looks like a proper name Voikko has never heard of. PC104 checks English drafts with a Hunspell
dictionary through Enchant (:mod:`postcheck.nlp.hunspell`).
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

import regex

from postcheck.analysis.compounds import split_compounds
from postcheck.analysis.context import Context
from postcheck.analysis.spelling import (
    LONGEST_WORD_FORM,
    edit_distance,
    glued_on,
    is_close,
    other_language_on_a_short_line,
)
from postcheck.core.errors import DependencyError
from postcheck.core.schema import Field
from postcheck.core.text import lower_first, shorten, with_first_case
from postcheck.nlp.access import known
from postcheck.nlp.english import english_loan
from postcheck.nlp.finnish import NAME_CLASSES
from postcheck.nlp.hunspell import WordList, known_with_dots, speller
from postcheck.nlp.pipeline import finnish_word
from postcheck.nlp.suggestions import (
    common_words,
    ranked_by_likelihood,
    ranked_suggestions,
    zipf,
)
from postcheck.nlp.tokenizer import hashtag_words
from postcheck.nlp.voikko import voikko
from postcheck.profiles.vocabulary import builtin_abbreviations, builtin_list, builtin_words
from postcheck.rules.base import Message, Problem, Rule


class Spelling(Rule):
    """A Finnish word that Voikko does not know and that looks like a misspelling.

    Voikko, the Finnish spell checker, knows the inflected and compound forms of the standard
    language. A word it does not know is reported with up to ``suggestions`` of its corrections.
    A lowercase word that Voikko knows capitalised ("helsingissä") is reported with the right
    capitalisation.

    Never reported: URLs, e-mail addresses, domains, @mentions, #hashtags (PC102 checks their
    words), codes such as AINO15, numbers, acronyms in capitals ("HR:n") and file types in
    lowercase ("pdf"), words in another script ("Татьяна"), abbreviations with their dot
    ("esim."), colloquial forms (PC601), common English words (PC602), words in the team's
    ``vocabulary.accept`` or the draft's ``vocab`` (an entry with capitals matches only that
    spelling; inflected forms such as "Kindan" are accepted too), and words that look like names
    (PC103): a capital inside the word ("KuPS"), a capitalised word in mid-sentence, one at a
    sentence start that is not a small slip from a word Voikko knows, and one in a name of
    several words ("Heinrich Scheidemann", "Eduardo da Silva", "al-Zaidi"), or an acronym with
    its ending written on ("SAPin"). Nor are the first part of a coordinated compound that the
    last part's tail makes a word ("huhti–elokuussa", "huhti- ja toukokuussa"), inflected
    forms of a vocabulary entry whose stem changes ("tubettajista" of "tubettaja"), three
    unknown words in a row (a passage in another language), the words of a quotation in English
    ("”It took the work off our plate”, sanoo …"), a word the draft uses three times
    or more (PC108 reports it once as the draft's own term), or a lowercase word no correction
    is in reach of (PC109: a term, dialect, slang or a foreign word more often than a typo).

    Fix: correct the word. If it is right (a name, a brand, a new term), add it to
    ``vocabulary.accept`` in postcheck.toml so the whole team's drafts accept it, or to ``vocab``
    in this draft's front matter.

    Options: ``suggestions`` (default 5), how many corrections to show.
    """

    code = "PC101"
    reads_look_ahead = True
    accepts_vocabulary = True
    name = "spelling"
    criterion = "correct"
    severity = "error"
    languages = frozenset({"fi"})
    options: ClassVar[Mapping[str, Any]] = {"suggestions": Field("int", 5, maximum=20)}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per misspelt word."""
        limit = self.values["suggestions"]
        for token, result in context.verdicts("typo", "case"):
            word = shorten(token.text)
            suggestions = result.suggestions[:limit]
            if result.kind == "case" and suggestions:
                message = _case_message(word, suggestions[0])
            else:
                message = Message(
                    fi=f"Voikko ei tunne sanaa ”{word}”. Korjaa kirjoitusasu; jos sana on oikein,"
                    f" lisää se tiimin sanastoon{_command(token.text)}",
                    en=f'Voikko does not know "{word}". Fix the spelling; if the word is right,'
                    f" add it to the team's vocabulary{_command(token.text)}",
                    sv=f"Voikko känner inte till ordet ”{word}”. Rätta stavningen; om ordet är"
                    f" rätt, lägg till det i teamets ordlista{_command(token.text)}",
                )
            yield Problem.on_token(token, message, suggestions)


def _case_message(word: str, written: str) -> Message:
    """Return the message for a word written in the wrong case: how it is written."""
    if _capital_only(word, written):
        return Message(
            fi=f"”{word}” kirjoitetaan isolla alkukirjaimella: ”{written}”.",
            en=f'"{word}" is written with a capital letter: "{written}".',
            sv=f"”{word}” skrivs med stor begynnelsebokstav: ”{written}”.",
        )
    return Message(
        fi=f"”{word}” kirjoitetaan näin: ”{written}”.",
        en=f'"{word}" is written "{written}".',
        sv=f"”{word}” skrivs ”{written}”.",
    )


def _capital_only(word: str, written: str) -> bool:
    """Tell whether ``written`` differs from ``word`` only by a capital initial."""
    return (
        written[:1].isupper() and written[:1].lower() + written[1:] == word[:1].lower() + word[1:]
    )


def _command(word: str) -> str:
    """Return ": postcheck vocab add WORD" to end a message, or "." for a word too long to add."""
    return f": postcheck vocab add {_quoted(word)}" if len(word) <= LONGEST_WORD_FORM else "."


def _command_for_all(words: tuple[str, ...]) -> str:
    """Return ": postcheck vocab add WORD…" with every form a draft's term is written in."""
    shown = [word for word in words if len(word) <= LONGEST_WORD_FORM]
    return f": postcheck vocab add {' '.join(_quoted(word) for word in shown)}" if shown else "."


def _quoted(word: str) -> str:
    """Return a word as the shell takes it for ``postcheck vocab add``."""
    return (
        word
        if regex.fullmatch(r"[\p{L}\p{N}_.:-]+", word)
        else "'" + word.replace("'", "'\\''") + "'"
    )


class UnknownName(Rule):
    """A capitalised word that Voikko does not know: probably a name.

    Voikko knows common Finnish names but not most people, companies, products or places
    abroad. A word with a capital inside it ("KuPS", "LounasPatria"), a capitalised word in
    mid-sentence, or a capitalised word at a sentence start that is not a small slip from a word
    Voikko knows is most likely such a name, so it is not reported as a misspelling. It is still
    worth a look: names are where misspellings embarrass the most. Voikko's nearest words are
    shown in case it is a slip after all. A name is reported once, where the draft first writes
    it, however often it appears.

    Fix: check the name's spelling; add it to the team's vocabulary with ``postcheck vocab add
    NAME`` (``vocabulary.accept`` in postcheck.toml; ``--draft FILE`` for one draft's ``vocab``)
    so it is known from now on.
    """

    code = "PC103"
    reads_look_ahead = True
    accepts_vocabulary = True
    name = "unknown-name"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown name, where the draft first writes it."""
        seen: set[str] = set()
        for token, result in context.verdicts("name"):
            if token.text in seen:
                continue  # a name written ten times is checked once
            seen.add(token.text)
            word = shorten(token.text)
            yield Problem.on_token(
                token,
                Message(
                    fi=f"Voikko ei tunne nimeä ”{word}”. Tarkista kirjoitusasu ja lisää nimi"
                    f" sanastoon{_command(token.text)}",
                    en=f'Voikko does not know the name "{word}". Check its spelling and add it'
                    f" to the vocabulary{_command(token.text)}",
                    sv=f"Voikko känner inte till namnet ”{word}”. Kontrollera stavningen och lägg"
                    f" till namnet i ordlistan{_command(token.text)}",
                ),
                result.suggestions[:3],
            )


class NewCompound(Rule):
    """A compound Voikko does not know, made of Finnish parts it does: worth a second look.

    Finnish builds compounds freely ("tuoretagliatellen", "asiakaspalvelukokemus"), and no
    dictionary lists them all. A lowercase word (or one with a capital only because it starts a
    sentence: "Takaisinveto koskee…") that splits into a first part that can head a
    compound (a noun or adjective in the nominative or genitive) and a last part Voikko knows is
    reported as information, with its parts, not as a misspelling: check that it is one word and
    not two ("viimekesän" is "viime kesän"). So is a word Voikko's first suggestion writes apart
    into two words it knows ("kaupassakäyntistrategiaa": "kaupassa käyntistrategiaa"), a
    compound with an inflected first part, which Finnish also writes together ("kouluunlähtö").
    It carries no suggestion, so no quick fix splits a compound that is right. A word one cheap
    slip from a common word is a misspelling after all (PC101).

    Fix: write it apart if it is two words; if the compound is right, add it to the vocabulary
    with ``postcheck vocab add WORD``.
    """

    code = "PC105"
    reads_look_ahead = True
    accepts_vocabulary = True
    name = "new-compound"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown compound of known parts."""
        for token, result in context.verdicts("compound"):
            word = shorten(token.text)
            parts = " + ".join(result.forms)
            # a compound's capital only starts its sentence: the entry in lowercase accepts both
            add = _command(lower_first(token.text))
            yield Problem.on_token(
                token,
                Message(
                    fi=f"Voikko ei tunne yhdyssanaa ”{word}” ({parts}). Tarkista, onko se yksi"
                    f" sana vai kaksi; jos se on oikein, lisää se sanastoon{add}",
                    en=f'Voikko does not know the compound "{word}" ({parts}). Check that it is'
                    f" one word, not two; if it is right, add it to the vocabulary{add}",
                    sv=f"Voikko känner inte till sammansättningen ”{word}” ({parts}). Kontrollera"
                    " att det är ett ord och inte två; om det är rätt, lägg till det i"
                    f" ordlistan{add}",
                ),
            )  # no suggestion: the compound may well be right, and a quick fix would split it


class DraftTerm(Rule):
    """A word Voikko does not know that the draft uses three times or more: its own term.

    A game, a product or a field has words no dictionary lists ("simit", "simin", "simeille"
    all through an article on a game). A misspelling is not repeated that way, so such a word
    is reported once, where it first appears, with how many times and in which forms the draft
    uses it: a term to add to the vocabulary, or a misspelling to correct everywhere. Forms a
    common word is a cheap slip away from ("alottaa" three times for "aloittaa") are a habit of
    misspelling and stay errors (PC101).

    Fix: if the word is right, add it to the vocabulary with ``postcheck vocab add WORD`` so
    every draft knows it; if not, correct it in each place.
    """

    code = "PC108"
    reads_look_ahead = True
    accepts_vocabulary = True
    name = "draft-term"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown word the draft uses again and again, at its first use."""
        for token, result in context.verdicts("term"):
            word = shorten(token.text)
            forms = ", ".join(shorten(form) for form in result.forms[:4])
            more = ", …" if len(result.forms) > 4 else ""
            add = _command_for_all(result.forms)
            yield Problem.on_token(
                token,
                Message(
                    fi=f"Voikko ei tunne sanaa ”{word}”, jota luonnos käyttää {result.uses}"
                    f" kertaa ({forms}{more}). Jos se on alan termi, lisää se sanastoon{add};"
                    " jos se on kirjoitusvirhe, korjaa se joka kohdasta.",
                    en=f'Voikko does not know "{word}", which the draft uses {result.uses}'
                    f" times ({forms}{more}). If it is a term of the field, add it to the"
                    f" vocabulary{add}; if it is a misspelling, correct it everywhere.",
                    sv=f"Voikko känner inte till ”{word}”, som utkastet använder {result.uses}"
                    f" gånger ({forms}{more}). Om det är en fackterm, lägg till den i"
                    f" ordlistan{add}; om det är ett stavfel, rätta det överallt.",
                ),
            )


class WordWithoutCorrection(Rule):
    """A lowercase word Voikko does not know and no correction is in reach of.

    A slip of typing leaves a word a letter or its dots from the word meant, and Voikko or the
    common slips (a doubled letter, ä/ö without dots, also in a part of a compound, a
    neighbouring key…) find that word: 1,999 of 2,000 one-slip typos of real Finnish words have
    a correction. A word nothing is found for is seldom a typo: it is a term of the field
    Voikko lacks ("koliformisia"), dialect or slang ("hipihiljaa", "luusereita"), or a word of
    another language (30 of 31 such words on UD Finnish). It is reported as a warning, not a
    misspelling: check it, and ask whether the reader knows it. Two slips in one word can put
    it out of reach too ("kaupungnvaltustoon"): the warning is where to look. A word the draft
    uses three times or more is its own term (PC108).

    Fix: if the word is right and the readers know it, add it to the vocabulary with
    ``postcheck vocab add WORD``; if they may not, use a word of the standard language or
    explain it; if it is mistyped after all, correct it.
    """

    code = "PC109"
    reads_look_ahead = True
    accepts_vocabulary = True
    name = "word-without-correction"
    criterion = "correct"
    severity = "warning"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown word no correction is found for."""
        for token, _ in context.verdicts("unknown"):
            word = shorten(token.text)
            add = _command(token.text)  # a word without a correction is never too long to add
            yield Problem.on_token(
                token,
                Message(
                    fi=f"Voikko ei tunne sanaa ”{word}” eikä löydä sille korjausta: se voi olla"
                    " alan termi, murre- tai slangisana tai vieras sana. Jos se on oikein ja"
                    f" lukijat tuntevat sen, lisää se sanastoon{add};"
                    " muuten käytä yleiskielen sanaa tai selitä se.",
                    en=f'Voikko does not know "{word}" and finds no correction for it: it may be'
                    " a term of the field, dialect, slang or a foreign word. If it is right and"
                    " your readers know it, add it to the vocabulary"
                    f"{add}; if not, use a standard word or explain"
                    " it.",
                    sv=f"Voikko känner inte till ”{word}” och hittar ingen rättelse: det kan vara"
                    " en fackterm, dialekt, slang eller ett främmande ord. Om det är rätt och"
                    " läsarna känner det, lägg till det i ordlistan"
                    f"{add}; annars använd ett allmänspråkligt ord"
                    " eller förklara det.",
                ),
            )


class HashtagSpelling(Rule):
    """A word in a hashtag that Voikko does not know, reported as information.

    Hashtags are often brands, campaign names or run-together words, so they are reported as
    ``info``, not as errors. CamelCase hashtags are checked word by word ("#KindaKevät" →
    "Kinda", "Kevät"); a lowercase hashtag is one word, so a compound ("#sisältömarkkinointi") is
    fine, and so is a lowercase place or brand name Voikko knows capitalised ("#tampere") and
    two or three words run together ("#kaupallinenyhteistyö", "#hyvääjoulua"). Numbers and
    words in the team's vocabulary are never reported.

    Fix: check the spelling. Capitalising each word (#KindaKevät) helps screen readers and
    readers alike; add a campaign or brand name to ``vocabulary.accept``.
    """

    code = "PC102"
    reads_look_ahead = True
    name = "hashtag-spelling"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown word inside a hashtag."""
        kinds = context.doc._.kinds
        for token in context.tokens:
            if kinds[token.i] != "hashtag" or context.vocabulary.accepts(token.text[1:]):
                continue
            for offset, word in hashtag_words(token.text):
                info = finnish_word(word)
                if word.isdigit() or word.isupper() or info.known or info.analyses:
                    continue
                if finnish_word(word.capitalize()).known or context.vocabulary.accepts(word):
                    continue
                if _words_written_together(word):
                    continue  # "#kaupallinenyhteistyö", "#hyvääjoulua": hashtags drop spaces
                start = token.idx + 1 + offset
                yield Problem(
                    start,
                    start + len(word),
                    Message(
                        fi=f"Voikko ei tunne aihetunnisteen sanaa ”{shorten(word)}”. Tarkista kirjoitusasu"
                        " tai lisää sana sanastoon.",
                        en=f'Voikko does not know "{shorten(word)}" in the hashtag {shorten(token.text)}. Check the'
                        " spelling or add the word to the vocabulary.",
                        sv=f"Voikko känner inte till ordet ”{shorten(word)}” i hashtaggen"
                        f" {shorten(token.text)}. Kontrollera stavningen eller lägg till ordet i"
                        " ordlistan.",
                    ),
                    ranked_suggestions(word)[:3],
                )


#: Each word a hashtag runs together has at least this many letters ("hyvää", "joulua").
_SHORTEST_JOINED = 3


def _words_written_together(word: str, parts: int = 3) -> bool:
    """Tell whether ``word`` is two or three Finnish words without the spaces between them.

    "kaupallinenyhteistyö" (kaupallinen yhteistyö), "hyvääjoulua": a hashtag has no spaces.
    """
    if len(word) > LONGEST_WORD_FORM:
        return False  # no words run together make this long a run of letters
    analyzer = voikko("fi")
    for cut in range(_SHORTEST_JOINED, len(word) - _SHORTEST_JOINED + 1):
        if not analyzer.spell(word[:cut]):
            continue
        rest = word[cut:]
        if analyzer.spell(rest) or (parts > 2 and _words_written_together(rest, parts - 1)):
            return True
    return False


#: An acronym in capitals, also plural or possessive: "HR", "CEOs", "HR's", "KPI’s".
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&]+(?:['’]?s)?")
#: A lowercase letter followed by a capital: a name or brand such as "iPhone" or "LinkedIn".
_INNER_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")
#: A contraction or possessive of a word: "Kinda's", "students'", "Kinda’ll".
_CLITIC = regex.compile(r"(?P<base>.+?)['’](?:s|ll|d|re|ve)?")


def _known(word: str, words: WordList) -> bool:
    """Tell whether the dictionary knows ``word``, also with a straight apostrophe or no accents.

    "don’t" is "don't"; "café" and "naïve" are "cafe" and "naive" with their accents.
    """
    plain = word.replace("’", "'")
    if words.check(plain):
        return True
    bare = "".join(
        char for char in unicodedata.normalize("NFD", plain) if not unicodedata.combining(char)
    )
    return bare != plain and words.check(bare)


def _fine(word: str, context: Context, words: WordList) -> bool:
    """Tell whether an English word is no misspelling, whatever its capitals.

    Fine: a word with digits, an acronym, a word with a capital inside, a word the dictionary
    knows or the team accepts, a contraction or possessive of such a word ("Kinda's"), or a
    hyphenated word whose parts are fine or names ("Kinda-led").
    """
    if any(char.isdigit() for char in word) or _ACRONYM.fullmatch(word):
        return True
    if _INNER_CAPITAL.search(word) or context.vocabulary.accepts(word) or _known(word, words):
        return True
    clitic = _CLITIC.fullmatch(word)
    if clitic is not None:
        base = clitic["base"]
        if _ACRONYM.fullmatch(base) or context.vocabulary.accepts(base) or _known(base, words):
            return True
    parts = word.split("-")
    return (
        len(parts) > 1
        and all(parts)
        and all(part[:1].isupper() or _fine(part, context, words) for part in parts)
    )


def _hyphen_ellipsis(token: Any, context: Context) -> bool:
    """Tell whether a word is the first part of a coordinated compound ("ränte- och …").

    "ränte-" in "ränte- och amorteringskostnader", "pre-" in "pre- and post-launch": the word
    ends in a hyphen followed by a space.
    """
    doc, i = context.doc, token.i
    return (
        not token.whitespace_
        and i + 1 < len(doc)
        and doc[i + 1].text in ("-", "–")
        and bool(doc[i + 1].whitespace_)
    )


#: The shortest last part of a Swedish compound the dictionary must know on its own.
_PART = 4
#: The shortest last part after a verb's stem, and how common (Zipf) it must be: "dag" in
#: "hämtdag", "tid" in "vänttid"; a rarer three-letter word is no part.
_SHORT_TAIL = 3
_SHORT_TAIL_ZIPF = 5.0
#: The shortest first part: "när" in "närbiblioteket", "sjö" in "sjöutsikt".
_HEAD = 3
#: How common (Zipf) a first part of three letters must be: "när", "sjö" are words; the
#: fragments Hunspell also knows ("stö", "jäm", "kur") would hide "störingarna", "jämviten".
_SHORT_HEAD_ZIPF = 4.0
#: Letters that link a compound's first part to its last: "genomsnitt+s+tal", "by+a+gården",
#: "kyrk+o+gården", "gat+u+belysning", "flick+e+namn".
_LINKS = "saeou"
#: How common a word one slip away must be (Zipf, wordfreq) to make an unknown word its typo.
COMMON_ZIPF = 3.0


def _compound(word: str, words: WordList) -> bool:
    """Tell whether a Swedish word is a compound of words the dictionary knows.

    Swedish writes compounds together ("gammakameran" of "gamma" and "kameran"); Hunspell knows
    many but not all. A known last part of four letters or more after a known first part of
    three letters or more ("när+biblioteket"), or after a known first part of two or more and a
    linking letter ("genomsnitt+s+tal", the Finland-Swedish "by+a+gården"), makes a compound,
    unless a common word is one slip away ("försäljnig" is "försäljning"; "gammakameran" is not
    the rare "gammakamera"): "kvardratkilometer" has no such split and stays a misspelling.
    A verb's stem that heads compounds (``compound_heads`` in ``rules/sv/vocabulary.toml``)
    does too, before any known last part or a very common short one ("hämt+schema",
    "hämt+dag").
    """
    if len(word) < _HEAD + _SHORT_TAIL + 1 or not word.isalpha():
        return False
    if any(
        is_close(word, s.lower()) and zipf(s, "sv") >= COMMON_ZIPF for s in words.suggest(word)[:3]
    ):
        return False  # "försäljnig" is a slip of "försäljning", not "försälj" + "nig"
    for cut in range(_HEAD, len(word) - _SHORT_TAIL + 1):
        head, tail = word[:cut], word[cut:]
        if len(tail) < _PART:  # "hämt+dag": a short last part only after a verb's stem
            if _verb_stem(head) and zipf(tail, "sv") >= _SHORT_TAIL_ZIPF:
                return True
            continue
        if not _known(tail, words):
            continue
        if _verb_stem(head):
            return True  # "hämt+schema", "kör+kortet": a verb's stem heads a compound
        if (
            len(word) > 2 * _PART  # "före+liga" is too short to be two words
            and _known(head, words)
            and (len(head) >= _PART or zipf(head, "sv") >= _SHORT_HEAD_ZIPF)
        ):
            return True
        if (
            (len(word) > 2 * _PART or len(tail) > _PART)  # "by+a+vägen", not "för+e+liga"
            and _linked(head, tail)
            and _known(head[:-1], words)
        ):
            return True
    return False


def _verb_stem(head: str) -> bool:
    """Tell whether a compound's first part is a verb's stem that heads compounds: "hämt".

    Swedish makes compounds of a verb's stem ("hämtdag", "körkort", "läsår"); Hunspell builds
    few of them. Only the stems ``rules/sv/vocabulary.toml`` lists: a head read off any word
    ending in "a" would hide typos ("förkola" as "för" of "föra", "surpris").
    """
    return head in builtin_list("sv", "compound_heads")


def _linked(head: str, tail: str) -> bool:
    """Tell whether ``head`` ends in a linking letter: not one that doubles a letter beside it.

    "by+a+gården", "kyrk+o+gården"; "fack+o+organ" and "be+e+gränsades" are a letter typed twice.
    """
    link = head[-1]
    return len(head) > 2 and link in _LINKS and link not in (head[-2], tail[0])


def _is_slip(
    word: str, suggestion: str, words: WordList, lang: str, common: float = COMMON_ZIPF
) -> bool:
    """Tell whether ``suggestion`` is a common word one edit away (two for long words).

    Common: in the dictionary in lowercase and in everyday use (wordfreq, Zipf ``common`` or
    more), so a name at a line's start ("Oskari Lehto, CTO") is no slip of a rare word
    ("askari").
    """
    lower = suggestion.lower()
    return is_close(word, suggestion) and _known(lower, words) and zipf(lower, lang) >= common


def _capitalised_in_mid_sentence(context: Context) -> frozenset[str]:
    """Return the capitalised words the draft writes in mid-sentence (names, as a rule)."""
    analysis = context.analysis
    return frozenset(
        token.text
        for token in context.of_kind("word")
        if token.text[:1].isupper() and not analysis.starts_sentence(token)
    )


#: The most words a sender's line under a post has: "Vörå kommun, vattentjänster".
SENDER_WORDS = 6
#: How common (Zipf) a word one slip away must be to make a capitalised word on the sender's
#: line its typo: "Välkommen" (5.1) is; "Vrå" (3.1) is no word "Vörå" was meant as.
SENDER_ZIPF = 4.0


@functools.cache
def _builtin_words(lang: str) -> frozenset[str]:
    """Return the words accepted in every draft of ``lang``, in lowercase."""
    return frozenset(word.lower() for word in builtin_words(lang))


def _in_closing_line(token: Any, prose: str) -> bool:
    """Tell whether a word stands on the sender's line that closes a post.

    The post's last paragraph, apart from the text above it, a line of a few words without a
    sentence's end that names a sender: a name and its unit after a comma ("Vörå kommun,
    vattentjänster") or capitalised words only ("Team Kinda"). Its capitalised words are names
    unless an everyday word is a slip away (:data:`SENDER_ZIPF`: "Välkomen till oss, alla").
    """
    text = prose.rstrip()
    start = text.rfind("\n\n") + 2
    line = text[start:]
    if start < 2 or token.idx < start or "\n" in line or not prose[:start].strip():
        return False
    words = line.split()
    return (
        len(words) <= SENDER_WORDS
        and not line.endswith((".", "!", "?"))
        and ("," in line or all(word[:1].isupper() for word in words))
    )


def _ranked(word: str, suggestions: tuple[str, ...]) -> tuple[str, ...]:
    """Put the word with its missing apostrophe first ("dont" → "don't"), else Enchant's order."""
    lower = word.lower()
    return tuple(
        sorted(suggestions, key=lambda suggestion: suggestion.lower().replace("'", "") != lower)
    )


def hunspell_typo(token: Any, context: Context, words: WordList) -> tuple[str, ...] | None:
    """Return the corrections of a word Hunspell does not know, or None when it is fine.

    A capitalised word the dictionary does not know is a name in mid-sentence, and at a
    sentence start too when the draft writes it in mid-sentence as well ("Meet Kide Sense 2. …
    Kide Sense 2 measures …") or no common word is a small slip away ("Recieve" → "Receive").
    """
    word: str = token.text
    if glued_on(token, context.analysis) or _fine(word, context, words):
        return None
    lang = context.analysis.lang_at(token.idx)
    if word.lower() in builtin_abbreviations(lang) or _hyphen_ellipsis(token, context):
        return None
    if word.lower() in _builtin_words(lang):
        return None  # "backend" in an English paragraph of a Finnish post too
    if lang != context.lang and known(token):  # a Finnish word in a Finnish post's English line
        return None
    if other_language_on_a_short_line(token, context.analysis, ("fi",)):
        return None  # "## Hyväksyminen vaihe vaiheelta" in an English post's Finnish part
    starts_with_capital = word[:1].isupper()  # "EU" too: an acronym in mid-sentence is a name
    if (
        starts_with_capital
        and len(word) <= LONGEST_WORD_FORM
        and not context.analysis.starts_sentence(token)
    ):
        return None  # a name (asked before any suggestions: Hunspell takes 20-50 ms a word)
    if starts_with_capital and word in context.once(_capitalised_in_mid_sentence):
        return None  # a sentence opener the draft writes as a name elsewhere
    if _nordic_word(word, lang):
        return None  # "pulla", "sisu" in an English post: a word of the region
    dotted = None  # the word with å, ä, ö put back, when the dictionary knows it so
    if lang == "sv":
        if _compound(word.lower(), words):
            return None  # a compound Hunspell does not build
        dotted = known_with_dots(word, words)
        if dotted is None and _borrowed_english(lower_first(word)):
            return None  # borrowed English ("Core 30 min", "onboarding"): PC602's
    if len(word) > LONGEST_WORD_FORM:
        return ()
    offered = words.suggest(word.replace("’", "'"))
    suggestions = _ranked(word, ranked_by_likelihood(word, offered, lang))
    if dotted is not None:  # typed without å, ä, ö: "pa" is "på" before anything else
        suggestions = (dotted, *(s for s in suggestions if s != dotted))
    if "’" in word:
        suggestions = tuple(suggestion.replace("'", "’") for suggestion in suggestions)
    # on the sender's line only a slip of an everyday word is one: "Välkomen", not "Vörå"
    common = SENDER_ZIPF if _in_closing_line(token, context.prose) else COMMON_ZIPF
    if starts_with_capital and (
        _finnish_name(word)
        or not any(
            _is_slip(word, s, words, lang, common) and edit_distance(word.lower(), s.lower()) == 1
            for s in suggestions
        )
    ):
        return None  # a name at a sentence's start: "Antti", "Fortum", "Ledgerly" (not "Ledger")
    return suggestions


#: The shortest Finnish word let go in an English post (not "tee", "ja").
_NORDIC_MIN = 4


def _nordic_word(word: str, lang: str) -> bool:
    """Tell whether a lowercase word of an English post is Finnish as written.

    "Coffee and pulla", "sisu", "salmiakki": a post from Finland borrows the words of its
    region, and an English slip is seldom a Finnish word. Swedish ones are not let go: a
    Finn's slips in English are Swedish spellings ("adress", "projekt", "produkt"). Nor is an
    English name written in lowercase ("italian", "december", "asian": Finnish "Italian",
    "asian" too): that is a slip of the capital.
    """
    if lang != "en" or len(word) < _NORDIC_MIN or not word.islower():
        return False
    english = speller("en")
    if english.check(word.capitalize()):
        return False
    return bool(voikko("fi").spell(word))


def _borrowed_english(word: str) -> bool:
    """Tell whether a word of a Swedish text is borrowed English: common, or in the dictionary.

    "ownership" is common English; "onboarding", "webinar", "roadmap" are in the English
    dictionary but rarer than the common list.
    """
    if english_loan(word):
        return True
    if not word.isalpha() or len(word) < _NORDIC_MIN:
        return False
    try:
        return speller("en").check(word)
    except DependencyError:
        return False


def _finnish_name(word: str) -> bool:
    """Tell whether Voikko knows a capitalised word as a name: "Antti", "Posti", "Hanko"."""
    return any(analysis.get("CLASS") in NAME_CLASSES for analysis in voikko("fi").analyze(word))


class _HunspellSpelling(Rule):
    """A word the language's Hunspell dictionary does not know (the base of PC104 and PC106).

    It reads the drafts of its language and, in drafts of another language, the paragraphs
    written in its language (a bilingual post).
    """

    criterion = "correct"
    severity = "error"
    accepts_vocabulary = True
    #: The language the dictionary spells.
    language: ClassVar[str]
    #: The ``dictionary`` option's values: value → the dictionary's name in fi, en and sv.
    dictionary_names: ClassVar[Mapping[str, tuple[str, str, str]]] = {}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per misspelt word."""
        analysis = context.analysis
        if context.lang != self.language and not any(
            lang == self.language for _, _, lang in analysis.other_languages
        ):
            return  # nothing in this language: the dictionary is not even opened
        dictionary = self.values["dictionary"]
        words = speller(dictionary)
        limit = self.values["suggestions"]
        fi, en, sv = self.dictionary_names[dictionary]
        for token in context.of_kind("word"):
            if analysis.lang_at(token.idx) != self.language:
                continue
            corrections = hunspell_typo(token, context, words)
            if corrections is None:
                continue
            word = shorten(token.text)
            first = corrections[0] if corrections else token.text
            if first != token.text and first.lower() == token.text.lower():
                message = _case_message(word, first)  # only the case: "friday", "i'm"
            else:
                message = Message(
                    fi=f"{fi} sanakirja ei tunne sanaa ”{word}”, ja kirjoitusvirhe vie"
                    " tekstiltä uskottavuutta. Korjaa kirjoitusasu; jos sana on oikein (nimi,"
                    " tuotemerkki, termi), lisää se sanastoon (vocabulary.accept tai"
                    " luonnoksen vocab).",
                    en=f'The {en} dictionary does not know "{word}", and a misspelling costs'
                    " the post its credibility. Fix the spelling; if the word is right (a name,"
                    " a brand, a term), add it to the vocabulary (vocabulary.accept or the"
                    " draft's vocab).",
                    sv=f"{sv} känner inte till ordet ”{word}”, och ett stavfel kostar texten"
                    " dess trovärdighet. Rätta stavningen; om ordet är rätt (ett namn, ett"
                    " varumärke, en term), lägg till det i ordlistan (vocabulary.accept eller"
                    " utkastets vocab).",
                )
            yield Problem.on_token(token, message, corrections[:limit])


class EnglishSpelling(_HunspellSpelling):
    """An English word that the Hunspell dictionary does not know: a misspelling.

    English drafts are checked with the Hunspell dictionaries the ``dictionary`` option names
    (``en``, the default: a word either the US or the British dictionary knows is fine; ``en_US``
    or ``en_GB`` for one spelling), through Enchant; both come from the system's packages
    (``sudo apt-get install libenchant-2-2 hunspell-en-us hunspell-en-gb``). A word the
    dictionary rejects is reported with up to ``suggestions`` of its corrections, in the
    dictionary's order, a missing apostrophe first ("dont" → "don't"). A word whose first
    correction differs only in case is told how it is written ("friday" is written with a
    capital letter: "Friday"; "i'm": "I'm"). Only words the dictionary rejects are reported:
    "dont" is, a real word in the wrong place ("its" for "it's") is not.

    Never reported: URLs, e-mail addresses, domains, @mentions, #hashtags, codes such as AINO15,
    numbers and words written together with them ("3rd", "10am"), words with digits, acronyms in
    capitals ("HR", "CEOs", "HR's"), words with a capital inside ("iPhone"), contractions and
    possessives of known or accepted words ("don't", "Kinda's"), accented spellings of known
    words ("café"), hyphenated words whose parts are fine, words in the team's
    ``vocabulary.accept`` or the draft's ``vocab``, and names: a capitalised word in mid-sentence,
    or one at a sentence start that the draft also writes in mid-sentence or that is not a small
    slip from a common word.

    Fix: correct the word. If it is right (a name, a brand, a new term), add it to
    ``vocabulary.accept`` in postcheck.toml so the whole team's drafts accept it, or to ``vocab``
    in this draft's front matter.

    Options: ``suggestions`` (default 5), how many corrections to show; ``dictionary``
    (``en``, ``en_US`` or ``en_GB``, default ``en``), which English the drafts are written in.
    """

    code = "PC104"
    name = "english-spelling"
    language = "en"
    options: ClassVar[Mapping[str, Any]] = {
        "suggestions": Field("int", 5, maximum=20),
        "dictionary": Field(("en", "en_US", "en_GB"), "en"),
    }
    dictionary_names: ClassVar[Mapping[str, tuple[str, str, str]]] = {
        "en": ("Englannin", "English", "Den engelska ordlistan"),
        "en_US": ("Amerikanenglannin", "US English", "Den amerikanska ordlistan"),
        "en_GB": ("Brittienglannin", "British English", "Den brittiska ordlistan"),
    }


class SwedishSpelling(_HunspellSpelling):
    """A Swedish word that the Hunspell dictionary does not know: a misspelling.

    Swedish drafts are checked with the Hunspell dictionaries LibreOffice uses (Den stora svenska
    ordlistan, Göran Andersson), through Enchant, from the system's packages (``sudo apt-get
    install libenchant-2-2 hunspell-sv``): ``sv`` (the default) takes a word either the Finland
    Swedish or the Sweden Swedish dictionary knows; ``sv_FI`` or ``sv_SE`` one of them. Hunspell
    builds Swedish compounds from their parts, so "kundtjänstmedarbetare" is known. A word the
    dictionary rejects is reported with up to ``suggestions`` of its corrections; one whose
    first correction differs only in case is told how it is written ("stockholm" skrivs med
    stor begynnelsebokstav: "Stockholm").

    Never reported: what PC104 never reports in English drafts — URLs, addresses, mentions,
    hashtags, codes, numbers, acronyms, words with a capital inside, words the team accepts, and
    names (a capitalised word in mid-sentence, or one at a sentence start that the draft also
    writes in mid-sentence or that is not a small slip from a common word).

    Fix: correct the word. If it is right (a name, a brand, a new term), add it to
    ``vocabulary.accept`` in postcheck.toml, or to ``vocab`` in this draft's front matter.

    Options: ``suggestions`` (default 5); ``dictionary`` (``sv``, ``sv_FI`` or ``sv_SE``,
    default ``sv``).
    """

    code = "PC106"
    name = "swedish-spelling"
    language = "sv"
    options: ClassVar[Mapping[str, Any]] = {
        "suggestions": Field("int", 5, maximum=20),
        "dictionary": Field(("sv", "sv_FI", "sv_SE"), "sv"),
    }
    dictionary_names: ClassVar[Mapping[str, tuple[str, str, str]]] = {
        "sv": ("Ruotsin", "Swedish", "Den svenska ordlistan"),
        "sv_FI": ("Suomenruotsin", "Finland Swedish", "Den finlandssvenska ordlistan"),
        "sv_SE": ("Ruotsinruotsin", "Sweden Swedish", "Den sverigesvenska ordlistan"),
    }


class SplitCompound(Rule):
    """A compound written as two words: Swedish "kyl rum" for "kylrum", Finnish "asiakas palvelu".

    Finnish (yhdyssanavirhe): two nouns in the nominative side by side, the first in the
    singular, whose joined word Voikko builds and Finnish uses (wordfreq has seen it, with the
    second part's base form: "huippu tarjoukset" for "huipputarjoukset"); neither among the 300
    commonest words ("kaikki ohjeet"); a hyphen where the parts meet at the same vowel
    ("perjantai ilta" → "perjantai-ilta"). Pairs of nouns that are sound Finnish (a subject and
    its object, an apposition, a label line "YÖVUORO HENGITYS") are left alone because their
    joined word is no word in use; rarer compounds split are missed ("pulssi taso").

    Swedish writes compounds as one word; split, they change meaning or read as a slip ("mat
    kassar", "kyl skåpet"). Reported when both words and the joined word are in the Swedish
    dictionary, the joined word is in common use (wordfreq: at least :data:`COMPOUND_ZIPF`, that
    is 100 uses in a billion words) and neither word is among the 300 most common Swedish
    words (so "för att", "till exempel" and the like never are), and the first is not an
    adjective that goes before its noun ("små företag", listed in ``rules/sv/vocabulary.toml``).
    Another adjective (one the dictionary compares: "hård", "hårdare", "hårdast") counts only
    when the compound is established (:data:`ADJECTIVE_COMPOUND_ZIPF`): "sjuk hus" is reported,
    "hård plast" is not.
    Adjective and noun pairs whose compound is rarer ("lång sikt", "små rum") are left alone: on UD_Swedish-Talbanken's edited
    text the rule flags no pair in 20,000 words (at 1.5 it flagged "lång sikt", "halv miljon"
    and "små lägenheter"). Rarer compounds split are missed ("kyl rummet").

    Fix: write the compound as one word, or check that the two words are meant apart.
    """

    code = "PC107"
    name = "split-compound"
    criterion = "correct"
    severity = "warning"
    languages = frozenset({"sv", "fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per pair of words the dictionary and usage write as one."""
        if context.lang == "fi":
            yield from _finnish_split_compounds(context)
            return
        try:
            words = speller("sv")
        except DependencyError:
            return  # PC106 says the dictionary is missing
        common = common_words("sv")
        adjectives = builtin_list("sv", "adjectives")
        tokens = context.tokens
        kinds = context.doc._.kinds
        for first, second in itertools.pairwise(tokens):
            if kinds[first.i] != "word" or kinds[second.i] != "word" or first.whitespace_ != " ":
                continue
            a, b = first.text, second.text
            if not (a.isalpha() and b.isalpha() and a.islower() and b.islower()):
                continue
            if len(a) < 3 or len(b) < 3 or a in common or b in common or a in adjectives:
                continue
            joined = a + b
            frequency = zipf(joined, "sv")
            if frequency < COMPOUND_ZIPF or not words.check(joined):
                continue
            if frequency < ADJECTIVE_COMPOUND_ZIPF and _compared(a, words):
                continue  # "hård plast", "mörka rum": an adjective before its noun
            if not (words.check(a) and words.check(b)):
                continue
            yield Problem(
                first.idx,
                second.idx + len(b),
                Message(
                    fi=f"”{a} {b}” on ruotsissa yhdyssana: ”{joined}”.",
                    en=f'"{a} {b}" is one word in Swedish: "{joined}".',
                    sv=f"”{a} {b}” skrivs ihop: ”{joined}” (särskrivning).",
                ),
                suggestions=(joined,),
            )


def _finnish_split_compounds(context: Context) -> Iterator[Problem]:
    """Yield a Finnish compound written apart (:mod:`postcheck.analysis.compounds`)."""
    for pair in split_compounds(context.analysis):
        a, b = pair.first.text, pair.second.text
        joined = _cased_as(a, pair.joined)
        yield Problem(
            pair.first.idx,
            pair.second.idx + len(b),
            Message(
                fi=f"”{a} {b}” on yhdyssana: ”{joined}” (yhdyssanavirhe).",
                en=f'"{a} {b}" is one word in Finnish: "{joined}".',
                sv=f"”{a} {b}” är ett ord på finska: ”{joined}”.",
            ),
            suggestions=(joined,),
        )


def _cased_as(written: str, joined: str) -> str:
    """Return ``joined`` in the case its first part was written in ("HUIPPU" → capitals)."""
    return joined.upper() if written.isupper() else with_first_case(written, joined)


#: The least Zipf frequency of a joined word for :class:`SplitCompound` to report the pair.
COMPOUND_ZIPF = 2.0
#: The least for a pair whose first word is an adjective: only an established compound
#: ("sjuk hus" for "sjukhus", 4.7; "röd vin", 3.5), not "hård plast" (hårdplast, 2.1).
ADJECTIVE_COMPOUND_ZIPF = 3.5


def _compared(word: str, words: WordList) -> bool:
    """Tell whether a Swedish word is an adjective: the dictionary compares it.

    "hård" (hårdare, hårdast), "hårda" and "mörkt" by their stem; nouns have no such forms
    ("kyl", "fisk", "plast"; "kylare" is a noun but "kylast" no word).
    """
    stems = {word, word[:-1]} if word.endswith(("a", "t")) else {word}
    return any(words.check(f"{stem}are") and words.check(f"{stem}ast") for stem in stems)


#: The rules of this module, in code order.
RULES: tuple[type[Rule], ...] = (
    Spelling,
    HashtagSpelling,
    UnknownName,
    EnglishSpelling,
    NewCompound,
    SwedishSpelling,
    SplitCompound,
    DraftTerm,
    WordWithoutCorrection,
)
