"""Who and what a document names: its works (and which one it is about), people, companies,
platforms, outlets, places, dates and prices — and each sentence rewritten as a template
("⟦P0⟧ directed ⟦W1⟧ and ⟦W2⟧") over which the fact families match their patterns.

Titles are found without quotes too: from the headline, quotation marks, sequel numbering
("X: Chapter 3"), years in parentheses ("X (2014)"), and cue words around them ("films like X",
"directed X", "the 2012 X remake", "X's Jane Roe", "X franchise").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..lexicon import (
    FRANCHISE_NOUNS,
    OUTLET_RE,
    OUTLETS,
    PLATFORM_RE,
    PLATFORMS,
    STUDIO_RE,
    STUDIOS,
    WORK_NOUNS,
    is_common,
    is_given_name,
    rare_name_shape,
)
from ..nlp import Sentence
from ..resolve import norm, same_work, sequel_signature, surname
from ..temporal import find_dates
from . import patterns as rp

WORD = r"(?:[A-Z][\w'’.&+!-]*[\w+!]|[A-Z]\.?|\d{1,4}(?![\d,.]\d))"
CONN = r"(?:of|the|and|&|to|a|an|in|on|or|for|from|at|de|la|le|du|von|van|der|del|da|di|vs\.?|is|my|me|your|no|not|it)"
CAPRUN = re.compile(rf"{WORD}(?:(?:\s+|\s*[:–—]\s+|-)(?:{CONN}\s+){{0,3}}{WORD})*")
_QUOTED = re.compile(r"“([^”\n]{1,90})”|\"([^\"\n]{1,90})\"|‘([^’\n]{1,60})’(?!\w)"
                     r"|(?<![\w'])'([A-Z0-9][^'\n]{0,60}?(?:'s\b[^'\n]{0,40}?)*)'(?![\w'])")
_PARTICLES = {"de", "da", "del", "van", "von", "der", "la", "le", "di", "du", "bin", "al", "st."}
_HEADLINE_NOISE = re.compile(
    r"\b(?:release date|cast|plot|trailer|director|writers?|and more|more details|details|everything we know"
    r"(?: so far)?|what we know(?: so far)?|so far|news|spoilers?|rumou?rs?|updates?|explained|review|ending"
    r"|box office|where to watch|how to watch|streaming|characters|story|first look|cinemas|theaters|window"
    r"|is the new|is a|new|the latest|what to expect|all we know|and everything|&)\b",
    re.IGNORECASE,
)
_HEADLINE_KIND = re.compile(r"\b(spin-?off|sequel|prequel|movie|film|series|reboot|remake|show)\b", re.I)

KIND_CODES = {"person": "P", "work": "W", "franchise": "F", "organization": "O", "platform": "L",
              "outlet": "N", "place": "G", "date": "D", "money": "M"}


@dataclass
class Mention:
    start: int  # offsets within the sentence
    end: int
    kind: str  # person, work, franchise, organization, platform, outlet, place, date, money
    text: str
    name: str  # the document's full form (canonical across the document)
    data: dict = field(default_factory=dict)


@dataclass
class Tagged:
    sentence: Sentence
    mentions: list[Mention]
    template: str

    def get(self, code: str) -> Mention:
        """The mention behind a template slot such as "P3"."""
        return self.mentions[int(code[1:])]


def _trim_run(text: str, start: int, opening: bool = True) -> tuple[int, str] | None:
    words = text.split()
    # leading common words opening a sentence ("Previously", "When") are not part of a name
    while opening and words and is_common(words[0].rstrip(":")) and words[0] not in ("The", "A", "An") or (
            words and words[0] in ("The", "A", "An") and len(words) == 1):
        cut = text.index(words[0]) + len(words[0])
        start += cut
        text = text[cut:]
        lead = len(text) - len(text.lstrip(" :–—-"))
        start += lead
        text = text[lead:]
        words = text.split()
    while words and (words[-1].lower() in {"of", "the", "and", "to", "a", "an", "in", "on", "or", "for", "with"}):
        text = text[: text.rindex(words[-1])].rstrip()
        words = text.split()
    text = rp.sub(r"\s+(?:in|on|at|from|to|for|of|since|by|until|and)\s+\d{1,4}$", "", text)
    text = rp.sub(r"\s+(?:for|in|of|into|ahead\s+of)\s+(?:its\s+)?(?:Season|Series|Part|Volume)\s+\w+$", "", text)
    text = rp.sub(r"\s+(?:in|on|at|from|to|for|until|by)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                  r"[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$", "", text)
    text = rp.sub(r"-(?:led|starring|fronted|directed|produced|helmed|penned|written|backed|based)$", "", text)
    lead_in = rp.match(r"^.*?-(?:led|starring|fronted|directed|produced|helmed|penned|written|backed)\s+(?=[A-Z])", text)
    if lead_in:  # "Selena Gomez-starring The Broken Hearts Gallery": the title follows
        start += lead_in.end()
        text = text[lead_in.end():]
    text = rp.sub(r"['’]s?$", "", text).rstrip(" :–—-")
    if not text or not rp.search(r"[A-Za-z]", text):
        return None
    return start, text


def _split_possessives(run: str) -> list[str]:
    """Split "Daniel Craig’s 007" but keep "The Cartographer's Daughter" whole: only a person,
    platform or studio owns what follows."""
    pieces, last = [], 0
    for m in rp.finditer(r"(?<=['’]s)\s+|(?<=s['’])\s+", run):
        lead = ""
        # "J. Robert Oppenheimer in Nolan's Oppenheimer": the owner is what follows the last small word
        inner = rp.match(r"^(.*\s(?:in|at|for|from|with|of|and|by|on|as)\s)(\S.*)$", run[last:m.start()])
        if inner:
            lead = inner.group(1)
        owner = rp.sub(r"['’]s?$", "", run[last + len(lead):m.start()]).strip()
        words = owner.split()
        if words and (is_given_name(words[0]) or owner in PLATFORMS or owner in STUDIOS or len(words) == 1
                      and words[0][:1].isupper() and not owner.startswith("The")):
            if lead:
                pieces.append(lead.rstrip())
            pieces.append(run[last + len(lead):m.start()])
            last = m.end()
    pieces.append(run[last:])
    return pieces


_RUN_TAIL = re.compile(rf"(?:\s+(?:TV|Television))?\s+(?:{FRANCHISE_NOUNS}|{WORK_NOUNS})$|\s+(?:TV|Television)$",
                       re.IGNORECASE)


_SUBTITLE_OF = re.compile(r":\s+(?:A|An|The)\s+[^:]+\s+(?:Movie|Film|Story|Saga|Tale|Special|Odyssey|Adventure)$")


def _strip_tail(run: str) -> str:
    """"the Harbor Lights franchise" → "Harbor Lights", but "Night Ferry: A Harbor Lights Story" stays whole."""
    if _SUBTITLE_OF.search(run) or rp.search(r":\s+(?:The|A)\s+(?:Movie|Film|Series)$", run):
        return run  # "Twilight Zone: The Movie" is a whole title
    return _RUN_TAIL.sub("", run)


def cap_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalized words (names, titles), split at possessives, trimmed of lead-ins."""
    out = []
    for m in CAPRUN.finditer(text):
        pos = m.start()
        for piece in _split_possessives(m.group(0)):
            start, pos = pos, pos + len(piece) + 1
            piece = _strip_tail(piece)
            if len(piece) <= 3 and piece.isupper() and not piece.isdigit():
                continue
            opening = start == 0 or bool(rp.search(r"(?:[.:;!?\"“(•–—-]|\n)\s*$", text[max(0, start - 3):start]))
            r = _trim_run(piece, start, opening)
            if r:
                out.append((r[0], r[0] + len(r[1]), r[1]))
    return out


_DATE_LIKE = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d", re.I)


