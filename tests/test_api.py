import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import postcheck
from postcheck import check, check_file
from postcheck.core.errors import InputError
from tests.conftest import only


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(["kisssa", "talo", "on", "Helsingisä", "🎉", "#kinda"]), max_size=12)
)
def test_flagged_spans_cover_exactly_the_word(words):
    text = " ".join(words) + "."
    report = check(text, lang="fi")
    for finding in report.findings:
        if finding.rule == "PC101":
            flagged = text[finding.column - 1 : finding.end_column - 1]
            assert flagged in finding.message
            assert " " not in flagged and flagged.strip(".") == flagged


def test_report_shape_and_dict():
    report = check("---\nchannel: linkedin\naudience: b2b\n---\nTämä on on hyvä.\n")
    assert (report.channel, report.audience, report.lang, report.path) == (
        "linkedin",
        "b2b",
        "fi",
        None,
    )
    data = report.to_dict()
    assert set(data) == {
        "path",
        "channel",
        "audience",
        "lang",
        "type",
        "score",
        "band",
        "scores",
        "bands",
        "counted",
        "blockers",
        "assessments",
        "metrics",
        "fold_text",
        "suppressed",
        "findings",
    }
    [repeated] = [f for f in data["findings"] if f["rule"] == "PC118"]
    assert (repeated["line"], repeated["column"]) == (5, 6)
    metrics = report.metrics
    assert (metrics["words"], metrics["sentences"], metrics["paragraphs"]) == (4, 1, 1)
    assert (metrics["length"], metrics["limit"]) == (16, 3000)
    assert {"lix", "wiio", "finite_passives_per_100"} <= set(metrics)
    assert "flesch_reading_ease" not in metrics  # no English formula for Finnish
    assert report.fold_text == "Tämä on on hyvä."
    assert report.scores["correct"] == 75 and report.bands["correct"] == "yellow"
    [cost] = [a for a in report.assessments if a.rule == "PC118"]
    assert (cost.criterion, cost.points, cost.of, cost.line) == ("correct", -25.0, None, 5)
    # a four-word LinkedIn post with a repeated word, no fact and no next step is weak
    assert report.score == 41 and report.band == "red" and report.blockers == ()


def test_arguments_override_front_matter():
    text = "---\nchannel: linkedin\n---\nHei.\n"
    assert check(text).channel == "linkedin"
    assert check(text, channel="x").channel == "x"


def test_unknown_channel_argument_is_an_input_error():
    with pytest.raises(InputError, match="did you mean 'linkedin'"):
        check("Hei.", channel="linkdin")


def test_unknown_audience_in_front_matter_names_its_line():
    with pytest.raises(InputError) as raised:
        check("---\ntitle: x\naudience: kuluttaja\n---\nHei.\n", path="a.md")
    assert str(raised.value).startswith("a.md: front matter 'audience' on line 3: unknown audience")
    assert "did you mean 'kuluttajat'?" in str(raised.value)


def test_check_file_reads_markdown_by_suffix(write):
    path = write("a.md", "Katso [kisssa](https://kinda.fi) **nyt**.\n")
    report = check_file(path)
    [finding] = [f for f in report.findings if f.rule == "PC101"]
    assert (finding.line, finding.column) == (1, 8)
    assert report.path == str(path)


def test_public_api_is_exported():
    assert callable(postcheck.check) and callable(postcheck.check_file)
    assert postcheck.__version__


def test_check_all_gives_one_report_per_channel_with_shared_content_findings():
    from postcheck import check_all

    text = "---\nchannel: [linkedin, instagram]\n---\nKisssa https://kinda.fi **tärkeää**\n"
    linkedin, instagram = check_all(text)
    assert (linkedin.channel, instagram.channel) == ("linkedin", "instagram")

    def content(report):  # PC710 reads the channel: a link is no step where it cannot be clicked
        return [f for f in report.findings if f.criterion != "channel" and f.rule != "PC710"]

    assert content(linkedin) == content(instagram)
    assert [f.rule for f in instagram.findings if f.rule == "PC710"] == ["PC710"]
    assert [f.rule for f in linkedin.findings if f.rule == "PC710"] == []
    assert [(f.rule, f.line, f.column) for f in content(linkedin)] == [
        ("PC101", 4, 1),
        ("PC403", 4, 1),
        ("PC504", 4, 1),
    ]
    assert {f.rule for f in instagram.findings if f.criterion == "channel"} == {"PC305", "PC306"}
    assert {f.rule for f in linkedin.findings if f.criterion == "channel"} == {"PC306"}
    assert check(text).channel == "linkedin"  # check() reports on the first channel
    assert [r.channel for r in check_all(text, channels=["x"])] == ["x"]
    assert [r.channel for r in check_all("Hei.")] == [None]


