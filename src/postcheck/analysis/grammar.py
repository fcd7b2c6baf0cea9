"""Voikko's grammar errors in a draft, with the ones its context makes void left out.

Voikko's grammar checker runs once per prose block (a paragraph, heading, list item, quote,
table cell, caption or teaser; in a text published as typed, each line is its own paragraph).
Headings, list items, table cells, captions and teaser lines (:mod:`postcheck.analysis.textkinds`)
need no main verb and no final punctuation (in a post's summary, only its short verbless
sentences need no verb); list items and table cells may start in lowercase, and so may a
caption after its label ("Kuva: matti"), but a heading starts with a capital; a social line
that ends in hashtags, emoji, a mention or a link needs no final punctuation either. A space
that lays out a table ("| Nimi    |"), ends a line or stands beside a tag or an unpublished
comment is not a double space between words; one typed as an entity ("on&nbsp; hyvä") is. Rules read the
result, computed once per draft, as :attr:`postcheck.analysis.context.Context.grammar_errors`.

Spacing (:func:`spacing_errors`) is read here for every language, in Voikko's codes: two spaces
in a row, and a space before a comma, full stop, exclamation or question mark, colon or
semicolon. Voikko's checker reports the first and only the comma of the second, and Finnish
only.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterator
from typing import Any

import regex

from postcheck.analysis.draft_analysis import Analysis
from postcheck.analysis.textkinds import TextKinds
from postcheck.document.draft import Block, Draft
from postcheck.nlp.access import info, reading
from postcheck.nlp.tokenizer import NUMBER_KINDS
from postcheck.nlp.voikko import GrammarError, voikko
from postcheck.profiles.vocabulary import Vocabulary, builtin_list, builtin_lowercase

INVALID_SENTENCE_START = 5


LOWERCASE_REQUIRED = 6


MISSING_END_PUNCTUATION = 9


MISSING_MAIN_VERB = 17


LOWERCASE_START = 7


EXTRA_WHITESPACE = 2


SPACE_BEFORE_PUNCTUATION = 3


MISPLACED_PARENTHESIS = 12


_SOCIAL_ENDINGS = frozenset({"hashtag", "emoji", "url", "domain", "mention"})


_LIST_LIKE = frozenset({"list_item", "table_cell"})

#: A comment or an HTML tag: markup between two spaces, which the reader does not see.
_MARKUP = regex.compile(r"<!--|</?[A-Za-z]")
_VISIBLE = regex.compile(r"\S")


#: Kinds of text that are not sentences: they need no main verb (PC127) and no final
#: punctuation (PC119).
_NOT_SENTENCES = frozenset({"heading", "list_item", "table_cell", "caption"})


def _ends_socially(analysis: Analysis, block_start: int, line_end: int) -> bool:
    """Tell whether the last token before ``line_end`` is a hashtag, emoji, mention or link.

    Or the line ends in a smiley typed as text (";D", ":P", "XD", "<3"), as it ends in an emoji.
    """
    if _SMILEY_AT_END.search(analysis.prose, block_start, line_end):
        return True
    doc = analysis.doc
    span = doc.char_span(block_start, line_end, alignment_mode="expand")
    if span is None:
        return False
    kinds = doc._.kinds
    for token in reversed(span):
        if kinds[token.i] != "space":
            return bool(kinds[token.i] in _SOCIAL_ENDINGS)
    return False


#: A smiley typed as text at a line's end: ":)", ";D", ":-P", ":'D", "XD", "<3".
_SMILEY_AT_END = regex.compile(
    r"(?:(?<!\S)|(?<=\p{L}))(?:[:;=]['^-]?[()\[\]DPpOo3/\\|*]|XD|xD|<3)\s*$"
)


def _after_a_label_line(prose: str, start: int) -> bool:
    """Tell whether the word at ``start`` opens a line right below one that ends in a colon.

    "Liput:⏎aikuiset 10 €⏎opiskelijat 7 €": a list typed as lines after its label, which goes
    on in lowercase as it would after the colon on one line.
    """
    line_start = prose.rfind("\n", 0, start) + 1
    if not line_start or prose[line_start:start].strip():
        return False  # the text's first line, or not the line's first word
    above = prose[prose.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    return above.rstrip().endswith(":")  # right above: a blank line ends the list's label


def _after_abbreviation(analysis: Analysis, start: int) -> bool:
    """Tell whether the word at ``start`` follows an abbreviation: "mahd. pian", "seur. viikolla".

    Voikko's checker reads the dot of an abbreviation it lacks as a sentence's end. On the same
    line only: an abbreviation that ends a paragraph ends its last sentence too ("800 e/kk.").
    """
    span = analysis.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    kinds: list[str] = analysis.doc._.kinds
    i: int = span[0].i - 1
    while i >= 0 and kinds[i] == "space":
        i -= 1
    if i < 0 or kinds[i] != "abbreviation":
        return False
    before = analysis.doc[i]
    return "\n" not in analysis.prose[before.idx + len(before.text) : start]


def _starts_in_social_token(analysis: Analysis, start: int) -> bool:
    """Tell whether a grammar error starts on a hashtag, mention, link, emoji, code or number.

    Voikko reads "#rekry" at a line start as a sentence in lowercase; such errors are not about
    the prose.
    """
    span = analysis.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return bool(analysis.doc._.kinds[span[0].i] not in ("word", "abbreviation", "punct", "space"))


def _starts_with_time(analysis: Analysis, line_start: int) -> bool:
    """Tell whether a line starts with a clock time or timestamp ("0:40", "31:20", "9.30–10").

    Also a timetable's "klo 9.30" or "ti 3.6." (see :func:`timetable_word`): "klo 9.30 Ovet
    avautuvat" is a programme line.
    """
    span = analysis.doc.char_span(line_start, len(analysis.prose), alignment_mode="expand")
    first = next((token for token in span or () if not token.is_space), None)
    return first is not None and (
        analysis.doc._.kinds[first.i] == "time"
        or _TIMESTAMP.fullmatch(first.text) is not None
        or timetable_word(analysis, first)
    )


#: A video's chapter timestamp, minutes and seconds past any hour: "31:20", "1:02:03".
_TIMESTAMP = regex.compile(r"\d{1,3}:[0-5]\d(?::[0-5]\d)?")


#: A line of at most this many words is a label or button ("Lue lisää", "Tilaa uutiskirje"):
#: it needs no final punctuation. "Palvelu aukeaa maanantaina" is a sentence and does.
LABEL_WORDS = 2

#: A sentence of at most this many words needs no verb: headlines, teasers and greetings are
#: written so ("Firmojen ongelmat.", "Nyt tiedeuutinen.", "Hyvää kesää kaikille.").
FRAGMENT_WORDS = 3


def _whole_block(analysis: Analysis, kinds: TextKinds, sentence: Any) -> bool:
    """Tell whether a sentence is all the text of its line (nothing else around it)."""
    prose = analysis.prose
    line_start, line_end = kinds.line(sentence.start_char)
    low, high = sorted((sentence.end_char, line_end))
    return _VISIBLE.search(prose, line_start, sentence.start_char) is None and (
        _VISIBLE.search(prose, low, high) is None
    )


#: Emphasised or link text of at most this many words is a label, name or title.
LABEL_SPAN_WORDS = 3


def _in_label(analysis: Analysis, start: int, end: int) -> bool:
    """Tell whether a prose span lies in short emphasised or link text (a label or a title)."""
    prose = analysis.prose
    return any(
        first <= start and end <= last and len(prose[first:last].split()) <= LABEL_SPAN_WORDS
        for first, last in analysis.draft.labels
    )


#: How far before a word a dialogue dash is looked for (a line's start is never far from it).
_DIALOGUE_REACH = 200


def _opens_dialogue(prose: str, start: int) -> bool:
    """Tell whether the word at ``start`` follows a dash that opens a line or a sentence."""
    before = prose[max(0, start - _DIALOGUE_REACH) : start].rstrip()
    if not before.endswith(("-", "–", "—")):
        return False
    return before[:-1].rstrip()[-1:] in ("", ".", "!", "?", ":")


def _personal_verb(token: Any) -> bool:
    """Tell whether a word is a verb in the first or second person, not an imperative."""
    found = info(token)
    return found is not None and any(
        reading.get("CLASS") == "teonsana"
        and reading.get("MOOD") != "imperative"
        and reading.get("PERSON") in ("1", "2")
        for reading in found.analyses
    )


def _always_lowercase(token: Any) -> bool:
    """Tell whether Finnish always writes a word in lowercase.

    Weekdays, months and holidays (``lowercase`` in ``rules/fi/vocabulary.toml``), and
    nationalities and inhabitants ("suomalainen", "tamperelainen").
    """
    base = reading(token).get("BASEFORM", token.text).lower()
    return base in builtin_lowercase("fi") or base.endswith(("lainen", "läinen"))


#: A line of link or emphasised text of at most this many words is a button or a title.
BUTTON_WORDS = 8


def _label_line(analysis: Analysis, kinds: TextKinds, offset: int) -> bool:
    """Tell whether the line holding ``offset`` is all link or emphasised text: a button.

    Of at most :data:`BUTTON_WORDS` words ("[Hae lomaviikkoa jäsensivuilla](…)"); a whole bold
    paragraph is still made of sentences.
    """
    prose = analysis.prose
    line_start, line_end = kinds.line(offset)
    text = prose[line_start:line_end]
    first = line_start + len(text) - len(text.lstrip())
    last = line_start + len(text.rstrip())
    return len(text.split()) <= BUTTON_WORDS and any(
        start <= first and last <= end for start, end in analysis.draft.labels
    )


def _void_in_context(
    analysis: Analysis, kinds: TextKinds, vocabulary: Vocabulary, code: int, start: int, end: int
) -> bool:
    """Tell whether the sentence around an error makes it void.

    Missing final punctuation in a fragment without a verb (a signature "Maija Mallikas,
    toimitusjohtaja"), in a label on its own line ("Lue lisää") or in a line that is all link or
    emphasised text (a button: "[Hae lomaviikkoa jäsensivuilla](…)"), and a missing main verb in a
    "label: value" line or a short fragment ("Firmojen ongelmat.") are normal;
    "consider lowercase" is kept only for words Finnish always writes in lowercase (weekdays,
    months, holidays, nationalities and inhabitants: "Maanantaina", "Juhannuksena",
    "Suomalaiset") — on real text the others were names and titles Voikko reads as common nouns
    ("Rautakirja", "Psalmien kirja"); even then a word next to another capitalised word is a name ("Koneviesti Oy"),
    and so is one in emphasised or link text ("klikkaa **Tallenna**"), one Voikko does not know
    (the spelling rules report those) and one that opens a line of dialogue ("- Tehdään siis").
    """
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    sentence = analysis.sentence_at(start)
    if span is None or not len(span) or sentence is None:
        return False
    token_kinds = analysis.doc._.kinds
    words = [token for token in analysis.tokens_of(sentence) if token_kinds[token.i] == "word"]
    if code == MISSING_END_PUNCTUATION:
        if _label_line(analysis, kinds, start):
            return True  # "[Hae lomaviikkoa jäsensivuilla](…)": a button
        if len(words) <= LABEL_WORDS and _whole_block(analysis, kinds, sentence):
            # a label or button on its own line ("Kuuntele", "Lue lisää"), unless a verb says
            # who does what ("Me tulemme")
            return not any(_personal_verb(token) for token in words)
        return not any(reading(token).get("CLASS") == "teonsana" for token in words)
    if code == MISSING_MAIN_VERB:
        return (
            len(words) <= FRAGMENT_WORDS
            or ":" in analysis.prose[sentence.start_char : sentence.end_char]
            or _verbless_by_nature(words)
        )
    if code == LOWERCASE_REQUIRED:
        if not _always_lowercase(span[0]):
            return True  # a title, an organisation, a product: Voikko cannot tell names apart
        if _in_label(analysis, start, end) or not voikko("fi").spell(span.text.lower()):
            return True  # a marked label ("klikkaa **Tallenna**") or a name Voikko lacks
        if vocabulary.accepts(span.text):
            return True  # the team writes it so: "Kvanttikahvin"
        if _opens_dialogue(analysis.prose, start):
            return True  # a line of dialogue or a quote after a dash: "- Tehdään siis"
        index = next((i for i, token in enumerate(words) if token.i >= span[0].i), None)
        if index is None:
            return False
        neighbours = words[max(0, index - 1) : index] + words[index + 1 : index + 2]
        return any(token.text[:1].isupper() for token in neighbours)
    return False


def _layout_space(analysis: Analysis, block: Block, start: int, end: int) -> bool:
    """Tell whether flagged whitespace is layout or markup's, not a double space between words.

    A plain-text table pads its columns ("| Nimi    | Rooli |"); spaces before a line break
    ("Nimi  <br/>", "Nimi  " then a new line) are not seen; and spaces on both sides of a
    comment that is not published or of a tag ("luettavaa! <!--more--> Tämä") are not the
    writer's double space. Spaces typed as entities ("on&nbsp; hyvä") are seen, and reported.
    """
    prose = analysis.prose
    before = prose[start - 1] if start > block.start else "\n"
    after = prose[end] if end < block.end else "\n"
    if "\n" in prose[start:end] or before in "|\n" or after in "|\n":
        return True
    source_start, source_end = analysis.draft.source_span(start, end)
    return _MARKUP.search(analysis.draft.text, source_start, source_end) is not None


def _void_by_kind(
    analysis: Analysis, kinds: TextKinds, block: Block, code: int, start: int, end: int
) -> bool:
    """Tell whether the kind of text an error stands in makes it void.

    Headings, a post's title line, list items (also lines of a list written as text: "– ",
    "• ", "📅 "), table cells, captions and teaser lines need no
    main verb and no final punctuation, and a short verbless sentence of a post's summary needs no main verb; a
    caption may go on in lowercase after its label ("Kuva: matti"); a table's padding, spaces
    at a line's end and spaces beside markup are layout.
    """
    if code == EXTRA_WHITESPACE:
        return _layout_space(analysis, block, start, end)
    if code in (MISSING_MAIN_VERB, MISSING_END_PUNCTUATION, LOWERCASE_START) and kinds.in_signature(
        block, start
    ):
        return True  # "Ystävällisin terveisin⏎Laura Nieminen⏎vastuullisuusjohtaja"
    if code in (MISSING_MAIN_VERB, MISSING_END_PUNCTUATION):
        if block.kind in _NOT_SENTENCES or kinds.is_caption(block, start):
            return True
        if kinds.is_title_line(block):
            return True  # "Nordlift ja Hakala aloittavat yhteistyön", then the post
        if kinds.is_list_line(start):
            return True  # "– palkkasimme 14 testaajaa", an item of a list written as lines
        sentence = analysis.sentence_at(start)
        if sentence is None:
            return False
        if code == MISSING_MAIN_VERB and kinds.is_summary_fragment(block, sentence):
            return True  # "Kymmenen vinkkiä kevääseen." before <!--more-->
        return kinds.is_teaser(block, sentence)
    if code == LOWERCASE_START:
        return kinds.follows_caption_label(start)
    return False


#: Voikko's Python binding rescans a paragraph from its start for every error it reports, so long
#: blocks are checked in pieces of whole sentences of about this many characters.
CHUNK_CHARACTERS = 2000


def _whole(block: Block) -> bool:
    """Tell whether a block goes to the grammar checker whole (else in pieces of sentences)."""
    return block.end - block.start <= CHUNK_CHARACTERS


def look_ahead_in(draft: Draft) -> None:
    """Start Voikko's grammar checker on a draft's paragraphs before the draft is analysed.

    The paragraphs of up to :data:`CHUNK_CHARACTERS` (a longer one is cut between sentences,
    which the analysis finds): the helper checks them while this thread analyses the draft,
    and :func:`grammar_errors` reads the results.
    """
    prose = draft.prose
    voikko("fi").look_ahead(
        paragraphs=(prose[block.start : block.end] for block in draft.blocks if _whole(block))
    )


def paragraphs_checked(analysis: Analysis) -> list[str]:
    """Return the texts :func:`grammar_errors` gives Voikko's grammar checker, in order."""
    return [text for _, _, text in _chunks(analysis)]


