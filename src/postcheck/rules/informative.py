"""PC501–PC504: whether the draft is informative.

Enough content words, concrete facts, what the post type needs, and enough text to say
something. (Hedges are the rule pack ``rules/fi/informative.toml``: PC510–PC511.)
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, ClassVar

import regex

from postcheck.analysis.context import Context
from postcheck.analysis.readability import FINITE_MOODS, MIN_WORDS_TO_JUDGE
from postcheck.analysis.terms import TermMatcher
from postcheck.core.schema import Field
from postcheck.nlp.access import info, reading
from postcheck.nlp.finnish import NAME_CLASSES
from postcheck.nlp.voikko import voikko
from postcheck.profiles.vocabulary import builtin_list
from postcheck.profiles.wordlists import word_lists
from postcheck.rules.base import Message, Problem, Rule

_CONTENT_CLASSES = frozenset(
    {"nimisana", "laatusana", "nimisana_laatusana", "teonsana", "lukusana", *NAME_CLASSES}
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
    options: ClassVar[Mapping[str, Any]] = {"min_density": Field("number", 0.45, maximum=1)}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first sentence when the density is low."""
        own = context.analysis.in_own_language
        words = [token for token in context.of_kind("word") if own(token.idx)]
        if len(words) < MIN_WORDS_TO_JUDGE:
            return
        content = sum(
            1
            for token in words
            if reading(token).get("CLASS") in _CONTENT_CLASSES
            and reading(token).get("BASEFORM") != "olla"
        )
        density = content / len(words)
        if density < self.values["min_density"]:
            first = context.analysis.sentences[0]
            # Finnish and Swedish set a space before the per cent sign ("18 %"), English none
            share, goal = round(density * 100), round(self.values["min_density"] * 100)
            yield Problem.on_sentence(
                context.prose,
                first,
                Message(
                    fi=f"Sisältösanoja on vain {share} % sanoista (tavoite vähintään {goal} %)."
                    " Karsi täytesanat ja sano asia itse.",
                    en=f"Only {share}% of the words carry content (target at least {goal}%)."
                    " Cut the filler and say the thing.",
                    sv=f"Bara {share} % av orden bär innehåll (målet är minst {goal} %). Stryk"
                    " utfyllnadsorden och säg det du vill säga.",
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
    earns = 35
    earned_by = Message(
        fi="konkreettinen fakta: luku, päivämäärä, nimi tai linkki",
        en="a concrete fact: a number, date, name or link",
        sv="ett konkret faktum: en siffra, ett datum, ett namn eller en länk",
    )

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return 1 when the draft holds a concrete fact, 0 when not (None: no sentence)."""
        if not context.analysis.sentences:
            return None
        return float(context.once(_has_fact))

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first sentence when no fact appears anywhere."""
        if context.readability.words < 40 or context.once(_has_fact):
            return
        first = context.analysis.sentences[0]
        yield Problem.on_sentence(
            context.prose,
            first,
            Message(
                fi="Tekstissä ei ole yhtään konkreettista faktaa: ei numeroa, päivämäärää,"
                " paikkaa, nimeä eikä linkkiä. Lisää se, mikä tukee viestiä.",
                en="The text has no concrete fact: no number, date, place, name or link. Add the"
                " one that backs the message.",
                sv="Texten har inga konkreta fakta: inga siffror, datum, platser, namn eller"
                " länkar. Lägg till det som stöder budskapet.",
            ),
        )


#: Where a post without a clickable link points to its source.
_BIO_LINK = TermMatcher(
    [
        "linkki biossa",
        "linkki bio",
        "linkki profiili",
        "linkki olla profiili",
        "linkki löytyä profiili",
        "profiili linkki",  # "profiilimme linkin kautta"
        "bio linkki",
        "link in bio",
        "link in profile",
    ]
)


def _has_fact(context: Context) -> bool:
    """Tell whether the draft holds a fact: a number, date, name, link, or a link in the bio."""
    return (
        bool(context.draft.links)
        or context.analysis.has_fact(context.tokens)
        or any(True for _ in _BIO_LINK.find(context.doc))
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
    [
        "ilmoittautua",
        "osallistua",
        "tulla",
        "liittyä",
        "varata",
        "rekisteröityä",
        "ostaa lippu",
        "merkitä itse osallistuja",
        "merkitä kalenteri",
        # what the reader takes part with: "Ilmoittautumislinkki on profiilissamme", "Pääsy on
        # maksuton", "Liput 15 €"
        "ilmoittautuminen",
        "ilmoittautumislinkki",
        "ilmoittautumislomake",
        "pääsy",
        "pääsylippu",
        "lippu",
        "lipunmyynti",
    ]
)
_ROLE = TermMatcher(["etsiä", "hakea", "rekrytoida", "palkata", "tehtävä", "paikka avoinna"])
#: Words that put a time on a deadline ("kuun loppuun mennessä"); "hakuaika" alone does not
#: ("Hakuaika on auki toistaiseksi"): the deadline is a date, a day or a month.
_DEADLINE = TermMatcher(["mennessä", "viimeistään"])
_APPLY = TermMatcher(["hakea", "lähettää", "ottaa yhteys", "hakemus"])
#: Words that make a date in their sentence the deadline ("Hakuaika päättyy 16.5.").
#: Not "hakea": "Haemme tekijää heti, työ alkaa 1.6." gives a start, not a deadline.
_APPLY_WHEN = TermMatcher(
    [
        "hakemus", "hakuaika", "haku", "hakupäivä", "haettava", "päättyä", "sulkeutua",
        "asti", "saakka",
    ]
)  # fmt: skip
_WHEN = TermMatcher(["tänään", "huomenna", "alkaen", "lähtien", "nyt"])
#: "heti" says when ("Palvelu on käytössä heti"), but "heti, kun voimme" is no time at all.
_RIGHT_AWAY = regex.compile(r"(?i)\bheti\b(?!,?\s+kun\b)")
_MORE = TermMatcher(
    [
        "lukea lisää", "lisätieto", "lisää tietoa", "kysyä", "kysyttävä", "ottaa yhteys",
        "soittaa", "puhelin", "puhelinnumero", "tavoittaa",  # a phone is where to ask more
        "intra", "intranet", "verkkosivu", "kotisivu", "ohje",  # where the reader reads more
    ]
)  # fmt: skip


def _has(
    context: Context,
    kinds: frozenset[str],
    needs: tuple[str, ...],
    *matchers: TermMatcher,
    pattern: str = "",
) -> bool:
    """Tell whether the draft gives one of a post type's ``needs``.

    A token of ``kinds`` gives it (a link when ``kinds`` has links), else a listed word:
    Finnish by base form (``matchers``, or the ``pattern`` in the text), other languages from
    their word lists (``needs`` in ``rules/LANG/words.toml``).
    """
    if kinds & _LINKS and context.draft.links:
        return True
    token_kinds = context.doc._.kinds
    if any(token_kinds[token.i] in kinds for token in context.tokens):
        return True
    if context.lang != "fi":
        lists = word_lists(context.lang)
        return any(lists.gives(need, context.prose) for need in needs)
    if any(any(True for _ in matcher.find(context.doc)) for matcher in matchers):
        return True
    return (
        bool(pattern)
        and regex.search(rf"(?i)\b{regex.escape(pattern)}\b", context.prose) is not None
    )


#: What a Finnish street name ends in: "Puistokatu 4", "Hämeentie 12", "Rantapolku 3".
_STREET_ENDINGS = ("katu", "tie", "kuja", "polku", "väylä", "ranta", "tori", "puistikko", "aukio")


def _place(context: Context) -> bool:
    """Tell whether the draft names a place: a place name, a street address or a place word.

    A capitalised word Voikko can read as a place counts ("Turku" is also "turku", a market),
    and so do a street name with its number ("Puistokatu 4") and a venue in a case of place
    ("Lippulaivan kirjastossa", see :func:`_at_venue`).
    """
    words = context.of_kind("word")
    if any(token.text[:1].isupper() and _place_name(token) for token in words):
        return True
    kinds = context.doc._.kinds
    if any(
        token.text.lower().endswith(_STREET_ENDINGS)
        and token.i + 1 < len(kinds)
        and kinds[token.i + 1] == "number"
        for token in words
    ):
        return True
    if context.lang != "fi":
        return _has(context, frozenset(), ("place",)) or _at_a_name(context)
    return _has(context, frozenset(), ("place",), _PLACE_WORDS) or any(
        _at_venue(context, token) for token in words
    )


#: A preposition of place before a capitalised name: "at Tampere Hall", "på Kuntsi i Vasa".
_AT_A_NAME = {
    "en": regex.compile(r"\b(?:in|at)\s+(?:the\s+)?(\p{Lu}\p{Ll}+)"),
    "sv": regex.compile(r"\b(?:i|på)\s+(\p{Lu}\p{Ll}+)"),
}


def _at_a_name(context: Context) -> bool:
    """Tell whether an English or Swedish post says where with a name: "in Vaasa", "i Vasa".

    Not a month or a day ("in June"), a language ("in English"), a platform or a holiday.
    """
    pattern = _AT_A_NAME.get(context.lang or "")
    if pattern is None:
        return False
    dates = word_lists(context.lang or "").needs.get("date", ())
    return any(
        (name := match.group(1).lower()) not in dates
        and name not in _NO_PLACES
        and not name.endswith("ish")
        for match in pattern.finditer(context.prose)
    )


#: Names after "in", "at", "på" that are no place: a platform ("follow us on Instagram" is
#: where to follow, not where the event is), a holiday.
_NO_PLACES = frozenset(
    {"instagram", "facebook", "linkedin", "tiktok", "youtube", "twitter", "threads", "bluesky",
     "christmas", "easter", "midsummer", "jul", "påsk", "midsommar"}
)  # fmt: skip


#: Voikko's cases that say where: inessive, adessive, illative ("kirjastossa", "koululla",
#: "kirjastoon").
_WHERE_CASES = frozenset({"sisaolento", "ulkoolento", "sisatulento"})


def _at_venue(context: Context, token: Any) -> bool:
    """Tell whether a word says where: a venue in a case of place ("pääkirjastossa").

    The venue is the word's base form or its compound's last part, one of ``venues`` in
    ``rules/fi/vocabulary.toml`` ("Kansallismuseossa", "Kaapelitehtaalla", "Tampere-talossa"),
    or a common noun capitalised in mid-sentence, a venue's name ("Aalto-yliopiston
    Dipolissa", "kirjaston Kuutiossa").
    """
    found = info(token)
    if found is None:
        return False
    named = token.text[:1].isupper() and not context.analysis.starts_sentence(token)
    return any(
        analysis.get("SIJAMUOTO") in _WHERE_CASES
        and (_venue(analysis) or (named and analysis.get("CLASS") == "nimisana"))
        for analysis in found.analyses
    )


@functools.cache
def _venues() -> tuple[str, ...]:
    """Return ``venues`` of ``rules/fi/vocabulary.toml`` as a tuple for ``str.endswith``."""
    return tuple(sorted(builtin_list("fi", "venues")))


def _venue(analysis: Mapping[str, str]) -> bool:
    """Tell whether a reading's base form is a venue, or a compound whose last part is one.

    "kirjasto", "pääkirjasto" (Voikko's structure marks the seam), not "operaattori" (a word of
    its own that ends in "tori").
    """
    base = analysis.get("BASEFORM", "").lower()
    compound = analysis.get("STRUCTURE", "").count("=") > 1
    return base in _venues() or (compound and base.endswith(_venues()))


def _place_name(token: Any) -> bool:
    """Tell whether Voikko reads a capitalised word as a place: "Turku", "Vaasa", "Turussa".

    In English and Swedish posts too: "in Vaasa", "i Helsingfors" (a word not analysed in
    Finnish is asked of Voikko as written).
    """
    found = info(token)
    analyses = found.analyses if found is not None else voikko("fi").analyze(token.text)
    return any(analysis.get("CLASS") == "paikannimi" for analysis in analyses)


def _deadline(context: Context) -> bool:
    """Tell whether a job post gives its deadline.

    A deadline word ("mennessä", "senast", "apply by"), or a date in a sentence about applying
    or in the sentence after one ("Viimeinen hakupäivä on 30.4.", "Paikka on haettavana 30.4.
    asti", a heading "Hakuaika" and then "30.4. klo 16"). A date elsewhere is no deadline: "I
    maj börjar vi leverera", "Haemme tekijää heti, työ alkaa 1.6.".
    """
    if _has(context, frozenset(), ("deadline",), _DEADLINE):
        return True
    kinds = context.doc._.kinds
    applying_before = False
    for sentence in context.analysis.sentences:
        start, end = sentence.start_char, sentence.end_char
        tokens = context.analysis.tokens_of(sentence)
        if context.lang == "fi":
            dated = any(kinds[t.i] == "date" for t in tokens) or _found(
                _DATE_WORDS, context, start, end
            )
            applying = _found(_APPLY_WHEN, context, start, end)
        else:
            lists, text = word_lists(context.lang), context.prose[start:end]
            dated = any(kinds[t.i] == "date" for t in tokens) or lists.gives("date", text)
            applying = lists.gives("apply", text) or lists.gives("deadline", text)
        if dated and (applying or applying_before):
            return True
        applying_before = applying
    return False


#: A time with am or pm glued on or after a space: "7pm", "11am–3pm", "9.30 a.m.".
_CLOCK = regex.compile(r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)")


def _clock_time(context: Context) -> bool:
    """Tell whether an event gives its time: "klo 18", "at 7pm", "kl. 18"."""
    return (
        _has(context, frozenset({"time"}), ("time",), pattern="klo")
        or _CLOCK.search(context.prose) is not None
    )


def _more(context: Context) -> bool:
    """Tell whether an announcement says where to read more: a link, "lisätietoja", a phone.

    On a channel whose links cannot be clicked (Instagram), the link in the profile is where:
    "linkki biossa"; an address in the caption is not.
    """
    clickable = context.channel is None or context.channel.links_clickable
    return _has(context, _LINKS if clickable else frozenset(), ("more",), _MORE) or (
        context.lang == "fi" and context.analysis.links_to_profile(context.tokens)
    )


def _when(context: Context) -> bool:
    """Tell whether an announcement says when: a date or time, "tänään", "alkaen", "heti".

    Or that it has happened: a Finnish opening in the past ("Julkaisimme avoimena datana …",
    "Olemme avanneet …") announces it now.
    """
    return _has(context, _TIMES, ("when", "date"), _WHEN, _DATE_WORDS, pattern="klo") or (
        context.lang == "fi"
        and (_RIGHT_AWAY.search(context.prose) is not None or _opens_in_the_past(context))
    )


def _opens_in_the_past(context: Context) -> bool:
    """Tell whether an announcement opens by telling in the past what the company did.

    The first sentence's first finite verb is "we" or the passive in the past, and in no
    other tense ("Julkaisimme avoimena datana …", "Palvelu avattiin"; not "voimme", which is
    the present too, nor "olimme", nor a background: "Asiakkaat toivoivat …", "Kuten
    kerroimme …"); and nothing is put off to a vague later ("pian", "myöhemmin"), which says
    the news has a when still to give.
    """
    analysis = context.analysis
    if not analysis.sentences or _PUT_OFF.search(context.prose):
        return False
    first = analysis.tokens_of(analysis.sentences[0])
    if first and first[0].text.lower() == "kuten":
        return False
    verb = next((t for t in first if _finite_verb(t)), None)
    found = info(verb) if verb is not None else None
    if found is None or reading(verb).get("BASEFORM") == "olla":
        return False
    return all(
        read.get("TENSE") == "past_imperfective"
        and (
            read.get("PERSON") == "4"
            or (read.get("PERSON") == "1" and read.get("NUMBER") == "plural")
        )
        for read in found.analyses
    )


#: A vague later: the announcement still owes its when ("julkaistaan pian").
_PUT_OFF = regex.compile(
    r"(?i)\b(?:pian|myöhemmin|tulevaisuudessa|lähiaikoina|piakkoin|myöhempänä|aikanaan)\b"
)


def _finite_verb(token: Any) -> bool:
    """Tell whether a word reads as a finite verb (indicative, conditional, imperative)."""
    read = reading(token)
    return read.get("CLASS") == "teonsana" and read.get("MOOD") in FINITE_MOODS


def _found(matcher: TermMatcher, context: Context, start: int, end: int) -> bool:
    return any(True for _ in matcher.find(context.doc, start, end))


_LINKS = frozenset({"url", "domain", "email"})
_TIMES = frozenset({"date", "time"})

#: Post type → what it needs: (key, Finnish name, English name, test).
_NEEDS: dict[str, tuple[tuple[str, str, str, Any], ...]] = {
    "event": (
        ("date", "päivämäärä", "the date", lambda c: _has(c, frozenset({"date"}), ("date",), _DATE_WORDS)),
        ("time", "kellonaika", "the time", _clock_time),
        ("place", "paikka", "the place", _place),
        ("take-part", "miten osallistua", "how to take part", lambda c: _has(c, _LINKS, ("take_part",), _TAKE_PART)),
    ),
    "job": (
        ("role", "tehtävä", "the role", lambda c: bool(c.front.get("title")) or _has(c, frozenset(), ("role",), _ROLE)),
        ("deadline", "hakuaika", "the deadline", _deadline),
        ("apply", "miten hakea", "how to apply", lambda c: _has(c, _LINKS, ("apply",), _APPLY)),
    ),
    "announcement": (
        ("when", "milloin", "when", _when),
        ("more", "mistä lisätietoa", "where to read more", _more),
    ),
}  # fmt: skip
#: What each essential of :data:`_NEEDS` is called in Swedish.
_NEEDS_SV = {
    "date": "datumet",
    "time": "klockslaget",
    "place": "platsen",
    "take-part": "hur man deltar",
    "role": "tjänsten",
    "deadline": "sista ansökningsdagen",
    "apply": "hur man söker",
    "when": "när",
    "more": "var man kan läsa mer",
}


class TypeNeeds(Rule):
    """The post type's essentials are missing.

    An event post needs the date, the time, the place and how to take part; a job post the role,
    the deadline and how to apply; an announcement when it happens and where to read more. Set
    the type in the front matter (``type: event``). The place is a place name ("Turussa"), a
    street with its number ("Puistokatu 4") or a place word ("osoitteessa", "verkossa"); how to
    take part is a verb ("Ilmoittaudu", "Tule") or what the reader takes part with
    ("Ilmoittautumislinkki on profiilissamme", "Pääsy on maksuton", "Liput 15 €"). A Finnish
    announcement that opens by telling in the past what the company did ("Julkaisimme
    avoimena datana …", "Palvelu avattiin") says when: now, unless it puts something off
    ("pian", "myöhemmin").

    Fix: add what the finding names; readers should not have to ask.
    """

    code = "PC503"
    name = "type-needs"
    criterion = "informative"
    severity = "warning"
    types = frozenset(_NEEDS)
    earns = 20
    earned_by = Message(
        fi="mitä julkaisutyyppi tarvitsee",
        en="what the post type needs",
        sv="det som inläggstypen behöver",
    )

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return the share of the post type's essentials the draft gives (None: no needs)."""
        if not context.analysis.sentences or context.type not in _NEEDS:
            return None
        needs = _NEEDS[context.type]
        return sum(bool(test(context)) for *_, test in needs) / len(needs)

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per missing essential, at the first sentence."""
        found = context.analysis.sentences
        if not found or context.type not in _NEEDS:
            return
        first = found[0]
        for key, name_fi, name_en, test in _NEEDS[context.type]:
            if not test(context):
                yield Problem.on_sentence(
                    context.prose,
                    first,
                    Message(
                        fi=f"Julkaisutyypiltä {context.type} puuttuu {name_fi}. Lisää se tekstiin.",
                        en=f"The {context.type} post does not give {name_en}. Add it.",
                        sv=f"Inlägget av typen {context.type} anger inte {_NEEDS_SV[key]}."
                        " Lägg till det.",
                    ),
                )


class TooShort(Rule):
    """Too short to say anything: under 5 words for a social post, under 150 for an article.

    A blog post counts as an article unless it is a crisis notice (``type: crisis``), which
    needs no 150 words.

    Fix: add the one fact or detail that makes the post worth reading.
    """

    code = "PC504"
    name = "too-short"
    criterion = "informative"
    severity = "warning"
    earns = 10
    earned_by = Message(
        fi="tarpeeksi sanoja sanoa jotain",
        en="enough words to say something",
        sv="tillräckligt många ord för att säga något",
    )

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return the draft's words as a share of what its kind needs, at most 1."""
        minimum = _minimum_words(context)
        if not minimum or not context.readability.words:
            return None
        return min(1.0, context.readability.words / minimum)

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem over the draft when it is shorter than its kind needs."""
        words = context.readability.words
        minimum = _minimum_words(context)
        found = context.analysis.sentences
        if words >= minimum or not words:  # no words at all is PC003's
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
                sv=f"Bara {words} ord; ett sådant inlägg behöver minst {minimum}. Lägg till ett"
                " faktum eller en detalj.",
            ),
        )


def _minimum_words(context: Context) -> int:
    """Return the words a draft of its kind needs: 150 for an article, 5 for a social post.

    A blog post is an article unless it is a crisis notice (``type: crisis``): a recall or an
    outage notice on the company's blog is as long as it needs to be.
    """
    article = context.type == "article" or (
        context.type != "crisis" and context.channel is not None and context.channel.name == "blog"
    )
    social = context.channel is not None and not context.channel.markdown
    return 150 if article else 5 if social else 0


#: The rules of this module, in code order.
RULES: tuple[type[Rule], ...] = (
    LexicalDensity,
    NoFacts,
    TypeNeeds,
    TooShort,
)
