"""PC601 colloquial: spoken-language word forms ("mä", "mut", "oon") in written text."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from postcheck.nlp.tokenizer import WORD_KINDS
from postcheck.resources import load_toml, rules_dir
from postcheck.rules.base import Context, Message, Problem, Rule


@functools.cache
def colloquial_forms() -> dict[str, str]:
    """Return the colloquial forms (lowercase) and their standard equivalents."""
    forms = load_toml(rules_dir() / "fi" / "colloquial.toml")["forms"]
    return {str(form).lower(): str(standard) for form, standard in forms.items()}


def _keep_case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


class Colloquial(Rule):
    """A colloquial (spoken Finnish) word form, such as "mä", "mut", "oon" or "niinku".

    Colloquial forms are not misspellings, so the spelling rule never reports them. They are a
    register choice: right for a relaxed post to young consumers, wrong for an announcement to
    business customers or experts. The finding names the standard form so the writer can choose
    knowingly. The word list is ``rules/fi/colloquial.toml``.

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
        forms = colloquial_forms()
        kinds = context.doc._.kinds
        for token in context.doc:
            if kinds[token.i] not in WORD_KINDS or token._.known:
                continue
            standard = forms.get(token.text.lower())
            if standard is None or context.vocabulary.accepts(token.text):
                continue
            standard = _keep_case(token.text, standard)
            yield Problem(
                token.idx,
                token.idx + len(token.text),
                Message(
                    fi=f"”{token.text}” on puhekieltä; kirjakielessä ”{standard}”."
                    " Valitse rekisteri kohderyhmän mukaan.",
                    en=f'"{token.text}" is colloquial Finnish; the written form is "{standard}".'
                    " Choose the register for your audience.",
                ),
                suggestions=(standard,),
            )
