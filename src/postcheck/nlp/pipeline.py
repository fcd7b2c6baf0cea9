"""spaCy pipelines for Finnish and English, built from the blank languages.

Each pipeline has three parts:

* :class:`SocialTokenizer` — the tokenizer of :mod:`postcheck.nlp.tokenizer`, so URLs, mentions,
  hashtags, emoji, numbers and codes are single tokens; ``token._.kind`` says which.
* ``postcheck_sentences`` — sentence boundaries after ``.``, ``!``, ``?`` and ``…`` and at every
  line break (a line break is visible to the reader: in a social post it ends the sentence).
* ``postcheck_voikko`` (Finnish only) — Voikko's verdict for each word: ``token._.known``,
  ``token._.analyses`` (all of Voikko's readings), ``token._.word_class`` and ``token._.lemmas``;
  the first reading also sets spaCy's ``lemma_``, ``pos_`` and ``morph``.

Word analyses are cached per word form for the life of the process.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from postcheck.core.resources import load_toml, rules_dir
from postcheck.nlp.morphology import pos_tag, ud_features
from postcheck.nlp.spacy_import import import_spacy
from postcheck.nlp.tokenizer import WORD_KINDS, tokenize
from postcheck.nlp.voikko import voikko

_SENTENCE_END = frozenset({".", "!", "?", "…", "..."})
#: Longer "words" (a pasted hash, a run of letters) are not sent to Voikko.
MAX_WORD_LENGTH = 100
_NAMES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
#: Where a doc keeps each token's :class:`WordInfo` (None for non-words and English) and the
#: index of its chosen reading: stored once, read by the ``token._`` getters and by
#: :mod:`postcheck.nlp.access` (the fast path rules use in loops over every token).
WORDS = "postcheck_words"
CHOICES = "postcheck_choices"
#: The indices of verbs read as connegatives ("ette pääse": "pääse" is not an imperative).
CONNEGATIVES = "postcheck_connegatives"
#: The reading chosen for each token (an empty mapping for non-words and unknown words).
READINGS = "postcheck_readings"
#: Where a doc keeps its tokens' texts, as the tokenizer made them.
TEXTS = "postcheck_texts"
#: Where a doc keeps its tokens as a list (spaCy makes a new ``Token`` object on every access).
TOKENS = "postcheck_tokens"
_NO_READING: Mapping[str, str] = MappingProxyType({})
_CLOSERS = frozenset({'"', "”", "’", "»", ")", "]", "'"})


@dataclass(frozen=True)
class WordInfo:
    """What Voikko says of one word form: its readings, likeliest first, in UD terms too."""

    known: bool
    analyses: tuple[Mapping[str, str], ...]
    pos_tags: tuple[str, ...]
    #: UD features of the readings asked for (by index): most are never chosen, so never made
    _morphs: dict[int, str] = field(default_factory=dict, init=False, compare=False, repr=False)
    #: spaCy's ids of the lemma, POS and morphology of the readings asked for (by index)
    _attributes: dict[int, tuple[int, int, int]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def morph(self, choice: int) -> str:
        """Return the UD feature string of reading ``choice`` (``Case=Par|Number=Sing``)."""
        found = self._morphs.get(choice)
        if found is None:
            found = self._morphs[choice] = ud_features(self.analyses[choice])
        return found

    @property
    def lemma(self) -> str | None:
        """The base form of the first reading (None when unanalysed)."""
        return self.analyses[0].get("BASEFORM") if self.analyses else None

    @property
    def word_class(self) -> str | None:
        """Voikko's word class (CLASS) of the first reading, or None when unanalysed."""
        return self.analyses[0].get("CLASS") if self.analyses else None

    @functools.cached_property
    def lemmas(self) -> tuple[str, ...]:
        """Every distinct base form Voikko gives, first reading first."""
        seen: dict[str, None] = {}
        for analysis in self.analyses:
            if base := analysis.get("BASEFORM"):
                seen.setdefault(base, None)
        return tuple(seen)


#: The :class:`WordInfo` of every word form read so far (the oldest tenth goes beyond
#: :data:`MOST_FORMS`): unlike an ``lru_cache``, it tells which forms are new.
_FORMS: dict[str, WordInfo] = {}
MOST_FORMS = 200_000
#: At most this many of a draft's new word forms go to Voikko's helper process.
MOST_ANALYSED_AHEAD = 4_096


