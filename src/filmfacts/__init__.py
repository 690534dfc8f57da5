"""filmfacts: a sourced, always-current knowledge base of films and series from news articles."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import FilmfactsError, NotFound, SourceError, StoreError
from .fuse import facts_from_store
from .models import Claim, Document, Fact, Source
from .settings import Settings
from .status import production_status
from .store import Store, open_store
from .vocabulary import PROPERTIES, Modality, Status

if TYPE_CHECKING:
    from .extract import extract_document
    from .pipeline import IngestReport, ingest

__all__ = [
    "PROPERTIES", "Claim", "Document", "Fact", "FilmfactsError", "IngestReport", "Modality", "NotFound",
    "Settings", "Source", "SourceError", "Status", "Store", "StoreError", "extract_document",
    "facts_from_store", "ingest", "open_store", "production_status",
]
__version__ = "0.1.0"

# (`fuse` the function is not re-exported: it would hide the module filmfacts.fuse)
# extraction loads spaCy (over a second): imported on first use, so that reading, fusing and
# publishing stored facts (and `filmfacts --help`) never pay for it
_LAZY = {"extract_document": "extract", "IngestReport": "pipeline", "ingest": "pipeline"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
