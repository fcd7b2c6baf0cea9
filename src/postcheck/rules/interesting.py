"""PC401–PC403: whether the draft is interesting.

A first sentence that hooks, a text about the reader rather than about us, and room for
conversation. (Stock openings and buzzwords are the rule packs ``rules/fi/interesting.toml``,
PC410–PC411, and ``rules/en/interesting.toml``, PC420–PC421; exclamation marks are
``rules/common/interesting.toml``, PC412–PC413.)
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import Any

import regex

from postcheck.analysis.context import Context
from postcheck.analysis.readability import FINITE_MOODS, MIN_WORDS_TO_JUDGE
from postcheck.analysis.terms import TermMatcher
from postcheck.nlp.access import analysed, info, reading
from postcheck.nlp.finnish import could_be_imperative, rare_verb, we_form
from postcheck.nlp.pipeline import finnish_word
from postcheck.profiles.wordlists import word_lists
from postcheck.rules.base import Message, Problem, Rule

_NEWS_FI = ("tänään", "nyt", "huomenna", "uusi", "ensimmäinen", "juuri", "vihdoin")
_NEWS = TermMatcher(_NEWS_FI)


#: Words that welcome the reader: an address without a second-person form.
_WELCOME = frozenset({"tervetuloa", "welcome", "välkommen", "välkomna"})


def _addresses(token: Any, context: Context) -> bool:
    """Tell whether a word speaks to the reader (sinä/te forms, an imperative, "you", welcome).

    In English and Swedish an imperative is a listed action verb opening the sentence.
    """
    lang = context.lang
    if token.text.lower() in _WELCOME:
        return True
    if lang == "fi":
        # sinä and te forms, imperatives among them ("Kerro", "Tulkaa"); not a homograph that
        # commands nothing ("entistä", "tuo", "Anna Virtanen"); and a verb opening the sentence
        # that can be an imperative ("Varaa pöytä", "Tilaa": Voikko reads "hän varaa")
        analysis = context.analysis
        return analysis.address_form(token) is not None or analysis.opens_with_command(token)
    lists = word_lists(lang)
    word = token.text.lower()
    # "you", or an imperative opening the sentence: "Come and cook with us!", "Boka nu"
    return word in lists.you or (word in lists.actions and context.analysis.starts_sentence(token))


def _hooked(context: Context) -> bool | None:
    """Tell whether the opening hooks (None when the draft has no sentence).

    A hook is a short sentence (six words or fewer, not about us, not built on "jotain":
    "Jotain isoa on tulossa!" names nothing), or has a question, a concrete fact, a word to the
    reader, or news words with a noun for what is new ("Julkaisimme tänään uuden
    verkkopalvelun"; "Meillä on nyt jotain ihan uutta!" names nothing; an exclamation mark is
    no hook: shouting is not news); and it is no longer than the audience's longest easy
    sentence, or it is not read at a glance. A label or heading is no short sentence ("Kesätapahtuma", "Kaupallinen yhteistyö:
    Lumo"; in Finnish no finite verb, in other languages no full stop): it hooks with what it
    holds, or the sentence after it, read at the same glance, does.
    """
    found = context.analysis.sentences
    if not found or context.type == "crisis":
        return None  # a crisis message opens with what happened, not with a hook
    kinds = context.doc._.kinds
    first, *rest = (
        [token for token in context.analysis.tokens_of(sentence) if kinds[token.i] == "word"]
        for sentence in found[:2]
    )
    if _hooks(context, found[0], first):
        return True
    return bool(rest) and not _a_sentence(context, first) and _hooks(context, found[1], rest[0])


def _hooks(context: Context, sentence: Any, words: list[Any]) -> bool:
    """Tell whether one sentence hooks (see :func:`_hooked`)."""
    if context.lang == "fi":
        news = any(True for _ in _NEWS.find(context.doc, sentence.start_char, sentence.end_char))
    else:
        news = word_lists(context.lang).news_in(
            context.prose[sentence.start_char : sentence.end_char]
        )
    about_us = any(_speaks_of_us(token, context.lang) for token in words)
    if len(words) > context.target.sentence_max_words:
        return _title_hooks(context)  # too long to take in at a glance, whatever it holds
    vague = any(token.text.lower() in _SOMETHING for token in words)
    return (
        (len(words) <= 6 and not about_us and not vague and _a_sentence(context, words))
        or "?" in context.prose[sentence.start_char : sentence.end_char]
        or context.analysis.has_fact(sentence)
        or any(_addresses(token, context) for token in words)
        or (news and _names_a_thing(words, context.lang))
        or _title_hooks(context)
    )


#: "Something": a short opening built on it names nothing ("Jotain isoa on tulossa!").
_SOMETHING = frozenset({"jotain", "jotakin", "jokin", "something", "något", "nåt"})


def _a_sentence(context: Context, words: list[Any]) -> bool:
    """Tell whether words make a sentence, not a heading or a label ("Kesätapahtuma").

    In Finnish, a finite verb makes one, whatever ends it ("Terassi avautuu 🌞"); "Tiedote
    koskien muutosta" has none. Without a verb analysis (English, Swedish) a full stop, an
    exclamation mark or an ellipsis after the words does ("The kitchen closes.").
    """
    if not words:
        return False
    if context.lang == "fi":
        return any(_finite_verb(token) for token in words)
    after = context.doc[words[-1].i + 1 : words[-1].i + 3]
    return any(token.text[:1] in ".!…" for token in after)


def _finite_verb(token: Any) -> bool:
    """Tell whether one of a Finnish word's readings is a finite verb ("aukeaa", "ei")."""
    found = info(token)
    return (
        found is not None
        and any(
            a.get("CLASS") == "kieltosana"
            or (a.get("CLASS") == "teonsana" and a.get("MOOD") in FINITE_MOODS)
            for a in found.analyses
        )
        and not rare_verb(token.text)  # "Ajankohtaista" is a heading, not "ajankohtaistaa!"
    )


def _names_a_thing(words: list[Any], lang: str) -> bool:
    """Tell whether a Finnish sentence names what is new: a noun ("uuden verkkopalvelun").

    "Meillä on nyt jotain ihan uutta ja upeaa!" has news words and nothing new to name. Other
    languages are not read so closely.
    """
    return lang != "fi" or any(reading(token).get("CLASS") == "nimisana" for token in words)


def _speaks_of_us(token: Any, lang: str) -> bool:
    """Tell whether a word speaks of us ("me", "meidän", "olemme", "we", "our")."""
    return we_form(token) if lang == "fi" else token.text.lower() in word_lists(lang).we


def _title_hooks(context: Context) -> bool:
    """Tell whether the title the channel shows first hooks: a number, a question, the reader.

    On a blog, a newsletter or YouTube the reader sees the title before the first sentence:
    "Viisi tapaa vähentää ruokahävikkiä" is the hook of the article under it.
    """
    channel = context.channel
    title = context.front.get(channel.title_key) if channel is not None else None
    if not isinstance(title, str) or not title.strip():
        return False
    if "?" in title or any(char.isdigit() for char in title):
        return True
    words = regex.findall(r"\p{L}+", title)
    if context.lang != "fi":
        return any(word.lower() in word_lists(context.lang).you for word in words)
    return any(_title_word_hooks(word) for word in words)


def _title_word_hooks(word: str) -> bool:
    """Tell whether a title word is a number, a word to the reader, or news ("uusi")."""
    readings = finnish_word(word.lower()).analyses
    return any(
        reading.get("CLASS") == "lukusana"
        or reading.get("PERSON") == "2"
        or reading.get("POSSESSIVE") in ("2s", "2p")
        or reading.get("MOOD") == "imperative"
        or reading.get("BASEFORM") in _NEWS_FI
        for reading in readings
    )


class WeakHook(Rule):
    """The first sentence does not hook the reader.

    In a feed the first sentence decides whether anyone reads on. A hook has at least one of: a
    question, a direct address to the reader (sinä/te), an imperative, a number
    or date, a name, news words ("tänään", "nyt", "uusi"), a welcome ("Tervetuloa"), or it is a
    short sentence (six words or fewer with a finite verb in Finnish, "Terassi avautuu 🌞", or a
    full stop in other languages). A heading or label ("Kesätapahtuma") is no short sentence: it
    hooks with what it holds, or the sentence after it does. A first sentence with none of
    these is background, not a hook. Drafts under 15 words are not judged, nor crisis messages,
    which open with what happened (the crisis rules PC801–PC807 judge them).

    Fix: open with the news, the reader's benefit, a number or a question; move the background
    after it.
    """

    code = "PC401"
    name = "weak-hook"
    criterion = "interesting"
    severity = "warning"
    earns = 30
    earned_by = Message(
        fi="koukuttava ensimmäinen virke",
        en="a first sentence that hooks",
        sv="en första mening som fångar läsaren",
    )

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return 1 when the first sentence hooks, 0 when it does not (None: no sentence)."""
        hooked = context.once(_hooked)
        return None if hooked is None else float(hooked)

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem on the first sentence when it has no hook."""
        if context.readability.words < MIN_WORDS_TO_JUDGE or context.once(_hooked) is not False:
            return
        first = context.analysis.sentences[0]
        yield Problem.on_sentence(
            context.prose,
            first,
            Message(
                fi="Ensimmäinen virke ei koukuta: siinä ei ole kysymystä, lukijaa, numeroa eikä"
                " nimeä. Aloita uutisella, lukijan hyödyllä tai kysymyksellä.",
                en="The first sentence does not hook: no question, no reader, no number, no"
                " name. Open with the news, the reader's benefit or a question.",
                sv="Den första meningen fångar inte läsaren: ingen fråga, inget tilltal, ingen"
                " siffra, inget namn. Börja med nyheten, läsarens nytta eller en fråga.",
            ),
        )


class SelfCentred(Rule):
    """The draft talks about us, not about the reader.

    Counts the forms that speak of the company ("me", "olemme", "yrityksemme", "tiimimme") and
    those that speak to the reader (sinä and te forms, and a command opening its sentence:
    "Lataa pohja", "Tilaa uutiskirje"). Four or more "we" forms and more than
    twice as many as "you" forms is company self-talk: readers look for what is in it for them.
    (Crisis messages and job posts are meant to be in the first person and are not checked.)
    A sentence with a figure reports what the company did, and a quotation ("”Olemme ylpeitä
    tiimistämme”, sanoo toimitusjohtaja") is the quoted person's voice: neither counts.

    Fix: turn sentences around to the reader: "Olemme avanneet uuden palvelun" → "Voit nyt…".
    """

    code = "PC402"
    name = "self-centred"
    criterion = "interesting"
    severity = "warning"
    earns = 20
    earned_by = Message(
        fi="teksti lukijalle eikä meistä",
        en="a text to the reader, not about us",
        sv="en text till läsaren, inte om oss",
    )

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return 1 for a text to the reader, 0.5 for a neutral one, 0 for self-talk."""
        if context.type in _FIRST_PERSON_TYPES:
            return None
        ours, yours, closing = context.once(_we_and_you)
        if _self_centred(ours, yours):
            return 0.0
        return 1.0 if yours or closing else 0.5

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first "we" form when the draft is mostly about us."""
        if context.type in _FIRST_PERSON_TYPES:
            return
        ours, yours, _ = context.once(_we_and_you)
        if _self_centred(ours, yours):
            examples = ", ".join(token.text for token in ours[:3])
            yield Problem.on_token(
                ours[0],
                Message(
                    fi=f"Teksti puhuu meistä ({len(ours)} me-muotoa: {examples}) eikä lukijasta"
                    f" ({len(yours)} sinä/te-muotoa). Kerro, mitä lukija saa.",
                    en=f"The text talks about us ({len(ours)} we-forms: {examples}), not the"
                    f" reader ({len(yours)} you-forms). Say what the reader gets.",
                    sv=f"Texten handlar om oss ({len(ours)} vi-former: {examples}), inte om"
                    f" läsaren ({len(yours)} du/ni-former). Berätta vad läsaren får.",
                ),
            )


#: Post types that are about us by nature: a crisis owns the problem, a job post says what we
#: look for and offer.
_FIRST_PERSON_TYPES = frozenset({"crisis", "job"})

#: Post types not asked to invite conversation: a crisis or an announcement informs first, a
#: job post asks for applications.
_NO_CONVERSATION_TYPES = _FIRST_PERSON_TYPES | {"announcement"}


def _we_and_you(context: Context) -> tuple[list[Any], list[Any], list[Any]]:
    """Return the words that speak of us, those that speak to the reader, and the next step.

    The next step is the commands opening the last sentence: they speak to the reader too,
    but do not weigh against a body about us.

    The reader's words are forms of address and commands opening their sentence ("Lataa
    pohja", "Book a room").

    "We" in a sentence with a figure (a number, date, time, sum or share) reports what the
    company did ("Laskimme hävikkiä 38 %"): that is news, not self-talk, and does not count.
    A name is no such figure: "At Kinda, we are proud of our lunch service" is self-talk.
    Words in a quotation are the quoted person's ("”Asiakkaamme ovat olleet tyytyväisiä”,
    toimitusjohtaja sanoo"), not the post's, and count neither way.
    """
    own = context.analysis.in_own_language
    in_quotation = context.analysis.in_quotation
    words = [
        token for token in context.of_kind("word") if own(token.idx) and not in_quotation(token.idx)
    ]
    # A command opening its sentence speaks to the reader ("Lataa pohja", "Book a room"),
    # though Voikko also reads "lataa" as "hän lataa". The last sentence's is the next step
    # (PC710's): "Book a trial lunch for your office" does not undo a body about us.
    if context.lang == "fi":
        ours = [t for t in words if we_form(t)]
        addressed = [t for t in words if context.analysis.address_form(t)]
        commands = [t for t in words if context.analysis.opens_with_command(t)]
    else:
        lists = word_lists(context.lang)
        lower = [(token, token.text.lower()) for token in words]
        ours = [t for t, w in lower if w in lists.we]
        addressed = [t for t, w in lower if w in lists.you]
        commands = [
            t
            for t, w in lower
            if w in lists.actions and context.analysis.starts_sentence(t) and t.text[:1].isupper()
        ]
    last = context.analysis.sentence_at(words[-1].idx) if words else None
    ending = last.start_char if last is not None else len(context.prose)
    counted = {t.i for t in addressed}
    addressed += [t for t in commands if t.idx < ending and t.i not in counted]
    closing = [t for t in commands if t.idx >= ending]
    analysis = context.analysis

    @functools.cache
    def factual(start: int) -> bool:
        sentence = analysis.sentence_at(start)
        return sentence is not None and analysis.has_figure(analysis.tokens_of(sentence))

    def sentence_start(token: Any) -> int:
        sentence = analysis.sentence_at(token.idx)
        return -1 if sentence is None else int(sentence.start_char)

    return [t for t in ours if not factual(sentence_start(t))], addressed, closing


def _self_centred(ours: list[Any], yours: list[Any]) -> bool:
    return len(ours) >= 4 and len(ours) > 2 * len(yours)


_CONVERSATION = TermMatcher(
    [
        "kertoa",
        "kommentoida",
        "vastata",
        "kysyä",
        "jakaa",
        "keskustella",
        "äänestää",
        "tägätä",
        "tägää",
    ]
)


class NoConversation(Rule):
    """A social post that leaves no room for conversation.

    The article behind postcheck: companies must make room for conversation. A question, or an
    invitation to comment, answer or share ("Kerro kommenteissa…", "Mitä mieltä olet?"), turns
    readers into participants. Checked on social channels (not blog, newsletter or wiki), not
    for crisis drafts, job posts or announcements (a road closure, new opening hours, a fraud
    warning inform first).

    Fix: end with a question to the reader or an invitation to comment.
    """

    code = "PC403"
    name = "no-conversation"
    criterion = "interesting"
    severity = "info"
    requires_channel = True
    earns = 15
    earned_by = Message(
        fi="kysymys tai kutsu keskustelemaan",
        en="a question or an invitation to comment",
        sv="en fråga eller en inbjudan att kommentera",
    )

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return 1 when a social post asks or invites, 0 when not (None: not a social post)."""
        invited = _invited(context)
        return None if invited is None else float(invited)

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the last sentence when there is no question or invitation."""
        if _invited(context) is not False:
            return
        last = context.analysis.sentences[-1]
        yield Problem.on_sentence(
            context.prose,
            last,
            Message(
                fi="Julkaisu ei kutsu keskusteluun. Kysy lukijalta jotain tai pyydä"
                " kommentoimaan: ”Mitä mieltä olet?”",
                en="The post does not invite conversation. Ask the reader something or"
                ' invite comments: "What do you think?"',
                sv="Inlägget bjuder inte in till samtal. Fråga läsaren något eller be om"
                " kommentarer: ”Vad tycker du?”",
            ),
        )


def _invited(context: Context) -> bool | None:
    """Tell whether a social post asks a question or invites comments (None: not assessed)."""
    channel = context.channel
    if channel is None or channel.markdown or context.type in _NO_CONVERSATION_TYPES:
        return None
    if not context.readability.words:
        return None
    if "?" in context.prose:
        return True
    if context.lang != "fi":
        return word_lists(context.lang).invites(context.prose)
    return any(_inviting(context, match.first) for match in _CONVERSATION.find(context.doc))


def _inviting(context: Context, token: Any) -> bool:
    """Tell whether a conversation word invites: an imperative, or an unknown word opening one.

    Voikko does not know "tägää"; at the start of a sentence only an imperative stands there.
    """
    if could_be_imperative(token):
        return True
    return not analysed(token) and context.analysis.starts_sentence(token)


#: The rules of this module, in code order.
RULES: tuple[type[Rule], ...] = (WeakHook, SelfCentred, NoConversation)
