"""Word lists the extractors share: platforms, outlets, studios, given names, cue words.

These are domain knowledge about the entertainment trade in general, never about one film.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

# Streaming services and stores, with the canonical name each spelling stands for.
PLATFORMS: dict[str, str] = {
    "Netflix": "Netflix", "Hulu": "Hulu", "Peacock": "Peacock", "Max": "Max", "HBO Max": "HBO Max",
    "HBO": "HBO", "Disney+": "Disney+", "Disney Plus": "Disney+", "Prime Video": "Prime Video",
    "Amazon Prime Video": "Prime Video", "Amazon Prime": "Prime Video", "Amazon Video": "Amazon Video",
    "Amazon": "Amazon Video", "Apple TV+": "Apple TV+", "Apple TV Plus": "Apple TV+",
    "Apple TV": "Apple TV", "Apple iTunes": "Apple iTunes", "iTunes": "Apple iTunes",
    "Google Play": "Google Play", "Google Play Movies": "Google Play", "YouTube": "YouTube",
    "YouTube Movies": "YouTube", "Vudu": "Vudu", "Fandango at Home": "Fandango at Home",
    "Paramount+": "Paramount+", "Paramount Plus": "Paramount+", "Starz": "Starz", "Showtime": "Showtime",
    "AMC+": "AMC+", "Tubi": "Tubi", "Pluto TV": "Pluto TV", "Crunchyroll": "Crunchyroll", "Mubi": "Mubi",
    "MUBI": "Mubi", "Criterion Channel": "Criterion Channel", "Shudder": "Shudder",
    "The Roku Channel": "The Roku Channel", "Microsoft Store": "Microsoft Store", "Redbox": "Redbox",
    "BritBox": "BritBox", "Acorn TV": "Acorn TV", "FX": "FX", "AMC": "AMC", "Sky": "Sky",
    "Sky Atlantic": "Sky Atlantic", "BBC One": "BBC One", "BBC Two": "BBC Two", "BBC iPlayer": "BBC iPlayer",
    "ITV": "ITV", "Channel 4": "Channel 4", "CBS": "CBS", "NBC": "NBC", "ABC": "ABC", "Fox": "Fox",
    "The CW": "The CW", "Syfy": "Syfy", "USA Network": "USA Network", "TNT": "TNT", "TBS": "TBS",
    "NRK": "NRK", "SVT": "SVT", "DR": "DR", "ZDF": "ZDF", "ARD": "ARD", "RAI": "RAI", "TF1": "TF1", "Canal+": "Canal+",
    "CBC": "CBC", "Crave": "Crave", "Stan": "Stan", "Binge": "Binge", "BBC": "BBC", "Channel 5": "Channel 5",
    "Freeform": "Freeform", "Bravo": "Bravo", "Lifetime": "Lifetime", "Hallmark Channel": "Hallmark Channel",
    "Adult Swim": "Adult Swim", "Cartoon Network": "Cartoon Network", "Nickelodeon": "Nickelodeon",
    "Disney Channel": "Disney Channel", "PBS": "PBS", "MGM+": "MGM+", "Epix": "MGM+", "BET+": "BET+",
}

# Linear TV channels: a work they air is a series of theirs ("BBC Two's police drama X").
BROADCASTERS = frozenset({
    "BBC One", "BBC Two", "BBC", "ITV", "Channel 4", "Channel 5", "CBS", "NBC", "ABC", "Fox", "The CW", "AMC", "FX",
    "HBO", "Showtime", "Starz", "Syfy", "USA Network", "TNT", "TBS", "NRK", "SVT", "DR", "ZDF", "ARD", "RAI", "TF1",
    "Canal+", "CBC", "Sky", "Sky Atlantic", "Freeform", "Bravo", "Lifetime", "Hallmark Channel", "Adult Swim",
    "Cartoon Network", "Nickelodeon", "Disney Channel", "PBS"})

# News outlets a claim may cite.
OUTLETS: dict[str, str] = {
    "Deadline": "Deadline", "Deadline Hollywood": "Deadline", "Variety": "Variety",
    "The Hollywood Reporter": "The Hollywood Reporter", "Hollywood Reporter": "The Hollywood Reporter",
    "THR": "The Hollywood Reporter", "Collider": "Collider", "IndieWire": "IndieWire",
    "Indiewire": "IndieWire", "Screen Rant": "Screen Rant", "ScreenRant": "Screen Rant", "Empire": "Empire",
    "Entertainment Weekly": "Entertainment Weekly", "EW": "Entertainment Weekly",
    "Vanity Fair": "Vanity Fair", "TheWrap": "TheWrap", "The Wrap": "TheWrap", "Total Film": "Total Film",
    "GamesRadar": "GamesRadar+", "GamesRadar+": "GamesRadar+", "IGN": "IGN", "Comicbook.com": "ComicBook.com",
    "ComicBook.com": "ComicBook.com", "CinemaBlend": "CinemaBlend", "Slashfilm": "/Film", "/Film": "/Film",
    "Den of Geek": "Den of Geek", "The Playlist": "The Playlist", "Bloody Disgusting": "Bloody Disgusting",
    "Heroic Hollywood": "Heroic Hollywood", "Vulture": "Vulture", "The Guardian": "The Guardian",
    "The New York Times": "The New York Times", "Los Angeles Times": "Los Angeles Times",
    "The Los Angeles Times": "Los Angeles Times", "Reuters": "Reuters", "Associated Press": "Associated Press",
    "Bloomberg": "Bloomberg", "Puck": "Puck", "Screen Daily": "Screen Daily", "Screen International": "Screen Daily",
    "Rolling Stone": "Rolling Stone", "Polygon": "Polygon", "The Verge": "The Verge", "Forbes": "Forbes",
    "Tom's Guide": "Tom's Guide", "Looper": "Looper", "Digital Spy": "Digital Spy", "Radio Times": "Radio Times",
    "Nerdist": "Nerdist", "Giant Freakin Robot": "Giant Freakin Robot", "The Direct": "The Direct",
    "Cosmopolitan": "Cosmopolitan", "People": "People", "USA Today": "USA Today",
}

# Studios and distributors.
STUDIOS: dict[str, str] = {s: s for s in [
    "Lionsgate", "Warner Bros.", "Warner Bros. Pictures", "Universal Pictures", "Universal", "Paramount",
    "Paramount Pictures", "Sony Pictures", "Sony", "Columbia Pictures", "Walt Disney Studios", "Disney",
    "20th Century Studios", "Searchlight Pictures", "Focus Features", "A24", "Neon", "NEON", "MGM",
    "Amazon MGM Studios", "United Artists", "United Artists Releasing", "Legendary", "Legendary Pictures",
    "Blumhouse", "New Line Cinema", "DreamWorks", "Pixar", "Marvel Studios", "Lucasfilm", "Summit Entertainment",
    "STX Entertainment", "STXfilms", "Screen Gems", "Orion Pictures", "IFC Films", "Magnolia Pictures",
    "Bleecker Street", "Roadside Attractions", "Annapurna Pictures", "Netflix", "Apple Original Films",
    "Thunder Road Pictures", "Thunder Road", "87Eleven", "87North", "Gaumont", "StudioCanal", "Pathé",
    "Entertainment One", "eOne", "Village Roadshow", "Skydance", "Skydance Media", "Plan B", "Plan B Entertainment",
    "Bad Robot", "Amblin Entertainment", "Amblin", "Working Title", "Working Title Films", "Toho", "Mubi",
]}
STUDIOS["Warner Bros"] = "Warner Bros."
STUDIOS["Warner Brothers"] = "Warner Bros."
STUDIOS["Sony Pictures Releasing"] = "Sony Pictures"

# Nouns that, after a title, make it a franchise: "the X franchise", "X universe".
FRANCHISE_NOUNS = r"(?:franchise|universe|saga|films|movies|series|cinematic universe|trilogy|world|verse|-verse|spin-?offs?|spinoffs?|mythology|lore|titles|installments|entries|timeline)"
WORK_NOUNS = r"(?:film|movie|picture|flick|feature|thriller|drama|comedy|horror|sequel|prequel|remake|reboot|spin-?off|spinoff|series|show|miniseries|adaptation|documentary|musical|epic|blockbuster|actioner|romance|western|title|entry|installment|chapter|project|swan song|outing|adventure|mystery|satire|biopic|caper|animated feature)"

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
            "original": 1, "debut": 1}

# Words that start a capitalized run without naming anything.
_COMMON = set(STOP_WORDS) | {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "oscar", "emmy", "academy", "golden", "award", "director", "producer", "star", "cast", "season",
    "episode", "chapter", "part", "volume", "release", "date", "trailer", "plot", "story", "will", "summer",
    "winter", "spring", "fall", "autumn", "christmas", "easter", "halloween", "thanksgiving", "hollywood",
    "london", "paris", "berlin", "rome", "sydney", "toronto", "venice", "cannes", "sundance", "tribeca",
    "america", "england", "china", "india", "georgia", "virginia", "carolina", "dakota", "florida",
    "franchise", "universe", "saga", "films", "movies", "series", "trilogy", "world", "film", "movie",
    "sequel", "prequel", "remake", "reboot", "spinoff", "spin-off", "show", "thriller", "drama", "comedy",
    "horror", "fans", "expanding", "expect", "praised", "brutal", "details", "production", "filming",
    "characters", "character", "netflix", "tv", "streaming", "theaters", "cinemas", "premiere",
    "home", "weekend", "tonight", "today", "issue", "exclusive", "roundup", "ranked", "best", "update", "updated",
    "breaking", "note", "editor", "correction", "spoilers", "warning", "starring", "featuring", "directed",
    "written", "produced", "co-starring", "created",
}


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    import gender_guesser.detector as gd

    return frozenset(n for n in gd.Detector(case_sensitive=False).names if n not in _COMMON)


def is_given_name(word: str) -> bool:
    import unicodedata

    w = word.lower().strip(".")
    if w in _given_names():
        return True
    folded = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    folded = folded.replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
    return folded in _given_names()


@lru_cache(maxsize=65536)
def rarity(word: str) -> float:
    """How common ``word`` is in English, on wordfreq's Zipf scale (0 = unseen, 3 = once per million
    words or so, 7 = "the")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def rare_name_shape(words: list[str]) -> bool:
    """Two or three capitalized words, all rare in English, the first very rare: a name the
    given-name list does not know ("Teyonah Parris", "Kirill Sokolov"), not a title made of words
    ("Rebel Moon", "Cobra Kai")."""
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?", w) for w in words):
        return False
    return rarity(words[0]) < 3.0 and all(rarity(w) < 3.6 for w in words[1:]) and not is_common(words[0])