@pytest.mark.parametrize(("lang", "rule"), [("fi", "PC101"), ("en", "PC104"), ("sv", "PC106")])
def test_each_warm_up_draft_has_the_misspelling_that_loads_its_suggestions(
    lang: str, rule: str
) -> None:
    from postcheck.api import WARM_UP_DRAFTS

    report = check(WARM_UP_DRAFTS[lang], lang=lang)
    assert report.lang == lang
    assert [finding.rule for finding in report.findings] == [rule]
    assert report.findings[0].suggestions


def test_warm_up_loads_each_languages_models_and_word_lists_in_a_fresh_process() -> None:
    import subprocess
    import sys

    program = (
        "from postcheck.api import warm_up\n"
        "from postcheck.nlp import english, pipeline, suggestions, syllables\n"
        "warm_up()\n"
        "import gc, sys\n"
        "print(*(cached.cache_info().currsize for cached in (pipeline.pipeline,"
        " suggestions._frequencies, english._english_words, syllables._pronounced)),"
        " 'markdown_it' in sys.modules, gc.get_freeze_count() > 0)\n"
    )

    def loaded(code: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.strip()

    assert loaded(program.replace("warm_up()\n", "")) == "0 0 0 0 False False"
    # pipelines and word frequencies of fi, en and sv; the English words; English syllables;
    # the Markdown parser; and what is loaded is out of the full collections' way (gc.freeze)
    assert loaded(program) == "3 3 1 1 True True"


def test_the_grammar_of_a_draft_starts_before_its_analysis_unless_another_language_is_given(
    tmp_path, monkeypatch
):
    from postcheck import api
    from postcheck.nlp.voikko_helper import HelperProcess

    events: list[tuple[str, str]] = []
    submit, analyse = HelperProcess.submit, api.analyse

    def submitted(helper, kind, payload, on_done):
        if kind == "grammar":
            events.append(("grammar", payload))
        return submit(helper, kind, payload, on_done)

    def analysed(draft, lang):
        events.append(("analysis", lang))
        return analyse(draft, lang)

    monkeypatch.setattr(HelperProcess, "submit", submitted)
    monkeypatch.setattr(api, "analyse", analysed)
    english = f"We will ship it tomorrow {tmp_path.name}."
    finnish = f"Toimitamme sen huomenna {tmp_path.name}."
    postcheck.check(english + "\n", lang="en")
    assert events == [("analysis", "en")]  # never given to Voikko's grammar checker
    events.clear()
    postcheck.check(finnish + "\n")
    assert events[:2] == [("grammar", finnish), ("analysis", "fi")]


def test_another_languages_paragraphs_are_analysed_only_when_a_rule_reads_that_language(
    monkeypatch,
):
    from postcheck import api
    from postcheck.engine.config import parse_config

    parts: list[str] = []
    analyse_part = api.analyse_part

    def recorded(main, lang):
        parts.append(lang)
        return analyse_part(main, lang)

    monkeypatch.setattr(api, "analyse_part", recorded)
    text = (
        "Avaamme uuden myymälän Turkuun lauantaina, ja tarjoamme kaikille kahvit.\n\n"
        "We are thrilled to announce that we open a new shop in Turku on Saturday.\n"
    )
    [opening] = only(check(text), "PC420")
    assert (opening.line, parts) == (3, ["en"])
    english = [r.name for r in postcheck.Config().rule_set if r.languages and "en" in r.languages]
    quiet = parse_config({"rules": dict.fromkeys(english, "off")}, where="postcheck.toml")
    parts.clear()
    assert only(check(text, config=quiet), "PC420") == [] and parts == []
