"""filmfacts: a sourced, always-current knowledge base of films and series from news articles."""
from .errors import FilmfactsError, NotFound, SourceError, StoreError
from .extract import extract_document
from .fuse import facts_from_store
from .models import Claim, Document, Fact, Source
from .pipeline import IngestReport, ingest
from .settings import Settings
from .store import Store, open_store

__all__ = [
    "Claim", "Document", "Fact", "FilmfactsError", "IngestReport", "NotFound", "Settings", "Source",
    "SourceError", "Store", "StoreError", "extract_document", "facts_from_store", "ingest",
    "open_store",
]
__version__ = "0.1.0"
