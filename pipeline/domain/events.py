"""Which claims are about one strike: events by place, time and attacker.

Pure functions over a JSON-ready ``dict`` (one per coarse routing key, stored by the
caller in a dict or a Faust table). A claim is a :class:`Sighting`: where it says the
strike was (after leaving out datelines, speakers' locations and the speaking state's
capital, see :func:`struck_places`), when (the article's ``published``), and who struck
(only a state, ministry, military or armed group counts as a named attacker).

A sighting joins an open event when

- its place is compatible with the event's at the finest level both give (locality:
  the same town or landmark, or within ``near_km``; first-level region; country),
- its time lies within ``window`` of every claim already in the event, and
- the attackers are the same side, or one is unnamed, and
- the evidence is not weak: a claim of an undated article (its time is when it arrived)
  that places the strike only in a country (or nowhere) joins another article's event
  only when it names an attacker the event already has or speaks for a side already
  speaking in it, else only events its own article is in; likewise another article's
  claim joins an event made only of such claims only on the same terms (see
  :func:`is_weak`).

When a sighting is compatible with several events whose places are compatible with each
other, it bridges them: they merge into the oldest, which keeps its id and lists the
ones it absorbed. A sighting that is compatible with two events at different places
(a country-level "in Ukraine" against one event in Kyiv and one in Kryvyi Rih) joins
the nearer in time and merges nothing; between equally near events, the one opened first
in the order every driver agrees on (:attr:`Sighting.order`: time, article id, claim),
never the one with the smaller id. The caller keeps that order whatever the arrival
order (``conflicts`` places an event's claims again when an earlier one comes late).

Lookups go through a day-bucket index (country and day), so the cost per sighting does
not grow with the number of open events elsewhere.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pipeline.domain.clock import (
    MAX_DAYS_BACK,
    MONTH_NAMES,
    WEEKDAYS,
    article_date,
    lead_sentence,
    names_day,
    strike_day,
)
from pipeline.domain.geo import km_between
from pipeline.domain.incidents import claims_day, day_span, set_apart
from pipeline.domain.models import NARRATES, Actor, Article, ArticleAnalysis, Claim, Place
from pipeline.domain.records import from_dict, to_dict

__all__ = [
    "Assignment",
    "EventParams",
    "Sighting",
    "assign",
    "attacker_side",
    "border_pairs",
    "candidate_events",
    "close_idle",
    "dateline",
    "empty_events",
    "fold_letters",
    "forget_closed",
    "is_weak",
    "match_keys",
    "pack",
    "place_key",
    "place_match",
    "remove_event",
    "reopen_events",
    "reopen_near",
    "side_of",
    "sightings",
    "skeleton",
    "strike_time",
    "struck_places",
    "unpack",
]

DAY = 86400.0
LOCALITY, ADMIN1, COUNTRY, UNPLACED = "locality", "admin1", "country", "unplaced"
LEVEL_RANK = {LOCALITY: 3, ADMIN1: 2, COUNTRY: 1, UNPLACED: 0}
ATTACKER_TYPES = frozenset({"state", "ministry", "military", "armed_group"})
_LOCALITY_KINDS = frozenset({"city", "capital", "landmark", "district"})
# a district named after its seat town ("the Pokrovsk district"): a village this near
# the seat may be in it
DISTRICT_KM = 25.0


@dataclass(frozen=True, slots=True)
class EventParams:
    window: timedelta = timedelta(hours=48)
    near_km: float = 10.0  # a landmark and its town, two spellings of one place
    # events idle this long behind the newest claim are closed: out of the open index,
    # kept whole so that a claim arriving late for one reopens it (:func:`reopen_near`)
    retention: timedelta = timedelta(days=14)
    # closed events kept per routing key; past this, the longest idle are forgotten
    # (what bounds memory: a claim later than that opens a new event, said so)
    closed_limit: int = 100  # packed, about 3 KB a closed event on real copy
    # alert versions that only add articles or outlets wait at least this long
    digest_every: timedelta = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Sighting:
    """What one claim says about its event."""

    place: Place | None
    time: datetime
    attacker: str | None  # the attacking side, when a real attacker is named
    # where the claim stands in the order every driver agrees on (time, article id, claim
    # number): between equally near events, the one opened earliest in that order wins
    order: tuple[float, str, int] | None = None
    # the claim's article, and whether its evidence is weak: the article has no date of
    # its own (its time is when it arrived) and the claim gives no place below country
    article: str | None = None
    weak: bool = False
    party: str | None = None  # the speaking side (:func:`side_of` its party)
    # the article names the strike's day by its weekday (:func:`~pipeline.domain.clock.
    # names_day`): two such days more than a day apart are two strikes
    named: bool = False
    # under a border's key (:func:`border_pairs`), the two states its place lies between
    # ("DZ+ML"): its place meets the other side's places of that border
    border: str | None = None
    # the facilities its article names by their own names (:func:`named_sites`)
    sites: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where a sighting went."""

    event_id: str
    created: bool
    match: str  # place level of the match (LOCALITY ... UNPLACED); UNPLACED when created
    absorbed: tuple[str, ...] = ()  # events merged into ``event_id`` by this sighting
    late_hours: float | None = None  # how far behind the newest claim, when late
    closed_match: str | None = None  # a closed event it would have joined, if any


# ------------------------------------------------------------------ places


def _name_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded.lower())
    if words and words[0] in ("al", "el", "the") and len(words) > 1:
        words = words[1:]
    if len(words) > 1 and words[-1] in _SETTLEMENT_KINDS:
        words = words[:-1]  # "Kani Township" is Kani, "Bounti village" Bounti
    return " ".join(words)


# the kind of a settlement written after its name (a district or a city may be another
# place than the town it is named for: "the Dnipro district", "Gaza City")
_SETTLEMENT_KINDS = frozenset(["township", "municipality", "commune", "village", "town"])


def level_of(place: Place | None) -> str:
    if place is None:
        return UNPLACED
    if place.kind in _LOCALITY_KINDS or (place.kind == "sea" and place.country is None):
        return LOCALITY
    if place.kind == "admin1":
        return ADMIN1
    if place.kind is None and place.admin1 is None and place.geonames_id is None:
        return COUNTRY if place.country else LOCALITY
    if place.kind is None:
        return LOCALITY if place.latitude is not None else ADMIN1 if place.admin1 else COUNTRY
    return COUNTRY  # country, curated regions (Gaza Strip, Donbas), qualified countries


def place_key(place: Place, border: str | None = None) -> list[Any]:
    """What matching needs of a place, as plain data kept in the event table:
    [level, country, admin1 key, name key, geonames id, latitude, longitude, district,
    capital, border] (keys stored before the district flag have seven items, before the
    capital flag eight, before the border nine). ``border``: the sighting's
    :attr:`Sighting.border`."""
    level = level_of(place)
    region = place.admin1 or (place.name if level == ADMIN1 else None)
    return [level, place.country, _name_key(region) if region else None, _name_key(place.name),
            place.geonames_id, place.latitude, place.longitude, place.kind == "district",
            place.capital, border]


def _border(key: Sequence[Any]) -> str | None:
    return key[9] if len(key) > 9 else None


def _same_locality_keys(a: Sequence[Any], b: Sequence[Any], near_km: float) -> bool:
    if (a[4] is not None and a[4] == b[4]) or a[3] == b[3]:
        return True
    if any(len(k) > 7 and k[7] for k in (a, b)):  # a district around its seat town
        near_km = max(near_km, DISTRICT_KM)
    if any(len(k) > 8 and k[8] for k in (a, b)) and a[2] is not None and a[2] == b[2]:
        # rule ``events.capital_quarters``: a national capital spans its districts and
        # suburbs in its own region (a quarter the gazetteer files as a town 12 km from
        # the centre of Kyiv is in Kyiv)
        near_km = max(near_km, DISTRICT_KM)
    if a[5] is None or b[5] is None:
        # a town the gazetteer lacks (no id, no coordinates) is known only by its name,
        # spelled as the outlet heard it: "Aitaroun" and "Eitaroun" are one town
        unknown = (a[4] is None and a[5] is None) or (b[4] is None and b[5] is None)
        return unknown and len(spelt(a[3])) >= 3 and spelt(a[3]) == spelt(b[3])
    return km_between(a[5], a[6], b[5], b[6]) <= near_km


# letters transliterations write differently: Russian g for Ukrainian h (Pavlograd,
# Pavlohrad), kh/h, q/k, zh/z, dzh/dj/j
FOLD_LETTERS = (("dzh", "j"), ("dj", "j"), ("kh", "h"), ("gh", "g"), ("g", "h"), ("q", "k"),
                ("ck", "k"), ("ph", "f"), ("zh", "z"), ("dh", "d"), ("th", "t"))


def fold_letters(text: str) -> str:
    """``text`` (a lower-case name key) with :data:`FOLD_LETTERS` written alike."""
    for a, b in FOLD_LETTERS:
        text = text.replace(a, b)
    return text


def skeleton(key: str | None) -> str:
    """A name's consonants, letters transliterations write differently alike
    (:func:`fold_letters`), doubled ones once: what transliterations of it share."""
    out = ""
    for ch in re.sub(r"[^a-z]|[aeiouy]", "", fold_letters(key or "")):
        if not out.endswith(ch):
            out += ch
    return out


def spelt(key: str | None) -> str:
    """:func:`skeleton` with a final h after a vowel dropped, a spelling, not a sound
    ("Tawilah", "Tawila"): what two spellings of a town the gazetteer lacks share."""
    return skeleton(re.sub(r"(?<=[aeiou])h\b", "", key or ""))