_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:ian|ean|ish|ese|ic|ch|an|i))$")
NOISE_LEADS = {"review", "trailer", "exclusive", "watch", "stream", "how", "why", "everything", "what", "where",
               "when", "new", "best", "top", "first", "last", "update", "report", "interview",
               "photos", "video", "box", "read", "related", "sign", "follow", "subscribe", "here", "inside",
               "confirmed", "rumored", "rumoured", "leaving", "festival", "tracker", "development", "dead", "revealed",
               "coming", "renewed", "cancelled", "canceled", "unveils", "sets", "lineup"}


def is_demonym(word: str) -> bool:
    """"Norwegian", "British", "French": adjectives of nationality, never titles on their own."""
    return bool(_DEMONYM.match(word)) and word.lower() not in _given_names() and len(word) > 4 \
        and not word.endswith("man")  # "Candyman", "Aquaman" are no nationality


def is_common(word: str) -> bool:
    return word.lower() in _COMMON


def alternation(names) -> re.Pattern:
    """A regex matching any of ``names`` as whole words, longest first."""
    alts = sorted(set(names), key=len, reverse=True)
    return re.compile(r"(?<![\w+])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w+])")


PLATFORM_RE = alternation(PLATFORMS)
OUTLET_RE = alternation(OUTLETS)
STUDIO_RE = alternation(STUDIOS)
