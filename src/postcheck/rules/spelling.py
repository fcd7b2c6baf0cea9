"""PC101 spelling and PC103 unknown-name: words Voikko does not know.

Both rules share one verdict per word (:func:`verdict`), so a word is reported once: as a
misspelling (PC101, error) when it looks like one, as a name to confirm (PC103, info) when it
looks like a proper name Voikko has never heard of.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from postcheck.analysis.context import Context
from postcheck.core.schema import Field
from postcheck.nlp.finnish import suggestions
from postcheck.nlp.pipeline import finnish_word
from postcheck.nlp.tokenizer import hashtag_words
from postcheck.rules.base import Message, Problem, Rule, shorten


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
    options: ClassVar[Mapping[str, Any]] = {"suggestions": Field("int", 5, maximum=20)}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per misspelt word."""
        limit = self.values["suggestions"]
        for token, result in context.verdicts("typo", "case"):
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
        for token, result in context.verdicts("name"):
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
        kinds = context.doc._.kinds
        for token in context.tokens:
            if kinds[token.i] != "hashtag" or context.vocabulary.accepts(token.text[1:]):
                continue
            for offset, word in hashtag_words(token.text):
                info = finnish_word(word)
                if word.isdigit() or info.known or info.analyses:
                    continue
                if finnish_word(word.capitalize()).known or context.vocabulary.accepts(word):
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
                    suggestions(word)[:3],
                )


#: The rules of this module, in code order.
RULES: tuple[type[Rule], ...] = (Spelling, HashtagSpelling, UnknownName)
