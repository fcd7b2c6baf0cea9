"""PC301–PC314: is the draft suited to its channel? Length, fold, hashtags, links, markup.

Every rule here reads the channel's profile (:mod:`postcheck.profiles.channels`), runs only when the
draft has a channel, and names the channel and the numbers in its message. The post's length is
counted the way the channel counts it, on the post as published: the body after the front
matter, without surrounding whitespace.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import regex

from postcheck.analysis.context import Context, Space
from postcheck.core.schema import Field
from postcheck.nlp.pipeline import finnish_word
from postcheck.profiles.channels import Channel
from postcheck.rules.base import Message, Problem, Rule

_COUNTING_FI = {
    "twitter": "X:n painotettu laskenta",
    "graphemes": "merkkeinä",
    "mastodon": "Mastodonin laskenta",
    "threads": "Threadsin laskenta",
    "utf8-bytes": "tavuina",
    "utf16": "UTF-16-yksikköinä",
    "characters": "merkkeinä",
}
_COUNTING_EN = {
    "twitter": "X's weighted count",
    "graphemes": "graphemes",
    "mastodon": "Mastodon's count",
    "threads": "Threads' count",
    "utf8-bytes": "bytes",
    "utf16": "UTF-16 units",
    "characters": "characters",
}
_COUNTING_SV = {
    "twitter": "X:s viktade räkning",
    "graphemes": "tecken",
    "mastodon": "Mastodons räkning",
    "threads": "Threads räkning",
    "utf8-bytes": "byte",
    "utf16": "UTF-16-enheter",
    "characters": "tecken",
}


def _channel(context: Context) -> Channel:
    assert context.channel is not None  # requires_channel guarantees it
    return context.channel


def _runs(tokens: list[Any], doc: Any) -> list[list[Any]]:
    """Group tokens into runs separated by nothing but whitespace."""
    runs: list[list[Any]] = []
    for token in tokens:
        if runs and not doc[runs[-1][-1].i + 1 : token.i].text.strip():
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


class ChannelRule(Rule):
    """Base of the channel rules: criterion ``channel``, only for drafts with a channel."""

    criterion = "channel"
    requires_channel = True


class OverLimit(ChannelRule):
    """The post is longer than the channel accepts: it cannot be published as it is.

    Length is counted as the channel counts it: X's weighted count (URLs 23, emoji 2), graphemes
    on Bluesky and Mastodon (Mastodon counts every link as 23), bytes for YouTube descriptions,
    and Bluesky's second limit of 3,000 bytes. The finding starts where the limit is reached, so
    the flagged text is exactly what does not fit.

    Fix: shorten the post, or split it into a thread.
    """

    code = "PC301"
    name = "over-limit"
    severity = "error"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield a problem over the part of the post beyond the channel's limit."""
        channel = _channel(context)
        post = context.post
        length = channel.length(post)
        if channel.limit is not None and length > channel.limit:
            cut = channel.fits(post, channel.limit)
            over = length - channel.limit
            yield Problem(
                cut,
                len(post),
                Message(
                    fi=f"Julkaisu on liian pitkä: {length}/{channel.limit}"
                    f" ({_COUNTING_FI[channel.counting]}). Kanava {channel.title} ei julkaise yli"
                    f" {channel.limit} merkin tekstiä; lyhennä {over} merkkiä tai jaa ketjuksi.",
                    en=f"The post is too long: {length}/{channel.limit}"
                    f" ({_COUNTING_EN[channel.counting]}). {channel.title} will not publish more"
                    f" than {channel.limit}; cut {over} or split it into a thread.",
                    sv=f"Inlägget är för långt: {length}/{channel.limit}"
                    f" ({_COUNTING_SV[channel.counting]}). {channel.title} publicerar inte mer"
                    f" än {channel.limit}; korta med {over} eller dela upp det i en tråd.",
                ),
                space="post",
            )
        size = len(post.encode("utf-8"))
        if channel.max_bytes is not None and size > channel.max_bytes:
            cut = len(post.encode("utf-8")[: channel.max_bytes].decode("utf-8", "ignore"))
            yield Problem(
                cut,
                len(post),
                Message(
                    fi=f"Julkaisu on {size} tavua; kanava {channel.title} hyväksyy enintään"
                    f" {channel.max_bytes} tavua. Lyhennä tekstiä.",
                    en=f"The post is {size} bytes; {channel.title} accepts at most"
                    f" {channel.max_bytes} bytes. Shorten it.",
                    sv=f"Inlägget är {size} byte; {channel.title} tar emot högst"
                    f" {channel.max_bytes} byte. Korta texten.",
                ),
                space="post",
            )


