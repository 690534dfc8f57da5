"""Readers: files, folders, globs, URLs, feeds and JSON Lines become documents.

``read_inputs`` never raises for a bad input: it yields a SourceError naming the input and the
reason, and goes on with the rest of the batch.
"""
from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import SourceError
from ..models import Document
from .feeds import looks_like_feed, read_feed
from .html import looks_like_html, read_html
from .jsonl import read_jsonl
from .text import decode, read_text
from .web import read_url

__all__ = ["read_inputs", "read_file", "read_bytes", "expand"]

_SKIP_SUFFIXES = {".json", ".pyc", ".db"}


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files, recursive folders, globs and URLs, in a stable order; missing paths pass through."""
    for p in paths:
        if p.startswith(("http://", "https://")):
            yield p
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith(".") and Path(f).suffix.lower() not in _SKIP_SUFFIXES:
                        yield os.path.join(root, f)
        elif any(ch in p for ch in "*?[") and not os.path.exists(p):
            matches = sorted(glob.glob(p, recursive=True))
            yield from (m for m in matches if os.path.isfile(m)) if matches else [p]
        else:
            yield p


def read_bytes(data: bytes, name: str, max_bytes: int = 5_000_000) -> Iterator[Document | SourceError]:
    """Sniff the format of ``data`` and read it; ``name`` is what documents are called."""
    if len(data) > max_bytes:
        yield SourceError(name, f"too large ({len(data)} bytes > {max_bytes})")
        return
    suffix = Path(name).suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from read_jsonl(decode(data, name), name)
        elif suffix in (".rss", ".atom", ".xml") or looks_like_feed(data):
            yield from read_feed(data, name)
        elif suffix in (".html", ".htm") or looks_like_html(data):
            decode(data, name)  # refuse binary and undecodable input before parsing
            yield read_html(data, name)
        else:
            yield read_text(data, name)
    except SourceError as err:
        yield err


def read_file(path: str, max_bytes: int = 5_000_000) -> Iterator[Document | SourceError]:
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            yield SourceError(name, f"too large ({size} bytes > {max_bytes})")
            return
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        yield SourceError(path, "no such file or folder")
        return
    except OSError as exc:
        yield SourceError(path, f"unreadable ({exc.strerror or exc})")
        return
    yield from read_bytes(data, name, max_bytes)


def read_inputs(paths: Iterable[str], max_bytes: int = 5_000_000,
                timeout: float = 20.0) -> Iterator[Document | SourceError]:
    for p in expand(paths):
        if p.startswith(("http://", "https://")):
            yield from read_url(p, timeout, max_bytes)
        else:
            yield from read_file(p, max_bytes)
