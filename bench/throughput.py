"""Throughput: filmfacts ingest against spaCy's own full pipeline, in words per second.

    python bench/throughput.py                  # 2,000 articles, all phases
    python bench/throughput.py --articles 200   # a quick run

The corpus is built from the annotated test articles (tests/corpus/articles, tests/fixtures),
varied deterministically so that every document is distinct: body paragraphs shuffled and the
words of names and titles replaced by invented ones, with a seeded RNG. Each phase runs in a
process of its own, so its peak memory is its own:

  spacy      spacy.load(Settings().model) then nlp.pipe(texts): every component, the baseline
  ingest-1   filmfacts ingest (read, date, extract, store into a fresh SQLite), one process
  ingest-N   the same with Settings.workers=0: a pool of one process per core

Model loading is timed apart from throughput. The pool phase includes starting its workers,
each of which loads the model once. Results go to stdout (and --json FILE).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "tests" / "corpus" / "articles", ROOT / "tests" / "fixtures"]

# Capitalised words kept as they are: calendar words, function words and series words.
_KEEP = set("""January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday
Sunday The A An Of And In On At For To With From By Season Part Chapter Episode Volume II III IV TV
""".split())
_RUN = re.compile(r"\b[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)+\b")  # two or more capitalised words
_SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vo", "sel", "dan", "ri", "mar", "to", "bel", "quin", "sa", "or",
              "li", "ven", "da", "ho", "ru", "fen", "ca", "zo", "nel"]


def base_articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in SOURCES if folder.is_dir()
             for p in sorted(folder.rglob("*.txt"))]
    if not texts:
        sys.exit("bench: no articles found in tests/corpus/articles or tests/fixtures")
    return texts


def _invented(rng: random.Random, like: str) -> str:
    word = "".join(rng.choice(_SYLLABLES) for _ in range(max(2, min(4, len(like) // 3))))
    return word.capitalize()


def vary(text: str, rng: random.Random) -> str:
    """The same kind of article with other names and another paragraph order."""
    names: dict[str, str] = {}
    for run in _RUN.findall(text):
        for word in re.split(r"[ -]", run):
            if word not in _KEEP and len(word) > 2:
                names.setdefault(word, _invented(rng, word))
    if names:
        words = sorted(names, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
        text = pattern.sub(lambda m: names[m.group(0)], text)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, body = paragraphs[:1], paragraphs[1:]
    rng.shuffle(body)
    return "\n\n".join(head + body) + "\n"


def build_corpus(n: int, seed: int, folder: Path) -> list[Path]:
    bases = base_articles()
    folder.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    paths = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        text = vary(bases[i % len(bases)], rng)
        while text in seen:  # vanishingly rare; keep every document distinct all the same
            text = vary(text, rng)
        seen.add(text)
        p = folder / f"{i:05d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


# -- phases (each in its own process) ---------------------------------------------------------------

def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


class DescendantPeak(threading.Thread):
    """The largest peak RSS (VmHWM) of any process descended from this one, sampled every second.

    Pool workers are children of the forkserver, which outlives the pool, so getrusage
    (RUSAGE_CHILDREN) never sees them; /proc does (Linux only; elsewhere the result is None).
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(1.0):
            self._sample()

    def _sample(self) -> None:
        procs: dict[int, tuple[int, int]] = {}
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                fields = dict(ln.split(":", 1) for ln in status.read_text().splitlines() if ":" in ln)
            except OSError:
                continue
            hwm_kb = int(fields.get("VmHWM", "0 kB").split()[0])  # kernel threads have none
            procs[int(status.parent.name)] = (int(fields["PPid"]), hwm_kb)
        me = os.getpid()
        for pid, (ppid, hwm) in procs.items():
            while ppid > 1 and ppid != me:
                ppid = procs.get(ppid, (0, 0))[0]
            if ppid == me and pid != me:
                self.peak_kb = max(self.peak_kb, hwm)

    def stop(self) -> float | None:
        self._done.set()
        self.join()
        return self.peak_kb / 1024 if self.peak_kb else None


