"""PC701–PC710: whether the draft is in line with the company's interest and strategy.

Key messages, preferred and rejected words and brand names come from the team's config
(``[strategy]`` and ``[vocabulary]``); advertising disclosure and personal data follow Finnish
rules; the call to action makes recommending the company easy.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, ClassVar

import regex

from postcheck.analysis.context import Context
from postcheck.analysis.terms import TermMatcher, miswritten_names, stem
from postcheck.analysis.textkinds import signature_start
from postcheck.core.schema import Field
from postcheck.document.draft import Block
from postcheck.nlp.access import info, reading
from postcheck.nlp.finnish import could_be_imperative, is_imperative
from postcheck.nlp.tokenizer import NUMBER_KINDS, hashtag_words
from postcheck.profiles.vocabulary import builtin_list
from postcheck.profiles.wordlists import word_lists
from postcheck.rules.base import Message, Problem, Rule


class KeyMessages(Rule):
    """The draft touches none of the company's key messages.

    The team's key messages (``[strategy] key_messages`` in postcheck.toml, matched by base form
    in any inflection) are what every piece of content should support. A draft of 20 words or
    more that touches none of them spends the reader's attention on something else.

    Fix: connect the post to one key message, or ask whether it should be published at all.
    """

    code = "PC701"
    name = "key-messages"
    criterion = "strategy"
    severity = "warning"
    earns = 20
    earned_by = Message(fi="avainviesti", en="a key message", sv="ett nyckelbudskap")

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return 1 when the draft touches a key message, 0 when not (None: none configured)."""
        touched = _touches_key_message(context)
        return None if touched is None else float(touched)

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first sentence when no key message appears."""
        messages = context.strategy.key_messages
        found = context.analysis.sentences
        words = sum(1 for kind in context.doc._.kinds if kind == "word")
        if words < 20 or _touches_key_message(context) is not False:
            return
        listed = ", ".join(messages[:4])
        yield Problem.on_sentence(
            context.prose,
            found[0],
            Message(
                fi=f"Luonnos ei kosketa yhtään avainviestiä ({listed}). Kytke se strategiaan.",
                en=f"The draft touches none of the key messages ({listed}). Connect it to the"
                " strategy.",
                sv=f"Utkastet berör inget av nyckelbudskapen ({listed}). Koppla det till"
                " strategin.",
            ),
        )


def _touches_key_message(context: Context) -> bool | None:
    """Tell whether the draft touches a key message, in its words or its hashtags.

    None when the team has no key messages or the draft no sentence. A hashtag touches a message
    when one of its words is the message's word or starts with its stem (``#kotimainen``,
    ``#KotimainenTuotanto``).
    """
    messages = context.strategy.key_messages
    if not messages or not context.analysis.sentences:
        return None
    if any(True for _ in TermMatcher(messages).find(context.doc)):
        return True
    stems = {stem(message.lower()) for message in messages if " " not in message}
    tags = (token.text for token in context.of_kind("hashtag"))
    return any(
        word.lower().startswith(prefix)
        for tag in tags
        for _, word in hashtag_words(tag)
        for prefix in stems
        if prefix
    )


class PreferredTerm(Rule):
    """A word the team has agreed to replace (``[vocabulary] prefer``).

    Matched by base form, so every inflection is found. The finding suggests the preferred word.

    Fix: use the preferred word.
    """

    code = "PC702"
    name = "preferred-term"
    criterion = "strategy"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per avoided word."""
        prefer = context.team_vocabulary.prefer
        for match in TermMatcher(prefer).find(context.doc):
            better = prefer[match.term]
            written = context.prose[match.start : match.end]
            yield Problem(
                match.start,
                match.end,
                Message(
                    fi=f"Käytä sovittua sanaa ”{better}”, älä ”{written}”.",
                    en=f'Use the agreed word "{better}", not "{written}".',
                    sv=f"Använd det överenskomna ordet ”{better}”, inte ”{written}”.",
                ),
                (better,),
            )