class LengthRange(ChannelRule):
    """The post is shorter or longer than what works best on the channel.

    The recommended range is the channel profile's ``recommended`` (sources in
    ``rules/channels/*.toml``; change it in config under ``[channels.NAME]``). A post that is too
    long is flagged from where the range ends.

    Fix: tighten a long post to its main point; give a very short post a concrete detail.
    """

    code = "PC302"
    name = "length-range"
    severity = "warning"
    earns = 20
    earned_by = Message(
        fi="kanavalle suositeltu pituus",
        en="a length in the channel's recommended range",
        sv="en längd som kanalen rekommenderar",
    )

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return 1 inside the recommended range, less the further outside (None: no range)."""
        channel = _channel(context)
        if channel.recommended is None or not context.post:
            return None
        low, high = channel.recommended
        length = channel.length(context.post)
        if length < low:
            return length / low
        return 1.0 if length <= high else max(0.0, 1 - (length - high) / max(high, 1))

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield a problem when the length is outside the recommended range."""
        channel = _channel(context)
        post = context.post
        if channel.recommended is None or not post:
            return
        low, high = channel.recommended
        length = channel.length(post)
        if length > high:
            yield Problem(
                channel.fits(post, high),
                len(post),
                Message(
                    fi=f"Julkaisu on {length} merkkiä; suositus kanavalle {channel.title} on"
                    f" {low}–{high}. Tiivistä pääasiaan.",
                    en=f"The post is {length} long; on {channel.title} {low}–{high} works best."
                    " Tighten it to the main point.",
                    sv=f"Inlägget är {length} tecken; på {channel.title} fungerar {low}–{high}"
                    " bäst. Koncentrera dig på huvudsaken.",
                ),
                space="post",
            )
        elif length < low:
            yield Problem(
                0,
                len(post),
                Message(
                    fi=f"Julkaisu on vain {length} merkkiä; suositus kanavalle {channel.title} on"
                    f" {low}–{high}. Kerro yksi konkreettinen asia lisää.",
                    en=f"The post is only {length} long; on {channel.title} {low}–{high} works"
                    " best. Add one concrete detail.",
                    sv=f"Inlägget är bara {length} tecken; på {channel.title} fungerar"
                    f" {low}–{high} bäst. Lägg till en konkret detalj.",
                ),
                space="post",
            )


