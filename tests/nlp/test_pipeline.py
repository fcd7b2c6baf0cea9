from postcheck.nlp.pipeline import finnish_word, pipeline


def test_voikko_sets_lemma_pos_morph_and_extensions():
    doc = pipeline("fi")("Kirjoitimme synergioiden kautta päivän #uutiset 🎉")
    by_text = {token.text: token for token in doc}
    verb = by_text["Kirjoitimme"]
    assert (verb.lemma_, verb.pos_) == ("kirjoittaa", "VERB")
    assert verb.morph.get("Person") == ["1"] and verb.morph.get("Tense") == ["Past"]
    noun = by_text["synergioiden"]
    assert noun.lemma_ == "synergia" and noun.morph.get("Case") == ["Gen"]
    assert noun._.known is True and noun._.word_class == "nimisana"
    assert "synergia" in noun._.lemmas
    assert by_text["päivän"].pos_ == "NOUN"  # a common noun before the name "Päivä"
    assert by_text["#uutiset"]._.kind == "hashtag" and by_text["#uutiset"]._.known is None
    assert by_text["🎉"]._.kind == "emoji"


def test_passive_is_voice_pass():
    doc = pipeline("fi")("Asia käsitellään huomenna.")
    verb = next(token for token in doc if token.text == "käsitellään")
    assert verb.morph.get("Voice") == ["Pass"] and verb.lemma_ == "käsitellä"


def test_sentences_end_at_punctuation_and_line_breaks_not_at_abbreviations():
    doc = pipeline("fi")(
        "Tämä on esim. hyvä. Entä tämä?\nUusi rivi ilman pistettä\nko. asia on selvä."
    )
    assert [s.text.strip() for s in doc.sents] == [
        "Tämä on esim. hyvä.",
        "Entä tämä?",
        "Uusi rivi ilman pistettä",
        "ko. asia on selvä.",
    ]


def test_doc_text_is_the_input_whitespace_included():
    text = "  Hei  @matti!\n\n\tToinen   kappale  "
    assert pipeline("fi")(text).text == text
    assert pipeline("en")(text).text == text


def test_word_analyses_are_cached_per_form(monkeypatch):
    from postcheck.nlp import pipeline as pipeline_module

    read: list[str] = []
    real = pipeline_module._finnish_word
    monkeypatch.setattr(
        pipeline_module, "_finnish_word", lambda form: read.append(form) or real(form)
    )
    monkeypatch.setattr(pipeline_module, "_FORMS", {})
    pipeline("fi")("talo talo talo")
    assert read == ["talo"]
    assert finnish_word("talo") is pipeline_module._FORMS["talo"]


def test_the_oldest_tenth_of_the_forms_goes_when_there_are_too_many(monkeypatch):
    from postcheck.nlp import pipeline as pipeline_module

    monkeypatch.setattr(pipeline_module, "_FORMS", {})
    monkeypatch.setattr(pipeline_module, "MOST_FORMS", 20)
    forms = [f"talo{n}" for n in range(21)]
    for form in forms:
        finnish_word(form)
    assert list(pipeline_module._FORMS) == forms[2:]  # 21 > 20: the oldest two went


def test_the_new_forms_of_the_second_half_go_to_the_helper(monkeypatch):
    from postcheck.nlp import pipeline as pipeline_module
    from postcheck.nlp import voikko as voikko_module

    monkeypatch.setattr(pipeline_module, "_FORMS", {"pihalla": finnish_word("pihalla")})
    analyzer = voikko_module.voikko("fi")
    given: list[list[str]] = []
    monkeypatch.setattr(analyzer, "analyse_ahead", given.append)
    doc = pipeline("fi")("Kissa istuu matolla 12. Koirat juoksivat pihalla eilen illalla illalla.")
    assert [token.text for token in doc][len(doc) // 2] == "juoksivat"
    # words only (no number or full stop), each once, none read before ("pihalla")
    assert given == [["juoksivat", "eilen", "illalla"]]
    assert doc[6]._.lemmas == ("juosta",)  # read all the same (here: the helper was replaced)


def test_a_word_voikko_cannot_read_keeps_spacys_empty_lemma_pos_and_morph():
    doc = pipeline("fi")("Kirjoitimme xqzvw eilen.")
    unknown = doc[1]
    assert unknown.text == "xqzvw"
    assert (unknown.lemma_, unknown.pos_, str(unknown.morph)) == ("", "", "")
    assert doc[2].lemma_ == "eilen"  # the words after it still get theirs


def test_the_reading_after_a_negation_sets_spacys_lemma_and_morphology():
    doc = pipeline("fi")("Emme tehdä sitä. Tehdä se on helppoa.")
    negated, alone = doc[1], doc[4]
    assert (negated.text, alone.text) == ("tehdä", "Tehdä")
    assert negated.lemma_ == alone.lemma_ == "tehdä"
    assert negated.morph.get("Voice") == ["Pass"]
    assert alone.morph.get("VerbForm") == ["Inf"] and alone.morph.get("Voice") == []


def test_a_negation_ends_at_a_punctuation_mark_or_a_line_break():
    from postcheck.nlp.access import connegative

    doc = pipeline("fi")("Ei jonoja\nTilaa lounas. Ei ole kiire, tilaa nyt. Emme tiedä vielä.")
    assert [token.text for token in doc if connegative(token)] == ["ole", "tiedä"]


def test_strings_a_spacy_memory_zone_took_away_are_made_again():
    nlp = pipeline("fi")
    text = "Kvanttilaskennallisia ratkaisuja ei kehitetty."
    with nlp.memory_zone():
        inside = [(t.lemma_, t.pos_, str(t.morph)) for t in nlp(text)]
    after = [(t.lemma_, t.pos_, str(t.morph)) for t in nlp(text)]
    assert after == inside
    assert after[0] == ("kvanttilaskennallinen", "ADJ", "Case=Par|Degree=Pos|Number=Plur")


def test_a_plugin_reads_spacys_lexical_attributes_of_every_word():
    # postcheck reads few of them, but a rule plugin gets the Doc with spaCy's whole API
    doc = pipeline("fi")("Hei Maailma 12 kissaa.")
    assert [t.lower_ for t in doc][:2] == ["hei", "maailma"]
    assert doc[2].like_num and doc[1].shape_ == "Xxxxx"