class RejectedTerm(Rule):
    """A word the team has agreed never to use (``[vocabulary] reject``).

    Fix: rephrase without it.
    """

    code = "PC703"
    name = "rejected-term"
    criterion = "strategy"
    severity = "error"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per rejected word."""
        for match in TermMatcher(context.team_vocabulary.reject).find(context.doc):
            written = context.prose[match.start : match.end]
            yield Problem(
                match.start,
                match.end,
                Message(
                    fi=f"”{written}” on sovittu kielletyksi sanaksi. Muotoile toisin.",
                    en=f'"{written}" is on the team\'s list of words not to use. Rephrase.',
                    sv=f"”{written}” står på teamets lista över ord som inte används. Formulera"
                    " om.",
                ),
            )


class BrandName(Rule):
    """A brand name written otherwise than the team has agreed (``[strategy] brands``).

    "Linkedin" for "LinkedIn", "KINDA" for "Kinda": also inside hashtags and inflected forms
    ("Linkedinissä" → "LinkedInissä").

    Fix: write the name exactly as listed.
    """

    code = "PC704"
    name = "brand-name"
    criterion = "strategy"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per misspelt brand name."""
        kinds = context.doc._.kinds
        tokens = [t for t in context.tokens if kinds[t.i] in ("word", "hashtag", "code", "mention")]
        for slip in miswritten_names(tokens, context.strategy.brands):
            yield Problem(
                slip.start,
                slip.start + len(slip.name),
                Message(
                    fi=f"Nimi kirjoitetaan ”{slip.name}”, ei ”{slip.written}”.",
                    en=f'The name is written "{slip.name}", not "{slip.written}".',
                    sv=f"Namnet skrivs ”{slip.name}”, inte ”{slip.written}”.",
                ),
                (slip.corrected,),
            )


_DISCLOSURE = TermMatcher(
    [
        "mainos", "kaupallinen yhteistyö", "yhteistyössä", "sponsoroitu",
        "advertisement", "sponsored", "paid partnership", "in partnership with",
        "reklam", "kommersiellt samarbete", "annons", "i samarbete med", "sponsrad",
        "betalt samarbete",
    ]
)  # fmt: skip
_DISCLOSURE_TAGS = frozenset(
    {
        "#mainos", "#kaupallinenyhteistyö", "#yhteistyö", "#sponsoroitu",
        "#ad", "#sponsored", "#paidpartnership", "#reklam", "#samarbete", "#annons",
    }
)  # fmt: skip
#: Words that offer a discount ("alennusta", "15 % off", "rabatt"): a code beside one is a
#: discount code.
_DISCOUNT = TermMatcher(
    [
        "alennuskoodi", "alekoodi", "kampanjakoodi", "etukoodi", "alennus", "ale", "tarjous",
        "discount", "discount code", "promo", "promo code", "coupon", "% off", "off", "sale",
        "rabatt", "rabattkod", "rabattkoden", "kampanjkod", "erbjudande", "rea",
    ]
)  # fmt: skip
#: The word "code" ("koodilla AINO15", "use code LIMPA15", "med koden LIMPA15").
_CODE_WORD = TermMatcher(["koodi", "code", "kod", "koden"])
#: What a code that identifies something is the code of ("Product code: KS2-EU-868", "tuotteen
#: koodi"): no offer, whatever the post says about prices.
_IDENTIFIES = frozenset(
    {
        "product", "item", "order", "tracking", "booking", "reference", "access", "postal", "zip",
        "country", "area", "error", "source", "qr", "article", "model", "verification",
        "confirmation", "activation", "pin", "colour", "color", "event", "course", "project",
        "tuotteen", "tilauksen", "varauksen", "kurssin", "tapahtuman", "projektin",
        "produkt", "artikel", "bokning",
    }
)  # fmt: skip
#: How many tokens from an offer or "code" a discount code stands ("koodilla AINO15").
_CODE_REACH = 2
#: How many tokens from a code its offer may be when "code" names it ("Käytä koodia KEVÄT15
#: kassalla, niin saat 15 % alennusta").
_OFFER_REACH = 12


