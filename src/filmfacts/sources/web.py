"""Fetching by URL with httpx: bounded in size and time, every failure one clear reason."""
from __future__ import annotations

from datetime import UTC, datetime

import httpx

from ..errors import SourceError

__all__ = ["fetch", "is_url"]


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """The body of ``url`` and when it was retrieved (ISO 8601, UTC).

    The body is streamed and refused as soon as it passes ``max_bytes``.
    """
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout,
                          headers={"User-Agent": "filmfacts/0.1 (+https://github.com/filmfacts)"}) as client:
            with client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise SourceError(url, f"HTTP {resp.status_code} {resp.reason_phrase}".rstrip())
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise SourceError(url, f"too large ({int(declared):,} bytes > max_bytes {max_bytes:,})")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise SourceError(url, f"too large (more than max_bytes {max_bytes:,})")
                    chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise SourceError(url, f"could not fetch ({type(exc).__name__}: {exc})") from None
    return b"".join(chunks), datetime.now(UTC).isoformat(timespec="seconds")
