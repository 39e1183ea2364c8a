"""Derive actor and agent tables for event coding from the Phoenix/PETRARCH dictionaries.

Reads ``shared/eval/events-cameo/petrarch2/dictionaries`` (openeventdata/petrarch2, MIT):
Phoenix.Countries.actors.txt, Phoenix.MilNonState.actors.txt, Phoenix.International.actors.txt
and Phoenix.agents.txt, and writes into ``src/newsledger/data/events``:

- ``phoenix_actors.tsv``: ``phrase<TAB>code[<TAB>roles]`` (phrase = lower-case words split
  as spaCy splits them, hyphens apart). A person whose code changes with the date keeps, as
  ``code``, the code of the office (state + GOV) when one is listed, since news names people
  mostly in office; else the undated default, else the last listed code. ``roles`` lists
  the dated codes as ``CODE:START:END`` (ISO dates, empty for an open end) joined by ``|``,
  with the undated default as ``CODE::``, so a coder that knows the article's date can
  take the role held then.
- ``phoenix_agents.tsv``: ``phrase<TAB>code<TAB>place`` for role nouns ("police" -> COP);
  place is ``after`` for codes added after the state code (``[~COP]``) and ``before`` for
  codes that stand in front (``[NGO~]``). Regular plurals are written out.

Run from the repository root:

    .venv/bin/python scripts/events_actors_derive.py [DICTIONARY_DIR]
"""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "events-cameo" / "petrarch2" / "dictionaries"
OUT = ROOT / "src" / "newsledger" / "data" / "events"
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.International.actors.txt",
)
_CODE = re.compile(r"\[([^\]]*)\]")
_WORD = re.compile(r"[a-z0-9][a-z0-9.'&/]*|-|[^\sa-z0-9]")


def phrase_key(name: str) -> str:
    """The dictionary phrase as lower-case words split the way spaCy splits text."""
    text = name.strip().strip("_").replace("_", " ").lower()
    return " ".join(_WORD.findall(text))


def _strip(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    return line.split("#", 1)[0].split(";", 1)[0].rstrip()


Code = tuple[str, str | None]  # (code, PETRARCH date restriction or None)


def _choose(codes: list[Code]) -> str | None:
    """One code for an entry: the office (GOV) if listed, else the undated one, else the last."""
    usable = [(c, when) for c, when in codes if len(c) >= 3 and c != "---"]
    if not usable:
        return None
    for code, _when in usable:
        if code[3:6] == "GOV":
            return code
    undated = [c for c, when in usable if when is None]
    return undated[-1] if undated else usable[-1][0]


def _date(text: str) -> str:
    """ISO date of a PETRARCH date (YYMMDD, YY below 30 read as 20YY, or YYYYMMDD)."""
    digits = text.strip()
    if len(digits) == 10:
        # "1920030320": a century typed twice over "20030320".
        digits = digits[2:]
    if len(digits) == 6 and digits.isdigit():
        year = int(digits[:2])
        digits = f"{2000 + year if year < 30 else 1900 + year}{digits[2:]}"
    try:
        return datetime.strptime(digits, "%Y%m%d").date().isoformat()
    except ValueError:
        # A few entries give impossible days ("19900231"): the month is still right.
        try:
            return datetime.strptime(digits[:6] + "01", "%Y%m%d").date().isoformat()
        except ValueError:
            return ""


def _roles(codes: list[Code]) -> str:
    """The dated codes of an entry as ``CODE:START:END`` joined by ``|`` ("" when none, or
    when every code is the same one and the dates change nothing)."""
    usable = {c.upper() for c, _when in codes if len(c) >= 3 and c != "---"}
    if all(when is None for _c, when in codes) or len(usable) < 2:
        return ""
    out = []
    for code, when in codes:
        if len(code) < 3 or code == "---":
            continue
        start = end = ""
        if when:
            when = when.replace(" ", "")
            if when.startswith(">"):
                start = _date(when[1:])
            elif when.startswith("<"):
                end = _date(when[1:])
            elif "-" in when:
                first, last = when.split("-", 1)
                start, end = _date(first), _date(last)
        out.append(f"{code.upper()}:{start}:{end}")
    return "|".join(out)


def _code(found: str) -> Code | None:
    parts = found.split(None, 1)
    if not parts:
        return None
    return parts[0], (parts[1] if len(parts) > 1 else None)


def read_actors(path: Path) -> dict[str, str]:
    """phrase -> code (with ``<TAB>roles`` for dated entries) of one PETRARCH dictionary."""
    table: dict[str, str] = {}
    names: list[str] = []
    codes: list[Code] = []

    def flush() -> None:
        code = _choose(codes)
        if code:
            roles = _roles(codes)
            value = code.upper() + (f"\t{roles}" if roles else "")
            for name in names:
                key = phrase_key(name)
                if key and len(key) > 1:
                    table.setdefault(key, value)
        names.clear()
        codes.clear()

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            names.append(_CODE.sub("", stripped[1:]).strip())
        elif not stripped.startswith("[") and not line[0].isspace():
            flush()
            names.append(_CODE.sub("", stripped).strip())
        codes.extend(c for c in map(_code, _CODE.findall(stripped)) if c)
    flush()
    return table


def _plural(word: str) -> str:
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def read_agents(path: Path) -> dict[str, tuple[str, str]]:
    """phrase -> (code, place) of the PETRARCH agents dictionary, plurals included."""
    table: dict[str, tuple[str, str]] = {}
    substitutions: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip(raw).strip()
        if not line:
            continue
        sub = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",")]
            continue
        match = re.match(r"^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]+)\]", line)
        if not match:
            continue
        name, plural, code = match.group(1), match.group(2), match.group(3).strip()
        place = "before" if code.endswith("~") else "after"
        code = code.strip("~").upper()
        if not code:
            continue
        forms: list[str] = []
        marker = next((m for m in substitutions if m in name), None)
        if marker:
            forms = [name.replace(marker, w) for w in substitutions[marker]]
        else:
            forms = [name]
            if plural is None and not name.endswith("_"):
                last = name.rstrip("_").split("_")
                last[-1] = _plural(last[-1].lower()).upper()
                forms.append("_".join(last))
            elif plural:
                forms.extend(plural.split())
        for form in forms:
            key = phrase_key(form)
            if key:
                table.setdefault(key, (code, place))
    return table


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    actors: dict[str, str] = {}
    for name in ACTOR_FILES:
        for key, code in read_actors(source / name).items():
            actors.setdefault(key, code)
    head = "# derived by scripts/events_actors_derive.py from openeventdata/petrarch2 (MIT)\n"
    rows = [f"{k}\t{v}" for k, v in sorted(actors.items())]
    (OUT / "phoenix_actors.tsv").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    agents = read_agents(source / "Phoenix.agents.txt")
    rows = [f"{k}\t{c}\t{p}" for k, (c, p) in sorted(agents.items())]
    (OUT / "phoenix_agents.tsv").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(actors)} actor phrases and {len(agents)} agent phrases to {OUT}")


if __name__ == "__main__":
    main()
