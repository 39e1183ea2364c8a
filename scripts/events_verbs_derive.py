"""Derive ``data/events/verbs.tsv`` from PETRARCH's CAMEO verb dictionary (CAMEO.2.0.txt).

Reads ``shared/eval/events-cameo/petrarch2/dictionaries/CAMEO.2.0.txt`` (openeventdata/
petrarch2, MIT) and keeps, through :func:`newsledger.extract.events_verbs.parse_verb_dictionary`,
the verb codes and the verb + object / preposition patterns a dependency parse can check, for
codes the CAMEO code list knows. Lines with the same verb, particle and code are merged.
Run from the repository root:

    .venv/bin/python scripts/events_verbs_derive.py [CAMEO_VERB_FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsledger.extract.events_lexicon import cameo_table
from newsledger.extract.events_verbs import parse_verb_dictionary

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared/eval/events-cameo/petrarch2/dictionaries/CAMEO.2.0.txt"
OUT = ROOT / "src" / "newsledger" / "data" / "events" / "verbs.tsv"


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    known = cameo_table()
    pairs = parse_verb_dictionary(source.read_text(encoding="utf-8"), lambda c: c in known)
    merged: dict[tuple[str, str], list[str]] = {}
    order: list[tuple[str, str]] = []
    for trigger, code in pairs:
        head, _, objects = trigger.partition(" ~")
        key = (head, code)
        if key not in merged:
            merged[key] = []
            order.append(key)
        if objects:
            merged[key].extend(o for o in objects.split("|") if o not in merged[key])
    rows: list[str] = [
        "# derived by scripts/events_verbs_derive.py from openeventdata/petrarch2 CAMEO.2.0.txt"
        " (MIT); same layout as lexicon.tsv"
    ]
    for head, code in order:
        found = merged[(head, code)]
        rows.append(f"{head} ~{'|'.join(found)}\t{code}" if found else f"{head}\t{code}")
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} verb lines to {OUT}")


if __name__ == "__main__":
    main()
