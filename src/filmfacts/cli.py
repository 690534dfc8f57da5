"""The command line: each command parses flags, calls one library function, prints.

Domain errors become one clear line on stderr and a non-zero exit.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from .errors import FilmfactsError
from .fuse import fuse, timeline
from .publish.jsonl import document_lines, fact_lines
from .publish.sheet import render_sheet
from .settings import Settings
from .sources import expand
from .status import production_status
from .store import Store

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn entertainment news into a sourced fact sheet of films and series.")
out = Console()
err = Console(stderr=True)

DbOption = Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL (default: FILMFACTS_DB or "
                                              "sqlite:///filmfacts.db)")]


def _store(db: str | None) -> Store:
    return Store(Settings.from_env(db_url=db).db_url)


def _write(lines: Iterable[str], output: Path | None) -> None:
    if output is None:
        for line in lines:
            sys.stdout.write(line + "\n")
    else:
        with output.open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(line + "\n")


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="files, folders, globs, URLs, feeds")],
           db: DbOption = None,
           workers: Annotated[int | None, typer.Option(help="processes (0 = all cores)")] = None,
           max_bytes: Annotated[int | None, typer.Option("--max-bytes",
                                                         help="refuse larger inputs")] = None) -> None:
    """Read articles and store every claim they make, with its evidence.

    Each input that cannot be read is named on stderr with the reason, and the rest go on; the
    exit code is 1 when anything failed.
    """
    from .pipeline import ingest as run

    settings = Settings.from_env(db_url=db, workers=workers, max_bytes=max_bytes)
    store = Store(settings.db_url)
    counts = {"new": 0, "unchanged": 0, "failed": 0}
    live = err.is_terminal  # a progress bar only where someone watches
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=err, transient=True, disable=not live) as bar:
        task = bar.add_task("", total=(sum(1 for _ in expand(paths)) or None) if live else None)

        def on_item(source: str, outcome: str) -> None:
            key = outcome if outcome in counts else "failed"
            counts[key] += 1
            bar.update(task, description=" · ".join(f"{n} {k}" for k, n in counts.items()))
            if key == "failed":
                bar.console.print(Text.assemble(("failed", "red"), f" {source}: {outcome}"), soft_wrap=True)

        report = run(paths, store, settings, on_item=on_item, on_input=lambda _: bar.advance(task))
    out.print(report.summary(), highlight=False, soft_wrap=True)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def works(db: DbOption = None) -> None:
    """List the works filmfacts knows about, most claims first (tab-separated columns)."""
    rows = _store(db).works()
    if not rows:
        err.print("no works yet: ingest some articles first (filmfacts ingest PATH...)", highlight=False)
    _write((f"{w['name']}\t{w['subtype']}\t{w['claims']} claims\t{w['documents']} documents" for w in rows),
           None)


@app.command()
def show(title: str, db: DbOption = None,
         as_of: Annotated[str | None, typer.Option("--as-of", help="YYYY-MM-DD: what was known then")] = None
         ) -> None:
    """Print the fact sheet of a work."""
    store = _store(db)
    entity = _work(store, title)
    as_of = _iso_day(as_of)
    facts = fuse(store.claims(subject_id=entity["id"]), as_of)
    render_sheet(entity["name"], entity["subtype"], facts, out, as_of)
    out.print(f"Production status: {production_status(facts, as_of)}", highlight=False, markup=False,
              soft_wrap=True)


def _work(store: Store, title: str) -> dict:
    """The stored work called ``title`` (or with that alias); an unknown title is an error."""
    entity = store.find_entity(title, kind="work")
    if entity is None:
        raise FilmfactsError(f"no work called {title!r} is known (try `filmfacts works`)")
    return entity


def _iso_day(value: str | None) -> str | None:
    """A --as-of value as YYYY-MM-DD ("2024" and "2024-06" mean their last day); bad input is an error."""
    if value is None:
        return None
    from .temporal import interval

    span = interval(value.strip())
    if span is None:
        raise FilmfactsError(f"--as-of wants a date like 2024-06-07, 2024-06 or 2024, not {value!r}")
    return span[1]


@app.command()
def history(title: str,
            prop: Annotated[str | None, typer.Argument(metavar="[PROPERTY]",
                                                       help="one property, e.g. release_date")] = None,
            db: DbOption = None,
            as_of: Annotated[str | None, typer.Option("--as-of", help="only what was known then")] = None
            ) -> None:
    """Print the timeline of a work's values: when each was said, by whom, and what became of it."""
    from .vocabulary import PROPERTIES

    if prop is not None and prop not in PROPERTIES:
        raise FilmfactsError(f"unknown property {prop!r} (one of: {', '.join(PROPERTIES)})")
    store = _store(db)
    entity = _work(store, title)
    as_of = _iso_day(as_of)
    rows = timeline(fuse(store.claims(subject_id=entity["id"]), as_of), prop)
    if not rows:
        err.print(f"no statements about {prop or 'anything'} for {entity['name']}", highlight=False)
        return
    heading = None
    for r in rows:
        if (r.property, r.slot) != heading:
            heading = (r.property, r.slot)
            out.print(f"{r.property}" + (f" [{r.slot}]" if r.slot else ""), highlight=False, markup=False,
                      style="bold")
        fate = r.status + (f" — {r.note}" if r.note and r.status != "current" else "")
        cited = f" via {r.cited}" if r.cited else ""
        quote = r.quote if len(r.quote) <= 160 else r.quote[:157] + "…"
        value = r.value + (f" [{r.qualifiers}]" if r.qualifiers and r.qualifiers != r.slot else "")
        out.print(f"  {r.said:<23} {value:<24} {r.modality:<10} {r.document}{cited}\n"
                  f"  {'':<23} {fate}\n  {'':<23} “{quote}”", highlight=False, markup=False, soft_wrap=True)


