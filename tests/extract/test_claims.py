from newsledger.extract.attribution import extract_attributions
from newsledger.extract.claims import build_claims
from newsledger.extract.mentions import extract_mentions

from support import parsed


def _claims(text):
    doc, ctx = parsed(text)
    ctx.mentions = extract_mentions(doc, ctx)
    return build_claims(doc, ctx, extract_attributions(doc, ctx))


def test_one_claim_per_sentence_with_offsets():
    claims = _claims("Russian forces shelled Kharkiv. Ukraine's army said it repelled them.")
    assert [c.sentence for c in claims] == [0, 1]
    assert claims[0].certainty == "asserted" and claims[0].source_chain == []
    assert claims[1].certainty == "reported"


def test_nested_chain_reads_outermost_first_and_passes_back_to_the_decision():
    claims = _claims(
        "Western nations reportedly endorsed the offensive. According to RIA Novosti, citing "
        "the Japanese Defense Ministry, this decision came amid escalating tensions."
    )
    chain = [r.name for r in claims[1].source_chain]
    assert chain == ["RIA Novosti", "Japanese Defense Ministry"]
    assert [r.name for r in claims[0].source_chain] == chain
    assert claims[0].certainty == "reported"


def test_stance_is_not_a_source():
    claims = _claims("The interplay between these policies suggests a new approach.")
    assert claims[0].source_chain == []


def test_pronoun_speaker_resolves_to_the_person():
    claims = _claims(
        "Boris Pistorius spoke on Monday. A formal decision, he noted, could take weeks."
    )
    assert claims[1].speaker == "Boris Pistorius"
