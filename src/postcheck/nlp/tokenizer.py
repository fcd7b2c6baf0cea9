"""A tokenizer for social media and company prose that keeps social tokens whole.

URLs, e-mail addresses, domains (kinda.fi), @mentions (also ``@user@server``), #hashtags, emoji
(ZWJ sequences, flags, skin tones and keycaps as one token), numbers, dates, times, percentages,
money and codes (AINO15, file paths: /etc/cups, C:\\Temp) each become one token with a *kind*, so rules never re-find them and the
spell checker never sees them. Words keep internal hyphens, apostrophes and the colon of Finnish
inflection ("EU:n"); an abbreviation keeps its dot ("esim.") when the language's dictionary says
so. Every token records its start and end offset in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

import regex

#: Token kinds that are words of the language (the spell checker and analyser see these).
WORD_KINDS = frozenset({"word", "abbreviation"})
#: Token kinds for numbers and number-like expressions.
NUMBER_KINDS = frozenset({"number", "date", "time", "percent", "money"})
#: Every token kind the tokenizer produces.
KINDS = frozenset(
    {"url", "email", "domain", "mention", "hashtag", "emoji", "code", "punct", "symbol", "space"}
    | WORD_KINDS
    | NUMBER_KINDS
)

_TLDS = (
    "com|org|net|info|biz|io|ai|app|dev|edu|gov|eu|fi|ax|se|no|dk|is|ee|lv|lt|de|at|ch|nl|be|"
    "fr|es|it|pt|pl|cz|uk|ie|us|ca|co|me|tv|ly|gl|ru|jp|cn|nu|xyz|online|shop|tech|blog|"
    # start-ups' and venture funds' own: "Maki.vc", "radio.fm", "lumo.studio"; not "sh" (a
    # script: "deploy.sh") or "so", "cc" (a missing space: "it.so much")
    "vc|gg|fm|studio|design|media|news|page|site|store|cloud|digital|health|travel|"
    "fund|capital|ventures|games|agency|global|group|works"
)
#: File name endings: "raportti.pdf", "finto_seko.pl" are names of files, not words.
_FILE_TYPES = (
    "pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|md|html?|xml|json|ya?ml|toml|ini|zip|png|jpe?g|gif|"
    "svg|webp|mp3|mp4|mov|py|pl|js|ts|rb|go|rs|java|php|sh|css|sql"
)
_L = r"\p{L}\p{M}"
# Every repetition that can fail after it (the part before an "@", a domain's labels, a template
# tag's body) is bounded: a long dotted run ("a.a.a.…") or an unclosed "{{" must not be scanned
# again from every position (quadratic time on a 1 MB draft).
_PATTERN = regex.compile(
    rf"""
    (?P<space>\s+)
  | (?P<entity>&(?:amp|lt|gt|quot|apos|nbsp|\#\d+);)
  | (?P<url>(?:https?://|www\.)[^\s<>"]+)
  | (?P<path>(?<![{_L}\p{{N}}_/.:~])/[{_L}\p{{N}}_.-]+(?:/[{_L}\p{{N}}_.-]*)+
        |(?<![{_L}\p{{N}}_/])~/[{_L}\p{{N}}_.-]+(?:/[{_L}\p{{N}}_.-]*)*
        |(?<![{_L}\p{{N}}_])[A-Za-z]:\\[{_L}\p{{N}}_.\\-]+)
  | (?P<email>(?i:mailto:)?[{_L}\p{{N}}._%+-]{{1,64}}@[{_L}\p{{N}}-]{{1,63}}(?:\.[{_L}\p{{N}}-]{{1,63}}){{1,8}})
  | (?P<mention>(?<![{_L}\p{{N}}_@])@[{_L}\p{{N}}_]+(?:\.[{_L}\p{{N}}_]+)*
        (?:@[{_L}\p{{N}}-]+(?:\.[{_L}\p{{N}}-]+)+)?(?:[:'’]\p{{Ll}}+)?)
  | (?P<hashtag>(?<![{_L}\p{{N}}_#])\#[{_L}\p{{N}}_]*\p{{L}}[{_L}\p{{N}}_]*(?::\p{{Ll}}+)?)
  | (?P<emoji>[\#*0-9]\uFE0F?\u20E3|(?=[\p{{Extended_Pictographic}}\p{{Regional_Indicator}}])\X)
  | (?P<time>(?<=\b(?i:klo|kl|kello|at|from|until|från|till|alkaen|asti|alkaa|päättyy|börjar
        |slutar|öppnar|stänger|starts|begins|opens|closes|ends)\.?[ \u00A0])
        (?:[01]?\d|2[0-4])[.:][0-5]\d(?![\d:]|[.,]\d))
  | (?P<date>\d{{4}}-\d{{2}}-\d{{2}}(?!\d)|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})(?!\d|\.\d)
        |\d{{1,2}}\.(?:0?[1-9]|1[0-2])\.(?![\d.]))
  | (?P<money>[€$£]\s?\d[\d\u00A0\u202F]*(?:[.,]\d+)?
        |\d[\d\u00A0\u202F]*(?:[.,]\d+)?[ \u00A0\u202F]?(?:€|\$|£|EUR\b))
  | (?P<percent>\d[\d\u00A0\u202F]*(?:[.,]\d+)?[ \u00A0\u202F]?%)
  | (?P<time>(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:]|[.,]\d)|(?:[01]?\d|2[0-4])\.[0-5]\d(?![\d.,:]))
  | (?P<numword>\d+(?:[.,]\d+)?-[{_L}][{_L}-]*)
  | (?P<ordinal>\d+\.(?=[ \u00A0]+\p{{Ll}}))
  | (?P<number>\d+(?:[\u00A0\u202F]\d{{3}})*(?:[.,:]\d+)*(?::\p{{L}}+)?)
  | (?P<domain>[{_L}\p{{N}}][{_L}\p{{N}}-]{{0,62}}(?:\.[{_L}\p{{N}}-]{{1,63}}){{0,8}}\.(?:{_TLDS})(?![{_L}\p{{N}}])
        (?:/[^\s<>"]*[^\s<>".,;:!?)\]'’”»]|:\p{{Ll}}+)?)
  | (?P<template>%[\p{{L}}_][\w.-]{{0,100}}%|\{{\{{[^\n]{{0,300}}?\}}\}}|\{{%[^\n]{{0,300}}?%\}}
        |\{{:[^}}\n]{{0,300}}\}}|\[\^[^\]\n]{{0,100}}\])
  | (?P<ident>[{_L}\p{{N}}]+(?:_[{_L}\p{{N}}]+)+(?:\.[\p{{L}}\p{{N}}]+)*
        |[{_L}\p{{N}}][{_L}\p{{N}}-]*\.(?:{_FILE_TYPES})(?![{_L}\p{{N}}]))
  | (?P<code>\p{{L}}+\p{{N}}[\p{{L}}\p{{N}}]*)
  | (?P<word>[{_L}][{_L}\p{{N}}]*(?:['’:-][{_L}\p{{N}}]+)*
        (?:-(?=,|[ \u00A0]+(?:ja|tai|sekä|eli|and|or)\b))?)
  | (?P<punct>\.\.\.|\p{{P}})
  | (?P<symbol>\X)
    """,
    regex.VERBOSE,
)

_URL_TRAILING = ".,;:!?'\"’”»"

#: Most tokens are plain: a word of Latin letters that a space or punctuation ends, a run of
#: spaces, a comma. Only one alternative of :data:`_PATTERN` can match them (the others need a
#: digit, "@", "#", ".", "_", "-", "://" or a colon), so they are read without trying the rest.
_PLAIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
_ENDS_PLAIN_WORD = frozenset(' \t\r\n,;!?)]"”»')
_PLAIN_SPACE = re.compile(r"[ \n]+")
_PLAIN_PUNCT = frozenset(",;!?()")


def _plain_token(text: str, position: int) -> tuple[str, int] | None:
    """Return the kind and end of the plain token at ``position``, or None when it is not one."""
    char = text[position]
    if char in _PLAIN_PUNCT:
        return "punct", position + 1
    if char == " " or char == "\n":
        end = _PLAIN_SPACE.match(text, position).end()  # type: ignore[union-attr]
        # what Unicode calls white space is str.isspace(): the pattern's \s stops here too
        return ("space", end) if end == len(text) or not text[end].isspace() else None
    if char == "." and (position + 1 == len(text) or text[position + 1] in " \n"):
        return "punct", position + 1  # not "...", and no address goes on after a space
    found = _PLAIN_WORD.match(text, position)
    if found is None:
        return None
    end = found.end()
    return ("word", end) if end == len(text) or text[end] in _ENDS_PLAIN_WORD else None


_TEXT_STYLE = regex.compile(r"\p{Emoji_Presentation}|\uFE0F")


def _is_emoji(cluster: str) -> bool:
    """Return True for an emoji; "©" and "™" without the emoji variation selector are symbols."""
    import emoji  # imported on the first emoji: it costs 60 ms at start-up

    return emoji.is_emoji(cluster) and (len(cluster) > 1 or bool(_TEXT_STYLE.match(cluster)))


class Token(NamedTuple):
    """A token's text, kind and character span ``[start, end)`` in the tokenized text.

    (A named tuple: a draft has thousands, and a tuple is made in a third of a frozen
    dataclass's time.)
    """

    text: str
    kind: str
    start: int
    end: int


def _url_end(text: str, start: int, end: int) -> int:
    """Trim trailing punctuation and unbalanced closing brackets off a URL match."""
    pairs = {")": "(", "]": "["}
    while end > start:
        last = text[end - 1]
        if last in _URL_TRAILING or (
            last in pairs and text.count(last, start, end) > text.count(pairs[last], start, end)
        ):
            end -= 1
        else:
            break
    return end


def tokenize(text: str, *, is_abbreviation: Callable[[str], bool] | None = None) -> list[Token]:
    """Split ``text`` into tokens; every character belongs to exactly one token.

    ``is_abbreviation(word_with_dot)`` decides whether a word followed by "." is an abbreviation
    whose dot belongs to it ("esim."); without it, no dot joins a word.
    """
    tokens: list[Token] = []
    position = 0
    length = len(text)
    while position < length:
        plain = _plain_token(text, position)
        if plain is not None:
            kind, end = plain
            tokens.append(Token(text[position:end], kind, position, end))
            position = end
            continue
        match = _PATTERN.match(text, position)
        assert match is not None  # the symbol alternative matches any character
        kind = match.lastgroup or "symbol"
        end = match.end()
        if kind == "url":
            end = _url_end(text, position, end)
        elif kind == "path":  # "/etc/cups/printers.conf", "~/.ssh", "C:\\Temp": code
            end, kind = _url_end(text, position, end), "code"
        elif kind == "entity":
            kind = "symbol"
        elif kind in ("template", "ident"):  # %var%, {{< shortcode >}}, [^note], finto_seko.pl
            kind = "code"
        elif kind == "numword":
            kind = "word"
        elif kind == "ordinal":
            kind = "number"
        elif kind == "emoji" and not _is_emoji(match.group()):
            kind = "symbol"
        if (
            kind == "word"
            and is_abbreviation is not None
            and end < length
            and text[end] == "."
            and is_abbreviation(text[position : end + 1])
        ):
            kind = "abbreviation"
            end += 1
        tokens.append(Token(text[position:end], kind, position, end))
        position = end
    return tokens


_PARTS = regex.compile(r"\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\p{N}+")


def hashtag_words(tag: str) -> list[tuple[int, str]]:
    """Split a hashtag's body into words at capitals and digits: (offset in body, word).

    "#KindaKevät2026" → [(0, "Kinda"), (5, "Kevät"), (10, "2026")]; "#sisältömarkkinointi" stays
    one word.
    """
    body = tag[1:].split(":", 1)[0]  # "#Kinda:ssa": the inflection ending is not a word
    return [(match.start(), match.group()) for match in _PARTS.finditer(body)]
