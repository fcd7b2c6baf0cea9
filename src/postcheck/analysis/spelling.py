"""The spelling verdict on one word: a typo, a name, a case slip, English, a compound, unknown.

A word is "unknown" when no correction is in reach of it.
:mod:`postcheck.analysis.spelling_in_context` then reads the draft around the words (names of
several words, passages in another language, the draft's own terms). Rules read the verdicts
(PC101 typos and case slips, PC103 names, PC105 compounds, PC108 terms, PC109 words without a
correction, PC602 English words); they are computed once per draft, through
:attr:`postcheck.analysis.context.Context.spelling`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import regex

from postcheck.analysis.agreement import agreeing_first, agreement
from postcheck.analysis.draft_analysis import Analysis
from postcheck.core.errors import DependencyError
from postcheck.core.text import capitalised, lower_first, shared_prefix
from postcheck.nlp.access import analysed, compound_part, known
from postcheck.nlp.colloquial import standard_form
from postcheck.nlp.compounds import SHORTEST_PART, compound_parts
from postcheck.nlp.english import english_stem, is_english_in_phrase, is_english_word
from postcheck.nlp.finnish import NAME_CLASSES
from postcheck.nlp.hunspell import speller
from postcheck.nlp.inflection import SHORTEST_SHARED_ENDING, inflects_like
from postcheck.nlp.pipeline import finnish_word
from postcheck.nlp.suggestions import (
    likely_slip,
    ranked_suggestions,
    with_dots_back,
    without_dots,
    zipf,
)
from postcheck.nlp.voikko import voikko
from postcheck.profiles.vocabulary import Vocabulary, builtin_abbreviations

_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&]+(?::\p{Ll}+)?")
#: A device's, host's or product's code: capitals and digits in hyphenated groups, a digit in
#: one of them ("HKI-3KRS-MV", "RTR-2B", "SW-04A:n").
_HYPHENATED_CODE = regex.compile(r"(?=.*\p{N})[\p{Lu}\p{N}]+(?:-[\p{Lu}\p{N}]+)+(?::\p{Ll}+)?")
_INNER_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")
#: An acronym with a case ending written on without a colon: "SAPin", "SOKissa", "HUSiin".
_INFLECTED_ACRONYM = regex.compile(r"\p{Lu}{2,}\p{Ll}{1,5}")
#: How far after a coordinated compound's first part its last part is looked for ("huhti-,
#: touko- ja kesäkuussa").
_COORDINATION_REACH = 8
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "eli", "ynnä", "and", "or", "och", "eller"})
#: A short lowercase word without a vowel is an acronym or a file type ("pdf", "jpg", "csv"):
#: every Finnish word has a vowel.
_VOWELLESS = regex.compile(r"[b-df-hj-np-tv-xz]{2,4}")
_LATIN = regex.compile(r"\p{Script=Latin}")
#: No word is longer: a longer token is a typo without suggestions (they would only take
#: time), and is given no "vocab add" command.
LONGEST_WORD_FORM = 60


@dataclass(frozen=True)
class Verdict:
    """What the spelling rules make of one unknown word."""

    #: "typo", "case" (capitalisation), "name", "english", "compound", "term", or "unknown"
    #: (a lowercase word no correction is in reach of: a term, dialect, slang, a foreign word)
    kind: str
    suggestions: tuple[str, ...]
    #: A compound's parts; a term of the draft's forms (and how many times it is used).
    forms: tuple[str, ...] = ()
    uses: int = 1


def edit_distance(first: str, second: str) -> int:
    """Return the optimal-string-alignment distance (Levenshtein plus transpositions)."""
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, 1):
        current = [i]
        for j, other in enumerate(second, 1):
            cost = 0 if char == other else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == second[j - 2] and first[i - 2] == other:
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]


def is_close(word: str, suggestion: str) -> bool:
    """Tell whether ``suggestion`` is one edit away (two for long words): a likely typo."""
    allowed = 1 if len(word) < 8 else 2
    return edit_distance(word.lower(), suggestion.lower()) <= allowed


#: Word classes whose inflected form heads a compound written together ("kaupassa|käynti").
_INFLECTED_HEADS = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})


@functools.lru_cache(maxsize=20_000)
def finnish_correction(word: str, suggestions: tuple[str, ...]) -> str | None:
    """Return the suggestion that shows ``word`` is mistyped Finnish, or None.

    Cached: the name, foreign-passage and term passes of a draft ask about the same typos.

    One edit away ("Päivälä" → "Päivällä", "Onnitteut" → "Onnittelut") or only its dots
    missing ("Tehtavassa" → "Tehtävässä"), and a common word or an inflected form (a name's
    case ending: "Tampereela" → "Tampereella"). Another name in its base form is no correction:
    "Heinrich" is not "Heinrichs" mistyped.
    """
    lower = word.lower()
    for suggestion in suggestions:
        near = without_dots(suggestion.lower()) == without_dots(lower)
        if not near and edit_distance(lower, suggestion.lower()) > 1:
            continue
        for reading in finnish_word(suggestion).analyses:
            if reading.get("CLASS") not in NAME_CLASSES or reading.get("SIJAMUOTO") != "nimento":
                return suggestion
    return None


def _is_name_slip(word: str, suggestion: str) -> bool:
    """Tell whether a capitalised ``word`` is a slip in the ending of the name ``suggestion``.

    "Tampereela" → "Tampereella" is: Voikko reads the suggestion as a name. "Mastodon" →
    "Mastoton" is not (Voikko keeps the capital of what it corrects, so a capitalised suggestion
    proves nothing; "mastoton" is a common word), nor "Reed" → "Reea" (another name, not a slip
    in the ending): the two must share all but the last few letters. Nor "Rautiola" →
    "Rautiolla": a surname made of the name with -la.
    """
    if not suggestion[:1].isupper() or not is_close(word, suggestion):
        return False
    names = [a for a in finnish_word(suggestion).analyses if a.get("CLASS") in NAME_CLASSES]
    if not names or any(_derived_surname(word, a.get("BASEFORM", "")) for a in names):
        return False
    shared = shared_prefix(word, suggestion)
    return shared >= max(5, len(word) - 4)


#: How common (Zipf) a word one slip from a sentence's capitalised opener must be to make the
#: opener its typo: "Kiitoss" is "Kiitos" (5.9), "Pilvikko" no "Pilviukko" (1.0), a name.
_OPENER_SLIP_ZIPF = 2.5


def _common_slip(word: str, suggestion: str) -> bool:
    """Tell whether a sentence's capitalised opener is a slip of the common word ``suggestion``.

    One edit away or only its dots missing ("Tänää", "Loydat"); a brand or a name at a
    sentence's start ("Pilvikko julkaisee …") is a name, not a slip of a rare word.
    """
    lower, other = word.lower(), suggestion.lower()
    near = without_dots(lower) == without_dots(other) or edit_distance(lower, other) <= 1
    return near and zipf(other) >= _OPENER_SLIP_ZIPF


def _farm_name(word: str) -> bool:
    """Tell whether a capitalised word is a common word with -la or -lä: a name of a place.

    "Kiertola", "Rautiola", "Niemelä": Finnish names of farms, places, firms and families are
    made so; "Kiertola avaa …" opens a sentence with a name, not a slip in "Kiertoa". Not where
    the word's adessive is common: "Torila" is "torilla" with an l dropped.
    """
    if len(word) < 6 or not word[:1].isupper() or not word.endswith(("la", "lä")):
        return False
    stem = word[:-2].lower()
    if zipf(stem + word[-2:-1] + word[-2:]) >= _OPENER_SLIP_ZIPF:
        return False  # "Torila on markkinat": a slip in the common "torilla"
    return any(
        analysis.get("SIJAMUOTO") == "nimento" and analysis.get("CLASS") == "nimisana"
        for analysis in voikko("fi").analyze(stem)
    )


def _derived_surname(word: str, name: str) -> bool:
    """Tell whether ``word`` is a surname made of the name ``name`` and -la or -lä.

    "Rautiola" (Rautio), "Salola" (Salo), "Aaltola" (Aalto): Finnish surnames from farm names,
    not a slip in "Rautiolla". A case ending's slip keeps the inflected stem: "Tampereela" is
    "Tampere" + "ella" with an l dropped, no "Tamperela".
    """
    return bool(name) and word in (name + "la", name + "lä")


def _hyphen_parts_known(word: str, vocabulary: Vocabulary) -> bool:
    """Tell whether a hyphen compound is fine: its Finnish tail is, whatever its head.

    "LinkedIn-päivitys", "try-except-rakenteeseen", "curl-esimerkki", "xml-skemat": the head is a
    name, a code word or an acronym the writer chose; the tail carries the Finnish inflection
    and is what can be misspelt. A hyphen ellipsis ("kamera-" in "kamera-, LAM- ja
    tiesäädata") has no tail: its head must be fine.
    """
    parts = word.split("-")
    if len(parts) < 2:
        return False
    analyzer = voikko("fi")
    if not parts[-1]:  # "kamera-": the first part of a coordinated compound
        head = "-".join(parts[:-1])
        return bool(head) and (
            analyzer.spell(head) or vocabulary.accepts(head) or head[:1].isupper() or head.isupper()
        )
    if all(parts) and all(part.lower() in builtin_abbreviations("fi") for part in parts):
        return True  # "ma-pe", "la-su": abbreviations (PC132 asks for the en dash)
    return all(parts) and (analyzer.spell(parts[-1]) or vocabulary.accepts(parts[-1]))


#: A hesitation or a laugh: one letter three times or more ("ööö", "mmm"), "hmm", or a laugh
#: ("hahaha", "hehe", "hihi"). Not any repeated pair: "tata" is "tätä" typed without dots.
_HESITATION = regex.compile(r"(?i)(\p{L})\1{2,}|h?m{2,}|(?:h[aeiouyäö]){2,}h?")
#: Accents Finnish does not write, off their letters (ä, ö and å are letters of their own).
_ACCENTS = str.maketrans(
    "áàâãéèêëíìîïóòôõúùûýÿçñÁÀÂÃÉÈÊËÍÌÎÏÓÒÔÕÚÙÛÝÇÑ",
    "aaaaeeeeiiiioooouuuyycnAAAAEEEEIIIIOOOOUUUYCN",
)


def _without_accents(word: str) -> str:
    """Return ``word`` with the accents Finnish does not write taken off ("béarnaise")."""
    return word.translate(_ACCENTS)


def glued_on(token: Any, analysis: Analysis) -> bool:
    """Tell whether a word is glued on to what comes before or after it, not a word of its own.

    Written together with a number ("ssa" in "3ssa", "am" in "10am"), or the ending after an
    abbreviation's colon ("ssa" in "U.S.A.:ssa").
    """
    doc, i = analysis.doc, token.i
    after_colon = i > 0 and doc[i - 1].text.endswith(":") and not doc[i - 1].whitespace_
    return after_colon or _glued_to_number(token, analysis)


def _glued_to_number(token: Any, analysis: Analysis) -> bool:
    """Tell whether a word is written together with a number: "ssa" in "3ssa", "am" in "10am".

    Also the tail of an ordinal's compound: "luokkalaiset" in "6.-luokkalaiset" (a bound form).
    """
    doc, kinds, i = analysis.doc, analysis.doc._.kinds, token.i
    j = i - 1
    while j > 0 and doc[j].text in (".", "-") and not doc[j].whitespace_:
        j -= 1  # "6.-": the ordinal's dot and the hyphen
    before = j >= 0 and kinds[j] == "number" and not doc[j].whitespace_
    after = i + 1 < len(doc) and kinds[i + 1] == "number" and not token.whitespace_
    return before or after


def verdict(token: Any, analysis: Analysis, vocabulary: Vocabulary) -> Verdict | None:
    """Return the verdict on a word token, or None when the word is fine.

    Fine: known to Voikko, in the team's vocabulary (or the draft's ``vocab``), a colloquial
    form (PC601 reports those), a word of a quotation in English, an acronym ("HR", "HR:n", a
    file type in lowercase: "pdf"), a word in another script ("Татьяна"), an abbreviation
    without its dot
    ("jne", "huom"), or a hyphenated compound whose tail is fine ("LinkedIn-päivitys",
    "try-except-rakenteeseen"). Case: Voikko or the team writes it with other capitals
    ("helsingissä", "linkedin"), or a name written in lowercase ("sanna"). Also fine: a word
    glued to a number ("3ssa"), a hesitation ("ööö"), a loan without its accents
    ("bearnaisekastike"), a Swedish word on a short line of a post with Swedish paragraphs
    ("Läs mer"), or an English one in a post with English paragraphs ("Read more"). Names: a
    capital inside the word ("KuPS", "LinkedIn"), or a capitalised word in mid-sentence unless it is a slip in the
    ending of a name Voikko knows ("Tampereela"), or at a sentence start when no suggestion is a
    small slip away. English: a common English word ("startup"), a rarer one beside an English
    word ("game changer") or one with a Finnish ending ("facebookista", "brokerin") unless a
    Finnish word is a cheap slip away. Compound: a lowercase word made of Finnish parts
    ("tuoretagliatellen"), also one capitalised only by its sentence start ("Takaisinveto"),
    unless a common word is a cheap slip away. A typo's suggestions are ranked for Finnish
    (:func:`~postcheck.nlp.suggestions.ranked_suggestions`). A word neither Voikko nor the
    slips of typing bring near a known word ("koliformisia", "hipihiljaa") is "unknown": a
    term, dialect, slang or a foreign word far more often than a typo (a slip of typing
    leaves a word a suggestion away).
    """
    word: str = token.text
    if _fine_as_written(token, vocabulary):
        return None
    if len(word) > LONGEST_WORD_FORM:
        return Verdict("typo", ())
    if _let_go(token, analysis):
        return None
    if other_language_on_a_short_line(token, analysis, ("en", "sv")):
        return None  # "Läs mer", "Read more": a line too short to tell its language
    analyzer = voikko("fi")
    suggestions = analyzer.suggest(word)
    if suggestions and _without_accents(suggestions[0]) == word:
        return None  # a loan written without its accents: "bearnaisekastike", "cafe"
    if word[:1].isupper() and _INNER_CAPITAL.search(word):
        return Verdict("name", suggestions)  # written so on purpose: "JoMa", "KuPS"
    if _INFLECTED_ACRONYM.fullmatch(word):
        return Verdict("name", ())  # "SAPin" is SAP with its ending, not "Sapin" ("sappi")
    name_in_lowercase = bool(word.islower() and suggestions and suggestions[0] == word.capitalize())
    if (name_in_lowercase or analysed(token)) and not _commoner_slip(word):
        # a name in lowercase ("sanna", "tarzan"), or Voikko knows the word in another
        # capitalisation: "helsingissä" → "Helsingissä"
        return Verdict("case", suggestions[:1] if name_in_lowercase else suggestions)
    written = vocabulary.written_as(word)
    if written is not None:  # the team writes it with capitals: "linkedin" → "LinkedIn"
        return Verdict("case", (written,))
    if _INNER_CAPITAL.search(word):
        return Verdict("name", suggestions)
    if word.islower() and _joins_a_name(token, analysis) and is_english_word(word):
        return None  # "Journal of Medicine", "Game of Thrones": a word of a name
    in_name = capitalised(word) and not analysis.starts_sentence(token)  # "Schneider Electric"
    if not in_name and (
        is_english_word(word) or _english_parts(word) or _in_english_phrase(token, analysis)
    ):
        return Verdict("english", ())  # "startup", "train-locations", "game changer"
    # A sentence's first capital says nothing of the word: "Takaisinveto" is read as written
    # in mid-sentence ("takaisinveto", a compound), but a capitalised word elsewhere is a name.
    starts = capitalised(word) and word[1:].islower() and analysis.starts_sentence(token)
    plain = lower_first(word) if starts else word
    if plain.islower():  # "Hunterin" in mid-sentence is a name, not a loan
        # at a sentence start "Stakesin", "Alphalla" are names or loans: an English-word
        # question (info) rather than a misspelling
        english = english_stem(plain) is not None
        lowered = tuple(lower_first(s) for s in suggestions) if starts else suggestions
        parts = None if english else compound_parts(plain) or _split_by_voikko(plain, lowered)
        if english and not likely_slip(word):  # the costly test last
            return Verdict("english", ())
        if parts and not likely_slip(word):
            return Verdict("compound", (), forms=parts)
    if capitalised(word):
        if analysis.starts_sentence(token):
            slip = lower_first(word) in analysis.lowercase_words or (
                not _farm_name(word)
                and (
                    any(_common_slip(word, suggestion) for suggestion in suggestions)
                    or any(analyzer.spell(dotted) for dotted in with_dots_back(word))
                )
            )  # "Simit" of a draft that writes "simit"; "Lannoitussaadosten": without ä, ö
        else:
            slip = any(_is_name_slip(word, suggestion) for suggestion in suggestions)
        if not slip:
            return Verdict("name", suggestions)
    ranked = ranked_suggestions(word) or _with_corrected_tail(word)
    suggestions = agreeing_first(ranked, agreement(token, analysis))
    return Verdict("typo" if suggestions else "unknown", suggestions)


def _joins_a_name(token: Any, analysis: Analysis) -> bool:
    """Tell whether a word stands between two words of a name: "Journal of Medicine".

    "Scandinavian Journal of Medicine & Science in Sports", "University of Edinburgh"; not
    "Tänään kickoff Helsingissä", where the first capital opens the sentence.
    """
    return analysis.name_beside(token, -1) and analysis.name_beside(token, 1)


def _with_corrected_tail(word: str) -> tuple[str, ...]:
    """Return a hyphen compound's corrections made by correcting its tail ("curl-esimerkkki").

    Voikko knows no compound whose head is a name or a code word, so it suggests nothing for the
    whole; the tail is the Finnish word that can be misspelt (see :func:`_hyphen_parts_known`).
    """
    head, hyphen, tail = word.rpartition("-")
    if not (hyphen and head and tail):
        return ()
    return tuple(f"{head}-{suggestion}" for suggestion in ranked_suggestions(tail))


def needs_suggestions(token: Any, analysis: Analysis, vocabulary: Vocabulary) -> bool:
    """Tell whether :func:`verdict` asks Voikko for the word's suggestions (the word is unknown).

    So they can be started ahead (:meth:`~postcheck.nlp.voikko.Analyzer.look_ahead`).
    """
    word: str = token.text
    return (
        len(word) <= LONGEST_WORD_FORM
        and not _fine_as_written(token, vocabulary)
        and not _let_go(token, analysis)
    )


def ranks_slips(word: str) -> bool:
    """Tell whether :func:`verdict` will likely rank the one-slip variants of an unknown word.

    A lowercase word that is no English word: it is a typo or a compound only when no common
    word is a slip away (:func:`~postcheck.nlp.suggestions.likely_slip`). A capitalised word
    is mostly a name, its variants spelled only when it is close to a suggestion. Only a guess
    for what to start ahead: :func:`verdict` decides.
    """
    return word.islower() and not is_english_word(word)


def _fine_as_written(token: Any, vocabulary: Vocabulary) -> bool:
    """Tell whether a word is fine before any suggestion is asked for (see :func:`verdict`)."""
    word: str = token.text
    if known(token) or vocabulary.accepts(word) or _inflected_entry(word, vocabulary):
        return True
    if _ACRONYM.fullmatch(word) or _VOWELLESS.fullmatch(word) or not _LATIN.search(word):
        return True  # "HR", "pdf", a word in another script ("а", "Татьяна")
    if _HYPHENATED_CODE.fullmatch(word):
        return True  # "HKI-3KRS-MV", "RTR-2B": a code, not a word
    if standard_form(word) is not None or _abbreviation(word):
        return True
    tail = vocabulary.accepts_prefix(word) or vocabulary.compound_tail(word)
    if tail is not None and voikko("fi").spell(tail):
        return True
    return _hyphen_parts_known(word, vocabulary) or _coordinated_head(token)


def _coordinated_head(token: Any) -> bool:
    """Tell whether a word is the first part of a coordinated compound that the last one ends.

    "huhti" in "huhti–elokuussa" and "huhti-" in "huhti- ja toukokuussa": Voikko does not know
    "huhti" alone, but "huhtikuussa", the first part with the last word's tail, is a word.
    """
    word: str = token.text
    doc = token.doc
    if word.endswith("-") and len(word) > 1:
        head = word[:-1]
    elif compound_part(token):
        head = word
    else:
        return False
    partner = None
    for i in range(token.i + 1, min(len(doc), token.i + 1 + _COORDINATION_REACH)):
        text = doc[i].text
        if text[:1].isalpha() and not text.endswith("-") and text.lower() not in _CONJUNCTIONS:
            partner = text.lower()
            break
    if partner is None:
        return False
    analyzer = voikko("fi")
    return any(analyzer.spell(head + partner[cut:]) for cut in range(1, len(partner) - 2))


def other_language_on_a_short_line(token: Any, analysis: Analysis, langs: tuple[str, ...]) -> bool:
    """Tell whether a word of one of the post's other ``langs`` stands on a short line of it.

    A line of fewer than :data:`~postcheck.analysis.draft_analysis.BLOCK_WORDS` words is read in
    the draft's language ("Lue lisää / Läs mer", "Hyvää juhannusta! Glad midsommar!", "Read
    more: firma.fi", "## Mitä muutamme" in an English post); in a post that has paragraphs in
    another language, that language's words on it are no misspellings. Only such a line: in a
    longer Finnish one, "mina" is "minä" without its dots, not Swedish.
    """
    others = {lang for *_, lang in analysis.other_languages}.intersection(langs)
    if not others or not analysis.on_short_line(token):
        return False  # a longer line is read in its own language: "mina" there is Finnish
    return any(_a_word_of(token.text, lang) for lang in langs if lang in others)


def _a_word_of(word: str, lang: str) -> bool:
    """Tell whether ``lang``'s dictionary knows a word (False when it is not installed)."""
    if lang == "en":
        return is_english_word(word.lower())
    try:
        if lang == "fi":
            return bool(voikko("fi").spell(word))
        words = speller(lang)
    except DependencyError:
        return False  # no dictionary: the language's spelling rule says what to install
    return bool(words.check(word) or words.check(word.lower()))