#: A line break that may be inside a sentence: after a line without a sentence's end, before a
#: lowercase word ("Tarvitset hakemukseen⏎vuokrasopimuksen,⏎tiedot tuloistasi").
_BROKEN_LINE = regex.compile(r"(?<=[^\s.!?…:;])[ \t]*\n(?=[ \t]*\p{Ll})")
#: A word in lowercase: a line with one is running text, not a greeting or a name.
_LOWERCASE_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}")


def _joined_lines(text: str) -> str:
    """Return ``text`` with a sentence broken over lines on one line (each break a space).

    Easy Finnish (selkokieli) and verse break a sentence by its phrases; Voikko would read each
    line as a sentence without its end and the next as one without its capital. A line of
    capitalised words only is a unit of its own: a greeting ("Hei⏎voisitteko" needs its
    capital, Kotus) or a name ("Laura Nieminen⏎asiakaspalvelupäällikkö …").
    """

    def joined(found: regex.Match[str]) -> str:
        line_start = text.rfind("\n", 0, found.start()) + 1
        if not _LOWERCASE_WORD.search(text, line_start, found.start()):
            return found.group()
        return found.group().replace("\n", " ")

    return _BROKEN_LINE.sub(joined, text)


def _chunks(analysis: Analysis) -> Iterator[tuple[Block, int, str]]:
    """Yield (block, prose offset, text) pieces: whole blocks, long ones cut between sentences.

    A sentence broken over lines is read as one (:func:`_joined_lines`).
    """
    prose = analysis.prose
    sentences = analysis.sentences
    sentence_starts = [sentence.start_char for sentence in sentences]
    for block in analysis.draft.blocks:
        if _whole(block):
            yield block, block.start, _joined_lines(prose[block.start : block.end])
            continue
        start = block.start
        first = bisect.bisect_right(sentence_starts, block.start) - 1
        for sentence in sentences[max(first, 0) :]:
            if sentence.start_char >= block.end:
                break
            if sentence.end_char - start >= CHUNK_CHARACTERS:
                end = min(sentence.end_char, block.end)
                yield block, start, _joined_lines(prose[start:end])
                start = end
        if start < block.end:
            yield block, start, _joined_lines(prose[start : block.end])


