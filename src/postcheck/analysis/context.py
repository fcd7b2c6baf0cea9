"""What a rule reads: the analysed draft with its channel, audience, type and the team's settings."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, TypeVar

from postcheck.analysis.draft_analysis import Analysis
from postcheck.analysis.grammar import grammar_errors, paragraphs_checked
from postcheck.analysis.readability import Readability, measure_readability
from postcheck.analysis.spelling import Verdict, needs_suggestions, ranks_slips
from postcheck.analysis.spelling_in_context import verdicts
from postcheck.document.draft import Draft
from postcheck.nlp.access import word_infos
from postcheck.nlp.suggestions import one_slip_variants
from postcheck.nlp.tokenizer import WORD_KINDS
from postcheck.nlp.voikko import GrammarError, voikko
from postcheck.profiles.audiences import GENERAL, Audience
from postcheck.profiles.channels import Channel
from postcheck.profiles.strategy import Strategy
from postcheck.profiles.vocabulary import TeamVocabulary, Vocabulary

T = TypeVar("T")

#: Seconds all the rule packs' regular expressions together may spend on a draft of up to
#: :data:`PATTERN_BUDGET_CHARACTERS` characters; a longer draft gets as much more as it is
#: longer (a 5 MB draft 25 s), so the built-in patterns always finish and a pattern that
#: backtracks for ever still stops.
PATTERN_BUDGET = 0.5
PATTERN_BUDGET_CHARACTERS = 100_000

#: What a span's offsets count in: the prose, the published post or the file text.
Space = Literal["prose", "post", "file"]


@dataclass(frozen=True)
class Context:
    """Everything a rule may read about the draft it checks."""

    analysis: Analysis
    channel: Channel | None = None
    audience: Audience | None = None
    type: str | None = None
    #: The words accepted in this draft: the language's, the team's and the draft's ``vocab``.
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    #: The team's ``[vocabulary]`` table (preferred and rejected words).
    team_vocabulary: TeamVocabulary = field(default_factory=TeamVocabulary)
    strategy: Strategy = field(default_factory=Strategy)
    #: The draft's front matter (title, author, images …).
    front: Mapping[str, Any] = field(default_factory=dict)
    #: True when the language was given (argument, front matter or config), not detected.
    lang_given: bool = False
    #: Codes and names of every rule in force (for checking suppression comments).
    rule_keys: frozenset[str] = frozenset()
    _once: dict[Callable[[Context], Any], Any] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def once(self, measure: Callable[[Context], T]) -> T:
        """Return ``measure(self)``, worked out once per context.

        A rule's ``check`` and ``evidence`` (and rules of one family) read the same measure of
        the draft ("does the first sentence hook?"); a whole-draft scan is done once.
        """
        if measure not in self._once:
            self._once[measure] = measure(self)
        found: T = self._once[measure]
        return found

    @cached_property
    def pattern_budget(self) -> float:
        """Seconds the draft's pattern searches may take together (see :data:`PATTERN_BUDGET`)."""
        return PATTERN_BUDGET * max(1.0, len(self.analysis.prose) / PATTERN_BUDGET_CHARACTERS)

    @cached_property
    def pattern_deadline(self) -> float:
        """When the draft's pattern searches must end (``time.monotonic()``): one budget a draft."""
        return time.monotonic() + self.pattern_budget

    @cached_property
    def readability(self) -> Readability:
        """The draft's readability metrics (computed once per draft)."""
        return measure_readability(self.analysis)

    def look_ahead(self) -> None:
        """Start Voikko's slowest work for a Finnish draft in its helper process, before the rules.

        The suggestions for its unknown words, which of their one-slip variants are words (for a
        word whose verdict ranks them) and the grammar of its paragraphs: about half a new
        draft's time, done while this thread measures readability and runs the rules that
        come first. :attr:`spelling` and :attr:`grammar_errors` read the results.
        """
        if self.lang == "fi":
            voikko("fi").look_ahead(
                self._words_to_suggest(),
                paragraphs_checked(self.analysis),
                variants=one_slip_variants,
                varied=ranks_slips,
            )

    def _words_to_suggest(self) -> Iterator[str]:
        """Yield the word forms the spelling verdicts will ask suggestions for, once each.

        Forms Voikko knows (most) and forms whose suggestions are cached are passed over first:
        re-checking a draft as it is typed costs next to nothing here.
        """
        analysis, vocabulary, analyzer = self.analysis, self.vocabulary, voikko("fi")
        kinds, infos = analysis.doc._.kinds, word_infos(analysis.doc)
        seen: set[str] = set()
        for token, info in zip(analysis.tokens, infos, strict=True):
            if info is None or info.known:
                continue
            word = token.text
            if word in seen or kinds[token.i] not in WORD_KINDS:
                continue
            seen.add(word)
            if not analyzer.holds_suggestions(word) and needs_suggestions(
                token, analysis, vocabulary
            ):
                yield word

    @cached_property
    def spelling(self) -> list[tuple[Any, Verdict]]:
        """(token, verdict) for every word that is not fine (computed once per draft).

        Words in a paragraph of another language are left to that language's spelling rule.
        """
        found = verdicts(self.analysis, self.vocabulary)
        if not self.analysis.other_languages:
            return found
        return [(t, v) for t, v in found if self.analysis.lang_at(t.idx) == self.lang]

    @cached_property
    def grammar_errors(self) -> list[tuple[int, GrammarError]]:
        """(prose offset, error) for Voikko's grammar errors that apply (computed once per draft).

        Paragraphs in another language are not read with Finnish grammar.
        """
        found = grammar_errors(self.analysis, self.vocabulary)
        if not self.analysis.other_languages:
            return found
        return [(at, e) for at, e in found if self.analysis.lang_at(at) == self.lang]

    def verdicts(self, *kinds: str) -> Iterator[tuple[Any, Verdict]]:
        """Yield the (token, verdict) pairs whose verdict is of one of ``kinds`` ("typo" …)."""
        return ((token, found) for token, found in self.spelling if found.kind in kinds)

    @property
    def target(self) -> Audience:
        """The audience whose targets apply, as it reads the draft's language.

        The draft's audience, or :data:`~postcheck.profiles.audiences.GENERAL`; in the draft's
        language when the audience reads it (its jargon and bands for that language).
        """
        return (self.audience or GENERAL).reading(self.lang)

    @property
    def tokens(self) -> list[Any]:
        """The draft's tokens (a list made once per draft; iterate this, not the ``Doc``)."""
        return self.analysis.tokens

    def of_kind(self, *kinds: str) -> list[Any]:
        """Return the tokens of the given kinds ("word", "hashtag", "emoji" …), in order."""
        token_kinds = self.doc._.kinds
        return [token for token in self.analysis.tokens if token_kinds[token.i] in kinds]

    @property
    def draft(self) -> Draft:
        """The draft as written: its file text, front matter, blocks and links."""
        return self.analysis.draft

    @property
    def post(self) -> str:
        """The post as the channel publishes it (the body without comments and outer space)."""
        return self.analysis.draft.post

    def file_span(self, start: int, end: int, space: Space = "prose") -> tuple[int, int]:
        """Return the file-text span of ``[start, end)`` counted in ``space``."""
        draft = self.analysis.draft
        if space == "prose":
            return draft.source_span(start, end)
        if space == "post":
            return draft.post_span(start, end)
        return start, end

    def front_key_span(self, key: str, *, line: bool = False) -> tuple[int, int]:
        """Return the file span of front-matter ``key`` (its whole line with ``line=True``).

        A key the front matter lacks gives the start of the post, where it would be missed.
        """
        draft = self.analysis.draft
        offsets = draft.front_matter.key_offsets
        if key not in offsets:
            return draft.post_span(0, min(1, len(draft.post)))
        start = offsets[key]
        if not line:
            return start, start + len(key)
        end = draft.text.find("\n", start)
        return start, len(draft.text) if end == -1 else end

    @property
    def prose(self) -> str:
        """The draft's prose (the ``Doc``'s text)."""
        return self.analysis.draft.prose

    @property
    def doc(self) -> Any:
        """The draft's spaCy ``Doc``."""
        return self.analysis.doc

    @property
    def lang(self) -> str:
        """The draft's language ("fi" or "en")."""
        return self.analysis.lang
