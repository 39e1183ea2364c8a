from newsledger.nlp.sentences import normalise_space, paragraphs, split_sentences

from support import SEED


def test_paragraphs_strip_blank_lines():
    text = "One.\n\n  Two two.  \n\n\nThree."
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two two.", "Three."]


def test_headline_is_its_own_sentence():
    text = "Russia Advances in Ukraine\n\nRussian forces advanced. They took a village."
    sentences = split_sentences(text)
    assert sentences[0].is_headline
    assert sentences[0].text == "Russia Advances in Ukraine"
    assert [s.text for s in sentences[1:]] == ["Russian forces advanced.", "They took a village."]


def test_split_after_abbreviation_is_repaired():
    text = (
        "Title Words Here\n\nAdding another layer, former U.S.\n\n"
        "President Donald Trump has spoken. Next sentence."
    )
    sentences = split_sentences(text)
    repaired = [s for s in sentences if s.repaired]
    assert len(repaired) == 1
    assert (
        repaired[0].text == "Adding another layer, former U.S. President Donald Trump has spoken."
    )
    assert text[repaired[0].start : repaired[0].end].startswith("Adding")
    assert text[repaired[0].start : repaired[0].end].endswith("spoken.")


def test_sentence_ending_in_abbreviation_is_not_joined():
    text = "He flew to the U.S.\n\nThen he left."
    sentences = split_sentences(text, has_headline=False)
    assert [s.text for s in sentences] == ["He flew to the U.S.", "Then he left."]


def test_seed_article_offsets_and_repair():
    text = SEED.read_text(encoding="utf-8")
    sentences = split_sentences(text)
    assert sentences[0].is_headline
    for sentence in sentences:
        assert normalise_space(text[sentence.start : sentence.end]) == sentence.text
    trump = [s for s in sentences if "former U.S. President Donald Trump" in s.text]
    assert len(trump) == 1 and trump[0].repaired


def test_split_after_state_abbreviation_before_comma_is_joined():
    text = "Senate leader Mitch McConnell, R-Ky., said Tuesday. The vote was close."
    spans = [text[s.start : s.end] for s in split_sentences(text, has_headline=None)]
    assert spans == ["Senate leader Mitch McConnell, R-Ky., said Tuesday.", "The vote was close."]


def test_runaway_sentences_are_cut_at_whitespace():
    from newsledger.nlp.sentences import MAX_SENTENCE_CHARS

    text = "Troops advanced " * 5_000 + "today."
    sentences = split_sentences(text, has_headline=False)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences)
    assert sentences[0].start == 0 and sentences[-1].end == len(text)
    assert [s.id for s in sentences] == list(range(len(sentences)))
    for before, after in zip(sentences, sentences[1:], strict=False):
        assert text[before.end : after.start].strip() == ""


def test_unbroken_text_is_cut_too():
    text = "x" * 5_000
    sentences = split_sentences(text, has_headline=False)
    assert [(s.start, s.end) for s in sentences] == [(0, 2000), (2000, 4000), (4000, 5000)]