class HookBelowFold(ChannelRule):
    """The first sentence does not fit before the channel's "see more" fold.

    LinkedIn, Facebook, Instagram, TikTok and YouTube show only the start of a post until the
    reader taps "see more". The first sentence is the hook: if it is cut, most readers never see
    the point. The fold is the channel profile's ``fold`` (LinkedIn about 140 characters on
    mobile, Instagram about 125).

    Fix: make the first sentence short and say the most interesting thing in it.
    """

    code = "PC303"
    name = "hook-below-fold"
    severity = "warning"
    earns = 10
    earned_by = Message(
        fi="koukku ennen ”näytä lisää” -katkoa",
        en='the hook before "see more"',
        sv="en inledning som fångar läsaren före ”visa mer”",
    )

    def evidence(self, context: Context, problems: Sequence[Problem]) -> float | None:
        """Return 1 when the first sentence shows before the fold (None: no fold)."""
        channel = _channel(context)
        if channel.fold is None or not context.analysis.sentences:
            return None
        return 0.0 if problems else 1.0

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield a problem on the first sentence when it ends after the fold."""
        channel = _channel(context)
        post = context.post
        if channel.fold is None or channel.length(post) <= channel.fold:
            return
        sentence = next(iter(context.analysis.sentences), None)
        if sentence is None:
            return
        text = context.prose[sentence.start_char : sentence.end_char].rstrip()
        start, end = sentence.start_char, sentence.start_char + len(text)
        fold_end = context.file_span(0, channel.fits(post, channel.fold), "post")[1]
        if context.file_span(start, end)[1] <= fold_end:
            return
        yield Problem(
            start,
            end,
            Message(
                fi=f"Ensimmäinen virke ei mahdu ennen ”näytä lisää” -katkoa: kanava"
                f" {channel.title} näyttää noin {channel.fold} merkkiä. Kirjoita koukku"
                " lyhyeksi ensimmäiseksi virkkeeksi.",
                en=f'The first sentence does not fit before "see more": {channel.title} shows'
                f" about {channel.fold} characters. Make the hook a short first sentence.",
                sv=f"Den första meningen ryms inte före ”visa mer”: {channel.title} visar"
                f" ungefär {channel.fold} tecken. Skriv en kort första mening som fångar"
                " läsaren.",
            ),
        )


def _excess(tokens: list[Any], maximum: int | None, message: Message) -> Iterator[Problem]:
    if maximum is not None and len(tokens) > maximum:
        first, last = tokens[maximum], tokens[-1]
        yield Problem(first.idx, last.idx + len(last.text), message)


class TooManyHashtags(ChannelRule):
    """More hashtags than the channel allows or rewards.

    Instagram allows 5 hashtags per post since December 2025; LinkedIn advises 3–5, X one or
    two, Threads one topic tag. Extra hashtags are ignored, cut, or read as spam, and every one
    pushes the message further down. The finding covers the hashtags beyond the limit.

    Fix: keep the hashtags that your audience follows; drop the rest.
    """

    code = "PC304"
    name = "too-many-hashtags"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield a problem over the hashtags beyond the channel's maximum."""
        channel = _channel(context)
        hashtags = context.of_kind("hashtag")
        maximum = channel.hashtags_max
        yield from _excess(
            hashtags,
            maximum,
            Message(
                fi=f"{len(hashtags)} aihetunnistetta; kanava {channel.title} sallii tai palkitsee"
                f" enintään {maximum}. Pidä ne, joita kohderyhmäsi seuraa.",
                en=f"{len(hashtags)} hashtags; {channel.title} allows or rewards at most"
                f" {maximum}. Keep the ones your audience follows.",
                sv=f"{len(hashtags)} hashtaggar; {channel.title} tillåter eller belönar högst"
                f" {maximum}. Behåll dem som din målgrupp följer.",
            ),
        )


class TooManyMentions(ChannelRule):
    """More @mentions than the channel allows (Instagram: 20).

    Fix: tag only the people and organisations the post is about.
    """

    code = "PC313"
    name = "too-many-mentions"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield a problem over the mentions beyond the channel's maximum."""
        channel = _channel(context)
        mentions = context.of_kind("mention")
        yield from _excess(
            mentions,
            channel.mentions_max,
            Message(
                fi=f"{len(mentions)} mainintaa; kanava {channel.title} sallii enintään"
                f" {channel.mentions_max}.",
                en=f"{len(mentions)} mentions; {channel.title} allows at most"
                f" {channel.mentions_max}.",
                sv=f"{len(mentions)} omnämnanden; {channel.title} tillåter högst"
                f" {channel.mentions_max}.",
            ),
        )