def _lowercase_is_fine(kind: str, text: str, error: GrammarError) -> bool:
    """Tell whether a lowercase "sentence start" Voikko reports is fine.

    It is in a list item, after an ellipsis ("mutta... ehkä"), or not a letter at all (a
    dialogue or speaker dash: "- (DE) Arvoisa").
    """
    flagged = text[error.start : error.start + error.length]
    return (
        kind in _LIST_LIKE
        or not flagged[:1].islower()
        or text[: error.start].rstrip().endswith(("..", "…"))
    )


#: How many tokens after a timetable word its date, time or number may come ("ma–pe 8–16").
_TIMETABLE_REACH = 4


def _timetable_line(analysis: Analysis, kinds: TextKinds, start: int) -> bool:
    """Tell whether a lowercase "sentence start" opens a line of a timetable.

    Only at a line's start: "… metsälle. klo 13.15 SDP:n …" in running text is a sentence.
    """
    if not kinds.opens_line(start):
        return False
    span = analysis.doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and timetable_word(analysis, span[0])


def timetable_word(analysis: Analysis, token: Any) -> bool:
    """Tell whether a word is a timetable's weekday or "klo" before a date, time or number.

    "ma 23.12. klo 7–18", "ma–pe 8–16", "to 26.12. suljettu", "klo 9 aamukahvit"
    (``timetable_starts`` in ``rules/fi/vocabulary.toml``): lowercase at a line's start, and
    "to" is torstai, not colloquial "toi"; so is "To 18.12." opening a line or a list item.
    """
    if token.text.lower() not in builtin_list("fi", "timetable_starts"):
        return False
    kinds = analysis.doc._.kinds
    following = range(token.i + 1, min(len(kinds), token.i + 1 + _TIMETABLE_REACH))
    return any(kinds[i] in NUMBER_KINDS for i in following)


