"""Ingest: idempotent, one transaction per document, every bad input reported once, nothing lost.

All articles here are written for these tests, about invented works.
"""
from __future__ import annotations

import json
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

import filmfacts.pipeline as pipeline
import filmfacts.sources as sources
from conftest import write
from filmfacts.models import Claim, Document
from filmfacts.pipeline import IngestReport, ingest, workers_for
from filmfacts.settings import Settings
from filmfacts.store import Store

WORKS = [("Glasshouse Run", "Ines Marrow", "May 7, 2027"),
         ("Saltmarsh Kings", "Aurelio Banks", "June 4, 2027"),
         ("The Lantern Keepers", "Saoirse Quenby", "March 12, 2027"),
         ("Midnight Ferry 2", "Oskar Lindvall", "October 16, 2026")]


def article(title: str, director: str, when: str) -> str:
    return (f"{title} Gets a Release Date\n\n{title} will open in theaters on {when}, Halvard Pictures "
            f"announced on Monday.\n\n{director} directs the film from her own script. Production wrapped "
            f"in Lisbon in the spring.\n")


def good_articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [write(folder, f"{i:02d}_{t.lower().replace(' ', '_')}.txt", article(t, d, w))
            for i, (t, d, w) in enumerate(WORKS)]


def bad_inputs(folder: Path) -> dict[str, str]:
    """One input of every bad kind: path -> the start of the reason it must be reported with."""
    folder.mkdir(parents=True, exist_ok=True)
    write(folder, "empty.txt", "")
    write(folder, "picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    write(folder, "nul.txt", b"Glasshouse\x00Run\x00")
    write(folder, "latin.txt", b"Glasshouse Run \x81\x8d\x8f opens")
    write(folder, "huge.txt", "Saltmarsh Kings. " * 400)
    write(folder, "broken.html", "<html><body><div><<<script>x()</script></body></html>")
    write(folder, "cut.rss", '<?xml version="1.0"?><rss><channel><title>T</title><item><title>A')
    (folder / "link.txt").symlink_to(folder / "gone.txt")
    (folder / "story.txt").mkdir()  # a folder named like a file: nothing to read in it
    return {
        "empty.txt": "empty input", "picture.txt": "binary data (PNG image)", "nul.txt": "binary data (NUL",
        "latin.txt": "undecodable text", "huge.txt": "too large", "broken.html": "no article text found",
        "cut.rss": "malformed feed", "link.txt": "broken symbolic link", "story.txt": "folder has no files",
    }


def settings(tmp_path: Path, **kw: object) -> Settings:
    return Settings(db_url=f"sqlite:///{tmp_path / 'x.db'}", max_bytes=kw.pop("max_bytes", 4000), **kw)


def snapshot(store: Store) -> tuple:
    docs = sorted((d["id"], d["source"], d["text"]) for d in store.documents())
    claims = sorted((c.document_id, c.subject, c.property, c.value, c.start) for c in store.claims())
    return store.counts(), docs, claims


def test_a_batch_with_every_kind_of_bad_input_stores_the_rest_and_names_each_failure(tmp_path, store):
    good_articles(tmp_path / "in")
    expected = bad_inputs(tmp_path / "in" / "bad")
    s = settings(tmp_path)
    report = ingest([str(tmp_path / "in"), str(tmp_path / "in" / "bad" / "story.txt")], store, s)
    assert report.new == len(WORKS) and report.unchanged == 0 and not report.ok
    failed = {Path(src).name: reason for src, reason in report.failed}
    assert len(report.failed) == len(expected) == len(failed)
    for name, reason in expected.items():
        assert failed[name].startswith(reason), (name, failed[name])
    assert store.counts()["documents"] == len(WORKS)


def test_ingest_twice_changes_nothing(tmp_path, store):
    good_articles(tmp_path / "in")
    s = settings(tmp_path)
    first = ingest([str(tmp_path / "in")], store, s)
    before = snapshot(store)
    second = ingest([str(tmp_path / "in")], store, s)
    assert (first.new, first.unchanged) == (len(WORKS), 0)
    assert (second.new, second.unchanged, second.claims, second.failed) == (0, len(WORKS), 0, [])
    assert snapshot(store) == before


def test_same_article_under_two_names_is_stored_once(tmp_path, sqlite_store):
    write(tmp_path, "a.txt", article(*WORKS[0]))
    write(tmp_path, "copy.txt", article(*WORKS[0]).replace("\n", "\r\n"))
    report = ingest([str(tmp_path / "a.txt"), str(tmp_path / "copy.txt")], sqlite_store, settings(tmp_path))
    assert (report.new, report.unchanged) == (1, 1)
    assert [d["source"] for d in sqlite_store.documents()] == ["a.txt"]


def _fake_claims(doc: Document, model: str | None = None) -> list[Claim]:
    title = doc.title.replace(" Gets a Release Date", "")
    prop = "no_such_property" if title == "Saltmarsh Kings" else "director"
    return [Claim(subject=title, property="cast_member", value="Tavi Brennan-Holt", document=doc.id),
            Claim(subject=title, property=prop, value="Pilar Abernathy", document=doc.id)]


def test_a_document_whose_claims_cannot_be_stored_leaves_no_trace_and_the_rest_go_on(tmp_path, store,
                                                                                      monkeypatch):
    monkeypatch.setattr(pipeline, "extract_document", _fake_claims)
    good_articles(tmp_path / "in")
    report = ingest([str(tmp_path / "in")], store, settings(tmp_path))
    assert report.new == len(WORKS) - 1 and report.claims == 2 * (len(WORKS) - 1)
    [(src, reason)] = report.failed
    assert src == "01_saltmarsh_kings.txt" and reason.startswith("could not store (KeyError")
    assert "01_saltmarsh_kings.txt" not in {d["source"] for d in store.documents()}
    assert store.find_entity("Saltmarsh Kings") is None  # its transaction rolled back entirely
    assert store.find_entity("Glasshouse Run") is not None


def test_an_extractor_crash_fails_one_document_only(tmp_path, sqlite_store, monkeypatch):
    def crash_on_ferry(doc: Document, model: str | None = None) -> list[Claim]:
        if "Midnight Ferry" in doc.text:
            raise ValueError("ran aground")
        return []

    monkeypatch.setattr(pipeline, "extract_document", crash_on_ferry)
    good_articles(tmp_path / "in")
    report = ingest([str(tmp_path / "in")], sqlite_store, settings(tmp_path))
    assert report.new == len(WORKS) - 1
    assert report.failed == [("03_midnight_ferry_2.txt", "extraction failed (ValueError: ran aground)")]


def test_a_dating_crash_is_named_as_such(tmp_path, sqlite_store, monkeypatch):
    def no_dates(doc: Document) -> Document:
        raise ValueError("no calendar")

    monkeypatch.setattr(pipeline, "date_document", no_dates)
    write(tmp_path, "a.txt", article(*WORKS[0]))
    report = ingest([str(tmp_path / "a.txt")], sqlite_store, settings(tmp_path))
    assert report.failed == [("a.txt", "dating failed (ValueError: no calendar)")]


def test_a_reader_bug_is_reported_for_its_input_and_the_batch_goes_on(tmp_path, sqlite_store, monkeypatch):
    real = sources.read_text

    def fussy(data: bytes, source: str) -> Document:
        if source == "00_glasshouse_run.txt":
            raise RuntimeError("unexpected")
        return real(data, source)

    monkeypatch.setattr(sources, "read_text", fussy)
    paths = good_articles(tmp_path / "in")
    report = ingest([str(tmp_path / "in")], sqlite_store, settings(tmp_path))
    assert report.failed == [(str(paths[0]), "could not be read (RuntimeError: unexpected)")]
    assert report.new == len(WORKS) - 1


def test_an_interrupted_run_keeps_what_it_stored_and_a_rerun_completes_it(tmp_path, sqlite_store,
                                                                          monkeypatch):
    good_articles(tmp_path / "in")
    real = sqlite_store.add_document
    calls = []

    def interrupt_on_third(doc: Document, claims: list[Claim]) -> int:
        calls.append(doc.source)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(doc, claims)

    monkeypatch.setattr(sqlite_store, "add_document", interrupt_on_third)
    with pytest.raises(KeyboardInterrupt):
        ingest([str(tmp_path / "in")], sqlite_store, settings(tmp_path))
    assert sqlite_store.counts()["documents"] == 2
    monkeypatch.setattr(sqlite_store, "add_document", real)
    report = ingest([str(tmp_path / "in")], sqlite_store, settings(tmp_path))
    assert (report.new, report.unchanged) == (2, 2)
    assert sorted(d["source"] for d in sqlite_store.documents()) == sorted(p.name for p in
                                                                           (tmp_path / "in").iterdir())


def test_jsonl_batch_with_a_bad_line(tmp_path, sqlite_store):
    lines = [json.dumps({"url": f"https://wire.test/{i}", "title": f"{t} Gets a Release Date",
                         "published": "2026-05-01", "text": article(t, d, w)})
             for i, (t, d, w) in enumerate(WORKS)]
    lines.insert(2, '{"url": "https://wire.test/cut", "text": "Glassh')
    p = write(tmp_path, "wire.jsonl", "\n".join(lines))
    report = ingest([str(p)], sqlite_store, settings(tmp_path))
    assert report.new == len(WORKS)
    assert report.failed == [(f"{p}:3", "malformed JSON (Unterminated string starting at column 42)")]
    stored = {d["source"]: d["published"] for d in sqlite_store.documents()}
    assert stored == {f"https://wire.test/{i}": "2026-05-01" for i in range(len(WORKS))}


def test_progress_callbacks(tmp_path, sqlite_store):
    paths = good_articles(tmp_path / "in")
    write(tmp_path / "in", "zz_empty.txt", "")
    items, inputs = [], []
    ingest([str(tmp_path / "in")], sqlite_store, settings(tmp_path),
           on_item=lambda name, outcome: items.append((name, outcome)), on_input=inputs.append)
    empty = str(tmp_path / "in" / "zz_empty.txt")
    assert items == [(p.name, "new") for p in paths] + [(empty, "empty input")]
    assert inputs == [str(p) for p in paths] + [empty]


def test_report_summary_line():
    report = IngestReport(new=3, unchanged=1, failed=[("a.txt", "empty input")], claims=12)
    assert report.summary() == "documents: 3 new, 1 unchanged, 1 failed; claims: 12"


def test_workers_setting():
    assert workers_for(1) == 1 and workers_for(3) == 3 and workers_for(0) >= 1


def test_a_pool_of_processes_stores_the_same_as_one_process(tmp_path):
    good_articles(tmp_path / "in")
    bad_inputs(tmp_path / "in" / "bad")
    results = []
    for workers in (1, 2):
        store = Store(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        report = ingest([str(tmp_path / "in")], store, settings(tmp_path, workers=workers))
        results.append((report.new, report.claims, sorted(report.failed), snapshot(store)))
        store.close()
    assert results[0] == results[1]
    assert results[1][0] == len(WORKS)


class _PoolThatBreaks:
    """Stands in for ProcessPoolExecutor, in this process: the first pool loses a worker while
    holding the second document and refuses the third; the next pool works."""

    made = 0

    def __init__(self, **_: object) -> None:
        _PoolThatBreaks.made += 1
        self.broken_one = _PoolThatBreaks.made == 1
        self.submitted = 0

    def __enter__(self) -> _PoolThatBreaks:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def submit(self, fn, *args) -> Future:
        self.submitted += 1
        if self.broken_one and self.submitted == 3:
            raise BrokenProcessPool("a child process terminated abruptly")
        future: Future = Future()
        if self.broken_one and self.submitted == 2:
            future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        else:
            future.set_result(fn(*args))
        return future


def test_a_dead_worker_fails_only_the_documents_it_held_and_a_new_pool_takes_the_rest(
        tmp_path, sqlite_store, monkeypatch):
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", _PoolThatBreaks)
    paths = good_articles(tmp_path / "in")
    report = ingest([str(tmp_path / "in")], sqlite_store, settings(tmp_path, workers=2))
    assert _PoolThatBreaks.made == 2
    assert report.failed == [
        (paths[1].name, "worker process died (a child process terminated abruptly)"),
        (paths[2].name, "worker process died before it could take this document")]
    assert sorted(d["source"] for d in sqlite_store.documents()) == [paths[0].name, paths[3].name]
    rerun = ingest([str(tmp_path / "in")], sqlite_store, settings(tmp_path))
    assert (rerun.new, rerun.unchanged, rerun.failed) == (2, 2, [])
