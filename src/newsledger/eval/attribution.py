"""``newsledger eval attribution PATH``: attribution spans against PolNeAR (brat standoff).

PATH is a folder holding ``.ann`` files (searched recursively) and their texts, either
beside them (``x.ann`` next to ``x.txt``) or in a sibling ``text/`` folder, as PolNeAR
ships them (``attributions/<article>_<annotator>.ann`` with ``text/<article>.txt``). An
article annotated by several annotators is scored against each annotation file.

Gold attributions are brat events (or relations) whose type starts with "Attribution"
("Attribution", "Attribution-no-source") with Cue, Source and Content arguments; several
Content arguments form one discontinuous content. Predictions come from
:func:`newsledger.extract.attribution.extract_attributions` on the parsed text.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.context import Context
from newsledger.errors import EvalError
from newsledger.eval.attribution_score import Piece, Scorer, SpanAttribution, normalise
from newsledger.eval.brat import BratDocument, read_ann
from newsledger.extract.attribution import extract_attributions
from newsledger.extract.attribution_spans import inside_quotation
from newsledger.nlp.parse import parse_articles
from newsledger.nlp.sentences import split_sentences
from newsledger.records import Article, Attribution

_ANNOTATOR_SUFFIX = re.compile(r"_[^_]+$")
_ROLE_NAMES = {"cue": "cue", "source": "source", "content": "content"}


@dataclass
class GoldDocument:
    ann: Path
    text_path: Path
    attributions: list[SpanAttribution]


def _text_for(ann: Path) -> Path:
    stems = [ann.stem, _ANNOTATOR_SUFFIX.sub("", ann.stem)]
    folders = [ann.parent, ann.parent.parent / "text"]
    for folder in folders:
        for stem in stems:
            candidate = folder / f"{stem}.txt"
            if candidate.is_file():
                return candidate
    raise EvalError(f"no text file for {ann}")


def gold_attributions(ann: BratDocument, text: str) -> list[SpanAttribution]:
    """The attributions of one brat document as character spans into ``text``."""
    out = []
    links = [(e.type, e.trigger, e.args) for e in ann.events]
    links += [(r.type, None, r.args) for r in ann.relations]
    for type_, trigger, args in links:
        if not type_.startswith("Attribution"):
            continue
        roles: dict[str, list[Piece]] = {}
        for role, target in args:
            name = _ROLE_NAMES.get(role.rstrip("0123456789").lower())
            bound = ann.textbounds.get(target)
            if name is not None and bound is not None:
                roles.setdefault(name, []).extend(bound.spans)
        if "cue" not in roles and trigger in ann.textbounds:
            roles["cue"] = list(ann.textbounds[trigger].spans)
        if "cue" not in roles:
            continue
        out.append(
            SpanAttribution(
                cue=normalise(text, roles["cue"]),
                source=normalise(text, roles["source"]) if "source" in roles else None,
                content=normalise(text, roles["content"]) if "content" in roles else None,
            )
        )
    return out


def read_gold(path: Path) -> list[GoldDocument]:
    """Every annotation file under ``path`` with its text and gold attributions."""
    anns = sorted(path.rglob("*.ann")) if path.is_dir() else [path]
    if not anns:
        raise EvalError(f"no .ann files under {path}")
    docs = []
    for ann_path in anns:
        text_path = _text_for(ann_path)
        text = text_path.read_text(encoding="utf-8")
        docs.append(GoldDocument(ann_path, text_path, gold_attributions(read_ann(ann_path), text)))
    return docs


def _nested_in_content(
    attribution: Attribution, others: list[Attribution], text: str | None = None
) -> bool:
    """Whether the cue lies in another attribution's content; a cue inside a quotation
    ('"You know, I love Larry," he said') hosts nothing outside it."""
    start = attribution.cue.start
    quoted = text is not None and inside_quotation(text, start)
    for other in others:
        if other is attribution or (
            text is not None and not quoted and inside_quotation(text, other.cue.start)
        ):
            continue
        pieces = other.content_parts or ([other.content] if other.content else [])
        if any(p.start <= start < p.end for p in pieces):
            return True
    return False


def _opens_quotation(attribution: Attribution, text: str) -> bool:
    """A speaker label right after the mark that opens its paragraph ('"PENCE: ...'):
    the label introduces that quotation rather than sitting inside it."""
    source = attribution.source
    if source is None or attribution.cue.text != ":" or source.end != attribution.cue.start:
        return False
    floor = text.rfind("\n", 0, source.start) + 1
    return 0 < source.start - floor <= 1 and not text[floor : source.start].isalnum()


def _citing_roles(
    attribution: Attribution, by_id: dict[int, Attribution]
) -> tuple[list[Piece], Piece | None] | None:
    """Content and source of a chained "X said ..., citing Y" in PolNeAR's convention.

    Our chain reads Y as the source of X's content (so that the reference article can
    follow who vouches for what); PolNeAR reads X as the source and Y as what is cited
    (the content). This converts the representation only: the same cue, X and Y are
    scored, with the roles PolNeAR gives them.
    """
    parent = by_id.get(attribution.parent) if attribution.parent is not None else None
    if parent is None or attribution.source is None or attribution.cue.text.lower() != "citing":
        return None
    source = (parent.source.start, parent.source.end) if parent.source else None
    return [(attribution.source.start, attribution.source.end)], source


def predicted_spans(attributions: list[Attribution], text: str) -> list[SpanAttribution]:
    """Spans of the attributions PolNeAR would annotate.

    PolNeAR marks only outermost attributions: none whose cue lies inside another
    attribution's content or inside a quotation (a quotation's own "I think"; the
    quotation is someone's content even when its speaker was not found), so those are
    left out. Chained "citing" attributions are converted to PolNeAR's reading of them
    (:func:`_citing_roles`).
    """
    by_id = {a.id: a for a in attributions}
    out = []
    for a in attributions:
        if _nested_in_content(a, attributions, text) or (
            inside_quotation(text, a.cue.start) and not _opens_quotation(a, text)
        ):
            continue
        content: list[Piece] = [(p.start, p.end) for p in a.content_parts]
        if not content and a.content is not None:
            content = [(a.content.start, a.content.end)]
        source = (a.source.start, a.source.end) if a.source else None
        citing = _citing_roles(a, by_id)
        if citing is not None:
            content, source = citing
        out.append(
            SpanAttribution(
                cue=normalise(text, [(a.cue.start, a.cue.end)]),
                source=normalise(text, [source]) if source else None,
                content=normalise(text, content) if content else None,
            )
        )
    return out


def predict(texts: dict[Path, str]) -> dict[Path, list[Attribution]]:
    """Attributions of each text, parsed in batches."""
    paths = list(texts)
    items = [(texts[p], split_sentences(texts[p], has_headline=None)) for p in paths]
    out = {}
    for path, (text, sentences), doc in zip(paths, items, parse_articles(items), strict=True):
        ctx = Context(Article(id=path.stem, text=text), sentences)
        out[path] = extract_attributions(doc, ctx)
    return out


def evaluate(path: Path, limit: int | str | None = None, **_: Any) -> dict[str, Any]:
    """Cue, source, content and whole-attribution P/R/F1 (exact and overlap) on ``path``.

    ``limit`` keeps the first N texts (in file name order), for quick runs.
    """
    began = time.perf_counter()
    gold = read_gold(Path(path))
    texts = {d.text_path: d.text_path.read_text(encoding="utf-8") for d in gold}
    if limit is not None:
        keep = set(sorted(texts)[: int(limit)])
        gold = [d for d in gold if d.text_path in keep]
        texts = {p: t for p, t in texts.items() if p in keep}
    predictions = predict(texts)
    scorer = Scorer()
    for doc in gold:
        scorer.add(
            predicted_spans(predictions[doc.text_path], texts[doc.text_path]), doc.attributions
        )
    figures = {
        name: value
        for name, value in scorer.figures().items()
        if name.endswith("_f1") or name.startswith("attribution_")
    }
    return {
        "figures": figures,
        "per_role": scorer.report(),
        "run": {
            "texts": len(texts),
            "annotation_files": len(gold),
            "gold_attributions": sum(len(d.attributions) for d in gold),
            "seconds": round(time.perf_counter() - began, 1),
        },
    }