#: A greeting ("Hyvä lukija,", "Hei Maija ja Matti,") has at most this many words.
GREETING_WORDS = 6


def _verbless_by_nature(words: list[Any]) -> bool:
    """Tell whether a sentence's first words open a thanks, a wish or a welcome.

    "Kiitos Väylävirastolle sujuvasta yhteistyöstä.", "Hyvää joulua kaikille!": whole sentences
    without a verb (``verbless_openers`` in ``rules/fi/vocabulary.toml``).
    """
    openers = builtin_list("fi", "verbless_openers")
    return " ".join(token.text.lower() for token in words[:2]) in openers or (
        bool(words) and words[0].text.lower() in openers
    )


def _after_greeting(prose: str, kinds: TextKinds, start: int) -> bool:
    """Tell whether a lowercase word opens the text under a greeting that ends in a comma.

    Kotus: after "Hei," or "Hyvä lukija," on a line of its own the message goes on in lowercase
    ("Hei,⏎voisitteko aloittaa …"); after "Hei!" or "Hei" it starts with a capital.
    """
    line_start = kinds.line(start)[0]
    if line_start == 0 or not kinds.opens_line(start):
        return False  # not the first word of its line, or no line above it
    above = kinds.line(line_start - 1)[0]
    while above > 0 and not prose[above : line_start - 1].strip():  # blank lines between
        above = kinds.line(above - 1)[0]
    greeting = prose[above:line_start].strip()
    return greeting.endswith(",") and len(greeting.split()) <= GREETING_WORDS


