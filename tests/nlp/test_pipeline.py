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


def test_word_analyses_are_cached_per_form():
    finnish_word.cache_clear()
    pipeline("fi")("talo talo talo")
    info = finnish_word.cache_info()
    assert (info.misses, info.hits) == (1, 2)


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


def test_strings_a_spacy_memory_zone_took_away_are_made_again():
    nlp = pipeline("fi")
    text = "Kvanttilaskennallisia ratkaisuja ei kehitetty."
    with nlp.memory_zone():
        inside = [(t.lemma_, t.pos_, str(t.morph)) for t in nlp(text)]
    after = [(t.lemma_, t.pos_, str(t.morph)) for t in nlp(text)]
    assert after == inside
    assert after[0] == ("kvanttilaskennallinen", "ADJ", "Case=Par|Degree=Pos|Number=Plur")
