"""The benchmark's corpus builder (bench/throughput.py): distinct, deterministic documents. No timings."""
from __future__ import annotations

import importlib.util

from conftest import ROOT

spec = importlib.util.spec_from_file_location("throughput", ROOT / "bench" / "throughput.py")
throughput = importlib.util.module_from_spec(spec)
spec.loader.exec_module(throughput)


def test_corpus_is_deterministic_and_every_document_distinct(tmp_path):
    first = [p.read_text() for p in throughput.build_corpus(40, 3, tmp_path / "a")]
    again = [p.read_text() for p in throughput.build_corpus(40, 3, tmp_path / "b")]
    other = [p.read_text() for p in throughput.build_corpus(40, 4, tmp_path / "c")]
    assert first == again and first != other
    assert len(set(first)) == 40


def test_vary_renames_names_consistently_and_keeps_the_headline_first():
    text = ("Glasshouse Run Gets A Date\n\nInes Marrow directs Glasshouse Run for Halvard Pictures.\n\n"
            "Marrow shot it in May.\n\nRuth Okonjo stars.")
    varied = throughput.vary(text, throughput.random.Random(1))
    assert varied.split("\n\n")[0].endswith(" A Date")
    assert "Glasshouse" not in varied and "Marrow" not in varied and "May" in varied
    sizes = sorted(len(p.split()) for p in text.split("\n\n"))
    assert sorted(len(p.split()) for p in varied.split("\n\n")) == sizes
