"""Time expressions in text: absolute dates at their stated precision, and relative ones
("this summer", "next year", "on Monday") resolved against an anchor date when one is known.

    find_dates("It opens on June 7, 2024.")  → [TimeExpr(..., value="2024-06-07", precision="day")]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MONTH = rf"(?P<month>{_MONTHS})"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+){_YEAR}\b"  # June 7, 2024
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTHS})\s*,?\s+(?P<year2>(?:19|20)\d\d)\b"
    rf"|\b(?P<month3>{_MONTHS})\s+(?:of\s+)?(?P<year3>(?:19|20)\d\d)\b"  # November 2022
    rf"|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"
    rf"|(?<![\w$£€.,-])(?P<year4>(?:19|20)\d\d)(?:['’]s)?(?![\w%-]|,\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None  # ISO at the stated precision ("2024-06-07", "2022-11", "2014"); None if unresolved
    precision: str  # day, month, year, season
    relative: bool = False


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower().rstrip(".")[:3]]


def find_dates(text: str, anchor: str | None = None) -> list[TimeExpr]:
    """Every absolute date in ``text`` (relative ones resolved against ``anchor`` when given)."""
    out: list[TimeExpr] = []
    for m in _DATE.finditer(text):
        g = m.groupdict()
        if g["day"]:
            value, prec = f"{g['year']}-{_month(g['month']):02d}-{int(g['day']):02d}", "day"
        elif g["day2"]:
            value, prec = f"{g['year2']}-{_month(g['month2']):02d}-{int(g['day2']):02d}", "day"
        elif g["month3"]:
            if g["month3"].lower() == "may" and not re.match(r"May\s", m.group(0)):
                continue
            value, prec = f"{g['year3']}-{_month(g['month3']):02d}", "month"
        elif g["iso"]:
            value, prec = g["iso"], "day"
        else:
            if m.group(0).endswith(("s", "S")) and m.group(0)[-2] not in "'’":
                continue  # "the 1990s" is a decade, not a year
            value, prec = g["year4"], "year"
        out.append(TimeExpr(m.start(), m.end(), m.group(0), value, prec))
    return out
