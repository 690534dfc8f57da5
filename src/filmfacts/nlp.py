"""Language processing the extractors share: the spaCy model, sentences, named entities.

Speed matters (a newsroom ingests its archive): the whole text only goes through spaCy's
tokenizer and rule-based sentencizer (~90k words/s); the statistical NER runs only on the
sentences an extractor asks about, in one batch per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from .settings import Settings


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """The pipeline with only what filmfacts uses: tokenizer, sentencizer, NER."""
    name = model or Settings.from_env().model
    try:
        nlp = spacy.load(name, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])
    except OSError as exc:
        raise RuntimeError(f"spaCy model {name!r} is not installed ({exc})") from None
    nlp.add_pipe("sentencizer", first=True)
    return nlp


@dataclass
class Sentence:
    start: int  # character offsets in the document text
    end: int
    text: str
    paragraph: int  # index of the paragraph (line block) it belongs to
    heading: bool  # a line of its own without closing punctuation: a heading or a list item
    bullet: bool = False


_BULLET = re.compile(r"^\s*(?:[•\-\*–·▪◦]|\d+[.)])\s+")


def sentences(text: str, model: str | None = None) -> list[Sentence]:
    """Split into paragraphs (lines), then sentences; headings and list items stay whole."""
    nlp = load(model)
    sentencizer = nlp.get_pipe("sentencizer")
    out: list[Sentence] = []
    pos = 0
    for p, line in enumerate(text.split("\n")):
        start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        offset = start + (len(line) - len(line.lstrip()))
        bullet = bool(_BULLET.match(stripped))
        heading = len(stripped) < 120 and not re.search(r"[.!:;,\"”’]\s*$", stripped)
        if heading or bullet:
            numbered = bool(re.match(r"^\s*#?\s*\d{1,3}[.)]\s", stripped))
            is_heading = heading and (not bullet or numbered)
            out.append(Sentence(offset, offset + len(stripped), stripped, p, is_heading, bullet))
            continue
        doc = sentencizer(nlp.make_doc(stripped))
        for s in doc.sents:
            st = s.text.strip()
            if st:
                out.append(Sentence(offset + s.start_char, offset + s.start_char + len(st), st, p, False))
    return out


def entities(texts: list[str], model: str | None = None) -> list[list[tuple[int, int, str]]]:
    """NER over some sentences: (start, end, label) per entity, per text."""
    nlp = load(model)
    ner = nlp.get_pipe("ner")
    docs = (nlp.make_doc(t) for t in texts)
    return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in ner.pipe(docs, batch_size=64)]
