"""PC803 and PC807: crisis communication must be personal and say who did what.

These run only for drafts of ``type: crisis``. The other crisis rules are the rule pack
``rules/common/crisis.toml`` (owning the problem, when happens what, no marketing).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from postcheck.analysis.context import Context
from postcheck.analysis.draft_analysis import Analysis
from postcheck.analysis.readability import is_finite_passive
from postcheck.nlp.access import info, reading
from postcheck.rules.base import Message, Problem, Rule

#: Voikko's classes of a person's name: a first name or a surname.
_PERSON_NAMES = frozenset({"etunimi", "sukunimi"})


def _a_persons_name(token: Any, analysis: Analysis) -> bool:
    """Tell whether a capitalised word can be a person's name.

    A first name or a surname among Voikko's readings ("Tuuli Laine", "Sari Lahti" are also
    words), or a name the analysis finds among words it does not know (capitalised in
    mid-sentence); not a place or a department ("Lahden", "Asiakaspalvelusta").
    """
    found = info(token)
    if found is None or not found.analyses:
        return analysis.is_name(token)
    return any(reading.get("CLASS") in _PERSON_NAMES for reading in found.analyses)


class CrisisSignature(Rule):
    """A crisis message not signed by a named person.

    Crisis communication must be personal: a named person (the CEO, the head of customer
    service) takes responsibility, not "the company". The last paragraph must name someone, or
    the front matter must give an ``author``.

    Fix: end with the name and title of the person responsible: "Maija Mallikas,
    toimitusjohtaja".
    """

    code = "PC803"
    name = "crisis-signature"
    criterion = "strategy"
    severity = "warning"
    types = frozenset({"crisis"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the last sentence when no one signs the message."""
        blocks = context.draft.blocks
        found = context.analysis.sentences
        if context.front.get("author") or not blocks or not found:
            return
        span = context.analysis.block_span(blocks[-1])
        kinds = context.doc._.kinds
        if span is not None and any(
            kinds[token.i] == "word"
            and token.text[:1].isupper()
            and _a_persons_name(token, context.analysis)
            for token in context.analysis.tokens_of(span)
        ):
            return  # a person's name, not a department or a place ("Asiakaspalvelu", "Lahden")
        last = found[-1]
        yield Problem.on_sentence(
            context.prose,
            last,
            Message(
                fi="Kriisiviestiä ei ole allekirjoittanut kukaan. Lopeta vastuuhenkilön nimeen ja"
                " tehtävään: ”Maija Mallikas, toimitusjohtaja”.",
                en="No one signs the crisis message. End with the responsible person's name and"
                ' title: "Maija Mallikas, CEO".',
                sv="Ingen har undertecknat krismeddelandet. Avsluta med den ansvariga personens"
                " namn och titel: ”Maija Mallikas, vd”.",
            ),
        )


#: Verbs whose passive hides who is responsible: doing, causing, noticing, fixing, deciding.
RESPONSIBILITY_VERBS = frozenset(
    {
        "tehdä", "aiheuttaa", "korjata", "havaita", "huomata", "ratkaista", "selvittää",
        "poistaa", "päivittää", "muuttaa", "unohtaa", "laiminlyödä", "toimittaa", "lähettää",
        "julkaista", "tarkistaa", "testata", "palauttaa", "hoitaa", "käsitellä", "hyvittää",
        "päättää", "sulkea", "keskeyttää", "rikkoa", "vahvistaa", "tutkia", "estää",
    }
)  # fmt: skip


class CrisisPassive(Rule):
    """A passive verb in a crisis message: it hides who did it ("virhe tehtiin").

    In a crisis the passive sounds like dodging responsibility. Say who did it and who fixes it:
    "teimme virheen", "korjaamme sen". Only the passives of verbs of doing, causing, noticing
    and fixing count ("virhe tehtiin", "häiriö havaittiin", "vika korjataan"); a passive that
    describes a label or what outsiders did ("sitä ei mainita", "virhettä käytettiin") hides no
    one's responsibility.

    Fix: name the doer, in the first person when it was the company.
    """

    code = "PC807"
    name = "crisis-passive"
    criterion = "strategy"
    severity = "warning"
    languages = frozenset({"fi"})
    types = frozenset({"crisis"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per finite passive verb."""
        kinds = context.doc._.kinds
        for token in context.tokens:
            analysis = reading(token)
            if (
                kinds[token.i] == "word"
                and is_finite_passive(analysis)
                and analysis.get("BASEFORM") in RESPONSIBILITY_VERBS
            ):
                yield Problem.on_token(
                    token,
                    Message(
                        fi=f"”{token.text}”: passiivi piilottaa tekijän. Kerro, kuka teki ja kuka"
                        " korjaa: ”teimme virheen”, ”korjaamme sen”.",
                        en=f'"{token.text}": the passive hides who did it. Say who did it and who'
                        ' fixes it: "we made a mistake", "we will fix it".',
                        sv=f"”{token.text}”: passiv form döljer vem som gjorde det. Säg vem som"
                        " gjorde det och vem som rättar till det: ”vi gjorde ett misstag”,"
                        " ”vi rättar till det”.",
                    ),
                )


#: The rules of this module, in code order.
RULES: tuple[type[Rule], ...] = (CrisisSignature, CrisisPassive)
