"""What a rule reads: the Context, and the measures it works out once per draft."""

from dataclasses import replace

from postcheck.analysis.context import Context
from postcheck.analysis.draft_analysis import analyse
from postcheck.document.draft import parse_draft
from tests.nlp.helping import drain


def test_a_measure_is_worked_out_once_per_context_and_anew_for_a_copy():
    context = Context(analyse(parse_draft("Hei maailma.\n", markdown=False), "fi"))
    calls: list[Context] = []

    def words(of: Context) -> int:
        calls.append(of)
        return len(of.tokens)

    assert context.once(words) == context.once(words) == len(context.tokens)
    assert calls == [context]
    copy = replace(context, type="post")
    assert copy.once(words) == len(context.tokens) and calls == [context, copy]


def test_the_pattern_budget_grows_with_the_draft():
    short = Context(analyse(parse_draft("Hei maailma.\n", markdown=False), "fi"))
    long = Context(analyse(parse_draft("Hei maailma. " * 40_000 + "\n", markdown=False), "fi"))
    assert short.pattern_budget == 0.5
    assert long.pattern_budget == 0.5 * len(long.analysis.prose) / 100_000


def test_look_ahead_leaves_no_suggestion_or_grammar_work_for_the_rules(monkeypatch):
    import os

    from postcheck.nlp import voikko

    nonce = os.getpid()  # words and a paragraph no earlier test has cached
    text = f"Zorblaxit kirjotti {nonce} sivua. Tämä on on hyvä {nonce} kertaa.\n"
    context = Context(analyse(parse_draft(text, markdown=False), "fi"))
    analyzer = voikko.voikko("fi")
    assert not any(analyzer.holds_suggestions(word) for word in ("Zorblaxit", "kirjotti"))
    context.look_ahead()
    drain(analyzer)

    def not_here(*_):
        raise AssertionError("the rules' thread had to ask Voikko itself")

    monkeypatch.setattr(voikko, "_suggest", not_here)
    monkeypatch.setattr(voikko, "_grammar_errors", not_here)
    assert [token.text for token, _ in context.spelling] == ["Zorblaxit", "kirjotti"]
    assert [error.code for _, error in context.grammar_errors] == [8]  # "on on"


def test_an_english_draft_starts_nothing_in_finnish():
    from postcheck.nlp import voikko

    text = "We shipp it tomorow.\n"
    context = Context(analyse(parse_draft(text, markdown=False), "en"))
    context.look_ahead()
    analyzer = voikko.voikko("fi")
    drain(analyzer)
    assert text.strip() not in analyzer._paragraphs and not analyzer.holds_suggestions("shipp")
