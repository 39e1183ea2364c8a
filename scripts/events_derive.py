"""Derive the event-coding data files from the open CAMEO/PLOVER codebooks.

Reads ``shared/eval/events-cameo/codebook`` (CAMEO_codefile.txt, MIT; CAMEO2PLOVER-2021.txt,
CC BY-SA 4.0 / MIT) and writes ``src/newsledger/data/events/cameo.tsv``: one row per CAMEO code
with its label and the PLOVER 2021 type, mode and context. Run from the repository root:

    .venv/bin/python scripts/events_derive.py [CODEBOOK_DIR]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CODEBOOK = ROOT.parent / "shared" / "eval" / "events-cameo" / "codebook"
OUT = ROOT / "src" / "newsledger" / "data" / "events" / "cameo.tsv"

_LABEL = re.compile(r"^LABEL:\s*(\d{2,4})=\s*(.+)$")
_MAP = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#?(.*)$")


def labels(codebook: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in (codebook / "CAMEO_codefile.txt").read_text(encoding="utf-8").splitlines():
        match = _LABEL.match(line.strip())
        if match:
            found.setdefault(match.group(1), match.group(2).strip())
    return found


def plover_map(codebook: Path) -> dict[str, tuple[str, str, str]]:
    found: dict[str, tuple[str, str, str]] = {}
    text = (codebook / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        match = _MAP.match(line.strip())
        if match:
            code, kind, mode, context = (
                match.group(1),
                match.group(2),
                match.group(3),
                match.group(4),
            )
            found.setdefault(code, (kind, mode.strip(), context.strip().replace(";", ",")))
    return found


def main() -> None:
    codebook = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CODEBOOK
    names = labels(codebook)
    mapping = plover_map(codebook)
    rows = ["# code\tlabel\tplover\tmode\tcontext (derived by scripts/events_derive.py)"]
    for code in sorted(set(names) | set(mapping)):
        kind, mode, context = mapping.get(code, ("", "", ""))
        rows.append("\t".join([code, names.get(code, ""), kind, mode, context]))
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} codes to {OUT}")


if __name__ == "__main__":
    main()
