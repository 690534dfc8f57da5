"""Production status of a work as of a date, TMDB-style, derived from its fused facts.

    rumored → planned → in production → post production → released        (or canceled)

The rules, first match wins (``as_of`` defaults to today; facts should be fused as of the same day):

* **canceled** — a current fact of a ``production_status`` property says so (the vocabulary has no
  such property yet, so this only fires once an extractor provides it);
* **released** — a current release date (any medium, premieres included) whose last possible day
  is on or before ``as_of`` ("2019" counts once 2019 is over), or a current ``available_on`` fact
  (it can be watched somewhere);
* **in production** — filming started (current ``filming_start`` on or before ``as_of``) less than
  PRODUCTION_DAYS ago;
* **post production** — filming started longer ago than that, with no release date passed yet;
* **planned** — some current fact is confirmed or reported (a director, a cast, a future date…)
  but filming has not started;
* **rumored** — every current fact is only rumored or speculated;
* **unknown** — nothing current is known.

The reason names the fact that decided it, so the status can be checked against its sources.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .models import Fact
from .temporal import interval

__all__ = ["PRODUCTION_DAYS", "ProductionStatus", "StatusReport", "production_status"]

PRODUCTION_DAYS = 180  # a shoot usually lasts a few months; after this, assume post production


class ProductionStatus(StrEnum):
    RUMORED = "rumored"
    PLANNED = "planned"
    IN_PRODUCTION = "in production"
    POST_PRODUCTION = "post production"
    RELEASED = "released"
    CANCELED = "canceled"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class StatusReport:
    status: ProductionStatus
    reason: str
    as_of: str

    def __str__(self) -> str:
        return f"{self.status} (as of {self.as_of}): {self.reason}"


def _span(value: str) -> tuple[str, str] | None:
    return interval(value[:10]) if value else None


def production_status(facts: Iterable[Fact], as_of: str | None = None,
                      today: date | None = None) -> StatusReport:
    """The production status the current facts imply on ``as_of`` (default: ``today`` or the real today)."""
    day = (as_of or (today or date.today()).isoformat())[:10]
    current = [f for f in facts if f.status == "current"]
    if not current:
        return StatusReport(ProductionStatus.UNKNOWN, "nothing current is known", day)
    for f in current:
        if f.property == "production_status" and f.value.lower() in ("canceled", "cancelled"):
            return StatusReport(ProductionStatus.CANCELED, f"said to be canceled ({_cite(f)})", day)
    released = [(span[1], f) for f in current if f.property == "release_date"
                and (span := _span(f.value)) and span[1] <= day]
    if released:
        end, f = min(released, key=lambda x: x[0])
        medium = f.qualifiers.get("medium") or "release"
        return StatusReport(ProductionStatus.RELEASED, f"{medium} {f.value} has passed ({_cite(f)})", day)
    watchable = [f for f in current if f.property == "available_on"]
    if watchable:
        f = watchable[0]
        return StatusReport(ProductionStatus.RELEASED, f"available on {f.value} ({_cite(f)})", day)
    started = [(span[0], f) for f in current if f.property == "filming_start"
               and (span := _span(f.value)) and span[0] <= day]
    if started:
        first, f = min(started, key=lambda x: x[0])
        if date.fromisoformat(day) - date.fromisoformat(first) < timedelta(days=PRODUCTION_DAYS):
            return StatusReport(ProductionStatus.IN_PRODUCTION, f"filming started {f.value} ({_cite(f)})",
                                day)
        return StatusReport(ProductionStatus.POST_PRODUCTION,
                            f"filming started {f.value}, over {PRODUCTION_DAYS} days ago, and no release "
                            f"date has passed ({_cite(f)})", day)
    firm = [f for f in current if f.modality in ("confirmed", "reported")]
    if firm:
        f = next((x for x in firm if x.property == "release_date"), firm[0])
        what = f"release date {f.value}" if f.property == "release_date" else f"{f.property} {f.value}"
        return StatusReport(ProductionStatus.PLANNED, f"{what} is {f.modality}, filming has not started "
                                                      f"({_cite(f)})", day)
    f = current[0]
    return StatusReport(ProductionStatus.RUMORED, f"only rumors so far, e.g. {f.property} {f.value} "
                                                  f"({_cite(f)})", day)


def _cite(f: Fact) -> str:
    docs = sorted({s.document for s in f.sources})
    return docs[0] + (f" and {len(docs) - 1} more" if len(docs) > 1 else "")
