"""The exceptions filmfacts raises, drawn once.

FilmfactsError
 ├── SourceError        an input could not be read (names the input and the reason)
 ├── StoreError         the database could not be opened or migrated
 └── NotFound           a work, person or document that is not known
"""
from __future__ import annotations


class FilmfactsError(Exception):
    """Base of every error filmfacts raises on purpose."""


class SourceError(FilmfactsError):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(FilmfactsError):
    pass


class NotFound(FilmfactsError):
    pass
