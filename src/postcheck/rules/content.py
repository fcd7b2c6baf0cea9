"""PC401–PC403 and PC501–PC504: whether the draft is interesting and informative.

Interesting: a first sentence that hooks, a text about the reader rather than about us, and room
for conversation. Informative: enough content words, concrete facts, what the post type needs,
and enough text to say something. (Stock openings, buzzwords, exclamation marks and hedges are
rule packs: ``rules/fi/interesting.toml`` and ``rules/fi/informative.toml``.)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from postcheck.analysis.context import Context
from postcheck.analysis.readability import readability
from postcheck.analysis.terms import TermMatcher
from postcheck.nlp.access import reading
from postcheck.nlp.finnish import NAME_CLASSES, address_form, is_imperative, we_form
from postcheck.rules.base import Message, Problem, Rule

_CONTENT_CLASSES = frozenset(
    {"nimisana", "laatusana", "nimisana_laatusana", "teonsana", "lukusana", *NAME_CLASSES}
)
#: Drafts shorter than this are not judged on hook, density or facts.
MIN_WORDS = 15


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
        found = context.analysis.sentences()
        if not found or readability(context.analysis).words < MIN_WORDS:
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
        found = context.analysis.sentences()
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


class LexicalDensity(Rule):
    """Few content words: the text is mostly filler.

    Lexical density is the share of content words (nouns, adjectives, verbs other than "olla",
    numerals, names; by Voikko's word class) among all words. Finnish blog text runs at about
    0.6; below ``min_density`` (default 0.45) the text says little for its length. Drafts under
    15 words are not judged.

    Fix: cut the words that carry nothing ("tavallaan", "eräänlainen", "on olemassa") and say
    the thing itself.
    """

    code = "PC501"
    name = "lexical-density"
    criterion = "informative"
    severity = "info"
    languages = frozenset({"fi"})
    options: ClassVar[Mapping[str, Any]] = {"min_density": 0.45}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first sentence when the density is low."""
        words = context.of_kind("word")
        if len(words) < MIN_WORDS:
            return
        content = sum(
            1
            for token in words
            if reading(token).get("CLASS") in _CONTENT_CLASSES
            and reading(token).get("BASEFORM") != "olla"
        )
        density = content / len(words)
        if density < self.values["min_density"]:
            first = context.analysis.sentences()[0]
            yield Problem.on_prose(
                context.prose,
                first.start_char,
                first.end_char,
                Message(
                    fi=f"Sisältösanoja on vain {density:.0%} sanoista (tavoite vähintään"
                    f" {self.values['min_density']:.0%}). Karsi täytesanat ja sano asia itse.",
                    en=f"Only {density:.0%} of the words carry content (target at least"
                    f" {self.values['min_density']:.0%}). Cut the filler and say the thing.",
                ),
            )


class NoFacts(Rule):
    """A draft of 40 words or more without a single concrete fact.

    Informative content has facts: numbers, dates, times, places, names, a link to the source.
    Without any, the text is opinion and atmosphere.

    Fix: add the number, the date, the place, the name or the link that backs the message.
    """

    code = "PC502"
    name = "no-facts"
    criterion = "informative"
    severity = "warning"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first sentence when no fact appears anywhere."""
        if readability(context.analysis).words < 40 or context.analysis.draft.links:
            return
        if context.analysis.has_fact(context.tokens):
            return
        first = context.analysis.sentences()[0]
        yield Problem.on_prose(
            context.prose,
            first.start_char,
            first.end_char,
            Message(
                fi="Tekstissä ei ole yhtään konkreettista faktaa: ei numeroa, päivämäärää,"
                " paikkaa, nimeä eikä linkkiä. Lisää se, mikä tukee viestiä.",
                en="The text has no concrete fact: no number, date, place, name or link. Add the"
                " one that backs the message.",
            ),
        )


_DATE_WORDS = TermMatcher(
    [
        "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
        "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu",
        "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu", "tänään", "huomenna",
    ]
)  # fmt: skip
_PLACE_WORDS = TermMatcher(
    ["osoite", "katu", "tie", "verkossa", "etänä", "teams", "zoom", "toimisto", "paikka", "sali"]
)
_TAKE_PART = TermMatcher(
    ["ilmoittautua", "osallistua", "tulla", "liittyä", "varata", "rekisteröityä", "ostaa lippu"]
)
_ROLE = TermMatcher(["etsiä", "hakea", "rekrytoida", "palkata", "tehtävä", "paikka avoinna"])
_DEADLINE = TermMatcher(["mennessä", "viimeistään", "haku päättyä", "hakuaika"])
_APPLY = TermMatcher(["hakea", "lähettää", "ottaa yhteys", "hakemus"])
_WHEN = TermMatcher(["tänään", "huomenna", "alkaen", "lähtien", "nyt", "heti"])
_MORE = TermMatcher(["lukea lisää", "lisätieto", "lisää tietoa"])


def _has(
    context: Context, kinds: frozenset[str], *matchers: TermMatcher, pattern: str = ""
) -> bool:
    if kinds & _LINKS and context.analysis.draft.links:
        return True
    token_kinds = context.doc._.kinds
    if any(token_kinds[token.i] in kinds for token in context.tokens):
        return True
    if any(any(True for _ in matcher.find(context.doc)) for matcher in matchers):
        return True
    return bool(pattern) and pattern in context.prose.lower()


def _place(context: Context) -> bool:
    words = context.of_kind("word")
    if any(reading(token).get("CLASS") == "paikannimi" for token in words):
        return True
    return _has(context, frozenset(), _PLACE_WORDS)


_LINKS = frozenset({"url", "domain", "email"})
_TIMES = frozenset({"date", "time"})

#: Post type → what it needs: (key, Finnish name, English name, test).
_NEEDS: dict[str, tuple[tuple[str, str, str, Any], ...]] = {
    "event": (
        ("date", "päivämäärä", "the date", lambda c: _has(c, frozenset({"date"}), _DATE_WORDS)),
        ("time", "kellonaika", "the time", lambda c: _has(c, frozenset({"time"}), pattern="klo")),
        ("place", "paikka", "the place", _place),
        ("take-part", "miten osallistua", "how to take part", lambda c: _has(c, _LINKS, _TAKE_PART)),
    ),
    "job": (
        ("role", "tehtävä", "the role", lambda c: bool(c.front.get("title")) or _has(c, frozenset(), _ROLE)),
        ("deadline", "hakuaika", "the deadline", lambda c: _has(c, frozenset({"date"}), _DEADLINE)),
        ("apply", "miten hakea", "how to apply", lambda c: _has(c, _LINKS, _APPLY)),
    ),
    "announcement": (
        ("when", "milloin", "when", lambda c: _has(c, _TIMES, _WHEN, _DATE_WORDS)),
        ("more", "mistä lisätietoa", "where to read more", lambda c: _has(c, _LINKS, _MORE)),
    ),
}  # fmt: skip


class TypeNeeds(Rule):
    """The post type's essentials are missing.

    An event post needs the date, the time, the place and how to take part; a job post the role,
    the deadline and how to apply; an announcement when it happens and where to read more. Set
    the type in the front matter (``type: event``).

    Fix: add what the finding names; readers should not have to ask.
    """

    code = "PC503"
    name = "type-needs"
    criterion = "informative"
    severity = "warning"
    languages = frozenset({"fi"})
    types = frozenset(_NEEDS)

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per missing essential, at the first sentence."""
        found = context.analysis.sentences()
        if not found or context.type not in _NEEDS:
            return
        first = found[0]
        for _, name_fi, name_en, test in _NEEDS[context.type]:
            if not test(context):
                yield Problem.on_prose(
                    context.prose,
                    first.start_char,
                    first.end_char,
                    Message(
                        fi=f"Julkaisutyypiltä {context.type} puuttuu {name_fi}. Lisää se tekstiin.",
                        en=f"The {context.type} post does not give {name_en}. Add it.",
                    ),
                )


class TooShort(Rule):
    """Too short to say anything: under 5 words for a social post, under 150 for an article.

    Fix: add the one fact or detail that makes the post worth reading.
    """

    code = "PC504"
    name = "too-short"
    criterion = "informative"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem over the draft when it is shorter than its kind needs."""
        words = readability(context.analysis).words
        article = context.type == "article" or (
            context.channel is not None and context.channel.name == "blog"
        )
        social = context.channel is not None and not context.channel.markdown
        minimum = 150 if article else 5 if social else 0
        found = context.analysis.sentences()
        if words >= minimum or not found:
            return
        yield Problem.on_prose(
            context.prose,
            found[0].start_char,
            found[-1].end_char,
            Message(
                fi=f"Vain {words} sanaa; tällaiseen julkaisuun tarvitaan vähintään {minimum}."
                " Lisää yksi fakta tai yksityiskohta.",
                en=f"Only {words} words; this kind of post needs at least {minimum}. Add a fact"
                " or a detail.",
            ),
        )


#: The content rules of this module, in code order.
CONTENT_RULES: tuple[type[Rule], ...] = (
    WeakHook,
    SelfCentred,
    NoConversation,
    LexicalDensity,
    NoFacts,
    TypeNeeds,
    TooShort,
)
