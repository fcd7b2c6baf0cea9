"""The spelling verdicts of a whole draft: what the words around an unknown word say about it.

:func:`~postcheck.analysis.spelling.verdict` judges one word. The draft then changes some
verdicts:

* **Names of several words**: a capitalised word beside another name ("Heinrich Scheidemann",
  "Nikolaj Znaider") or a name particle ("Eduardo da Silva", "Robin van Persie", "al-Zaidi") is
  a name, unless it is mistyped Finnish: one edit or its dots from a common word or a case
  form ("Onnitteut Annalle", "Tampereela Messukeskuksessa" stay errors). A sentence opener the
  draft also writes as a name in mid-sentence is one too ("Maks").
* **Passages in another language**: three or more unknown words in a row (typos or words without
  a correction) that are no mistyped
  Finnish ("platobná agentúra oddelenie obilnín") are a quotation or an address in another
  language, not three typos; a draft typed without ä and ö is still Finnish.
* **The draft's own terms**: an unknown word the draft uses three times or more, in one form or
  several ("sim", "simin", "simit"), is a term of its subject, reported once (PC108) with how to
  add it to the vocabulary; a typo is not repeated that way. A form that is a common word
  mistyped ("alottaa" ×3 for "aloittaa", "jarjestaa" for "järjestää") is a habit, and stays a
  typo each time.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from postcheck.analysis.draft_analysis import Analysis
from postcheck.analysis.spelling import Verdict, finnish_correction, verdict
from postcheck.core.text import capitalised, shared_prefix
from postcheck.nlp.finnish import NAME_CLASSES
from postcheck.nlp.pipeline import finnish_word
from postcheck.nlp.suggestions import ranked_suggestions, zipf
from postcheck.nlp.tokenizer import WORD_KINDS
from postcheck.profiles.vocabulary import Vocabulary, builtin_list

#: Unknown words in a row that make a passage in another language.
FOREIGN_RUN = 3
#: Uses of one unknown word (in any of its forms) that make it the draft's own term.
TERM_USES = 3
#: Letters two forms of one term share at least ("simit", "simien" share "simi").
TERM_STEM = 4
#: How much commoner (in Zipf units, log10) a correction makes a repeated form a habit.
HABIT_ZIPF = 0.5
#: The verdicts of words the draft may use as words of another language or as its own terms: a
#: typo, and a word without a correction.
_UNKNOWN = frozenset({"typo", "unknown"})


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
    name in mid-sentence too (also in another form: "Maks", "Maksin"). A word that is mistyped
    Finnish (:func:`~postcheck.analysis.spelling.finnish_correction`: "Onnitteut Annalle",
    "Tampereela Messukeskuksessa") stays a typo, unless a name particle comes before it.
    """
    judged_at = {token.i: judged for token, judged in found}
    phrased = []
    for token, judged in found:
        if judged.kind in _UNKNOWN and _particle(token, analysis):
            continue  # "da" in "Eduardo da Silva"
        if judged.kind in _UNKNOWN and _particle_name(token.text):
            judged = Verdict("name", judged.suggestions)  # "al-Zaidi"
        elif judged.kind == "typo" and capitalised(token.text):
            before = analysis.word_beside(token, -1)
            if (before is not None and before.text in _particles()) or (
                finnish_correction(token.text, judged.suggestions) is None
                and _in_name_phrase(token, analysis, judged_at)
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
        if judged.kind == "typo" and capitalised(token.text) and _named(token.text, names)
        else (token, judged)
        for token, judged in phrased
    ]


def _named(word: str, names: set[str]) -> bool:
    """Tell whether ``word`` is one of ``names`` or shares its stem with one ("Maks", "Maksin")."""
    if word in names:
        return True
    return len(word) >= 4 and any(
        name.startswith(word) or (len(name) >= 4 and word.startswith(name)) for name in names
    )


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
    after = analysis.word_beside(token, 1)
    while after is not None and after.text in _particles():  # "von der Leyen"
        after = analysis.word_beside(after, 1)
    return after is not None and after.text[:1].isupper()


