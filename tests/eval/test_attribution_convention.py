"""PolNeAR's reading of chained "citing" attributions, from our chain (eval only)."""

from newsledger.eval.attribution import predicted_spans
from newsledger.records import Attribution, Cue


def _cue(text: str, words: str) -> Cue:
    start = text.index(words)
    return Cue(words, start, start + len(words))


def test_citing_chain_is_scored_with_the_citer_as_source() -> None:
    text = "The reform worked, McConnell said, citing the release of prisoners."
    mcconnell = _cue(text, "McConnell")
    said = Attribution(
        id=0, cue=_cue(text, "said"), source=mcconnell, content=_cue(text, "The reform worked")
    )
    # Our chain: the cited release vouches for McConnell's content.
    citing = Attribution(
        id=1,
        cue=_cue(text, "citing"),
        source=_cue(text, "the release of prisoners"),
        content=_cue(text, "The reform worked"),
        parent=0,
    )
    spans = predicted_spans([said, citing], text)
    scored = next(s for s in spans if s.cue == ((citing.cue.start, citing.cue.end),))
    assert scored.source == ((mcconnell.start, mcconnell.end),)
    release = _cue(text, "the release of prisoners")
    assert scored.content == ((release.start, release.end),)


def test_citing_without_a_parent_is_left_as_it_is() -> None:
    text = "Citing a poll, Trump attacked her."
    citing = Attribution(
        id=0, cue=_cue(text, "Citing"), source=_cue(text, "Trump"), content=_cue(text, "a poll")
    )
    (scored,) = predicted_spans([citing], text)
    assert scored.source == ((15, 20),)
    assert scored.content == ((7, 13),)
