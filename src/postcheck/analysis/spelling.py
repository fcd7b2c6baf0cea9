"""The spelling verdict on each word of a draft: fine, a typo, a name, a case slip or English.

Rules read the verdicts (PC101 typos and case slips, PC103 names, PC602 English words); they are
computed once per draft, through :attr:`postcheck.analysis.context.Context.spelling`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from postcheck.analysis.draft_analysis import Analysis
from postcheck.nlp.access import analysed, known
from postcheck.nlp.colloquial import standard_form
from postcheck.nlp.english import is_english_word
from postcheck.nlp.tokenizer import WORD_KINDS
from postcheck.nlp.voikko import voikko
from postcheck.profiles.vocabulary import Vocabulary

_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&]+(?::\p{Ll}+)?")
_INNER_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")


@dataclass(frozen=True)
class Verdict:
    """What the spelling rules make of one unknown word."""

    kind: str  # "typo", "case" (capitalisation), "name" or "english"
    suggestions: tuple[str, ...]


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


def _is_close(word: str, suggestion: str) -> bool:
    """Tell whether ``suggestion`` is one edit away (two for long words): a likely typo."""
    allowed = 1 if len(word) < 8 else 2
    return edit_distance(word.lower(), suggestion.lower()) <= allowed


def _is_name_slip(word: str, suggestion: str) -> bool:
    """Tell whether a capitalised ``word`` is a slip in the ending of the name ``suggestion``.

    "Tampereela" → "Tampereella" is; "Reed" → "Reea" (another name) is not: the two must share
    all but the last few letters.
    """
    if not suggestion[:1].isupper() or not _is_close(word, suggestion):
        return False
    pairs = zip(word, suggestion, strict=False)
    shared = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(word), len(suggestion)))
    return shared >= max(5, len(word) - 4)


def _hyphen_parts_known(word: str, vocabulary: Vocabulary) -> bool:
    """Tell whether every part of "LinkedIn-päivitys" is known, accepted or a name."""
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    analyzer = voikko("fi")
    tail_known = analyzer.spell(parts[-1]) or vocabulary.accepts(parts[-1])
    heads_ok = all(
        analyzer.spell(part) or vocabulary.accepts(part) or part[:1].isupper()
        for part in parts[:-1]
    )
    return tail_known and heads_ok


def verdict(token: Any, analysis: Analysis, vocabulary: Vocabulary) -> Verdict | None:
    """Return the verdict on a word token, or None when the word is fine.

    Fine: known to Voikko, in the team's vocabulary (or the draft's ``vocab``), a colloquial
    form (PC601 reports those), an acronym ("HR", "HR:n"), or a hyphenated compound whose parts
    are fine ("LinkedIn-päivitys"). Names: a capital inside the word ("KuPS", "LinkedIn"), or a
    capitalised word in mid-sentence unless it is a slip in the ending of a name Voikko knows
    ("Tampereela"), or at a sentence start when no suggestion is a small slip away. English: a
    common English word ("startup").
    """
    word: str = token.text
    if known(token) or vocabulary.accepts(word):
        return None
    if _ACRONYM.fullmatch(word) or standard_form(word) is not None:
        return None
    tail = vocabulary.accepts_prefix(word) or vocabulary.compound_tail(word)
    if (tail is not None and voikko("fi").spell(tail)) or _hyphen_parts_known(word, vocabulary):
        return None
    if len(word) > 60:
        return Verdict("typo", ())  # no word is this long; suggestions would only take time
    analyzer = voikko("fi")
    suggestions = analyzer.suggest(word)
    if analysed(token):
        # Voikko knows the word in another capitalisation: "helsingissä" → "Helsingissä".
        return Verdict("case", suggestions)
    if _INNER_CAPITAL.search(word):
        return Verdict("name", suggestions)
    if is_english_word(word):
        return Verdict("english", ())
    if word[:1].isupper() and not word.isupper():
        if analysis.starts_sentence(token):
            slip = any(_is_close(word, suggestion) for suggestion in suggestions)
        else:
            slip = any(_is_name_slip(word, suggestion) for suggestion in suggestions)
        if not slip:
            return Verdict("name", suggestions)
    return Verdict("typo", suggestions)


def verdicts(analysis: Analysis, vocabulary: Vocabulary) -> list[tuple[Any, Verdict]]:
    """Return (token, verdict) for every word of the draft that is not fine, in order."""
    kinds = analysis.doc._.kinds
    return [
        (token, found)
        for token in analysis.tokens
        if kinds[token.i] in WORD_KINDS and (found := verdict(token, analysis, vocabulary))
    ]
