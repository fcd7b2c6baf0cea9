"""PC101 spelling and PC103 unknown-name: words Voikko does not know.

Both rules share one verdict per word (:func:`verdict`), so a word is reported once: as a
misspelling (PC101, error) when it looks like one, as a name to confirm (PC103, info) when it
looks like a proper name Voikko has never heard of.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import regex

from postcheck.analysis.context import Context
from postcheck.nlp.access import analysed, known
from postcheck.nlp.colloquial import standard_form
from postcheck.nlp.english import is_english_word
from postcheck.nlp.tokenizer import WORD_KINDS
from postcheck.nlp.voikko import voikko
from postcheck.rules.base import Message, Problem, Rule, shorten

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


def _hyphen_parts_known(word: str, context: Context) -> bool:
    """Tell whether every part of "LinkedIn-päivitys" is known, accepted or a name."""
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    analyzer = voikko("fi")
    tail_known = analyzer.spell(parts[-1]) or context.vocabulary.accepts(parts[-1])
    heads_ok = all(
        analyzer.spell(part) or context.vocabulary.accepts(part) or part[:1].isupper()
        for part in parts[:-1]
    )
    return tail_known and heads_ok


def verdict(token: Any, context: Context) -> Verdict | None:
    """Return the verdict on a word token, or None when the word is fine.

    Fine: known to Voikko, in the team's vocabulary (or the draft's ``vocab``), a colloquial
    form (PC601 reports those), an acronym ("HR", "HR:n"), or a hyphenated compound whose parts
    are fine ("LinkedIn-päivitys"). Names: a capital inside the word ("KuPS", "LinkedIn"), or a
    capitalised word in mid-sentence unless it is a slip in the ending of a name Voikko knows
    ("Tampereela"), or at a sentence start when no suggestion is a small slip away. English: a
    common English word ("startup").
    """
    word: str = token.text
    if known(token) or context.vocabulary.accepts(word):
        return None
    if _ACRONYM.fullmatch(word) or standard_form(word) is not None:
        return None
    tail = context.vocabulary.accepts_prefix(word)
    if (tail is not None and voikko("fi").spell(tail)) or _hyphen_parts_known(word, context):
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
        if context.analysis.starts_sentence(token):
            slip = any(_is_close(word, suggestion) for suggestion in suggestions)
        else:
            slip = any(_is_name_slip(word, suggestion) for suggestion in suggestions)
        if not slip:
            return Verdict("name", suggestions)
    return Verdict("typo", suggestions)


def _verdicts(context: Context, *kinds: str) -> Iterator[tuple[Any, Verdict]]:
    """Yield the (token, verdict) pairs of the given kinds; verdicts are computed once a draft."""
    memo = context.analysis.memo
    if "spelling" not in memo:
        token_kinds = context.doc._.kinds
        memo["spelling"] = [
            (token, found)
            for token in context.tokens
            if token_kinds[token.i] in WORD_KINDS and (found := verdict(token, context))
        ]
    for token, found in memo["spelling"]:
        if found.kind in kinds:
            yield token, found


class Spelling(Rule):
    """A Finnish word that Voikko does not know and that looks like a misspelling.

    Voikko, the Finnish spell checker, knows the inflected and compound forms of the standard
    language. A word it does not know is reported with up to ``suggestions`` of its corrections.
    A lowercase word that Voikko knows capitalised ("helsingissä") is reported with the right
    capitalisation.

    Never reported: URLs, e-mail addresses, domains, @mentions, #hashtags (PC102 checks their
    words), codes such as AINO15, numbers, acronyms in capitals ("HR:n"), abbreviations with their
    dot ("esim."), colloquial forms (PC601), common English words (PC602), words in the team's
    ``vocabulary.accept`` or the draft's ``vocab`` (an entry with capitals matches only that
    spelling; inflected forms such as "Kindan" are accepted too), and words that look like names
    (PC103): a capital inside the word ("KuPS"), a capitalised word in mid-sentence, or one at a
    sentence start that is not a small slip from a word Voikko knows.

    Fix: correct the word. If it is right (a name, a brand, a new term), add it to
    ``vocabulary.accept`` in postcheck.toml so the whole team's drafts accept it, or to ``vocab``
    in this draft's front matter.

    Options: ``suggestions`` (default 5), how many corrections to show.
    """

    code = "PC101"
    name = "spelling"
    criterion = "correct"
    severity = "error"
    languages = frozenset({"fi"})
    options: ClassVar[Mapping[str, Any]] = {"suggestions": 5}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per misspelt word."""
        limit = self.values["suggestions"]
        for token, result in _verdicts(context, "typo", "case"):
            word = shorten(token.text)
            suggestions = result.suggestions[:limit]
            if result.kind == "case" and suggestions:
                message = Message(
                    fi=f"”{word}” kirjoitetaan isolla alkukirjaimella: ”{suggestions[0]}”.",
                    en=f'"{word}" is written with a capital letter: "{suggestions[0]}".',
                )
            else:
                message = Message(
                    fi=f"Voikko ei tunne sanaa ”{word}”. Korjaa kirjoitusasu; jos sana on oikein,"
                    " lisää se sanastoon (vocabulary.accept tai luonnoksen vocab).",
                    en=f'Voikko does not know "{word}". Fix the spelling; if the word is right,'
                    " add it to the vocabulary (vocabulary.accept or the draft's vocab).",
                )
            yield Problem.on_token(token, message, suggestions)