def _leads_into_list(
    analysis: Analysis, kinds: TextKinds, block: Block, start: int, end: int
) -> bool:
    """Tell whether an unfinished sentence is the lead-in line of a list right under it.

    "Toivomme, että sinulla on" over "• kokemusta …" lines: the items end the sentence, and a
    lead-in needs no final punctuation of its own. The sentence stands on a line of its own and
    ends its block; the last sentence of a paragraph that runs on is no lead-in.
    """
    after = kinds.block_after(block)
    if after is None or after.kind != "list_item" or block.kind == "list_item":
        return False
    prose = analysis.prose
    sentence = analysis.sentence_at(start)
    if sentence is None or _VISIBLE.search(prose, end, block.end) is not None:
        return False
    return kinds.opens_line(sentence.start_char, since=block.start)


def _last_word(text: str, before: int) -> tuple[int, int] | None:
    """Return the span of the word before whitespace Voikko flags as a missing final mark.

    Voikko points at trailing whitespace when a block ends in it; the finding belongs on the
    last word, unless that word ends a sentence already ("Hei! ": None).
    """
    end = len(text[:before].rstrip())
    if not end or not text[end - 1].isalnum():
        return None
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start, end


def grammar_errors(analysis: Analysis, vocabulary: Vocabulary) -> list[tuple[int, GrammarError]]:
    """Return (prose offset, error) for the draft's grammar errors.

    Errors that context makes void (a missing main verb or final punctuation in headings, list
    items, table cells, captions and teaser lines; missing punctuation in social lines; a
    table's padding; lowercase starts of list items and after an ellipsis ("mutta... ehkä"); errors that
    start on a hashtag, mention, link, emoji, code or number; a space before a mark after a
    link or an address; "consider lowercase" on a word the team's
    ``vocabulary`` accepts) are left out. A Finnish draft gets Voikko's errors and its spacing
    errors; another language its spacing errors (:func:`spacing_errors`) only.
    """
    finnish = analysis.lang == "fi"
    kinds = TextKinds(analysis)
    found = []
    for block, chunk_start, text in _chunks(analysis):
        errors = spacing_errors(text)
        if finnish:
            voikkos = voikko("fi").grammar_errors(text)
            errors += [error for error in voikkos if error.code not in _SPACING_CODES]
        else:  # two spaces after a sentence are a typing convention in English and Swedish
            errors = [error for error in errors if not _sentence_spacing(text, error)]
        for error in sorted(errors, key=lambda error: error.start):
            start = chunk_start + error.start
            if _starts_in_social_token(analysis, start):
                continue
            flagged = text[error.start : error.start + error.length]
            if error.code == INVALID_SENTENCE_START and not any(c.isalnum() for c in flagged):
                continue  # "!!!": repeated punctuation is PC413's, not a sentence start
            end = start + max(error.length, 1)
            if error.code == MISSING_END_PUNCTUATION and not flagged.strip():
                last_word = _last_word(text, error.start)
                if last_word is None:
                    continue  # the space a tag left after a finished sentence: "Hei!<br />"
                start, end = chunk_start + last_word[0], chunk_start + last_word[1]
                flagged = text[last_word[0] : last_word[1]]
                # the finding is the last word's, start to end
                error = dataclasses.replace(error, start=last_word[0], length=end - start)
            if _void_in_context(analysis, kinds, vocabulary, error.code, start, end):
                continue
            if _void_by_kind(analysis, kinds, block, error.code, start, end):
                continue
            if error.code == MISSING_END_PUNCTUATION:
                line_start, line_end = kinds.line(start)
                if _ends_socially(analysis, block.start, min(block.end, line_end)):
                    continue
                line_start = max(block.start, line_start)
                if _starts_with_time(analysis, line_start):
                    continue  # a chapter or schedule line, "0:40 Jätä väliin", is a label
            if error.code == LOWERCASE_START and (
                _lowercase_is_fine(block.kind, text, error)
                or _after_abbreviation(analysis, start)
                or _after_a_label_line(analysis.prose, start)
                or _timetable_line(analysis, kinds, start)
                or kinds.is_list_line(start)
                or _after_greeting(analysis.prose, kinds, start)
            ):
                continue
            if error.code == MISSING_END_PUNCTUATION and _leads_into_list(
                analysis, kinds, block, start, end
            ):
                continue  # "Toivomme, että sinulla on" and then the list that ends the sentence
            if error.code in _GAP_CODES and _beside_removed_markup(
                analysis, error.code, start, end
            ):
                continue
            if error.code == SPACE_BEFORE_PUNCTUATION and _after_a_link(analysis, start):
                continue
            if error.code == MISPLACED_PARENTHESIS and _EMOTICON.match(
                analysis.prose, max(0, start - 2), start + 1
            ):
                continue  # "Kiitos kaikille :)": a smiley's bracket, not a parenthesis
            found.append((start, error))
    return found


