"""Hostile-input benchmark: seconds and peak memory per payload and reader, and how analysis
time grows with the length of one sentence. Prints one JSON object.

The tests show that each payload ends in an article or a clear error; this shows how fast.

    .venv/bin/python bench/hostile.py [--sentence-sizes 2000 8000 ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsledger.errors import EvalError, InputError
from newsledger.eval.petr import read_petr
from newsledger.eval.timeml import read_tml
from newsledger.ingest.sources import iter_items
from newsledger.ingest.text import article_from_bytes, article_from_text
from newsledger.pipeline import analyze

LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE r ['
    + "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    + "]>"
).replace("&l0;", "lol")


def _measure(call: Callable[[], Any]) -> dict[str, Any]:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        call()
        outcome = "ok"
    except (InputError, EvalError) as exc:
        outcome = f"refused: {str(exc)[-80:]}"
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"seconds": round(seconds, 3), "peak_mb": round(peak / 1e6, 1), "outcome": outcome}


def _file(folder: Path, name: str, raw: bytes) -> Path:
    path = folder / name
    path.write_bytes(raw)
    return path


def readers(folder: Path) -> dict[str, dict[str, Any]]:
    sparse = folder / "sparse.txt"
    with sparse.open("wb") as handle:
        handle.truncate(50_000_000)
    feed = "".join(
        f"<item><title>{n}</title><description>Kyiv said talks failed {n}.</description></item>"
        for n in range(5000)
    )
    # Files are written before measuring: only the reading is timed.
    feed_file = _file(folder, "f.xml", f"<rss><channel>{feed}</channel></rss>".encode())
    laughs = _file(folder, "l.xml", (LAUGHS + "<rss>&l9;</rss>").encode())
    long_line = _file(folder, "l.jsonl", b'{"text": "' + b"a" * 20_000_000 + b'"}')
    petr = _file(folder, "p.xml", b"<Sentence>" + b"<!--" * 250_000)
    tml = _file(folder, "t.tml", b"<TEXT>" + b"<a " * 330_000 + b"</TEXT>")
    line = b"Kyiv said the talks failed and " * 34_000
    divs = b"<html><body>" + b"<div>" * 100_000 + b"</div>" * 100_000 + b"</body></html>"
    cases: dict[str, Callable[[], Any]] = {
        "50MB sparse file": lambda: list(iter_items([sparse])),
        "1MB line": lambda: article_from_bytes(line),
        "100k nested divs": lambda: article_from_bytes(divs),
        "feed, 5000 items": lambda: list(iter_items([feed_file])),
        "billion laughs feed": lambda: list(iter_items([laughs])),
        "JSONL 20MB line": lambda: list(iter_items([long_line])),
        "PETR 1MB unclosed comments": lambda: read_petr(petr),
        "TimeML 1MB unclosed tags": lambda: read_tml(tml),
    }
    return {name: _measure(call) for name, call in cases.items()}


def sentence_growth(sizes: list[int]) -> dict[str, float]:
    """Analysis seconds for one sentence of ``size`` characters (no full stop inside)."""
    analyze(article_from_text("Kyiv said the talks failed."))  # load the model first
    out = {}
    for size in sizes:
        text = ("Russia attacked Ukraine, officials said " * (size // 40 + 1))[:size]
        started = time.perf_counter()
        analyze(article_from_text(text))
        out[str(size)] = round(time.perf_counter() - started, 2)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentence-sizes", type=int, nargs="*", default=[1000, 2000, 4000])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        result = {
            "readers": readers(Path(tmp)),
            "one_sentence_seconds_by_chars": sentence_growth(args.sentence_sizes),
        }
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
