"""A readable report of one analysis for the terminal (rich tables)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsledger.records import Analysis, Event

_CERTAINTY_STYLE = {
    "asserted": "green",
    "reported": "cyan",
    "hedged": "yellow",
    "speculative": "magenta",
}


def _published(analysis: Analysis) -> str:
    published = analysis.article.published
    if published.date:
        return published.date.isoformat()
    note = " (inferred from the text)" if published.inferred else ""
    if published.earliest and published.latest:
        return f"between {published.earliest} and {published.latest}{note}"
    if published.earliest:
        return f"on or after {published.earliest}{note}"
    if published.latest:
        return f"on or before {published.latest}{note}"
    return "unknown"


def _claims_table(analysis: Analysis) -> Table:
    table = Table(title="Sentences and claims", show_lines=False, expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("certainty", width=11)
    table.add_column("check", width=5)
    table.add_column("source chain", ratio=1, max_width=28)
    table.add_column("text", ratio=3, min_width=30)
    for claim in analysis.claims:
        chain = " -> ".join(ref.name for ref in claim.source_chain) or (claim.speaker or "")
        style = _CERTAINTY_STYLE.get(claim.certainty, "")
        table.add_row(
            str(claim.sentence),
            Text(claim.certainty, style=style),
            "yes" if claim.checkable else Text("no", style="dim"),
            chain,
            Text(claim.text, style="" if claim.checkable else "dim"),
        )
    return table


def _event_details(event: Event) -> str:
    parts = []
    if event.quantity is not None:
        parts.append(f"quantity {event.quantity:g}")
    if event.equipment:
        parts.append(f"equipment {event.equipment}")
    if event.time.text:
        parts.append(f"time {event.time.text}")
    if event.location:
        parts.append(f"at {event.location}")
    parts += [f"condition: {c}" for c in event.conditions]
    parts += [f"{s.stage} {s.status} ({s.text})" for s in event.next_steps]
    if event.speaker:
        parts.append(f"speaker {event.speaker}")
    return "; ".join(parts)


def _events_block(analysis: Analysis) -> Group:
    """One block per event: the coding on the first line, its details below."""
    lines: list[Text] = [Text("Events", style="bold italic")]
    for event in analysis.events:
        head = Text.assemble(
            (f"#{event.id} ", "dim"),
            (event.plover + (f"/{event.mode}" if event.mode else ""), "bold"),
            f" (CAMEO {event.cameo or '-'})  ",
            ", ".join(event.sources) or "?",
            " -> ",
            ", ".join(event.targets) or "?",
            "  ",
            (event.certainty, _CERTAINTY_STYLE.get(event.certainty, "")),
            f"  status {event.status}" if event.status else "",
        )
        lines.append(head)
        lines.append(Text(f'    "{" ".join(event.text.split())}"', style="dim"))
        details = _event_details(event)
        if details:
            lines.append(Text(f"    {details}"))
    if not analysis.events:
        lines.append(Text("(none)", style="dim"))
    return Group(*lines)


def _times_table(analysis: Analysis) -> Table:
    table = Table(title="Dates and durations")
    for column in ("text", "type", "value"):
        table.add_column(column)
    for time in analysis.times:
        table.add_row(time.text, time.type, time.value or "")
    return table


def _flags_table(analysis: Analysis) -> Table:
    table = Table(title="Flags", expand=True)
    table.add_column("kind", no_wrap=True, style="bold red")
    table.add_column("where", no_wrap=True)
    table.add_column("message", ratio=1)
    text = analysis.article.text
    for flag in analysis.flags:
        where = " ".join(text[flag.start : flag.end].split())
        table.add_row(flag.kind, where[:30] + ("..." if len(where) > 30 else ""), flag.message)
    return table


def render_report(analysis: Analysis) -> Group:
    article = analysis.article
    header = Text.assemble(
        (article.title or "(untitled)", "bold"),
        "\n",
        f"id {article.id[:16]}...  published {_published(analysis)}  ",
        f"{len(analysis.sentences)} sentences, {len(analysis.events)} events, "
        f"{len(analysis.flags)} flags",
    )
    return Group(
        Panel(header, title="newsledger analysis"),
        _claims_table(analysis),
        _events_block(analysis),
        _times_table(analysis),
        _flags_table(analysis),
    )


def print_report(analysis: Analysis, console: Console | None = None) -> None:
    (console or Console()).print(render_report(analysis))
