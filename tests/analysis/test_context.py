"""What a rule reads: the Context, and the measures it works out once per draft."""

from dataclasses import replace

from postcheck.analysis.context import Context
from postcheck.analysis.draft_analysis import analyse
from postcheck.document.draft import parse_draft


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