def phase_spacy(corpus: Path) -> dict:
    import spacy

    from filmfacts.settings import Settings

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    t0 = time.perf_counter()
    nlp = spacy.load(Settings().model)
    loaded = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return {"seconds": time.perf_counter() - t0, "load_seconds": loaded, "components": nlp.pipe_names,
            "peak_mb": _peak_mb(resource.RUSAGE_SELF)}


def phase_ingest(corpus: Path, workers: int) -> dict:
    from filmfacts.models import Document
    from filmfacts.pipeline import ingest, process, workers_for
    from filmfacts.settings import Settings
    from filmfacts.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db_url=f"sqlite:///{tmp}/bench.db", workers=workers)
        store = Store(settings.db_url)
        loaded = None  # a pool loads the model in each worker, within the timed run
        if workers == 1:  # load the model before the clock starts, as the spaCy phase does
            t0 = time.perf_counter()
            process(Document(source="warm-up", text="Warm-up\n\nA sentence."), settings.model)
            loaded = time.perf_counter() - t0
        workers_peak = DescendantPeak()
        workers_peak.start()
        t0 = time.perf_counter()
        report = ingest([str(corpus)], store, settings)
        seconds = time.perf_counter() - t0
        peak_worker_mb = workers_peak.stop()
        counts = store.counts()
        store.close()
    return {"seconds": seconds, "load_seconds": loaded, "processes": workers_for(workers),
            "documents": report.new, "failed": len(report.failed), "claims": report.claims,
            "entities": counts["entities"], "peak_mb": _peak_mb(resource.RUSAGE_SELF),
            "peak_worker_mb": peak_worker_mb}


def run_phase(name: str, corpus: Path) -> dict:
    """Run one phase in a fresh interpreter and return what it measured."""
    done = subprocess.run([sys.executable, __file__, "--phase", name, "--corpus", str(corpus)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"bench: phase {name} failed:\n{done.stderr}")
    return json.loads(done.stdout.splitlines()[-1])


# -- report ---------------------------------------------------------------------------------------------

def report(results: dict, words: int, articles: int) -> str:
    base = words / results["spacy"]["seconds"]
    lines = [f"corpus: {articles:,} articles, {words:,} words (cores: {os.cpu_count()})", "",
             f"{'phase':<11}{'words/s':>10}{'vs spaCy':>10}{'seconds':>9}{'load s':>8}{'peak MB':>9}  notes"]
    for name, r in results.items():
        wps = words / r["seconds"]
        notes = ""
        if name == "spacy":
            notes = "components: " + ", ".join(r["components"])
        else:
            notes = (f"{r['processes']} process(es); {r['documents']:,} documents, {r['failed']} failed, "
                     f"{r['claims']:,} claims, {r['entities']:,} entities")
            if r.get("peak_worker_mb"):
                notes += f"; largest worker {r['peak_worker_mb']:.0f} MB"
        load = f"{r['load_seconds']:.1f}" if r["load_seconds"] is not None else "in run"
        lines.append(f"{name:<11}{wps:>10,.0f}{wps / base:>9.2f}x{r['seconds']:>9.1f}"
                     f"{load:>8}{r['peak_mb']:>9.0f}  {notes}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    ap.add_argument("--seed", type=int, default=7, help="seed of the variations (default 7)")
    ap.add_argument("--phases", default="spacy,ingest-1,ingest-N", help="comma-separated subset to run")
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.phase:  # a child process: measure one phase, print JSON
        result = (phase_spacy(args.corpus) if args.phase == "spacy"
                  else phase_ingest(args.corpus, 1 if args.phase == "ingest-1" else 0))
        print(json.dumps(result))
        return

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        paths = build_corpus(args.articles, args.seed, folder)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        phases = [p for p in args.phases.split(",") if p]
        if "spacy" not in phases:
            phases.insert(0, "spacy")  # the baseline every ratio is against
        results = {}
        for name in phases:
            print(f"bench: {name} ...", file=sys.stderr, flush=True)
            results[name] = run_phase(name, folder)
            print(f"bench: {name}: {words / results[name]['seconds']:,.0f} words/s "
                  f"{json.dumps(results[name])}", file=sys.stderr, flush=True)
    print(report(results, words, len(paths)))
    if args.json:
        summary = {"articles": len(paths), "words": words, "results": results}
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
