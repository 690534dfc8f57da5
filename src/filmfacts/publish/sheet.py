"""The fact sheet in a terminal (rich): each fact with its sources; hedged facts marked."""
from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from ..models import Fact
from ..vocabulary import PROPERTIES

_MARK = {"confirmed": "", "reported": " (reported)", "rumored": " (rumored)",
         "speculated": " (speculated)", "denied": " (denied)"}


def value_text(f: Fact) -> str:
    text = f.value
    q = f.qualifiers
    if q.get("character"):
        text += f" as {q['character']}"
    extra = [q[k] for k in ("medium", "offer", "price", "region") if q.get(k)]
    if extra:
        text += f" [{', '.join(extra)}]"
    return text


def render_sheet(title: str, subtype: str, facts: Iterable[Fact], console: Console,
                 as_of: str | None = None) -> None:
    table = Table(title=f"{title} ({subtype})" + (f" — as of {as_of}" if as_of else ""),
                  show_lines=False, expand=False)
    table.add_column("property")
    table.add_column("value")
    table.add_column("status")
    table.add_column("sources", justify="right")
    for f in facts:
        status = f.status + _MARK.get(f.modality, "") if f.status == "current" else f.status
        documents = len({s.document for s in f.sources})
        table.add_row(PROPERTIES[f.property].label, value_text(f), status, str(documents))
    console.print(table)