def _discount_code(context: Context) -> bool:
    """Tell whether the draft gives a discount code (a code such as AINO15 offered as one).

    A code beside an offer word ("alennuskoodi AINO15", "LIMPA15 for 15 % off"), or beside the
    word "code" with an offer or a percentage near ("koodilla AINO15 saat 20 % alennusta"). A
    code that identifies a product, an order or a booking is none, and neither is a code far
    from any offer word (B2B, CO2).
    """
    kinds = context.doc._.kinds
    codes = [token.i for token in context.tokens if kinds[token.i] == "code"]
    if not codes:
        return False
    offers = [(match.first.i, match.last.i) for match in _DISCOUNT.find(context.doc)]
    percents = [(i, i) for i, kind in enumerate(kinds) if kind == "percent"]
    named = [
        (match.first.i, match.last.i)
        for match in _CODE_WORD.find(context.doc)
        if not _identifying(context, match.first.i)
    ]
    return any(
        _near(i, offers, _CODE_REACH)
        or (_near(i, named, _CODE_REACH) and _near(i, offers + percents, _OFFER_REACH))
        for i in codes
    )


def _near(i: int, spans: list[tuple[int, int]], reach: int) -> bool:
    """Tell whether token ``i`` is at most ``reach`` tokens from one of the (first, last) spans."""
    return any(first - reach <= i <= last + reach for first, last in spans)


def _identifying(context: Context, i: int) -> bool:
    """Tell whether the word before "code" says what it identifies ("Product code")."""
    before = context.analysis.word_beside(context.tokens[i], -1)
    return before is not None and before.text.lower() in _IDENTIFIES


