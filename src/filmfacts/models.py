"""The records that flow between stages: documents, claims, facts."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field


def normalize_text(text: str) -> str:
    """Text as compared for identity: NFC, unified line ends, folded white space."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


def document_id(text: str) -> str:
    """A stable id from the normalized text: the same article is the same document."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    source: str  # file name for files, URL for web pages
    text: str
    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date from metadata
    published_after: str | None = None
    published_before: str | None = None
    dating_evidence: str | None = None
    retrieved: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        self.text = normalize_text(self.text)
        if not self.id:
            self.id = document_id(self.text)

    @property
    def said_on(self) -> str | None:
        """The best single date for when the document spoke (date, else interval end/start)."""
        return self.published or self.published_before or self.published_after


@dataclass
class Claim:
    """What one sentence says about one work."""

    subject: str
    property: str
    value: str
    subject_kind: str = "film"
    value_kind: str | None = None  # entity kind of the value; None: the property's own
    qualifiers: dict[str, str] = field(default_factory=dict)
    modality: str = "confirmed"
    cited: str | None = None
    document: str = ""  # Document.id
    sentence: str = ""
    start: int = 0  # character offsets of the sentence in the document text
    end: int = 0
    extractor: str = ""
    said_on: str | None = None

    def key(self) -> tuple:
        return (self.subject, self.property, self.value, tuple(sorted(self.qualifiers.items())),
                self.modality, self.start)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Source:
    document: str  # file name or URL
    published: str | None
    quote: str
    cited: str | None = None
    modality: str = "confirmed"
    document_id: str = ""
    start: int = 0
    end: int = 0
    said_on: str | None = None  # when this source said it: a day, or "AFTER/BEFORE" for an interval


@dataclass
class Fact:
    """What filmfacts believes, with every claim that supports it."""

    subject: str
    subject_kind: str
    property: str
    value: str
    qualifiers: dict[str, str]
    status: str
    modality: str
    confidence: float
    sources: list[Source]
    first_said: str | None = None
    last_said: str | None = None
    note: str | None = None  # why the status: "superseded by 2024-06-07 (said 2023-05-02)", "disputed with …"
    superseded_by: str | None = None  # the value (or "denial") that replaced this one

    def to_dict(self) -> dict:
        d = asdict(self)
        d["sources"] = [{k: v for k, v in s.items() if k in ("document", "published", "quote", "cited",
                                                            "modality")} for s in d["sources"]]
        return d