def _one_apart(a: str, b: str) -> bool:
    """Two consonant skeletons of four letters or more that one letter added, dropped or
    changed makes alike."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def match_keys(a: Sequence[Any] | None, b: Sequence[Any] | None, near_km: float = 10.0
               ) -> str | None:
    """:func:`place_match` on :func:`place_key` values."""
    if a is None or b is None:
        return UNPLACED
    if a[1] != b[1]:
        # rule ``events.border_pair``: under a border's key, a place on one side meets a
        # place on the other (each story put its own at that border)
        return COUNTRY if _border(a) is not None and _border(a) == _border(b) else None
    if a[1] is None:  # seas and stateless areas: only by name or distance
        return LOCALITY if _same_locality_keys(a, b, near_km) else None
    if a[0] == LOCALITY and b[0] == LOCALITY:
        if _same_locality_keys(a, b, near_km):
            return LOCALITY
        # rule ``events.unknown_town_respelt``: a town the gazetteer lacks (no id, no
        # coordinates) is a known town of its country whose name it respells
        # ("Lasanod" for Laascaanood): their consonants differ by one at most, and the
        # story puts it in no other region
        unknown = [k[4] is None and k[5] is None for k in (a, b)]
        lacking = a if unknown[0] else b
        return LOCALITY if sum(unknown) == 1 and (lacking[2] is None or a[2] == b[2]) \
            and _one_apart(spelt(a[3]), spelt(b[3])) else None
    if COUNTRY in (a[0], b[0]):
        return COUNTRY
    if a[2] and b[2]:
        if a[2] == b[2]:
            return ADMIN1
        # a province named after its capital ("Khan Yunis" governorate and town) even
        # where the town's region comes from another division of the gazetteer
        region, town = (a, b) if a[0] == ADMIN1 else (b, a)
        return ADMIN1 if region[0] == ADMIN1 and town[0] == LOCALITY \
            and region[3] == town[3] else None
    return COUNTRY


def place_match(a: Place | None, b: Place | None, near_km: float = 10.0) -> str | None:
    """The finest level at which two places agree, or None when they cannot both be
    where one strike happened."""
    if a is None or b is None:
        return UNPLACED
    return match_keys(place_key(a), place_key(b), near_km)


# ------------------------------------------------------------------ struck places

_CITY = r"(?!By\b)[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2}"
# "KYIV, July 8 (Reuters) -", "Bogota, Sep 16 (EFE).-", after a byline ("By A and
# B\nAssociated Press"), or from several cities at once ("ISLAMABAD/NEW DELHI (Reuters) -")
_DATELINE = re.compile(
    rf"^\s*(?:By:?\s[^\n]{{1,60}}\n+(?:[^\n]{{1,40}}\n+)?\s*)?({_CITY}(?:[ \t]*/[ \t]*{_CITY})*)\s*"
    r"(?:,[^\n.]{0,40}?)?\s*(?:\([^)\n]{1,40}\)\.?)?\s*(?:--|—|–|-|:)\s")
_SPEECH = r"(?:said|says|told|announced|stated|added|speaking|statement|briefing|conference)"
# where words were sent from: "a statement faxed to news agencies from Geneva"
_SENT = (r"(?:statement|message|communiqu[eé]|letter|e-?mailed|emailed|sent|faxed|issued|"
         r"released|posted|broadcast)")


# "a group banned in Russia": where a party's legal status holds, not where it was struck
_BLAME = r"(?:blamed?|blames|blaming|pinned|pins?)"  # "blamed the attack on Russia"
_STATUS = r"(?:banned|outlawed|prohibited|proscribed|designated|listed|registered)"
# "40 km south of Baghdad", "in Jurf al-Sakhar, south of Baghdad": a town as a bearing
# (not "a village south of Macomia", near it, nor "in the south of Lebanon", in it)
# "the aircraft came from Bambari and fired rockets at the stalls": where the attacker
# set out from, not where it struck (a strike "on drones launched from X" is left alone)
_ORIGIN = (r"\b(?:came|comes|come|coming|flew|flown|flying|took\s+off|taken\s+off|taking\s+off|"
           r"departed|set\s+out|had\s+set\s+out|arrived|arriving|returned|returning|crossed|"
           r"crossing)\s+from\s+(?:the\s+direction\s+of\s+)?")
# "cut short a visit to South Africa to return home": where someone travelled, not a
# place struck
_TRAVEL = (r"\b(?:visit|visits|visited|visiting|trip|tour|travell?ed|travell?ing|flew|"
           r"arrived)\s+(?:\w+\s+){0,2}?(?:to|in)\s+(?:the\s+)?")
# rule ``events.travellers_from``: "the victims were migrants from Honduras and Cuba",
# "30 people from several nations, including Nepal": where people on the move came from,
# not where they were struck
_TRAVELLERS = (r"\b(?:(?:migrants?|refugees?|asylum[- ]seekers?|pilgrims?|tourists?|nationals?|"
               r"expatriates?|travell?ers|passengers)\s+from|from\s+(?:\w+\s+)?(?:countries|"
               r"nations))\b(?:[^.;]{0,60}?(?:,|\band\b|\bincluding\b))?\s*(?:the\s+)?")
# rule ``events.used_against``: "drones the army uses to attack Sumy", "rockets used in
# raids on Odesa": where what was struck was used, not where it was struck
_USED_AGAINST = (r"\b(?:uses?|used|using)\b[^.;,]{0,25}?\b(?:to|for|in|against)\s+(?:shell\w*|"
                 r"attack\w*|strik\w*|bomb\w*|raid\w*|hit|hitting|target\w*|pound\w*)\s+"
                 r"(?:(?:on|of|against)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?")
_BEARING = (r"(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+|,\s*)(?:to\s+the\s+)?"
            r"(?:north|south|east|west)(?:-?(?:east|west))?")
# "struck targets across the border from Kantharalak district in Sisaket province", "in
# the Neelum valley across the Line of Control, opposite the Tangdhar sector": the place
# named is the near side of the frontier, the strike was on the other
ACROSS = (r"\bacross\s+the\s+(?:border|frontier|boundary|line\s+of\s+control|loc)\b"
           r"[^.;]{0,30}?\b(?:from|opposite)\s+(?:the\s+)?(?:[^.;]{0,40}?\bin\s+)?")


def dateline(text: str) -> str | None:
    """The city an article is filed from ("KYIV, July 8 (Reuters) -"), if it has one;
    several are joined by "/" as written ("ISLAMABAD/NEW DELHI")."""
    found = _DATELINE.match(text[:160])
    return re.sub(r"\s*/\s*", "/", found.group(1)) if found else None


def _speaker_location(sentence: str, name: str, bearing: bool = True) -> bool:
    """``name`` appears only as where someone spoke ("said in Moscow", "Moscow-based") or
    sent its words from ("a statement faxed from Geneva"), or where a party's status
    holds ("outlawed in Russia"), or who is blamed ("blamed the attack on Russia", "a
    rocket strike attributed to Northland"), or as the other side of a border ("near the
    border with Algeria": the strike was on this side of it; "across the border from
    Kantharalak": on the far side), or where the attacker came from ("the helicopter came
    from Bambari"), or where someone travelled ("cut short a visit to South Africa"), or where
    people on the move came from ("migrants from Honduras": ``events.travellers_from``), or
    where what was struck was used ("drones the army uses to attack Sumy":
    ``events.used_against``), or a place
    nearby ("doctors in the nearby town of Dorra said": not the one struck) or one people
    fled ("families that fled the shelling around Kelm"), or as a
    bearing ("40 km south of
    Baghdad": somewhere else, though in its country: ``bearing=False`` counts it)."""
    esc = re.escape(name)
    mentions = len(re.findall(rf"\b{esc}\b", sentence, flags=re.IGNORECASE))
    if not mentions:
        return False
    # between the speech verb and "in X" only the setting of the speech ("told a news
    # conference in Moscow"), not what was said ("said a strike hit a clinic in X")
    setting = (r"(?:(?!\b(?:that|which|who|its|their|his|her|it|they|we|hit|hits|struck|"
               r"strikes?|attack\w*|shell\w*|bomb\w*|kill\w*|fired?|target\w*|destroy\w*|"
               r"damag\w*|explo\w*|landed|fell)\b)[^.;]){0,40}?")
    speaker = len(re.findall(
        rf"\b{_SPEECH}\b{setting}\bin {esc}\b|^\W*in {esc},? (?:\w+ ){{0,5}}?{_SPEECH}\b"
        rf"|\b{_SENT}\b{setting}\bfrom {esc}\b"
        rf"|\b{esc}-based\b|\b{_STATUS}\s+in {esc}\b|\b{_BLAME}\b[^.;]{{0,40}}?\bon {esc}\b"
        rf"|\b(?:attributed|ascribed)\s+to\s+{esc}\b"
        rf"|\bborders?\s+with\s+{esc}\b|{ACROSS}{esc}\b|{_ORIGIN}{esc}\b|{_TRAVEL}{esc}\b"
        rf"|{_TRAVELLERS}{esc}\b|{_USED_AGAINST}{esc}\b"
        rf"|\bnearby\s+(?:(?:town|village|city|district|province|hospital|camp)\s+of\s+)?{esc}\b"
        rf"|\b(?:fled|fleeing|flee|displaced\s+from)\b[^.;]{{0,50}}?\b{esc}\b"
        + (rf"|{_BEARING}\s+of\s+{esc}\b" if bearing else ""),
        sentence, flags=re.IGNORECASE))
    return speaker >= mentions


def _written_names(analysis: ArticleAnalysis) -> dict[Place, tuple[str, ...]]:
    """Per place of the article, its gazetteer name and then the names the text writes
    it under."""
    names = analysis.place_names if len(analysis.place_names) == len(analysis.places) \
        else [()] * len(analysis.places)
    return {p: tuple(dict.fromkeys((p.name, *forms)))
            for p, forms in zip(analysis.places, names, strict=True)}


def _spoken_at(text: str, names: Sequence[str]) -> bool:
    """The text names the place (under any of ``names``) only where someone spoke, or as
    :func:`_speaker_location` tells."""
    named = [n for n in names if re.search(rf"\b{re.escape(n)}\b", text, flags=re.IGNORECASE)]
    return bool(named) and all(_speaker_location(text, n) for n in named)


def _not_struck(claim: Claim, place: Place, filed_from: str | None, text_start: int,
                attackers: frozenset[str | None] = frozenset()) -> bool:
    """``attackers``: countries of the attackers named in the claim's sentence."""
    sentence = claim.evidence.sentence
    key = _name_key(place.name)
    if filed_from and key == _name_key(filed_from):
        # the dateline names it; it counts only if the claim's sentence names it as well
        body = sentence
        if claim.evidence.start <= text_start:
            found = _DATELINE.match(sentence[:120])
            body = sentence[found.end():] if found else sentence
        if not re.search(rf"\b{re.escape(place.name)}\b", body, flags=re.IGNORECASE) \
                and not _here(body):
            return True
    if _speaker_location(sentence, place.name):
        return True
    if _accused_capital(sentence, place) or _provoked_by(sentence, place.name, claim) \
            or _headed_for(sentence, place.name):
        return True
    if place.kind == "country" and place.country in attackers \
            and not _named_as_where(sentence, place.name):
        return True  # "a U.S. air strike": the attacker's nationality, not where it hit
    if place.capital and claim.party.country and place.country == claim.party.country \
            and not _names_in_target(claim, place):
        # (unless what was hit is named by it: "shelled the commercial port of Tripoli")
        attacker = claim.attacker
        if attacker is None or attacker.country in (None, claim.party.country):
            return True  # the speaking state's capital, not a place it says was hit
    return False


# a charge or a demand: "accusing Seoul of", "blamed Kyiv for", "urged Moscow to"
_ACCUSED = re.compile(r"\b(?:accus|blam|urg|warn|condemn|denounc)(?:e|es|ed|ing)\b",
                      re.IGNORECASE)


def _provoked_by(sentence: str, name: str, claim: Claim) -> bool:
    """Rule ``events.provocation``: "U.S. aircraft struck three sites in Iraq ... hours
    after a drone attack on Erbil Air Base wounded three service members": a place named
    only in the attack a strike answered is where that attack was, not where the strike
    hit (unless the claim is that attack's own account, its target in the phrase)."""
    answered = _answered_at(sentence, name)
    told = [m.start() for m in re.finditer(re.escape(claim.target.text), sentence,
                                            flags=re.IGNORECASE)] if claim.target.text else []
    return bool(answered) and not any(start <= at <= end for start, end in answered
                                      for at in told)


def _answered_at(sentence: str, name: str) -> list[tuple[int, int]]:
    """The spans of the attacks a strike answered that name the place, when the sentence
    names it in no other words ("hours after a drone attack on Erbil"); else none."""
    esc = re.escape(name)
    mentions = re.findall(rf"\b{esc}\b", sentence, flags=re.IGNORECASE)
    answered = [m.span() for m in re.finditer(_PROVOCATION + esc + r"\b", sentence,
                                              flags=re.IGNORECASE)]
    return answered if mentions and len(answered) >= len(mentions) else []


# "hours after a one-way drone attack on", "in retaliation for rocket attacks on the", "after
# the bombing of"
_PROVOCATION = (r"\b(?:after|following|in\s+(?:response|retaliation|reprisal)\s+(?:to|for))"
                r"\s+(?:[\w'’-]+\s+){0,6}?(?:attacks?|strikes?|raids?|bombings?|assaults?|"
                r"shelling)\s+(?:on|in|at|against|near|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?")


def _accused_capital(sentence: str, place: Place) -> bool:
    """Rule ``events.accused_capital``: "accusing Seoul of inventing the incident": a
    capital charged or called on is its state, not a place of the strike."""
    return place.capital and _ACCUSED.search(sentence) is not None and re.search(
        _ACCUSED.pattern + r"\s+" + re.escape(place.name) + r"\b", sentence,
        flags=re.IGNORECASE) is not None


def _headed_for(sentence: str, name: str) -> bool:
    """Rule ``events.headed_for``: "the strikes targeted militia reinforcements heading
    towards El Fasher", "launch pads from where fighters were pushed into the Uri sector":
    each time the sentence names the place, it is where the people or craft struck were
    going, not where the strike hit."""
    words = [re.escape(w) for w in re.findall(r"[\w'’-]+", name) if w.lower() != "the"]
    if not words:
        return False
    named = list(re.finditer(r"\b" + r"\s+".join(words) + r"\b", sentence, re.IGNORECASE))
    return bool(named) and all(
        _HEADED.search(sentence[max(0, m.start() - 40) : m.start()]) for m in named)


# a destination right before a place's name: "heading towards", "pushed into", "on their
# way to"
_HEADED = re.compile(r"\b(?:heading|headed|moving|advancing|travel+ing|marching|driving|"
                     r"pushed|sent|infiltrat(?:ed|ing)|smuggled|sneaked|"
                     r"on\s+(?:its|their|his|her)\s+way|en\s+route|bound)\s+"
                     r"(?:back\s+|(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?"
                     r"(?:to|towards?|for|into)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?$",
                     re.IGNORECASE)


def _launched_from(sentence: str, name: str) -> bool:
    """The sentence names the place as where a weapon was fired or launched from ("fired
    by Hezbollah from an area north of the village of Chebaa", "launched from Yemen")."""
    words = [re.escape(w) for w in re.findall(r"[\w'’-]+", name) if w.lower() != "the"]
    if not words:
        return False
    # (a clock time's full stops end no clause: "launched at 9 p.m. from Saada province")
    sentence = _CLOCK_DOTS.sub(lambda m: m.group(0).replace(".", ""), sentence)
    # (not across a joined clause, "launched from Saada and was brought down 65 km from
    # Makkah", nor from the "from" phrase into the aim, "from Yemen toward the Makkah
    # region": the place must lie inside the phrase that says where it was fired from)
    return re.search(r"\b(?:fired|launched|shot)\b" + _NOT_ACROSS_CLAUSES + r"\bfrom\b"
                     + _NOT_ACROSS_AIMS + r"\b" + r"\s+".join(words) + r"\b", sentence,
                     flags=re.IGNORECASE) is not None


_CLOCK_DOTS = re.compile(r"\b[ap]\.m\.", flags=re.IGNORECASE)
_NOT_ACROSS_CLAUSES = r"(?:(?!\b(?:and|but|while)\b)[^.;]){0,60}?"
# (an "at" or "on" may still be the launch site's own: "from a launcher at Beit Hanoun")
_NOT_ACROSS_AIMS = r"(?:(?!\b(?:and|but|while|toward|towards|to|into)\b)[^.;,]){0,60}?"


def _here(sentence: str) -> bool:
    """The sentence says "here" in the copy's own voice, as wires write the city they file
    from ("a bomb exploded here on Tuesday"); not inside a quote, where it is the
    speaker's place."""
    return any(len(_QUOTE_MARKS.findall(sentence[:m.start()])) % 2 == 0
               for m in re.finditer(r"\bhere\b", sentence, flags=re.IGNORECASE))


_QUOTE_MARKS = re.compile("[\"“”]")


def _named_as_where(sentence: str, name: str) -> bool:
    """"army jets bombed a market ... in eastern Democratic Republic of Congo": the
    sentence says the strike was in the country ("in", "inside", "across", a bearing
    word allowed), so the attacker's own country is where it hit (a civil war's)."""
    words = [re.escape(w) for w in re.findall(r"[\w'’-]+", name) if w.lower() != "the"]
    if not words:
        return False
    spelled = r"\s+(?:the\s+)?".join(words)
    return re.search(
        r"\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west)"
        r"(?:-?(?:east|west))?(?:ern)?\s+|(?:central|far)\s+)?" + spelled + r"\b"
        # (not the strikes' maker: "killed in United States air raids on Akashat")
        r"(?!(?:-led)?\s+(?:air|raids?|strikes?|airstrikes?|drones?|jets?|warplanes?|"
        r"missiles?|rockets?|shell(?:s|ing)|bombing|forces|troops|military)\b)",
        sentence, flags=re.IGNORECASE) is not None


# a sentence that tells of a strike or its dead: where a town it names may be the one
# struck ("The strike hit Gedeb"), not one named for something else ("rebels retook the
# town of Saraqeb")
_STRIKE_TALK = re.compile(
    r"\b(?:hit|hits|struck|strikes?|shell(?:s|ed|ing)?|bomb\w*|attack\w*|kill\w*|raid\w*|"
    r"drones?|missiles?|rockets?|explo\w*|fired|wounded|injured|dead|blast)\b",
    flags=re.IGNORECASE)
_ANTI_PRO = re.compile(r"\b(?:anti|pro)-[^\W\d_][\w'’]*", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
# a sentence that opens on an earlier time than the story's ("Earlier this month, air
# defenses shot down a missile launched toward Taif", "Last year ...", "In September, ...")
_BEFORE = re.compile(
    r"^\W*(?:earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|last\s+(?:week|month|year)"
    r"|in\s+(?:an?\s+)?(?:earlier|previous|prior)\s+\w+|previously"
    rf"|in\s+(?:{'|'.join(sorted(MONTH_NAMES))})\b|in\s+(?:19|20)\d\d\b)",
    re.IGNORECASE)


def _told_before(sentence: str) -> bool:
    """Rule ``events.told_before``: the sentence tells of an earlier strike (it opens on an
    earlier time), so the town it names is not where the story's strike was."""
    return bool(_BEFORE.search(sentence))

_NEAR = (r"\b(?:near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
         r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?")


def _only_bearing(sentence: str, name: str) -> bool:
    """Whether ``sentence`` names ``name`` only after "near", "outside" or "west of"
    (a few words between: "near the Kayah state capital Loikaw")."""
    spots = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence)]
    return bool(spots) and all(
        re.search(_NEAR + r"$", sentence[max(0, at - 60):at]) for at in spots)


def _names_in_target(claim: Claim, place: Place) -> bool:
    """What the claim says was hit is named by the place: "the commercial port of
    Tripoli", "Kharkiv's main hospital". Where the strike was, whoever speaks or
    strikes."""
    return re.search(rf"\b{re.escape(place.name)}\b", claim.target.text,
                     flags=re.IGNORECASE) is not None


def _target_in(claim: Claim, place: Place) -> bool:
    """The claim's sentence puts its target in the place: "a building in Sikeniya"."""
    return re.search(rf"\b{re.escape(claim.target.text)}\s+(?:in|at|near)\s+(?:the\s+)?"
                     rf"(?:\w+\s+){{0,3}}?{re.escape(place.name)}\b", claim.evidence.sentence,
                     flags=re.IGNORECASE) is not None


def struck_places(analysis: ArticleAnalysis) -> list[Place | None]:
    """Per claim, where it says the strike was: its own place unless that is the dateline
    city, where the party spoke, the party's own capital or the attacker's nationality;
    made finer by the one town or region its sentence names; a claim with no place left
    takes the one town or region its sentence names, else the one country its sentence
    names (not the party's or the attacker's own), else the place the other claims of
    its sentence agree on; only then the article's most common remaining struck place
    (the finest of the most common country). So a story with strikes in two countries
    keeps each claim in its own country ("... near Abu Kamal in eastern Syria, the
    Pentagon said" under a Washington dateline is Syria, not the story's Iraq).

    Names are found in a sentence as written or spelled a little differently from the
    gazetteer's name ("Abu Kamal" for "Albu Kamal", "Khan Younis" for "Khan Yunis")."""
    from dataclasses import replace
    from difflib import SequenceMatcher

    article = analysis.article
    filed = dateline(article.body)
    cities: list[str | None] = list(filed.split("/")) if filed else [None]
    text_start = len(article.headline) + 2 if article.headline else 0
    body_from = text_start
    if filed:  # a sentence that starts before the dateline's end is the dateline's own
        found = _DATELINE.match(article.body[:160])
        body_from += found.end() if found else 0
        text_start = body_from - 1
    by_sentence: dict[int, set[str | None]] = {}
    speakers: dict[int, set[str | None]] = {}  # "Moscow claimed": a speaker, not a place
    for claim in analysis.claims:
        if claim.attacker is not None and claim.attacker.country:
            by_sentence.setdefault(claim.evidence.start, set()).add(claim.attacker.country)
        speakers.setdefault(claim.evidence.start, set()).update(
            (_name_key(claim.party.name), claim.party.country))
    finer_places = [p for p in analysis.places if level_of(p) != COUNTRY]
    countries = [p for p in analysis.places if p.kind == "country"]
    named_states = {p.country for p in countries}
    if named_states:
        # (with the states whose bodies speak or fight in it: "Saudi air defenses
        # intercepted a missile fired toward the Makkah region" names Saudi Arabia; a
        # story that names no state keeps every town it names)
        named_states |= {a.country for a in analysis.actors if a.country}
    # a state the story names by a province of it holds the towns it names ("Aleppo
    # province" names Syria where the copy writes only "Syrian town of Atareb"; not the
    # province itself, where a strike "across the border from" a district in it was)
    province_states = named_states | {
        p.country for p in finer_places if p.country and level_of(p) == ADMIN1}
    drop = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "the"}

    def words(text: str) -> list[str]:
        # ("anti-Pyongyang propaganda" names a side, not a place)
        return [w for w in _name_key(_ANTI_PRO.sub(" ", text)).split() if w not in drop]

    def alike(a: str, b: str) -> bool:
        return a == b or (min(len(a), len(b)) >= 3 and a[0] == b[0]
                          and SequenceMatcher(None, a, b).ratio() >= 0.8)

    written = _written_names(analysis)

    def locate(place: Place, said: list[str], loosely: bool = True) -> tuple[int, int]:
        """Where the sentence names it (word index, -1: not named) and in how many
        words, under its gazetteer name or a name the text writes it under ("Derna" for
        Darnah); a country only as spelled ("Russian" is not Russia); a one-word name
        also written in two ("Kyauk Taw" for Kyauktaw)."""
        same = alike if loosely else str.__eq__
        for form in written.get(place, (place.name,)):
            name = words(form)
            if not name:
                continue
            for i in range(len(said) - len(name) + 1):
                if all(same(n, w) for n, w in zip(name, said[i:i + len(name)], strict=True)):
                    return i, len(name)
            if loosely and len(name) == 1:
                for i in range(len(said) - 1):
                    if name[0] == said[i] + said[i + 1]:
                        return i, 2
        return -1, 0

    def position(place: Place, said: list[str], loosely: bool = True) -> int:
        return locate(place, said, loosely)[0]

    def mentioned(place: Place, said: list[str], loosely: bool = True) -> bool:
        return position(place, said, loosely) >= 0

    def finest(named: set[Place]) -> set[Place]:
        """Of places a sentence names, those no other named one lies in ("Kyauktaw in
        Rakhine state": Kyauktaw)."""
        inner = {_name_key(p.admin1) for p in named if p.admin1 and level_of(p) == LOCALITY}
        # (under the name the text writes it: "Kyiv's Shevchenkivskyi district" where the
        # gazetteer took "Kyiv" for Kyivska oblast)
        return {p for p in named if level_of(p) != ADMIN1 or not inner & {
            _name_key(form) for form in (p.name, *written.get(p, ()))}}

    def whole_of(place: Place, said: list[str]) -> Place | None:
        """"the al-Rawdah neighbourhood of the city of Taiz": the named city, not a
        namesake of the neighbourhood elsewhere."""
        at, size = locate(place, said)
        rest = said[at + size:] if at >= 0 else []
        if rest[:1] not in (["neighbourhood"], ["neighborhood"], ["district"], ["quarter"],
                            ["suburb"]) or rest[1:2] != ["of"]:
            return None
        tail = rest[2:14]
        wholes = [p for p in finer_places if p != place and mentioned(p, tail)]
        return wholes[0] if len(wholes) == 1 else None

    def own_side(claim: Claim) -> set[str]:
        """The attacking side's countries: the attacker's, or a speaking military's own
        when no attacker is named (it tells of its own strike)."""
        sides = {claim.attacker.country} if claim.attacker is not None else set()
        if claim.attacker is None and claim.party.type == "military":
            sides.add(claim.party.country)
        return {c for c in sides if c}

    def launch_sites(sentence: str, said: list[str]) -> set[Place]:
        """Rule ``events.launch_site``: "killing 12 children in Majdal Shams, was a
        Falaq-1 fired by Hezbollah from an area north of the village of Chebaa in
        southern Lebanon": where a weapon was fired from is not where it hit, when the
        sentence names another place (a cell struck "that fired rockets from Beit
        Lahiya" was hit there)."""
        sites = {p for p in analysis.places
                 if any(_launched_from(sentence, form) for form in written.get(p, (p.name,)))}
        others = [p for p in finer_places if p not in sites and mentioned(p, said)]
        return sites if others else set()

    headline_end = len(article.headline) if article.headline else 0
    # the places the lead names: a headline claim's town, and where a story whose claims
    # name none was struck
    lead_text = lead_sentence(article.body)
    lead = words(lead_text)
    filed_keys = {_name_key(city) for city in cities if city}
    lead_places = {p for p in finer_places if mentioned(p, lead)
                   and _name_key(p.name) not in filed_keys
                   and not _spoken_at(lead_text, written.get(p, (p.name,)))
                   and not _accused_capital(lead_text, p)
                   and not any(_answered_at(lead_text, f) for f in written.get(p, (p.name,)))}
    lead_places -= launch_sites(lead_text, lead)
    launched_at: dict[int, set[Place]] = {}  # per sentence start: its launch sites
    own: list[Place | None] = []
    for claim in analysis.claims:
        place = claim.place
        if place is not None and place.country is None and place.kind == "region":
            place = None  # "the Sahel", "Africa": no country, so no place to meet in
        attackers = frozenset(by_sentence.get(claim.evidence.start, ()))
        said = words(claim.evidence.sentence)
        voices = speakers.get(claim.evidence.start, set())
        if claim.evidence.start not in launched_at:  # (once per sentence)
            launched_at[claim.evidence.start] = launch_sites(claim.evidence.sentence, said)
        launched = launched_at[claim.evidence.start]

        def rejected(p: Place, claim: Claim = claim,
                     attackers: frozenset[str | None] = attackers,
                     launched: set[Place] = launched) -> bool:
            if p in launched:
                return True
            ev = claim.evidence
            if ev.start < body_from < ev.end:  # split inside the dateline: judge the rest
                cut = body_from - ev.start
                claim = replace(claim, evidence=replace(ev, sentence=ev.sentence[cut:],
                                                        start=body_from))
            # (under each name the text writes it: "opposite the Tangdhar sector" is the
            # gazetteer's Tangdhār)
            return any(_not_struck(claim, replace(p, name=form), city, text_start, attackers)
                       for city in cities for form in written.get(p, (p.name,)))

        def spoken(p: Place, voices: set[str | None] = voices) -> bool:
            """A speaker of the sentence, or the capital of a state speaking in it."""
            return _name_key(p.name) in voices or (p.capital and p.country in voices)

        if place is not None and rejected(place):
            place = None
        if place is not None and level_of(place) != COUNTRY:
            place = whole_of(place, said) or place
        if place is not None and level_of(place) == LOCALITY and place.latitude is not None:
            # "a house in the Bel-Air district of downtown Port-au-Prince": the quarter the
            # gazetteer lacks, placed at its town, is where the strike was
            quarters = [p for p in finer_places if p.geonames_id is None and p != place
                        and (p.latitude, p.longitude) == (place.latitude, place.longitude)
                        and mentioned(p, said)]
            place = quarters[0] if len(quarters) == 1 else place
        if place is not None and level_of(place) != COUNTRY:
            # "a house in Majdal Silm, in the Marjayoun district": the village the
            # gazetteer lacks, placed in the claim's district or region, is where the
            # strike was
            villages = [p for p in finer_places if p.geonames_id is None
                        and p.latitude is None and p != place
                        and p.country == place.country and p.admin1
                        and _name_key(p.admin1) == _name_key(place.admin1 or place.name)
                        and mentioned(p, said, loosely=False)]
            place = villages[0] if len(villages) == 1 else place
        if claim.evidence.start < headline_end and level_of(place) != LOCALITY:
            # a headline names the region ("air strike killed 12 at monastery in
            # Rakhine"); the lead names the town in it
            inside = finest({p for p in lead_places if place is None or (
                p.country == place.country and (level_of(place) == COUNTRY
                                                or p.admin1 == place.admin1))})
            if len(inside) == 1:
                place = inside.pop()
        if place is not None and place.country in own_side(claim) \
                and not _names_in_target(claim, place) and any(
                p.country not in own_side(claim) and mentioned(p, said, p.kind != "country")
                and not rejected(p) for p in analysis.places):
            # "struck a depot in southern Lebanon, and a launcher used to fire at the
            # Galilee": a place in the attacking side's own country, where the sentence
            # names one abroad, is what the enemy hit or aimed at, not this strike
            place, home = None, own_side(claim)
        else:
            home = set()
        if place is None or level_of(place) in (COUNTRY, ADMIN1):
            # "struck the eastern Ukrainian city of Kramatorsk": the one town or region
            # the sentence names, inside the claim's country (or town inside its
            # region: "the town of N in the Chernihiv region"), is more precise
            # (with no place of its own: a town in a country the article names)
            named = {p for p in finer_places
                     if (p.country == place.country and (
                         level_of(place) == COUNTRY
                         or (level_of(p) == LOCALITY and p.admin1 == place.admin1))
                         if place is not None
                         else not named_states or p.country in named_states
                         or (level_of(p) == LOCALITY and p.country in province_states))
                     and p.country not in home and mentioned(p, said) and not spoken(p)
                     and not rejected(p)}
            named = finest(named)
            if len(named) > 1:
                # "in Dimawso on Tuesday, near the Kayah state capital Loikaw": a town
                # named only as a bearing is not where the strike was
                named = {p for p in named
                         if not _only_bearing(claim.evidence.sentence, p.name)} or named
            if len(named) > 1:
                # "hit a building in Sikeniya that the YBS, the Sinjar branch of the PKK,
                # had been using": the place the target itself stands in
                named = {p for p in named if _target_in(claim, p)} or named
            if len(named) == 1:
                place = named.pop()
        if place is None:
            own_states = {a.country for a in (claim.party, claim.attacker) if a is not None}
            # (not a state named in the speaker's own name: "according to the Syria Civil
            # Defence" names no place)
            unvoiced = words(_without(claim.evidence.sentence, claim.party.name))
            named = {p for p in countries
                     if p.country not in own_states and mentioned(p, unvoiced, loosely=False)
                     and not rejected(p)}
            if len(named) == 1:
                place = named.pop()
        own.append(place)
    # a claim still without a place shares the one its sentence's other claims agree on
    agreed: dict[int, set[Place]] = {}
    for claim, place in zip(analysis.claims, own, strict=True):
        if place is not None:
            agreed.setdefault(claim.evidence.start, set()).add(place)
    own = [p if p is not None or len(agreed.get(c.evidence.start, ())) != 1
           else next(iter(agreed[c.evidence.start]))
           for c, p in zip(analysis.claims, own, strict=True)]
    # a claim placed only at its region, in a story that names one town of that region
    # in a sentence telling of a strike or its dead (not where it was filed, nor where
    # someone spoke, nor "rebels retook the town of Saraqeb"): the town ("residents of a
    # rural town in Ethiopia's Amhara region say ... The strike hit Gedeb")
    sentences = _SENTENCE_BREAK.split(article.text)
    told = [words(sentence) for sentence in sentences
            if _STRIKE_TALK.search(sentence) and not _told_before(sentence)]
    towns = [p for p in finer_places if level_of(p) == LOCALITY and p.admin1
             and _name_key(p.name) not in filed_keys
             and not _spoken_at(article.text, written.get(p, (p.name,)))
             and any(mentioned(p, said) for said in told)]
    own = [_one_town(p, towns) if p is not None and level_of(p) == ADMIN1 else p
           for p in own]
    # a party's word of the other side's fire on its own forces ("Armenian units had
    # opened fire on Azerbaijani positions in Dashkesan") places that fire, not the
    # strikes the party tells of its own: they take the places of the article's other
    # accounts, else its country
    # (rule ``events.story_place``: not from a line set apart, "Separately, officials in
    # Logar said a NATO strike killed civilians" in a story of a bombing in Kandahar, nor
    # a country where the lead, or a sentence saying where the attack took place, names
    # the one town or district in it: "The attack took place in Zhari district")
    aside = [set_apart(c.evidence.sentence) for c in analysis.claims]
    placed_claims = [(c, p, a) for c, p, a in zip(analysis.claims, own, aside, strict=True)
                     if p is not None and not c.own_target]
    placed = [(p, a) for _, p, a in placed_claims]
    fallback = _article_place([p for p, a in placed if not a] or [p for p, _ in placed])
    if fallback is not None and all(c.cue == NARRATES for c, _, _ in placed_claims):
        # (rule ``events.lead_over_narration``: where only the outlet's narration places
        # a strike, "Several people were wounded in Sderot, where rockets hit homes", the
        # one town the lead names, "the building its jets destroyed in Gaza City", is
        # where the parties' accounts that name no place were)
        lead_town = _lead_town(finest(lead_places))
        if lead_town is not None and all(place_match(lead_town, p) is None for p, _ in placed):
            fallback = lead_town  # (not over a quarter of that town the narration names)
    # (a sentence saying where the story's attack took place, not one set apart)
    took = [sentence for sentence in sentences
            if _TOOK_PLACE.search(sentence) and not set_apart(sentence)]
    took_town = _lead_town(finest(
        {p for p in finer_places for sentence in took
         if mentioned(p, words(sentence)) and _name_key(p.name) not in filed_keys
         and not _only_bearing(sentence, p.name)
         and not _spoken_at(article.text, written.get(p, (p.name,)))}))
    town = None
    if fallback is None or level_of(fallback) == COUNTRY:
        town = _lead_town(finest(lead_places)) or took_town
        if town is not None and fallback is not None and town.country != fallback.country:
            town = None
        fallback = town or fallback
    elif took_town is not None and took_town.country == fallback.country:
        # "Iraqi security officials said one of the sites was in the city of Hilla", in a
        # story whose other accounts are at the town of the attack the strikes answered
        town = fallback = took_town
    fallback = fallback or _article_country(analysis)
    if town is not None:
        # "struck a busy market in southern Afghanistan" in a story whose attack "took
        # place in Zhari district": a claim placed only at the story's country is at the
        # town its lead or that sentence names
        own = [town if p is not None and level_of(p) == COUNTRY
               and p.country == town.country and not a else p
               for p, a in zip(own, aside, strict=True)]
    own_fallback = _article_place([p for p in own if p is not None]) or fallback
    return [p if p is not None else own_fallback if c.own_target else fallback
            for c, p in zip(analysis.claims, own, strict=True)]


# a sentence that says where the story's attack took place: "The attack took place in the
# morning in Zhari district", "the explosion happened near the market in X", or where its
# targets were: "officials said one of the sites was in the city of Hilla", "the Iraqi
# sites were in western Anbar province"
_TOOK_PLACE = re.compile(
    r"\b(?:attack|strike|air\s?strike|bombing|blast|explosion|raid|shelling|ambush|"
    r"incident|shooting|massacre)s?\s+(?:took\s+place|happened|occurred)\b"
    r"|\b(?:sites?|targets?|facilities|facility)\s+(?:(?:struck|hit|targeted|bombed)\s+)?"
    r"(?:was|were)\s+(?:located\s+)?(?:in|near|outside)\b", re.IGNORECASE)


def border_pairs(analysis: ArticleAnalysis, places: Sequence[Place | None]) -> list[str | None]:
    """Rule ``events.border_pair``: per claim, the two states a strike at a border lies
    between, when its struck place (``places``: :func:`struck_places`) is a town or region
    the text puts on the border with one other state ("Kessa, a village on the border with
    Southland"; the other side's story: "Dorba, near the frontier with Northland"):
    ``"NL+SL"``, the two codes sorted. The two sides' stories place one strike
    in two states; under that pair's key they meet. None for any other claim."""
    # (an analysis made before borders were read, as a replayed one, has none)
    borders = dict(zip(analysis.places, analysis.place_borders, strict=False))
    out: list[str | None] = []
    # rule ``places.named_line``: a story that puts its strike "along the Line of Control",
    # a frontier with a name of its own, tells a strike at the border of the two states it
    # divides: its claims placed on either side, or no finer than a country, go there too
    lines = {tuple(sorted(borders[c.place])) for c in analysis.claims
             if c.place is not None and not c.place.country
             and len(borders.get(c.place, ())) == 2}
    line = lines.pop() if len(lines) == 1 else None
    for claim, place in zip(analysis.claims, places, strict=True):
        if line is not None and claim.action is not None and (
                place is None or level_of(place) == COUNTRY or place.country in line):
            out.append("+".join(line))
            continue
        other = borders.get(place, ()) if place is not None and claim.action is not None \
            and place.country and level_of(place) != COUNTRY else ()
        out.append("+".join(sorted([str(place.country), other[0]]))
                   if place is not None and len(other) == 1 else None)
    return out


def _lead_town(named: set[Place]) -> Place | None:
    """The one town or region the lead sentence names (not where it was filed from nor
    where someone spoke): where the story's strike was, when no claim names a place
    ("troops stormed the palace in the western town of Kasese", in a story that later
    names a border with Congo)."""
    return next(iter(named)) if len(named) == 1 else None


def _without(sentence: str, name: str) -> str:
    """``sentence`` with each mention of ``name`` (a party's name) taken out."""
    if len(name) < 4:
        return sentence
    return re.sub(re.escape(name), " ", sentence, flags=re.IGNORECASE)


def _one_town(region: Place, towns: Sequence[Place]) -> Place:
    """The one town of ``region`` in ``towns`` (by name), else the region."""
    inside = {_name_key(t.name): t for t in towns if t.country == region.country
              and _name_key(t.admin1 or "") == _name_key(region.name)}
    return next(iter(inside.values())) if len(inside) == 1 else region


def _article_country(analysis: ArticleAnalysis) -> Place | None:
    """No claim names a struck place: the article's most named country stands in (a
    country named outright counts once more than one inferred from a town or region;
    one named only where someone spoke, travelled, is outlawed or is blamed does not
    count); the attacking states' own countries (where the copy names none, the speaking
    states') only when there is no other."""
    countries: Counter[str] = Counter()
    text = analysis.article.text
    written = _written_names(analysis)
    for place in analysis.places:
        if place.country and not _speaker_location(text, place.name, bearing=False) \
                and not (place.kind == "country" and _owner_only(text, written[place])):
            countries[place.country] += 2 if place.kind == "country" else 1
    if not countries:
        # no place at all but where someone spoke: a state, its forces or an armed group
        # telling of its own operation ("the army said an air operation on Sunday hit
        # fighters preparing to attack the town") is about its own country, as a
        # government's war inside its borders is; a strike abroad names where it was
        countries.update(c.party.country for c in analysis.claims
                         if c.party.type in ATTACKER_TYPES and c.party.country)
        if not countries:
            return None
    # the states that struck; only when the copy names none, every speaking state (a
    # victim state's officials speak of their own country: "Ukraine's interior minister
    # said 25 buildings were damaged" after "Russia bombarded Kyiv")
    own = {c.attacker.country for c in analysis.claims
           if c.attacker is not None and c.attacker.country} \
        or {a.country for c in analysis.claims for a in (c.party, c.attacker)
            if a is not None and a.country}
    if set(countries) - own:
        for code in own:
            countries.pop(code, None)
    top = min(countries.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    named = next((p for p in analysis.places if p.country == top and p.kind == "country"), None)
    return named or Place(top, None, top, kind="country")


def _owner_only(text: str, names: Sequence[str]) -> bool:
    """Rule ``events.speakers_state``: the text names the place only as the owner of a
    body ("Russia's defence ministry said"), a speaker's state, never as
    where anything happened."""
    found = [m for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text)]
    return bool(found) and all(_OWNED_BODY.match(text, m.end()) for m in found)


# "Russia's Defence Control Centre", "Iran's foreign ministry": a state as the
# owner of a body (not "Sudan's capital", a place)
_OWNED_BODY = re.compile(
    r"['’]s\s+(?:[A-Z]|(?:defen[cs]e|foreign|interior|military|army|armed|government|"
    r"president|prime|state|security|intelligence|envoy|ambassador|embassy|mission)\b)")


def _article_place(places: Sequence[Place]) -> Place | None:
    if not places:
        return None
    countries = Counter(p.country for p in places)
    top = min(countries.items(), key=lambda kv: (-kv[1], kv[0] or ""))[0]
    inside = [p for p in places if p.country == top]
    best = max(LEVEL_RANK[level_of(p)] for p in inside)
    finest = Counter(p for p in inside if LEVEL_RANK[level_of(p)] == best)
    return min(finest.items(), key=lambda kv: (-kv[1], kv[0].name))[0]


def attacker_side(attacker: Actor | None) -> str | None:
    if attacker is None or attacker.type not in ATTACKER_TYPES:
        return None
    return side_of(attacker)


def is_weak(place: Place | None, dated: bool) -> bool:
    """Too little to tie a claim to another article's strike: no date of its own and
    no place finer than a country (any strike in that country within the window fits)."""
    return not dated and LEVEL_RANK[level_of(place)] <= LEVEL_RANK[COUNTRY]


def side_of(actor: Actor) -> str:
    """The side an actor is on: its ``side``, else the actor itself (the side a claim's
    party speaks for, an attacker's side)."""
    return actor.side or actor.id


def strike_time(analysis: ArticleAnalysis, arrived: datetime) -> tuple[datetime, bool]:
    """When an article's strike is filed in events, and whether the article dates itself:
    its date (:func:`~pipeline.domain.clock.article_date`), moved back to the earlier day
    its lead names by weekday, else to the one its accounts name
    (:func:`~pipeline.domain.incidents.claims_day`: "the military said on Saturday ...
    security forces launched an operation against the hospital on Wednesday")."""
    when, dated = article_date(analysis.article, arrived)
    today = when.astimezone(UTC).date()
    told = (claims_day(analysis.claims, today, MAX_DAYS_BACK)
            or _struck_on(analysis.article, today)) if dated else None
    return strike_day(analysis.article, when, dated, told), dated


def _struck_on(article: Article, today: date) -> int | None:
    """Rule ``events.struck_on_day``: where no account names the strike's day, a sentence
    of the body that tells the strike on a weekday ("Maj. Kellogg said coalition aircraft
    struck in the Bir Mahli area on Thursday") gives it: the days back to that weekday,
    when every such sentence names the same one (not a sentence set apart or telling of
    an earlier time, nor the day a statement was given)."""
    backs = set()
    for sentence in _SENTENCE_BREAK.split(article.body):
        if set_apart(sentence) or _told_before(sentence):
            continue
        for found in _STRUCK_ON.finditer(sentence):
            span, _, _ = day_span(f"on {found.group(1)}", today)
            if span is not None and 0 < span[0] <= MAX_DAYS_BACK:
                backs.add(span[0])
    return backs.pop() if len(backs) == 1 else None


# "struck in the Bir Mahli area on Thursday", "bombed the village early on Monday", an
# operation's day ("the soldiers went to the hamlet on Friday", "opened fire on Sunday")
# (not "struck at al-Quds since the aggression began on Wednesday": another time's day)
_STRUCK_ON = re.compile(
    r"\b(?:struck|hit|bombed|shelled|raided|attacked|pounded|targeted|stormed|clashed|fired|"
    r"opened\s+fire|went\s+(?:in)?to|(?:was|were)\s+sent|deployed|entered|launched|"
    r"carried\s+out|conducted)\b"
    r"(?:(?!\b(?:since|after|before|until|following)\b)[^.;\"“”]){0,60}?"
    rf"\bon\s+({'|'.join(WEEKDAYS)})\b", re.IGNORECASE)


def sightings(analysis: ArticleAnalysis, now: datetime,
              time: tuple[datetime, bool] | None = None,
              places: Sequence[Place | None] | None = None) -> list[Sighting]:
    """``now``: when the article arrived (or the stage's watermark); an undated article
    whose dateline gives a date is filed under that date, and counts as dated. ``time``:
    the article's :func:`strike_time`, and ``places`` its
    :func:`struck_places`, when the caller has them."""
    stamp, dated = time or strike_time(analysis, now)
    article = analysis.article
    struck = struck_places(analysis) if places is None else places
    named = dated and names_day(article.body, stamp)
    sites = named_sites(article.text, [n for names in analysis.place_names for n in names])
    return [Sighting(place, stamp, attacker_side(claim.attacker), article=article.id,
                     weak=is_weak(place, dated), party=side_of(claim.party), named=named,
                     sites=sites)
            for claim, place in zip(analysis.claims, struck, strict=True)]


# facilities a story names by their own names ("the al-Zahra school", "Kamal Adwan
# Hospital"): two named alike are one; two of one kind named apart are two strikes
_SITE_KINDS = ("school", "hospital", "mosque", "church", "university", "college", "stadium",
               "hotel", "bakery", "clinic")
_NAMED_SITE = re.compile(
    r"((?:(?:[Aa]l|[Ee]l)[-\s])?[A-Z][\w'’-]*(?:\s+(?:(?:[Aa]l|[Ee]l)[-\s])?[A-Z][\w'’-]*){0,3})"
    rf"\s+((?i:{'|'.join(_SITE_KINDS)}))s?\b")
# where the dead and wounded are taken, which is no site struck
_CARE_KINDS = frozenset(["hospital", "clinic"])
_CARRIED_TO = re.compile(
    r"\b(?:taken|carried|rushed|brought|transferred|transported|evacuated|moved|admitted|"
    r"treated|treatment|arrived|sent)\b[^.;]*?\b(?:to|at|in)(?:\s+the)?\s*$", re.IGNORECASE)
# words of a facility's name that tell no facility from another of its kind
_SITE_NAME_GENERIC = frozenset([
    "al", "el", "the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
    "martyrs", "martyr", "international", "central", "general", "national", "public", "new",
    "old", "main", "girls", "boys", "primary", "secondary", "high", "elementary",
    "preparatory", "state", "government", "city", "district", "provincial", "regional",
    "teaching", "university", "military", "field", "islamic", "grand", "great", "holy",
    "saint", "st", "children", "women", "maternity", "specialist", "specialized",
    "specialised", "baptist", "arab", "mission", "memorial", "in", "at", "of",
    # words of many people's names ("Abu", "Abdel", "bin"), which name no one facility
    "abu", "abdel", "abdul", "abd", "bin", "ibn", "umm", "um", "bint", "sheikh", "imam",
    "king", "prince", "queen", "president"])


def named_sites(text: str, places: Sequence[str] = ()) -> tuple[str, ...]:
    """Rule ``event.named_site``: the facilities ``text`` names by a name of their own
    ("struck the Abdel Fattah Hamoud school"), each as "kind|word" keys of its name's
    telling words (their consonants, :func:`skeleton`, so that "al-Tabi'in" and
    "Al-Taba'een" agree). A name that is a place of the story ("a Gaza City school"),
    an acronym ("an UNRWA school") or one that only opens a sentence is none."""
    placed = {_name_key(n) for n in places}
    out: set[str] = set()
    for m in _NAMED_SITE.finditer(text):
        name, kind = m.group(1), m.group(2).lower()
        words = name.split()
        start = m.start(1)
        before = text[max(0, start - 2):start]
        if words and words[0].lower() in _SITE_NAME_GENERIC:
            words = words[1:]  # "A Gaza City school", "The al-Zahra school"
        elif start == 0 or before.endswith((". ", "\n", '" ', "“")):
            # a sentence's first word is capitalised anyway: only a name after it counts
            words = words[1:]
        if not words or _name_key(" ".join(words)) in placed \
                or any(w.isupper() and len(w) > 1 for w in words):
            continue
        if kind in _CARE_KINDS and _CARRIED_TO.search(text[max(0, start - 40):start]):
            continue  # "bodies were carried to al-Ahli Hospital": where the dead went
        words = [w for w in re.split(r"[\s-]+", " ".join(words)) if w]
        telling = [skeleton(_name_key(w)) for w in words
                   if _name_key(w) not in _SITE_NAME_GENERIC and _name_key(w) not in placed]
        out.update(f"{kind}|{k}" for k in telling if len(k) >= 2)
    return tuple(sorted(out))


def _sites_shared(a: Sequence[str] | None, b: Sequence[str] | None) -> bool:
    """Two sets of named facilities (:func:`named_sites`) that share one."""
    if not a or not b:
        return False
    return not set(a).isdisjoint(b)


def _sites_apart(a: Sequence[str] | None, b: Sequence[str] | None) -> bool:
    """Two sets of named facilities (:func:`named_sites`) that name a kind of facility
    each and no name of that kind in common: the strikes hit different facilities."""
    if not a or not b:
        return False
    kinds_a, kinds_b = _by_kind(a), _by_kind(b)
    shared = set(kinds_a) & set(kinds_b)
    return bool(shared) and all(not (kinds_a[k] & kinds_b[k]) for k in shared)


def _by_kind(keys: Sequence[str]) -> dict[str, set[str]]:
    """Named-facility keys ("school|tbn") as the name words of each kind."""
    out: dict[str, set[str]] = {}
    for key in keys:
        kind, _, word = key.partition("|")
        out.setdefault(kind, set()).add(word)
    return out


# ------------------------------------------------------------------ the event table


def empty_events() -> dict[str, Any]:
    """events: id -> {id, place, pk (its place_key), first, last, attackers, absorbed};
    index: "bucket|day" -> {id: 1} (an ordered set); closed: id -> {first, last, event
    (packed, see :func:`pack`)} of an event closed as idle, with closed_index its
    "*|day" index; behind: open events lying
    wholly in days the closing sweep has passed (opened or reopened late)."""
    return {"events": {}, "index": {}, "closed": {}, "closed_index": {}, "behind": {},
            "seq": 0, "watermark": None, "closed_through": None}


def _buckets(pk: Sequence[Any] | None) -> tuple[str, ...]:
    """Index buckets an event sits in: its country and region ("SY/hama"), or its
    country alone when it gives no region ("SY"); and every event of the country ("SY/")."""
    if pk is None:
        return ("?",)
    country = str(pk[1]) if pk[1] else "~" + str(pk[3])
    own = f"{country}/{pk[2]}" if pk[2] else country
    border = (f"{_border(pk)}/",) if _border(pk) else ()  # the border's other side looks there
    if pk[0] == LOCALITY and pk[2] and pk[3] != pk[2]:
        # also under its own name: the province named after it looks there
        return (own, f"{country}/{pk[3]}", f"{country}/", *border)
    return (own, f"{country}/", *border)


def _lookups(pk: Sequence[Any] | None) -> tuple[str, ...]:
    """Buckets where events a sighting may join sit: the same region and the country's
    events without a region; a sighting without a region looks at the whole country.
    An account with no place at all only meets other accounts without one."""
    if pk is None:
        return ("?",)
    country = str(pk[1]) if pk[1] else "~" + str(pk[3])
    border = (f"{_border(pk)}/",) if _border(pk) else ()
    if pk[2]:
        if pk[0] == LOCALITY and pk[3] != pk[2]:
            return (f"{country}/{pk[2]}", f"{country}/{pk[3]}", country, *border)
        return (f"{country}/{pk[2]}", country, *border)
    return (f"{country}/", *border)


def _days(first: float, last: float) -> range:
    return range(int(first // DAY), int(last // DAY) + 1)


def _index_add(table: dict[str, Any], event: dict[str, Any]) -> None:
    for day in _days(event["first"], event["last"]):
        for bucket in (*_buckets(event["pk"]), "*"):
            table["index"].setdefault(f"{bucket}|{day}", {})[event["id"]] = 1


def _index_remove(table: dict[str, Any], event: dict[str, Any]) -> None:
    for day in _days(event["first"], event["last"]):
        for name in (*_buckets(event["pk"]), "*"):
            _unindex(table["index"], f"{name}|{day}", event["id"])


def _unindex(index: dict[str, Any], bucket: str, event_id: str) -> None:
    ids = index.get(bucket)
    if ids and event_id in ids:
        del ids[event_id]
        if not ids:
            del index[bucket]


def _admits(event: Mapping[str, Any], s: Sighting) -> bool:
    """Weak evidence (:func:`is_weak`) links articles only with an actor in common: a
    weak claim joins an event its own article is in, or one whose attacker it names or
    whose speaking side it speaks for; an event made only of one article's weak claims
    takes another article's claim only on the same terms. Both ways the same test, so
    the order does not matter."""
    if s.article is None:
        return True
    articles = event.get("articles") or []
    named = (s.attacker is not None and s.attacker in event["attackers"]) or (
        s.party is not None and s.party in event.get("parties", ()))
    if s.weak:
        return s.article in articles or named
    weak_of = event.get("weak_of")
    return weak_of is None or weak_of == s.article or named


def _compatible(event: Mapping[str, Any], pk: Sequence[Any] | None, attacker: str | None,
                ts: float, params: EventParams, named: bool = False,
                sites: Sequence[str] = (), article: str | None = None) -> str | None:
    window = params.window.total_seconds()
    if ts < event["last"] - window or ts > event["first"] + window:
        return None
    if _sites_apart(event.get("sites"), sites):
        return None  # "the al-Zahra school" and, a day later, "the Al-Taba'een school"
    if named and not _days_agree(event.get("named"), [ts, ts]):
        return None
    if not _before_reported(event, ts, named):
        return None
    if attacker is not None and event["attackers"] and attacker not in event["attackers"]:
        return None
    match = match_keys(pk, event["pk"], params.near_km)
    if match is None and article is not None and article not in event.get("articles", ()) \
            and _sites_shared(event.get("sites"), sites) \
            and pk is not None and event["pk"] is not None and pk[1] == event["pk"][1]:
        # rule ``event.named_site``: one facility named by its own name in two stories
        # ("the Al-Tabi'in school"), in one country, is one strike, whichever town or
        # quarter each puts it in (an article's own claims at other places stay apart)
        return LOCALITY
    return match


def _before_reported(event: Mapping[str, Any], ts: float, named: bool) -> bool:
    """A strike is told no earlier than it happened: every sighting's time (its article's
    date, or the day its lead names) is on or after the strike's day. A strike whose lead
    names its day ("raided the camp on Saturday") is then no strike an article dated two
    days before it told of ("struck the school on Thursday", filed on Thursday), either
    way round. A day's slack is left for time zones and "overnight"."""
    if named and _named_after_told(ts, event["first"]):
        return False
    told = event.get("named")
    return not told or not _named_after_told(told[0], ts)


def _named_after_told(named: float, told: float) -> bool:
    """The day a lead names is more than a day after a time the strike was told at."""
    return int(named // DAY) - int(told // DAY) > 1


def _days_agree(a: Sequence[float] | None, b: Sequence[float] | None) -> bool:
    """Strike days named by weekday (``[first, last]`` timestamps, None: none named)
    agree when every one is within a day of every other: "on Friday" and "on Sunday"
    are two strikes, "on Sunday" and "overnight into Monday" may be one."""
    if not a or not b:
        return True
    return int(max(a[1], b[1]) // DAY) - int(min(a[0], b[0]) // DAY) <= 1


def candidate_events(table: dict[str, Any], s: Sighting, params: EventParams,
                     gated: bool = True) -> list[tuple[str, str]]:
    """Open events the sighting could join, as (event id, match level), best first
    (finest place level, then nearest in time, then oldest). ``gated=False`` also lists
    the events weak evidence may not join (where a rewrite of the article may be)."""
    pk = place_key(s.place, s.border) if s.place is not None else None
    return [(eid, match) for eid, match, _ in _candidates(table, pk, s, params, gated)]


def _candidates(table: dict[str, Any], pk: Sequence[Any] | None, s: Sighting,
                params: EventParams, gated: bool = True) -> list[tuple[str, str, float]]:
    ts = s.time.timestamp()
    window = params.window.total_seconds()
    lookups = _lookups(pk)
    seen: set[str] = set()
    found: list[tuple[int, float, float, tuple[Any, ...], str, str]] = []
    for day in _days(ts - window, ts + window):
        for bucket in lookups:
            for eid in table["index"].get(f"{bucket}|{day}", ()):
                if eid in seen:
                    continue
                seen.add(eid)
                event = table["events"][eid]
                if gated and not _admits(event, s):
                    continue
                match = _compatible(event, pk, s.attacker, ts, params, s.named, s.sites,
                                    s.article)
                if match is not None:
                    gap = min(abs(ts - event["first"]), abs(ts - event["last"]))
                    found.append((-LEVEL_RANK[match], gap, event["first"], _tie(event), eid,
                                  match))
    found.sort()
    return [(eid, match, first) for _, _, first, _, eid, match in found]


def _tie(event: Mapping[str, Any]) -> tuple[Any, ...]:
    """Between events equally near, the one opened first in the agreed order (see
    :attr:`Sighting.order`), then what they are (place, attackers); never their ids,
    which count arrivals."""
    pk = event["pk"]
    origin = event.get("origin") or [float("inf"), "", 0]
    return (*origin, str(pk[3]) if pk else "", str(pk[2] or "") if pk else "",
            *event["attackers"])


def assign(table: dict[str, Any], s: Sighting, params: EventParams, prefix: str) -> Assignment:
    """Put the sighting into an event (joining, creating or merging); mutates ``table``."""
    ts = s.time.timestamp()
    pk = place_key(s.place, s.border) if s.place is not None else None
    late = _advance(table, ts, params)
    candidates = _candidates(table, pk, s, params)
    if not candidates:
        closed = _closed_match(table, pk, s, ts, params) if late is not None else None
        table["seq"] += 1
        eid = f"{prefix}#{table['seq']}"
        event = {"id": eid, "place": to_dict(s.place) if s.place else None, "pk": pk,
                 "first": ts, "last": ts, "attackers": [s.attacker] if s.attacker else [],
                 "absorbed": [], "origin": list(s.order) if s.order else None,
                 "articles": [s.article] if s.article else [],
                 "weak_of": s.article if s.weak else None,
                 "parties": [s.party] if s.party else [],
                 "named": [ts, ts] if s.named else None,
                 **({"sites": list(s.sites)} if s.sites else {})}
        table["events"][eid] = event
        _index_add(table, event)
        _mark_behind(table, event)
        return Assignment(eid, True, UNPLACED, late_hours=late, closed_match=closed)
    best_id, match, _ = candidates[0]
    best = table["events"][best_id]
    bridged = [eid for eid, _, _ in candidates[1:]
               if _mergeable(best, table["events"][eid], params)]
    group = sorted([best_id, *bridged],
                   key=lambda e: (table["events"][e]["first"], _tie(table["events"][e]), e))
    survivor_id, absorbed = group[0], tuple(group[1:])
    for eid in absorbed:
        _merge(table, survivor_id, eid)
    survivor = table["events"][survivor_id]
    _extend(table, survivor, s.place, pk, s.attacker, ts, ts)
    if s.named:
        survivor["named"] = _span(survivor.get("named"), [ts, ts])
    if s.article is not None:
        if s.article not in survivor.setdefault("articles", []):
            survivor["articles"] = sorted([*survivor["articles"], s.article])
        if not s.weak:
            survivor["weak_of"] = None
    if s.party and s.party not in survivor.setdefault("parties", []):
        survivor["parties"] = sorted([*survivor["parties"], s.party])
    if s.sites and not set(s.sites) <= set(survivor.get("sites", ())):
        survivor["sites"] = sorted({*survivor.get("sites", ()), *s.sites})
    _mark_behind(table, survivor)
    return Assignment(survivor_id, False, match, absorbed, late_hours=late)


def remove_event(table: dict[str, Any], event_id: str) -> None:
    """Take an open event out of the table (its claims are about to be placed again)."""
    event = table["events"].pop(event_id, None)
    if event is not None:
        _index_remove(table, event)


def _mergeable(a: Mapping[str, Any], b: Mapping[str, Any], params: EventParams) -> bool:
    """Two events a sighting fits may merge only when they could be one strike."""
    if a["attackers"] and b["attackers"] and not set(a["attackers"]) & set(b["attackers"]):
        return False
    if a["pk"] is None or b["pk"] is None:
        return False  # an unplaced event never bridges
    if _sites_apart(a.get("sites"), b.get("sites")):
        return False
    if not _days_agree(a.get("named"), b.get("named")):
        return False
    if any(one.get("named") and _named_after_told(one["named"][0], other["first"])
           for one, other in ((a, b), (b, a))):
        return False  # a strike whose lead names a day after the other's was told of
    return match_keys(a["pk"], b["pk"], params.near_km) is not None


def _merge(table: dict[str, Any], survivor_id: str, other_id: str) -> None:
    survivor, other = table["events"][survivor_id], table["events"].pop(other_id)
    _index_remove(table, other)
    place = from_dict(Place, other["place"]) if other["place"] else None
    for attacker in other["attackers"]:
        _extend(table, survivor, place, other["pk"], attacker, other["first"], other["last"])
    if not other["attackers"]:
        _extend(table, survivor, place, other["pk"], None, other["first"], other["last"])
    survivor["absorbed"] = [*survivor["absorbed"], other_id, *other["absorbed"]]
    survivor["articles"] = sorted({*survivor.get("articles", []), *other.get("articles", [])})
    survivor["parties"] = sorted({*survivor.get("parties", []), *other.get("parties", [])})
    if other.get("sites"):
        survivor["sites"] = sorted({*survivor.get("sites", ()), *other["sites"]})
    if survivor.get("weak_of") != other.get("weak_of"):
        survivor["weak_of"] = None
    origins = [o for o in (survivor.get("origin"), other.get("origin")) if o]
    survivor["origin"] = min(origins) if origins else None
    survivor["named"] = _span(survivor.get("named"), other.get("named"))


def _span(a: Sequence[float] | None, b: Sequence[float] | None) -> list[float] | None:
    """The days named by weekday in an event, as [first, last] (None: none)."""
    if not a:
        return list(b) if b else None
    if not b:
        return list(a)
    return [min(a[0], b[0]), max(a[1], b[1])]


def _extend(table: dict[str, Any], event: dict[str, Any], place: Place | None,
            pk: Sequence[Any] | None, attacker: str | None, first: float, last: float) -> None:
    """Widen an event by a sighting (or a merged event): time span, finer place, attacker."""
    finer_place = pk is not None and (
        event["pk"] is None or LEVEL_RANK[pk[0]] > LEVEL_RANK[event["pk"][0]])
    wider = first < event["first"] or last > event["last"]
    if finer_place or wider:
        _index_remove(table, event)
        if finer_place:
            event["place"], event["pk"] = to_dict(place), list(pk or ())
        event["first"], event["last"] = min(event["first"], first), max(event["last"], last)
        _index_add(table, event)
    if attacker and attacker not in event["attackers"]:
        event["attackers"] = sorted([*event["attackers"], attacker])


# ------------------------------------------------------------------ time: late and closed


def _advance(table: dict[str, Any], ts: float, params: EventParams) -> float | None:
    """Move the watermark; return how many hours behind it a late sighting is."""
    mark = table["watermark"]
    if mark is None or ts > mark:
        table["watermark"] = mark = ts
    behind = mark - ts
    return round(behind / 3600, 1) if behind > params.window.total_seconds() else None


def close_idle(table: dict[str, Any], params: EventParams) -> list[str]:
    """Close events idle for ``retention`` behind the watermark: they leave the open
    index and are kept whole in ``closed`` (with their own "*|day" index), so a claim
    that arrives late for one reopens it (:func:`reopen_near`) and is placed as if it
    had never closed. Closing is then invisible in the answers, whatever the order of
    arrival, as long as the event is kept (:func:`forget_closed`). Returns the closed
    ids; the caller keeps its own per-event data for them until they are forgotten."""
    mark = table["watermark"]
    if mark is None:
        return []
    horizon = mark - params.retention.total_seconds()
    start = table["closed_through"]
    end_day = int(horizon // DAY) - 1
    if start is None:
        days = [int(k.split("|")[1]) for k in table["index"] if k.startswith("*|")]
        start = min(days, default=end_day + 1) - 1
    due = [eid for day in range(start + 1, end_day + 1)
           for eid in table["index"].get(f"*|{day}", ())]
    # events the sweep has passed: opened or reopened behind it, by a late claim
    due += list(table.setdefault("behind", {}))
    table["behind"] = {}
    closed: list[str] = []
    for eid in dict.fromkeys(due):
        event = table["events"].get(eid)
        if event is None or event["last"] >= horizon:
            continue
        _index_remove(table, event)
        del table["events"][eid]
        # packed: a closed event is read again only if a late claim reopens it
        table["closed"][eid] = {"first": event["first"], "last": event["last"],
                                "event": pack(event)}
        index = table.setdefault("closed_index", {})
        for day in _days(event["first"], event["last"]):
            index.setdefault(f"*|{day}", {})[eid] = 1
        closed.append(eid)
    table["closed_through"] = max(start, end_day)
    return closed


def forget_closed(table: dict[str, Any], params: EventParams) -> list[dict[str, Any]]:
    """Forget the closed events past ``closed_limit`` (the longest idle first, then by
    id): what bounds the table. Returns the forgotten events."""
    kept = table["closed"]
    over = len(kept) - params.closed_limit
    if over <= 0:
        return []
    oldest = sorted(kept, key=lambda eid: (kept[eid].get("last", 0.0), eid))[:over]
    gone = []
    for eid in oldest:
        summary = kept.pop(eid)
        _unindex_closed(table, eid, summary)
        gone.append(unpack(summary["event"]) if "event" in summary else {"id": eid})
    return gone


def reopen_near(table: dict[str, Any], first: float, last: float, params: EventParams
                ) -> list[str]:
    """Reopen every closed event a claim between ``first`` and ``last`` (timestamps)
    could meet, directly or through the events it joins when claims are placed again in
    time order (three windows either side: an event spans at most one window). Returns
    the reopened ids, oldest first."""
    index = table.get("closed_index") or {}
    if not index:
        return []
    reach = 3 * params.window.total_seconds()
    found = {eid: 1 for day in _days(first - reach, last + reach)
             for eid in index.get(f"*|{day}", ())}
    near = [eid for eid in found if table["closed"][eid]["last"] >= first - reach
            and table["closed"][eid]["first"] <= last + reach]
    return reopen_events(table, near)


def reopen_events(table: dict[str, Any], event_ids: Sequence[str]) -> list[str]:
    """Put closed events back among the open ones, as they were (the next
    :func:`close_idle` closes them again if nothing moved them); returns those reopened."""
    out = []
    for eid in event_ids:
        summary = table["closed"].pop(eid, None)
        if summary is None or "event" not in summary:  # unknown, or kept before as data
            if summary is not None:
                table["closed"][eid] = summary
            continue
        _unindex_closed(table, eid, summary)
        event = unpack(summary["event"])
        table["events"][eid] = event
        _index_add(table, event)
        _mark_behind(table, event)
        out.append(eid)
    return sorted(out, key=lambda e: (table["events"][e]["first"], e))


def pack(data: Any) -> str:
    """A closed event's data as one compressed string (JSON, zlib, base64): a fraction
    of its size, and the table's value stays plain JSON."""
    raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.b64encode(zlib.compress(raw, 6)).decode("ascii")


def unpack(packed: str) -> Any:
    return json.loads(zlib.decompress(base64.b64decode(packed)))


def _unindex_closed(table: dict[str, Any], event_id: str, event: Mapping[str, Any]) -> None:
    index = table.get("closed_index", {})
    for day in _days(event.get("first", 0.0), event.get("last", 0.0)):
        _unindex(index, f"*|{day}", event_id)


def _mark_behind(table: dict[str, Any], event: Mapping[str, Any]) -> None:
    """An open event the closing sweep will not pass again (all its days are behind
    ``closed_through``) is listed for the next :func:`close_idle`."""
    through = table["closed_through"]
    if through is not None and int(event["last"] // DAY) <= through:
        table.setdefault("behind", {})[event["id"]] = 1


def _closed_match(table: dict[str, Any], pk: Sequence[Any] | None, s: Sighting, ts: float,
                  params: EventParams) -> str | None:
    """A closed event the sighting would have joined (it was not reopened for it)."""
    window = params.window.total_seconds()
    index = table.get("closed_index") or {}
    for day in _days(ts - window, ts + window):
        for eid in index.get(f"*|{day}", ()):
            summary = table["closed"][eid]
            event = unpack(summary["event"]) if "event" in summary else summary
            if _compatible(event, pk, s.attacker, ts, params, s.named, s.sites,
                           s.article) is not None:
                return str(eid)
    return None
