"""PC001–PC003: the draft file itself: front-matter keys, suppression comments, no prose."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from postcheck.analysis.context import Context
from postcheck.core.schema import Field
from postcheck.core.text import shorten
from postcheck.rules.base import Message, Problem, Rule


class FrontMatterKey(Rule):
    """A key in the draft's front matter that postcheck does not know.

    Front matter tells postcheck what the draft is for: ``channel``, ``audience``, ``lang``,
    ``type``, ``title``, ``subject``, ``description``, ``vocab``, ``images``, ``author``,
    ``date`` and ``tags``. A misspelt key ("chanel") is silently ignored by every tool that
    reads the draft, so the draft is checked as if the setting were not there. The finding
    names the closest known key. The keys of static-site generators (Hugo, Jekyll, Eleventy,
    Astro, Docusaurus: ``slug``, ``categories``, ``draft``, ``layout``, ``weight`` …) are known
    and not reported. A key both use with a value that is not postcheck's (Hugo's ``type:
    uutiset``) is left to the generator and reported here, naming the ``postcheck:`` table where
    postcheck's own settings go.

    Fix: correct the key's spelling; a key another tool of yours reads goes in the option
    ``keys`` (``[rules.front-matter-key] keys = ["hero_video", "og_image"]``), and it is
    never reported again.

    Options: ``keys`` (more front matter keys to know, besides the generators').
    """

    code = "PC001"
    name = "front-matter-key"
    criterion = "correct"
    severity = "warning"
    options: ClassVar[Mapping[str, Any]] = {"keys": Field("words", [])}

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown front matter key."""
        known = {key.lower() for key in self.values["keys"]}
        for unknown in context.draft.front_matter.unknown_keys:
            if unknown.foreign_value is None and unknown.key.lower() in known:
                continue
            if unknown.foreign_value is not None:
                value = shorten(unknown.foreign_value)
                slip_fi = slip_en = slip_sv = ""
                if unknown.suggestion:  # "type: evnt" is more likely a slip than Hugo's
                    slip_fi = f" Tarkoititko ”{unknown.suggestion}”?"
                    slip_en = f" Did you mean '{unknown.suggestion}'?"
                    slip_sv = f" Menade du ”{unknown.suggestion}”?"
                message = Message(
                    fi=f"”{unknown.key}: {value}” ei ole postcheckin arvo, joten postcheck jättää"
                    f" sen sivugeneraattorille.{slip_fi} Anna postcheckin oma arvo taulukossa"
                    f" ”postcheck:” (postcheck: {{{unknown.key}: …}}).",
                    en=f"'{unknown.key}: {value}' is not a postcheck value, so postcheck leaves it"
                    f" to the site generator.{slip_en} Give postcheck its own in a 'postcheck:'"
                    f" table (postcheck: {{{unknown.key}: …}}).",
                    sv=f"”{unknown.key}: {value}” är inget värde för postcheck, så postcheck"
                    f" lämnar det åt webbplatsgeneratorn.{slip_sv} Ge postcheck ett eget värde i"
                    f" tabellen ”postcheck:” (postcheck: {{{unknown.key}: …}}).",
                )
            elif unknown.suggestion:
                message = Message(
                    fi=f"Tuntematon metatieto ”{unknown.key}”: tarkoititko ”{unknown.suggestion}”?"
                    " Väärin kirjoitettu avain jää huomiotta.",
                    en=f"Unknown front matter key '{unknown.key}': did you mean"
                    f" '{unknown.suggestion}'? A misspelt key is ignored.",
                    sv=f"Okänd nyckel ”{unknown.key}” i front matter: menade du"
                    f" ”{unknown.suggestion}”? En felstavad nyckel ignoreras.",
                )
            else:
                message = Message(
                    fi=f"Tuntematon metatieto ”{unknown.key}”; postcheck ei lue sitä.",
                    en=f"Unknown front matter key '{unknown.key}'; postcheck does not read it.",
                    sv=f"Okänd nyckel ”{unknown.key}” i front matter; postcheck läser den inte.",
                )
            yield Problem(
                unknown.offset,
                unknown.offset + len(unknown.key),
                message,
                suggestions=(unknown.suggestion,) if unknown.suggestion else (),
                space="file",
            )


class UnknownSuppression(Rule):
    """A ``<!-- postcheck-disable … -->`` comment names a rule postcheck does not know.

    A misspelt code in a suppression comment silently suppresses nothing, so the finding you
    meant to silence keeps coming back (or, worse, you believe a rule is off when it is not).
    ``postcheck rules`` lists the codes and names.

    Fix: correct the code or name in the comment.
    """

    code = "PC002"
    name = "unknown-suppression"
    criterion = "correct"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem per unknown rule key in a suppression comment."""
        draft = context.draft
        for directive in draft.directives:
            for key in directive.keys:
                if key.upper() in context.rule_keys or key in context.rule_keys:
                    continue
                start = draft.text.find(key, directive.offset)
                yield Problem(
                    start,
                    start + len(key),
                    Message(
                        fi=f"Tuntematon sääntö ”{key}” ohituskommentissa; se ei ohita mitään."
                        " Tarkista koodi (postcheck rules).",
                        en=f"Unknown rule '{key}' in a suppression comment; it suppresses"
                        " nothing. Check the code (postcheck rules).",
                        sv=f"Okänd regel ”{key}” i en undantagskommentar; den stänger inte av"
                        " något. Kontrollera koden (postcheck rules).",
                    ),
                    space="file",
                )


class NoProse(Rule):
    """The draft has no prose to check, so it gets no score.

    An empty file, front matter alone, or a body of nothing but code or markup has no words to
    read: postcheck reports that instead of a perfect score that would mean nothing.

    Fix: write the post's text, or check that it is not all inside code blocks or markup.
    """

    code = "PC003"
    name = "no-prose"
    criterion = "informative"
    severity = "warning"

    def check(self, context: Context) -> Iterator[Problem]:
        """Yield one problem at the start of the body when it has no words."""
        if context.readability.words:
            return
        start = context.draft.front_matter.body_start
        yield Problem(
            start,
            min(start + 1, len(context.draft.text)),
            Message(
                fi="Luonnoksessa ei ole tekstiä, jota tarkistaa, joten sille ei anneta pisteitä."
                " Kirjoita julkaisun teksti.",
                en="The draft has no prose to check, so it gets no score. Write the post's text.",
                sv="Utkastet har ingen text att granska, så det får inga poäng. Skriv inläggets"
                " text.",
            ),
            space="file",
        )


#: The rules of this module, in code order.
RULES: tuple[type[Rule], ...] = (FrontMatterKey, UnknownSuppression, NoProse)
