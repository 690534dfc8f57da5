"""Regular expressions the extractors use, compiled once.

The fact families build several hundred patterns from the slot constants, more than the ``re``
module's own cache (512) keeps: through it they would be recompiled for every sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match]:
    return compiled(pattern, flags).finditer(string)


def search(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).match(string)


def findall(pattern: str, string: str, flags: int = 0) -> list:
    return compiled(pattern, flags).findall(string)


def sub(pattern: str, repl, string: str, count: int = 0, flags: int = 0) -> str:
    return compiled(pattern, flags).sub(repl, string, count)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return compiled(pattern, flags).split(string, maxsplit)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).fullmatch(string)