def _let_go(token: Any, analysis: Analysis) -> bool:
    """Tell whether a word is no Finnish word to spell.

    "3ssa" (3:ssa), "10min"; "ööö", "hmm"; a word of a quotation in English ("off" in "”It took
    the work off our plate”").
    """
    return (
        glued_on(token, analysis)
        or bool(_HESITATION.fullmatch(token.text))
        or analysis.in_english_quotation(token.idx)
    )


def _in_english_phrase(token: Any, analysis: Analysis) -> bool:
    """Tell whether a word is English beside an English word Voikko does not know.

    "changer" in "game changer", "journey" after "customer": rarer English words in a phrase.
    """
    if not is_english_in_phrase(token.text):
        return False
    return any(
        beside is not None and not analysed(beside) and is_english_word(beside.text)
        for beside in (analysis.word_beside(token, -1), analysis.word_beside(token, 1))
    )


def _english_parts(word: str) -> bool:
    """Tell whether every part of a hyphenated word is English ("train-locations")."""
    parts = word.split("-")
    return len(parts) > 1 and all(part and is_english_word(part) for part in parts)


def _split_by_voikko(word: str, suggestions: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return the parts when Voikko's first suggestion is the word written apart.

    "kaupassakäyntistrategiaa" → "kaupassa käyntistrategiaa": a compound whose first part is
    an inflected noun or adjective, which Finnish also writes together ("kouluunlähtö"); worth a
    look, not an error. Both parts have at least :data:`~postcheck.nlp.compounds.SHORTEST_PART`
    letters, and no other suggestion is one edit away: "ilmastonmuutosen" is "ilmastonmuutoksen"
    mistyped, not "ilmastonmuutos en".
    """
    if not suggestions or suggestions[0].replace(" ", "") != word:
        return None
    parts = tuple(suggestions[0].split(" "))
    if len(parts) != 2 or min(len(part) for part in parts) < SHORTEST_PART:
        return None
    if any(edit_distance(word, other.lower()) <= 1 for other in suggestions[1:]):
        return None
    inflected = any(
        reading.get("CLASS") in _INFLECTED_HEADS
        and reading.get("SIJAMUOTO") not in (None, "nimento")
        for reading in finnish_word(parts[0]).analyses
    )
    return parts if inflected else None


def _commoner_slip(word: str) -> bool:
    """Tell whether a word ten times as common as ``word`` is one cheap slip from it.

    "pelliä" is "peliä" mistyped, not the name "Pelli" in lowercase; "helsingissä" has no
    such neighbour and is "Helsingissä", and "sanna" is the name Sanna more than "sana".
    """
    slip = likely_slip(word)
    return slip is not None and slip.islower() and zipf(slip) >= zipf(word) + 1


def _inflected_entry(word: str, vocabulary: Vocabulary) -> bool:
    """Tell whether ``word`` inflects a lowercase vocabulary entry with a changing stem.

    "tubettajista" of "tubettaja", "twiitannut" of "twiitata".
    """
    lower = word.lower()
    return any(
        inflects_like(lower, entry)
        for entry in vocabulary.lowercase_entries()
        if lower[:SHORTEST_SHARED_ENDING] == entry[:SHORTEST_SHARED_ENDING]
    )


def _abbreviation(word: str) -> bool:
    """Tell whether a short word is an abbreviation written without its dot ("jne", "huom").

    Also the abbreviations Voikko lacks, listed in ``rules/fi/vocabulary.toml`` ("ma", "sis",
    "hlö"), with an ending after a colon ("Gt:n").
    """
    word = word.split(":", 1)[0].removesuffix(".")
    if not 1 < len(word) <= 5 or not word[1:].islower():
        return False
    return word.lower() in builtin_abbreviations("fi") or voikko("fi").spell(word.lower() + ".")
