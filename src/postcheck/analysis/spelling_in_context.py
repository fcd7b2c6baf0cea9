"""The spelling verdicts of a whole draft: what the words around an unknown word say about it.

:func:`~postcheck.analysis.spelling.verdict` judges one word. The draft then changes some
verdicts:

* **Names of several words**: a capitalised word beside another name ("Heinrich Scheidemann",
  "Tatjana Levina") or a name particle ("Eduardo da Silva", "Robin van Persie", "al-Zaidi") is
  a name, unless a common word is one cheap slip away ("Ilmottaudu Tampereen …"). A sentence
  opener the draft also writes as a name in mid-sentence is one too ("Maks").
* **Passages in another language**: three or more unknown words in a row ("platobná agentúra
  oddelenie obilnín") are a quotation or an address in another language, not three typos.
* **The draft's own terms**: an unknown word the draft uses three times or more, in one form or
  several ("sim", "simin", "simeille"), is a term of its subject, reported once (PC108) with
  how to add it to the vocabulary; a typo is not repeated that way. Forms a common word is a
  cheap slip from ("alottaa" ×3 for "aloittaa") are a habit, and stay typos.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from postcheck.analysis.draft_analysis import Analysis
from postcheck.analysis.spelling import Verdict, verdict
from postcheck.nlp.access import known
from postcheck.nlp.finnish import NAME_CLASSES
from postcheck.nlp.pipeline import finnish_word
from postcheck.nlp.suggestions import likely_slip, zipf
from postcheck.nlp.tokenizer import WORD_KINDS
from postcheck.profiles.vocabulary import Vocabulary, builtin_list

#: Unknown words in a row that make a passage in another language.
FOREIGN_RUN = 3
#: Uses of one unknown word (in any of its forms) that make it the draft's own term.
TERM_USES = 3
#: Letters two forms of one term share at least ("simit", "simeille" share "sim").
TERM_STEM = 3


def verdicts(analysis: Analysis, vocabulary: Vocabulary) -> list[tuple[Any, Verdict]]:
    """Return (token, verdict) for every word of the draft that is not fine, in order."""
    kinds = analysis.doc._.kinds
    found = [
        (token, judged)
        for token in analysis.tokens
        if kinds[token.i] in WORD_KINDS and (judged := verdict(token, analysis, vocabulary))
    ]
    found = _names_in_context(found, analysis)
    found = _without_foreign_runs(found, analysis)
    return _terms_of_the_draft(found)


def _names_in_context(
    found: list[tuple[Any, Verdict]], analysis: Analysis
) -> list[tuple[Any, Verdict]]:
    """Turn the capitalised typos that the words around them show to be names into names.

    First the names of several words and particles; then a sentence opener the draft writes as a
    name in mid-sentence too (also in another form: "Maks", "Maksin").
    """
    unknown = {token.i for token, _ in found}
    phrased = []
    for token, judged in found:
        if judged.kind == "typo" and _particle(token, analysis):
            continue  # "da" in "Eduardo da Silva"
        if judged.kind == "typo" and _particle_name(token.text):
            judged = Verdict("name", judged.suggestions)  # "al-Zaidi"
        elif (
            judged.kind == "typo"
            and _capitalised(token.text)
            and _in_name_phrase(token, analysis, unknown)
            and not _common_slip(token.text)
        ):
            judged = Verdict("name", judged.suggestions)  # "Heinrich Scheidemann"
        phrased.append((token, judged))
    names = {
        token.text
        for token, judged in phrased
        if judged.kind == "name" and not analysis.starts_sentence(token)
    }
    return [
        (token, Verdict("name", judged.suggestions))
        if judged.kind == "typo" and _capitalised(token.text) and _named(token.text, names)
        else (token, judged)
        for token, judged in phrased
    ]


def _capitalised(word: str) -> bool:
    """Tell whether a word starts with a capital and is not all capitals."""
    return word[:1].isupper() and not word.isupper()


def _named(word: str, names: set[str]) -> bool:
    """Tell whether ``word`` is one of ``names`` or shares its stem with one ("Maks", "Maksin")."""
    if word in names:
        return True
    return len(word) >= 4 and any(
        name.startswith(word) or (len(name) >= 4 and word.startswith(name)) for name in names
    )


def _common_slip(word: str) -> bool:
    """Tell whether a common word that is not a name is one cheap slip from ``word``."""
    slip = likely_slip(word)
    return slip is not None and not any(
        reading.get("CLASS") in NAME_CLASSES for reading in finnish_word(slip).analyses
    )


def _neighbour(token: Any, analysis: Analysis, step: int) -> Any | None:
    """Return the word right before (``step`` -1) or after (+1) a token on its line, or None."""
    doc = analysis.doc
    i = token.i + step
    if not 0 <= i < len(doc):
        return None
    first, second = (doc[i], token) if step < 0 else (token, doc[i])
    if first.whitespace_ != " " or analysis.doc._.kinds[i] not in WORD_KINDS:
        return None
    return second if step > 0 else first


def _particles() -> frozenset[str]:
    """Return the particles of names from other languages ("van", "da", "al")."""
    return builtin_list("fi", "name_particles")


def _particle_name(word: str) -> bool:
    """Tell whether a word is a name joined to its particle with a hyphen ("al-Zaidi")."""
    head, hyphen, name = word.partition("-")
    return bool(hyphen) and head in _particles() and name[:1].isupper()


def _particle(token: Any, analysis: Analysis) -> bool:
    """Tell whether a lowercase word is a name particle inside a name ("Eduardo da Silva")."""
    if token.text not in _particles():
        return False
    after = _neighbour(token, analysis, 1)
    while after is not None and after.text in _particles():  # "von der Leyen"
        after = _neighbour(after, analysis, 1)
    return after is not None and after.text[:1].isupper()


def _capitalised_name(token: Any, analysis: Analysis, unknown: set[int]) -> bool:
    """Tell whether a neighbouring word is a name.

    It is capitalised in mid-sentence, or at a sentence start a name Voikko knows or a word it
    does not know at all ("Tatjana Levina").
    """
    if not token.text[:1].isupper() or token.text.isupper():
        return False
    if not analysis.starts_sentence(token):
        return True
    if token.i in unknown or not known(token):
        return True
    return any(
        reading.get("CLASS") in NAME_CLASSES for reading in finnish_word(token.text).analyses
    )


def _in_name_phrase(token: Any, analysis: Analysis, unknown: set[int]) -> bool:
    """Tell whether a capitalised word stands in a name of several words."""
    before = _neighbour(token, analysis, -1)
    if before is not None and before.text in _particles():
        return True  # "van Persie"
    after = _neighbour(token, analysis, 1)
    if after is not None and (after.text in _particles() or after.text[:1].isupper()):
        after_is_name = after.text in _particles() or _capitalised_name(after, analysis, unknown)
        if after_is_name:
            return True
    return before is not None and _capitalised_name(before, analysis, unknown)


def _without_foreign_runs(
    found: list[tuple[Any, Verdict]], analysis: Analysis
) -> list[tuple[Any, Verdict]]:
    """Leave out the typos in a run of :data:`FOREIGN_RUN` of them or more.

    Names do not count: "Lillehammerin talviolympialausissa Bédard" is one typo between names.
    """
    runs: list[list[int]] = []
    for index, (token, judged) in enumerate(found):
        if judged.kind != "typo":
            continue
        before = _neighbour(token, analysis, -1)
        if runs and before is not None and before.i == found[runs[-1][-1]][0].i:
            runs[-1].append(index)
        else:
            runs.append([index])
    foreign = {index for run in runs if len(run) >= FOREIGN_RUN for index in run}
    return [pair for index, pair in enumerate(found) if index not in foreign]


def _same_term(first: str, second: str) -> bool:
    """Tell whether two lowercase words are forms of one stem ("sim", "simin", "simeille").

    They share all but the last two letters of the shorter one, and at least :data:`TERM_STEM`.
    """
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    shorter = min(len(first), len(second))
    return shared >= max(TERM_STEM, shorter - 2)


def _terms_of_the_draft(found: list[tuple[Any, Verdict]]) -> list[tuple[Any, Verdict]]:
    """Report each unknown word the draft uses :data:`TERM_USES` times or more once, as a term."""
    forms: dict[str, list[int]] = defaultdict(list)
    for index, (token, judged) in enumerate(found):
        if judged.kind == "typo":
            forms[token.text.lower()].append(index)
    groups: list[list[str]] = []
    for form in sorted(forms, key=len):
        group = next((g for g in groups if any(_same_term(form, other) for other in g)), None)
        if group is None:
            groups.append([form])
        else:
            group.append(form)
    replaced: dict[int, Verdict | None] = {}
    for group in groups:
        uses = sorted(index for form in group for index in forms[form])
        if len(uses) < TERM_USES or 2 * sum(_habit(form) for form in group) >= len(group):
            continue
        replaced[uses[0]] = Verdict("term", (), forms=tuple(group), uses=len(uses))
        replaced.update(dict.fromkeys(uses[1:]))
    result = []
    for index, (token, judged) in enumerate(found):
        changed = replaced.get(index, judged)
        if changed is not None:
            result.append((token, changed))
    return result


def _habit(form: str) -> bool:
    """Tell whether a repeated unknown form is a habit of misspelling a common word.

    A word ten times as common as the form is one cheap slip away ("alottaa" for "aloittaa";
    not "simit" for "ismit").
    """
    slip = likely_slip(form)
    return slip is not None and slip.islower() and zipf(slip) >= zipf(form) + 1
