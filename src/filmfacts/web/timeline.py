"""How dated facts changed over time, as an inline SVG drawn on the server (no JavaScript).

One row per value (e.g. each release date ever announced); the horizontal axis is when sources
said it; each dot is a source, linking to its evidence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from markupsafe import Markup, escape

__all__ = ["Point", "Row", "timeline_svg"]

WIDTH, LABEL, RIGHT, TOP, ROW = 760, 200, 30, 34, 28


@dataclass
class Point:
    when: str  # ISO date (day, month or year precision)
    url: str
    title: str


@dataclass
class Row:
    label: str
    status: str
    points: list[Point] = field(default_factory=list)
    group: str = ""  # rows of one group share a heading (e.g. "Release date (theatrical)")


def _day(when: str) -> date | None:
    parts = when[:10].split("-")
    try:
        nums = [int(p) for p in parts] + [1, 1]
        return date(nums[0], nums[1] or 1, nums[2] or 1)
    except (ValueError, IndexError):
        return None


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """Axis ticks and their labels: the 1st and 15th of months over short spans, else months."""
    if (hi - lo).days <= 75:
        days = [date(y, m, d) for y in range(lo.year, hi.year + 1) for m in range(1, 13) for d in (1, 15)]
        return [(d, f"{d:%Y-%m-%d}") for d in days if lo <= d <= hi]
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60, 120) if months / s <= 8)
    first = lo.year * 12 + lo.month - 1
    first += (-first) % step
    out = []
    for m in range(first, hi.year * 12 + hi.month, step):
        d = date(m // 12, m % 12 + 1, 1)
        if lo <= d <= hi:
            out.append((d, f"{d:%Y-%m}"))
    return out


def timeline_svg(rows: list[Row], caption: str) -> Markup | None:
    """The SVG, or None when no row has a dated point."""
    days = [d for r in rows for p in r.points if (d := _day(p.when))]
    if not days:
        return None
    lo, hi = min(days), max(days)
    pad = max(15, (hi - lo).days // 10)
    lo, hi = date.fromordinal(lo.toordinal() - pad), date.fromordinal(hi.toordinal() + pad)
    span = (hi - lo).days or 1
    lines = len(rows) + len({r.group for r in rows if r.group})
    height = TOP + ROW * lines + 10

    def x(d: date) -> float:
        return round(LABEL + (WIDTH - LABEL - RIGHT) * (d - lo).days / span, 1)

    parts = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(caption)}</title>']
    for tick, label in _ticks(lo, hi):
        parts.append(f'<line class="tick" x1="{x(tick)}" x2="{x(tick)}" y1="{TOP - 8}" y2="{height - 6}"/>'
                     f'<text class="tick-label" x="{x(tick)}" y="{TOP - 14}">{label}</text>')
    line, group = 0, ""
    for row in rows:
        if row.group and row.group != group:
            group = row.group
            parts.append(f'<text class="group-label" x="6" y="{TOP + ROW * line + ROW // 2 + 4}">'
                         f'{escape(group)}</text>')
            line += 1
        y = TOP + ROW * line + ROW // 2
        line += 1
        parts.append(f'<g class="row status-{escape(row.status)}"><text class="row-label" x="18" y="{y + 4}">'
                     f'{escape(row.label)}</text>')
        xs = [x(d) for p in row.points if (d := _day(p.when))]
        if len(xs) > 1:
            parts.append(f'<line class="span" x1="{min(xs)}" x2="{max(xs)}" y1="{y}" y2="{y}"/>')
        for p in row.points:
            d = _day(p.when)
            if d is None:
                continue
            parts.append(f'<a href="{escape(p.url)}"><circle class="dot" cx="{x(d)}" cy="{y}" r="6">'
                         f'<title>{escape(p.title)}</title></circle></a>')
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))
