"""PC102 hashtag-spelling: words inside hashtags that Voikko does not know."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from postcheck.analysis.context import Context
from postcheck.nlp.voikko import voikko
from postcheck.rules.base import Message, Problem, Rule, shorten

_PARTS = regex.compile(r"\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\p{N}+")


def hashtag_words(tag: str) -> list[tuple[int, str]]:
    """Split a hashtag's body into words at capitals and digits: (offset in body, word).

    "#KindaKevät2026" → [(0, "Kinda"), (5, "Kevät"), (10, "2026")]; "#sisältömarkkinointi" stays
    one word.
    """
    body = tag[1:].split(":", 1)[0]  # "#Kinda:ssa": the inflection ending is not a word
    return [(match.start(), match.group()) for match in _PARTS.finditer(body)]


class HashtagSpelling(Rule):
    """A word in a hashtag that Voikko does not know, reported as information.

    Hashtags are often brands, campaign names or run-together words, so they are reported as
    ``info``, not as errors. CamelCase hashtags are checked word by word ("#KindaKevät" →
    "Kinda", "Kevät"); a lowercase hashtag is one word, so a compound ("#sisältömarkkinointi") is
    fine, and so is a lowercase place or brand name Voikko knows capitalised ("#tampere").
    Numbers and words in the team's vocabulary are never reported.

    Fix: check the spelling. Capitalising each word (#KindaKevät) helps screen readers and
    readers alike; add a campaign or brand name to ``vocabulary.accept``.
    """

    code = "PC102"
    name = "hashtag-spelling"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown word inside a hashtag."""
        analyzer = voikko("fi")
        kinds = context.doc._.kinds
        for token in context.tokens:
            if kinds[token.i] != "hashtag" or context.vocabulary.accepts(token.text[1:]):
                continue
            for offset, word in hashtag_words(token.text):
                if word.isdigit() or analyzer.spell(word) or analyzer.analyze(word):
                    continue
                if analyzer.spell(word.capitalize()) or context.vocabulary.accepts(word):
                    continue
                start = token.idx + 1 + offset
                yield Problem(
                    start,
                    start + len(word),
                    Message(
                        fi=f"Voikko ei tunne aihetunnisteen sanaa ”{shorten(word)}”. Tarkista kirjoitusasu"
                        " tai lisää sana sanastoon.",
                        en=f'Voikko does not know "{shorten(word)}" in the hashtag {shorten(token.text)}. Check the'
                        " spelling or add the word to the vocabulary.",
                    ),
                    analyzer.suggest(word)[:3],
                )