#: Voikko's codes for spacing, which :func:`spacing_errors` reports in every language instead.
_SPACING_CODES = frozenset({EXTRA_WHITESPACE, SPACE_BEFORE_PUNCTUATION})
#: Two or more spaces in a row (spaces, tabs, no-break spaces), as Voikko reads them.
_SPACE_RUN = regex.compile(r"[^\S\n\r]{2,}")
#: One space after a visible character and before a mark that takes none: "tulos , sitten",
#: "Tervetuloa !", "Hinta : 5 €". Not leader dots or an ellipsis, also spaced ("Mutta ... ei",
#: "Wait . . . it"), a banner's run of marks ("!!! HUOM !!!", PC413 reports the run), nor a mark
#: glued to what follows: a path (" ./install.sh"), a file type or version (" .NET", " .env",
#: " .30"), code (" !="), an image in Markdown read as text (" ![logo]"), a table's alignment
#: (" :---"), a smiley (" :)", " ;D", " :-P", " :'D", " :,(", " :@", " : )").
_SPACE_BEFORE_MARK = regex.compile(
    r"(?<=\S)[^\S\n\r](?:,"
    r"|(?<!\.[^\S\n\r])\.(?![.!?\p{L}\p{N}_=/\\]|[^\S\n\r]\.)"
    r"|[!?](?![.!?\p{L}\p{N}_=/\\\[])"
    r"|[:;](?!['^,-]?[\p{L}\p{N}_=()\[\]{}<>/\\|*@$]|-{2,}|[^\S\n\r][()](?!\S)))"
)
#: A ratio, a score or a time written with spaces: "3 : 1", "klo 10 : 30".
_RATIO = regex.compile(r"\p{N}[^\S\n\r]:[^\S\n\r]*\p{N}")