class AdvertisingDisclosure(Rule):
    """An advertisement without the disclosure Finnish law requires.

    The Finnish Competition and Consumer Authority (KKV): commercial content must be clearly
    marked as advertising at the start — "Mainos" or "Kaupallinen yhteistyö" (also as a hashtag,
    #mainos, #kaupallinenyhteistyö). Checked for ``type: sponsored`` drafts and for any draft
    with a discount code: a code such as AINO15 next to an offer ("alennuskoodi", "alennus",
    "discount", "% off", "rabatt"), or next to the word "koodi", "code" or "kod" with an offer or
    a percentage near ("Käytä koodia KEVÄT15, niin saat 15 % alennusta"). A code that names a
    product, an order or a booking ("Product code: KS2-EU-868", "tuotteen koodi") is none. A
    code in a "we" voice is checked too: an influencer writes "we" as well ("Testasimme koko
    perheen kanssa…").

    Fix: start the post with "Mainos" or "Kaupallinen yhteistyö: <partner>".
    """

    code = "PC705"
    name = "advertising-disclosure"
    criterion = "strategy"
    severity = "error"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the first sentence when an advert is not marked."""
        kinds = context.doc._.kinds
        if context.type != "sponsored" and not _discount_code(context):
            return
        tagged = any(
            token.text.lower() in _DISCLOSURE_TAGS
            for token in context.tokens
            if kinds[token.i] == "hashtag"
        )
        found = context.analysis.sentences
        opening_end = found[1].end_char if len(found) > 1 else len(context.prose)
        if tagged or any(True for _ in _DISCLOSURE.find(context.doc, 0, opening_end)) or not found:
            return
        yield Problem.on_sentence(
            context.prose,
            found[0],
            Message(
                fi="Mainos ilman merkintää: KKV:n mukaan kaupallinen sisältö on merkittävä"
                " alussa (”Mainos” tai ”Kaupallinen yhteistyö”, myös #mainos).",
                en="An advert without disclosure: Finnish law (KKV) requires marking it at the"
                ' start ("Mainos" or "Kaupallinen yhteistyö", or #mainos).',
                sv="Reklam utan märkning: enligt finsk lag (KKV) ska kommersiellt innehåll märkas"
                " i början (”Reklam” eller ”Kommersiellt samarbete”, eller #reklam).",
            ),
        )


_HETU = regex.compile(r"(?<![\w-])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?!\w)")
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_IBAN = regex.compile(
    r"(?<![A-Z0-9])([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)(?![A-Z0-9])"
)
_MOBILE = regex.compile(
    r"(?<![\d+])(?:\+358[ -]?|0)(?:4\d|50)[ -]?\d{3}[ -]?\d{2}[ -]?\d{1,3}(?!\d)"
)
_EMAIL = regex.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
#: A number introduced as the company's contact is no one's private data: our role ("soita
#: rekrytoijallemme Sannalle, 040 …", "myyjämme"), a company function (asiakaspalvelu, vaihde,
#: myynti, päivystys, kiinteistöhuolto), a phone label ("puh. 040 …", "p.", "tel."), a booking
#: or an order ("Varaa aikasi numerosta 050 …", "Ajanvaraus: 044 …", "Tilaa kakku soittamalla
#: …") or us ("Soita meille 045 …"). "Soita Maijalle 040 …" has none.
_CONTACT = regex.compile(
    r"(?i)\b(?:\w+mme|asiakaspalvelu\w*|vaihte\w*|vaihde\w*|myyn\w*|rekrytoi\w*|toimisto\w*"
    r"|\w*päivyst\w*|\w*huollo\w*|\w*huolto\w*"
    r"|puh(?:elin)?\.?|p\.|tel\.?|tfn\.?|telefon\w*|mobil\w*|kundtjänst\w*|växel\w*"
    r"|customer service|phone|our|vår\w*"
    r"|\w*vara(?:a|ta|us|ukse\w*|ukset|amalla|tkaa)|tila(?:a|ta|us|ukse\w*|ukset|amalla|tkaa)"
    r"|mei(?:lle|ltä|tä|hin|dät)|boka\w*|bokning\w*|beställ\w*|oss"
    r"|book\w*|reserv\w*|order\w*|us)(?!\w)"
)
_CONTACT_REACH = 60
#: A job title or a contact line right before the number introduces it too: "talousjohtaja
#: Jukka Lehtonen, 040 …", "Mikko Salonen, Head of Operations, on +358 …", "Lisätietoja antaa …", "vastaa kysymyksiin numerossa 040 …". At
#: most :data:`_INTRODUCER_WORDS` words from the number: "Omistaja voi kysyä lisätietoja, tai
#: soita suoraan Maija Virtaselle 040 …" gives a private person's number.
_INTRODUCER = regex.compile(
    r"(?i)\b(?:\w*(?:johtaja|päällik|vetäjä|esihenkilö|koordinaattori|asiantuntija)\w*"
    r"|\w*(?:manager|director|officer|chef|ansvarig|coordinator|specialist|direktör|samordnare"
    r"|handläggare)|head|lead|ceo|cto|cfo|coo|vd|rektor|lisätie\w*|yhteystie\w*|kysy\w*"
    r"|mer information|frågor|more information|questions)(?!\w)"
)
_INTRODUCER_WORDS = 4
#: E-mail providers whose addresses belong to private people.
PRIVATE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "hotmail.com", "hotmail.fi", "outlook.com", "outlook.fi", "live.com",
        "yahoo.com", "icloud.com", "me.com", "luukku.com", "suomi24.fi", "elisanet.fi",
        "kolumbus.fi", "welho.com", "saunalahti.fi", "netti.fi", "windowslive.com", "protonmail.com",
    }
)  # fmt: skip


#: Where a sentence ends and the next begins: a cue before it introduces no number after it.
_SENTENCE_BREAK = regex.compile(r"[.!?]\s+(?=\p{Lu})")


def _company_contact(text: str, number: int) -> bool:
    """Tell whether the words before a phone number introduce it as the company's contact.

    Only the words of the number's own sentence: "Asiakaspalvelu palvelee numerossa 010 …
    Soita Maijalle 040 …" gives Maija's private number ("puh. 040" is no sentence's end).
    """
    before = _own_sentence(text, number)
    if _CONTACT.search(before):
        return True
    return any(
        len(before[found.end() :].split()) <= _INTRODUCER_WORDS
        for found in _INTRODUCER.finditer(before)
    )


def valid_hetu(match: regex.Match[str]) -> bool:
    """Tell whether a Finnish personal identity code has a real date and the right check mark."""
    day, month, _, _, serial, check = match.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return False
    return _HETU_CHECK[int(day + month + match.group(3) + serial) % 31] == check


def valid_iban(text: str) -> bool:
    """Tell whether an IBAN passes its ISO 13616 check (mod 97 = 1)."""
    compact = text.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return int(digits) % 97 == 1


class PersonalData(Rule):
    """Personal data that must never be published.

    Finnish personal identity codes (checked by their check mark), bank account numbers (IBAN,
    checked by their check digits), mobile phone numbers and private e-mail addresses (gmail.com,
    hotmail.com …) of people. Publishing them breaks the GDPR and the trust of the person named.
    Company numbers and addresses (info@, a switchboard) are fine, and so is a number introduced
    as the company's contact: our role, a job title, a company function, a contact line or a
    phone label ("soita rekrytoijallemme Sannalle, 040 …", "talousjohtaja Jukka Lehtonen,
    040 …", "asiakaspalvelu 040 …", "Lisätietoja antaa …", "puh. 040 …", "p. 040 …"). List
    other numbers that may be published in the option ``allowed`` (exact strings).

    Fix: remove the data; use a company contact instead.
    """

    code = "PC706"
    private = True
    name = "personal-data"
    criterion = "strategy"
    severity = "error"
    options: ClassVar[Mapping[str, Any]] = {"allowed": Field("strings", ())}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per piece of personal data in the post."""
        text = context.post  # what is published: comments are not
        start = 0
        allowed = {item for item in self.values["allowed"] if item}
        found: list[tuple[int, int, str, str, str]] = []
        for match in _HETU.finditer(text, start):
            if valid_hetu(match):
                found.append(
                    (
                        match.start(),
                        match.end(),
                        "henkilötunnus",
                        "personal identity code",
                        "personbeteckning",
                    )
                )
        for match in _IBAN.finditer(text, start):
            if valid_iban(match.group(1)):
                found.append(
                    (
                        match.start(1),
                        match.end(1),
                        "tilinumero",
                        "bank account number",
                        "kontonummer",
                    )
                )
        for match in _MOBILE.finditer(text, start):
            if not _company_contact(text, match.start()):
                found.append(
                    (
                        match.start(),
                        match.end(),
                        "matkapuhelinnumero",
                        "mobile phone number",
                        "mobilnummer",
                    )
                )
        for match in _EMAIL.finditer(text, start):
            if match.group(1).lower() in PRIVATE_MAIL_DOMAINS:
                found.append(
                    (
                        match.start(),
                        match.end(),
                        "yksityinen sähköpostiosoite",
                        "private e-mail address",
                        "privat e-postadress",
                    )
                )
        for begin, end, what_fi, what_en, what_sv in sorted(found):
            if text[begin:end] in allowed:
                continue
            yield Problem(
                begin,
                end,
                Message(
                    fi=f"Henkilötieto ({what_fi}) ei kuulu julkaisuun: poista se tai käytä"
                    " yrityksen yhteystietoa.",
                    en=f"Personal data ({what_en}) must not be published: remove it or use a"
                    " company contact.",
                    sv=f"Personuppgifter ({what_sv}) får inte publiceras: ta bort dem eller"
                    " använd företagets kontaktuppgifter.",
                ),
                space="post",
            )


#: Next steps in so many words; the Finnish link in the profile or bio is found by
#: :meth:`~postcheck.analysis.draft_analysis.Analysis.links_to_profile`, whatever words stand between.
_NEXT_STEP = TermMatcher(
    [
        "tervetuloa", "tägää",
        "link in bio", "link in our bio", "link in the bio", "link in profile", "welcome",
    ]
)  # fmt: skip
#: A last paragraph this short is a signature or a sign-off: the step may come just before it.
_SIGN_OFF_WORDS = 6


class CallToAction(Rule):
    """An external post that does not end with a clear next step.

    Consumers trust their peers' recommendations, so recommending the company must be easy. The
    ending should give the reader something to do: an imperative ("Lue lisää", "Ilmoittaudu",
    "Jaa ystävällesi"), a link, an e-mail address or a contact's phone number ("Lisätietoja
    antaa Mikko Mattila, puh. 040 …"), "linkki biossa", or a question that invites an answer.
    The ending is the last paragraph with words and what follows it: a closing line of hashtags, a
    signature ("Ystävällisin terveisin⏎Laura Nieminen", "Best regards, Mikko Laine") and a short
    closing line after the next step ("Nähdään messuilla!", "We look forward to seeing you.") do
    not end the post.
    Not checked for internal channels (wiki, the
    ``sisainen`` audience) or crisis drafts.

    Fix: end with one clear next step and, for consumers, an invitation to share or comment.
    """

    code = "PC710"
    name = "call-to-action"
    criterion = "strategy"
    severity = "warning"
    requires_channel = True
    earns = 30
    earned_by = Message(
        fi="seuraava askel lopussa", en="a next step at the end", sv="ett nästa steg i slutet"
    )

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return 1 when the post ends with a next step, 0 when not (None: not assessed)."""
        ending = context.once(_next_step)
        return None if ending is None else float(ending[1])

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the last paragraph when it has no next step."""
        ending = context.once(_next_step)
        if ending is None or ending[1]:
            return
        last = ending[0]
        yield Problem.on_prose(
            context.prose,
            last.start,
            last.end,
            Message(
                fi="Lopusta puuttuu selvä seuraava askel. Kerro, mitä lukija voi tehdä:"
                " ”Lue lisää: …”, ”Ilmoittaudu”, ”Jaa tämä ystävällesi”.",
                en='The ending has no clear next step. Tell the reader what to do: "Read more:'
                ' …", "Sign up", "Share this with a friend".',
                sv="Slutet saknar ett tydligt nästa steg. Berätta vad läsaren kan göra:"
                " ”Läs mer: …”, ”Anmäl dig”, ”Dela det här med en vän”.",
            ),
        )


def _next_step(context: Context) -> tuple[Block, bool] | None:
    """Return the last paragraph before any signature, and whether the ending gives a next step.

    None when the post is not assessed: internal channels and audiences, crisis drafts, drafts
    without a channel or without words.
    """
    channel = context.channel
    internal = (channel is not None and channel.name == "wiki") or (
        context.audience is not None and context.audience.name == "sisainen"
    )
    if channel is None or internal or context.type == "crisis":
        return None
    kinds = context.doc._.kinds
    # The last paragraph with words: a closing line of hashtags or emoji does not count.
    spans = [
        (block, span)
        for block in context.draft.blocks
        if (span := context.analysis.block_span(block)) is not None
        and any(kinds[token.i] == "word" for token in context.analysis.tokens_of(span))
    ]
    if not spans:
        return None
    # The ending is the last paragraph that says something, and what comes after it: a
    # signature and a short closing line ("Nähdään messuilla!", "We look forward to seeing
    # you.") follow the real ending. A finding goes on the last paragraph before the signature.
    first = len(spans) - 1
    stop = max(0, first - _AFTER_THE_ENDING)  # a post ends in a few such lines, not in hundreds
    while first > stop and _sign_off(context, spans[first][1]):
        first -= 1
    last = spans[first][0]
    while first > stop and _closing_line(context, spans[first][1]):
        first -= 1
    ending = spans[first:]
    return last, any(_gives_next_step(context, block, span) for block, span in ending)


#: A closing line after the real ending has at most this many words, in one sentence.
CLOSING_WORDS = 8
#: At most this many paragraphs of signature and closing lines follow a post's real ending.
_AFTER_THE_ENDING = 3


def _closing_line(context: Context, span: Any) -> bool:
    """Tell whether a paragraph is a closing line: one short sentence that greets or thanks.

    "Nähdään messuilla!", "Vi ses i Borgå!", "We look forward to seeing you." (a word of
    ``closing_words`` in ``rules/LANG/vocabulary.toml``, or an exclamation mark), also with
    emoji or hashtags after it ("Nähdään messuilla! 💛"). "Palvelu on käytössä jo 120
    yrityksessä." says something: it ends the post.
    """
    kinds = context.doc._.kinds
    tokens = list(context.analysis.tokens_of(span))
    words = [t for t in tokens if kinds[t.i] == "word"]
    sentences = [
        s
        for s in context.analysis.sentences
        if span.start_char <= s.start_char < span.end_char
        and any(kinds[t.i] == "word" for t in context.analysis.tokens_of(s))
    ]  # "💛" after "Nähdään messuilla!" is no sentence of its own
    if len(words) > CLOSING_WORDS or len(sentences) > 1:
        return False
    if any(kinds[t.i] in NUMBER_KINDS for t in tokens):
        return False
    closing = builtin_list(context.lang, "closing_words")
    greets = any(t.text.lower() in closing for t in words)
    said = [t for t in tokens if kinds[t.i] not in _DECORATION]
    return greets or (bool(said) and said[-1].text == "!")


#: What may follow a closing line's last word or mark: "Nähdään! 💛 #messut".
_DECORATION = frozenset({"emoji", "hashtag", "space", "symbol"})


def _sign_off(context: Context, span: Any) -> bool:
    """Tell whether a closing paragraph is a signature: a few words without a verb.

    "Maija Mallikas, toimitusjohtaja" or "Terveisin Kinda" after the real ending.
    """
    if (
        signature_start(context.prose, span.start_char, span.end_char, names=True)
        == span.start_char
    ):
        return True  # "Ystävällisin terveisin, Laura Nieminen, Esimerkki Oy"
    kinds = context.doc._.kinds
    words = [t for t in context.analysis.tokens_of(span) if kinds[t.i] == "word"]
    if context.lang != "fi":
        return len(words) <= _SIGN_OFF_WORDS // 2
    verbs = any(reading(token).get("CLASS") == "teonsana" for token in words)
    return len(words) <= _SIGN_OFF_WORDS and not verbs


def _imperative(context: Context, token: Any) -> bool:
    """Tell whether a word is an imperative: read so, or a sentence-opening verb that can be one.

    "Vastaa tähän viestiin": "vastaa" is also "hän vastaa", but not at the start of a sentence.
    An imperative opening the main clause after a condition commands too: "Jos tarvitset apua,
    soita valvomoomme".
    """
    if is_imperative(token):  # mid-sentence only when every reading is a verb ("entistä" is not)
        found = info(token)
        return context.analysis.starts_sentence(token) or (
            found is not None and all(_verb(a) for a in found.analyses)
        )
    return context.analysis.opens_with_command(token) or (
        _opens_main_clause(context, token) and could_be_imperative(token)
    )


#: Conjunctions that open a clause before the main one: "Jos tarvitset apua, soita meille".
_CONDITIONS = frozenset({"jos", "kun", "mikäli", "jollei", "ellei"})


def _opens_main_clause(context: Context, token: Any) -> bool:
    """Tell whether a word opens the main clause after a "jos" or "kun" clause and its comma."""
    doc = context.doc
    sentence = context.analysis.sentence_at(token.idx)
    if sentence is None or token.i == 0 or doc[token.i - 1].text != ",":
        return False
    first = next((t for t in sentence if doc._.kinds[t.i] == "word"), None)
    return first is not None and first.text.lower() in _CONDITIONS


def _verb(analysis: Mapping[str, str]) -> bool:
    return analysis.get("CLASS") == "teonsana"


def _closing(context: Context, block: Block) -> str:
    """Return a paragraph's last two sentences with words: where a question invites an answer."""
    kinds = context.doc._.kinds
    inside = [
        sentence
        for sentence in context.analysis.sentences
        if block.start <= sentence.start_char < block.end
        and any(kinds[token.i] == "word" for token in context.analysis.tokens_of(sentence))
    ]
    start = inside[-2].start_char if len(inside) >= 2 else block.start
    return context.prose[start : block.end]


def _gives_next_step(context: Context, last: Block, span: Any) -> bool:
    """Tell whether a paragraph gives the reader something to do."""
    kinds = context.doc._.kinds
    tokens = context.analysis.tokens_of(span)
    lang = context.analysis.lang_at(last.start)
    english = lang != "fi"
    # A link a reader cannot click (an Instagram caption) is no step: "linkki biossa" is.
    clickable = context.channel is None or context.channel.links_clickable
    links = ("url", "domain", "email") if clickable else ("email",)
    return (
        any(
            kinds[token.i] in links
            or (
                not english
                and _imperative(context, token)
                and not _STAY_TUNED.match(context.prose, token.idx)
            )
            for token in tokens
        )
        or (
            clickable and any(last.start <= offset <= last.end for _, offset in context.draft.links)
        )
        or "?" in _closing(context, last)
        or any(True for _ in _NEXT_STEP.find(context.doc, last.start, last.end))
        or _contact_number(context.prose, last)
        or (not english and context.analysis.links_to_profile(tokens))
        or (english and word_lists(lang).gives_next_step(context.prose[last.start : last.end]))
        or (english and clickable and any(kinds[t.i] in ("url", "domain") for t in context.tokens))
        or (english and _action_first(context, span, lang))
    )


#: "Pysy kuulolla!", "Pysykää linjoilla": a command that gives the reader nothing to do.
_STAY_TUNED = regex.compile(r"(?i)pysy(?:kää)?\s+(?:kuulolla|linjoilla)\b")
#: A Finnish or international phone number: "040 123 4567", "09 310 1234", "+358 10 555 1234".
_PHONE = regex.compile(r"(?<![\d+])(?:\+\d{2,3}[ -]?|0)\d{1,3}(?:[ -]?\d{2,4}){2,4}(?!\d)")


def _contact_number(prose: str, last: Block) -> bool:
    """Tell whether a paragraph gives a phone number to call, introduced as a contact.

    "Lisätietoja antaa projektipäällikkö Mikko Mattila, puh. 040 123 4567.": the reader can
    call, as he can write to an e-mail address. A number without a contact cue (an order
    number, "0 € 2 kpl") is none.
    """
    return any(
        _company_contact(prose, found.start()) or _CALL.search(_own_sentence(prose, found.start()))
        for found in _PHONE.finditer(prose, last.start, last.end)
    )


#: Words that ask the reader to call: "Tables can be reserved by calling 02 …", "soittamalla".
_CALL = regex.compile(r"(?i)\b(?:call\w*|ring\w*|soit\w*|phone\w*|puhel\w*|contact\w*)")


def _own_sentence(text: str, number: int) -> str:
    """Return the words before ``number`` in its own sentence (at most :data:`_CONTACT_REACH`)."""
    start = max(0, number - _CONTACT_REACH)
    for found in _SENTENCE_BREAK.finditer(text, start, number):
        start = found.end()
    return text[start:number]


def _action_first(context: Context, span: Any, lang: str) -> bool:
    """Tell whether a sentence of the span starts with an action verb ("Read", "Läs")."""
    actions = word_lists(lang).actions
    kinds = context.doc._.kinds
    for sentence in context.analysis.sentences:
        if sentence.start_char < span.start_char or sentence.start_char >= span.end_char:
            continue
        words = [t for t in context.analysis.tokens_of(sentence) if kinds[t.i] == "word"]
        if words and words[0].text.lower() in actions:
            return True
    return False


#: The rules of this module, in code order.
RULES: tuple[type[Rule], ...] = (
    KeyMessages,
    PreferredTerm,
    RejectedTerm,
    BrandName,
    AdvertisingDisclosure,
    PersonalData,
    CallToAction,
)