def _title_case(text: str) -> str:
    small = {"of", "the", "and", "to", "a", "an", "in", "on", "or", "for", "at", "from"}
    words = text.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def looks_like_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    if not is_given_name(words[0]):
        return rare_name_shape(words)
    rest = [w for w in words[1:] if w.lower() not in _PARTICLES]
    return bool(rest) and all(w[:1].isupper() and not rp.search(r"\d", w) for w in rest) \
        and not any(w.lower() in ("chapter", "part", "season", "episode") for w in rest)


def title_like(s: str) -> bool:
    s = s.strip()
    if not s or not (s[0].isupper() or s[0].isdigit()) or len(s.split()) > 10:
        return False
    if rp.search(r"[.!?]\s+\w", s) or s.endswith((".", "…")) and not s.endswith("vs."):
        return False
    words = [w for w in rp.findall(r"[A-Za-z][\w'’-]*", s) if len(w) > 3]
    caps = sum(w[0].isupper() for w in words)
    return not words or caps >= max(1, len(words) // 2)


@dataclass
class Inventory:
    """The works and people a document names, and the work it is mostly about."""

    works: dict[str, str] = field(default_factory=dict)  # norm → display title
    kinds: dict[str, Counter] = field(default_factory=dict)  # norm → votes film / tv_series / franchise
    years: dict[str, str] = field(default_factory=dict)  # norm → year given with the title
    people: list[str] = field(default_factory=list)
    headline: list[str] = field(default_factory=list)
    main: str | None = None
    sure: set[str] = field(default_factory=set)  # norms of titles quoted, in headlines or by shape
    multi: bool = False  # a listing, roundup or profile: no single work is the subject
    franchise: str | None = None
    _work_re: re.Pattern | None = None

    def add_work(self, title: str, kind: str | None = None, force: bool = False) -> str:
        title = title.strip().strip(",;:").strip()
        head, colon, tail = title.partition(": ")
        if colon and any(tail == n or tail.startswith(n + " ") for n in (*PLATFORMS, *STUDIOS, *OUTLETS)):
            title = head  # "A Season of Small Hours: Channel 4's ghost story" names the work before the colon
        title = rp.sub(r"\s+([:,])", r"\1", title)
        title = rp.sub(r"^(?:[a-z][\w'’-]*\s+)+", "", title)  # "the Harbor Lights" → "Harbor Lights"
        if title.isupper() and len(title) > 4:
            title = _title_case(title)
        if kind == "franchise":
            title = rp.sub(r"^The\s+(?=\S+\s+\S)", "", title)
        n = norm(title)
        if kind == "franchise":
            for k in list(self.works):
                if k != n and (k.endswith(" " + n) and " " not in n or n.endswith(" " + k) and " " not in k):
                    longer = k if len(k) > len(n) else n
                    if longer == n:
                        self.works[n] = title
                        self.kinds[n] = self.kinds.pop(k, Counter()) + self.kinds.get(n, Counter())
                        del self.works[k]
                    n = longer
                    self.kinds.setdefault(n, Counter())["franchise"] += 1
                    self._work_re = None
                    return self.works[n]
        if not n or (looks_like_person(title) and not force) or title in OUTLETS or is_common(title) \
                or _DATE_LIKE.match(title):
            return title
        for k, existing in self.works.items():
            if k == n or (same_work(existing, title) and sequel_signature(existing) is not None):
                if len(title) > len(existing) and sequel_signature(title) == sequel_signature(existing):
                    self.works[k] = title
                n = k
                break
        else:
            self.works[n] = title
        if kind:
            self.kinds.setdefault(n, Counter())[kind] += 1
        if force:
            self.sure.add(n)
        self._work_re = None
        return self.works[n]

    def name_shaped_guess(self, title: str) -> bool:
        """A title found by the words around it only, shaped like a person's name ("Teyonah Parris")."""
        n = norm(title)
        words = title.split()
        return n in self.works and n not in self.sure and 2 <= len(words) <= 3 and n != norm(self.main or "") \
            and all(w[:1].isupper() and w[1:2].islower() and w.replace("-", "").isalpha() for w in words) \
            and words[0] not in ("The", "A", "An") and not is_common(words[-1])

    def learn_people(self, names: list[str]) -> None:
        """People the NER found: known from now on; a guessed title with one of their names is dropped."""
        for name in names:
            name = rp.sub(r"['’]s?$", "", name.strip())
            if len(name.split()) < 2 or not all(w[:1].isupper() for w in name.split()) or _PLACE_WORD.match(name):
                continue
            n = norm(name)
            if self.name_shaped_guess(name) and looks_like_person(name):
                del self.works[n]
                self.kinds.pop(n, None)
                self._work_re = None
            if n not in self.works:
                self.add_person(name)

    def work_re(self) -> re.Pattern | None:
        if self._work_re is None and self.works:
            names = set()
            for t in self.works.values():
                names.add(t)
                names.add(rp.sub(r"\s*[–—]\s*", " – ", t))
                names.add(rp.sub(r"\s*[–—-]\s*", " — ", t))
                names.add(rp.sub(r"\s*[–—-]\s*", " - ", t))
                names.add(t.replace(":", ""))
                if len(t) > 3 and norm(t) in self.sure and not self.kinds.get(norm(t), Counter())["franchise"]:
                    names.add(t.upper())  # "KAJILLIONAIRE" as a listing's heading
            alts = sorted(names, key=len, reverse=True)
            self._work_re = re.compile(r"(?<![\w])(?:" + "|".join(
                ("(?i:" + re.escape(a).replace(r"\ ", r"\s+") + ")") if " " in a else re.escape(a)
                for a in alts) + r")(?![\w])")
        return self._work_re

    def canonical_work(self, text: str) -> str:
        n = norm(text)
        numbered = re.fullmatch(r"(chapter|part) (\d+)", n)
        if numbered:
            found = self.entry(int(numbered.group(2)))
            if found is None and self.franchise:
                found = f"{self.franchise}: {numbered.group(1).title()} {numbered.group(2)}"
            return found or text
        if n in self.works:
            return self.works[n]
        for k, t in self.works.items():
            if self.kinds.get(k, Counter())["franchise"] and k.endswith(" " + n):
                return t
        for t in self.works.values():
            if same_work(t, text):
                return t
        return text

    def kind_of(self, title: str) -> str:
        votes = self.kinds.get(norm(title), Counter())
        film, tv, fr = votes["film"], votes["tv_series"], votes["franchise"]
        if tv >= 1 and tv >= film and tv >= fr:
            return "tv_series"
        return "film"

    def is_franchise_name(self, title: str) -> bool:
        return self.kinds.get(norm(title), Counter())["franchise"] > 0

    def entry(self, number: int, base: str | None = None) -> str | None:
        """The franchise's N-th film: "the third film" → the title numbered 3 (or the base for 1)."""
        base = base or self.franchise
        if not base:
            return None
        b = norm(base)
        if number == 1:
            return self.works.get(b)
        for t in self.works.values():
            sig = sequel_signature(t)
            if sig and sig[0] == b and sig[1] == str(number):
                return t
        return None

    def person(self, name: str) -> str:
        """The document's full form of a person's name ("Solano" → "Mira Solano")."""
        n = norm(name)
        for p in self.people:
            if norm(p) == n:
                return p
        if len(n.split()) <= 2:
            hits = [p for p in self.people if surname(p) == n or norm(p).split()[-1] == n]
            if len(hits) == 1:
                return hits[0]
            hits = [p for p in self.people if norm(p).split()[0] == n and len(n.split()) == 1]
            if len(hits) == 1:
                return hits[0]
        return name

    def knows(self, name: str) -> bool:
        """The inventory holds a person by exactly this name (any spelling of case and accents)."""
        n = norm(name)
        return any(norm(p) == n for p in self.people)

    def add_person(self, name: str) -> str:
        name = rp.sub(r"['’]s?$", "", name.strip())
        if name in STUDIOS or name + "." in STUDIOS or name in PLATFORMS or name in OUTLETS:
            return name  # "Warner Bros" is a studio, whatever its first word
        n = norm(name)
        for p in self.people:
            if norm(p) == n:
                return p
        self.people.append(name)
        return name


# -- building the inventory ------------------------------------------------------------------------

_CUE_BEFORE = re.compile(
    rf"\b(?:(?:films?|movies?|projects?|shows?|series|titles?|thrillers?|roles?|hits?|credits?|blockbusters?|dramas?"
    rf"|comedies|features?)\s+(?:like|such as|including)|(?:co-)?directed|helmed|directing|(?:co-)?wrote|penned|scripted"
    rf"|(?:set\s+to\s+|to\s+|will\s+)?(?:star|stars|starred|starring|appear|appears|appeared|appearing|seen|role|roles"
    rf"|lead|leads|cameo)\s+in|appearances? in|performances? in|produced|the upcoming|episodes? of|season \d+ of"
    rf"|(?:the\s+)?cast\s+of|the\s+set\s+of|(?:has\s+)?(?:joined|joins|joining|renewed|renews|cancell?ed|cancels|greenlit"
    rf"|picked\s+up|acquired|boarded|exited|leaves|left)|sequel,|sequel to|prequel to|follow-up to|spinoff of|spin-off of"
    rf"|spin-off|spinoff|adaptation of|remake of|version of|debut with|debut\s?,|swan song\s?,?|{WORK_NOUNS}\s?,?"
    rf"|(?:19|20)\d\d['’]s|the (?:19|20)\d\d|returned to|return to|returns to|back for|writing|fame of"
    rf"|star of|creator of|director of|writer of|screenwriter of|producer of|showrunner of|co-creator of"
    rf"|(?:release\s+)?dates?\s+for|release\s+of|premiere\s+of|(?:trailers?|teasers?|posters?)\s+for|first\s+look\s+at"
    rf"|screenings?\s+of|reviews?\s+of"
    rf"|(?:first|project|film|movie|role|feature|work)\s+since|(?:officially\s+|originally\s+)?(?:titled|retitled|"
    rf"dubbed)|(?:19|20)\d\d['’]s)"
    rf"\s+(?:both\s+|the\s+(?=[A-Z]))?$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    rf"^(?:\s*\((?:19|20)\d\d\)|\s+(?:remake|sequel|prequel|reboot|franchise|trilogy|saga|universe|spin-?off|spinoff"
    rf"|star|fame|co-star|season\s+\d|premiere|finale|renewal|showrunner|series|show|miniseries|movie|film)\b"
    rf"|(?:\s+in\s+(?:19|20)\d\d)?\s?,\s+an?\s+(?:[\w-]+\s+){{0,2}}(?:movie|film|show|series)\s+(?:that\s+)?(?:she|he|they)\b"
    rf"|\s+(?:is|are)\s+(?:now\s+|also\s+)?(?:streaming|available\s+(?:on|to)|in\s+theaters|out\s+(?:on|now))"
    rf"|\s+(?:premieres?|premiered|debuts?|debuted|opens?|opened|arrives?|hits?|lands?|streams?|grossed|earned)"
    rf"\s+(?:on|in|to|at|this|next|last|[A-Z$])"
    rf"|(?:\s*,\s+(?:as\s+well\s+as|along\s+with)\s+[^,]{{1,40}},)?\s+(?:has|have|had)\s+(?:both\s+|also\s+|now\s+)?(?:been\s+)?"
    rf"(?:pushed|delayed|moved|dated|postponed|bumped|shifted|rescheduled|greenlit|renewed|cancell?ed|pulled|"
    rf"given\s+a\s+(?:new\s+)?release)\b"
    rf"|\s+(?:is|are|was|were)\s+(?:now\s+|originally\s+|currently\s+|also\s+)?(?:set|slated|scheduled|dated|due)\s+"
    rf"(?:to\s+(?:arrive|open|hit|premiere|debut|release|be\s+released|land|bow)|for\s+(?:release|a\s+release|[A-Z]))"
    rf"|\s+will\s+(?:now\s+)?(?:open|arrive|hit\s+theaters|premiere|debut|bow|land|be\s+released)\b|,\s+(?:an?|the|[A-Z][\w'’-]+['’]s)\s+"
    rf"(?:[\w-]+\s+){{0,3}}{WORK_NOUNS}\b\s*(?:[,.;)]|$|from|by|about|starring|directed|written|set|that|which|for|on|at|in|with))",
)
_PERSON_OWNER = re.compile(r"\b(?:in|of|from|on|with|and)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})['’]s?\s+$")
_HEADLINE_VERBS = re.compile(
    r"\s+(?:Adds?|Sets?|Gets?|Lands?|Casts?|Taps?|Eyes?|Hires?|Books?|Dates?|Delays?|Pushe[sd]|Push|Moves?"
    r"|Renew(?:s|ed)?|Cancel(?:s|l?ed)?|Returns?|Debuts?|Premieres?|Reveals?|Teases?|Drops?|Confirms?|Unveils?"
    r"|Announces?|Is|Are|Was|Will|Won['’]t|To|Starts?|Begins?|Wraps?|Heads?|Joins?|Finds?|Nabs?|Scores?|Shifts?"
    r"|Slates?|Arrives?|Comes?|Hits?|Leads?|Stars?|Says|Review|Trailer|Gives?|Sails?|First\s+Look"
    r"|Release|Cast|Ending|Explained|Gets|Adds|Officially|Finally|Now|Streaming|Box\s+Office|Filming|Production"
    r"|Director|Sequel|Spin-?Off|Spinoff|Prequel|Series|Movie|Film|After\s+All|Ahead\s+Of)\b")


def _is_noise_title(run: str) -> bool:
    from ..lexicon import NOISE_LEADS, is_demonym

    words = run.split()
    if _MULTI.search(run):
        return True  # "The 12 Most Anticipated Movies of 2026" names a list, not a work
    if _HEADLINE_NOISE.fullmatch(run.strip()) or re.fullmatch(r"(?:Release|Premiere)\s+\w+", run):
        return True
    if re.fullmatch(r"(?:Season|Series|Episode|Volume)\s+\w+|World\s+War\s+(?:I|II|One|Two|1|2)", run):
        return True  # "Season 2" alone names no work
    if re.match(r"^[A-Z][a-z]+:\s", run) and words[0].lower().strip(":") in _SECTION_WORDS:
        return True  # a field of a fact box: "Language: English", "Genre: Drama"
    if not words or words[0].lower().strip(":") in NOISE_LEADS or is_demonym(words[0]) and len(words) <= 2:
        return True
    if _DATE_LIKE.search(run) or rp.match(r"^\d", run) or rp.search(
            r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b", run):
        return True
    return False


def headline_titles(title: str) -> tuple[list[str], list[str]]:
    """Candidate titles in a headline: (sure ones — quoted or with a year —, pieces to check).

    The pieces are what stands between the headline's verbs and colons; the caller keeps the
    longest part of a piece that the article's body also names."""
    quoted = [next(g for g in m.groups() if g is not None).strip(" ,.") for m in _QUOTED.finditer(title)]
    sure = [q for q in quoted if title_like(q) and not rp.search(r"\b(?:I|We|You|My|Our)\b", q)]
    pieces: list[str] = []
    segments = rp.split(r"\s+[-–—|]\s+|\?\s*|\[.*?\]|;\s+|:\s+(?=(?:[A-Z][\w']*\s+){0,3}?(?:Release|Cast|Trailer|Review"
                        r"|Everything|What|How|Why|Plot|Story|Ending|News|Netflix|Apple|Max|Hulu|Prime|Disney))", title)
    for seg in segments:
        seg = seg.strip(" ,:")
        m = rp.search(r"^(.*?)\s*\(((?:19|20)\d\d)\)", seg)
        if m and not sure:
            sure.append(m.group(1))
            continue
        for piece in _HEADLINE_VERBS.split(seg):
            piece = rp.sub(r"['’]s$", "", piece.strip(" ,:"))
            if piece and not looks_like_person(piece):
                pieces.append(piece)
    return sure, pieces


def _named_in(piece: str, body: str) -> str | None:
    """The longest run of words in ``piece`` that the body names too, capitalized as a title."""
    words = [w.strip(":;,.!?") for w in piece.split()]
    words = [w for w in words if w]
    for size in range(min(len(words), 7), 0, -1):
        for i in range(len(words) - size + 1):
            span = " ".join(words[i:i + size])
            first = words[i]
            article = first in ("A", "An", "The") and size >= 2 and words[i + 1][:1].isupper()
            if not first[:1].isupper() or (is_common(first) and not article) or _is_noise_title(span) or looks_like_person(span) \
                    or looks_like_person(" ".join(words[i:i + 2]).rstrip(",")) or rp.search(r"['’]s?$", first):
                continue
            span = _strip_tail(span)
            if i > 0 and is_given_name(words[i - 1]) and words[i - 1][:1].isupper():
                continue  # a surname right after a given name
            if words[i + size - 1].lower() in ("of", "the", "and", "to", "a", "in", "on", "at", "for"):
                continue
            if size == 1 and (len(first) < 4 or is_given_name(first)):
                continue
            if any(w[:1].isupper() and w not in body for w in words[i:i + size]):
                continue  # a capitalized word the body never uses: no need for a regex
            rx = re.escape(first) + "".join(
                r"\s*[:–—-]?\s+" + (re.escape(w) if w[:1].isupper() and w.lower() not in ("of", "the", "and", "to", "a", "in", "on", "at", "for")
                          else "(?i:" + re.escape(w) + ")") for w in words[i + 1:i + size])
            hit = rp.search(rf"(?<![\w]){rx}(?![\w])", body)
            if hit:
                return _strip_tail(hit.group(0))  # the body's own spelling ("X: Y")
    return None


_YEAR_PAREN = r"\s*\((?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present|now))?\)"
_SEQUEL_SHAPE = re.compile(
    r"\b(?:Chapter|Part|Vol\.?|Volume|Episode)\s+(?:\d+|[IVX]+)\b|\s\d{1,2}$|\s(?:II|III|IV|V|VI)$")


def build_inventory(title: str | None, sents: list[Sentence]) -> Inventory:
    inv = Inventory()
    if title and (title.strip() in STUDIOS or title.strip() in PLATFORMS or title.strip() in OUTLETS):
        title = None  # a picture credit above the article, not its headline
    texts = [s.text for s in sents]
    runs = [cap_runs(t) for t in texts]
    mid_sentence = {norm(r) for t, rs in zip(texts, runs, strict=True) for st, _, r in rs if st > 0}
    # 1. names used as series: "the X franchise", "X universe", "X: Chapter 2", "world of X"
    for t, rs in zip(texts, runs, strict=True):
        for start, end, run in rs:
            after = t[end:end + 40]
            base = _best_suffix(run, start, mid_sentence, series=True)
            if rp.match(rf"^[”\"’]?\s+(?:{FRANCHISE_NOUNS})\b", after, re.I) and not rp.match(
                    r"^[”\"’]?\s+series\b", after, re.I):
                inv.add_work(base, "franchise", force=True)
            elif rp.match(r"^\s*(?::\s*)?(?:Chapter|Part)\s+\d", after) or rp.search(
                    r"\b(?:world|universe) of [“\"]?$", t[:start]):
                inv.add_work(base, "franchise" if "of" in t[max(0, start - 12):start] else None, force=True)
    # 2. titles in quotation marks
    for t in texts:
        for m in _QUOTED.finditer(t):
            if rp.search(r"\b(?:as|play|plays|playing|played|named|called|nicknamed|role\s+of|character)\s+$",
                         t[max(0, m.start() - 14):m.start()]):
                continue  # 'will play "Ada"', 'as "Lambert"': a character in quotes
            q = next(g for g in m.groups() if g is not None).strip().rstrip(",.;:?!").strip()
            bare = _strip_tail(q)
            kind = "franchise" if bare != q else _kind_after(t, m.end())
            if title_like(bare) and len(bare) > 1 and (not looks_like_person(bare) or norm(bare) in inv.works):
                inv.add_work(bare, kind, force=True)
    body = "\n".join(texts[1:]) if title and texts and texts[0] == title else "\n".join(texts)
    inv.headline = []
    sure, pieces = headline_titles(title or "")
    for cand in sure:
        if cand.isupper() and " " not in cand:
            continue
        if not inv.knows(cand) and (any(occurrences(body.lower(), cand.lower()))
                                                    or len(sure) == 1):
            inv.headline.append(inv.add_work(cand, force=True))
    if not inv.headline:
        for piece in pieces:
            found = _named_in(piece, body)
            found = rp.sub(r"['’]s?$", "", found) if found else found
            if found and found.isupper() and " " not in found:
                continue
            parts = found.split(" and ") if found else []
            if len(parts) == 2 and all(p[:1].isupper() and any(occurrences(body, p)) for p in parts):
                # "Director of Dustwater and A Bell for Santa Lucía": two titles, each named in the body
                for part in parts:
                    inv.headline.append(inv.add_work(part, force=True))
                continue
            if found and not looks_like_person(found) and found not in PLATFORMS and found not in STUDIOS \
                    and not inv.knows(found):
                inv.headline.append(inv.add_work(found, force=True))
    if not inv.headline:
        # the work may be named in the headline only: its one title-like run that is no one's name
        for piece in pieces:
            for _, _, run in cap_runs(piece):
                run = rp.sub(r"\s+(?:for|at|from|with|on|to|in)\s+.*$", "", run)
                if not looks_like_person(run) and run not in PLATFORMS and run not in STUDIOS \
                        and run not in OUTLETS and not _is_noise_title(run) and not is_common(run) \
                        and not any(w.strip(":;,.!?") in _SECTION_WORDS for w in run.lower().split()
                                    if w not in ("the", "a", "an", "of", "and", "to", "in")) and len(run) > 3 \
                        and not rp.search(r":\s*\d", run):
                    inv.headline.append(inv.add_work(run, force=True))
                    break
            if inv.headline:
                break
    # 3. people named in running prose (a given name and a surname), and in credit lines
    for s, rs in zip(sents, runs, strict=True):
        credit_line = _CREDIT_LINE.match(s.text)
        if credit_line:  # "Directors: Jane Roe, Dev Okoro-Hart": every name listed is a person
            for piece in rp.split(r"\s*[,;/]\s*|\s+(?:and|&)\s+", credit_line.group(1)):
                piece = rp.sub(r"\s*\(.*$", "", piece).strip(" .")
                words = piece.split()
                if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words if w.lower() not in _PARTICLES) \
                        and norm(piece) not in inv.works:
                    inv.add_person(piece)
            continue
        if s.heading or s.text == title:
            continue
        for group in rp.finditer(r"\(([^()]{3,90})\)", s.text):
            # "(Corinne Mallory and Dev Okoro-Hart)": the names listed with a person are people too
            pieces = [p.strip() for p in rp.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", group.group(1)) if p.strip()]
            shaped = [p for p in pieces if rp.fullmatch(r"[A-Z][\w'’.-]+(?:\s+(?:de|van|von|da|di|le|la)?\s*[A-Z][\w'’.-]+){1,3}", p)]
            if len(pieces) >= 2 and len(shaped) == len(pieces) and any(
                    looks_like_person(p) or inv.knows(p) for p in pieces):
                for p in pieces:
                    if norm(p) not in inv.works:
                        inv.add_person(p)
        in_list = False
        for start, end, run in rs:
            before = s.text[max(0, start - 40):start]
            role_cue = _ROLE_BEFORE.search(before) or (in_list and rp.fullmatch(r".*?(?:,\s*(?:and\s+)?|\s+and\s+)", before))
            in_list = bool(role_cue)
            if role_cue and norm(run) not in inv.works:
                # "starring Dev Okoro-Hart", "director Tobin Reyes": the role says it is a person
                for piece in rp.split(r"\s*,\s*|\s+(?:and|&)\s+", run):
                    words = piece.split()
                    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words if w.lower() not in _PARTICLES) \
                            and not _is_noise_title(piece) and not is_common(words[0]):
                        inv.add_person(piece)
                continue
            if rp.search(r"[A-Z][\w'’.-]+\s*\(\s*$", s.text[max(0, start - 40):start]) and rp.match(r"\s*\)", s.text[end:]):
                continue  # "Jane Roe (Night Ferry)": a credit in parentheses is a title
            if rp.match(_YEAR_PAREN, s.text[end:]) and not is_given_name(run.split()[0]):
                continue  # "Sombra Larga (2019)": a title with its year
            for piece in rp.split(r"\s*,\s*|\s+(?:and|or|&)\s+", run):
                words = piece.split()
                if looks_like_person(piece) and len(words) <= 4 and norm(piece) not in inv.works:
                    inv.add_person(" ".join(words[:4]))
    # 4. titles known by their shape or by the words around them
    for t, rs in zip(texts, runs, strict=True):
        last_title_end = -10
        for start, end, run in rs:
            if re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)", t[last_title_end:start]) and \
                    not _is_inventory_person(inv, run) and not _is_noise_title(run) and run not in PLATFORMS \
                    and run not in STUDIOS and not is_common(run):
                for piece in rp.split(r"\s+and\s+", run):  # "directed Memento, Inception and Interstellar"
                    if not _is_inventory_person(inv, piece) and not is_common(piece):
                        inv.add_work(piece)
                last_title_end = end
                continue
            run = _best_suffix(run, start, mid_sentence)
            if rp.match(_YEAR_PAREN, t[end:]) and not is_given_name(run.split()[0]) and not _is_noise_title(run) \
                    and norm(run) not in {norm(p) for p in inv.people}:
                inv.add_work(run, _kind_after(t, end), force=True)  # "Sombra Larga (2019)"
                continue
            owner = _PERSON_OWNER.search(t[max(0, start - 50):start])
            owned = bool(owner and (_is_inventory_person(inv, owner.group(1)) or owner.group(1) in PLATFORMS))
            company = rp.search(r"([A-Z][\w+.&-]*(?:\s+[A-Z][\w+.&-]*){0,2})['’]s?\s+$", t[max(0, start - 40):start])
            owned = owned or bool(company and (company.group(1) in STUDIOS or company.group(1) in PLATFORMS))
            if (looks_like_person(run) if owned else _is_inventory_person(inv, run)) or norm(run) in inv.works:
                continue
            before, after = t[:start], t[end:]
            colon = rp.match(r"^([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}):\s+([A-Z0-9].*)$", run)
            if colon:
                tail_words = colon.group(2).lower().split()
                while tail_words and tail_words[-1] in _SECTION_WORDS:
                    tail_words.pop()
                cued = _CUE_AFTER.match(after) or _CUE_BEFORE.search(before[-60:])
                if not tail_words or (sum(x.count(run) for x in texts) < 2 and not cued):
                    colon = None
            if colon and (norm(colon.group(1)) in inv.works or (
                    not _is_noise_title(colon.group(1)) and not colon.group(1).isupper()
                    and not is_common(colon.group(1).split()[0]) and not looks_like_person(colon.group(2))
                    and not any(w in _SECTION_WORDS for w in colon.group(1).lower().split()))):
                inv.add_work(run, _kind_after(t, end))  # "Ironvale: The Drowned Keep"
                continue
            if start <= 4 and rp.match(r"\s*(?:/[^(]{0,60})?\(\s*(?:Director|Dir\.|Directors)\s*:", after):
                inv.add_work(_title_case(run) if run.isupper() else run)  # a programme entry: "TITLE / Country (Director: …"
                continue
            if _SEQUEL_SHAPE.search(run) or rp.match(_YEAR_PAREN, after):
                inv.add_work(run, _kind_after(t, end), force=not is_given_name(run.split()[0]))
                continue
            if _is_noise_title(run):
                continue
            in_parens = rp.search(r"[A-Z][\w'’-]+\s*\(\s*$", before[-40:]) and rp.match(r"\s*\)", after) and \
                _is_inventory_person(inv, rp.search(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s*\(\s*$",
                                                    before[-60:]).group(1))
            cued_after = _CUE_AFTER.match(after)
            strong = _CUE_BEFORE.search(before[-60:]) or cued_after or owned or in_parens or (
                rp.search(r"\b(?:the|her|his)\s+$", before[-5:]) and rp.match(r"\s+(?:actress|actor|star|co-star)\b", after))
            if strong and (cued_after or not rp.search(r",\s+(?:the\s+)?$", before[-12:])
                           or rp.match(r"\s*(?:[,.;:)(]|$)", after)):
                for piece in rp.split(r"\s*,\s*|\s+and\s+", run):
                    if piece and not is_common(piece) and not looks_like_person(piece) \
                            and piece not in PLATFORMS and piece not in STUDIOS:
                        inv.add_work(piece, _kind_after(t, end) if piece == run else None)
                        last_title_end = end
            elif (rp.match(r"\s[,.?;]", after) or rp.match(_YEAR_PAREN, after)) and len(run.split()) <= 6 and not _is_inventory_person(inv, run) \
                    and run not in PLATFORMS and run not in STUDIOS and run not in OUTLETS:
                # an italic title flattened to text leaves a space before the punctuation
                inv.add_work(run)
    _title_headings(inv, sents, runs)
    _also_known_as(inv, texts, runs)
    _seasons(inv, "\n".join(texts))
    for full in list(inv.works.values()):
        # "El Camino: A Breaking Bad Movie" is El Camino's full title, not a sequel to it
        m = _SUBTITLE_OF.search(full)
        if m and norm(full[:m.start()]) in inv.works and not inv.is_franchise_name(full[:m.start()]):
            inv.works[norm(full[:m.start()])] = full
            inv._work_re = None
    _prune(inv, texts)
    _choose_main(inv, title, sents)
    return inv


_ROLE_BEFORE = re.compile(
    r"(?:\b(?:[Ss]tarring|[Cc]o-starring|[Dd]irected\s+by|[Ww]ritten\s+by|[Pp]roduced\s+by|[Cc]reated\s+by|alongside|opposite"
    r"|actor|actress|director|filmmaker|helmer|screenwriter|writer|producer|showrunner|creator|co-star|star|comedian"
    r"|[Ww]riter-director|[Dd]irector-writer)\s+)$")

# A place's name, whatever the NER says ("North Yorkshire", "Lake Placid", "Port Talbot").
_PLACE_WORD = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Greater|Central|Mount|"
                         r"Lake|Port|Fort|Cape|Saint|St\.|San|Santa|Los|Las|New|Old|Little|Great)\s")

_CREDIT_LINE = re.compile(
    r"^\W*(?:Directors?|Directed\s+by|Writers?|Written\s+by|Screenplay(?:\s+by)?|Screenwriters?|Cast|Starring|Stars|"
    r"Producers?|Produced\s+by|Executive\s+Producers?|Creators?|Created\s+by|Showrunners?|Voice\s+cast)\s*:\s*(.+)$")

_SECTION_WORDS = {
    "cast", "characters", "character", "plot", "story", "release", "date", "dates", "trailer", "trailers", "director",
    "directors", "writer", "writers", "production", "filming", "where", "to", "watch", "stream", "and", "the", "what",
    "we", "know", "expect", "from", "about", "details", "news", "synopsis", "crew", "reviews", "review", "rating",
    "runtime", "budget", "box", "office", "more", "faq", "summary", "overview", "conclusion", "verdict", "final",
    "thoughts", "who", "is", "in", "how", "when", "will", "be", "released", "a", "of", "so", "far", "everything",
    "updates", "update", "latest", "new", "streaming", "theaters", "premiere", "episodes", "season", "seasons",
    "quick", "facts", "at", "glance", "credits", "related", "stories", "reading", "order", "timeline",
    "sequel", "spinoff", "spin-off", "franchise", "us", "uk", "also", "read", "if", "you", "liked", "this", "try",
    "language", "languages", "genre", "genres", "rated", "country", "countries", "running",
    "duration", "length", "certificate", "format", "status", "network", "distributor", "studio", "platform",
    "feature", "features", "recap", "roundup", "round-up", "tagged", "tags", "label", "posts", "showing", "trash",
    "premieres", "capsule", "capsules", "releases", "lineup", "line-up", "slate", "schedule", "calendar", "guide",
    "channel", "section", "topic", "topics", "category", "categories", "playing", "wide", "limited",
}


_AKA = re.compile(r"^\s*(?:\((?:19|20)\d\d\))?,?\s+(?:(?:also\s+)?(?:released|known|retitled|titled|sold)\s+"
                  r"(?:in\s+(?:the\s+)?[A-Z][\w.]*\s+|abroad\s+|internationally\s+)?as|a\.k\.a\.?|aka)\s+[“\"]?$|^\s+/\s+$")


_SEASON_TITLE = re.compile(r"^(.+?\S)\s*:?\s+(?:Season|Series)\s+(?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|"
                           r"Nine|Ten)$")


def _seasons(inv: Inventory, body: str) -> None:
    """"The Conners Season 2" names a season of The Conners when the text also names The Conners on
    its own; "Kite Season 2", whose text always says "Kite Season", is a title of its own."""
    for n, title in list(inv.works.items()):
        m = _SEASON_TITLE.match(title)
        if not m or rp.fullmatch(r"(?:The|A|An)", m.group(1)):
            continue
        base = m.group(1)
        if rp.search(rf"(?<!\w){re.escape(base)}(?!\w)(?!\s*:?\s+(?:Season|Series)\b)", body):
            canon = inv.add_work(base, "tv_series")
            inv.works[n] = canon
            inv.kinds.setdefault(norm(canon), Counter())["tv_series"] += 1
            inv._work_re = None


def _also_known_as(inv: Inventory, texts: list[str], runs: list) -> None:
    """"Mad Max 2, released in the US as The Road Warrior", "Mad Max 2 / The Road Warrior": one work."""
    for t, rs in zip(texts, runs, strict=True):
        for (_s1, e1, r1), (s2, _e2, r2) in zip(rs, rs[1:], strict=False):
            if norm(r1) in inv.works and _AKA.match(t[e1:s2]) and not looks_like_person(r2):
                inv.works[norm(r2)] = inv.works[norm(r1)]
                inv._work_re = None


_ENTRY_LEAD = re.compile(r"^(?:Starring|Directed|Written|From|Based|Set\s|In\s+this|This\s|The\s+(?:film|movie|series|show)"
                         r"|\()|\b(?:star(?:s|ring)?|directed|premieres?|release[sd]?|sequel|adaptation)\b")


def _title_headings(inv: Inventory, sents: list[Sentence], runs: list) -> None:
    """In listings each section heading is a title: once one heading names a known work, other
    headings that are a bare title-cased name (not a person, not "Cast and Characters") are works."""
    bare = []
    for s, rs in zip(sents, runs, strict=True):
        text = s.text.strip()
        numbered = rp.match(r"^\s*#?\s*\d{1,3}\s*[.):]\s+(?P<title>[^(]+?)\s*(?:\((?P<paren>[^)]*)\))?\s*$", text)
        if s.heading and numbered:
            cand = rp.sub(r"\s+[-–—|]\s+.*$", "", numbered.group("title")).strip(" :")
            if title_like(cand) and not looks_like_person(cand) and not _is_noise_title(cand):
                inv.add_work(cand, force=True)  # "3. Kite Season (July 17)": a listing's entry
            continue
        reviewed = rp.match(r"^[‘'\"“]?(.+?)[’'\"”]?\s*[:|–—-]\s+(?:(?:Movie|Film|TV|Series|Season\s+\d+|Blu-ray|DVD|"
                            r"Theatrical|Festival)\s+)?Review$", text)
        if s.heading and reviewed and title_like(reviewed.group(1)) and not looks_like_person(reviewed.group(1)):
            inv.add_work(reviewed.group(1), force=True)  # "Created Equal: Movie Review" heads a review
            continue
        directed = rp.match(r"^(.+?)\s*\((?:dir\.|directed\s+by|director:?)\s*[A-Z][^)]*\)$", text, re.I)
        if s.heading and directed and title_like(directed.group(1)):
            inv.add_work(directed.group(1), force=True)  # "Tron: Ares (dir. Joachim Rønning)": an entry
            continue
        cand = rp.sub(r"\s*\((?:dir\.|directed\s+by|director:?|(?:19|20)\d\d)[^)]*\)$", "", text, flags=re.I).rstrip(" :")
        cand = rp.sub(r"\s*[-–—,:]?\s+(?:Season|Series)\s+\w+$", "", cand)  # "Harrow - Season 1": the series
        if not s.heading or s is sents[0] or not rs or ":" in cand or not title_like(cand) \
                or not (cand[:1].isupper() or cand[:1].isdigit()):
            continue
        words = rp.findall(r"[\w'’-]+", text.lower())
        if not words or all(w in _SECTION_WORDS for w in words) or len(words) > 6 or _is_noise_title(text) \
                or is_common(cand) or inv.knows(text):
            continue
        after = sents[sents.index(s) + 1].text if s is not sents[-1] else ""
        if rp.match(r"\([A-Z][^)]{1,30}\)\s+[A-Z]", after) and not looks_like_person(cand):
            inv.add_work(_title_case(cand) if cand.isupper() else cand, force=True)  # "KAJILLIONAIRE" over "(Focus) cast…"
            continue
        if looks_like_person(cand):
            # "Charlie St. Cloud" over "Starring Zac Efron as …": an entry whose text speaks of a work
            following = next((x.text for x in sents[sents.index(s) + 1:] if not x.heading), "")
            if cand in following or not _ENTRY_LEAD.search(following[:80]):
                continue
        bare.append(cand)
    if any(norm(b) in inv.works for b in bare):
        for b in bare:
            inv.add_work(b, force=True)


def _best_suffix(run: str, start: int, mid_sentence: set[str], series: bool = False) -> str:
    """"Fans of the X" → "X" when the run opens a sentence and its tail is used elsewhere."""
    if start > 0 and norm(run) in mid_sentence and not rp.search(r"\s(?:of|the|in|about|to)\s", run):
        return run
    parts = rp.split(r"\s+(?:(?:of|the|and|to|a|an|in|on|for|from|at|with)\s+)+", run)
    for i in range(1, len(parts)):
        tail = run[run.index(parts[i]):]
        if norm(tail) in mid_sentence:
            return tail
    if series and len(parts) > 1 and rp.search(r"\s(?:in|about|to|from|with)\s+(?:the\s+)?\S+$", run):
        return run[run.index(parts[-1]):]
    return run


def _is_inventory_person(inv: Inventory, run: str) -> bool:
    if norm(run) in inv.works:
        return False
    if looks_like_person(run):
        return True
    n = norm(run)
    return any(norm(p) == n or surname(p) == n for p in inv.people)


def _kind_after(text: str, end: int) -> str | None:
    after = text[end:end + 40].lower()
    before = text[max(0, end - 120):end].lower()
    if rp.match(r"^[”\"’]?\s*(?:season|series\s+\d|s\d\b|renewed|showrunner|\((?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d|present|now)?\))", after) or rp.search(
            r"\b(?:season\s+\w+\s+of|episodes?\s+of|the\s+(?:tv|television|streaming|hit|drama|comedy)\s+series)\s+[“\"]?[^.]{0,40}$",
            before):
        return "tv_series"
    if rp.match(rf"^[”\"’]?\s*(?:{FRANCHISE_NOUNS})\b", after) and not rp.match(r"^[”\"’,]?\s*series\b", after):
        return "franchise"
    if rp.match(r"^[”\"’,]?\s*(?:tv |television |streaming |prequel |limited )?(?:series|show|miniseries)\b", after) \
            or rp.search(r"\b(?:tv|television|streaming|prequel|limited|spin-?off) (?:series|show)\s+(?:called|titled|named)?\s*[“\"]?[^.]{0,40}$", before):
        return "tv_series"
    if rp.match(r"^[”\"’,]?\s*(?:movie|film|remake|sequel|prequel|reboot|\((?:19|20)\d\d\))", after):
        return "film"
    return None


def _prune(inv: Inventory, texts: list[str]) -> None:
    """Drop "titles" that are really people, outlets, platforms or studios."""
    for n, t in list(inv.works.items()):
        if t in inv.headline:
            continue
        if t in OUTLETS or t in PLATFORMS or t in STUDIOS or is_common(t) or _is_noise_title(t) or any(
                norm(p) == n or surname(p) == n for p in inv.people):
            del inv.works[n]
    # a title used before "franchise"/"universe"/"movies" is also a franchise name
    body = "\n".join(texts)
    lowered = body.lower()
    for n, t in inv.works.items():
        for start, end in occurrences(lowered, t.lower()):
            if _FRANCHISE_AFTER.match(body, end):
                inv.kinds.setdefault(n, Counter())["franchise"] += 1
            if _WORLD_OF.search(body[max(0, start - 24):start]) and body[start:end] == t:
                inv.kinds.setdefault(n, Counter())["franchise"] += 1
    inv._work_re = None


_FRANCHISE_AFTER = re.compile(rf"[”\"’]?\s+(?:{FRANCHISE_NOUNS})\b", re.I)
_WORLD_OF = re.compile(r"\b(?:world|universe) of [“\"]?$")


def occurrences(haystack: str, needle: str):
    """Where ``needle`` stands as whole words in ``haystack`` (plain string search, no regex)."""
    if not needle:
        return
    pos = haystack.find(needle)
    while pos >= 0:
        end = pos + len(needle)
        if (pos == 0 or not haystack[pos - 1].isalnum()) and (end == len(haystack) or not haystack[end].isalnum()):
            yield pos, end
        pos = haystack.find(needle, pos + 1)


_MULTI = re.compile(
    r"^\s*(?:the\s+)?\d+\s+(?:best|most|biggest|top|new|upcoming|great|things|movies|films|shows|performances)"
    r"|\b(?:round-?up|calendar|slate|newsletter|ranked|box\s+office|what\s+to\s+watch|new\s+on|this\s+week"
    r"|(?:movies|films|shows|series)\s+(?:of|to\s+watch|coming)|best\s+performances|filmography|career|profile"
    r"|in\s+order|watch\s+order|\bvs\.?\b|line-?up|tracker|renewals?|cancellations?|leaving|every\s+\w+\s+sequel"
    r"|sequels|(?:festival|awards?)\s+(?:line|nominations|winners)|obituary|dies\s+at|dead\s+at|remembered)\b",
    re.IGNORECASE,
)


def _choose_main(inv: Inventory, title: str | None, sents: list[Sentence]) -> None:
    counts: Counter = Counter()
    fr_counts: Counter = Counter()
    rx = inv.work_re()
    if rx is None:
        return
    people = {norm(p) for p in inv.people}
    first_named: str | None = None
    for s in sents:
        for m in rx.finditer(s.text):
            t = inv.canonical_work(m.group(0))
            name = rp.match(r"\s+[A-Z][\w'’-]+", s.text[m.end():])
            if name and norm(m.group(0) + name.group(0)) in people:
                continue  # "Roseanne Barr" is no mention of Roseanne
            if first_named is None and not s.heading:
                first_named = t
            after = s.text[m.end():m.end() + 25].lower()
            if rp.match(rf"^[”\"’]?\s*(?:{FRANCHISE_NOUNS}|character|-related|spinoff|spin-off)", after) or \
                    rp.search(r"\b(?:world|universe) of [“\"]?$", s.text[:m.start()]):
                fr_counts[t] += 1
            else:
                counts[t] += 1
    for t in list(counts):
        # "Star Wars" beside "Star Wars: Skeleton Crew": the shorter name is the series the work belongs to
        if any(u != t and u.startswith(t + ":") and counts.get(u) for u in inv.works.values()):
            fr_counts[t] += counts.pop(t)
    candidates: list[str] = []
    if title:
        parts = rp.split(r"\s*(?:[|:–—-]\s+|\?|\[.*?\])\s*", _HEADLINE_NOISE.sub("|", title))
        for part in parts:
            for piece in _HEADLINE_KIND.split(part):
                piece = piece.strip(" ,|&")
                if piece and not _HEADLINE_KIND.fullmatch(piece):
                    for w in inv.works.values():
                        if any(occurrences(piece.lower(), w.lower())):
                            candidates.append(w)
        m = rp.search(r"([A-Z][\w'’:-]*(?:\s+[A-Z0-9][\w'’:-]*)*)\s+(?:spin-?off|sequel|prequel)\s+"
                      r"([A-Z][\w'’:-]*(?:\s+(?:of|the|and|to|a|in|on)?\s*[A-Z0-9][\w'’:-]*)*)", title, re.I)
        if m:
            spun = inv.canonical_work(_strip_noise(m.group(2)))
            if norm(spun) in inv.works:
                inv.main = spun
                base = inv.canonical_work(m.group(1))
                if norm(base) in inv.works:
                    inv.franchise = base
    person_first = bool(title) and any(looks_like_person(" ".join(title.split()[:k]).rstrip(",:'’s"))
                                       for k in (2, 3)) and not rp.match(r"^[^,:]+\s+(?:to|will|joins?|in\s+talks)\b", title)
    inv.multi = bool(title and _MULTI.search(title)) or len(set(inv.headline)) >= 3 or (
        person_first and bool(rp.match(r"^[^,]{3,40},", title)))  # "Jane Roe, Director of X and Y, …": a profile
    if inv.multi:
        inv.main = None  # a listing or roundup: each section speaks of its own work
    elif inv.main is None:
        heads = [h for h in inv.headline if norm(h) in inv.works and not inv.is_franchise_name(h)]
        heads = heads or [h for h in inv.headline if norm(h) in inv.works]
        if heads:
            inv.main = inv.canonical_work(heads[0])
    if inv.main is None and not inv.multi:
        pool = [c for c in candidates if counts[c] >= 1] or candidates
        if pool:
            inv.main = max(pool, key=lambda c: (counts[c], -len(c)))
        elif counts:
            # no title in the headline: only a clearly dominant work is the article's subject
            (top, n), *rest = counts.most_common(2) + [("", 0)]
            if (n >= 3 and n >= 2 * rest[0][1]) or (n >= 2 and n > rest[0][1] and top == first_named):
                inv.main = top  # the work the lead names and the text keeps naming
            else:
                inv.multi = True
    if inv.franchise is None and fr_counts:
        inv.franchise = fr_counts.most_common(1)[0][0]
    if inv.franchise and inv.main and norm(inv.franchise) == norm(inv.main):
        inv.franchise = None if counts[inv.main] > fr_counts[inv.main] else inv.franchise
        if inv.franchise:
            inv.main = next((c for c, _ in counts.most_common() if c != inv.franchise), inv.main)
    if inv.franchise:
        inv.kinds.setdefault(norm(inv.franchise), Counter())["franchise"] += 1


def _strip_noise(s: str) -> str:
    return _HEADLINE_NOISE.split(s)[0].strip(" ,")


# -- tagging one sentence --------------------------------------------------------------------------

_MONEY = re.compile(r"(?P<cur>[$£€])\s?(?P<amount>\d+(?:\.\d\d)?)|(?P<amount2>\d+(?:\.\d\d)?)\s?(?P<cur2>USD|EUR|GBP)")
_CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR", "USD": "USD", "EUR": "EUR", "GBP": "GBP"}


def tag(sent: Sentence, inv: Inventory, ents: list[tuple[int, int, str]] | None = None,
        anchor: str | None = None) -> Tagged:
    text = sent.text
    found: list[Mention] = []
    taken = [False] * len(text)

    def claim(start: int, end: int, kind: str, name: str, **data) -> None:
        if start >= end or any(taken[start:end]):
            return
        for i in range(start, end):
            taken[i] = True
        found.append(Mention(start, end, kind, text[start:end], name, dict(data)))

    for m in OUTLET_RE.finditer(text):
        if m.group(0) in ("People", "Empire", "Puck", "Polygon", "Forbes") and not rp.search(
                r"(?:via|per|told|to|according to|by)\s+$", text[:m.start()]):
            continue
        claim(m.start(), m.end(), "outlet", OUTLETS[m.group(0)])
    runs = cap_runs(text)
    rx = inv.work_re()
    if rx is not None:
        # a title inside a longer name ("J. Robert Oppenheimer" in an article about Oppenheimer) is the name's
        names = [(a, b) for a, b, run in runs if len(run.split()) >= 2 and norm(run) not in inv.works
                 and (inv.person(run) != run or looks_like_person(run) or rp.match(r"^[A-Z]\.\s", run))]
        for m in rx.finditer(text):
            if any(a <= m.start() and m.end() <= b and (a, b) != (m.start(), m.end()) for a, b in names):
                continue
            t = inv.canonical_work(m.group(0))
            after = text[m.end():m.end() + 30]
            before = text[max(0, m.start() - 40):m.start()]
            if rp.match(rf"^[”\"’]?\s*(?:{FRANCHISE_NOUNS})\b", after, re.I) and not rp.match(
                    r"^[”\"’]?\s*series\b", after, re.I) or rp.search(r"\b(?:world|universe) of [“\"]?$", before) \
                    or (rp.match(r"^[”\"’]?\s*series\b", after, re.I) and inv.is_franchise_name(t)
                        and inv.kind_of(t) != "tv_series" and inv.kinds[norm(t)]["franchise"] > 1):
                claim(m.start(), m.end(), "franchise", t)
            else:
                year = rp.match(r"\s*\(((?:19|20)\d\d)\)", after)
                claim(m.start(), m.end(), "work", t, year=year.group(1) if year else None)
    for m in PLATFORM_RE.finditer(text):
        if " " not in m.group(0) and (rp.match(r"\s+[A-Z][a-z]", text[m.end():]) or rp.search(r"[A-Z][a-z]+\s+$", text[:m.start()])):
            continue  # "Max Rockatansky", "Mad Max": a one-word platform inside a longer name
        claim(m.start(), m.end(), "platform", PLATFORMS[m.group(0)])
    for m in STUDIO_RE.finditer(text):
        claim(m.start(), m.end(), "organization", STUDIOS[m.group(0)])
    # digits inside a title are no date ("Wonder Woman 1984 opens June 5": June 5 of no year 1984)
    dated = text
    for m in found:
        if m.kind == "work":
            dated = dated[:m.start] + rp.sub(r"\d", "0", dated[m.start:m.end]) + dated[m.end:]
    for d in find_dates(dated, anchor):
        if rp.search(r"['’]s$", d.text):
            d = replace(d, end=d.end - 2, text=d.text[:-2])
        claim(d.start, d.end, "date", d.value or d.text, precision=d.precision, relative=d.relative,
              resolved=d.value is not None)
    for m in _MONEY.finditer(text):
        cur = m.group("cur") or m.group("cur2")
        amount = m.group("amount") or m.group("amount2")
        claim(m.start(), m.end(), "money", f"{amount} {_CURRENCY[cur]}")
    for s_, e_, label in ents or []:
        if label in ("GPE", "LOC") and inv.person(text[s_:e_]) == text[s_:e_] and not rp.search(
                r"\b(?:named|called|as|playing|plays|play)\s+$", text[max(0, s_ - 9):s_]):
            claim(s_, e_, "place", text[s_:e_])
    # people: known full names and surnames first, then new given-name + surname runs, then NER
    person_spans: list[tuple[int, int]] = []
    for start, _end, run in runs:
        pos = start
        for piece in rp.split(r"(\s*,\s*|\s+(?:and|or|&)\s+)", run):
            p_start, pos = pos, pos + len(piece)
            if not piece.strip() or re.fullmatch(r"\s*,\s*|\s+(?:and|or|&)\s+", piece):
                continue
            words = piece.split()
            known = inv.person(piece) != piece or inv.knows(piece)
            lead = rp.match(r"^(\S+(?:\s+(?:de|da|del|van|von|der|di|du|le|la))?\s+\S+?)(?=\s+(?:in|at|on|for|from|of|to)\s)",
                            piece)
            if known or looks_like_person(piece):
                person_spans.append((p_start, p_start + len(piece)))
            elif lead and looks_like_person(lead.group(1)):
                person_spans.append((p_start, p_start + len(lead.group(1))))  # "Jane Roe in The Title"
            elif sent.heading and len(words) > 2:
                # Title Case headings: find known people inside the run
                for p in inv.people:
                    for k in rp.finditer(rf"(?<!\w){re.escape(p)}(?!\w)|(?<!\w){re.escape(p.split()[-1])}(?!\w)", piece):
                        person_spans.append((p_start + k.start(), p_start + k.end()))
    for s, e, label in ents or []:
        words = text[s:e].split()
        while len(words) > 1 and is_common(words[0]):  # "Starring Ada Quill": the NER's span starts too early
            s = text.index(words[1], s + len(words[0]))
            words = words[1:]
        if label == "PERSON" and (len(text[s:e].split()) >= 2 or inv.person(text[s:e]) != text[s:e]) \
                and not _PLACE_WORD.match(text[s:e]):
            person_spans.append((s, e))
    for s, e in sorted(person_spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        raw = rp.sub(r"['’]s?$", "", text[s:e])
        e = s + len(raw)
        particle = rp.search(r"\b(?:de|da|del|van|von|der|di|du|le|la)\s+$", text[max(0, s - 4):s])
        if particle and len(raw.split()) == 1:
            s -= len(particle.group(0))  # "de Vries": the particle belongs to the surname
            raw = text[s:e]
        claim(s, e, "person", inv.person(raw))
    for s, e, label in ents or []:
        if label in ("GPE", "LOC", "FAC"):
            claim(s, e, "place", text[s:e])
    found.sort(key=lambda m: m.start)
    parts, pos = [], 0
    for i, m in enumerate(found):
        parts.append(text[pos:m.start])
        parts.append(f"⟦{KIND_CODES[m.kind]}{i}⟧")
        pos = m.end
    parts.append(text[pos:])
    # quotation marks around a title belong to the title: “⟦W1⟧,” → ⟦W1⟧,
    template = rp.sub(r"[“\"‘']\s*(⟦[A-Z]\d+⟧)\s*([,.!?]?)\s*[”\"’'](?!\w)", r"\1\2", "".join(parts))
    return Tagged(sent, found, template)
