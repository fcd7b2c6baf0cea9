"""The analysis of a draft: its prose run through the language's spaCy pipeline."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

import regex

from postcheck.core.errors import DependencyError
from postcheck.document.draft import Block, Draft
from postcheck.nlp.access import info, known, reading
from postcheck.nlp.english import is_english_word
from postcheck.nlp.finnish import address_form, could_be_imperative, is_name
from postcheck.nlp.language import (
    CLEARLY_FINNISH,
    PARAGRAPH_EVIDENCE,
    SAMPLE_CHARACTERS,
    SAMPLE_WORDS,
    detect_language,
    finnish_evidence,
    sample_words,
)
from postcheck.nlp.pipeline import doc_tokens, pipeline
from postcheck.nlp.suggestions import zipf
from postcheck.nlp.tokenizer import NUMBER_KINDS, WORD_KINDS
from postcheck.profiles.vocabulary import builtin_list

#: A quotation within a line: ”…”, “…”, "…", «…» or »…».
#: A word, for telling a sentence in Title Case or capitals apart from running text.
_WORDS = regex.compile(r"\p{L}[\p{L}\p{N}'’-]*")
#: A sentence whose words after the first are capitalised past this share, and has this many,
#: is in Title Case or in capitals.
TITLE_CASE_SHARE = 0.75
TITLE_CASE_WORDS = 3
#: A word this common (Zipf, wordfreq) capitalised at a sentence's or a line's start is that
#: word, not a name: "Olemme" (5.5), "The" (7.7); "Nordic" (3.5), "Sarah" may be names.
COMMON_ZIPF = 4.5
#: As common a word opening a line of English or Swedish is no name either: "The" (7.7),
#: "Team" (5.7); "John" (5.4), "Sarah" (4.5) are.
LINE_OPENER_ZIPF = 5.5
_QUOTATION = regex.compile(
    r'”[^”\n]{1,600}”|“[^”\n]{1,600}”|"[^"\n]{1,600}"|«[^»\n]{1,600}»|»[^»\n]{1,600}»'
)
#: The fewest words of a quotation in English that is quoted as said.
QUOTED_WORDS = 3
#: Token kinds that are concrete facts by themselves.
FACT_KINDS = NUMBER_KINDS | {"url", "domain", "email", "code"}


#: How near the end of the language sample a token makes :meth:`Analysis.sample_words` tokenize
#: the sample itself (a token cut there may read differently).
_SAMPLE_MARGIN = 100

#: The fewest words a paragraph needs to be read in its own language.
BLOCK_WORDS = 5


@dataclass(frozen=True)
class Analysis:
    """A draft with its spaCy ``Doc`` (one per draft; each block is a span of it)."""

    draft: Draft
    doc: Any
    lang: str
    #: The paragraphs in other languages, when given rather than detected: (start, end, lang).
    paragraphs: tuple[tuple[int, int, str], ...] | None = None

    def block_span(self, block: Block) -> Any:
        """Return the spaCy span of one prose block."""
        return self.doc.char_span(block.start, block.end, alignment_mode="expand")

    @cached_property
    def tokens(self) -> list[Any]:
        """The doc's tokens as a list, made once (spaCy makes a new Token object per access)."""
        return doc_tokens(self.doc)

    def tokens_of(self, span: Any) -> list[Any]:
        """Return the tokens of a span (a sentence, a block) from the cached list."""
        return self.tokens[span.start : span.end]

    @property
    def prose(self) -> str:
        """The draft's prose: the text of the ``Doc`` (without rebuilding it from tokens)."""
        return self.draft.prose

    @cached_property
    def other_languages(self) -> tuple[tuple[int, int, str], ...]:
        """The paragraphs in another language than the draft's: (start, end, language).

        A bilingual post (Finnish, then the same in Swedish) is checked paragraph by paragraph
        in each paragraph's language. A paragraph of fewer than :data:`BLOCK_WORDS` words
        (a heading, a sign-off) is read in the draft's language. A draft none of whose
        paragraphs is in the draft's language is not bilingual: it is read as its language says
        (``lang: fi`` on an English text means Finnish rules, as asked). Without Voikko, no
        paragraph is told Finnish, so none is told apart.
        """
        if self.paragraphs is not None:
            return self.paragraphs
        found, own = [], False
        kinds = self.doc._.kinds
        abbreviations = builtin_list("fi", "abbreviations")
        for block in self.draft.blocks:
            text = self.prose[block.start : block.end]
            if len(text.split()) < BLOCK_WORDS:
                continue
            if self.lang == "fi":  # Voikko has read every word already: no second look needed
                words = [t for t in self.tokens_of(self.block_span(block)) if kinds[t.i] == "word"]
                words = [t for t in words if t.text[:1].islower()] or words  # not names
                # "ma–pe 8–20, la 9–16, su 12–16": Finnish abbreviations are no English
                words = [t for t in words if t.text not in abbreviations]
                knowing = [known(t) for t in words]
                texts = [t.text.lower() for t in words]
                if finnish_evidence(texts, knowing) >= CLEARLY_FINNISH * len(words):
                    own = True
                    continue
            try:
                lang = detect_language(text, default=self.lang, min_evidence=PARAGRAPH_EVIDENCE)
            except DependencyError:
                return ()
            if lang != self.lang:
                found.append((block.start, block.end, lang))
            else:
                own = True
        return tuple(found) if own else ()

    def sample_words(self) -> list[str]:
        """Return the words language detection reads (:func:`~postcheck.nlp.language.sample_words`).

        Read from the analysed tokens, so the draft is not tokenized a second time; an
        abbreviation ("esim.") is the word before its dot, as detection sees it. Near the
        sample's end (where cutting the text may change a token: "talo.fi", "kevät- ja") the
        prose is tokenized again, to read exactly the same words.
        """
        near_the_end = SAMPLE_CHARACTERS - _SAMPLE_MARGIN
        long_prose = len(self.prose) > SAMPLE_CHARACTERS
        kinds = self.doc._.kinds
        words: list[str] = []
        for token in self.tokens:
            if len(words) == SAMPLE_WORDS:
                break
            if long_prose and token.idx + len(token.text) > near_the_end:
                return sample_words(self.prose)
            kind = kinds[token.i]
            if kind == "word":
                words.append(token.text)
            elif kind == "abbreviation":
                words.append(token.text[:-1])
        return words

    def lang_at(self, offset: int) -> str:
        """Return the language of the paragraph that holds the prose offset."""
        for start, end, lang in self.other_languages:
            if start <= offset < end:
                return lang
        return self.lang

    @cached_property
    def sentences(self) -> list[Any]:
        """The sentences that hold more than whitespace."""
        return [s for s in self.doc.sents if self.prose[s.start_char : s.end_char].strip()]

    def in_own_language(self, offset: int) -> bool:
        """Tell whether the prose offset lies in a paragraph of the draft's own language."""
        return not self.other_languages or self.lang_at(offset) == self.lang

    @cached_property
    def own_sentences(self) -> list[Any]:
        """The sentences in the draft's own language: a bilingual post's measures read these."""
        return [s for s in self.sentences if self.in_own_language(s.start_char)]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start_char for sentence in self.sentences]

    @cached_property
    def _sentence_first_tokens(self) -> frozenset[int]:
        return frozenset(next((t.i for t in s if not t.is_space), s.start) for s in self.sentences)

    def sentence_at(self, offset: int) -> Any:
        """Return the sentence that holds the prose offset (the nearest before it), or None."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[index] if self.sentences and index >= 0 else None

    def starts_sentence(self, token: Any) -> bool:
        """Tell whether a token starts a sentence (without spaCy's per-call scan of the doc)."""
        return token.i in self._sentence_first_tokens

    def word_beside(self, token: Any, step: int) -> Any | None:
        """Return the word right before (``step`` -1) or after (+1) a token, or None.

        Only a word one space away on the same line counts: punctuation, a line break or a
        double space between them is a boundary.
        """
        i = token.i + step
        if not 0 <= i < len(self.doc):
            return None
        first = self.doc[i] if step < 0 else token
        if first.whitespace_ != " " or self.doc._.kinds[i] not in WORD_KINDS:
            return None
        return self.doc[i]

    def name_beside(self, token: Any, step: int) -> bool:
        """Tell whether the word right before (-1) or after (+1) a token is a name's word.

        Capitalised, and not a common word that is capitalised only because it opens the
        sentence ("Tänään", "Olemme"; "Nordic" may be a name's): "Nordic Ninja", "Journal of
        Medicine".
        """
        word = self.word_beside(token, step)
        if word is None or not word.text[:1].isupper():
            return False
        return not (self.starts_sentence(word) and zipf(word.text, self.lang) >= COMMON_ZIPF)

    def in_title_case(self, token: Any) -> bool:
        """Tell whether a token's sentence is in Title Case or capitals past its first word.

        "How Synergy Drives Growth", "BIG NEWS: OUR ROCKSTAR TEAM"; not "Kierrosta johtaa
        Nordic Ninja", where two of three words after the first are a name's.
        """
        sentence = self.sentence_at(token.idx)
        start, end = (sentence.start_char, sentence.end_char) if sentence else (0, len(self.prose))
        words = _WORDS.findall(self.prose, start, end)[1:]
        capitalised = sum(word[:1].isupper() for word in words)
        return len(words) >= TITLE_CASE_WORDS and capitalised > len(words) * TITLE_CASE_SHARE

    @cached_property
    def quotations(self) -> list[tuple[int, int]]:
        """The prose spans of the quotations within a line (”…”, “…”, "…", «…», »…»), in order."""
        return [found.span() for found in _QUOTATION.finditer(self.prose)]

    def in_quotation(self, offset: int) -> bool:
        """Tell whether a prose offset lies inside a quotation: the quoted person's words."""
        return _within(self.quotations, offset)

    @cached_property
    def english_quotations(self) -> list[tuple[int, int]]:
        """The quotations in English: more English words Voikko does not know than Finnish ones.

        "”It took the routine work off our plate”, sanoo talousjohtaja": someone's words, quoted
        as said; neither Finnish nor English to explain. At least :data:`QUOTED_WORDS` words.
        """
        found = []
        kinds = self.doc._.kinds
        for start, end in self.quotations:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            inside = [t for t in span or () if kinds[t.i] == "word"]
            finnish = sum(known(token) for token in inside)  # "on", "se" are Finnish too
            english = sum(is_english_word(t.text.lower()) and not known(t) for t in inside)
            if len(inside) >= QUOTED_WORDS and english > finnish:
                found.append((start, end))
        return found

    def in_english_quotation(self, offset: int) -> bool:
        """Tell whether a prose offset lies inside a quotation in English."""
        return _within(self.english_quotations, offset)

    def on_short_line(self, token: Any) -> bool:
        """Tell whether a token stands on a line of fewer than :data:`BLOCK_WORDS` words.

        Such a line (a heading, a list item, "Läs mer") is too short to tell its language: it is
        read in the draft's.
        """
        prose = self.prose
        start = prose.rfind("\n", 0, token.idx) + 1
        end = prose.find("\n", token.idx)
        line = self.doc.char_span(start, end if end >= 0 else len(prose), alignment_mode="expand")
        kinds = self.doc._.kinds
        return line is not None and sum(kinds[t.i] == "word" for t in line) < BLOCK_WORDS

    def opens_with_command(self, token: Any) -> bool:
        """Tell whether a verb opens its sentence in a form that can be an imperative.

        "Vastaa tähän viestiin", "Varaa pöytä": Voikko reads "vastaa" also as "hän vastaa",
        but at a sentence's start it commands.
        """
        return (
            self.starts_sentence(token)
            and could_be_imperative(token)
            and (reading(token).get("CLASS") == "teonsana" or self._commands_its_clause(token))
        )

    def _commands_its_clause(self, token: Any) -> bool:
        """Tell whether a sentence opener read as a noun commands: its clause has no other verb.

        "Seuraa meitä Instagramissa, niin näet…", "Nappaa kaveri mukaan.": Voikko prefers
        "seura", "nappa", but nothing else in the clause can be its verb. "Seuraa on tarjolla"
        has one, "Anna Virtanen aloittaa" opens with a name, and "Uusi mallisto" with an
        adjective.
        """
        kinds = self.doc._.kinds
        sentence = self.sentence_at(token.idx)
        found = info(token)
        if sentence is None or found is None:
            return False
        if any(a.get("CLASS") == "laatusana" for a in found.analyses):
            return False  # "Uusi mallisto myymälöissä nyt": an adjective, not "uusia"
        following = [t for t in self.tokens_of(sentence) if t.i > token.i]
        if following and following[0].text[:1].isupper():
            return False
        for other in following:
            if other.text in (",", ";", ":"):
                break
            chosen = reading(other) if kinds[other.i] == "word" else {}
            if chosen.get("CLASS") == "teonsana" and chosen.get("PERSON"):
                return False  # a finite verb: "on", "kerromme"
        return True

    @cached_property
    def lowercase_words(self) -> frozenset[str]:
        """The words the draft writes in lowercase: "simit" makes a sentence's "Simit" no name."""
        kinds = self.doc._.kinds
        return frozenset(
            token.text for token in self.tokens if kinds[token.i] == "word" and token.text.islower()
        )

    def links_to_profile(self, tokens: Iterable[Any]) -> bool:
        """Tell whether a sentence of ``tokens`` points to the link in the profile.

        "Linkki hakemukseen on profiilissamme.", "Ilmoittautumislinkki on biossa.", whatever
        words stand between: the next step, and where to read more, of a channel that takes
        no links in posts.
        """
        kinds = self.doc._.kinds
        by_sentence: dict[int, list[str]] = {}
        for token in tokens:
            sentence = self.sentence_at(token.idx)
            if kinds[token.i] == "word" and sentence is not None:
                by_sentence.setdefault(sentence.start_char, []).append(token.text.lower())
        return any(
            any("link" in word for word in words) and any(_PROFILE.fullmatch(w) for w in words)
            for words in by_sentence.values()
        )

    def is_name(self, token: Any) -> bool:
        """Tell whether a word token is a name (see :func:`postcheck.nlp.finnish.is_name`).

        In English and Swedish, which Voikko does not analyse, a common word opening a line is
        read as a sentence's first: "The" in "Cheers,⏎The team" is no name; "John" is.
        """
        start = self.starts_sentence(token) or (
            self.lang != "fi"
            and self._opens_line(token)
            and zipf(token.text, self.lang) >= LINE_OPENER_ZIPF
        )
        return is_name(token, sentence_start=start)

    def _opens_line(self, token: Any) -> bool:
        """Tell whether a token is the first on its line of the draft's file."""
        text, at = self.draft.text, self.draft.source_span(token.idx, token.idx + 1)[0]
        return not text[text.rfind("\n", 0, at) + 1 : at].strip()

    @cached_property
    def _address_forms(self) -> dict[int, str]:
        kinds = self.doc._.kinds
        return {
            token.i: form
            for token in self.tokens
            if kinds[token.i] == "word" and (form := address_form(token))
        }

    def address_form(self, token: Any) -> str | None:
        """Return "sinä" or "te" when a word addresses the reader, else None.

        See :func:`postcheck.nlp.finnish.address_form`; worked out once per draft.
        """
        return self._address_forms.get(token.i)

    def has_fact(self, tokens: Iterable[Any]) -> bool:
        """Tell whether tokens hold a concrete fact: a number (also in words), date, link or name."""
        kinds = self.doc._.kinds
        return any(
            kinds[token.i] in FACT_KINDS
            or (kinds[token.i] == "word" and (self.is_name(token) or _numeral(token)))
            for token in tokens
        )

    def has_figure(self, tokens: Iterable[Any]) -> bool:
        """Tell whether tokens hold a figure: a number (also in words), date, time, sum or share."""
        kinds = self.doc._.kinds
        return any(
            kinds[token.i] in NUMBER_KINDS or (kinds[token.i] == "word" and _numeral(token))
            for token in tokens
        )

    def words(self) -> list[Any]:
        """Return the word tokens (words and abbreviations) of the draft."""
        kinds = self.doc._.kinds
        return [token for token in self.tokens if kinds[token.i] in WORD_KINDS]


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    """Tell whether ``offset`` lies in one of ``spans`` (in order, not overlapping)."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and offset < spans[index][1]


#: A word for the profile or bio where an Instagram post's link is: "profiilissamme", "biossa".
_PROFILE = regex.compile(r"(?i)profiili\w*|bio(?:ssa|ssamme|on|sta|mme|ssani)?")


def _numeral(token: Any) -> bool:
    """Tell whether a word can be a number ("kuusi grammaa": six, not only a spruce)."""
    found = info(token)
    if found is None or token.text.lower() in _NOT_FIGURES:
        return False
    return any(
        a.get("CLASS") == "lukusana" and a.get("BASEFORM") not in _NOT_FIGURE_BASES
        for a in found.analyses
    )


#: Numerals that are rarely a figure: "yksi yleisimmistä" is "one of the most common".
_NOT_FIGURES = frozenset({"yksi", "yhden", "yhtä", "yhdessä", "yhteen", "ykkönen"})
#: Ordinals that are rarely a figure: "kuulet ensimmäisenä" (first), "toinen" (another).
_NOT_FIGURE_BASES = frozenset({"ensimmäinen", "toinen"})


def analyse(draft: Draft, lang: str) -> Analysis:
    """Run the draft's prose through the pipeline of ``lang``."""
    return Analysis(draft=draft, doc=pipeline(lang)(draft.prose), lang=lang)


def analyse_part(main: Analysis, lang: str) -> Analysis:
    """Return the paragraphs ``main`` reads in ``lang`` analysed in ``lang`` (a bilingual post).

    The pipeline reads only those paragraphs: the rest of the prose is blanked (spaces, its line
    breaks kept), so offsets, lines and columns stay the draft's and a long draft with one
    paragraph in another language is not analysed twice. The paragraphs ``main`` reads in
    another language than ``lang`` (its own language among them) are the part's other languages,
    so both analyses agree where each language is.
    """
    draft = main.draft
    kept: list[tuple[int, int]] = []
    others: list[tuple[int, int, str]] = []
    for block in draft.blocks:
        block_lang = main.lang_at(block.start)
        if block_lang == lang:
            kept.append((block.start, block.end))
        else:
            others.append((block.start, block.end, block_lang))
    prose = _blank_outside(draft.prose, kept)
    part = replace(draft, prose=prose)
    return Analysis(draft=part, doc=pipeline(lang)(prose), lang=lang, paragraphs=tuple(others))


_NOT_LINE_BREAK = re.compile(r"[^\n]+")


def _blank_outside(text: str, spans: list[tuple[int, int]]) -> str:
    """Return ``text`` with everything outside ``spans`` (in order) made spaces, line breaks kept."""
    pieces: list[str] = []
    at = 0
    for start, end in [*spans, (len(text), len(text))]:
        pieces += (_NOT_LINE_BREAK.sub(_spaces, text[at:start]), text[start:end])
        at = end
    return "".join(pieces)


def _spaces(run: re.Match[str]) -> str:
    return " " * len(run[0])
