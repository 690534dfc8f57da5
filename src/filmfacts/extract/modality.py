"""How sure the text is of a claim, and which outlet it cites.

* denied — a negation governs the trigger: "won't be directing", "is not returning", "exited";
* speculated — the writer guesses: "could", "might", "perhaps", "we would hazard a guess";
* rumored — "in talks", "rumored", "in negotiations", "circling", "apparently";
* reported — hearsay without a named source: "reportedly", "is said to", "sources say";
* confirmed — otherwise. A named outlet ("via Deadline", "Variety reports") is kept as ``cited``
  and does not by itself weaken a claim: the trade press's reports are how news is confirmed.
"""
from __future__ import annotations

import re

from ..lexicon import OUTLET_RE, OUTLETS
from ..vocabulary import Modality

_DENIED = re.compile(
    r"\b(?:won['’]t|will\s+not|isn['’]t|is\s+not|aren['’]t|are\s+not|wasn['’]t|was\s+not|not\s+be|not\s+return"
    r"|no\s+longer|never|denied|denies|shot\s+down|exited|has\s+exited|dropped\s+out|pulled\s+out|departed"
    r"|stepped\s+down|stepping\s+down|left\s+the\s+(?:project|film|series)|not\s+(?:directing|starring|writing|"
    r"producing|playing|appearing|involved)|n['’]t\s+(?:be\s+)?(?:directing|starring|writing|producing|playing|"
    r"returning|appearing|involved|attached|the\s+one)|not\s+(?:going\s+to|set\s+to)|turned\s+down|passed\s+on"
    r"|replac(?:ed|es|ing)\s+by)\b",
    re.IGNORECASE,
)
_SPECULATED = re.compile(
    r"\b(?:could|might|may|perhaps|possibly|potentially|hazard\s+a\s+guess|speculat\w*|theor(?:y|ize|ise)\w*"
    r"|presumably|we\s+(?:think|believe|suspect|expect)|it['’]s\s+possible|would\s+(?:make\s+sense|be\s+(?:great|"
    r"nice|fun))|if\s+\w+\s+(?:were|was)|wishlist|dream\s+cast|fan\s+cast|yet\s+to\s+be\s+(?:officially\s+)?"
    r"confirmed|not\s+yet\s+(?:been\s+)?confirmed|unconfirmed|likely|tend(?:s|ed)?\s+to|usually|typically|normally"
    r"|as\s+a\s+rule|no\s+word\s+(?:yet\s+)?on|nothing\s+has\s+been\s+announced)\b",
    re.IGNORECASE,
)
_RUMORED = re.compile(
    r"\b(?:in\s+(?:early\s+|final\s+)?talks|in\s+negotiations|negotiating|rumou?r\w*|circling|eyeing|eyed"
    r"|being\s+(?:considered|eyed)|frontrunner|front-runner|apparently|allegedly|whispers|scoop|insiders?"
    r"|shortlist\w*|in\s+the\s+running|under\s+consideration)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:reportedly|is\s+said\s+to|are\s+said\s+to|sources\s+(?:say|said|tell|told|close)|according\s+to\s+"
    r"(?:sources|reports|insiders|a\s+report|people)|it\s+is\s+understood|has\s+learned|have\s+learned"
    r"|reports\s+suggest|reportedly)\b",
    re.IGNORECASE,
)
_CITE = re.compile(
    r"(?:\(\s*(?:via|per|h/t|source:)\s*|\bvia\s+|\bper\s+|\baccording\s+to\s+|\breported\s+by\s+|\bcarried\s+by\s+"
    r"|\bspeaking\s+(?:with|to)\s+|\btold\s+|\bconfirmed\s+to\s+|\bin\s+an?\s+(?:interview|statement)\s+(?:with|to)\s+)"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_CITE_AFTER = re.compile(
    r"^\s*(?:has\s+|have\s+)?(?:reports?|reported|revealed|reveals|confirmed|confirms|announced|announces|learned"
    r"|has\s+learned|broke\s+the\s+news|first\s+reported|exclusively\s+reported|says|said|wrote|writes)\b",
    re.IGNORECASE,
)


def modality(clause: str, trigger_at: int | None = None) -> str:
    """The modality of a claim whose trigger sits at ``trigger_at`` in ``clause``."""
    window = clause if trigger_at is None else clause[max(0, trigger_at - 60): trigger_at + 40]
    before = clause if trigger_at is None else clause[max(0, trigger_at - 50): trigger_at + 14]
    if _DENIED.search(before):
        return Modality.DENIED
    if _SPECULATED.search(window):
        return Modality.SPECULATED
    if _RUMORED.search(clause):
        return Modality.RUMORED
    if _REPORTED.search(clause):
        return Modality.REPORTED
    return Modality.CONFIRMED


def cited_outlet(sentence: str, paragraph: str | None = None) -> str | None:
    """The outlet a sentence attributes its news to ("via Deadline", "Variety reports")."""
    for m in OUTLET_RE.finditer(sentence):
        name = m.group(0)
        if _CITE.search(sentence[: m.start()]) or _CITE_AFTER.match(sentence[m.end():]) or re.match(
                r"^\s*\)", sentence[m.end():]) and re.search(r"\(\s*$", sentence[: m.start()]):
            return OUTLETS[name]
    return None
