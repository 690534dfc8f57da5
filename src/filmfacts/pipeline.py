"""Ingest: sources → documents → dating → extract → resolve → store, one transaction a document.

Nothing is lost: every input ends up stored, recognised as already stored, or reported once
with the reason; one bad input never stops the batch. Dating and extraction are pure functions
of a document, so they run in this process (``workers=1``) or in a pool of processes
(``workers=0``: one per core), each of which loads the language model once; storing always
happens here, one document per transaction, in input order.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from .dating import date_document
from .errors import SourceError
from .extract import extract_document
from .models import Claim, Document
from .settings import Settings
from .sources import expand, read_input
from .store import Store

__all__ = ["IngestReport", "ingest", "process"]

Outcome = list[Claim] | str  # the claims of a document, or why it failed


@dataclass
class IngestReport:
    new: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)
    claims: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (f"documents: {self.new} new, {self.unchanged} unchanged, {len(self.failed)} failed; "
                f"claims: {self.claims}")


def process(doc: Document, model: str | None = None) -> tuple[Document, list[Claim]]:
    """The pure part of ingest: date a document and extract its claims."""
    doc = date_document(doc)
    return doc, extract_document(doc, model=model)


def _process_safely(doc: Document, model: str | None) -> tuple[Document, Outcome]:
    """``process``, with a failure turned into its reason (reported per document by the caller)."""
    stage = "dating"
    try:
        doc = date_document(doc)
        stage = "extraction"
        return doc, extract_document(doc, model=model)
    except Exception as exc:
        return doc, f"{stage} failed ({type(exc).__name__}: {exc})"


def _warm_up(model: str | None) -> None:
    """Run once in each worker process: load the model before the first real document."""
    _process_safely(Document(source="(warm-up)", text="Warm-up\n\nA sentence to load the model."), model)


def workers_for(setting: int) -> int:
    """The number of processes a ``workers`` setting stands for (0: one per core)."""
    return setting if setting > 0 else (os.cpu_count() or 1)


def _serial(docs: Iterable[Document], model: str | None) -> Iterator[tuple[Document, Outcome]]:
    for doc in docs:
        yield _process_safely(doc, model)


def _parallel(docs: Iterable[Document], model: str | None,
              workers: int) -> Iterator[tuple[Document, Outcome]]:
    """Process documents in a pool, yielding results in input order.

    At most a few documents per worker are in flight, so memory stays flat for any batch. If a
    worker dies (out of memory, a crash in native code), the documents it may have held are
    reported as failed and a new pool takes the rest.
    """
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    todo = iter(docs)
    while True:
        pending: deque[tuple[Document, Future | None]] = deque()
        broken = False
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm_up,
                                 initargs=(model,)) as pool:
            for doc in todo:
                try:
                    pending.append((doc, pool.submit(_process_safely, doc, model)))
                except BrokenProcessPool:
                    pending.append((doc, None))
                    broken = True
                    break
                while len(pending) >= workers * 4:
                    yield _result(*pending.popleft())
            while pending:
                yield _result(*pending.popleft())
        if not broken:
            return


def _result(doc: Document, future: Future | None) -> tuple[Document, Outcome]:
    if future is None:
        return doc, "worker process died before it could take this document"
    try:
        return future.result()
    except BrokenProcessPool as exc:
        return doc, f"worker process died ({exc})"


def ingest(paths: Iterable[str], store: Store, settings: Settings | None = None,
           on_item: Callable[[str, str], None] | None = None,
           on_input: Callable[[str], None] | None = None) -> IngestReport:
    """Read every input, store what is new, report what failed; never stops at a bad input.

    ``on_item(name, outcome)`` is called once per document or failure, with "new", "unchanged"
    or the reason it failed; ``on_input(path)`` once each file or URL has been read. Both are
    for progress displays.
    """
    settings = settings or Settings.from_env()
    report = IngestReport()
    notify = on_item or (lambda name, outcome: None)

    def fail(name: str, reason: str) -> None:
        report.failed.append((name, reason))
        notify(name, reason)

    def fresh() -> Iterator[Document]:
        seen: set[str] = set()
        for path in expand(paths):
            for item in read_input(path, max_bytes=settings.max_bytes, timeout=settings.timeout):
                if isinstance(item, SourceError):
                    fail(item.source, item.reason)
                elif item.id in seen or store.has_document(item.id):
                    report.unchanged += 1
                    notify(item.source, "unchanged")
                else:
                    seen.add(item.id)
                    yield item
            if on_input:
                on_input(path)

    workers = workers_for(settings.workers)
    results = (_serial(fresh(), settings.model) if workers == 1
               else _parallel(fresh(), settings.model, workers))
    for doc, outcome in results:
        if isinstance(outcome, str):
            fail(doc.source, outcome)
            continue
        try:
            n = store.add_document(doc, outcome)
        except Exception as exc:  # the transaction rolled back; one bad document must not stop the batch
            fail(doc.source, f"could not store ({type(exc).__name__}: {exc})")
            continue
        report.new += 1
        report.claims += n
        notify(doc.source, "new")
    return report
