"""PC131–PC135: Finnish typography and punctuation Kotus sets out, all but PC134 fixable.

Kotus's rules for Finnish: quotation marks are ” on both sides, ranges take an en dash
("klo 9–17", "2020–2025"), and a per cent or euro sign is separated from its number by a space
("3,5 %", "9,90 €"). Each of these findings carries its fix, which ``--fix`` applies and ``--diff``
shows. A subordinate clause is set off with a comma ("Tiedän, että …"): that finding suggests
the comma but does not fix it, as a word before the conjunction may take it instead.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

import regex

from postcheck.analysis.context import Context
from postcheck.core.text import shorten
from postcheck.nlp.access import reading
from postcheck.nlp.tokenizer import WORD_KINDS
from postcheck.rules.base import Message, Problem, Rule

#: A quotation in straight marks: a word inside, the opening mark not glued to a letter, a
#: digit or code before it, the closing one not to a letter or digit after it. Not inch marks
#: or seconds ("27" näyttö", 15"N; nor as a closing mark when another mark follows: "onko
#: 32" näyttöä?"), attributes (ids="1"), a function's or a formula's
#: argument (print("Hei"), =JOS(A1>5;"Iso";"Pieni")), or " , "; but 'kommentoi:"Paras"',
#: '🎉"Juhlapaketti"', '*"Premium"*' are quotations.
_STRAIGHT_QUOTES = regex.compile(
    r'(?<![\p{L}\p{N}=/\\{";]|[\p{L}\p{N}_]\()"(?=[^"\n]*\p{L})([^"\n]{1,300})"(?![\p{L}\p{N}])'
    r'(?!(?<=\p{N}")[^"\n]*")'
)
#: A date: day and month, perhaps a final dot and a year ("3.6", "30.6.", "31.12.2026").
_DATE = r"(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.?(?:(?:1[89]|20)\d{2})?(?!\d)"
_RANGE = regex.compile(
    r"(?=[\dkK])"  # a range starts with a digit or "klo": tried only there (eight times faster)
    r"(?:\b(?i:k)lo\s+\d{1,2}(?:[.:]\d{2})?|(?<![\d.-]|[-–]\s)\b(?:1[89]|20)\d{2}"
    r"|(?<![\d.-]|[-–]\s)\b"
    + _DATE
    + r")(\s?-\s?)(?:"
    + _DATE
    + r"|\d{1,2}(?:[.:]\d{2})?\b|(?:1[89]|20)\d{2}\b)(?!\s?[-–]\s?\d)"  # not an ISO date
    # (2020-05-12) nor a list of years ("2019 - 2020 - 2021")
)
#: Two clock times with minutes and a hyphen (group 1) between them, without "klo": "10.30-14.00".
_CLOCK_RANGE = regex.compile(
    r"(?<![\p{N}.:,-])(?:[01]?\d|2[0-4])[.:][0-5]\d(\s?-\s?)(?:[01]?\d|2[0-4])[.:][0-5]\d"
    r"(?![\p{N}]|[.:,-]\p{N})"
)
#: A range of weekdays or months with a hyphen (group 1): "ma-pe", "La-su", "kesä-elokuussa".
_WEEKDAY_RANGE = regex.compile(
    r"(?<![\p{L}\p{N}-])(?:(?i:m)a|(?i:t)i|(?i:k)e|(?i:t)o|(?i:p)e|(?i:l)a|(?i:s)u)(-)"
    r"(?:ma|ti|ke|to|pe|la|su)(?![\p{L}\p{N}-])"
)
_MONTH_RANGE = regex.compile(
    r"(?<![\p{L}\p{N}-])(?:(?i:t)ammi|(?i:h)elmi|(?i:m)aalis|(?i:h)uhti|(?i:t)ouko|(?i:k)esä"
    r"|(?i:h)einä|(?i:e)lo|(?i:s)yys|(?i:l)oka|(?i:m)arras|(?i:j)oulu)(-)"
    r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu\p{L}*"
)
#: An amount of its own glued to "€": "9,90€", "15€/kk"; not "€15", "EUR15€".
_EURO = regex.compile(r"(?<![\p{L}\p{N}_.,€$])\d+(?:[.,]\d+)?(€)")
#: A number of its own glued to "%": not "%tracknr2%", a template variable, a formula's
#: "=A1*24%" or a code's "20%OFF".
_PERCENT = regex.compile(r"(?<![\p{L}\p{N}_%.,*/+^])\d+(?:[.,]\d+)?(%)(?![\p{L}\p{N}])")
#: Tokens a typography fix never touches: links, addresses, codes, mentions and hashtags.
_UNTOUCHED = frozenset({"url", "domain", "email", "code", "mention", "hashtag"})


#: How far back a path is looked for (a slug is shorter; a long run of text is not read twice).
_PATH_REACH = 200


def _in_path(prose: str, start: int) -> bool:
    """Tell whether ``start`` lies in a path or a link's slug ("/blogi/2019-2020-katsaus").

    The tokenizer knows links with a scheme or a domain; a path without them is the run of
    non-space characters with a "/" before ``start``.
    """
    before = prose[max(0, start - _PATH_REACH) : start]
    return bool(before) and not before[-1].isspace() and "/" in before.split()[-1]


def _in_prose(context: Context, start: int, end: int) -> bool:
    """Tell whether ``[start, end)`` lies in running text, not in a link, path, code or tag.

    (An English or Swedish paragraph of the post keeps its typography: the runner reports a
    Finnish rule only where Finnish is written.)
    """
    span = context.doc.char_span(start, end, alignment_mode="expand")
    kinds = context.doc._.kinds
    if span is None or any(kinds[token.i] in _UNTOUCHED for token in span):
        return False
    if _in_path(context.prose, start):
        return False
    return not context.draft.in_template(*context.file_span(start, end))


#: What is glued to a range in an identifier: a path's separator, "_", "=", "#" (a fragment
#: or a hashtag), a file name's ending ("2020-2021.pdf"), letters before the digits
#: ("kesä2024-2025", "v2020-2021") or after a hyphen ("2020-2021-A", a product code).
_IDENTIFIER = regex.compile(r"[\\/_=#]|\.\p{L}{2,4}$|\p{L}\d|\d-\p{L}")


def _a_range(prose: str, match: regex.Match[str]) -> bool:
    """Tell whether a matched hyphen joins a range, not the parts of a name or number.

    Not a version ("4.3-1": a day and month without its dot, then a bare number), a year and
    month or a part ("2024-05", "EN 1995-2": a year's range ends in a later year), a phone
    number's groups ("+358 40 2020-2021"), a path or a file name ("C:\\2020-2021",
    "2020-2021.pdf"), nor a dash with spaces before a bare number ("Vuonna 2020 - 25 uutta
    työntekijää": the sentence's dash). A clock range is one whatever stands before it ("010
    123 456 klo 8-16", "klo 9 - 17").
    """
    left = prose[match.start() : match.start(1)]
    right = prose[match.end(1) : match.end()]
    if regex.fullmatch(r"\d{1,2}\.\d{1,2}", left) and right.isdigit():
        return False
    clock = left.startswith(("klo", "Klo"))
    if not clock and match.group(1) != "-" and regex.fullmatch(r"\d{1,2}", right):
        return False  # a spaced dash before a bare number is the sentence's: "2020 - 25 uutta"
    if len(left) == 4 and left.isdigit() and right.isdigit() and not _years_ahead(left, right):
        return False
    if not clock and _NUMBER_BEFORE.search(prose, max(0, match.start() - 12), match.start()):
        return False  # a phone number's groups: "+358 40 2020-2021", "0800 2020-20"
    before = _WORD_START.search(prose, max(0, match.start() - _PATH_REACH), match.start())
    after = _WORD_END.search(prose, match.end(), match.end() + _PATH_REACH)
    word_start = before.end() if before else max(0, match.start() - _PATH_REACH)
    word_end = after.start() if after else min(len(prose), match.end() + _PATH_REACH)
    word = prose[word_start:word_end].strip(_AROUND_A_WORD)
    return _IDENTIFIER.search(word) is None


#: The whitespace before a word (the last in the span searched) and after it (the first).
_WORD_START = regex.compile(r"\s(?=\S*$)")
_WORD_END = regex.compile(r"\s")
#: What may stand around a file name or a code: punctuation, quotes, brackets, emphasis.
_AROUND_A_WORD = ".,;:!?()[]{}\"'”“»«’*_`"
#: A number right before a range's first number: the range is a phone number's groups.
_NUMBER_BEFORE = regex.compile(r"[\d+]\d*[ ]$")


def _years_ahead(start: str, end: str) -> bool:
    """Tell whether ``end`` (four digits, or two of the same century) is a year after ``start``.

    "2020-21", "1995-2005" are ranges; "2024-05" is a month, "1995-2" a part, "2024-1990" a
    sum, "2023-10" a month too (the ten would be before 2023).
    """
    if len(end) == 2:  # "2008-09" is a season, "2024-05" a month
        return int(start[:2] + end) > int(start)
    return len(end) == 4 and int(end) > int(start)


class StraightQuotes(Rule):
    """Straight quotation marks ("…") in Finnish text: Finnish uses ” on both sides.

    Kotus: Finnish quotation marks are the closing curly mark on both sides: ”näin”.

    Fix: ``postcheck --fix`` replaces them.
    """

    code = "PC131"
    name = "straight-quotes"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one fixable problem per pair of straight quotation marks."""
        for match in _STRAIGHT_QUOTES.finditer(context.prose):
            if not _in_prose(context, match.start(), match.end()):
                continue
            replacement = f"”{match.group(1)}”"
            yield Problem(
                match.start(),
                match.end(),
                Message(
                    fi=f"Suomessa lainausmerkit ovat ” ”: {shorten(replacement)}.",
                    en=f"Finnish quotation marks are ” on both sides: {shorten(replacement)}.",
                    sv=f"Finska citattecken är ” på båda sidor: {shorten(replacement)}.",
                ),
                (replacement,),
                fix=replacement,
            )


class RangeDash(Rule):
    """A hyphen in a range of times, dates or years: Finnish uses an en dash ("3.6.–30.6.").

    "klo 9–17", "10.30–14.00", "3.6.–30.6.", "1.10.2025–31.12.2026", "2020–2025", and ranges of
    weekdays and months: "ma–pe", "kesä–elokuussa".

    Links, paths and their slugs are not text: the dates in ``https://example.fi/2024/05/03/a``
    or ``/blogi/2019-2020-katsaus`` are left as they are, and so are ISO dates ("2020-05-12").

    Fix: ``postcheck --fix`` replaces the hyphen (and the spaces around it) with "–".
    """

    code = "PC132"
    name = "range-dash"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one fixable problem per hyphenated range."""
        prose = context.prose
        numbers = (m for m in _RANGE.finditer(prose) if _a_range(prose, m))
        named = itertools.chain(
            _CLOCK_RANGE.finditer(prose),
            _WEEKDAY_RANGE.finditer(prose),
            _MONTH_RANGE.finditer(prose),
        )
        seen: set[int] = set()
        for match in itertools.chain(numbers, named):
            if match.start(1) in seen or not _in_prose(context, match.start(), match.end()):
                continue
            seen.add(match.start(1))
            yield Problem(
                match.start(1),
                match.end(1),
                Message(
                    fi=f"Välit merkitään ajatusviivalla: ”{match.group().replace(match.group(1), '–')}”.",
                    en=f'Ranges take an en dash: "{match.group().replace(match.group(1), "–")}".',
                    sv="Intervall skrivs med tankstreck:"
                    f" ”{match.group().replace(match.group(1), '–')}”.",
                ),
                ("–",),
                fix="–",
            )


class PercentSpace(Rule):
    """A per cent sign right after its number ("3,5%"): Finnish puts a space before it ("3,5 %").

    Fix: ``postcheck --fix`` inserts the space.
    """

    code = "PC133"
    name = "percent-space"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one fixable problem per per cent sign glued to its number."""
        message = Message(
            fi="Prosenttimerkin eteen tulee välilyönti: ”3,5 %”.",
            en='Finnish puts a space before the per cent sign: "3,5 %".',
            sv="På finska står det ett mellanslag före procenttecknet: ”3,5 %”.",
        )
        return _glued_signs(context, _PERCENT, message, "%")


class CurrencySpace(Rule):
    """A euro sign right after its amount ("9,90€"): Finnish puts a space before it ("9,90 €").

    Kotus: the sign of a currency is set apart from the amount as a unit is ("15 €", "2 000 €").

    Fix: ``postcheck --fix`` inserts the space.
    """

    code = "PC135"
    name = "currency-space"
    criterion = "correct"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one fixable problem per euro sign glued to its amount."""
        message = Message(
            fi="Euromerkin eteen tulee välilyönti: ”9,90 €”.",
            en='Finnish puts a space before the euro sign: "9,90 €".',
            sv="På finska står det ett mellanslag före eurotecknet: ”9,90 €”.",
        )
        return _glued_signs(context, _EURO, message, "€")


def _glued_signs(
    context: Context, pattern: regex.Pattern[str], message: Message, sign: str
) -> Iterator[Problem]:
    """Yield a fixable problem per sign (the pattern's group 1) glued to its number in prose."""
    for match in pattern.finditer(context.prose):
        if _in_prose(context, match.start(), match.end()):
            yield Problem(match.start(1), match.end(1), message, (f" {sign}",), fix=f" {sign}")


#: Conjunctions that open a subordinate clause, which Finnish sets off with a comma (Kotus):
#: "Tiedän, että …", "Soita, kun …", "…, jotta …", "…, koska …", "…, jos …".
_SUBORDINATORS = frozenset(
    {"että", "ettei", "ettemme", "ettet", "jotta", "jottei", "koska", "kun", "jos", "ellei"}
)
#: Words the conjunction belongs to, with the comma (if any) before them: "sekä … että", "ja
#: että", "niin että", "paitsi että", "sen sijaan että", "silloin kun", "nyt kun", "vain jos".
_CONJUNCTION_PARTNERS = frozenset(
    {
        "ja", "tai", "eli", "sekä", "mutta", "vaan", "niin", "siten", "paitsi", "sijaan",
        "lisäksi", "ilman", "kuin", "silloin", "nyt", "sitten", "vasta", "varsinkin", "etenkin",
        "juuri", "heti", "aina", "jo", "myös", "vain", "ainakin", "entä", "siksi", "etenkään",
        "edes", "ennen", "kunhan", "mikäli", "sillä", "jopa", "enää", "yhä", "erityisesti",
        "samalla", "samoin", "mukaa", "vai", "joten", "jotta", "koska", "kun", "jos", "että",
        "vaikka",
        "ellei", "ettei", "no", "voi", "yhtä",  # "voi että!", "yhtä jos toista"
        "sit", "mut", "ku", "ni",  # colloquial "sitten jos", "mutta jos"
    }
)  # fmt: skip
#: Words before "kun" that make it a particle, not a conjunction: "minä kun luulin", "Ne kun
#: oppii", "Perkele kun …".
_BEFORE_PARTICLE_KUN = frozenset(
    {"minä", "sinä", "hän", "me", "te", "he", "se", "ne", "mä", "sä", "perkele", "voi"}
)


class CommaBeforeClause(Rule):
    """No comma before a subordinate clause: "Tiedän että" for "Tiedän, että".

    Kotus: a subordinate clause is set off with a comma, before its conjunction ("että",
    "jotta", "koska", "kun", "jos", "ellei"). Voikko's grammar checker does not see it. Not
    reported where the conjunction belongs to the word before it, which takes the comma instead
    or none ("sekä … että", "ja että", "niin että", "paitsi että", "silloin kun", "sitä mukaa
    kun", "vain jos"), at a sentence's start or where two conjunctions meet ("joten jos"), in
    "koska tahansa" (any time), and for "kun" as a particle ("minä kun luulin") or after a
    comparative (colloquial "kun" for "kuin": "isompi kun", which PC601 reports). On the UD
    Finnish-TDT test set 23 of 24 findings were right (0.13 per 100 words).

    Fix: add the comma before the conjunction.
    """

    code = "PC134"
    name = "comma-before-clause"
    criterion = "correct"
    severity = "warning"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per subordinating conjunction with no comma before it."""
        doc = context.doc
        kinds = doc._.kinds
        analysis = context.analysis
        words = context.of_kind("word")
        pairs = [token.i for token in words if token.text.lower() == "sekä"]  # "sekä … että"
        for token in words:
            word = token.text.lower()
            if word not in _SUBORDINATORS or token.i == 0:
                continue
            before = doc[token.i - 1]
            if kinds[before.i] not in WORD_KINDS or before.whitespace_ != " ":
                continue  # a comma, a line break or a dash is there already
            if before.text.lower() in _CONJUNCTION_PARTNERS or analysis.starts_sentence(token):
                continue
            if token.text[:1].isupper():
                continue  # a line of a poem or a list run together: a new sentence in the source
            if word == "kun" and before.text.lower() in _BEFORE_PARTICLE_KUN:
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and after.text.lower() in ("tahansa", "hyvänsä"):
                continue  # "koska tahansa": any time, no clause
            if not analysis.in_own_language(token.idx):
                continue
            sentence = analysis.sentence_at(token.idx)
            if word.startswith("ett") and sentence is not None:
                first = bisect.bisect_left(pairs, sentence.start)
                if first < len(pairs) and pairs[first] < token.i:
                    continue  # "sekä asiakkaat että kumppanit": "sekä" earlier in the sentence
            if word == "kun" and reading(before).get("COMPARISON") == "comparative":
                continue
            written = f"{before.text}, {token.text}"  # the finding spans both words
            yield Problem(
                before.idx,
                token.idx + len(token.text),
                Message(
                    fi=f"Sivulause erotetaan pilkulla: ”{written}”.",
                    en=f'Finnish sets off a subordinate clause with a comma: "{written}".',
                    sv=f"En bisats avgränsas med kommatecken på finska: ”{written}”.",
                ),
                (written,),
            )


#: The typography rules, in code order.
RULES: tuple[type[Rule], ...] = (
    StraightQuotes,
    RangeDash,
    PercentSpace,
    CommaBeforeClause,
    CurrencySpace,
)
