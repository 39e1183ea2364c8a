"""Hostile inputs shared by the fuzz tests, and the one hypothesis profile they all use.

Every payload is small enough to build in a few milliseconds and every property test runs a
fixed, derandomized set of examples, so the suite's time is bounded by construction rather
than by any clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from newsledger.nlp.sentences import split_sentences
from newsledger.records import Analysis, Article

# Repeatable in CI (derandomize), never failed for being slow (deadline=None), and small.
FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# For targets that cost real work per example (the spaCy pipeline, trafilatura).
FUZZ_SLOW = settings(FUZZ, max_examples=15)

_LOL = "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
).replace("&lol0;", "lol")
# Nine levels of tenfold entity expansion: a billion "lol"s if a parser expanded them.
BILLION_LAUGHS_DTD = f'<?xml version="1.0"?><!DOCTYPE r [{_LOL}]>'
BILLION_LAUGHS_REF = "&lol9;"


def xxe_dtd(secret_path: str) -> str:
    """A DTD whose entity ``&xxe;`` would read ``secret_path`` if a parser resolved it."""
    return f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'


XXE_REF = "&xxe;"
SECRET = "TOP-SECRET-4b1d"

# Bytes that are not text in the ways readers meet them.
BINARY = bytes(range(256)) * 4
INVALID_UTF8 = b"Kyiv said \xff\xfe\xfd the talks \xc3\x28 failed."
UTF16_BOM_LE = "\ufeffKyiv said the talks failed.\n".encode("utf-16-le")
UTF16_BOM_BE = "\ufeffKyiv said the talks failed.\n".encode("utf-16-be")
TRUNCATED_UTF16 = b"\xff\xfeK\x00y\x00i"
# A lone surrogate is valid JSON ("\ud800") but not encodable text.
SURROGATE_JSON = b'{"text": "Kyiv \\ud800 said the talks failed."}'


def deep_json(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


def nested_html(depth: int = 100_000) -> bytes:
    return (
        b"<html><body>"
        + b"<div>" * depth
        + b"<p>Kyiv said the talks failed.</p>"
        + b"</div>" * depth
        + b"</body></html>"
    )


SENTENCE = "Germany agreed to deliver two Patriot systems to Ukraine, the minister said."

# Text that looks like news, and text that is anything at all, for property tests.
news_text = st.lists(
    st.sampled_from(
        [
            SENTENCE,
            "Russian forces advanced in the Kharkiv region in 2024.",
            "U.S.",
            "\n\n",
            "reportedly",
            "On 20 January 2025 Trump was sworn in.",
            "NATO",
            " ",
            "“Quoted,” he said.",
            "1,000,000",
        ]
    ),
    max_size=12,
).map(" ".join)
any_text = st.text(max_size=400)
some_text = st.one_of(news_text, any_text)


def sentences_only(articles: Iterable[Article], batch_size: int = 32) -> Iterator[Analysis]:
    """A fast analyzer for ingest tests (``fuzz_payloads:sentences_only``): no spaCy."""
    for article in articles:
        sentences = split_sentences(article.text, has_headline=article.body_start > 0)
        yield Analysis(article=article, sentences=sentences)
