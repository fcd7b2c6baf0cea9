"""PC601 colloquial: spoken-language word forms ("mä", "mut", "oon") in written text."""

from __future__ import annotations

from collections.abc import Iterator

from postcheck.analysis.context import Context
from postcheck.nlp.access import known
from postcheck.nlp.colloquial import standard_form
from postcheck.nlp.tokenizer import WORD_KINDS
from postcheck.rules.base import Message, Problem, Rule


class Colloquial(Rule):
    """A colloquial (spoken Finnish) word form, such as "mä", "mut", "oon" or "niinku".

    Colloquial forms are not misspellings, so the spelling rule never reports them. They are a
    register choice: right for a relaxed post to young consumers, wrong for an announcement to
    business customers or experts. The finding names the standard form so the writer can choose
    knowingly. Forms come from the word list ``rules/fi/colloquial.toml`` and from undoing the
    usual sound changes of spoken Finnish until Voikko knows the word: "olis" (olisi), "kyl"
    (kyllä), "oikeesti" (oikeasti), "kattoo" (katsoo), "ilonen" (iloinen).

    Fix: use the standard form when the audience expects written language; keep the colloquial
    form when it is deliberate, and switch this rule off for that audience's drafts.
    """

    code = "PC601"
    name = "colloquial"
    criterion = "audience"
    severity = "info"
    languages = frozenset({"fi"})

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per colloquial word form Voikko does not know as standard."""
        kinds = context.doc._.kinds
        for token in context.tokens:
            if kinds[token.i] not in WORD_KINDS or known(token):
                continue
            if context.vocabulary.accepts(token.text):
                continue
            standard = standard_form(token.text)
            if standard is None:
                continue
            yield Problem.on_token(
                token,
                Message(
                    fi=f"”{token.text}” on puhekieltä; kirjakielessä ”{standard}”."
                    " Valitse rekisteri kohderyhmän mukaan.",
                    en=f'"{token.text}" is colloquial Finnish; the written form is "{standard}".'
                    " Choose the register for your audience.",
                ),
                suggestions=(standard,),
            )
