"""Ingest: sources → documents → dating → extract → resolve → store, one transaction a document."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from .dating import date_document
from .errors import SourceError
from .extract import extract_document
from .models import Claim, Document
from .settings import Settings
from .sources import read_inputs
from .store import Store

__all__ = ["IngestReport", "ingest", "process"]


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    claims: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def process(doc: Document, model: str | None = None) -> tuple[Document, list[Claim]]:
    """The pure part of ingest: date a document and extract its claims."""
    doc = date_document(doc)
    return doc, extract_document(doc, model=model)


def _process_safely(args: tuple[Document, str | None]) -> tuple[Document, list[Claim] | str]:
    try:
        return process(*args)
    except Exception as exc:  # reported per document by the caller
        return args[0], f"extraction failed ({type(exc).__name__}: {exc})"


def ingest(paths: Iterable[str], store: Store, settings: Settings | None = None,
           on_item: Callable[[str, str], None] | None = None) -> IngestReport:
    """Read every input, store what is new, report what failed; never stops at a bad input.

    ``on_item(source, outcome)`` is called once per input item with "new", "unchanged" or the
    failure reason, so that a CLI can draw progress.
    """
    settings = settings or Settings.from_env()
    report = IngestReport()
    notify = on_item or (lambda source, outcome: None)

    def fresh() -> Iterator[Document]:
        seen: set[str] = set()
        for item in read_inputs(paths, max_bytes=settings.max_bytes, timeout=settings.timeout):
            if isinstance(item, SourceError):
                report.failed.append((item.source, item.reason))
                notify(item.source, item.reason)
            elif item.id in seen or store.has_document(item.id):
                report.unchanged += 1
                notify(item.source, "unchanged")
            else:
                seen.add(item.id)
                yield item

    def store_one(doc: Document, claims: list[Claim]) -> None:
        try:
            n = store.add_document(doc, claims)
        except Exception as exc:  # one bad document must not stop the batch
            report.failed.append((doc.source, f"could not store ({type(exc).__name__}: {exc})"))
            notify(doc.source, "failed")
            return
        report.new += 1
        report.claims += n
        notify(doc.source, "new")

    jobs = ((d, settings.model) for d in fresh())
    if settings.workers == 1:
        results: Iterable = map(_process_safely, jobs)
        _drain(results, report, notify, store_one)
    else:
        with ProcessPoolExecutor(max_workers=settings.workers or None) as pool:
            _drain(pool.map(_process_safely, jobs, chunksize=4), report, notify, store_one)
    return report


def _drain(results: Iterable, report: IngestReport, notify: Callable[[str, str], None],
           store_one: Callable[[Document, list[Claim]], None]) -> None:
    for doc, outcome in results:
        if isinstance(outcome, str):
            report.failed.append((doc.source, outcome))
            notify(doc.source, "failed")
        else:
            store_one(doc, outcome)