class TooManyLinks(ChannelRule):
    """More links than the channel allows (Threads: 5).

    Fix: keep the one link you want readers to follow.
    """

    code = "PC314"
    name = "too-many-links"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield a problem over the links beyond the channel's maximum."""
        channel = _channel(context)
        links = context.of_kind("url", "domain")
        yield from _excess(
            links,
            channel.links_max,
            Message(
                fi=f"{len(links)} linkkiä; kanava {channel.title} sallii enintään"
                f" {channel.links_max}.",
                en=f"{len(links)} links; {channel.title} allows at most {channel.links_max}.",
                sv=f"{len(links)} länkar; {channel.title} tillåter högst {channel.links_max}.",
            ),
        )


class LinkNotClickable(ChannelRule):
    """A link in a channel where links in posts cannot be clicked (Instagram, TikTok captions).

    The address shows as plain text: nobody will type it in. Readers expect "link in bio".

    Fix: put the link in the profile and write "linkki biossa" (link in bio), or use the
    channel's own link sticker.
    """

    code = "PC305"
    name = "link-not-clickable"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per link when the channel's links are not clickable."""
        channel = _channel(context)
        if channel.links_clickable:
            return
        for token in context.of_kind("url", "domain"):
            yield Problem.on_token(
                token,
                Message(
                    fi=f"Kanavassa {channel.title} linkit eivät ole klikattavia. Laita osoite"
                    " profiiliin ja kirjoita ”linkki biossa”.",
                    en=f"Links are not clickable in {channel.title} captions. Put the address"
                    ' in your profile and write "link in bio".',
                    sv=f"I {channel.title} går det inte att klicka på länkar i inläggstexten."
                    " Lägg adressen i din profil och skriv ”länk i bio”.",
                ),
                (_LINK_IN_BIO.get(context.lang, "link in bio"),),
            )


#: "Link in bio" as the draft's language writes it: the suggestion replaces the address.
_LINK_IN_BIO = {"fi": "linkki biossa", "sv": "länk i bio", "en": "link in bio"}