@app.command()
def export(fmt: Annotated[str, typer.Option("--format", help="jsonl, jsonld, quickstatements, markdown, csv")
                          ] = "jsonl",
           output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
           db: DbOption = None,
           as_of: Annotated[str | None, typer.Option("--as-of", help="YYYY-MM-DD: what was known then")
                            ] = None) -> None:
    """Export every fused fact."""
    from .publish.formats import FORMATS, render

    if fmt not in FORMATS:
        raise FilmfactsError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    as_of = _iso_day(as_of)
    store = _store(db)
    facts = fuse(store.claims(), as_of)
    if fmt == "jsonl":
        _write(fact_lines(facts), output)
        return
    text = render(fmt, facts, {d["id"]: d for d in store.documents()})
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@app.command()
def serve(host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
          token: Annotated[str | None, typer.Option("--token", help="enable POST /api/ingest with this "
                                                    "Bearer token (or FILMFACTS_API_TOKEN)")] = None,
          db: DbOption = None) -> None:
    """Serve the web pages and the JSON API (read-only unless a token is given)."""
    import uvicorn

    from .web import create_app

    settings = Settings.from_env(db_url=db, api_token=token)
    err.print(f"filmfacts: serving {settings.db_url} on http://{host}:{port}/ "
              f"({'ingest enabled' if settings.api_token else 'read-only'})", highlight=False, soft_wrap=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@app.command()
def documents(fmt: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl",
              db: DbOption = None) -> None:
    """List ingested documents with their dates (or inferred intervals) and the evidence."""
    if fmt != "jsonl":
        raise FilmfactsError(f"unknown format {fmt!r}")
    _write(document_lines(_store(db).documents()), None)


def main() -> None:
    try:
        rc = app(standalone_mode=False)
    except FilmfactsError as exc:
        err.print(f"filmfacts: {exc}", highlight=False)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # click usage errors and the like
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
    sys.exit(rc if isinstance(rc, int) else 0)
