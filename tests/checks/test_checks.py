from datetime import date

from newsledger.checks.commentary import check_commentary_share
from newsledger.checks.headline import check_headline_certainty
from newsledger.checks.repaired import check_repaired_splits
from newsledger.checks.role_at_date import check_role_at_date
from newsledger.checks.source_chain import check_state_media_chain
from newsledger.extract.mentions import extract_mentions
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Claim, Mention, SourceRef

from support import parsed


def _claim(i, certainty="asserted", checkable=True, chain=()):
    return Claim(
        id=i,
        sentence=i,
        start=i * 10,
        end=i * 10 + 9,
        text=f"claim {i}",
        certainty=certainty,
        checkable=checkable,
        source_chain=list(chain),
    )


def test_former_title_for_a_sitting_president_is_flagged():
    doc, ctx = parsed(
        "Former U.S. President Donald Trump has expressed openness to selling missiles. "
        "The statement was made before his re-election and swearing-in on January 20, 2025.",
        published=date(2025, 3, 1),
    )
    ctx.mentions = extract_mentions(doc, ctx)
    [flag] = check_role_at_date(doc, ctx)
    assert flag.kind == "role_at_date"
    assert doc.text[flag.start : flag.end] == "Former"
    assert "President of the United States" in flag.message
    evidence = [doc.text[s:e] for s, e in flag.evidence]
    assert "Donald Trump" in evidence and "re-election" in evidence


def test_former_is_right_when_the_office_was_left():
    doc, ctx = parsed("Former U.S. President Donald Trump spoke.", published=date(2022, 3, 1))
    ctx.mentions = extract_mentions(doc, ctx)
    assert check_role_at_date(doc, ctx) == []


def test_commentary_share_over_the_limit():
    claims = [_claim(0), _claim(1, checkable=False), _claim(2, checkable=False)]
    [flag] = check_commentary_share(claims)
    assert flag.kind == "commentary_share" and "2 of 3" in flag.message
    assert check_commentary_share([_claim(0), _claim(1)]) == []


def test_state_media_chain():
    chain = [
        SourceRef("RIA Novosti", "RUSMED", "organisation", 0, 11),
        SourceRef("Japanese Defense Ministry", "JPNGOV", "organisation", 20, 45),
    ]
    [flag] = check_state_media_chain([_claim(0, "reported", chain=chain)])
    assert flag.kind == "state_media_chain"
    assert "RIA Novosti -> Japanese Defense Ministry" in flag.message
    assert check_state_media_chain([_claim(1, chain=chain[1:])]) == []


def test_headline_more_certain_than_body():
    text = "US and UK Endorse Offensive\n\nThe US and the UK reportedly endorsed the offensive."
    sentences = split_sentences(text)
    mentions = [
        Mention("US", 0, 2, "country", "USA"),
        Mention("UK", 7, 9, "country", "GBR"),
        Mention("US", 33, 35, "country", "USA"),
        Mention("UK", 44, 46, "country", "GBR"),
    ]
    head = Claim(0, 0, sentences[0].start, sentences[0].end, sentences[0].text)
    body = Claim(
        1, 1, sentences[1].start, sentences[1].end, sentences[1].text, certainty="reported"
    )
    [flag] = check_headline_certainty(sentences, [head, body], mentions)
    assert flag.kind == "headline_certainty" and "reported" in flag.message
    body.certainty = "asserted"
    assert check_headline_certainty(sentences, [head, body], mentions) == []


def test_repaired_split_flag():
    text = "Some Title Here\n\nAdding more, former U.S.\n\nPresident Donald Trump spoke."
    sentences = split_sentences(text)
    [flag] = check_repaired_splits(text, sentences)
    assert flag.kind == "repaired_split"
    assert 'after "former U.S."' in flag.message
