"""The word lists attribution rules read, from ``data/attribution/``, loaded once."""

from __future__ import annotations

from functools import cache

from newsledger.data import load_lines

_DIR = "attribution/"


@cache
def cue_verbs() -> frozenset[str]:
    """Lemmas of reporting, stance and cognition verbs."""
    return frozenset(load_lines(_DIR + "cue_verbs.txt"))


@cache
def cue_particles() -> frozenset[tuple[str, str]]:
    """(verb lemma, particle or preposition) pairs that form one cue."""
    pairs = (line.split() for line in load_lines(_DIR + "cue_particles.txt"))
    return frozenset((p[0], p[1]) for p in pairs if len(p) == 2)


@cache
def cue_setting_nouns() -> frozenset[str]:
    """Nouns of an exchange that a cue's prepositional phrase names ("in an interview")."""
    return frozenset(load_lines(_DIR + "cue_setting_nouns.txt"))


@cache
def prepositionless_cues() -> frozenset[str]:
    """Cue verbs whose preposition stays out of the cue ("respond to requests")."""
    return frozenset(load_lines(_DIR + "prepositionless_cues.txt"))


@cache
def sourceless_adverbs() -> frozenset[str]:
    return frozenset(load_lines(_DIR + "sourceless_cues.txt"))


@cache
def causative_verbs() -> frozenset[str]:
    return frozenset(load_lines(_DIR + "causative_verbs.txt"))


@cache
def evaluation_verbs() -> frozenset[str]:
    return frozenset(load_lines(_DIR + "evaluation_verbs.txt"))


@cache
def cue_nouns() -> frozenset[str]:
    return frozenset(load_lines(_DIR + "cue_nouns.txt"))


@cache
def evidential_verbs() -> frozenset[str]:
    """Verbs that present a proposition as an impression ("seems", "appears")."""
    return frozenset(load_lines(_DIR + "evidential_verbs.txt"))


@cache
def possessed_cue_nouns() -> frozenset[str]:
    """Nouns that report with a possessive or "by" source ("Trump's claim that")."""
    return frozenset(load_lines(_DIR + "possessed_cue_nouns.txt"))


@cache
def desire_verbs() -> frozenset[str]:
    """Verbs of wanting and expecting ("what she wants" names a thing, not a view)."""
    return frozenset(load_lines(_DIR + "desire_verbs.txt"))


@cache
def amount_verbs() -> frozenset[str]:
    """Verbs of estimating, whose view may be an amount ("expected 77 cents")."""
    return frozenset(load_lines(_DIR + "amount_verbs.txt"))


@cache
def catenative_verbs() -> frozenset[str]:
    """Verbs whose reporting infinitive carries the attribution ("continued to call")."""
    return frozenset(load_lines(_DIR + "catenative_verbs.txt"))


@cache
def label_nouns() -> frozenset[str]:
    """Common nouns that name a source as a paragraph label ("Poll: ...")."""
    return frozenset(load_lines(_DIR + "label_nouns.txt"))


@cache
def message_nouns() -> frozenset[str]:
    """Nouns of a message or document that reports through a participle after it."""
    return frozenset(load_lines(_DIR + "message_nouns.txt"))


@cache
def non_speaker_labels() -> frozenset[str]:
    """Editorial labels before a colon ("Correction:"), lower case."""
    return frozenset(load_lines(_DIR + "non_speaker_labels.txt"))


@cache
def non_cue_adverbs() -> frozenset[str]:
    return frozenset(load_lines(_DIR + "non_cue_adverbs.txt"))


def _pairs(name: str) -> dict[str, str]:
    rows = (line.split("\t") for line in load_lines(_DIR + name))
    return {row[0]: row[1] for row in rows if len(row) == 2}


@cache
def pronoun_genders() -> dict[str, str]:
    """Personal pronoun -> "male", "female" or "any"."""
    return _pairs("pronouns.tsv")


@cache
def honorific_genders() -> dict[str, str]:
    return _pairs("honorifics.tsv")


@cache
def stance_adjectives() -> frozenset[str]:
    """Adjectives of stance, emotion and certainty ("frustrated that", "sure")."""
    return frozenset(load_lines(_DIR + "stance_adjectives.txt"))


@cache
def impersonal_adjectives() -> frozenset[str]:
    """Adjectives of evidence with an impersonal subject ("it is clear that")."""
    return frozenset(load_lines(_DIR + "impersonal_adjectives.txt"))


@cache
def light_verb_frames() -> dict[tuple[str, str], str]:
    """(verb lemma, object noun lemma) -> "held" or "received" ("raise questions")."""
    rows = (line.split("\t") for line in load_lines(_DIR + "light_verb_frames.tsv"))
    return {(row[0], row[1]): row[2] for row in rows if len(row) == 3}


@cache
def restricted_cue_verbs() -> dict[str, str]:
    """Verb lemma -> the frame it must report in ("clause", "no-addressee", ...)."""
    return _pairs("restricted_cue_verbs.tsv")


@cache
def permissive_verbs() -> frozenset[str]:
    """Verbs of letting or daring whose object's infinitive is not done ("let X know")."""
    return frozenset(load_lines(_DIR + "permissive_verbs.txt"))


@cache
def inquiry_nouns() -> frozenset[str]:
    """Nouns of an inquiry whose finding reports even a bare object ("the study found")."""
    return frozenset(load_lines(_DIR + "inquiry_nouns.txt"))


@cache
def extraposing_adjectives() -> frozenset[str]:
    """Adjectives of an impersonal "it" with an infinitive ("it's hard to imagine")."""
    return frozenset(load_lines(_DIR + "extraposing_adjectives.txt"))