def _a_name(token: Any, judged_at: dict[int, Verdict]) -> bool:
    """Tell whether a neighbouring word is a name.

    A capitalised word Voikko reads as a name ("Annalle", "Tatjana"), or one it does not know
    and that is no mistyped Finnish ("Znaider"). A capitalised common word ("Messukeskuksessa")
    is not.
    """
    if not capitalised(token.text):
        return False
    judged = judged_at.get(token.i)
    if judged is not None:
        return judged.kind == "name" or (
            judged.kind == "typo" and finnish_correction(token.text, judged.suggestions) is None
        )
    return any(
        reading.get("CLASS") in NAME_CLASSES for reading in finnish_word(token.text).analyses
    )


def _in_name_phrase(token: Any, analysis: Analysis, judged_at: dict[int, Verdict]) -> bool:
    """Tell whether a capitalised word stands beside a name or before a name particle."""
    after = analysis.word_beside(token, 1)
    if after is not None and (after.text in _particles() or _a_name(after, judged_at)):
        return True
    before = analysis.word_beside(token, -1)
    return before is not None and _a_name(before, judged_at)


def _without_foreign_runs(
    found: list[tuple[Any, Verdict]], analysis: Analysis
) -> list[tuple[Any, Verdict]]:
    """Leave out the typos in a run of :data:`FOREIGN_RUN` of them or more.

    Names do not count ("Lillehammerin talviolympialausissa Bédard" is one typo between names),
    and neither does mistyped Finnish: a draft typed without ä and ö ("Tehtavassa paaset
    tyoskentelemaan") is Finnish with its dots missing, not another language.
    """
    runs: list[list[int]] = []
    for index, (token, judged) in enumerate(found):
        if judged.kind not in _UNKNOWN or finnish_correction(token.text, judged.suggestions):
            continue  # mistyped Finnish ("Tehtavassa paaset tyoskentelemaan") is no passage
        before = analysis.word_beside(token, -1)
        if runs and before is not None and before.i == found[runs[-1][-1]][0].i:
            runs[-1].append(index)
        else:
            runs.append([index])
    foreign = {index for run in runs if len(run) >= FOREIGN_RUN for index in run}
    return [pair for index, pair in enumerate(found) if index not in foreign]


def _same_term(anchor: str, form: str) -> bool:
    """Tell whether ``form`` is a form of the stem of ``anchor``, a group's shortest form.

    The anchor is all of it ("sim", "simin"), or they share all but the anchor's last two letters
    and at least :data:`TERM_STEM` ("simit", "simien").
    """
    if len(anchor) >= 3 and form.startswith(anchor):
        return True
    shared = shared_prefix(anchor, form)
    return shared >= max(TERM_STEM, len(anchor) - 2)


def _terms_of_the_draft(found: list[tuple[Any, Verdict]]) -> list[tuple[Any, Verdict]]:
    """Report each unknown word the draft uses :data:`TERM_USES` times or more once, as a term.

    Forms that are a habit of misspelling a common word stay typos and are not counted.
    """
    forms: dict[str, list[int]] = defaultdict(list)
    for index, (token, judged) in enumerate(found):
        if judged.kind in _UNKNOWN:
            forms[token.text.lower()].append(index)
    in_bucket: dict[str, int] = defaultdict(int)  # uses by first letters: no term in fewer
    for form, indexes in forms.items():
        in_bucket[form[:3]] += len(indexes)
    candidates = [form for form in forms if in_bucket[form[:3]] >= TERM_USES]
    buckets: dict[str, list[list[str]]] = defaultdict(list)  # groups by their first letters
    for form in sorted((form for form in candidates if not _habit(form)), key=len):
        bucket = buckets[form[:3]]
        group = next((group for group in bucket if _same_term(group[0], form)), None)
        if group is None:
            bucket.append([form])
        else:
            group.append(form)
    replaced: dict[int, Verdict | None] = {}
    for group in (group for bucket in buckets.values() for group in bucket):
        uses = sorted(index for form in group for index in forms[form])
        if len(uses) < TERM_USES:
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

    A lowercase word over three times as common is one edit away or the form with its dots
    ("alottaa" for "aloittaa", "jarjestaa" for "järjestää"; not "simit" for "ismit").
    """
    correction = finnish_correction(form, ranked_suggestions(form)[:3])
    return (
        correction is not None
        and correction.islower()
        and zipf(correction) > zipf(form) + HABIT_ZIPF
    )