def finnish_word(form: str) -> WordInfo:
    """Return Voikko's :class:`WordInfo` for a Finnish word form (cached per form)."""
    found = _FORMS.get(form)
    if found is None:
        found = _FORMS[form] = _finnish_word(form)
        if len(_FORMS) > MOST_FORMS:
            for old in list(itertools.islice(_FORMS, MOST_FORMS // 10)):
                _FORMS.pop(old, None)
    return found


def _finnish_word(form: str) -> WordInfo:
    if len(form) > MAX_WORD_LENGTH:  # no word is this long; Voikko need not look
        return WordInfo(known=False, analyses=(), pos_tags=())
    analyzer = voikko("fi")
    lowercase = form[:1].islower()

    def rank(analysis: Mapping[str, str]) -> tuple[bool, bool]:
        # "päivä" is first read as the name "Päivä"; a lowercase word is a common word first.
        # "tehdä" is first read as the connegative of "ei tehdä"; without "ei" it is the
        # infinitive (the pipeline picks the connegative after a negation verb).
        return (lowercase and pos_tag(analysis) == "PROPN", analysis.get("NEGATIVE") == "true")

    analyses = tuple(sorted(analyzer.analyze(form), key=rank))
    return WordInfo(
        known=analyzer.spell(form),
        analyses=analyses,
        pos_tags=tuple(pos_tag(analysis) for analysis in analyses),
    )


def finnish_abbreviation(word_with_dot: str) -> bool:
    """Return True when Voikko knows ``word_with_dot`` ("esim.") as an abbreviation.

    A word Voikko also knows without the dot ("mm") is taken as an abbreviation only when its
    dotted form is an abbreviation too; sentence ends are told apart by the sentence splitter.
    Also the abbreviations ``rules/fi/vocabulary.toml`` lists that Voikko lacks ("mahd.",
    "seur.").
    """
    if word_with_dot[:-1].lower() in _listed_abbreviations():
        return True
    analyzer = voikko("fi")
    if not analyzer.spell(word_with_dot):
        return False
    bare = word_with_dot[:-1]
    if not analyzer.spell(bare):
        return True
    return all(a.get("CLASS") == "lyhenne" for a in analyzer.analyze(bare))


@functools.cache
def _listed_abbreviations() -> frozenset[str]:
    """Return the Finnish abbreviations Voikko lacks (``abbreviations`` of the vocabulary)."""
    words = load_toml(rules_dir() / "fi" / "vocabulary.toml").get("abbreviations", ())
    return frozenset(word.lower() for word in words)


def _register_extensions() -> None:
    from spacy.tokens import Doc, Token

    if Doc.has_extension("kinds"):
        return
    Doc.set_extension("kinds", default=None)

    def word(token: Any) -> WordInfo | None:
        words = token.doc.user_data.get(WORDS)
        return words[token.i] if words is not None else None

    Token.set_extension("kind", getter=lambda token: token.doc._.kinds[token.i])
    Token.set_extension("word", getter=word)
    Token.set_extension("known", getter=lambda token: info.known if (info := word(token)) else None)
    Token.set_extension(
        "analyses", getter=lambda token: info.analyses if (info := word(token)) else ()
    )
    Token.set_extension(
        "word_class", getter=lambda token: info.word_class if (info := word(token)) else None
    )
    Token.set_extension("lemmas", getter=lambda token: info.lemmas if (info := word(token)) else ())

    def chosen(token: Any) -> Mapping[str, str]:
        info = word(token)
        if info is None or not info.analyses:
            return {}
        reading: Mapping[str, str] = info.analyses[token.doc.user_data[CHOICES][token.i]]
        return reading

    Token.set_extension("reading", getter=chosen)


class SocialTokenizer:
    """A spaCy tokenizer around :func:`~postcheck.nlp.tokenizer.tokenize`."""

    def __init__(self, vocab: Any, is_abbreviation: Callable[[str], bool] | None = None) -> None:
        self.vocab = vocab
        self.is_abbreviation = is_abbreviation

    def __call__(self, text: str) -> Any:
        """Tokenize ``text`` into a spaCy ``Doc`` whose text equals ``text``."""
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        kinds: list[str] = []
        for token in tokenize(text, is_abbreviation=self.is_abbreviation):
            rest = token.text
            if token.kind == "space" and words and kinds[-1] != "space" and rest[0] == " ":
                spaces[-1] = True
                rest = rest[1:]
                if not rest:
                    continue
            words.append(rest)
            spaces.append(False)
            kinds.append(token.kind)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc._.kinds = kinds
        doc.user_data[TEXTS] = words
        return doc


def token_texts(doc: Any) -> list[str]:
    """Return the doc's token texts as a list, as the tokenizer made them (one per token)."""
    found: list[str] | None = doc.user_data.get(TEXTS)
    if found is None:
        found = doc.user_data[TEXTS] = [token.text for token in doc_tokens(doc)]
    return found


def doc_tokens(doc: Any) -> list[Any]:
    """Return the doc's tokens as a list, made once per doc and shared by every reader."""
    found: list[Any] | None = doc.user_data.get(TOKENS)
    if found is None:
        found = doc.user_data[TOKENS] = list(doc)
    return found


def sentence_starts(
    texts: list[str], kinds: list[str], is_name: Callable[[str], bool] | None = None
) -> list[bool]:
    """Return, per token, whether it starts a sentence.

    A sentence starts at the first token, after sentence-final punctuation (and any closing
    quotes or brackets after it) and after every line break. "!" and "?" always end a sentence;
    "." does not before a lowercase word ("ko. asia"). An emoji ends a sentence before a
    capitalised word ("…Tampereelle 🚐 Haemme…"), and so does a date or time with its final dot
    ("25.3.") before a capitalised word that is not a name (``is_name``): "torstaina 25.3.
    Maanantain kassi…", but "25.3. Helsingissä".
    """
    starts = [False] * len(texts)
    start_next = True
    after_end = ""  # "weak" after ".", "strong" after "!", "?", "…", "soft" after a date; "emoji"
    for index, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        if kind == "space":
            starts[index] = index == 0
            if "\n" in text:
                start_next = True
            continue
        if after_end and kind == "punct" and text in _CLOSERS:
            continue
        if after_end and not start_next:
            capital = not text[:1].islower()
            if after_end == "soft":
                capital = text[:1].isupper() and kind == "word" and not (is_name and is_name(text))
            elif after_end == "emoji":
                capital = text[:1].isupper() and kind == "word"
            start_next = after_end == "strong" or capital
        starts[index] = start_next or index == 0
        start_next = False
        after_end = ""
        if kind == "punct" and text in _SENTENCE_END:
            after_end = "weak" if text == "." else "strong"
        elif kind in ("date", "time") and text.endswith("."):
            after_end = "soft"
        elif kind == "emoji":
            after_end = "emoji"
    return starts


def finnish_name(word: str) -> bool:
    """Tell whether a capitalised word is a name: unknown to Voikko, or only ever a name."""
    analyses = finnish_word(word).analyses
    return not analyses or all(a.get("CLASS") in _NAMES for a in analyses)


def set_sentence_starts(doc: Any) -> Any:
    """Mark the sentence starts of :func:`sentence_starts` on the doc, in one array operation.

    (Setting ``token.is_sent_start`` one token at a time makes spaCy rescan the doc on every
    assignment: quadratic in the draft's length.)
    """
    import numpy
    from spacy.attrs import SENT_START

    is_name = finnish_name if doc.lang_ == "fi" else None
    starts = sentence_starts(token_texts(doc), doc._.kinds, is_name)
    values = numpy.array([[1 if start else -1] for start in starts], dtype="int32").astype("uint64")
    if len(doc):
        doc.from_array([SENT_START], values)
    return doc


def _analyse_ahead(texts: Sequence[str], kinds: Sequence[str]) -> None:
    """Give the new word forms of a doc's second half to Voikko's helper process.

    It spells and analyses them while this thread reads the first half
    (:meth:`~postcheck.nlp.voikko.Analyzer.analyse_ahead`).
    """
    half = len(texts) // 2
    new = dict.fromkeys(
        text
        for text, kind in zip(texts[half:], kinds[half:], strict=True)
        if kind in WORD_KINDS and text not in _FORMS and len(text) <= MAX_WORD_LENGTH
    )
    if new:
        voikko("fi").analyse_ahead(list(itertools.islice(new, MOST_ANALYSED_AHEAD)))


def analyse_finnish_words(doc: Any) -> Any:
    """Attach Voikko's :class:`WordInfo` to every word token and choose its reading in context.

    The chosen reading (``token._.reading``) sets spaCy's lemma, POS and morphology. After a
    negation verb ("ei", "emme") the connegative reading of the next verb wins ("ei tehdä" is a
    passive, "tehdä" alone an infinitive), up to a punctuation mark or the end of the line.
    """
    kinds = doc._.kinds
    texts = token_texts(doc)
    _analyse_ahead(texts, kinds)
    words: list[WordInfo | None] = [None] * len(texts)
    choices = [0] * len(texts)
    readings: list[Mapping[str, str]] = [_NO_READING] * len(texts)
    negated = False
    connegatives: set[int] = set()
    for i, kind in enumerate(kinds):
        if kind == "punct" or (kind == "space" and "\n" in texts[i]):
            negated = False  # "Ei jonoja⏎Tilaa lounas": a line ends the negation too
        if kind not in WORD_KINDS:
            continue
        info = words[i] = finnish_word(texts[i])
        if not info.analyses:
            continue
        choice = 0
        if negated:
            choice = next(
                (n for n, a in enumerate(info.analyses) if a.get("NEGATIVE") == "true"), 0
            )
            if info.analyses[choice].get("NEGATIVE") in ("true", "both"):
                connegatives.add(i)
        choices[i] = choice
        analysis = readings[i] = info.analyses[choice]
        word_class = analysis.get("CLASS")
        negated = word_class == "kieltosana" or (negated and word_class != "teonsana")
    _set_lemma_pos_morph(doc, texts, words, choices)
    doc.user_data[WORDS] = words
    doc.user_data[CHOICES] = choices
    doc.user_data[READINGS] = readings
    doc.user_data[CONNEGATIVES] = frozenset(connegatives)
    return doc


def _set_lemma_pos_morph(
    doc: Any, texts: list[str], words: list[WordInfo | None], choices: list[int]
) -> None:
    """Set spaCy's lemma, POS and morphology of each analysed word, in one array operation.

    (Setting ``token.lemma_`` and the rest one token at a time made a ``Token`` and looked up
    its strings for each word of each draft.)
    """
    import numpy
    from spacy.attrs import LEMMA, MORPH, POS

    rows = []
    for text, info, choice in zip(texts, words, choices, strict=True):
        if info is None or not info.analyses:
            rows.append(_UNANALYSED)
        else:
            rows.append(_attributes(doc.vocab, text, info, choice))
    if rows:
        doc.from_array([LEMMA, POS, MORPH], numpy.array(rows, dtype="uint64"))


#: The lemma, POS and morphology of a token without a reading: none (spaCy's zero).
_UNANALYSED = (0, 0, 0)


def _attributes(vocab: Any, text: str, info: WordInfo, choice: int) -> tuple[int, int, int]:
    """Return the ids of the lemma, POS and morphology of ``text``'s reading ``choice``.

    ``info`` is ``text``'s :class:`WordInfo`. The ids (string hashes) are made once per
    reading, and made again when ``vocab`` lacks their strings (another pipeline's vocab, or
    strings a spaCy memory zone has taken away).
    """
    found = info._attributes.get(choice)
    if found is None or found[0] not in vocab.strings or found[2] not in vocab.strings:
        from spacy.parts_of_speech import IDS

        morph = info.morph(choice)
        found = info._attributes[choice] = (
            vocab.strings.add(info.analyses[choice].get("BASEFORM", text)),
            IDS[info.pos_tags[choice]],
            vocab.morphology.add(morph) if morph else 0,
        )
    return found


@functools.cache
def pipeline(lang: str) -> Any:
    """Return the process's shared spaCy pipeline for ``lang`` ("fi" or "en")."""
    spacy = import_spacy()
    from spacy.language import Language

    _register_extensions()
    if not Language.has_factory("postcheck_sentences"):
        Language.component("postcheck_sentences", func=set_sentence_starts)
        Language.component("postcheck_voikko", func=analyse_finnish_words)
    nlp = spacy.blank(lang)
    # spaCy's 1,000,000-character guard is for its parser and entity models, which postcheck
    # does not run; the draft size limit (max_size_mb) is the guard here.
    nlp.max_length = 50_000_000
    if lang == "fi":
        voikko("fi")  # fail early, with the install hint, when Voikko is missing
        nlp.tokenizer = SocialTokenizer(nlp.vocab, finnish_abbreviation)
        nlp.add_pipe("postcheck_sentences")
        nlp.add_pipe("postcheck_voikko")
    else:
        nlp.tokenizer = SocialTokenizer(nlp.vocab)
        nlp.add_pipe("postcheck_sentences")
    return nlp