class UnknownName(Rule):
    """A capitalised word that Voikko does not know: probably a name.

    Voikko knows common Finnish names but not most people, companies, products or places
    abroad. A word with a capital inside it ("KuPS", "LounasPatria"), a capitalised word in
    mid-sentence, or a capitalised word at a sentence start that is not a small slip from a word
    Voikko knows is most likely such a name, so it is not reported as a misspelling. It is still
    worth a look: names are where misspellings embarrass the most. Voikko's nearest words are
    shown in case it is a slip after all.

    Fix: check the name's spelling; add it to ``vocabulary.accept`` in postcheck.toml (or the
    draft's ``vocab``) so it is known from now on.
    """

    code = "PC103"
    name = "unknown-name"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown capitalised word in mid-sentence."""
        for token, result in _verdicts(context, "name"):
            word = shorten(token.text)
            yield Problem.on_token(
                token,
                Message(
                    fi=f"Voikko ei tunne nimeä ”{word}”. Tarkista kirjoitusasu ja lisää nimi"
                    " sanastoon (vocabulary.accept).",
                    en=f'Voikko does not know the name "{word}". Check its spelling and add it'
                    " to the vocabulary (vocabulary.accept).",
                ),
                result.suggestions[:3],
            )


class EnglishWord(Rule):
    """An English word in a Finnish text ("startup", "deadline", "next level").

    Borrowed English is not a misspelling, so the spelling rule leaves it alone; but not every
    reader understands it, and a Finnish word often says the same thing more plainly. A word
    counts as English when Voikko does not know it and it is common in English (pyspellchecker's
    English word frequencies).

    Fix: use the Finnish word if there is one ("startup" → "kasvuyritys"); keep the English one
    when your audience uses it, and add it to ``vocabulary.accept`` so it is not reported again.
    """

    code = "PC602"
    name = "english-word"
    criterion = "audience"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per English word in the Finnish text."""
        for token, _ in _verdicts(context, "english"):
            word = shorten(token.text)
            yield Problem.on_token(
                token,
                Message(
                    fi=f"”{word}” on englantia. Ymmärtääkö kohderyhmä sen? Käytä suomenkielistä"
                    " sanaa, jos sellainen on.",
                    en=f'"{word}" is English in a Finnish text. Will your audience understand it?'
                    " Use the Finnish word if there is one.",
                ),
            )
