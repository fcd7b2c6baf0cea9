"""PC401–PC403: whether the draft is interesting.

A first sentence that hooks, a text about the reader rather than about us, and room for
conversation. (Stock openings, buzzwords and exclamation marks are the rule pack
``rules/fi/interesting.toml``: PC410–PC413, and ``rules/en/interesting.toml``: PC420–PC421.)
"""

from __future__ import annotations

from collections.abc import Iterator

from postcheck.analysis.context import Context
from postcheck.analysis.readability import MIN_WORDS_TO_JUDGE
from postcheck.analysis.terms import TermMatcher
from postcheck.nlp.finnish import address_form, is_imperative, we_form
from postcheck.rules.base import Message, Problem, Rule

_NEWS = TermMatcher(["tänään", "nyt", "huomenna", "uusi", "ensimmäinen", "juuri", "vihdoin"])


class WeakHook(Rule):
    """The first sentence does not hook the reader.

    In a feed the first sentence decides whether anyone reads on. A hook has at least one of: a
    question, an exclamation, a direct address to the reader (sinä/te), an imperative, a number
    or date, a name, news words ("tänään", "nyt", "uusi"), or it is short (six words or fewer). A first sentence with none of these
    is background, not a hook. Drafts under 15 words are not judged.

    Fix: open with the news, the reader's benefit, a number or a question; move the background
    after it.
    """

    code = "PC401"
    name = "weak-hook"
    criterion = "interesting"
    severity = "warning"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem on the first sentence when it has no hook."""
        found = context.analysis.sentences
        if not found or context.readability.words < MIN_WORDS_TO_JUDGE:
            return
        first = found[0]
        kinds = context.doc._.kinds
        words = [token for token in context.analysis.tokens_of(first) if kinds[token.i] == "word"]
        hooked = (
            len(words) <= 6
            or any(mark in context.prose[first.start_char : first.end_char] for mark in "?!")
            or context.analysis.has_fact(first)
            or any(is_imperative(token) or address_form(token) for token in words)
            or any(True for _ in _NEWS.find(context.doc, first.start_char, first.end_char))
        )
        if not hooked:
            yield Problem.on_prose(
                context.prose,
                first.start_char,
                first.end_char,
                Message(
                    fi="Ensimmäinen virke ei koukuta: siinä ei ole kysymystä, lukijaa, numeroa eikä"
                    " nimeä. Aloita uutisella, lukijan hyödyllä tai kysymyksellä.",
                    en="The first sentence does not hook: no question, no reader, no number, no"
                    " name. Open with the news, the reader's benefit or a question.",
                ),
            )


class SelfCentred(Rule):
    """The draft talks about us, not about the reader.

    Counts the forms that speak of the company ("me", "olemme", "yrityksemme", "tiimimme") and
    those that speak to the reader (sinä and te forms). Four or more "we" forms and more than
    twice as many as "you" forms is company self-talk: readers look for what is in it for them.
    (Crisis messages are meant to be in the first person and are not checked.)

    Fix: turn sentences around to the reader: "Olemme avanneet uuden palvelun" → "Voit nyt…".
    """

    code = "PC402"
    name = "self-centred"
    criterion = "interesting"
    severity = "warning"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first "we" form when the draft is mostly about us."""
        if context.type == "crisis":
            return
        words = context.of_kind("word")
        ours = [token for token in words if we_form(token)]
        yours = [token for token in words if address_form(token)]
        if len(ours) >= 4 and len(ours) > 2 * len(yours):
            examples = ", ".join(token.text for token in ours[:3])
            yield Problem.on_token(
                ours[0],
                Message(
                    fi=f"Teksti puhuu meistä ({len(ours)} me-muotoa: {examples}) eikä lukijasta"
                    f" ({len(yours)} sinä/te-muotoa). Kerro, mitä lukija saa.",
                    en=f"The text talks about us ({len(ours)} we-forms: {examples}), not the"
                    f" reader ({len(yours)} you-forms). Say what the reader gets.",
                ),
            )


_CONVERSATION = TermMatcher(
    ["kertoa", "kommentoida", "vastata", "kysyä", "jakaa", "keskustella", "äänestää", "tägätä"]
)


class NoConversation(Rule):
    """A social post that leaves no room for conversation.

    The article behind postcheck: companies must make room for conversation. A question, or an
    invitation to comment, answer or share ("Kerro kommenteissa…", "Mitä mieltä olet?"), turns
    readers into participants. Checked on social channels (not blog, newsletter or wiki), not
    for crisis drafts or job posts.

    Fix: end with a question to the reader or an invitation to comment.
    """

    code = "PC403"
    name = "no-conversation"
    criterion = "interesting"
    severity = "info"
    languages = frozenset({"fi"})
    requires_channel = True

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the last sentence when there is no question or invitation."""
        channel = context.channel
        if channel is None or channel.markdown or context.type in ("crisis", "job"):
            return
        found = context.analysis.sentences
        if not found or "?" in context.prose:
            return
        invited = any(is_imperative(match.first) for match in _CONVERSATION.find(context.doc))
        if not invited:
            last = found[-1]
            yield Problem.on_prose(
                context.prose,
                last.start_char,
                last.end_char,
                Message(
                    fi="Julkaisu ei kutsu keskusteluun. Kysy lukijalta jotain tai pyydä"
                    " kommentoimaan: ”Mitä mieltä olet?”",
                    en="The post does not invite conversation. Ask the reader something or"
                    ' invite comments: "What do you think?"',
                ),
            )


#: The rules of this module, in code order.
RULES: tuple[type[Rule], ...] = (WeakHook, SelfCentred, NoConversation)