def spacing_errors(text: str) -> list[GrammarError]:
    """Return the spacing errors of a paragraph: extra spaces, a space before punctuation.

    As Voikko's grammar checker gives them (code 2 with the suggestion " ", code 3 with the
    mark): on 5,601 paragraphs of the benchmark drafts its codes 2 and 3 and these were the
    same. Beside its comma, a space before ". ! ? : ;" is reported too, in Finnish, Swedish
    and English alike (Kotus, Språkrådet, every English style guide); two spaces before a mark
    are one error, the extra space.
    """
    errors = [
        GrammarError(EXTRA_WHITESPACE, found.start(), len(found.group()), (" ",), _EXTRA)
        for found in _SPACE_RUN.finditer(text)
    ]
    for found in _SPACE_BEFORE_MARK.finditer(text):
        if not _RATIO.match(text, found.start() - 1):
            mark = found.group()[-1]
            errors.append(
                GrammarError(SPACE_BEFORE_PUNCTUATION, found.start(), 2, (mark,), _BEFORE)
            )
    return errors


#: A smiley whose mouth is a bracket, ending at the bracket: ":)", ":-(", ";)", "=)", ":'(", ": )".
_EMOTICON = regex.compile(r".??[:;=][ '^-]?[()\[\]]$")


def _sentence_spacing(text: str, error: GrammarError) -> bool:
    """Tell whether extra whitespace is two spaces between sentences ("works.  Then")."""
    end = error.start + error.length
    return (
        error.code == EXTRA_WHITESPACE
        and text[error.start : end] == "  "
        and text[error.start - 1 : error.start] in (".", "!", "?")
        and text[end : end + 1].isupper()
    )


