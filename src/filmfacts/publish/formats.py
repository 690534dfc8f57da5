"""The export formats, by name: one place that the CLI and the web app both render through."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..errors import FilmfactsError
from ..models import Fact
from .csv import render_csv
from .jsonl import fact_lines
from .jsonld import dumps, render_jsonld
from .markdown import render_markdown
from .quickstatements import render_quickstatements

__all__ = ["FORMATS", "Format", "render"]


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    suffix: str
    render: Callable[[Sequence[Fact], Mapping[str, Mapping], Mapping[str, str]], str]


def _jsonl(facts: Sequence[Fact], _docs: Mapping, _urls: Mapping) -> str:
    return "".join(line + "\n" for line in fact_lines(facts))


FORMATS: dict[str, Format] = {f.name: f for f in [
    Format("jsonl", "application/jsonl; charset=utf-8", "jsonl", _jsonl),
    Format("jsonld", "application/ld+json; charset=utf-8", "jsonld",
           lambda facts, docs, urls: dumps(render_jsonld(facts, urls))),
    Format("quickstatements", "text/tab-separated-values; charset=utf-8", "tsv",
           lambda facts, docs, urls: render_quickstatements(facts, docs)),
    Format("markdown", "text/markdown; charset=utf-8", "md",
           lambda facts, docs, urls: render_markdown(facts, docs)),
    Format("csv", "text/csv; charset=utf-8", "csv", lambda facts, docs, urls: render_csv(facts)),
]}


def render(fmt: str, facts: Sequence[Fact], documents: Mapping[str, Mapping] | None = None,
           urls: Mapping[str, str] | None = None) -> str:
    """The text of ``facts`` in format ``fmt``; ``documents`` maps document ids to stored rows and
    ``urls`` maps work names to their pages (JSON-LD @id)."""
    try:
        spec = FORMATS[fmt]
    except KeyError:
        raise FilmfactsError(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})") from None
    return spec.render(list(facts), documents or {}, urls or {})
