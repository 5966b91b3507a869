"""Which accounts in one article tell different incidents.

Wire copy tells a lead incident and, beside it, others: "Separately, the RSF shelled a
camp on Thursday", "The group claimed an attack on an army post last week", "The army
said it had repelled an attack on its positions". Two accounts are compared only when
nothing in their claim records says they are about different incidents. Each rule has an
id, returned by :func:`apart`:

- ``incident.own_forces``: a military's or armed group's report that the other side hit
  its own forces ("repelled an RSF attack on its positions") answers nobody's account of
  what was hit; nor do its claims of the same sentence about the fighting ("... and
  killed several rebels"). Rule ``incident.own_side_hit`` reads the same report where
  the forces are not called "its": army posts (class ``military``) that another
  country's forces hit at home ("Pakistani troops opened fire, shelling villages and
  forward posts", India's army said), or that no named attacker hit near one of the
  military's own country's towns in a sentence counting its soldiers hurt ("missiles
  had been fired at a military post near Metula and one soldier was wounded"). A strike
  on an armed group at home (Turkey's jets on PKK shelters in Sirnak) stays the party's
  own: the target class and the attacker tell them apart. Rule ``incident.own_soldiers``:
  a military's or defence ministry's count of soldiers hurt that names no attacker ("a
  soldier was wounded") is of its own forces too, but not in the sentence where the same
  party tells its own side's strike ("their strike had hit a barracks ... and dozens of
  soldiers had been killed": rule ``incident.struck_side_toll``, the side struck). Rule
  ``incident.cause_before``: an attack on its forces that the sentence tells as the
  cause of the party's own strike ("engaging fighters fleeing after an attack on
  troops") makes no other account of the sentence a report of its own forces hit. Rule
  ``incident.struck_says`` (:func:`struck_own`): the account of the very side that
  struck answers the report ("Syria's army said coalition jets bombed its post"; "the
  coalition said it struck Islamic State positions"), which
  :func:`pipeline.domain.conflicts.find_conflicts` reads as a dispute over whose forces
  were hit; an account of the party's own forces never takes the party's own side as its
  attacker;
- ``incident.attacker``: the accounts name attackers on different sides; an account
  that names none takes the one attacker its party names in the same sentence (rule
  ``incident.sentence_attacker``: "Israeli shells fell on the outskirts of Khiam,
  setting fire to orchards"; a sentence naming attackers of two sides gives none), else,
  for a combatant target, its party's own side when the party's other accounts of the
  article tell of its own strikes and of no other attacker's. Rule
  ``incident.force_strikes``: a military's account of combatants hit, when the military
  names no attacker anywhere in the article ("air force jets destroyed vehicles used by
  the terrorists"), is of a strike by its side, never of the one armed men of no side, or
  an armed group not on its side, made ("gunmen opened fire on a bus", "Friday's
  terrorist attack on a mosque");
- ``incident.place``: different struck places, neither inside the other
  (:func:`pipeline.domain.claims.same_place`); an account whose sentence gives it no place
  takes the one its party gives in the same sentence ("the strike hit a farm outside
  Jilib and killed six farmers"), else, when it names no day either, the one the
  sentence just before it in its paragraph gives ("... a farm outside Jilib. 'They
  were our sons, not fighters,' an elder said"), never one across a paragraph break; an
  account placed no finer than a country takes the one town another account of the
  article gives the same thing (``incident.finer_place``: "a prison in northern Yemen"
  and "the Saada remand prison");
- ``incident.day``: the strikes' own day phrases ("on Monday", "last week", "Oct 3", never
  "said on Friday"; a claim of responsibility's "claimed ... last week") put them two or
  more days apart, or one day apart unless the earlier speaks of a night or an evening
  or the later of an early hour ("Wednesday night" and "early on Thursday" are one
  night; "last week" and "Monday night" are not). An account
  without a day phrase takes the one its party gives in the same sentence. Only
  accounts of one article are compared by their days. A past week or month, or a
  weekday, on the reporting verb ("Last week the coalition denied striking a mosque",
  "On Tuesday, the military said it had struck a depot") is the day the account was
  given: apart from a strike after it, never from one before, nor from another account
  dated only by when it was given;
- ``incident.separate``: an account told in a sentence that sets itself apart
  ("Separately, two herders were wounded on Monday ...", "In a separate attack ...",
  "Elsewhere, ...", "the governor reported separately that ...") and gives its
  incident a day of its own, a distance ("about 80 km away") or a place other than an
  earlier account's ("Separately, the army said it struck depots in Beirut" after a
  strike near Baalbek) is not of the incident an account without that day tells; so
  does an account that names no day of its own in the sentence right after one set
  apart, in the same paragraph ("Separately, ... shelled Kunar on Monday morning. Police
  said shells landed on two homes"). The
  marker alone does not separate: "Separately, the French military said its jets had killed
  dozens of jihadists" may be the other side of the same strike. A sentence opening with a
  time of its own after the lead's ("Hours later a drone was shot down ...", "Later that
  night ...") is set apart by that time;
- ``incident.roundup``: a summary of a period's strikes ("said in its daily report",
  "over the past 24 hours", "without giving locations") placed no finer than a region
  is not the account of a strike on one town, nor of its unplaced victims; nor is
  (``incident.scattered``) a summary told over many places, placed or not ("struck
  deployment points in several regions, but did not mention Pelan");
- ``incident.tally``: the toll of a war's weeks ("dozens of troops had been killed in
  more than a week of fighting", "since the war began", "more than 4,000 have been
  killed since 2017", "at the height of the violence"), and the account right after
  it in its paragraph that names no day or place, is no account of one strike of the
  article.

Pure functions over :class:`~pipeline.domain.models.Claim` records; the article's date
(when known) turns weekdays and "last week" into days.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from typing import TypeVar

from pipeline.domain.claims import (
    ARMED_MEN,
    CIVIL,
    COMBATANT,
    TOLL_RULES,
    is_account,
    is_use,
    same_attacker,
    same_place,
    same_side,
    target_head,
)
from pipeline.domain.clock import MONTH_NAMES, MONTHS, WEEKDAYS
from pipeline.domain.models import Actor, Claim, Place

__all__ = ["OWN_FORCES", "SAID_DAY_MARK", "Cues", "apart", "claims_day", "cues", "day_span",
           "struck_own"]

OWN_FORCES = "incident.own_forces"
ATTACKER = "incident.attacker"
PLACE = "incident.place"
DAY = "incident.day"
ROUNDUP = "incident.roundup"
TALLY = "incident.tally"
SEPARATE = "incident.separate"


@dataclass(frozen=True, slots=True)
class Cues:
    """What tells one account's incident from another's."""

    article: str
    place: Place | None = None
    mate_place: Place | None = None  # the place the party gives in the same sentence
    seen: Place | None = None  # where the strike was, as the article or its event says
    attacker: Actor | None = None
    days: tuple[int, int] | None = None  # days before the article's date, (latest, earliest)
    weekday: int | None = None  # the weekday named, when the article has no date
    night: bool = False  # the phrase names a night, an evening or an early hour
    late: bool = False  # ... a night or an evening, which runs on into the next day
    early: bool = False  # ... an early hour or dawn, the end of the night before
    own_forces: bool = False
    teller: Actor | None = None  # the party whose account it is
    roundup: bool = False  # told in a summary of a period's strikes ("its daily report")
    scattered: bool = False  # a summary told over many places ("in several regions")
    # a toll of a war's weeks ("killed in more than a week of fighting"), or the account
    # right after one that names no day or place of its own
    tally: bool = False
    separate: bool = False  # its sentence sets it apart ("Separately, ... on Monday")
    order: int = 0  # where its sentence starts in the article
    force_strikes: bool = False  # a military's account of combatants hit, naming no attacker
    forces_hit: bool = False  # what it says was hit is a state's forces (class military)
    civilians_hit: bool = False  # ... or people of no side (class civilians)
    # its only day is the month its account was given in, weeks before the article's date
    said_long_before: bool = False
    # its day is the day its account was given ("Last week the coalition denied ..."):
    # the strike it tells was on that day or before
    said: bool = False


def cues(claims: Sequence[Claim], published: datetime | None = None,
         struck: Sequence[Place | None] | None = None) -> list[Cues]:
    """Per claim (in order), the cues of its incident. ``published``: the article's date
    for claims whose evidence carries none; ``struck``: per claim, its place where an
    event set the claims' own aside (a summary is told from an account of one town's
    strike by these)."""
    mates: dict[tuple[str, int, str], list[Claim]] = {}
    for c in claims:
        mates.setdefault(_sentence(c), []).append(c)
    hurt = {_sentence(c) for c in claims if _soldiers_hurt(c)}
    striking = _own_strikes(claims)
    defended = {_sentence(c) for c in claims
                if _defends(c, _sentence(c) in hurt) and not cause_before(c)
                and not _struck_side_toll(c, striking)}
    own = _party_attackers(claims)
    struck_by = _side_struck_by(claims)
    party_tolls = _placed_tolls(claims)
    naming = {(c.evidence.article_id, c.party.id) for c in claims if c.attacker is not None}
    shared = {k: a for k, m in mates.items() if (a := _one_attacker(m)) is not None}
    days = [_day_of(c, mates[_sentence(c)], published) for c in claims]
    at = {id(c): i for i, c in enumerate(claims)}
    finer = _finer_places(claims, mates)
    out = []
    for i, c in enumerate(claims):
        same = mates[_sentence(c)]
        span, weekday, night, separate, late, early = days[i]
        if span is None and weekday is None:
            # "Separately, ... on Monday morning. Police said shells landed on two
            # homes": the sentence after one set apart goes on with its incident; so
            # does the sentence after one dated days back ("Last week, a strike on a
            # house killed five. The army said it had stored weapons in the house")
            span, weekday, night, separate, late, early = next(
                (d for m in _told_before(c, claims)
                 if (d := days[at[id(m)]])[3] or _days_back(d[0])), days[i])
        if not separate and _separate_elsewhere(c, claims):
            separate = True
        scattered = _scattered(c)
        mate = None if c.place else _one_place(same) or _one_place(
            _told_before(c, claims)) or _party_place(
            c, party_tolls.get((c.evidence.article_id, c.party.id), []))
        place = finer.get(id(c), c.place)
        out.append(Cues(
            article=c.evidence.article_id,
            place=place, mate_place=mate,
            seen=struck[i] if struck is not None else place or mate,
            # a denial in the sentence ("there is no damage to ships of the fleet") is
            # of the other side's strike, not of the one its party names
            attacker=_armed(c.attacker) or (
                shared.get(_sentence(c)) if is_account(c) else None) or (
                own.get((c.evidence.article_id, c.party.id))
                if c.target.target_class in COMBATANT and not c.own_target else None) or (
                struck_by.get((c.evidence.article_id, c.party.side))
                if c.target.target_class in CIVIL and not c.negated else None),
            days=span, weekday=weekday, night=night, late=late, early=early,
            own_forces=not _struck_side_toll(c, striking) and (
                _defends(c, _sentence(c) in hurt) or _own_soldiers(c) or (
                    _sentence(c) in defended and c.target.target_class in COMBATANT
                    and not is_use(c))),
            teller=c.party,
            roundup=scattered or _roundup(c),
            scattered=scattered,
            tally=_tally(c) or (c.place is None and any(
                _tally(m) for m in _told_before(c, claims))),
            separate=separate,
            order=c.evidence.start,
            force_strikes=c.party.type == "military" and not c.negated and not c.own_target
            and c.target.target_class in COMBATANT
            and (c.evidence.article_id, c.party.id) not in naming,
            forces_hit=c.target.target_class == "military" and not c.negated,
            civilians_hit=c.target.target_class == "civilians" and not c.negated,
            said_long_before=span is not None and span[0] >= LONG_BEFORE_DAYS
            and _said_day(c, mates[_sentence(c)]),
            said=span is not None and _said_day(c, mates[_sentence(c)]),
        ))
    return out


def _finer_places(claims: Sequence[Claim], mates: dict[tuple[str, int, str], list[Claim]]
                  ) -> dict[int, Place]:
    """Rule ``incident.finer_place``: an account placed no finer than a country ("a prison
    in northern Yemen") is where another account in the article places the same thing
    ("the Saada remand prison"), when that is one place in that country; the accounts of
    its sentence that its party gives with it ("... killed at least 70 people") go with
    it. Keyed by ``id`` of the claim."""
    out: dict[int, Place] = {}
    for c in claims:
        if c.place is None or c.place.kind != "country":
            continue
        head = target_head(c.target.text)
        town = _one_place([m for m in claims
                           if m is not c and m.place is not None and m.place.kind != "country"
                           and m.place.country == c.place.country
                           and m.evidence.article_id == c.evidence.article_id
                           and len(head) > 2 and target_head(m.target.text) == head])
        if town is not None:
            out[id(c)] = town
    for c in claims:
        if id(c) in out or c.place is None or c.place.kind != "country":
            continue
        told = {(p.geonames_id, p.name): p for m in mates[_sentence(c)]
                if (p := out.get(id(m))) is not None and m.place == c.place}
        if len(told) == 1:
            out[id(c)] = next(iter(told.values()))
    return out


def _placed_tolls(claims: Sequence[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """Per (article, party), the party's tolls placed finer than a country that name a
    striker (what :func:`_party_place` reads, gathered once for all the claims)."""
    out: dict[tuple[str, str], list[Claim]] = {}
    for m in claims:
        if m.place is not None and m.place.kind != "country" \
                and m.rule.startswith("casualty.") and m.attacker is not None:
            out.setdefault((m.evidence.article_id, m.party.id), []).append(m)
    return out


def _party_place(c: Claim, placed: Sequence[Claim]) -> Place | None:
    """Rule ``incident.party_place``: the one place finer than a country where ``c``'s
    party places its other accounts of the article (a regional governor's toll "in
    Marel": a toll, which counts the dead where they fell, not a place the party
    spoke from) is the place of ``c`` that names none ("shells fell near the bus station
    in the city centre"), to tell it from another side's strikes in another
    state or region (as a place taken from the sentence does: :func:`_mates_apart`). Not
    when the party places accounts in two places, nor when those tolls name no striker or
    another than ``c``'s (a coalition's word of the other side's missile debris on a town
    of its own is no place of its own strike). ``placed``: the party's placed tolls in
    the article (:func:`_placed_tolls`)."""
    if len({(m.place.geonames_id, m.place.name) for m in placed if m.place}) != 1:
        return None
    if not all(same_attacker(m.attacker, c.attacker) for m in placed):
        return None
    return placed[0].place


def _separate_elsewhere(c: Claim, claims: Sequence[Claim]) -> bool:
    """The sentence sets its account apart and places it elsewhere than an account told
    before it ("Separately on Thursday, the Israeli army said it struck depots in Beirut's
    southern suburbs" after a strike on a centre near Baalbek)."""
    return c.place is not None and bool(_SEPARATELY.search(c.evidence.sentence)) and any(
        m.place is not None and m.evidence.article_id == c.evidence.article_id
        and m.evidence.start < c.evidence.start and not same_place(m.place, c.place)
        for m in claims)


def _day_of(c: Claim, same: Sequence[Claim], published: datetime | None,
            ) -> tuple[tuple[int, int] | None, int | None, bool, bool, bool, bool]:
    """An account's day span, weekday, night, whether its sentence sets it apart
    (:func:`_separate`), and whether its night is a late or an early one
    (:func:`night_sides`). A sentence's day phrase is the day of all its party's
    accounts in it."""
    when = c.evidence.published or published
    told = " ".join(_told_days(c, same))
    span, weekday, night = day_span(told, when.date() if when else None)
    late, early = night_sides(told)
    return span, weekday, night, _separate(c.evidence.sentence,
                                           span is not None or weekday is not None), \
        late, early


def apart(a: Cues, b: Cues) -> str | None:
    """The id of the rule that says two accounts tell different incidents, else None."""
    if (a.own_forces or b.own_forces) and not (struck_own(a, b) or struck_own(b, a)
                                               or _fired_back_on(a, b) or _fired_back_on(b, a)):
        return OWN_FORCES
    if not same_attacker(a.attacker, b.attacker) or _armed_men_struck(a, b) \
            or _armed_men_struck(b, a):
        return ATTACKER
    if not same_place(a.place, b.place) or _mates_apart(a, b):
        return PLACE
    if a.article == b.article and _days_apart(a, b):
        return DAY
    if a.article == b.article and _separate_apart(a, b):
        return SEPARATE
    if _summary_apart(a, b) or _summary_apart(b, a):
        return ROUNDUP
    if a.article == b.article and (a.tally or b.tally):
        return TALLY  # (two tolls of the war's weeks are lists of its dead, no dispute)
    return None


def _armed_men_struck(force: Cues, other: Cues) -> bool:
    """Rule ``incident.force_strikes``: ``force`` is a military's account of combatants
    hit naming no attacker, and ``other`` names armed men, or an armed group not on the
    military's side, as its attacker."""
    return force.force_strikes and force.attacker is None and other.attacker is not None \
        and other.attacker.type == "armed_group" and force.teller is not None \
        and not same_side(other.attacker, force.teller)


def _fired_back_on(force: Cues, other: Cues) -> bool:
    """Rule ``incident.fired_back_on``: a force's word of the men it hit while its own
    forces were under attack ("soldiers were shot at and killed five gunmen") and
    another party's word that the force's side killed civilians there tell one clash:
    whom the force's fire hit is the dispute (not the force's own losses, nor another
    side's strike, nor a site the force's side is said to have struck, "army shelling hit
    a market", which may be a strike of its own)."""
    return force.own_forces and not force.forces_hit and force.teller is not None \
        and other.civilians_hit and other.attacker is not None and other.teller is not None \
        and same_side(other.attacker, force.teller) and not same_side(other.teller, force.teller)


def struck_own(hit: Cues, other: Cues) -> bool:
    """Rule ``incident.struck_says``: ``hit`` is a force's report that another side's
    strike hit its own forces, and ``other`` is that attacker's own account of the strike
    ("Syria's army said coalition jets bombed its post"; "the coalition said it struck
    Islamic State positions"): one strike, told by the force hit and by the force that
    struck."""
    if not hit.own_forces or other.own_forces or other.teller is None or other.attacker is None:
        return False
    if hit.attacker is None:
        # rule ``incident.claimed_on_own``: the force names no attacker ("a rocket attack
        # hit an army base, the military said"; not its denial that any was) and the other
        # side claims a strike of its own on forces ("the militia said its rockets killed
        # twenty troops"; not its strike on an armed group's leaders, whose
        # toll may have caught the force's man)
        return hit.teller is not None and hit.forces_hit and other.forces_hit \
            and same_side(other.attacker, other.teller) and not same_side(other.teller, hit.teller)
    return same_side(hit.attacker, other.teller) and same_attacker(hit.attacker, other.attacker)


# ------------------------------------------------------------------ the cues

def _sentence(c: Claim) -> tuple[str, int, str]:
    return (c.evidence.article_id, c.evidence.start, c.party.id)


def _party_attackers(claims: Sequence[Claim]) -> dict[tuple[str, str], Actor]:
    """Per (article, party), the party's own side when it tells of its own strikes and
    names no other attacker: its account of a combatant target that names no attacker
    is of those strikes ("the coalition said it struck launch pads ... it said the bus
    carried fighters"). A party's civilian account naming no attacker takes none: it
    may be the other side's strike on it."""
    sides: dict[tuple[str, str], dict[str | None, Actor]] = {}
    for c in claims:
        armed = _armed(c.attacker)
        if armed is not None and not c.negated and same_side(armed, c.party):
            sides.setdefault((c.evidence.article_id, c.party.id), {})[
                armed.side or armed.id] = armed
    return _the_one_each(sides)


K = TypeVar("K")


def _the_one_each(found: dict[K, dict[str | None, Actor]]) -> dict[K, Actor]:
    """Per key, the one attacker found under it; keys with two or more have none."""
    return {k: next(iter(v.values())) for k, v in found.items() if len(v) == 1}


def _side_struck_by(claims: Sequence[Claim]) -> dict[tuple[str, str | None], Actor]:
    """Rule ``incident.side_struck_by``: per (article, side), the one attacker of another
    side that the side's accounts of civilians or civil sites hit name ("Kessian rockets
    killed five people at a market", the army said): the side's other such accounts that
    name no attacker ("the health ministry said nine civilians were killed") tell of that
    side's strikes on it, not of its own on the other side."""
    found: dict[tuple[str, str | None], dict[str | None, Actor]] = {}
    for c in claims:
        armed = _armed(c.attacker)
        if armed is None or armed.side is None or armed.id == ARMED_MEN or c.negated \
                or c.party.side is None or c.target.target_class not in CIVIL \
                or same_side(armed, c.party):
            continue
        found.setdefault((c.evidence.article_id, c.party.side), {})[
            armed.side or armed.id] = armed
    return _the_one_each(found)


# who never strikes: a monitor, an outlet or an anonymous source that "put the toll at 28"
# tells of the strike, it did not make it
# (a person is the "we" of a commander or spokesman the copy names by name: whose men
# struck, not which side; "his fighters ambushed a patrol", a commander of a front said)
_UNARMED_TYPES = frozenset(["international_body", "media", "source", "person"])


def _armed(attacker: Actor | None) -> Actor | None:
    """Rule ``incident.unarmed_attacker``: an attacker the parse found in a monitor, an
    outlet, a source or a person is none."""
    return None if attacker is None or attacker.type in _UNARMED_TYPES else attacker


# constructions that tell a strike or its toll, whose attacker is the strike's
_STRIKE_RULES = ("hit.", "casualty.")


def _one_attacker(same: Sequence[Claim]) -> Actor | None:
    """Rule ``incident.sentence_attacker``: the one attacker a party names in a sentence
    for a strike or its toll is the attacker of its other accounts there ("Israeli shells
    fell on the outskirts of the town, setting fire to orchards"); a sentence naming
    attackers of two sides gives none, and what the party calls the strike ("called the
    strike a terrorist attack") names no attacker. A denial beside it ("destroyed six
    drones ... there is no damage to ships of the fleet") keeps no attacker: it answers
    the other side's strike."""
    named = {(a.side or a.id): a for c in same
             if (a := _armed(c.attacker)) is not None and c.rule.startswith(_STRIKE_RULES)}
    return next(iter(named.values())) if len(named) == 1 else None


def _defends(c: Claim, hurt: bool = False) -> bool:
    """"The army said it repelled an RSF attack on its positions": the party's own forces
    hit by another side; also, rule ``incident.own_side_hit``, a military's (or armed
    group's) report that another country's forces hit army posts at home ("Pakistani
    troops opened fire, shelling forward posts", India's army said), or, in a sentence
    that counts its soldiers hurt (``hurt``), a passive "missiles had been fired at a
    military post near" one of its own country's towns (:func:`_hit_at_home`). A strike
    on an armed group at home ("its jets struck PKK shelters in Sirnak") is the party's
    own: the target class tells them apart."""
    if c.negated or c.party.type not in ("military", "armed_group") \
            or c.target.target_class not in COMBATANT:
        return False
    if c.attacker is None:
        # "after it opened fire at soldiers", "our troops came under fire": its own men
        return (c.own_target and bool(_SOLDIER_WORDS.search(c.target.text))) \
            or (hurt and _hit_at_home(c))
    if same_side(c.attacker, c.party):
        return False
    return c.own_target or (c.target.target_class == "military" and _foreign_at_home(c))


# words before an account of the party's own forces hit that make that attack the cause
# of the sentence's strike, not part of it
_CAUSE_BEFORE = r"\b(?:after|following|in response to|in retaliation for|to avenge)\s+"


def cause_before(c: Claim) -> bool:
    """Rule ``incident.cause_before``: the party's forces were hit in an attack the
    sentence tells as what came before its own strike ("the jet was engaging ISWAP
    fighters fleeing after an attack on troops"): that attack does not make the
    sentence's other accounts a report of its own forces hit."""
    return re.search(_CAUSE_BEFORE + r"(?:\S+\s+){0,5}?" + re.escape(c.target.text) + r"\b",
                     c.evidence.sentence, re.IGNORECASE) is not None


def _foreign_at_home(c: Claim) -> bool:
    """The attacker is another country's and the account's place, if it has one, is in
    the party's own country."""
    home, foreign = c.party.country, c.attacker.country if c.attacker else None
    return home is not None and foreign is not None and foreign != home \
        and (c.place is None or c.place.country == home)


def _soldier_toll(c: Claim) -> bool:
    """A count of soldiers killed or wounded ("one soldier was lightly wounded")."""
    return c.rule.startswith("casualty.") and not c.negated \
        and c.target.target_class == "military"


def _soldiers_hurt(c: Claim) -> bool:
    """A military's count of soldiers killed or wounded that names no attacker of its own
    side ("one soldier was lightly wounded")."""
    return _soldier_toll(c) and c.party.type == "military" \
        and (c.attacker is None or not same_side(c.attacker, c.party))


# soldiers by name ("after it opened fire at soldiers", in the army's words; the claims
# component marks such a bare word as the military's own, see nlp.claims._own_word)
_SOLDIER_WORDS = re.compile(r"\b(?:soldiers?|troops?|servicem[ae]n|servicemembers?)\b",
                            re.IGNORECASE)
# a defence ministry speaks for its forces as the military does
_DEFENCE = re.compile(r"\bdefen[cs]e\b", re.IGNORECASE)
# a spokesman of a state's forces ("a military spokesman said two soldiers were killed")
# the words that name a state's forces in a speaker's title ("military spokesman")
FORCE_WORDS = r"military|army|defen[cs]e|armed forces"
_FORCES_VOICE = re.compile(rf"\b(?:{FORCE_WORDS})\b", re.IGNORECASE)


def _own_strikes(claims: Sequence[Claim]) -> set[tuple[str, int, str]]:
    """The sentences (:func:`_sentence`, a party's) where a party tells its own side's
    strike on combatants ("their strike had hit a barracks where enemy troops were
    billeted")."""
    return {_sentence(c) for c in claims
            if c.attacker is not None and same_side(c.attacker, c.party) and not c.negated
            and c.target.target_class in COMBATANT}


def _struck_side_toll(c: Claim, striking: set[tuple[str, int, str]]) -> bool:
    """Rule ``incident.struck_side_toll``: a count of soldiers killed that names no
    attacker, in the sentence where the same party tells its own side's strike ("their
    strike had hit a barracks ... and dozens of soldiers had been killed"), is of the side
    struck, not of the party's own forces (:func:`_own_soldiers`)."""
    return c.attacker is None and c.rule.startswith(TOLL_RULES) and _sentence(c) in striking


def _own_soldiers(c: Claim) -> bool:
    """Rule ``incident.own_soldiers``: a military's, a defence ministry's or their
    spokesman's count of soldiers killed or wounded that names no attacker ("a soldier was
    wounded", "one of its soldiers was killed") is of its own forces, which no account of
    its own strike or of the other side's losses answers. So is a state's or a ministry's
    count of men it calls its own ("Armenia said some of its own soldiers had been
    killed")."""
    return c.attacker is None and _soldier_toll(c) \
        and (c.party.type == "military"
             or (c.own_target and c.party.type in ("state", "ministry"))
             or (c.party.type == "ministry" and bool(_DEFENCE.search(c.party.name)))
             or (c.party.type in ("official", "source")
                 and bool(_FORCES_VOICE.search(c.party.name))))


def _hit_at_home(c: Claim) -> bool:
    """An account naming no attacker of army posts (class ``military``, never an armed
    group's) in a town of the military's own country: with its soldiers hurt, its own
    forces hit, not its own strike ("missiles had been fired at a military post near
    Metula and one soldier was wounded", in Israel's army's words)."""
    return c.attacker is None and not c.negated and c.party.type == "military" \
        and not c.rule.startswith("casualty.") \
        and c.target.target_class == "military" and c.place is not None \
        and c.party.country is not None and c.place.country == c.party.country \
        and c.place.kind != "country"


def _mates_apart(a: Cues, b: Cues) -> bool:
    """A place taken from the sentence separates only places in two states or places the
    gazetteer files under a first-level division (a region it knows by name alone may
    hold either)."""
    if a.mate_place is None and b.mate_place is None:
        return False
    pa, pb = a.place or a.mate_place, b.place or b.mate_place
    if pa is None or pb is None:
        return False
    if pa.country and pb.country and pa.country != pb.country:
        return True  # a region in one state holds no town of another
    return bool(pa.admin1) and bool(pb.admin1) and not same_place(pa, pb)


# a sentence that opens by setting its news apart from what came before, or whose speaker
# tells it separately
_SEPARATELY = re.compile(
    r"^\W*(?:separately\b|elsewhere\b|in\s+(?:a|an)\s+(?:separate|unrelated)\s+\w+"
    r"|in\s+another\s+(?:incident|attack|strike|raid|operation|development|case)\b)"
    # "the governor reported separately that ...": the speaker sets it apart
    r"|\b(?:said|reported|told|announced|added|wrote)\s+separately\b"
    r"|\bseparately\s+(?:said|reported|told|announced|added|wrote)\b",
    re.IGNORECASE)
# "about 150 km (90 miles) away", "some 40 miles apart", "roughly 400 km north of Anefis":
# a distance between incidents
_DISTANCE = re.compile(r"\b\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\b[^.;]{0,20}?"
                       r"\b(?:away|apart|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b",
                       re.IGNORECASE)


# a sentence that opens with a time of its own after the lead's: "Hours later a drone was
# shot down as it approached the palace", "Later that night ..."
_LATER = re.compile(r"^\W*(?:(?:some|several|a\s+few|two|three|four|five)\s+)?"
                    r"(?:hours|days)\s+later\b|^\W*later\s+(?:that|the\s+same)\s+"
                    r"(?:day|night|evening|morning|afternoon)\b", re.IGNORECASE)


# rule ``incident.another_assailant``: "another bomber struck a checkpoint", "a third
# suicide bomber blew himself up at a clinic": one more attack of a series, by
# another of its assailants, set apart from the attacks told before it
_ANOTHER_ASSAILANT = re.compile(
    r"\b(?:another|a\s+(?:second|third|fourth|fifth))\s+(?:(?:suicide|female|male|lone)\s+)?"
    r"(?:bomber|attacker|gunman|assailant)\b", re.IGNORECASE)


def set_apart(sentence: str) -> bool:
    """The sentence opens by setting its news apart from the story's ("Separately, ...",
    "Elsewhere, ...", "In a separate attack, ...") or its speaker tells it separately."""
    return bool(_SEPARATELY.search(sentence))


def _separate(sentence: str, dated: bool) -> bool:
    """The sentence sets its account apart and gives it a day or a distance of its own,
    or opens with a time of its own ("Hours later ..."), or tells one more assailant's
    attack ("another bomber struck ...")."""
    return (set_apart(sentence) and (dated or bool(_DISTANCE.search(sentence)))) \
        or bool(_LATER.search(sentence)) or bool(_ANOTHER_ASSAILANT.search(sentence))


def _separate_apart(a: Cues, b: Cues) -> bool:
    """One account is set apart (:func:`_separate`) and the other, told in an earlier
    sentence, is not, nor dated as the same day."""
    first, later = (a, b) if a.order <= b.order else (b, a)
    if not later.separate or first.separate or first.order == later.order:
        return False
    if first.days is None and first.weekday is None:
        return True  # the earlier account names no day: the later one's is its own
    return (first.days, first.weekday) != (later.days, later.weekday)


# a summary of a period's strikes, not the account of one: "said in its daily report",
# "over the past 24 hours", "without giving locations"
_ROUNDUP = re.compile(
    r"\b(?:daily|weekly|nightly)\s+(?:report|briefing|update|summary|bulletin)"
    r"|\b(?:over|in)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|week|few\s+days)"
    r"|\bwithout\s+(?:giving|naming|specifying)\s+(?:the\s+)?(?:locations?|places?)"

    # a campaign's tally: "hit more than 1,000 targets since the start of the operation"
    r"|\bsince\s+the\s+(?:start|beginning|launch|outset)\s+of\b"
    r"|\b\d[\d,]*\s+(?:targets|sites)\s+since\b",
    re.IGNORECASE)


# a toll of weeks of war, not of one strike: "killed in more than a week of fighting",
# "since the fighting began", "since the Kessa-Dorba war began", "killed since 2017"
_TALLY = re.compile(
    r"\b(?:in|during|over|after)\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+of\s+"
    r"(?:fighting|clashes|battles?|war|conflict|combat|violence|hostilities|bombardment)\b"
    r"|\bsince\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:fighting|war|conflict|clashes|offensive|siege|battle|hostilities|invasion|"
    r"insurgency|uprising)\s+(?:began|started|erupted|broke\s+out)\b"
    # "more than 4,000 have been killed since 2017", "at the height of the violence"
    r"|\b(?:killed|died|dead)\s+(?:\w+\s+){0,3}?since\s+(?:19|20)\d\d\b"
    r"|\bat\s+the\s+height\s+of\s+the\s+(?:violence|fighting|war|conflict|insurgency|crisis)\b",
    re.IGNORECASE)


def _tally(c: Claim) -> bool:
    """Rule ``incident.tally``: "more than 100 militants and dozens of government troops
    had been killed in more than a week of fighting" is the toll of a war's weeks, no
    account of one strike; nor is "Officials say civilians have also been among the dead"
    right after it."""
    return bool(_TALLY.search(c.evidence.sentence))


def _roundup(c: Claim) -> bool:
    return bool(_ROUNDUP.search(c.evidence.sentence))


# strikes told over many places at once: "in several Kessan regions overnight, but did
# not mention Pelan"
_SCATTERED = re.compile(
    r"\bin\s+(?:several|various|multiple|a\s+number\s+of|many)\s+(?:[A-Z]\w+\s+)?"
    r"(?:regions|provinces|areas|cities|districts|locations)\b"
    r"|\bdid\s+not\s+(?:mention|name|say\s+where|specify\s+where)\b")


def _scattered(c: Claim) -> bool:
    return bool(_SCATTERED.search(c.evidence.sentence))


_LOCALITY = frozenset(["city", "town", "village", "locality"])


def _summary_apart(a: Cues, b: Cues) -> bool:
    """A summary's strikes placed no finer than a region ("troop concentrations in the
    Kharkiv region") are not the strike on one town, or the unplaced victims, another
    account tells (a market in Kupiansk; "all the victims were civilians"); a summary
    that names the town is ("in its daily briefing ... the prison at Olenivka"), and so
    is another account of a region. A summary told over many places ("struck deployment
    points in several regions, but did not mention Pelan") is the strike of no
    one town either, placed or not (rule ``incident.scattered``)."""
    pa, pb = a.seen, b.seen
    return a.roundup and ((pa is not None and pa.kind not in _LOCALITY) or a.scattered) \
        and (pb is None or pb.kind in _LOCALITY)


BACK_DAYS = 2  # a day phrase this many days before the article's date tells a past strike
# a day phrase wholly this many days before the article's date ("Doctors Without Borders
# said in February that bombs had killed 32 people", in May's copy) tells an earlier
# incident than an account that gives no day, which is the story's own (rule
# ``incident.long_before``)
LONG_BEFORE_DAYS = 28
# marks a claim's day phrase that is the month, week or weekday its account was given in
# ("said in February", "On Tuesday, the army said"), not the strike's own day
SAID_DAY_MARK = "said"


def _days_back(span: tuple[int, int] | None) -> bool:
    """A day span wholly before yesterday: an earlier strike, as background tells it."""
    return span is not None and span[0] >= BACK_DAYS


def _told_before(c: Claim, claims: Sequence[Claim]) -> list[Claim]:
    """The accounts of the sentence just before ``c``'s in its paragraph (nothing but a
    space between them), when ``c``'s own sentence gives no day: "Clan elders said the
    strike hit a farm outside Jilib. 'They were our sons,' an elder said." """
    if c.days:
        return []
    start = c.evidence.start
    return [m for m in claims if m.evidence.article_id == c.evidence.article_id
            and m.evidence.end < start and start - m.evidence.end <= 1]


def _one_place(same: Sequence[Claim]) -> Place | None:
    named = {(p.geonames_id, p.name): p for c in same if (p := c.place) is not None}
    return next(iter(named.values())) if len(named) == 1 else None


# ------------------------------------------------------------------ days

_WORD = re.compile(r"[a-z]+|\d+")
_NIGHT = frozenset(["night", "overnight", "evening", "early", "late", "dawn", "midnight",
                    "tonight"])
# a night or an evening runs on past midnight into the next day; an early hour or dawn
# ends the night before ("Wednesday night" and "early on Thursday" are one night)
_LATE = frozenset(["night", "overnight", "evening", "late", "midnight", "tonight"])
_EARLY = frozenset(["overnight", "early", "dawn", "midnight", "predawn"])


def night_sides(text: str) -> tuple[bool, bool]:
    """Does a day phrase speak of a late hour (a night, an evening), and of an early one
    (an early hour, dawn)? "Overnight" and "midnight" are both."""
    words = set(_WORD.findall(text.lower()))
    return bool(_LATE & words), bool(_EARLY & words)


def day_span(text: str, today: date | None) -> tuple[tuple[int, int] | None, int | None, bool]:
    """A day phrase as (days before ``today``: latest, earliest), the weekday it names
    when there is no ``today``, and whether it speaks of a night or an early hour.
    Unknown phrases give no span."""
    words = _WORD.findall(text.lower())
    night = bool(_NIGHT.intersection(words))
    if not words:
        return None, None, night
    weekday = next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)
    last_week = _follows(words, "last", "week")
    if today is None:
        return None, (weekday if not last_week else None), night
    span = _span(words, today, weekday, last_week)
    return span, None, night


def _span(words: list[str], today: date, weekday: int | None, last_week: bool
          ) -> tuple[int, int] | None:
    wd = today.weekday()
    if weekday is not None:
        back = wd - weekday + 7 if last_week else (wd - weekday) % 7
        return back, back
    if last_week:
        return wd + 1, wd + 7
    if "yesterday" in words:
        return 1, 1
    if "today" in words or "tonight" in words or _follows(words, "this", "morning"):
        return 0, 0
    if "overnight" in words or _follows(words, "last", "night") \
            or _follows(words, "past", "day") or _follows(words, "24", "hours"):
        return 0, 1
    if _follows(words, "last", "month"):
        return today.day, today.day + 31
    dated = _date(words, today)
    if dated is not None:
        back = (today - dated).days
        return (back, back) if back >= 0 else None
    return _month(words, today)


def _month(words: list[str], today: date) -> tuple[int, int] | None:
    """"in February": the whole month, in the year that puts it on or before ``today``
    (a month named with a day is :func:`_date`'s)."""
    months = [MONTHS[w[:3]] for w in words if w.isalpha() and w[:3] in MONTHS
              and (len(w) == 3 or w in _MONTH_WORDS)]
    if len(months) != 1 or any(w.isdigit() for w in words):
        return None
    year = today.year if months[0] <= today.month else today.year - 1
    first = date(year, months[0], 1)
    last = date(year + months[0] // 12, months[0] % 12 + 1, 1)
    return max((today - last).days + 1, 0), (today - first).days


_MONTH_WORDS = MONTH_NAMES | {"sept"}


def claims_day(claims: Sequence[Claim], today: date, most_back: int) -> int | None:
    """Rule ``incident.claims_day``: how many days before ``today`` (the article's date)
    its strike was, when the accounts name it by weekday and agree ("the military said
    on Saturday ... security forces launched an operation against the hospital on
    Wednesday"): the one day at most ``most_back`` days back that every account naming
    a weekday names (within a day: "late Wednesday" and "overnight into Thursday" are one
    strike, the earlier counts); None when none names one or they name days further
    apart, or when the day is one an account was given ("said on Monday")."""
    backs: set[int] = set()
    for c in claims:
        if c.action is None or c.negated:
            continue
        for phrase in c.days:
            if phrase.startswith(f"{SAID_DAY_MARK} "):
                continue
            words = _WORD.findall(phrase.lower())
            if not any(w in WEEKDAYS for w in words):
                continue
            span, _, _ = day_span(phrase, today)
            if span is not None and span[0] == span[1]:
                backs.add(span[0])
    if not backs or max(backs) - min(backs) > 1 or max(backs) > most_back:
        return None
    return max(backs) or None


def _told_days(c: Claim, same: Sequence[Claim]) -> tuple[str, ...]:
    """The claim's day phrases, else those of the first account of its sentence that has
    any (:func:`_day_of`)."""
    return c.days or next((m.days for m in same if m.days), ())


def _said_day(c: Claim, same: Sequence[Claim]) -> bool:
    """The claim's day is the day its account was given (:data:`SAID_DAY_MARK`)."""
    return any(d.startswith(f"{SAID_DAY_MARK} ") for d in _told_days(c, same))


def _long_before(dated: Cues, other: Cues) -> bool:
    return dated.said_long_before and other.days is None and other.weekday is None


def _follows(words: list[str], first: str, second: str) -> bool:
    return any(a == first and b == second for a, b in pairwise(words))


def _date(words: list[str], today: date) -> date | None:
    """"Oct 3", "3 October", "September 30": a date in the year that puts it on or
    before ``today``."""
    for i, w in enumerate(words):
        month = MONTHS.get(w[:3]) if w.isalpha() else None
        if month is None:
            continue
        near = [n for n in (words[i - 1] if i else "", words[i + 1] if i + 1 < len(words)
                            else "") if n.isdigit() and 1 <= int(n) <= 31]
        if not near:
            return None
        for year in (today.year, today.year - 1):
            try:
                when = date(year, month, int(near[0]))
            except ValueError:
                return None
            if when <= today:
                return when
    return None


def _days_apart(a: Cues, b: Cues) -> bool:
    need = 2 if a.night or b.night else 1
    if _long_before(a, b) or _long_before(b, a):
        return True
    if a.days is not None and b.days is not None:
        gap = max(a.days[0], b.days[0]) - min(a.days[1], b.days[1])
        # one night joins two days only the earlier day's late hours and the later's early
        # ones: "Wednesday night" and "early Thursday" may be one strike, "last week" and
        # "Monday night" may not
        earlier, later = (a, b) if a.days[0] >= b.days[0] else (b, a)
        if later.said:
            # an account given after a strike may tell of it; two accounts' days that are
            # both when they were given ("the army said on Monday", "on Wednesday the
            # ministry said") tell nothing of their strikes' days
            return False
        if gap >= 1 and not (earlier.late or later.early):
            need = 1
        return gap >= need
    if a.weekday is not None and b.weekday is not None:
        diff = abs(a.weekday - b.weekday)
        return min(diff, 7 - diff) >= need
    return False
