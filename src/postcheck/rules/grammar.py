"""PC111–PC128: Voikko's Finnish grammar checker, one rule per Voikko error code.

Voikko's grammar checker runs once per prose block (a paragraph, heading, list item, quote or
table cell; in a text published as typed, each line is checked as its own paragraph). Each of
its error codes is a rule of its own — PC110 + the code — so a team can switch off or soften one
kind of error without losing the others. The Finnish message is Voikko's own description.

Context matters: headings, list items and table cells need no final punctuation and may start in
lowercase; a social line that ends in hashtags, emoji, a mention or a link needs no final
punctuation either.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from postcheck.analysis.context import Context
from postcheck.document.draft import Block
from postcheck.nlp.access import reading
from postcheck.nlp.voikko import GrammarError, voikko
from postcheck.rules.base import Message, Problem, Rule

#: Voikko codes whose single suggestion is a safe fix: extra whitespace, space before punctuation.
_FIXABLE = frozenset({2, 3})
INVALID_SENTENCE_START = 5
LOWERCASE_REQUIRED = 6
MISSING_END_PUNCTUATION = 9
MISSING_MAIN_VERB = 17
LOWERCASE_START = 7
_SOCIAL_ENDINGS = frozenset({"hashtag", "emoji", "url", "domain", "mention"})
_LIST_LIKE = frozenset({"list_item", "table_cell"})


@dataclass(frozen=True)
class _Code:
    number: int
    name: str
    severity: str
    english: str
    advice_fi: str
    advice_en: str


_CODES = (
    _Code(
        1,
        "common-misspelling",
        "error",
        "Incorrect spelling of a word or words.",
        "Korjaa ehdotuksen mukaan.",
        "Use the suggested spelling.",
    ),
    _Code(
        2,
        "extra-whitespace",
        "warning",
        "Remove extra whitespace.",
        "Poista ylimääräinen väli.",
        "Delete the extra space.",
    ),
    _Code(
        3,
        "space-before-punctuation",
        "warning",
        "Remove space before punctuation.",
        "Poista väli ennen välimerkkiä.",
        "Delete the space before the punctuation mark.",
    ),
    _Code(
        4,
        "extra-comma",
        "warning",
        "Remove extra comma.",
        "Poista ylimääräinen pilkku.",
        "Delete the extra comma.",
    ),
    _Code(
        5,
        "invalid-sentence-start",
        "warning",
        "Invalid sentence starter.",
        "Aloita virke toisin.",
        "Start the sentence differently.",
    ),
    _Code(
        6,
        "lowercase-required",
        "info",
        "Consider writing the word in lowercase.",
        "Jos sana ei ole nimi, kirjoita se pienellä.",
        "Unless it is a name, write it in lowercase.",
    ),
    _Code(
        7,
        "capital-required",
        "warning",
        "The word must be written with a capital letter.",
        "Aloita virke isolla kirjaimella.",
        "Start the sentence with a capital letter.",
    ),
    _Code(
        8,
        "repeated-word",
        "error",
        "Remove duplicate word.",
        "Poista toistunut sana.",
        "Delete the repeated word.",
    ),
    _Code(
        9,
        "missing-end-punctuation",
        "warning",
        "Terminating punctuation is missing.",
        "Lisää virkkeen loppuun piste, kysymysmerkki tai huutomerkki.",
        "End the sentence with a full stop, question mark or exclamation mark.",
    ),
    _Code(
        10,
        "quotation-punctuation",
        "warning",
        "Invalid punctuation at the end of quotation.",
        "Korjaa lainauksen lopun välimerkit.",
        "Fix the punctuation at the quotation's end.",
    ),
    _Code(
        11,
        "foreign-quotation-mark",
        "warning",
        "Foreign quotation mark.",
        "Käytä suomalaisia lainausmerkkejä ” ”.",
        "Use Finnish quotation marks ” ”.",
    ),
    _Code(
        12,
        "misplaced-parenthesis",
        "warning",
        "Misplaced closing parenthesis.",
        "Siirrä sulkumerkki oikeaan kohtaan.",
        "Move the parenthesis to its place.",
    ),
    _Code(
        13,
        "negative-verb-mismatch",
        "error",
        "Mismatch between negative verb and main verb.",
        "Taivuta pääverbi kieltomuotoon (en tule, ei tule).",
        "Put the main verb in its negative form (en tule, ei tule).",
    ),
    _Code(
        14,
        "a-infinitive-required",
        "warning",
        "The verb must be in the A-infinitive.",
        "Käytä A-infinitiiviä (tehdä).",
        "Use the A-infinitive (tehdä).",
    ),
    _Code(
        15,
        "ma-infinitive-required",
        "warning",
        "The verb must be in the MA-infinitive.",
        "Käytä MA-infinitiiviä (tekemään).",
        "Use the MA-infinitive (tekemään).",
    ),
    _Code(
        16,
        "ends-with-conjunction",
        "warning",
        "The sentence ends with a conjunction.",
        "Täydennä virke tai poista sidesana.",
        "Finish the sentence or drop the conjunction.",
    ),
    _Code(
        17,
        "missing-main-verb",
        "info",
        "The sentence has no main verb.",
        "Tarkista, onko virke kokonainen.",
        "Check whether the sentence is complete.",
    ),
    _Code(
        18,
        "missing-comma",
        "warning",
        "The sentence has an extra main verb or a missing comma.",
        "Lisää pilkku sivulauseen rajalle tai jaa virke kahdeksi.",
        "Add a comma at the clause boundary or split the sentence.",
    ),
)


def _ends_socially(context: Context, block_start: int, line_end: int) -> bool:
    """Tell whether the last token before ``line_end`` is a hashtag, emoji, mention or link."""
    doc = context.doc
    span = doc.char_span(block_start, line_end, alignment_mode="expand")
    if span is None:
        return False
    kinds = doc._.kinds
    for token in reversed(span):
        if kinds[token.i] != "space":
            return bool(kinds[token.i] in _SOCIAL_ENDINGS)
    return False


def _starts_in_social_token(context: Context, start: int) -> bool:
    """Tell whether a grammar error starts on a hashtag, mention, link, emoji, code or number.

    Voikko reads "#rekry" at a line start as a sentence in lowercase; such errors are not about
    the prose.
    """
    span = context.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return bool(context.doc._.kinds[span[0].i] not in ("word", "abbreviation", "punct", "space"))


def _void_in_context(context: Context, code: int, start: int, end: int) -> bool:
    """Tell whether the sentence around an error makes it void.

    Missing final punctuation in a fragment without a verb (a signature "Maija Mallikas,
    toimitusjohtaja", a label) and a missing main verb in a "label: value" line are normal;
    "consider lowercase" on a word next to another capitalised word is a name ("Koneviesti Oy").
    """
    span = context.doc.char_span(start, end, alignment_mode="expand")
    sentence = context.analysis.sentence_at(start)
    if span is None or not len(span) or sentence is None:
        return False
    kinds = context.doc._.kinds
    words = [token for token in context.analysis.tokens_of(sentence) if kinds[token.i] == "word"]
    if code == MISSING_END_PUNCTUATION:
        return not any(reading(token).get("CLASS") == "teonsana" for token in words)
    if code == MISSING_MAIN_VERB:
        return ":" in context.prose[sentence.start_char : sentence.end_char]
    if code == LOWERCASE_REQUIRED:
        index = next((i for i, token in enumerate(words) if token.i >= span[0].i), None)
        if index is None:
            return False
        neighbours = words[max(0, index - 1) : index] + words[index + 1 : index + 2]
        return any(token.text[:1].isupper() for token in neighbours)
    return False


#: Voikko's Python binding rescans a paragraph from its start for every error it reports, so long
#: blocks are checked in pieces of whole sentences of about this many characters.
CHUNK_CHARACTERS = 2000


def _chunks(context: Context) -> Iterator[tuple[Block, int, str]]:
    """Yield (block, prose offset, text) pieces: whole blocks, long ones cut between sentences."""
    prose = context.prose
    analysis = context.analysis
    for block in analysis.draft.blocks:
        if block.end - block.start <= CHUNK_CHARACTERS:
            yield block, block.start, prose[block.start : block.end]
            continue
        start = block.start
        sentences = analysis.sentences()
        first = bisect.bisect_right([s.start_char for s in sentences], block.start) - 1
        for sentence in sentences[max(first, 0) :]:
            if sentence.start_char >= block.end:
                break
            if sentence.end_char - start >= CHUNK_CHARACTERS:
                end = min(sentence.end_char, block.end)
                yield block, start, prose[start:end]
                start = end
        if start < block.end:
            yield block, start, prose[start : block.end]


def grammar_errors(context: Context) -> list[tuple[int, GrammarError]]:
    """Return (prose offset, error) for the draft's grammar errors, computed once per draft.

    Errors that context makes void (missing punctuation in headings, list items and social
    lines; lowercase starts of list items; errors that start on a hashtag, mention, link, emoji,
    code or number) are left out.
    """
    memo = context.analysis.memo
    if "grammar" in memo:
        cached: list[tuple[int, GrammarError]] = memo["grammar"]
        return cached
    analyzer = voikko("fi")
    prose = context.analysis.draft.prose
    found = []
    for block, chunk_start, text in _chunks(context):
        for error in analyzer.grammar_errors(text):
            start = chunk_start + error.start
            if _starts_in_social_token(context, start):
                continue
            flagged = text[error.start : error.start + error.length]
            if error.code == INVALID_SENTENCE_START and not any(c.isalnum() for c in flagged):
                continue  # "!!!": repeated punctuation is PC413's, not a sentence start
            if _void_in_context(context, error.code, start, start + max(error.length, 1)):
                continue
            if error.code == MISSING_END_PUNCTUATION:
                if block.kind != "paragraph" and block.kind != "quote":
                    continue
                line_end = prose.find("\n", start, block.end)
                if _ends_socially(context, block.start, block.end if line_end < 0 else line_end):
                    continue
            if error.code == LOWERCASE_START and block.kind in _LIST_LIKE:
                continue
            found.append((start, error))
    memo["grammar"] = found
    return found


class GrammarRule(Rule):
    """Base of the grammar rules: reports Voikko's errors of one code (:attr:`voikko_code`)."""

    criterion = "correct"
    languages = frozenset({"fi"})
    voikko_code: int = 0
    advice: Message = Message("", "")
    english: str = ""

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield the grammar errors of this rule's Voikko code."""
        for start, error in grammar_errors(context):
            if error.code != self.voikko_code:
                continue
            description_fi = error.description.rstrip(".")
            fixable = self.voikko_code in _FIXABLE and len(error.suggestions) == 1
            yield Problem(
                start,
                start + max(error.length, 1),
                Message(
                    fi=_join(description_fi, self.advice.fi),
                    en=_join(self.english, self.advice.en),
                ),
                error.suggestions,
                fix=error.suggestions[0] if fixable else None,
            )


def _join(description: str, advice: str) -> str:
    """Return "description. advice", once when the two say the same."""
    description = description.rstrip(".")
    if description == advice.rstrip("."):
        return f"{description}."
    return f"{description}. {advice}"


def _make_rule(code: _Code) -> type[GrammarRule]:
    manual = (
        f"{code.english} (Voikko grammar checker, error code {code.number})\n\n"
        f"Voikko's grammar checker reports this in Finnish text. {code.advice_en}\n\n"
        "The grammar checker runs on each prose block; headings, list items and table cells need"
        " no final punctuation, and neither does a social line that ends in hashtags, emoji, a"
        " mention or a link. Switch the rule off or change its severity in config if your"
        " team's style differs."
    )
    attributes: dict[str, Any] = {
        "__doc__": manual,
        "__module__": __name__,
        "code": f"PC{110 + code.number}",
        "name": code.name,
        "severity": code.severity,
        "voikko_code": code.number,
        "advice": Message(code.advice_fi, code.advice_en),
        "english": code.english,
    }
    class_name = "".join(part.capitalize() for part in code.name.split("-"))
    return type(class_name, (GrammarRule,), attributes)


#: One rule per Voikko grammar error code, PC111 (code 1) to PC128 (code 18).
GRAMMAR_RULES: tuple[type[GrammarRule], ...] = tuple(_make_rule(code) for code in _CODES)
