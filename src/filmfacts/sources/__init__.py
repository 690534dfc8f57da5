"""Readers: files, folders, globs, URLs, feeds and JSON Lines become documents.

``read_inputs`` never raises for a bad input: it yields a SourceError naming the input and the
reason, and goes on with the rest of the batch. Documents read from files are named by the file
name (DESIGN.md); errors name the path as it was given, so the user can find the file.
"""
from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

from ..errors import SourceError
from ..models import Document
from .feeds import looks_like_feed, read_feed
from .html import looks_like_html, read_html
from .jsonl import read_jsonl
from .text import decode, read_text
from .web import fetch, is_url

__all__ = ["expand", "read_bytes", "read_file", "read_input", "read_inputs"]

_SKIP_SUFFIXES = {".json", ".pyc", ".db", ".sqlite", ".db-wal", ".db-shm"}
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DEFAULT_MAX_BYTES = 5_000_000


def _is_pattern(p: str) -> bool:
    return any(ch in p for ch in "*?[")


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith(".") and Path(f).suffix.lower() not in _SKIP_SUFFIXES:
                yield os.path.join(root, f)


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files, recursive folders, globs and URLs, in a stable order.

    An input that expands to nothing (a missing path, an empty folder, a pattern that matches no
    file) passes through as it is, so that reading it reports why.
    """
    for p in paths:
        if is_url(p):
            yield p
            continue
        if os.path.isdir(p):
            found: Iterable[str] = _walk(p)
        elif _is_pattern(p) and not os.path.lexists(p):
            found = (f for m in sorted(glob.glob(p, recursive=True))
                     for f in (_walk(m) if os.path.isdir(m) else [m]))
        else:
            found = [p]
        empty = True
        for f in found:
            empty = False
            yield f
        if empty:
            yield p


def _suffix(name: str) -> str:
    path = urlparse(name).path if is_url(name) else name
    return PurePosixPath(path).suffix.lower()


def read_bytes(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES, *, label: str | None = None,
               url: str | None = None) -> Iterator[Document | SourceError]:
    """Sniff the format of ``data`` and read it.

    ``name`` is what documents are called (a file name or URL); errors about the input are
    reported under ``label`` (default: ``name``), e.g. the path as the user gave it.
    """
    for item in _read_bytes(data, name, max_bytes, url):
        if label and isinstance(item, SourceError) and item.source.startswith(name):
            item = SourceError(label + item.source[len(name):], item.reason)
        yield item


def _read_bytes(data: bytes, name: str, max_bytes: int, url: str | None) -> Iterator[Document | SourceError]:
    if len(data) > max_bytes:
        yield SourceError(name, f"too large ({len(data):,} bytes > max_bytes {max_bytes:,})")
        return
    suffix = _suffix(name)
    try:
        if suffix in _JSONL_SUFFIXES:
            yield from read_jsonl(decode(data, name), name)
        elif suffix in _FEED_SUFFIXES or looks_like_feed(data):
            decode(data, name)  # refuse binary and undecodable input before parsing
            yield from read_feed(data, name)
        elif suffix in _HTML_SUFFIXES or looks_like_html(data):
            decode(data, name)
            yield read_html(data, name, url=url)
        else:
            yield read_text(data, name)
    except SourceError as err:
        yield err


def _missing(path: str) -> str:
    if os.path.islink(path):
        return f"broken symbolic link (points to {os.readlink(path)}, which does not exist)"
    if _is_pattern(path):
        return "no file matches this pattern"
    return "no such file or folder"


def read_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | SourceError]:
    """Read one file; every problem becomes one SourceError naming ``path``."""
    name = os.path.basename(os.path.normpath(path))
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            yield SourceError(path, "folder has no files to read")
            return
        if not stat.S_ISREG(info.st_mode):
            yield SourceError(path, "not a regular file")
            return
        if info.st_size > max_bytes:
            yield SourceError(path, f"too large ({info.st_size:,} bytes > max_bytes {max_bytes:,})")
            return
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        yield SourceError(path, _missing(path))
        return
    except PermissionError:
        yield SourceError(path, "unreadable (permission denied)")
        return
    except OSError as exc:
        yield SourceError(path, f"unreadable ({exc.strerror or exc})")
        return
    yield from read_bytes(data, name, max_bytes, label=path)


def read_url(url: str, max_bytes: int = DEFAULT_MAX_BYTES,
             timeout: float = 20.0) -> Iterator[Document | SourceError]:
    """Fetch a web page or a feed; documents are named by their URL (feed entries by their link)."""
    try:
        data, retrieved = fetch(url, timeout, max_bytes)
    except SourceError as err:
        yield err
        return
    for item in read_bytes(data, url, max_bytes, url=url):
        if isinstance(item, Document):
            item.retrieved = retrieved
        yield item


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES,
               timeout: float = 20.0) -> Iterator[Document | SourceError]:
    """One expanded input (a file or a URL). An unexpected failure of a reader is reported, not raised."""
    reader = read_url(path, max_bytes, timeout) if is_url(path) else read_file(path, max_bytes)
    try:
        yield from reader
    except Exception as exc:  # a reader's bug must not stop the batch
        yield SourceError(path, f"could not be read ({type(exc).__name__}: {exc})")


def read_inputs(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES,
                timeout: float = 20.0) -> Iterator[Document | SourceError]:
    for p in expand(paths):
        yield from read_input(p, max_bytes, timeout)