# Bounded repetitions: an unclosed "[" or "**" must not be scanned to the line's end again from
# every position (quadratic on a long line).
_MARKDOWN = regex.compile(
    r"""
    (?P<bold>\*\*[^*\n]{1,300}\*\*|__[^_\n]{1,300}__)
  | (?P<heading>^[ \t]*\#{1,6}[ \t]+\S[^\n]*)
  | (?P<link>\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\))
  | (?P<bullet>(?<=^[ \t]*)\*(?=[ \t]+\S))
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_MARKDOWN_FI = {
    "bold": "lihavointi **…**",
    "heading": "otsikko #",
    "link": "linkki [teksti](osoite)",
    "bullet": "luettelomerkki *",
}
_MARKDOWN_EN = {
    "bold": "bold **…**",
    "heading": "heading #",
    "link": "link [text](url)",
    "bullet": "bullet *",
}
_MARKDOWN_SV = {
    "bold": "fetstilen **…**",
    "heading": "rubriken #",
    "link": "länken [text](adress)",
    "bullet": "listpunkten *",
}


class MarkdownSyntax(ChannelRule):
    """Markdown in a channel that does not render it: readers see the asterisks and brackets.

    Social networks publish the text as typed: ``**bold**`` shows as two asterisks on each side,
    ``# Heading`` as a hash, ``[text](url)`` as brackets around a bare address, ``* item`` as an
    asterisk. (Unicode "bold" letters are no fix: screen readers spell them out or skip them.)

    Fix: write plain text; use line breaks and emoji sparingly for structure, and paste the plain
    address for links.
    """

    code = "PC306"
    name = "markdown-syntax"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per piece of Markdown syntax in a plain-text channel."""
        channel = _channel(context)
        if channel.markdown:
            return
        post = context.post
        for match in _MARKDOWN.finditer(post):
            kind = match.lastgroup or "bold"
            yield Problem(
                match.start(),
                match.end(),
                Message(
                    fi=f"Kanava {channel.title} ei näytä Markdownia: {_MARKDOWN_FI[kind]} näkyy"
                    " lukijalle sellaisenaan. Kirjoita pelkkää tekstiä.",
                    en=f"{channel.title} does not render Markdown: the {_MARKDOWN_EN[kind]}"
                    " shows as typed. Write plain text.",
                    sv=f"{channel.title} visar inte Markdown: {_MARKDOWN_SV[kind]} syns precis"
                    " som den skrivits. Skriv ren text.",
                ),
                space="post",
            )


@dataclass(frozen=True)
class _Title:
    """The draft's title: the channel's front-matter key, its text, and where it is."""

    key: str
    text: str | None
    start: int
    end: int
    space: Space


def _title(context: Context) -> _Title:
    """Return the draft's title: the front matter's, else a Markdown draft's opening heading.

    A blog post that starts with ``# Heading`` has its title; without either, the span is the
    start of the post, where the title is missed.
    """
    key = _channel(context).title_key
    value = context.draft.front_matter.data.get(key)
    if isinstance(value, str) and value.strip():
        return _Title(key, value, *context.front_key_span(key, line=True), "file")
    blocks = context.draft.blocks
    if context.draft.markdown and blocks and blocks[0].kind == "heading":
        heading = blocks[0]
        return _Title(
            key, context.prose[heading.start : heading.end], heading.start, heading.end, "prose"
        )
    return _Title(key, None, *context.front_key_span(key, line=True), "file")


class Title(ChannelRule):
    """The title or subject is missing, or longer than the channel shows.

    YouTube videos, newsletters (their subject line) and blog articles need one: it is what
    people see first in search results, feeds and inboxes. Search results show about 60
    characters of a title, mobile inboxes 30–40 characters of a subject (Mailchimp advises 50 at
    most). Set it in the front matter (``title:``; ``subject:`` for newsletters), or start a
    Markdown draft with its heading (``# Title``).

    Fix: add a title that says what the reader gets; put the key words first.
    """

    code = "PC307"
    name = "title"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield a problem for a missing title or one over the recommended length."""
        channel = _channel(context)
        title = _title(context)
        value = title.text
        if value is None:
            if channel.title_required:
                yield Problem(
                    title.start,
                    title.end,
                    Message(
                        fi=f"Kanava {channel.title} tarvitsee otsikon: lisää metatietoihin"
                        f" {title.key}: tai aloita otsikolla (# Otsikko).",
                        en=f"{channel.title} needs a title: add {title.key}: to the front matter"
                        " or start with a heading (# Title).",
                        sv=f"{channel.title} behöver en rubrik: lägg till {title.key}: i front"
                        " matter eller börja med en rubrik (# Rubrik).",
                    ),
                    space=title.space,
                )
            return
        recommended = channel.title_recommended
        if recommended is not None and len(value) > recommended:
            yield Problem(
                title.start,
                title.end,
                Message(
                    fi=f"Otsikko on {len(value)} merkkiä; kanava {channel.title} näyttää noin"
                    f" {recommended}. Laita tärkeimmät sanat alkuun.",
                    en=f"The title is {len(value)} characters; {channel.title} shows about"
                    f" {recommended}. Put the key words first.",
                    sv=f"Rubriken är {len(value)} tecken; {channel.title} visar ungefär"
                    f" {recommended}. Sätt de viktigaste orden först.",
                ),
                space=title.space,
            )


class TitleLimit(ChannelRule):
    """The title or subject is longer than the channel accepts (YouTube: 100 characters).

    Fix: shorten the title.
    """

    code = "PC308"
    name = "title-limit"
    severity = "error"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield a problem when the title is over the channel's hard limit."""
        channel = _channel(context)
        title = _title(context)
        value = title.text
        if (
            value is not None
            and channel.title_limit is not None
            and len(value) > channel.title_limit
        ):
            yield Problem(
                title.start,
                title.end,
                Message(
                    fi=f"Otsikko on {len(value)} merkkiä; kanava {channel.title} hyväksyy enintään"
                    f" {channel.title_limit}.",
                    en=f"The title is {len(value)} characters; {channel.title} accepts at most"
                    f" {channel.title_limit}.",
                    sv=f"Rubriken är {len(value)} tecken; {channel.title} tar emot högst"
                    f" {channel.title_limit}.",
                ),
                space=title.space,
            )


_EMPTY_ALT = regex.compile(r"!\[\s*\]\(")


class AltText(ChannelRule):
    """An image without alternative text.

    Screen-reader users hear the alt text instead of seeing the image, and every channel lets
    you write one. Images are listed in the front matter (``images: [{src: …, alt: …}]``); in
    Markdown, ``![alt text](image.png)``.

    Fix: describe what the image shows and why it is in the post, in one or two sentences.
    """

    code = "PC309"
    name = "alt-text"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per image without alt text."""
        draft = context.draft
        message = Message(
            fi="Kuvalta puuttuu vaihtoehtoinen teksti (alt). Kuvaa, mitä kuvassa on.",
            en="The image has no alternative text (alt). Describe what it shows.",
            sv="Bilden saknar alternativtext (alt). Beskriv vad bilden visar.",
        )
        images = draft.front_matter.data.get("images") or []
        for image in images:
            alt = image.get("alt") if isinstance(image, Mapping) else None
            if not isinstance(alt, str) or not alt.strip():
                yield Problem(*context.front_key_span("images"), message, space="file")
        if draft.markdown:
            body = draft.front_matter.body_start
            for match in _EMPTY_ALT.finditer(draft.text, body):
                yield Problem(match.start(), match.end() - 1, message, space="file")


class WallOfText(ChannelRule):
    """A long stretch of text without a line break, on a channel read mostly on phones.

    On a phone, 400 characters without a break fill the screen. Short paragraphs separated by
    empty lines are easier to scan. Option: ``max_line`` (default 400 characters).

    Fix: break the text into paragraphs of two or three sentences.
    """

    code = "PC310"
    name = "wall-of-text"
    severity = "warning"
    options: ClassVar[Mapping[str, Any]] = {"max_line": Field("int", 400, minimum=1)}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per overlong line on a mobile-first channel."""
        channel = _channel(context)
        if not channel.mobile_first:
            return
        post = context.post
        limit = self.values["max_line"]
        position = 0
        for line in post.split("\n"):
            if len(line) > limit:
                yield Problem(
                    position,
                    position + len(line),
                    Message(
                        fi=f"{len(line)} merkkiä ilman rivinvaihtoa; puhelimella tämä on"
                        f" tekstimuuri. Jaa kappaleiksi (enintään noin {limit} merkkiä).",
                        en=f"{len(line)} characters without a line break: a wall of text on a"
                        f" phone. Split it into paragraphs (about {limit} at most).",
                        sv=f"{len(line)} tecken utan radbrytning: en textvägg i mobilen. Dela"
                        f" upp texten i stycken (högst cirka {limit} tecken).",
                    ),
                    space="post",
                )
            position += len(line) + 1


class AllCaps(ChannelRule):
    """Words in ALL CAPITALS: read as shouting, and spelt out letter by letter by screen readers.

    Flagged: two or more words in capitals in a row ("TÄRKEÄÄ TIETOA"), or one common word of
    five letters or more ("ALENNUS"). Acronyms and names ("EU", "YLE", "SUOMI") and short
    words that may be names ("KELA") are fine.

    Fix: write the word normally; for emphasis, rephrase or put it first.
    """

    code = "PC311"
    name = "all-caps"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per run of shouted words."""
        words = context.of_kind("word")
        shouted = [token for token in words if self._shouted(token.text, context)]
        for run in _runs(shouted, context.doc):
            if len(run) == 1 and sum(char.isalpha() for char in run[0].text) < 5:
                continue  # "KELA", "ALE": one short word in capitals may be a name
            first, last = run[0], run[-1]
            normal = " ".join(token.text.lower() for token in run)
            if context.analysis.starts_sentence(first):  # mid-sentence it goes on in lowercase
                normal = normal[:1].upper() + normal[1:]
            yield Problem(
                first.idx,
                last.idx + len(last.text),
                Message(
                    fi=f"ISOT KIRJAIMET luetaan huutamisena, ja ruudunlukija voi tavata ne."
                    f" Kirjoita ”{normal}”.",
                    en="ALL CAPS reads as shouting, and screen readers may spell it out."
                    f' Write "{normal}".',
                    sv="VERSALER uppfattas som skrik, och skärmläsare kan läsa upp dem bokstav"
                    f" för bokstav. Skriv ”{normal}”.",
                ),
                (normal,),
            )

    @staticmethod
    def _shouted(word: str, context: Context) -> bool:
        letters = [char for char in word if char.isalpha()]
        if len(letters) < 4 or not word.isupper() or context.vocabulary.accepts(word):
            return False
        if context.lang != "fi":
            return len(letters) >= 5
        analyses = finnish_word(word).analyses
        names = {"lyhenne", "nimi", "etunimi", "sukunimi", "paikannimi"}
        return bool(analyses) and all(a.get("CLASS") not in names for a in analyses)


class EmojiOverload(ChannelRule):
    """Too many emoji: more than one for every ``words_per_emoji`` words, or a long row of them.

    A few emoji add tone; many make a post hard to read and sound like advertising, and screen
    readers read every one aloud by name. Options: ``words_per_emoji`` (default 10) and
    ``max_in_row`` (default 3).

    Fix: keep the one or two emoji that add meaning.
    """

    code = "PC312"
    name = "emoji-overload"
    severity = "warning"
    options: ClassVar[Mapping[str, Any]] = {
        "words_per_emoji": Field("int", 10, minimum=1),
        "max_in_row": Field("int", 3, minimum=1),
    }

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield problems for a long row of emoji and for too many emoji overall."""
        emoji_tokens = context.of_kind("emoji")
        for row in _runs(emoji_tokens, context.doc):
            if len(row) > self.values["max_in_row"]:
                yield Problem(
                    row[0].idx,
                    row[-1].idx + len(row[-1].text),
                    Message(
                        fi=f"{len(row)} emojia peräkkäin; yksi tai kaksi riittää.",
                        en=f"{len(row)} emoji in a row; one or two is enough.",
                        sv=f"{len(row)} emojier i rad; en eller två räcker.",
                    ),
                )
        words = len(context.analysis.words())
        allowed = max(3, words // self.values["words_per_emoji"])
        if len(emoji_tokens) > allowed:
            first, last = emoji_tokens[allowed], emoji_tokens[-1]
            yield Problem(
                first.idx,
                last.idx + len(last.text),
                Message(
                    fi=f"{len(emoji_tokens)} emojia {words} sanassa; enintään {allowed} toimii."
                    " Pidä ne, jotka lisäävät merkitystä.",
                    en=f"{len(emoji_tokens)} emoji in {words} words; {allowed} at most works."
                    " Keep the ones that add meaning.",
                    sv=f"{len(emoji_tokens)} emojier på {words} ord; högst {allowed} fungerar."
                    " Behåll dem som tillför något.",
                ),
            )


#: The channel rules, in code order.
RULES: tuple[type[ChannelRule], ...] = (
    OverLimit,
    LengthRange,
    HookBelowFold,
    TooManyHashtags,
    LinkNotClickable,
    MarkdownSyntax,
    Title,
    TitleLimit,
    AltText,
    WallOfText,
    AllCaps,
    EmojiOverload,
    TooManyMentions,
    TooManyLinks,
)