#: Voikko's Finnish descriptions of its codes 2 and 3, which the rules' messages begin with.
_EXTRA = "Poista ylimääräinen väli."
_BEFORE = "Ylimääräinen väli välimerkin edessä"
#: Tokens after which a space before a mark is deliberate: a link or an address would take
#: the mark into it when the post is published ("https://a.fi .").
_LINKS = frozenset({"url", "domain", "email"})


def _after_a_link(analysis: Analysis, start: int) -> bool:
    """Tell whether the space before a mark follows a link or an address."""
    if start == 0:
        return False
    span = analysis.doc.char_span(start - 1, start, alignment_mode="expand")
    return span is not None and len(span) > 0 and analysis.doc._.kinds[span[0].i] in _LINKS


#: Errors that the place of something removed from the prose can cause: a space before
#: punctuation (PC113: "funktiota `foo`, joka" reads "funktiota , joka"), a lowercase sentence
#: start (PC117: "`foo` on funktio" reads "on funktio") and an invalid one.
_GAP_CODES = frozenset({SPACE_BEFORE_PUNCTUATION, LOWERCASE_START, INVALID_SENTENCE_START})
#: What ends content left out of the prose in the source: inline code, an element whose
#: content is not prose (``<code>``, ``<kbd>`` …), an image. Formatting tags (``<b>``) are not:
#: the words inside them are prose.
_REMOVED = regex.compile(
    r"`|</(?:code|kbd|samp|var|tt|pre|script|style|svg|math)\s*>|<img\b[^>]*>", regex.IGNORECASE
)
#: How far back before a word the source is read for the end of a removed span.
_LOOK_BACK = 80


def _beside_removed_markup(analysis: Analysis, code: int, start: int, end: int) -> bool:
    """Tell whether an error comes from inline code or a tag left out of the prose.

    A space before punctuation is void when the code or element ends right at the mark in the
    source ("`foo`, joka"; "`foo` , joka" has a space too many and is reported); a lowercase or
    invalid sentence start when one stands right before the word (the code was the sentence's
    first word).
    """
    draft = analysis.draft
    if code == SPACE_BEFORE_PUNCTUATION:
        flagged = draft.prose[start:end]
        at = start + len(flagged) - len(flagged.lstrip())  # the mark, after the space(s)
        if at >= len(draft.prose):
            return False
        mark = draft.source_span(at, at + 1)[0]  # the code ends right at the mark: "`foo`,"
        before = draft.text[max(0, mark - _LOOK_BACK) : mark]
    else:
        source = draft.source_span(start, end)[0]
        before = draft.text[max(0, source - _LOOK_BACK) : source].rstrip(" \t")
    return any(found.end() == len(before) for found in _REMOVED.finditer(before))
