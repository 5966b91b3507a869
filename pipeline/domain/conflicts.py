"""Conflicting accounts of a strike's target, within one article and across articles.

Pure functions: state is a ``MutableMapping`` (a dict in tests and the embedded runner, a
Faust table in the worker) mapping an event key to a JSON-ready value, and each event's
data to a key of its own; the clock is passed in. A step loads a key with its events
(:func:`_load`), changes them, and assigns back every value that changed
(:func:`_store`), so a table sees, and logs, exactly the changes.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import groupby
from typing import Any

from pipeline.domain import alerts as versions
from pipeline.domain.claims import (
    ARMED_MEN,
    COMBATANT,
    COUNT_WORDS,
    REPELLED,
    SPARED_RULES,
    TOLL_RULES,
    VICTIM_RULES,
    WARNING_RULES,
    Mourning,
    class_group,
    confirmed_dead,
    incompatible,
    is_account,
    is_cause,
    is_miss,
    is_no_strike,
    is_use,
    matches,
    mourned,
    same_attacker,
    same_place,
    same_side,
    singular,
    target_head,
)
from pipeline.domain.clock import article_date
from pipeline.domain.events import (
    ADMIN1,
    COUNTRY,
    LOCALITY,
    UNPLACED,
    Assignment,
    EventParams,
    Sighting,
    assign,
    attacker_side,
    border_pairs,
    candidate_events,
    close_idle,
    empty_events,
    forget_closed,
    pack,
    place_key,
    place_match,
    remove_event,
    reopen_events,
    reopen_near,
    side_of,
    sightings,
    strike_time,
    struck_places,
    unpack,
)
from pipeline.domain.groups import GroupDirectory
from pipeline.domain.incidents import (
    ATTACKER,
    FORCE_WORDS,
    OWN_FORCES,
    Cues,
    apart,
    cause_before,
    set_apart,
    struck_own,
)
from pipeline.domain.incidents import cues as incident_cues
from pipeline.domain.models import (
    NARRATES,
    Actor,
    ArticleAnalysis,
    Claim,
    ConflictAlert,
    DuplicateRecord,
    Evidence,
    PartyAccount,
    Place,
    Target,
)
from pipeline.domain.records import from_dict, to_dict
from pipeline.domain.rewrites import ArticleSketch, RewriteParams, copies_of, judge, sketch

__all__ = [
    "LateClaim",
    "Observation",
    "add_source",
    "article_conflict",
    "border_key",
    "claim_keys",
    "event_key",
    "event_keys",
    "event_values",
    "find_conflicts",
    "observe",
    "observe_article",
    "withdraw",
]

ARTICLE = "article"  # both accounts in one article
FRAMED = "framed"  # a conflict the reporter's frame tells (rule conflict.framed)
REWRITE = "rewrite"  # the kind of a copy found by rewrite detection
DIGEST_EVERY = timedelta(minutes=5)  # at most one non-substantive update per alert


@dataclass(frozen=True, slots=True)
class ConflictPair:
    """Two claims from parties on different sides that cannot both be right."""

    first: Claim
    second: Claim
    # "targets", "contrast", "miss", "no_strike", "cause", "use", "presence" or "framed"
    reason: str


# ------------------------------------------------------------------ detection

def find_conflicts(
    claims: Sequence[Claim], groups: GroupDirectory | None = None,
    published: datetime | None = None, struck: Sequence[Place | None] | None = None,
) -> list[ConflictPair]:
    """Every pair of incompatible accounts of one incident from parties that are not on
    the same side (:func:`pipeline.domain.incidents.apart` tells incidents apart;
    ``published``: the article's date, for day phrases; ``struck``: per claim, its place
    where an event set the claims' own aside)."""
    groups = groups if groups is not None else GroupDirectory()
    pairs: list[ConflictPair] = []
    dead = confirmed_dead(claims)
    told = incident_cues(claims, published, struck)
    military = _tells_military(claims, told)
    own_base = _tells_own_base(claims, told)
    both = _side_tells_both(claims, told, _tells_both(claims))
    agreed = _agreed(claims, told, groups)
    also = [_also_hit(c) for c in claims]
    in_damage = [_near_in_damage(c, claims) for c in claims]
    raiders = story_raiders(claims)
    civil = _civil_only(claims)
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if same_side(a.party, b.party) or _own_narration(a, b) or _one_name(a, b) \
                    or _apart(told[i], told[j], a, b):
                continue  # (not two sides' accounts of one incident)
            if (_framed(a, b) or _framed(b, a)) and not _both_civil(a, b, civil):
                pairs.append(ConflictPair(a, b, FRAMED))
                continue
            if _mourned_here(claims, told, dead, groups, i, j) \
                    or _collateral(a, b, military[i], military[j]) \
                    or _beside_own_base(a, b, own_base[i], own_base[j]) \
                    or _tells_civil_too(a, b, both[i], both[j]) \
                    or _toll_beside(a, b, agreed[i], agreed[j]) or _counts_only(a, b) \
                    or _rest_of_the_toll(a, b) or _rest_of_the_toll(b, a) \
                    or also[i] or also[j] or _granted(claims, told, i, j) \
                    or _count_elsewhere(a, b) or _officials_count(a, b) \
                    or _admitted(a, b) or _admitted(b, a) \
                    or _one_at_home(a, b) or _one_at_home(b, a) \
                    or _toll_of_fighting(a, b) or _toll_of_fighting(b, a) \
                    or _enemy_struck(a, b) or _enemy_struck(b, a) \
                    or _assailants_killed(a, b, raiders) or _assailants_killed(b, a, raiders) \
                    or _own_losses(a, b) or _own_losses(b, a) \
                    or _raiders_civil_word(a, b) or _raiders_civil_word(b, a) \
                    or _opposite_fires(a, b, told[j]) or _opposite_fires(b, a, told[i]) \
                    or _one_enemy_fire(a, b) or _one_enemy_fire(b, a) \
                    or _blast_of_the_site(a, b) or _blast_of_the_site(b, a) \
                    or _site_workers(a, b, claims) or _site_workers(b, a, claims):
                continue
            reason = _reason(a, b, claims, groups, lambda k, at: apart(told[k], told[at]),
                             (i, j), in_damage) or _forces_hit(a, b, told[i], told[j], groups)
            if reason:
                pairs.append(ConflictPair(a, b, reason))
    return pairs


def _site_workers(toll: Claim, site: Claim, claims: Sequence[Claim]) -> bool:
    """Rule ``conflict.site_workers``: "two workers were lightly injured" at a power
    plant against the striker's "energy facilities that supply the defence industry":
    the staff of the infrastructure the striker itself names were hurt there, when a
    party not on the striker's side tells that infrastructure was hit too (the plant's
    operator); what the site served is no dispute of who was hit. Workers of a bakery
    against "a fuel depot", with no infrastructure told hit, still dispute it."""
    if toll.negated or site.negated or not toll.rule.startswith(TOLL_RULES) \
            or class_group(site.target) != "combatant" or not is_account(site):
        return False
    return target_head(toll.target.text) in _SITE_STAFF \
        and bool(_words(site.target.text) & _INFRASTRUCTURE_KINDS) \
        and any(c.target.target_class == "infrastructure" and is_account(c)
                and not c.rule.startswith(TOLL_RULES) and not same_side(c.party, site.party)
                and c.evidence.article_id == site.evidence.article_id for c in claims)


_SITE_STAFF = frozenset(["worker", "employee", "staff", "engineer", "technician", "operator",
                         "electrician", "crew"])


def _blast_of_the_site(harm: Claim, site: Claim) -> bool:
    """Rule ``conflict.blast_of_the_site``: people hurt or homes damaged by the blasts
    or debris "from the depot" another party says it struck ("blasts from the depot
    shattered windows in nearby homes, injuring at least 10 people") were harmed by what
    was there, beside that strike; both accounts hold."""
    if harm.negated or site.negated or class_group(harm.target) != "civil" \
            or class_group(site.target) != "combatant":
        return False
    head = target_head(site.target.text)
    found = _FROM_THE_SITE.search(harm.evidence.sentence)
    return found is not None and len(head) > 2 and head.lower() in found["site"].lower()


# the harm a struck site's own contents did around it
# (not "fire from the base", gunfire: who fired)
_FROM_THE_SITE = re.compile(r"\b(?:blasts?|explosions?|debris|shrapnel|fragments|"
                            r"secondary\s+explosions?|exploding\s+\w+)\s+(?:coming\s+)?from\s+"
                            r"(?P<site>(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\b",
                            re.IGNORECASE)


def _framed(earlier: Claim, later: Claim) -> bool:
    """Rule ``conflict.framed``: the reporter sets ``later``'s party's account against
    those told before it ("Neighbours of those killed told a very different story", "a
    border commander rejected that version, saying ..."; :mod:`pipeline.nlp.framing`),
    and ``earlier`` is one of those, another party's in the same article. The reporter's
    word that the two differ stands where their targets' kinds cannot tell it (the dead of
    no known kind against an airport stormed)."""
    at = later.contested_at
    return at is not None and earlier.evidence.article_id == later.evidence.article_id \
        and earlier.evidence.start < at and earlier.party.id != later.party.id \
        and earlier.contested_at is None and not _agreeing_denial(earlier, later) \
        and not _whose_strike(earlier, later)


def _whose_strike(earlier: Claim, later: Claim) -> bool:
    """Rule ``conflict.whose_strike``: the frame sets apart an account that names another
    striker than the side whose own strike ``earlier`` tells ("eight drones were
    launched against the two plants", the front's spokesman said; the minister "rejected
    the front's claim": "Kessia has launched an attack on our energy supply"), and neither
    names a target of a known kind: the dispute is who struck, not what was hit."""
    if later.attacker is None or class_group(earlier.target) is not None \
            or class_group(later.target) is not None \
            or earlier.party.type not in ("military", "armed_group", "state", "ministry"):
        return False
    own = earlier.attacker if earlier.attacker is not None else earlier.party
    return same_side(own, earlier.party) and not same_attacker(own, later.attacker)


def _agreeing_denial(earlier: Claim, later: Claim) -> bool:
    """``later`` only denies that civilians or a civil site were hit and ``earlier`` tells
    combatants hit: the kinds tell that the two agree ("the army said it struck a rebel
    camp", and the rebels' ally "denied that civilians were targeted"), whatever the
    reporter's frame (rule ``conflict.framed``)."""
    return later.negated and class_group(later.target) == "civil" \
        and class_group(earlier.target) == "combatant" and not earlier.negated


def _civil_only(claims: Sequence[Claim]) -> set[tuple[str, str]]:
    """The (article, party) pairs whose accounts name civilians or civil sites and no
    other known kind of target, and deny nothing."""
    civil: set[tuple[str, str]] = set()
    other: set[tuple[str, str]] = set()
    for c in claims:
        key = (c.evidence.article_id, c.party.id)
        if c.negated or (c.target.target_class != "unknown"
                         and class_group(c.target) != "civil"):
            other.add(key)
        elif c.target.target_class != "unknown":
            civil.add(key)
    return civil - other


def _both_civil(a: Claim, b: Claim, civil: set[tuple[str, str]]) -> bool:
    """Two parties whose accounts name only civilians or civil sites ("tourists were
    killed", "the tourists' vans were hit") and deny nothing agree on what was hit; they
    differ in something else (who is to blame, whether the area was off limits), so a
    reporter's frame that they differ tells no dispute of :func:`_framed`. (Two accounts
    of forces hit, "our posts were attacked" against "our patrol was fired on from the
    posts", do differ on what the strike was.) ``civil``: :func:`_civil_only`."""
    return (a.evidence.article_id, a.party.id) in civil \
        and (b.evidence.article_id, b.party.id) in civil


def _apart(a_told: Cues, b_told: Cues, a: Claim, b: Claim) -> bool:
    """:func:`~pipeline.domain.incidents.apart`, but a crowd's attack on a force's post and
    the force's fire on the crowd (:func:`_crowd_attacked`), told in one article, are one
    clash though their attackers differ, and though the force tells of its own men hit."""
    why = apart(a_told, b_told)
    if why in (ATTACKER, OWN_FORCES) and a.evidence.article_id == b.evidence.article_id \
            and (_crowd_attacked(a, b) or _crowd_attacked(b, a)):
        return False  # (its own men attacked by the crowd: the force's word of the clash)
    if why == OWN_FORCES and _denied_in_place(a, b):
        return False
    return why is not None


def _denied_in_place(a: Claim, b: Claim) -> bool:
    """Rule ``conflict.denied_in_place``: "the army ... rejected Velt claims that rebel
    camps were struck": one party's account and another's denial of that
    very account, in one sentence, answer each other whatever else the sentence tells
    (the denier's own men hit in it set no other incident apart)."""
    return a.negated != b.negated and a.party.id != b.party.id \
        and a.evidence.article_id == b.evidence.article_id \
        and a.evidence.sentence == b.evidence.sentence \
        and a.target.text.lower() == b.target.text.lower()


def _forces_hit(a: Claim, b: Claim, a_told: Cues, b_told: Cues,
                groups: GroupDirectory) -> str | None:
    """Rule ``conflict.forces_hit``: a force says another side's strike hit its own
    forces, and the side that struck names an armed group it hit instead ("Syria's army
    said coalition jets bombed one of its positions"; "the coalition said it struck
    Islamic State fighting positions"): whose forces were hit is the dispute. The force's
    own target is its own, whatever the words ("one of its positions"); so is a target
    it calls its own when no attacker is named ("the SDF said warplanes struck its
    positions" against "Russian aircraft struck only Islamic State targets"). A state's
    own forces are no armed group's, named or not, when the side that struck tells its own
    strike ("a bomb struck one of their positions", the Peshmerga ministry said, against
    "Turkish warplanes bombed Kurdish militant targets", the Turkish military said); not a
    toll of gunmen nobody says who struck."""
    for own, other, own_told, other_told in ((a, b, a_told, b_told), (b, a, b_told, a_told)):
        if not (struck_own(own_told, other_told) or own.own_target) \
                or own.negated or other.negated \
                or not is_account(other) or other.target.target_class != "armed_group":
            continue
        if not other.target.actor_id:
            if own.own_target and own.party.type in _STATE_BODIES \
                    and other_told.attacker is not None \
                    and same_side(other_told.attacker, other.party) \
                    and same_attacker(own_told.attacker, other_told.attacker):
                return "targets"  # a state's own position against the striker's militants
            continue
        if other_told.attacker is not None and not same_side(other_told.attacker, other.party):
            continue  # its own men hit by the first side: two posts fired on, no dispute
        if other_told.attacker is None and other.rule.startswith(TOLL_RULES):
            continue  # a toll of fighters nobody says who struck ("officials on both sides")
        owner = own.target.actor_id or own.party.id
        if other.target.actor_id.startswith(_GENERIC) and own.party.type == "armed_group":
            continue  # "a rebel camp" may be the speaking group's own: no other force named
        if other.target.actor_id != owner and not groups.compatible(
                other.target.actor_id, owner):
            return "targets"
    return None


# the gazetteer's ids for words that name armed men of no one group ("rebels", "militants")
_GENERIC = "generic."
# parties whose own forces are a state's, never an armed group's ("rebel targets")
_STATE_BODIES = frozenset(["military", "ministry", "state"])


def _granted(claims: Sequence[Claim], told: Sequence[Cues], i: int, j: int) -> bool:
    """Rule ``conflict.granted_site``: a civilian site one party names is granted by the
    other when that party names the same site hit in the same incident ("commandos
    stormed the farmhouse", the minister; "soldiers raided a farmhouse", the group): the
    site is no dispute of that party's combatant accounts ("nine gunmen were killed"),
    which tell what else happened there. Another site, or people named civilians, still
    disputes them. A military site is granted so too (below)."""
    for civil, fighting, k in ((claims[i], claims[j], j), (claims[j], claims[i], i)):
        if class_group(civil.target) != "civil" or civil.target.target_class != "civilian_site" \
                or class_group(fighting.target) != "combatant" or civil.negated:
            continue
        head = _head(civil.target.text)
        if any(o.party.id == fighting.party.id and is_account(o) and not o.negated
               and o.target.target_class == "civilian_site" and _head(o.target.text) == head
               and not apart(told[n], told[k]) for n, o in enumerate(claims)):
            return True
    # and the other way round: a military site one party names is granted by the other
    # when that party names it hit too ("drones hit the air base, a warehouse and some
    # civilian facilities", the army; "drones struck a military air base", witnesses):
    # the army's warehouse is no dispute of the witnesses' base
    for site, civil, k in ((claims[i], claims[j], j), (claims[j], claims[i], i)):
        if site.target.target_class != "military" or class_group(civil.target) != "civil" \
                or site.negated or not is_account(site):
            continue
        words = _content_words(site.target.text) - _GENERIC_SITE_WORDS
        if words and any(o.party.id == civil.party.id and is_account(o) and not o.negated
                         and o.target.target_class == "military"
                         and words & _content_words(o.target.text)
                         and not apart(told[n], told[k]) for n, o in enumerate(claims)):
            return True
    return False


# words any two military targets may share ("military positions", "military targets")
_GENERIC_SITE_WORDS = frozenset(["military", "targets", "target", "sites", "site", "positions",
                                 "position", "facilities", "facility", "installations",
                                 "installation", "infrastructure", "army", "forces", "their",
                                 "several", "other", "some"])


def _mourned_here(claims: Sequence[Claim], told: Sequence[Cues], dead: Mourning,
                  groups: GroupDirectory, i: int, j: int) -> bool:
    """Rule ``mourning.same_incident``: :func:`mourned`, with only the dead confirmed in
    the incident of the two accounts: a group that mourns seven fighters killed on Monday
    does not answer its own account of civilians killed on Sunday, nor the army's of
    "20 armed individuals" killed then."""
    if not mourned(claims[i], claims[j], dead, groups):
        return False
    # "its commander was killed in the Israeli strike", the group said: its own forces
    # hit, which keeps its account apart from others', yet its dead are the strike's, and
    # answer any site or toll of it; another day, place or attacker does set them apart
    near = [c for k, c in enumerate(claims)
            if all(apart(told[k], told[e]) in (None, OWN_FORCES) for e in (i, j))]
    if len(near) == len(claims):
        return True
    # only the groups' dead depend on the incident; a party's own toll and the sites it
    # puts them in are read from its own sentence
    here = replace(dead, groups=confirmed_dead(near).groups)
    return mourned(claims[i], claims[j], here, groups)


_FIGHTING_SIDES = ("military", "armed_group", "state")


def _tells_military(claims: Sequence[Claim], told: Sequence[Cues]) -> list[bool]:
    """Per claim: its party's own accounts of the same incident tell of a military
    target hit ("a drone struck an ammunition depot ... wounding five people, local
    officials said"), a military site or force, not a toll ("the strike on the house
    killed a fighter and his five children" still disputes "a command post") nor an armed
    group ("farmers, not al-Shabaab militants", where the negation was missed, or another
    speaker's "gathering of commanders" given to a medical official). A fighting side's
    account counts only when the strike is its own (its incident cues give it its own
    side as the attacker): the other side's positions it says were hit may be its own
    men's, or a clause the parse gave it. An attack told as what came before
    ("security forces killed young men after attacks on three military installations")
    is no military target of the strike told."""
    civil_use = _civil_use_told(claims, told)
    out = []
    for i, c in enumerate(claims):
        out.append(any(
            o.party.id == c.party.id and is_account(o) and o.target.target_class == "military"
            and not o.rule.startswith(VICTIM_RULES)
            and (c.party.type not in _FIGHTING_SIDES or _own_strike(told[k], c.party))
            and not apart(told[i], told[k])
            and not civil_use[k]
            and not cause_before(o)
            for k, o in enumerate(claims)))
    return out


def _tells_own_base(claims: Sequence[Claim], told: Sequence[Cues]) -> list[bool]:
    """Per claim: its party tells, of the same incident otherwise, an attack on a site of
    its own forces ("militants attacked the main base, killing one soldier ... a civilian
    also died", the army said); a toll of its soldiers alone tells no site hit."""
    # (the attacks on its own sites, each read once as the incident it otherwise is)
    bases = {k: replace(told[k], own_forces=False) for k, o in enumerate(claims)
             if told[k].own_forces and is_account(o) and o.target.target_class == "military"
             and not o.rule.startswith(VICTIM_RULES)}
    return [not told[i].own_forces and any(
        claims[k].party.id == c.party.id and apart(told[i], base) is None
        for k, base in bases.items()) for i, c in enumerate(claims)]


def _beside_own_base(a: Claim, b: Claim, a_base: bool, b_base: bool) -> bool:
    """Rule ``conflict.own_base``: a civilian hurt beside a force's own base that was
    attacked (:func:`_tells_own_base`) is no dispute of the attackers' account that they
    struck that military target ("we struck the base"); an attacker's account of armed
    men or their sites hit instead ("militia arms depots") still disputes it."""
    for civil, base in ((a, a_base), (b, b_base)):
        other = b if civil is a else a
        if base and class_group(civil.target) == "civil" \
                and other.target.target_class == "military" and not other.negated:
            return True
    return False


# "the building housed a clinic", "the plane was carrying prisoners of war"
CIVIL_USE_RULES = ("use.houses_civil", "use.used_by_civilians")


def _civil_use_told(claims: Sequence[Claim], told: Sequence[Cues]) -> list[bool]:
    """Per claim: its party says, of the same incident, that civilians were in or used
    what was hit ("shot down a military transport plane ... it was carrying prisoners of
    war"): what was inside is its dispute with the other side, and its military account
    grants no military target beside civilian harm."""
    uses = [n for n, c in enumerate(claims) if c.rule in CIVIL_USE_RULES]
    return [any(claims[n].party.id == own.party.id and not apart(told[k], told[n])
                for n in uses) for k, own in enumerate(claims)]


def _tells_both(claims: Sequence[Claim]) -> list[bool]:
    """Per claim: an account its party joins, in one breath, with one of the other kind:
    a combatant account with a civilian site hit ("shelling with mortars, targeting
    forward posts and civilian areas"), a toll with a toll ("six soldiers and three
    civilians have been killed"), or an aim with what was hit instead
    (:func:`_missed_aim`). The party tells of both, so another party's account of
    the other kind is the other half of its own, not a dispute of it (rule
    ``conflict.collateral``, read from either side). A site only named beside it ("a
    command centre inside the school") is no such pair. A civilian toll the party admits
    (:func:`_admits_harm`) pairs with its aim at combatants told in any sentence."""
    admits = [_admits_harm(o) or _grants_presence(o) or _mistaken_hit(o)
              for o in claims]  # (each read once)
    out = []
    for c in claims:
        kind = class_group(c.target)
        out.append(kind is not None and is_account(c) and any(
            same_side(o.party, c.party) and is_account(o) and not _any_such(o)
            and class_group(o.target) not in (None, kind)
            and ((o.party.id == c.party.id
                  and ((o.evidence.start == c.evidence.start
                        and (_tolls(c, o) or (kind == "combatant"
                                              and o.target.target_class == "civilian_site"))
                        and _joined(c.evidence.sentence, c.target.text, o.target.text))
                       or (_missed_aim(c, o) and _told_with(c, o))
                       or _grants_harm(c, o) or _grants_harm(o, c)))
                 # (an admission binds the admitting party's whole side: "the army admits
                 # its drone killed villagers" and its general's "mission against terrorists")
                 or (kind == "combatant" and not c.negated and admits[k]))
            for k, o in enumerate(claims)))
    return out


def _side_tells_both(claims: Sequence[Claim], told: Sequence[Cues], both: list[bool]
                     ) -> list[bool]:
    """:func:`_tells_both` for the party's whole side: where the defence minister tells
    of the camp bombed and the girl killed in it, the army's word of the camp is no
    dispute of the forensic institute's girl either (same incident only)."""
    return [both[i] or (c.party.side is not None and class_group(c.target) is not None
                        and is_account(c) and any(
                            both[k] and o.party.side == c.party.side
                            and class_group(o.target) == class_group(c.target)
                            and not apart(told[i], told[k])
                            for k, o in enumerate(claims)))
            for i, c in enumerate(claims)]


def _any_such(claim: Claim) -> bool:
    """"any civilians killed had died in crossfire": people the speaker does not grant
    were there, only what would be true of any; no harm told beside its aim."""
    return claim.target.text.lower().startswith("any ")


# a toll that says its dead were civilians, not a bare count ("more than 20 people" at a
# meeting of fighters are the fighters)
_CIVILIAN_WORDS = (r"civilians?|uninvolved|bystanders?|non-?combatants?|children|child"
                   r"|wom[ae]n|girls?|boys?|minors?|teenagers?|bab(?:y|ies)|infants?|toddlers?"
                   r"|\d+-year-old")
_NAMED_CIVILIANS = re.compile(rf"\b(?:{_CIVILIAN_WORDS})\b", re.IGNORECASE)
# what an admitted toll may call its dead besides: who they were by what they were doing
# or where they lived ("admitted its drone killed villagers gathered for a festival")
_ADMITTED_DEAD = re.compile(
    rf"\b(?:{_CIVILIAN_WORDS}|villagers?|worshippers?|mourners?|pilgrims?|wedding\s+guests?"
    r"|patients?|passengers?|pupils?|schoolchildren|displaced)\b", re.IGNORECASE)


# a toll its speaker calls a mistake is of people the strike was not meant for ("residents
# had been mistakenly killed by a drone targeting bandits")
_MISTAKEN = re.compile(r"\b(?:mistaken(?:ly)?|by mistake|accidental(?:ly)?|inadvertent(?:ly)?"
                       r"|erroneous(?:ly)?|in error)\b", re.IGNORECASE)


def _grants_harm(hit: Claim, toll: Claim) -> bool:
    """A force's strike on combatants told with the civilians it killed, in one sentence
    of its own ("it had struck a militant in the area, and that as a result of the strike
    several uninvolved civilians were killed"): it grants the civilian harm, whoever else
    counts it. The toll must call its dead civilians, children or women, or its speaker
    must call the killing a mistake ("residents had been mistakenly killed by a military
    drone targeting bandits"), not count people ("more than 20 people" at a meeting of
    fighters are the fighters), and must name no attacker of its own. A toll in a clause
    on the struck men ("militants who had killed five civilians") is not told apart: the
    relative's attacker is not read."""
    return hit.evidence.start == toll.evidence.start and not hit.negated \
        and _tolls(toll) and class_group(hit.target) == "combatant" \
        and toll.target.target_class == "civilians" \
        and (_NAMED_CIVILIANS.search(toll.target.text) is not None
             or _MISTAKEN.search(toll.evidence.sentence) is not None) \
        and hit.rule.startswith(("hit.", "noun.")) and toll.attacker is None \
        and not cause_before(hit)


# verbs of granting what one would rather not: "the minister admitted the strike killed ..."
_ADMITS = re.compile(r"\b(?:admit(?:s|ted|ting)?|acknowledg\w*|conced\w*)\b", re.IGNORECASE)
# a claim of an attack: "claimed responsibility for the bombing"
_CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)?\s+responsibility\b", re.IGNORECASE)


def _admits_harm(toll: Claim) -> bool:
    """Rule ``conflict.admitted_harm``: a party that admits, acknowledges or concedes that
    the strike killed civilians ("Dutch minister admits F-16 strike killed about 70
    civilians") grants the civilian harm anywhere in the story: its aim at combatants,
    told in another sentence, is the other half of its own account, and another party's
    civilian toll no dispute of it. The toll names civilians and no other attacker, and
    the verb of granting comes before it in its sentence."""
    if not _tolls(toll) or toll.target.target_class != "civilians" or toll.attacker:
        return False
    sentence = toll.evidence.sentence
    at = sentence.lower().find(toll.target.text.lower())
    claimed = _CLAIMED.search(sentence)
    if claimed is not None and 0 <= claimed.start() < at:
        # rule ``conflict.claimed_toll``: "the front has claimed responsibility for the
        # blast at the depot, which killed 40 people": who claims the attack grants its
        # toll, whatever the dead are called
        return True
    if _ADMITTED_DEAD.search(toll.target.text) is None:
        return False
    found = _ADMITS.search(sentence)
    return found is not None and 0 <= found.start() < at


def _mistaken_hit(hit: Claim) -> bool:
    """Rule ``conflict.mistaken_hit``: a party's own word that the strike hit civilians or
    a civil site by mistake ("he said the drone inadvertently hit the community", after
    "the drone was on a patrol against the insurgents") grants the civilian harm in
    any sentence, as an admission does (:func:`_admits_harm`). Not a denial, nor a hit
    the party blames on another striker."""
    return class_group(hit.target) == "civil" and not hit.negated \
        and hit.rule.startswith(("hit.", "casualty.")) \
        and (hit.attacker is None or same_side(hit.attacker, hit.party)) \
        and _MISTAKEN.search(hit.evidence.sentence) is not None


def _grants_presence(presence: Claim) -> bool:
    """Rule ``conflict.granted_presence``: a state's or a force's own word that civilians
    were where its strike fell ("relatives of the commanders had been in two of the
    flats", its spokesperson said) grants the civilian harm as an admission does
    (:func:`_admits_harm`): its aim at combatants and another party's civilian toll are
    two halves of one account. Not its word that fighters were there, nor a denial."""
    return presence.rule == "use.presence" and not presence.negated \
        and presence.target.target_class == "civilians" \
        and presence.party.type in _STATE_BODIES


AIM_RULE = "hit.at"  # "fired at", "aimed at", "directed at": what a strike was aimed at
# ... and "launched toward the terminal" (``hit.toward``): aims an interception stops
_AIMS = (AIM_RULE, "hit.toward")


def _missed_aim(aim: Claim, hit: Claim) -> bool:
    """"an air strike aimed at insurgents had mistakenly hit a fishing settlement", "a
    drone on a mission against bandits mistakenly struck villagers": the party's aim at
    combatants, told in the sentence where it says what was hit instead, is not its
    account of what was hit (rule ``conflict.collateral``, the aim's side). A count of
    people is not told as hit instead ("11 people died in an operation against a faction
    of rebels", the army said: the dead it counts are the rebels, :func:`_bare_count`)."""
    return (aim.rule.startswith(AIM_RULE) or _aimed_against(aim)) \
        and class_group(aim.target) == "combatant" \
        and not hit.rule.startswith(AIM_RULE) and not hit.negated \
        and class_group(hit.target) == "civil" and not _bare_count(hit) \
        and not _others_strike(aim, hit)


def _enemy_struck(force: Claim, civil: Claim) -> bool:
    """Rule ``conflict.enemy_struck``: a state body's account that an armed group of the
    other side struck combatants ("rebels overran the local militia guarding the camp",
    the army said) tells of the group's attack on the state's side, not of a strike the
    state makes; civilians that group killed there ("families burned in their huts",
    survivors said) are the rest of that attack, not a dispute of it. A group said to
    have struck its own men is a misread attacker, and decides nothing."""
    attacker = force.attacker  # its own words' attacker, not one its sentence shares
    return force.party.type in _STATE_BODIES and not force.negated \
        and class_group(force.target) == "combatant" and class_group(civil.target) == "civil" \
        and attacker is not None and attacker.type == "armed_group" \
        and not same_side(attacker, force.party) \
        and (force.target.actor_id is None
             or force.target.actor_id not in (attacker.id, attacker.side)) \
        and (civil.attacker is None or same_attacker(civil.attacker, attacker)
             or (civil.attacker.type == "armed_group"
                 and not same_side(civil.attacker, force.party)))


def story_raiders(claims: Sequence[Claim]) -> dict[str, Actor]:
    """Rule ``conflict.story_raiders``: per article, the armed men or group its tolls of
    civilians name as who killed them, when they name one and no state (not a clause's
    "from which separatists had been shelling villages", another strike): "Gunmen killed 12
    villagers ... 'This cowardly raid took 12 innocent lives'", where the second account
    names no attacker, is of the same raid."""
    named: dict[str, list[Actor]] = {}
    for c in claims:
        if c.attacker is not None and not c.negated and class_group(c.target) == "civil" \
                and c.rule.startswith(TOLL_RULES):
            named.setdefault(c.evidence.article_id, []).append(c.attacker)
    return {article: found[0] for article, found in named.items()
            if all(a.type == "armed_group" or a.id == ARMED_MEN for a in found)}


def _assailants_killed(force: Claim, civil: Claim,
                       raiders: Mapping[str, Actor] | None = None) -> bool:
    """Rule ``conflict.assailants_killed``: an account that armed men were killed or shot
    ("three raiders ... were killed when soldiers stormed the building", by a state's forces
    or no one named) and another's that armed men killed civilians
    ("the raiders gunned down students in their dormitory") tell two acts of one attack, both
    true. Civilians the state's own forces are said to have killed still dispute it. An
    account of civilians hurt that names no attacker is of its article's raiders
    (:func:`story_raiders`)."""
    attacker = civil.attacker or (raiders or {}).get(civil.evidence.article_id)
    return not force.negated and not civil.negated \
        and force.target.target_class == "armed_group" \
        and class_group(civil.target) == "civil" \
        and (force.attacker is None or force.attacker.type in _STATE_BODIES) \
        and attacker is not None \
        and (attacker.type == "armed_group" or attacker.id == ARMED_MEN) \
        and not same_side(attacker, force.party)


# who speaks for a state's strike when it admits a mistake: its bodies and officials
_ADMITTING = _STATE_BODIES | {"official"}


def _went_astray(aim: Claim) -> bool:
    """Rule ``conflict.went_astray``: "a missile site had been the intended target, but
    it appears that one weapon did not strike the intended target": the speaker grants
    that its weapon missed what it aimed at, so the aim is no account of what was hit."""
    return _ASTRAY.search(aim.evidence.sentence) is not None


_ASTRAY = re.compile(
    r"\b(?:did\s+not|didn't|failed\s+to|may\s+not\s+have)\s+(?:strike|hit|reach)\s+"
    r"(?:the|its)\s+intended\s+target|\bmissed\s+(?:the|its)\s+intended\s+target"
    r"|\bwent\s+astray\b|\bgone\s+astray\b|\bweapons?\s+system\s+failure\b",
    re.IGNORECASE)


def _admitted(mistake: Claim, aim: Claim) -> bool:
    """Rule ``conflict.admitted_mistake``: a state body's word that its strike hit people it
    took for others ("the army chief said the drone operators had mistaken the gathering
    for militants") grants the aim at combatants that any speaker not on another side
    gives ("the drone had been on a routine mission against armed groups", said by the
    same general under his name): the aim is what the gathering was taken for, not
    another account of what was hit, and so is the "militants" the admission names."""
    return mistake.rule.startswith("mistake.") \
        and mistake.party.type in _ADMITTING and mistake.party.side is not None \
        and (aim.rule.startswith(AIM_RULE) or _aimed_against(aim)) \
        and class_group(aim.target) == "combatant" and not aim.negated \
        and (aim.party.side is None or same_side(aim.party, mistake.party))


def _others_strike(aim: Claim, hit: Claim) -> bool:
    """``hit`` names an attacker on neither the aim's side nor its party's: "aimed at the
    airfield, from which rebel jets bombed the town" tells another side's strike, not
    what this one hit instead; so does a strike told from the aim's target with no doer
    ("aimed only at rebel positions from which border villages had been shelled")."""
    if re.search(re.escape(aim.target.text) + r",?\s+from\s+(?:which|where)\b[^.;]{0,40}?\b"
                 + re.escape(hit.target.text), aim.evidence.sentence, re.IGNORECASE):
        return True
    if hit.attacker is None:
        return False
    return not same_side(hit.attacker, aim.party) and (
        aim.attacker is None or not same_side(hit.attacker, aim.attacker))


def _told_with(aim: Claim, hit: Claim) -> bool:
    """``hit`` is told in the sentence of ``aim``: the same sentence, or the same target
    words in it (an account told in the headline as well is kept once, from there)."""
    return hit.evidence.start == aim.evidence.start or re.search(
        r"\b" + re.escape(hit.target.text) + r"\b", aim.evidence.sentence,
        re.IGNORECASE) is not None


def _aimed_against(claim: Claim) -> bool:
    """"a drone on a routine mission against bandits": a strike noun's target after
    "against" is what the strike was aimed at, as "aimed at" says."""
    return claim.rule.startswith("noun.") and re.search(
        r"\bagainst\s+(?:\S+\s+){0,3}?" + re.escape(claim.target.text) + r"\b",
        claim.evidence.sentence, re.IGNORECASE) is not None


def _tolls(*claims: Claim) -> bool:
    return all(c.rule.startswith(TOLL_RULES) and not c.negated for c in claims)


def _joined(sentence: str, first: str, second: str) -> bool:
    """The two targets are joined by "and" / "as well as" in the sentence, either way
    round ("forward posts and civilian areas", "villages and army posts"), listed one
    after the other in a list that goes on ("police posts, the town hall and two
    banks"), side by side with a comma alone, as headlines join them ("claims
    attacks on restaurant, checkpoint"), or told as the steps of one attack ("a roadside
    bomb struck the lead army truck, then gunmen shot at the minibuses")."""
    low = sentence.lower()
    return any(re.search(re.escape(x.lower()) + r",?\s+(?:and|as well as)\s+(?:\S+\s+){0,3}?"
                         + re.escape(y.lower()), low)
               or re.search(re.escape(x.lower()) + r",\s+(?:\S+\s+){0,3}?" + re.escape(y.lower())
                            + r"(?:,|\s+(?:and|as well as)\b)", low)
               or re.search(re.escape(x.lower()) + r",\s+" + re.escape(y.lower()) + r"\b", low)
               or re.search(re.escape(x.lower()) + r"\b[^.;]{0,40}?\b(?:before|then)\b[^.;]{0,50}?"
                            + re.escape(y.lower()) + r"\b", low)
               for x, y in ((first, second), (second, first)))


def _agreed(claims: Sequence[Claim], told: Sequence[Cues], groups: GroupDirectory
            ) -> list[bool]:
    """Per claim: a combatant account whose target a party on another side names too, in
    an account of what was hit (not a toll) of the same forces (:func:`_same_forces`), of
    the same incident ("the blast struck the checkpoint", police said; the group said it
    attacked "a checkpoint" manned by soldiers): the sides agree what was hit, and the
    party's other combatant accounts of the incident go with it. A side's count of its own dead
    ("its commander was killed") is no such account."""
    fighting = [class_group(c.target) == "combatant" and is_account(c) for c in claims]
    named = [fighting[i] and any(
        _same_forces(c.target, o.target, groups) and fighting[k]
        and not o.rule.startswith(TOLL_RULES) and o.cue != NARRATES
        and _two_sides(o.party, c.party) and not apart(told[i], told[k])
        for k, o in enumerate(claims)) for i, c in enumerate(claims)]
    # the party's other combatant accounts of that incident go with the agreed one
    # ("a checkpoint manned by soldiers" and "killed 15 troops")
    return [fighting[i] and any(
        named[k] and o.party.id == c.party.id and not apart(told[i], told[k])
        for k, o in enumerate(claims)) for i, c in enumerate(claims)]


def _two_sides(a: Actor, b: Actor) -> bool:
    """Parties known to speak for two camps: each has a side and they differ. A party
    of no known side (a spokesman whose body names no state) may be either camp's."""
    return a.side is not None and b.side is not None and a.side != b.side


def _same_forces(a: Target, b: Target, groups: GroupDirectory) -> bool:
    """Both name one target: one armed group or state's forces both name by their
    actor, or a military site whose name ends in the same word ("the checkpoint", "a
    checkpoint"). "Bandits" against "vigilantes", or a spy headquarters against
    an intelligence centre, is the dispute, not an agreement."""
    if a.target_class != b.target_class or a.target_class not in COMBATANT:
        return False
    if a.actor_id and b.actor_id:
        return groups.compatible(a.actor_id, b.actor_id)
    return a.target_class == "military" and _head(a.text) == _head(b.text)


_head = target_head
_singular = singular


def _toll_beside(a: Claim, b: Claim, a_agreed: bool, b_agreed: bool) -> bool:
    """Rule ``conflict.agreed_target``: where two sides agree the strike hit a combatant
    target (:func:`_agreed`), a count of people hurt there ("17 wounded people", an
    ambulance service said) is the harm beside it, not another account of what was hit;
    a civilian site ("the bombs fell on a school") still disputes it."""
    return (a_agreed and _toll(b)) or (b_agreed and _toll(a))


_ALSO = re.compile(r"\balso\s+(?:\w+\s+){0,2}?(?:hit|struck|strikes|damaged|destroyed|"
                   r"targeted|killed|wounded|injured|levelled|leveled|landed|fell|"
                   r"crashed|exploded)\b(?P<rest>.*)",
                   re.IGNORECASE)


_ALSO_PASSIVE = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)"
                           r"\s+also\s+(?:\w+\s+){0,2}?(?:hit|struck|damaged|destroyed|"
                           r"wounded|injured|killed|levelled|leveled)\b", re.IGNORECASE)


# a site told as beside the one struck, right after its words: "shops around it", "a
# cold store belonging to a cooperative next to the site"
_AROUND_IT = re.compile(
    r"[^,.;]{0,50}?\b(?:(?:around|near|next\s+to|beside|adjacent\s+to|close\s+to)\s+"
    r"(?:it|the\s+(?:site|target|base|building|facility|compound|depot|camp|house))"
    r"|in\s+(?:a|the)\s+(?:neighbou?ring|nearby|adjacent)\s+\w+)\b",
    re.IGNORECASE)
_BESIDE = re.compile(r"\b(?:next\s+door|nearby|neighbou?ring|adjacent|next\s+to|beside)\b",
                     re.IGNORECASE)


def _also_hit(claim: Claim) -> bool:
    """Rule ``conflict.also_hit``: "the strike, which also hit two towns near Tel Aviv",
    "a bakery next door was also badly damaged": a party's word of the civilians or
    civilian sites the strike hit as well tells harm beside the target, and disputes no
    one's account of the target itself. So does a force's post attacked as well, in the
    words of one who did not strike it ("a guard was also wounded in a raid on the
    checkpoint", a militiaman said)."""
    if claim.negated:
        return False
    group = class_group(claim.target)
    # "a guard was also wounded in a raid on the checkpoint", a militiaman said: a post
    # attacked as well, told by one who did not strike it (of forces, only after "also")
    forces = group == "combatant" and not _may_have_struck(claim)
    if group != "civil" and not forces:
        return False  # "forces had also destroyed a warehouse of militants" is an account
    found = _ALSO.search(claim.evidence.sentence)
    # (a toll told after it in the sentence is of the same harm: "rockets also landed in
    # a residential part of the town, hitting ..., and that seven civilians were killed")
    reach = None if not forces and claim.rule.startswith(TOLL_RULES) else 80
    if found is not None and claim.target.text.lower() in found["rest"][:reach].lower():
        return True
    if forces:
        # ... or its men or posts, told before it in the passive: "three guards and a
        # policeman were also killed as an attacker rushed the gate", a militiaman said:
        # the force's losses beside the harm others tell
        told = _before_also_passive(claim.evidence.sentence)
        return told is not None and claim.target.text.lower() in told[-80:].lower()
    # ... and a site beside it, told before it in the passive: "a bakery next door was
    # also badly damaged", or a person killed as well beside the teller's own men: "four
    # of our soldiers were martyred and a woman ... was also killed" (not "a civilian
    # worker was also killed" beside men the copy names: harm that may be the dispute)
    sentence = claim.evidence.sentence
    if claim.target.target_class == "civilians":
        told = _before_also_passive(sentence)
        return told is not None and claim.target.text.lower() in told[-80:].lower() \
            and _OWN_MEN.search(told) is not None
    if claim.target.target_class != "civilian_site":
        return False
    at = sentence.lower().find(claim.target.text.lower())
    if at >= 0 and _AROUND_IT.match(sentence, at + len(claim.target.text)):
        # "destroyed a building ... and damaged several shops around it", "a cold store
        # belonging to a cooperative next to the site caught fire": a site beside the one
        # the strike hit
        return True
    before = _before_also_passive(sentence)
    return before is not None and claim.target.text.lower() in before[-80:].lower() \
        and _BESIDE.search(before) is not None


def _may_have_struck(claim: Claim) -> bool:
    """The claim's party may be its striker: a force or a state, or the side its
    attacker is on."""
    attacker = claim.attacker
    if attacker is not None:
        return same_side(attacker, claim.party)
    return claim.party.type in ("military", "armed_group", "state")


def _before_also_passive(sentence: str) -> str | None:
    """The words of ``sentence``'s line before its last "was also damaged" (killed,
    hit ...), or None when it has none."""
    passives = list(_ALSO_PASSIVE.finditer(sentence))
    if not passives:
        return None
    last = passives[-1]  # (the last one: what its line tells before it)
    return sentence[sentence.rfind("\n", 0, last.start()) + 1 : last.start()]


# a force's own men counted hurt in the teller's own words ("four of our soldiers were
# martyred and a woman who sold tea at the gate was also killed"): the civilian killed as
# well is harm beside the force's own post, which the teller grants was the target
_OWN_MEN = re.compile(r"\bour\s+(?:own\s+)?(?:soldiers|troops|men|officers|policemen|"
                      r"guards|forces|personnel|fighters|comrades)\b", re.IGNORECASE)


# what a count of the dead that says nothing of who they were counts
_ANYONE = frozenset(["people", "person", "persons", "individual", "other", "one",
                     # "the two occupants were killed": whoever was in the car
                     "occupant"])


def _counts_only(a: Claim, b: Claim) -> bool:
    """Rule ``conflict.counts_only``: one party's word that a combatant was killed ("the
    strike killed a senior Hamas commander") and another's count of people killed that
    says nothing of who they were ("more than 50 people were killed") can both be true;
    so can such a count no larger than the fighters another party says it struck or
    killed ("at least one person" beside "two operatives"; not "ten people", and not a
    site), and so can a bare count of the wounded (:func:`_wounded_only`). A count of
    fighters ("dozens of extremists") disputes it, and so does a count that names them
    civilians, children or the like."""
    for fighters, people in ((a, b), (b, a)):
        if not (_people_count(people)
                and class_group(fighters.target) == "combatant" and not fighters.negated):
            continue
        if _bare_count(people) and _wounded_only(people):
            return True  # "seven people were wounded in the strikes": whoever was near
        if _one(fighters.target.text) and (fighters.rule.startswith("casualty.") or (
                fighters.rule.startswith("hit.") and _one_person(fighters))):
            return True  # "killed a senior commander", "the strike hit a Hamas leader"
        # "at least one person was killed" beside "it struck two Hezbollah operatives": a
        # count of people no larger than the fighters the other names may be just them
        toll, named = _number(people.target.text), _number(fighters.target.text)
        if fighters.rule.startswith(("casualty.", "hit.")) and _people_word(fighters) \
                and toll is not None and named is not None and toll <= named \
                and not _count_with_civilians(people):
            return True
    return False


def _rest_of_the_toll(fighters: Claim, civil: Claim) -> bool:
    """Rule ``conflict.rest_of_the_toll``: "38 died in the raid on the camp, mostly
    recruits" is a toll of fighters told with room for others among the dead, so another
    party's word that two hostages held there died in it ("two aid workers lost their
    lives") can be true with it: a count of civilians smaller than the toll. Not a toll
    of fighters with no share ("38 fighters"), nor a larger count of civilians."""
    if fighters.negated or civil.negated or not fighters.rule.startswith("casualty.") \
            or class_group(fighters.target) != "combatant" \
            or civil.target.target_class != "civilians" \
            or not civil.rule.startswith(("casualty.", "copula.")):
        return False
    sentence = fighters.evidence.sentence
    at = sentence.find(fighters.target.text)
    if at < 0:
        return False
    toll, count = _number(fighters.target.text), _number(civil.target.text)
    if _SHARE_AFTER.match(sentence[at + len(fighters.target.text):]) is None:
        # (or the share itself: "40 people, most of them fighters": the fighters)
        before = _SHARE_BEFORE.search(sentence[:at])
        toll = int(before.group(1).replace(",", "")) if before is not None else None
    return toll is not None and count is not None and count < toll


# a share of a count told right after it: ", most of them recruits", ", mostly fighters";
# and the count a share follows ("40 people, most of them ...")
_SHARE_BEFORE = re.compile(
    r"\b(\d[\d,]*)\s+[\w-]+(?:\s+[\w-]+)?,\s*(?:most\s+of\s+them|mostly|mainly|largely|"
    r"many\s+of\s+them)\s+$", re.IGNORECASE)
_SHARE_AFTER = re.compile(
    r"(?:\s+(?:were\s+killed|died)[^,.;]{0,40})?,\s*(?:most\s+of\s+them|mostly|mainly|"
    r"largely|many\s+of\s+them|the\s+majority)\b", re.IGNORECASE)


def _count_with_civilians(people: Claim) -> bool:
    """The sentence names who the counted people were right after the count: "killed 23
    people, including children", "12 people, most of them women": no count that may be
    just another party's fighters."""
    sentence = people.evidence.sentence
    at = sentence.find(people.target.text)
    if at < 0:
        return False
    after = sentence[at + len(people.target.text):at + len(people.target.text) + 60]
    told = _COUNT_NAMED.match(after)
    return told is not None and _NAMED_CIVILIANS.search(told.group(1)) is not None


# what follows a count to say who the people were: ", including children", ", most of
# them women", "among them two boys"
_COUNT_NAMED = re.compile(
    # (the count's own verb may come first: "three people died in the raid, including a
    # 14-year-old boy")
    r"(?:\s+(?:died|were\s+killed|were\s+wounded|were\s+hurt|were\s+injured)"
    r"[^,.;]{0,30},)?"
    r"\W{0,3}\s*(?:including|among\s+them|most\s+of\s+them|mostly|many\s+of\s+them|"
    r"all\s+of\s+them|half\s+of\s+them)\s+([^.;]{1,40})", re.IGNORECASE)


def _toll_of_fighting(toll: Claim, site: Claim) -> bool:
    """Rule ``conflict.toll_of_fighting``: "two civilians had been killed in the clashes",
    a count no attacker is named for and that the sentence gives to the fighting or
    clashes, says nothing of what another party's strikes hit ("air strikes
    on militia bases"): a site or force struck, not a count of the dead. A toll of the
    strikes ("killed in the air strikes"), or of crossfire, still disputes it."""
    return _toll(toll) and toll.attacker is None and not toll.negated \
        and _IN_FIGHTING.search(toll.evidence.sentence) is not None \
        and _STRIKE_TOLD.search(toll.evidence.sentence) is None \
        and not site.rule.startswith(("casualty.", "copula.")) \
        and class_group(site.target) == "combatant"


# the fighting a toll is given to: "killed in the fighting", "during clashes"
_IN_FIGHTING = re.compile(
    r"\b(?:in|during|amid)\s+(?:the\s+)?(?:heavy\s+|fierce\s+|street\s+|ongoing\s+)?"
    r"(?:fighting|clashes|battles?|combat)\b", re.IGNORECASE)
_STRIKE_TOLD = re.compile(
    r"\b(?:air\s*strikes?|airstrikes?|strikes?|shelling|bombing|bombardment|raids?|"
    r"missiles?|drones?|rockets?|crossfire|cross-fire)\b", re.IGNORECASE)


_WOUNDED = re.compile(r"\b(?:wounded|injured|hurt)\b", re.IGNORECASE)
_KILLED = re.compile(r"\b(?:killed|killing|dead|died|deaths?|bod(?:y|ies))\b", re.IGNORECASE)


def _wounded_only(toll: Claim) -> bool:
    """The toll's sentence counts people hurt and none dead ("the Gaza health ministry
    said seven people were wounded in the strikes"), or the count's own verb is one of
    hurt ("a unit leader died and nine bystanders were lightly injured"): a count of the
    wounded near a strike says less still of who was struck than a count of the dead."""
    sentence = toll.evidence.sentence
    if _WOUNDED.search(sentence) is not None and _KILLED.search(sentence) is None:
        return True
    at = sentence.find(toll.target.text)
    return at >= 0 and _HURT_AFTER.match(sentence, at + len(toll.target.text)) is not None


# a count's own verb of hurt, right after it: "six people were injured", "12 others
# had been lightly wounded"
_HURT_AFTER = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:\w+ly\s+)?"
                         r"(?:wounded|injured|hurt)\b", re.IGNORECASE)


# where one person lives, works or rides: a place another party may say a strike hit when
# one side says it killed the person in it
_DWELLING_HEADS = frozenset(["house", "home", "residence", "apartment", "flat", "villa",
                             "farmhouse", "farm", "building", "car", "vehicle"])


def _one_at_home(person: Claim, site: Claim) -> bool:
    """Rule ``conflict.one_at_home``: one side's word that one fighter or officer was
    killed ("rebel commander X was killed", "the strike killed a militia commander") and
    another's word of the dwelling or car the strike hit ("sources said the missiles
    struck a farm building") can both be true: he was in it. Only a death told ("was
    killed", "was among those killed"; a "rebel-linked lender" struck is a body, not a
    man at home, and one man the striker says it struck may still be disputed by the
    building hit); not a school, a market or a wedding, where people gather, and not a
    site told as a home of civilians."""
    return not person.negated and not site.negated \
        and class_group(person.target) == "combatant" \
        and _one(person.target.text) \
        and person.rule.startswith(("casualty.", "copula.among")) \
        and site.target.target_class == "civilian_site" \
        and _head(site.target.text) in _DWELLING_HEADS \
        and _NAMED_CIVILIANS.search(site.target.text) is None


def _one_person(claim: Claim) -> bool:
    """A person struck, named by no body he is of: "a Hamas leader", "Hamas leader Ismail
    Haniyeh" (not "a gathering of commanders", one gathering of many)."""
    words = _count_words(claim.target.text)
    return _people_word(claim) and bool(words) and _singular(words[-1]) == _head(
        claim.target.text)


def _people_count(claim: Claim) -> bool:
    """A toll that counts people or a number of them ("more than 50 people", "12
    killed", "dozens"), whatever else its words say."""
    counted = _head(claim.target.text)
    return _tolls(claim) and claim.target.target_class == "civilians" \
        and (counted in _ANYONE or counted.isdigit() or counted in _NUMBER_WORDS
             or _by_nationality(claim.target.text))


def _by_nationality(text: str) -> bool:
    """"more than 100 Palestinians", "dozens of Afghans": a count of a people by its name,
    which says no more of who they were than "people" does (not "two Red Cross workers",
    whose count is of a common noun)."""
    words = text.split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].endswith("s") \
        and not any(w[:1].isupper() for w in words[:-1]) \
        and any(w.isdigit() or w.lower() in _NUMBER_WORDS or w.lower() in _COUNT_WORDS
                for w in words[:-1])


_COUNT_WORDS = frozenset(["dozens", "hundreds", "scores", "several", "many", "some"])


def _bare_count(claim: Claim) -> bool:
    """A toll that counts people and says nothing of who they were ("about 20 people were
    wounded", "12 killed"): no civilians, children or the like named."""
    return _people_count(claim) and _NAMED_CIVILIANS.search(claim.target.text) is None


def _count_elsewhere(a: Claim, b: Claim) -> bool:
    """Rule ``conflict.count_elsewhere``: across articles, a bare count of people hurt
    (:func:`_bare_count`, "medics said about 20 people were wounded") is no account of
    who was hit, set against another outlet's word of a parade of commanders: in one
    article the copy sets the two side by side; across outlets nothing does."""
    return a.evidence.article_id != b.evidence.article_id \
        and (_bare_count(a) or _bare_count(b))


def _officials_count(a: Claim, b: Claim) -> bool:
    """Rule ``conflict.officials_count``: in one article, unnamed officials of no named
    state ("security officials said four men died ... an official said the
    madrasa was a rest stop for fighters") are one voice: their bare count of the
    dead (:func:`_bare_count`) and their word of who or what was there tell one account,
    not two, where they are of one kind or one of them names no institution. A count that
    names civilians, an official of another institution ("a hospital official" against
    "a government official"), or another party's word, still disputes it."""
    return a.evidence.article_id == b.evidence.article_id \
        and all(c.party.type == "official" and c.party.country is None
                and c.party.side is None for c in (a, b)) \
        and (a.party.id == b.party.id or _ANY_OFFICIAL in (a.party.id, b.party.id)) \
        and (_bare_count(a) or _bare_count(b))


# an official of no institution named ("an official in Pelan said"): any of the
# article's unnamed officials (not "a hospital official" beside "a government official",
# two institutions)
_ANY_OFFICIAL = "source.official"


_SMALL_NUMBERS = {"a": 1, "an": 1, **{w: n for w, n in COUNT_WORDS.items() if 1 <= n <= 12}}
# words that make a count of more than one
_NUMBER_WORDS = frozenset(w for w, n in _SMALL_NUMBERS.items() if n > 1) | frozenset(
    ["dozen", "dozens", "hundred", "hundreds", "score", "scores"])


def _count_words(text: str) -> list[str]:
    """The words of a target before any "of" ("commander" of "commander of Hamas")."""
    return re.findall(r"[a-z0-9]+", re.split(r"\bof\b", text.lower())[0])


def _number(text: str) -> int | None:
    """The count a target names ("at least one person" 1, "two operatives" 2, "a Hezbollah
    member" 1, "12 people" 12); ``None`` when it gives none ("operatives", "dozens")."""
    words = _count_words(text)
    for w in words:
        if w.isdigit():
            return int(w)
        if w in _SMALL_NUMBERS:
            return _SMALL_NUMBERS[w]
        if w in _NUMBER_WORDS:
            return None  # "dozens", "hundreds": no count to compare
    return 1 if _single(words) else None


def _no_dead_at_site(neg: Claim, site: Claim) -> bool:
    """Rule ``conflict.no_dead_at_site``: a word that no civilians were killed ("no
    civilians were killed", the official said) against another's word of the house the
    strike hit, which counts no dead: both can be true (the house hit, nobody in it
    killed but the man aimed at)."""
    return neg.rule.startswith("casualty.") and neg.target.target_class == "civilians" \
        and site.target.target_class == "civilian_site"


def _crowd_there(crowd: Claim, force: Claim) -> bool:
    """Rule ``conflict.crowd_there``: a count of people at the site ("some 60 people
    were waiting at the depot") tells who was there, not that only civilians were:
    a unit of soldiers struck there, in another's account, is no other target."""
    return crowd.rule == "use.presence" and not crowd.negated \
        and force.target.target_class == "military" \
        and _head(crowd.target.text) in _CROWD_HEADS


# what a count of those at a site is a count of, of no kind ("people", "passengers")
_CROWD_HEADS = frozenset(["people", "persons", "individuals", "passengers", "travellers",
                          "travelers", "commuters"])


def _people_word(claim: Claim) -> bool:
    """The target is people, not a site ("two operatives", "a commander"; not "a depot")."""
    return claim.target.target_class in ("armed_group", "military") \
        and _head(claim.target.text) not in _SITE_HEADS | _THING_HEADS


def _site_words(claim: Claim) -> set[str]:
    """The kinds of combatant site a target names ("no camps of the group": camp)."""
    words = _words(claim.target.text)
    return {_SITE_SAME.get(w, w) for w in words} & _SITE_HEADS


def _downed_craft(downed: Claim, other: Claim) -> bool:
    """Rule ``conflict.downed_craft``: "Armenian forces had shot down two helicopters" is
    an account of the air fight, the other side's craft brought down, not of what its
    strike hit: it disputes only another account of an aircraft ("a Boeing 777" against
    "an An-26 transport plane"), never "a woman and a child were killed"."""
    return _told_downed(downed, _CRAFT_HEADS) \
        and target_head(other.target.text) not in _CRAFT_HEADS


def _both_downed(miss: Claim, downed: Claim) -> bool:
    """Rule ``conflict.both_downed``: a force's word that it shot down or intercepted a
    drone or a missile and the launcher's own word that the craft was brought down ("our
    drone was brought down before it reached the base") tell one interception, not a hit
    and a miss."""
    if not is_miss(miss) or not _told_downed(downed, _CRAFT_HEADS | _LAUNCHED_HEADS):
        return False
    # (its own craft, said so, answers no miss at all: "no damage" agrees with it too)
    return miss.rule.startswith(_INTERCEPTED) \
        or downed.target.text.lower().split()[:1] in (["our"], ["its"], ["their"])


def _told_downed(claim: Claim, heads: frozenset[str],
                 told: re.Pattern[str] | None = None) -> bool:
    """The claim's target is a craft or weapon of ``heads`` and its sentence tells it
    brought down ("shot down two helicopters", "our drone was brought down"), or
    stopped as ``told`` says."""
    return target_head(claim.target.text) in heads \
        and bool((told or _DOWNED).search(claim.evidence.sentence))


# what a side launches at a target ("two of its missiles were shot down")
_LAUNCHED_HEADS = frozenset(["missile", "rocket", "projectile", "shell"])
_CRAFT_HEADS = frozenset(["aircraft", "plane", "jet", "helicopter", "drone", "warplane",
                          "fighter", "bomber", "airliner", "gunship", "boeing", "uav"])
_DOWNED = re.compile(r"\b(?:shot|shoots?|shooting|brought|brings?|bringing)\s+down\b"
                     r"|\bdown(?:ed|ing)\b", re.IGNORECASE)


def _stopped_in_flight(claim: Claim) -> bool:
    """Rule ``conflict.stopped_in_flight``: "air defences shot down three small flying
    objects", "batteries engaging unknown objects", "downed most of the incoming
    rockets": craft or weapons a defence stopped in the air are what the other side
    sent, not what its strike hit; no word of "no damage" or "no attack" disputes them
    (what they struck, if anything, is another claim's)."""
    return _told_downed(claim, _IN_FLIGHT_HEADS, _STOPPED)


# what flies at a target and is stopped on the way: craft, weapons, "objects" seen in the
# sky ...
_IN_FLIGHT_HEADS = _CRAFT_HEADS | _LAUNCHED_HEADS | frozenset(
    ["object", "quadcopter", "balloon", "munition", "bomb"])
# ... and what a defence does to it
_STOPPED = re.compile(_DOWNED.pattern + r"|\bintercept(?:s|ed|ing)?\b|\bengag(?:e|es|ed|ing)\b",
                      re.IGNORECASE)


# arms and craft, which are no people either ("no aircraft were in the skies", "stores of
# weapons")
_THING_HEADS = frozenset(["aircraft", "plane", "jet", "helicopter", "drone", "weapon", "arm",
                          "rocket", "missile", "ammunition", "explosive", "tank", "gun",
                          "artillery", "equipment", "munition", "store", "shell", "mortar"])
_SITE_HEADS = frozenset(["depot", "base", "camp", "position", "post", "site", "facility",
                         "infrastructure", "headquarter", "center", "centre", "launcher",
                         "tunnel", "target", "compound", "building", "vehicle", "warehouse",
                         "hideout", "object", "cell", "cache", "stockpile", "stash",
                         "workshop", "factory", "plant", "hangar", "bunker", "barracks",
                         "garrison", "arsenal", "airbase", "airfield", "outpost", "stronghold",
                         "checkpoint", "shelter", "truck", "convoy", "boat", "ship", "room",
                         "hub", "point", "installation", "complex", "office", "house",
                         "store"])
# one kind of site, two words ("a weapons storage facility", "no weapons store")
_SITE_SAME = {"storage": "store", "storehouse": "store"}


def _one(text: str) -> bool:
    """A target that is one person or one unit: no count and a singular last word before
    any "of" ("commander of Hamas")."""
    return _single(_count_words(text))


def _single(words: list[str]) -> bool:
    return bool(words) and not any(w.isdigit() or w in _NUMBER_WORDS for w in words) \
        and not (words[-1].endswith("s") and not words[-1].endswith("ss"))


def _toll(claim: Claim) -> bool:
    """A count of people hurt ("17 wounded people", "four civilians were among the dead")."""
    return claim.target.target_class == "civilians" and claim.rule.startswith(TOLL_RULES)


def _own_strike(cue: Cues, party: Actor) -> bool:
    return cue.attacker is not None and same_side(cue.attacker, party)


def _collateral(a: Claim, b: Claim, a_military: bool, b_military: bool) -> bool:
    """Rule ``conflict.collateral``: a civilian account from a party that itself tells
    of a military target hit in the same incident (:func:`_tells_military`) is its account
    of the harm beside that target, not a dispute of another party's combatant account
    ("the depot was hit and five people wounded, officials said" against "the brigade's
    base was hit"). So is a site of infrastructure it names beside that target ("the
    strike destroyed hangars, a fuel depot and an air defence base", a monitor said,
    against "the air base"): a fuel depot beside the base, not a depot instead of it."""
    for civil, told_military in ((a, a_military), (b, b_military)):
        other = b if civil is a else a
        if told_military and (class_group(civil.target) == "civil"
                              or civil.target.target_class == "infrastructure") \
                and class_group(other.target) == "combatant":
            return True
    return False


def _tells_civil_too(a: Claim, b: Claim, a_both: bool, b_both: bool) -> bool:
    """Rule ``conflict.collateral`` from either side: an account its party joins with
    one of the other kind (:func:`_tells_both`) disputes no account of that other kind."""
    ga, gb = class_group(a.target), class_group(b.target)
    return (a_both or b_both) and ga is not None and gb is not None and ga != gb


# the partitive copulas that tell a share of the dead: "five soldiers were among the dead"
_AMONG_RULES = ("copula.among_victims", "copula.among_those")
_STATE_SPEAKERS = frozenset(["state", "ministry", "military", "official", "person"])


def _opposite_fires(own: Claim, other: Claim, other_told: Cues | None = None) -> bool:
    """Rule ``conflict.opposite_fires``: in a clash of two states' forces, one state's
    word of what hit its own side, with no doer or the other side as doer ("Kyrgyz
    officials said 31 of their citizens were killed"), and the other state's word that
    the first side's forces fired on it ("Kyrgyz forces shelled positions around Vorukh",
    Tajikistan's security committee said) tell two fires, each at the other's side, not
    two accounts of one. The first is of the speaker's own ("their citizens", "its
    positions"): a force's own strike told with no doer is the same fire. The second's
    doer is the one its incident cues give (``other_told``) where the sentence names
    none: "the enemy hit a taxi on the coast road", of a side whose other accounts name
    the first side as striker."""
    attacker = other.attacker or (other_told.attacker if other_told is not None else None)
    return own.party.type in _STATE_SPEAKERS and other.party.type in _STATE_SPEAKERS \
        and own.party.side is not None and other.party.side is not None \
        and not same_side(own.party, other.party) \
        and (own.own_target or _OWN_WORD.search(own.target.text) is not None) \
        and attacker is not None and same_side(attacker, own.party) \
        and (own.attacker is None or same_side(own.attacker, other.party))


# a toll told as added to others ("a soldier was also killed")
_ADDED = re.compile(r"\balso\b", re.IGNORECASE)
# what a speaker calls its own in the first person ("some of our soldiers")
_OUR = re.compile(r"\bour\b", re.IGNORECASE)
# what a speaker calls its own ("31 of their citizens", "our positions")
_OWN_WORD = re.compile(r"\b(?:their|its|our)\b", re.IGNORECASE)


def _one_enemy_fire(force: Claim, other: Claim) -> bool:
    """Rule ``conflict.one_enemy_fire``: a state's word that the other side's forces fired
    on its own positions ("Kyrgyz forces shelled positions around Vorukh", Tajikistan's
    security committee said) and another speaker's toll of that same fire on the same side
    ("several people had been killed there", residents of Isfara said) are two losses of
    one attack, not two accounts of what it hit. Its sites only, not its dead (soldiers
    killed, told in a sentence of their own, are an account of what was hit); never the
    attacking side's own word of what it struck (whose forces were hit is then the
    dispute: ``conflict.forces_hit``)."""
    attacker = force.attacker
    # (a body of no known side, "the federal government's communication service", says
    # nothing of whose forces fired: its side is only its own name)
    return force.party.type in _STATE_BODIES and not force.negated \
        and force.party.side is not None and force.party.side != force.party.id \
        and force.rule.startswith("hit.") \
        and force.target.target_class == "military" and class_group(other.target) == "civil" \
        and attacker is not None and attacker.side is not None \
        and not same_side(attacker, force.party) \
        and (other.party.side is None or not same_side(other.party, attacker)) \
        and (other.attacker is None or same_attacker(other.attacker, attacker))


def _own_losses(own: Claim, other: Claim) -> bool:
    """Rule ``conflict.own_losses``: a state's speaker who counts its own forces among an
    attack's dead ("five soldiers were among the dead", the armed forces spokesman said,
    of a bombing that the authorities say hit a cathedral and killed 20) tells a share of
    the dead, not another account of what was hit: no dispute with a civil account. Not a
    force it names as another side's ("Ukrainian soldiers were among the dead", Moscow
    said), an armed group's fighters, or its own strike's toll. A toll of the speaker's
    men in the first person is its own forces' whoever struck ("some of our soldiers and
    two nurses were wounded", of its own jet's strike on a camp). A toll told as added to
    the dead ("a corporal was also killed", the police chief said) is such a share."""
    ours = own.rule.startswith("casualty.") and _OUR.search(own.target.text) is not None
    # "a corporal was also killed", the police chief said: a share added to the dead
    # told before, as "among the dead" is
    added = own.rule.startswith("casualty.") and _ADDED.search(own.evidence.sentence) is not None
    if not (own.rule.startswith(_AMONG_RULES) or ours or added) \
            or own.target.target_class != "military" \
            or class_group(other.target) != "civil" or own.party.type not in _STATE_SPEAKERS:
        return False
    if own.attacker is not None and same_side(own.attacker, own.party) and not ours:
        return False
    named = own.target.actor_id
    return named is None or (own.party.side is not None
                             and named.split(".", 1)[0] == own.party.side)


def _raiders_civil_word(raid: Claim, other: Claim) -> bool:
    """Rule ``conflict.raiders_civil_word``: an armed group that names a civil site or
    civilians as what it attacked itself ("the Velt Front said its men stormed Kessa
    jail") grants the harm the other side tells; that side's word of its
    own guards or soldiers killed there disputes nothing of it. A group's word of a
    military target still meets the other side's civilians."""
    return raid.attacker is not None and raid.party.type == "armed_group" \
        and same_side(raid.attacker, raid.party) and not raid.negated \
        and class_group(raid.target) == "civil" \
        and other.target.target_class == "military" and not other.negated \
        and not same_side(other.party, raid.party)


def _own_narration(a: Claim, b: Claim) -> bool:
    """An outlet's narration of what was hit answers only other articles' accounts:
    within one article the reporter's telling is the frame of the parties' accounts, not
    a party of its own; across outlets it is one side's story."""
    return (a.cue == NARRATES or b.cue == NARRATES) \
        and a.evidence.article_id == b.evidence.article_id


def _one_name(a: Claim, b: Claim) -> bool:
    """Rule ``conflict.one_name``: two accounts of one article shown under one party name
    ("National Security Commissioner X" for the commissioner's title and for "X said")
    are that party's, whatever ids its namings took; so are a person's under a longer and
    a shorter form of one naming ("German Defence Minister Franz Josef Jung", "Defence
    Minister Franz Josef Jung")."""
    if a.evidence.article_id != b.evidence.article_id or not a.party.name \
            or not b.party.name:
        return False
    first, second = a.party.name.lower(), b.party.name.lower()
    if first == second:
        return True
    short, long = sorted((first, second), key=len)
    person = any(p.type in ("person", "official") or p.id.startswith("person.")
                 for p in (a.party, b.party))
    return person and len(short.split()) >= 3 and long.endswith(" " + short)


def _reason(a: Claim, b: Claim, claims: Sequence[Claim], groups: GroupDirectory,
            split: _Split, at: tuple[int, int], in_damage: Sequence[bool]) -> str | None:
    """``in_damage``: per claim of ``claims``, :func:`_near_in_damage`."""
    if _went_astray(a) or _went_astray(b):
        return None  # an aim its speaker grants was missed disputes nothing
    if is_account(a) and is_account(b) and incompatible(a.target, b.target, groups) \
            and not _crowd_there(a, b) and not _crowd_there(b, a) \
            and not _downed_craft(a, b) and not _downed_craft(b, a) \
            and not _inside_bare(a, b) and not _inside_bare(b, a):
        return "targets"
    if (_road_not_base(a, b) and not _grants_infrastructure(at[0], claims, split)) \
            or (_road_not_base(b, a) and not _grants_infrastructure(at[1], claims, split)):
        return "targets"
    if _both_downed(a, b) or _both_downed(b, a):
        return None  # "air defences shot down the drone" and "our drone was brought down"
    if (is_miss(a) and _struck_home(b) and not _after_interception(a, b) and _answers(a, b)
            and not _aim_only(b)
            and not _warning_unowned(a) and not _warned_other_fire(a, b)
            and not in_damage[at[0]] and not _partial_interception(a, claims)) \
            or (is_miss(b) and _struck_home(a) and not _after_interception(b, a)
                and not _aim_only(a)
                and _answers(b, a) and not _warning_unowned(b)
                and not _warned_other_fire(b, a) and not in_damage[at[1]]
                and not _partial_interception(b, claims)):
        return "miss"
    for none, hit in ((a, b), (b, a)):
        if _no_losses(none, claims) and _is_hit(hit) and not is_use(hit) \
                and class_group(hit.target) == "combatant":
            return "miss"  # "no soldiers were hurt" against "killing the soldiers on board"
    for one, other in ((a, b), (b, a)):
        if is_use(one) and one.negated and is_use(other) and is_account(other) \
                and matches(one.target, other.target, groups):
            return "use"  # "no fighters in the hospital" against "fighters operated there"
        if _stores_denied(one, other):
            return "use"  # "no fuel was stored there" against "destroyed a fuel depot"
        if _denies_presence(one) and _is_hit(other) and not is_use(other) \
                and class_group(one.target) == class_group(other.target) == "civil" \
                and (one.rule not in EMPTY_SITES or other.target.target_class == "civilians") \
                and not _toll_over_sites(other, claims):
            # "no civilians in the area" against "civilians were killed"; "an empty
            # courtyard" against "15 people were killed" (not against the school hit)
            return "presence"
        if _crowd_attacked(one, other):
            # rule ``conflict.crowd_attacked``: a force's word that the crowd attacked it
            # ("the mob attacked the police station") against another's word that the
            # force fired on the crowd: whether those shot were attackers is the dispute
            return "presence"
        if _attacked_unarmed(one, other):
            # rule ``conflict.attacked_unarmed``: a force's word that its men were
            # attacked and fired back ("two constables were ambushed with rifles and fired
            # back") against another's word that nobody there was armed ("none of those
            # lads carried a rifle"): whether those shot bore arms is the dispute
            return "presence"
        if _shot_anyone(one, other):
            # rule ``conflict.no_shot_fired``: "soldiers did not fire a single shot"
            # against "they shot him", "three farmers were shot dead": whoever was shot,
            # whether anyone was fired on is the dispute
            return "no_strike"
        if _is_hit(other) and not is_cause(other) and not is_use(other):
            if is_no_strike(one) and not _denied_origin(one) and not _stopped_in_flight(other) \
                    and one.rule not in CARRIED_OUT_NONE and not _own_operations_denied(one):
                # "no sign of an air strike" against "the strike hit X"; a force's word
                # that it carried out no missions there is a bare denial of its own
                # strike, no dispute of what it hit (rule ``conflict.own_strike_denied``)
                return "no_strike"
            if _own_craft_absent(one, other):
                # rule ``conflict.striker_absent``: "none of its jets were in the area",
                # the defence ministry said, against "jets fired a missile at an
                # air-defence post": whether the strike was the denier's at all
                return "no_strike"
            if is_cause(one) and not _both_combatant(one.target, other.target):
                return "cause"  # "a gas cylinder exploded" against "the strike hit X"
        if is_cause(one) and _blames_strike(other):
            return "cause"  # "a warehouse of explosives blew up" against "blamed an air strike"
    for one, other in ((a, b), (b, a)):
        if (one.rule in _UNARMED_RULES or _denied_fighter(one)
                or _denied_dead_fighter(one, claims)) and one.negated \
                and is_account(other) \
                and not other.negated and (
                    (other.target.target_class == "armed_group"
                     and other.rule.startswith(("casualty.", "copula.", _ACTED_ON,
                                                _ASSAILANTS)))
                    or (other.rule.startswith(_FIRED_BACK_RULES)
                        and other.target.target_class in ("armed_group", "unknown"))):
            # "He never held a gun," his widow said, against "he was an active member of
            # the Maoist squad", or "the personnel acted in self-defence against a
            # criminal" (whom a force fired back at bore arms, in its account): whether
            # the dead bore arms is the dispute
            return "presence"
    for one, other in ((a, b), (b, a)):
        if _denied_dead_civilians(one, claims) and is_account(other) and not other.negated \
                and other.target.target_class == "civilians" \
                and other.rule.startswith(("casualty.", "copula.")):
            # "those killed were no harmless villagers" against "the dead were villagers"
            return "presence"
    if _denied_hit(a, b) or _denied_hit(b, a):
        return "contrast"
    if _denied_firing_on_civilians(a, b, claims) or _denied_firing_on_civilians(b, a, claims):
        return "contrast"
    if _denied_their_attack(a, b) or _denied_their_attack(b, a):
        return "no_strike"
    for (neg, pos), where in (((a, b), at[1]), ((b, a), at[0])):
        if neg.negated and not is_miss(neg) and is_account(pos) \
                and matches(neg.target, pos.target, groups) \
                and not _no_dead_at_site(neg, pos) \
                and _offers_other(neg, where, claims, groups, split):
            return "contrast"
    for one, other in ((a, b), (b, a)):
        if _denies_presence(one) and one.rule.startswith(_PRESENCE_RULES) \
                and _is_hit(other) and not is_use(other) \
                and class_group(one.target) == class_group(other.target) == "combatant" \
                and ((_people_word(one) and _people_word(other))
                     or (_site_words(one) & _site_words(other)
                         and matches(one.target, other.target, groups))
                     or _nothing_military(one)):
            # "the militants had left before the bombardment"; "there were no camps of the
            # Pakistani Taliban" against "struck terrorist training camps"; "there was
            # nothing military there" against any combatant target
            return "presence"
    return None


# a force's word that it carried out no missions there, a denial of blame only (rule
# ``conflict.own_strike_denied``)
CARRIED_OUT_NONE = ("nostrike.carried_out_none", "nostrike.carried_out_no")
# a force's word that it fired back or acted against someone: whom it fired on is, in its
# account, one who bore arms
_FIRED_BACK_RULES = ("hit.self_defence", "hit.defended_against", "hit.return_fire",
                     "hit.at_acting", "hit.responded_against",
                     "hit.responded_in_manner_against", "hit.responded_to_attackers")


def _own_craft_absent(none: Claim, hit: Claim) -> bool:
    """``none`` is a state's or a force's denial that its own aircraft or forces were
    there ("none of its jets were in the area", "none of our helicopters were
    over the town"), and ``hit`` names no other side as its attacker."""
    if not none.negated or not none.rule.startswith(_PRESENCE_OF) \
            or none.party.type not in _STATE_BODIES \
            or none.target.target_class != "military":
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", none.target.text)}
    if not words & _OWN_WORDS or not words & _CRAFT_AND_FORCES:
        return False
    return hit.attacker is None or same_side(hit.attacker, none.party)


_PRESENCE_OF = ("use.presence", "use.present_in")
_OWN_WORDS = frozenset(["its", "our", "their", "his"])
_CRAFT_AND_FORCES = frozenset(["aircraft", "plane", "planes", "jet", "jets", "warplane",
                               "warplanes", "drone", "drones", "helicopter", "helicopters",
                               "troops", "forces", "soldiers", "units", "ships", "vessels"])


def _toll_over_sites(hit: Claim, claims: Sequence[Claim]) -> bool:
    """A toll or a site its party tells in one breath with two or more other sites hit
    ("gunmen killed 15 police officers and several civilians in attacks on churches,
    synagogues and a police post") is spread over those sites: that no one was inside one
    of them ("no worshippers had been inside the synagogue") does not dispute it."""
    sites = {c.target.text.lower() for c in claims
             if c.party.id == hit.party.id and c.evidence.start == hit.evidence.start
             and c.target.target_class in ("civilian_site", "military", "infrastructure")
             and not c.negated} - {hit.target.text.lower()}
    return len(sites) >= 2


UNDONE_HIT = "hit.passive"  # "Invincible has not been hit": the thing was not struck
# "the depot has not been touched": the same denial, told by what did not happen to it
UNDONE = (UNDONE_HIT, "miss.not_touched")


def _own_operations_denied(none: Claim) -> bool:
    """"No military operation by the alliance took place in the valley", the alliance's
    spokesman said, or "no alliance raids were flown over the town", a spokesman for the
    alliance said: the operations denied are the speaker's own (its name's
    word after "by", or before the strikes), a denial of its own strike as "carried out
    no strikes" is."""
    words = {w.lower() for w in re.findall(r"[\w'’-]+", none.party.name)} - _NAME_FILLERS
    if none.rule == "nostrike.none":
        named = _WHOSE_STRIKES.match(none.target.text)
        return named is not None and bool(set(named.group(1).lower().split()) & words)
    if none.rule != "nostrike.no_operation":
        return False
    found = _BY_WHOM.search(none.evidence.sentence)
    return found is not None and found.group(1).lower() in words


# whose operations a denial names ("no military operation by the alliance", "by our forces")
_BY_WHOM = re.compile(r"\boperations?\s+(?:\w+\s+){0,2}?by\s+(?:the\s+|its\s+|our\s+)?"
                      r"([\w'’-]+)", re.IGNORECASE)
# whose strikes a denial names before them ("no alliance raids", "no alliance air strikes")
_WHOSE_STRIKES = re.compile(r"no\s+((?:[\w'’-]+\s+){1,3}?)(?:air\s*)?(?:strikes?|raids?|"
                            r"operations?|missions?|sorties?|attacks?)$", re.IGNORECASE)
_NAME_FILLERS = frozenset(["the", "of", "for", "and", "spokesman", "spokeswoman",
                           "spokesperson"])


def _denied_origin(none: Claim) -> bool:
    """Rule ``conflict.denied_origin``: "no attack had been carried out from the
    province's territory" denies where a strike came from, not that it struck: no dispute
    with an account of what it hit ("no strike took place there" still is one)."""
    return _LAUNCHED_FROM.search(none.evidence.sentence) is not None


# a strike denied only as launched from a place: "launched from our soil", "took off
# from our territory", "fired from Pakistani airspace"
_LAUNCHED_FROM = re.compile(
    r"\b(?:launched|carried\s+out|fired|flown|took\s+off|originated|came)\s+from\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:soil|territory|territories|airspace|side|land|base|bases)\b",
    re.IGNORECASE)


def _names_again(neg: Claim, pos: Claim) -> bool:
    """The denial's head word is a word of the account's target: both name one thing
    ("the Kanaris", "the frigate Kanaris"; not "no British ship" against "the carrier")."""
    head = _head(neg.target.text)
    words = _words(pos.target.text)
    if head in _AIRLINER_WORDS:
        # "the aircraft was never hit" against "the airliner was brought down": one plane
        return bool(words & _AIRLINER_WORDS)
    return len(head) > 2 and head in words


# the words for one passenger plane
_AIRLINER_WORDS = frozenset(["plane", "airplane", "aeroplane", "airliner", "jetliner",
                             "aircraft", "boeing", "airbus"])


def _denied_their_attack(neg: Claim, pos: Claim) -> bool:
    """Rule ``conflict.denied_their_attack``: one side's denial that another side struck a
    thing ("the government denied reports that rebels had attacked the airport") against
    the striking side's, or anyone's, account that it was struck ("a drone had struck the
    airport"): whether the strike happened is the dispute. The denier is a state's body or
    official; not the accused denying its own role ("the army denied it had bombed the
    hospital", "the separatists' spokesman denied that its fighters had shelled the town"), a
    bare denial of blame."""
    attacker = neg.attacker
    if not neg.negated or not neg.rule.startswith("hit.") or attacker is None \
            or same_side(attacker, neg.party) or pos.negated or not is_account(pos) \
            or is_use(pos) or is_miss(pos) or same_side(neg.party, pos.party):
        return False
    # the denier is a state's own voice (the side said to have been struck); a group's
    # spokesman denying that "rebels" fired is the accused, whatever the parse's sides
    if neg.party.type not in _ADMITTING or "passive" in neg.rule or (
            attacker.type in _STATE_BODIES and attacker.country == neg.party.country):
        return False  # (a passive with a doer, "had not been hit by Turkish jets", denies blame)
    return _names_again(neg, pos)


def _denied_hit(neg: Claim, pos: Claim) -> bool:
    """Rule ``conflict.denied_hit``: one side's word that a thing was not struck at all
    ("Invincible has not been hit", Britain's defence ministry said) against another
    side's account that it was ("its aircraft had hit the carrier Invincible",
    Argentina said), or that it was not touched ("the depot has not been touched",
    against "our gunners hit the depot"). The denial is a passive with no doer:
    "the hospital was not struck by our forces" denies blame, not the hit, and a bare
    denial of blame is no dispute.
    The two name one thing: the denial's head word is the account's ("the carrier
    Invincible"), so "no British ship was damaged" does not answer "the carrier"."""
    if not neg.negated or neg.rule not in UNDONE or neg.attacker is not None \
            or not is_account(pos) or is_use(pos) or same_side(neg.party, pos.party):
        return False
    return _names_again(neg, pos)


def _denied_firing_on_civilians(neg: Claim, pos: Claim, claims: Sequence[Claim]) -> bool:
    """Rule ``conflict.denied_firing_on_civilians``: a state's or a force's word that its
    own men did not fire at, shoot or strike civilians in this incident ("a review found
    its soldiers had not shot at civilians by the flour depot") against another party's
    word that civilians were fired on there, by the denier's side or by no one named
    ("soldiers fired into a crowd queueing for flour at a distribution point"): whether
    those fired on were civilians is the dispute. Only a denial told in the past of one
    incident ("had not shot"; not "Moscow denies targeting civilians", a line of the whole
    war), and not one beside the denier's side blaming another attacker, a dispute of who
    fired."""
    if not neg.negated or not neg.rule.startswith("hit.") \
            or neg.target.target_class != "civilians" or neg.party.side is None \
            or neg.party.type not in _STATE_BODIES:
        return False
    if not is_account(pos) or pos.negated or is_use(pos) \
            or pos.target.target_class != "civilians" or same_side(pos.party, neg.party) \
            or (pos.attacker is not None and not same_side(pos.attacker, neg.party)):
        return False
    if not _DENIED_IN_PAST.search(neg.evidence.sentence):
        return False  # "Moscow denies targeting civilians": a line of the whole war
    if _BLAMING.search(neg.evidence.sentence):
        return False  # "denied its men had shot at civilians and blamed bandits"
    return not any(c.rule.startswith("blame.") and not c.negated
                   and same_side(c.party, neg.party) for c in claims)


# a denial of one incident, told in the past: "its soldiers had not shot at civilians"
_DENIED_IN_PAST = re.compile(r"\b(?:did|had|was|were)\s*(?:not\b|n['’]t\b)", re.IGNORECASE)
# a denier that names another author of the shooting in its own sentence
_BLAMING = re.compile(r"\b(?:blam|accus|attribut)\w*", re.IGNORECASE)


# a site named by its bare kind ("a building"), which another account may say what was in
_BARE_CONTAINERS = frozenset(["building", "house", "block", "structure", "compound"])
# ... and the bare kinds of store, which another account may say what it kept
_BARE_STORES = frozenset(["warehouse", "shed", "barn", "hangar", "storehouse"])
_BARE_SITES = _BARE_CONTAINERS | _BARE_STORES


def _inside_bare(bare: Claim, named: Claim) -> bool:
    """Rule ``conflict.inside_bare``: "an airstrike levelled a building" against "the
    military said it had struck a Hezbollah command centre in the building": the second
    tells what was in the building the first names by its bare kind, no other target.
    Only a bare "building", "house" or "block" is so answered; "a residential building"
    says what it was, and civilians counted hurt still dispute the command centre. So too
    a use told of the same site named again ("destroyed a warehouse" against "the
    warehouse was used by the group to store weapons"): what it held, no other target."""
    words = [w for w in re.findall(r"[a-z]+", bare.target.text.lower())
             if w not in ("a", "an", "the", "one", "this", "that")]
    if len(words) != 1 or singular(words[0]) not in _BARE_SITES:
        return False
    if is_use(named) and not named.negated and re.search(
            r"\b(?:the|that|this)\s+" + re.escape(words[0]) + r"\b", named.evidence.sentence,
            re.IGNORECASE) is not None:
        return True  # "the warehouse was used by the group to store weapons"
    return singular(words[0]) in _BARE_CONTAINERS and re.search(
        r"\b(?:in|inside|within)\s+(?:the|that|this)\s+" + re.escape(words[0]) + r"\b",
        named.evidence.sentence, re.IGNORECASE) is not None


# what a site may be said to have kept that makes it a target, as :func:`target_head` gives it
_KEPT_ARMS = frozenset(["weapon", "arm", "arms", "ammunition", "munition", "explosive", "rocket",
                        "missile", "drone", "bomb", "shell", "mortar", "launcher", "gun",
                        "rifle", "equipment", "hardware", "weaponry"])
_KEPT_GOODS = _KEPT_ARMS | frozenset(["fuel"])
# the heads of a site named for what it keeps ("an ammunition depot", "a weapons store")
_STORE_HEADS = frozenset(["depot", "store", "storage", "cache", "warehouse", "arsenal", "dump",
                          "magazine", "stockpile", "facility", "site"])


def _stores_denied(denial: Claim, hit: Claim) -> bool:
    """Rule ``conflict.stores_denied``: a party's word that no arms or fuel were kept at
    the site ("no fuel was stored there", the owner said; "no weapons had been stored in
    the building") against another side's account that the strike hit a store of them
    ("destroyed a fuel depot used by the army", "an ammunition depot"): what the site
    held is the dispute. Only a store named for those goods, or for arms one named by no
    goods ("a depot" its teller counts military), is answered, not a base or a command
    post the denial says nothing of, nor a fuel depot by a denial of arms."""
    if not (is_use(denial) and denial.negated) or not is_account(hit) or is_use(hit) \
            or same_side(denial.party, hit.party) \
            or hit.target.target_class not in ("military", "armed_group", "infrastructure"):
        return False
    kept = target_head(denial.target.text)
    if kept not in _KEPT_GOODS:
        return False
    words = _words(hit.target.text)
    if not words & _STORE_HEADS:
        return False
    named = words & _KEPT_GOODS
    if named:
        return kept in named or (kept in _KEPT_ARMS and bool(named & _KEPT_ARMS))
    # a store its teller names by no goods ("struck a depot", class military): arms
    return kept in _KEPT_ARMS and hit.target.target_class in ("military", "armed_group")


def _road_not_base(struck: Claim, told: Claim) -> bool:
    """Rule ``conflict.infrastructure``: the striker's account of a combatant target
    ("one of its F-16s destroyed two Cambodian military targets", the Thai army said)
    against a named side's account that the strike hit a road, a power station or a
    bridge instead ("Thai jets dropped two bombs on a road", Cambodia's defence ministry
    said). Only a party with a side of its own, not on the striker's, answers so (a
    resident's "the bridge was destroyed" tells what was hit, not what it was, and so does
    a wire's reporter who saw it), and only of another thing (the bridge "used by
    militants" and "the bridge" are one site), not of infrastructure the striker itself
    names ("energy facilities that supply the defence industry" and "the thermal power
    plant": what the site served is its word)."""
    if not (is_account(struck) and is_account(told)) or is_use(struck) or is_use(told):
        return False
    if class_group(struck.target) != "combatant" or told.target.target_class != "infrastructure":
        return False
    if _words(struck.target.text) & _INFRASTRUCTURE_KINDS:
        return False  # "energy facilities that supply the defence industry": the same kind
    attacker = struck.attacker or told.attacker  # (either names who struck)
    if attacker is None or not same_side(attacker, struck.party) \
            or ((told.party.side is None or told.party.type == "media")
                and not _ONLY_HIT.search(told.evidence.sentence)) \
            or same_side(told.party, attacker):
        return False
    return not (_content_words(struck.target.text) & _content_words(told.target.text))


# the words of infrastructure a striker's own account may name ("energy facilities that
# supply the defence industry"), as :func:`_words` gives them
_INFRASTRUCTURE_KINDS = frozenset(["energy", "power", "electricity", "grid", "substation",
                                   "plant", "refinery", "fuel", "oil", "gas", "water",
                                   "bridge", "railway", "rail", "port", "pipeline", "dam",
                                   "infrastructure"])


def _words(text: str) -> set[str]:
    """A text's words in lower case, each singular ("depots" -> "depot")."""
    return {singular(w) for w in re.findall(r"[a-z]+", text.lower())}


# an account that names the one thing hit ("the only equipment damaged on the summit was a
# mobile phone mast", "the only structure hit was the old footbridge"): it rules out any
# other, whoever tells it
_ONLY_HIT = re.compile(r"\bthe\s+only\s+(?:[\w-]+\s+){1,3}?(?:hit|damaged|struck|destroyed)\b",
                       re.IGNORECASE)


def _grants_infrastructure(at: int, claims: Sequence[Claim], split: _Split) -> bool:
    """The striker's own side tells of infrastructure hit too, in the same incident as its
    account at ``at`` ("the targets included fuel storage facilities and energy
    infrastructure", the army said): the other side's "the port's fuel depots were hit"
    is then what both say, not a dispute of the military targets."""
    struck = claims[at]
    return any(c.target.target_class == "infrastructure" and is_account(c) and not c.negated
               and same_side(c.party, struck.party) and not split(k, at)
               for k, c in enumerate(claims))


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3}


# what a blame names when it blames an attack, not a party ("blamed a regime airstrike"),
# as :func:`_head` gives it (singular)
_STRIKE_WORDS = frozenset(["airstrike", "strike", "shelling", "drone", "bombing",
                           "bombardment", "missile", "raid", "artillery", "rocket", "bomb"])


def _no_losses(claim: Claim, claims: Sequence[Claim]) -> bool:
    """Rule ``conflict.no_losses``: a force's word that none of its soldiers was hurt ("the
    Israeli military said no soldiers had been hurt in the attack"), from a party that
    tells nothing of its own hit, answers the other side's account of its forces struck as
    a miss does; a party that grants a hit ("a rocket hit the base; no soldiers were
    hurt") disputes nothing. So is its word that no post or position of its own was hit
    ("not a single Pakistani post had been destroyed", the army's spokesman said, against
    "our troops destroyed Pakistani posts"): what the other side says it struck was
    spared, as a miss says."""
    own_site = claim.rule.startswith("hit.") and claim.own_target
    return claim.negated and (claim.rule.startswith("casualty.") or own_site) \
        and claim.target.target_class == "military" \
        and claim.party.type in _STATE_BODIES \
        and not any(o.party.id == claim.party.id and not o.negated and is_account(o)
                    and o.evidence.article_id == claim.evidence.article_id for o in claims)


def _blames_strike(claim: Claim) -> bool:
    """Rule ``conflict.cause_blamed``: a party that blames an attack for what happened
    ("all other sources blamed a regime airstrike, drones or shelling") disputes an
    account that something else caused it, though it names no target."""
    return claim.rule.startswith("blame.") and not claim.negated \
        and _head(claim.target.text) in _STRIKE_WORDS


# a speaker's word that the dead bore no arms ("He never held a gun"; "Nobody there was
# armed"), against an account that they were armed men (rule ``conflict.never_armed``)
_UNARMED_RULES = frozenset(["use.never_armed", "use.had_no_gun", "use.none_had_gun",
                            "use.none_armed", "use.empty_handed", "use.none_fired"])
# a force's word that it acted on intelligence about armed men at the site ("acting on
# intelligence about militants hiding there"): in its account, those there bore arms
_ACTED_ON = "use.intelligence_"
# ... or that armed men assailed it ("a patrol was ambushed by men with rifles")
_ASSAILANTS = "use.assailants_"


def _denied_fighter(claim: Claim) -> bool:
    """"My husband was not a drug dealer," his widow said: a denial that the dead was one
    of an armed group (``use.was_not_combatant`` of people, not of a site: "our assembly
    was not a camp"; ``copula.hit_subject``: "the men killed were not militants"), which
    another party's word that he was disputes."""
    return claim.rule in ("use.was_not_combatant", "copula.hit_subject") \
        and claim.target.target_class == "armed_group"


# rows that say who the dead were ("families said they were not associates of militants",
# "the victims were not fighters", "he was no rebel commander")
_DEAD_IDENTITY = ("copula.victim", "copula.named_person", "copula.those_who_died",
                  "copula.dead_described_as")


def _denied_dead_civilians(claim: Claim, claims: Sequence[Claim]) -> bool:
    """Rule ``conflict.dead_not_civilians``: a party's word that those killed were not
    civilians ("those killed were no harmless villagers", "the victims were not innocent
    shepherds"), from a party that tells of no civilians hit in the same breath ("they
    were not harmless villagers but farm hands" names other civilians): against another's
    word that they were, whether the dead were civilians is the dispute."""
    if not claim.negated or claim.target.target_class != "civilians" or not (
            claim.rule.startswith(_DEAD_IDENTITY) or claim.rule == "copula.this_was_not"):
        return False
    return not _party_tells(claim, claims, "civil", same_sentence=True)


def _denied_dead_fighter(claim: Claim, claims: Sequence[Claim]) -> bool:
    """Rule ``conflict.dead_not_fighters``: a party's word that those killed were not of an
    armed group ("families said they were not associates of militants"), from a party
    that tells of no fighters or arms itself: one that does ("arms were found on them
    ... they were not members of the Front") disputes which group, not whether they
    bore arms."""
    if not claim.rule.startswith(_DEAD_IDENTITY) or claim.target.target_class != "armed_group":
        return False
    return not _party_tells(claim, claims, "combatant")


def _party_tells(claim: Claim, claims: Sequence[Claim], group: str,
                 same_sentence: bool = False) -> bool:
    """Does ``claim``'s party, in ``claims``, affirm a target of ``group`` ("civil",
    "combatant"), in any sentence or (``same_sentence``) in the claim's own?"""
    return any(c.party.id == claim.party.id and not c.negated
               and (not same_sentence or c.evidence.start == claim.evidence.start)
               and class_group(c.target) == group for c in claims)

# constructions that say who was (or was not) at the struck place: "only civilians were
# in the theatre", "the militants had left before", "there were no Daesh there", "the
# group had no fighters in the area" (people, not things: "no aircraft in the skies" is
# no denial that fighters were hit, :func:`_people_word`)
_PRESENCE_RULES = ("use.presence", "use.left_before", "use.none_there", "use.none_exists",
                   "use.none_had", "use.none_armed", "use.nothing_military",
                   "use.no_evidence_of")
# a denial that anything military was at a site, whatever the kind: "there was nothing
# military there", "no evidence of a military target", "no military objective"
_GENERIC_MILITARY = frozenset(["nothing", "military", "armed", "target", "objective",
                               "presence", "activity", "site", "use", "equipment",
                               "hardware"])


def _nothing_military(claim: Claim) -> bool:
    """Rule ``conflict.presence``: "there was nothing military there", "found no evidence
    of a military target", "there had never been military equipment at the school" deny
    any combatant target at the site, not one kind only (not "no fighters there" against
    "struck a depot")."""
    return claim.rule in ("use.nothing_military", "use.no_evidence_of", "use.presence",
                          "use.none_there", "use.none_there_never") \
        and _head(claim.target.text) in _GENERIC_MILITARY


_INTERCEPTED = ("miss.intercepted", "miss.shot_down", "miss.brought_down")
# what falls after an interception and may hurt or damage on its own
_FALLOUT = re.compile(r"\b(?:debris|fragments?|shrapnel|wreckage|falling|remnants?|parts)\b",
                      re.IGNORECASE)


HARDWARE_LOST = "miss.no_hardware_lost"
# arms and machines a force may lose: what "no hardware was lost" answers
_GEAR = re.compile(
    r"\b(?:hardware|equipment|weapons?|weaponry|artillery|howitzers?|tanks?|vehicles?|"
    r"aircraft|jets?|helicopters?|launchers?|guns?|ammunition|materiel|assets?|"
    r"systems?|batter(?:y|ies)|radars?|depots?|stores?|drones?)\b", re.IGNORECASE)


def _answers(miss: Claim, hit: Claim) -> bool:
    """Rule ``conflict.miss_same_kind``: a miss answers a hit of the same kind of target
    ("the missiles missed the ship" against "the missiles hit the ship"), or any hit when
    it names no site spared (weapons stopped in the air, "fell in open ground") or the
    kind of the site is unknown. "No damage to homes" does not answer "struck militant
    hideouts in the mountains", nor does "exploded near a military school" answer "the
    attackers had been aiming at the base": a strike aimed at a site that fell near a
    site of its kind."""
    if miss.rule == HARDWARE_LOST:
        # rule ``conflict.no_hardware_lost``: "we lost no heavy equipment" answers "its
        # guns wrecked four tanks", not "killed 20 fighters"
        return _GEAR.search(hit.target.text) is not None
    if not miss.rule.startswith(SPARED_RULES):
        return True
    kind, other = class_group(miss.target), class_group(hit.target)
    if miss.rule == REPELLED:
        # "attacks on the airport were beaten off" answers what the attack is said to
        # have hit there, not the attackers' jets shot down; nor the defenders killed, nor
        # that the site was attacked ("Maoists attacked the camp", "two jawans were
        # killed": an attack beaten off may cost lives)
        return kind == other and not _people_word(hit) and hit.action != "attack"
    if miss.rule.startswith(_NEAR) and (_edge_of_site(hit) or _bare_count(hit)):
        # "struck near a hall" and "at the entrance of the viewing centre", or "killed
        # at least 30 people", which says nothing of where they were
        return False
    if miss.rule.startswith(_NO_DAMAGE) and (_spared_part(miss, hit) or _things_not_people(
            miss, hit)):
        return False
    if kind is None or other is None:
        return True
    return kind == other and not (miss.rule.startswith(_NEAR) and hit.rule.startswith(AIM_RULE))


def _spared_part(miss: Claim, hit: Claim) -> bool:
    """Rule ``conflict.spared_part``: "all our aircraft are safe", "no damage to the
    radar" name a part of an installation another account says was struck ("stormed
    the air force station", "targeted a military installation"): what was spared inside
    it, not a denial that it was hit. The same thing named on both sides ("the airstrip
    is intact" against "hit the airstrip") stays a dispute."""
    spared = miss.target.text.lower()
    if " to " in spared:
        spared = spared.rsplit(" to ", 1)[1]  # "no damage to the radar": the radar
    spared_head = spared.split()[-1] if spared.split() else ""
    struck = hit.target.text.lower().split()
    if spared_head in _INSTALLATIONS \
            and miss.target.target_class == hit.target.target_class != "unknown":
        # "the plant was untouched" against "knocked out the power station": the whole
        # site of the same kind under another name, not a part of it
        return False
    return bool(struck) and struck[-1] in _INSTALLATIONS and spared_head != struck[-1] \
        and spared_head not in ("damage", "nothing", "hit")


def _things_not_people(miss: Claim, hit: Claim) -> bool:
    """Rule ``conflict.spared_part``, for people: things said safe or intact ("all our
    aircraft are safe") do not answer a toll of the force's men ("among those killed was
    a commando"); the same things said hit still do ("destroyed two helicopters"). Nor do
    people said safe ("all crew were safe") answer a craft or a site said hit ("attacked
    the bulk carrier"): a ship hit may keep its crew unhurt."""
    if miss.rule == _INTACT and hit.rule.startswith(TOLL_RULES) \
            and hit.target.target_class == "civilians" \
            and (_head(miss.target.text) in _CREW_HEADS
                 or miss.target.target_class in ("civilian_site", "infrastructure")):
        # rule ``conflict.spared_others``: "all Indian embassy staff were safe and the
        # embassy building was intact" against "the bomb killed 80 people": a party's own
        # people or a site said spared deny no toll of others
        return True
    if miss.rule == _INTACT and _head(miss.target.text) in _CREW_HEADS:
        return hit.target.target_class in ("civilian_site", "infrastructure") or (
            hit.target.target_class == "military" and not _people_word(hit))
    return miss.rule == _INTACT and _head(miss.target.text) in _THING_HEADS \
        and _people_word(hit)


# the people aboard or inside a site, said safe ("all crew were safe", "the embassy team
# was safe")
_CREW_HEADS = frozenset(["crew", "crews", "crewmembers", "passengers", "sailors",
                         "seafarers", "staff", "workers", "personnel", "occupants",
                         "everyone", "residents", "team", "teams", "diplomats", "employees"])


_INTACT = "miss.no_damage_intact"
_NO_DAMAGE = ("miss.no_damage",)
# sites that hold things a party may say were spared inside them
_INSTALLATIONS = frozenset(["base", "bases", "station", "stations", "airbase", "airport",
                            "airfield", "port", "facility", "facilities", "installation",
                            "installations", "complex", "compound", "plant", "refinery",
                            "depot"])


def _near_in_damage(miss: Claim, claims: Sequence[Claim]) -> bool:
    """Rule ``conflict.near_in_damage``: "the first missile hit near the congress centre,
    and the second exploded in the roadway", "hitting warehouses and narrowly missing the
    gas tanker": a party that tells, in the same sentence, what the strike did hit gives
    what it fell near or missed as part of its account of the damage, not as a denial
    that a site was hit."""
    if not miss.rule.startswith(_IN_DAMAGE):
        return False
    return any(c is not miss and c.party.id == miss.party.id and not c.negated
               and not is_miss(c) and c.evidence.sentence == miss.evidence.sentence
               for c in claims)


_NEAR = ("miss.near",)
_IN_DAMAGE = ("miss.near", "miss.object")  # where a strike fell beside what it hit


def _edge_of_site(hit: Claim) -> bool:
    """A hit on a site's edge ("the entrance of the viewing centre", "the gate of the
    base"), which a blast "near" the site may be."""
    words = _count_words(hit.target.text)
    return bool(words) and _singular(words[-1]) in _EDGE_WORDS


_EDGE_WORDS = frozenset(["entrance", "gate", "doorway", "door", "perimeter", "wall", "fence",
                         "outskirt", "edge", "outside", "exterior"])


def _warning_unowned(miss: Claim) -> bool:
    """Rule ``conflict.warning_by_force``: fire "to warn" disputes a toll only in the
    force's own voice (its military, ministry, state or an official: "We fired in the
    air," the commander said); a witness who saw police fire into the air tells one
    thing they did, not that they hit no one."""
    return miss.rule in WARNING_RULES and not (
        miss.party.type in _ADMITTING or bool(_FORCE_TITLE.search(miss.party.name)))


def _warned_other_fire(miss: Claim, hit: Claim) -> bool:
    """Rule ``conflict.warning_own_fire``: a party's word that its own forces fired warning
    shots ("its soldiers had fired warning shots before the clash escalated") answers no
    strike another side made ("struck a Lebanese army battalion headquarters"): they are
    two fires, not two accounts of one."""
    return miss.rule in WARNING_RULES and hit.attacker is not None \
        and hit.attacker.side is not None and miss.party.side is not None \
        and not same_side(hit.attacker, miss.party) \
        and (miss.attacker is None or same_side(miss.attacker, miss.party))


# a force, or its men, by the words a story names them with: a person who speaks for a
# force by title ("Air force spokesman Olatokunbo Adesanya"), "the officers", "agents of
# the unit"
_FORCE_TITLE = re.compile(rf"\b(?:{FORCE_WORDS}|air force|navy|police|guard|officers?|agents?|"
                          r"personnel|patrols?|policemen|troopers?|constables?|gendarmes?)\b",
                          re.IGNORECASE)


def _partial_interception(miss: Claim, claims: Sequence[Claim]) -> bool:
    """Rule ``conflict.partial_interception``: "It said seven missiles were shot down" and
    "it acknowledged that two vessels were damaged": a side that tells, in the
    same article, what the weapons it did not stop hit gives its interceptions as part
    of that account (not what they were fired at: "missiles fired at the base" grants no
    hit). They dispute no other account of a site hit; what the sites were is still
    disputed, hit against hit. What the stopped weapons' debris hit ("falling debris
    damaged a power line") is no weapon that got through."""
    return miss.rule.startswith(_INTERCEPTED) and any(
        same_side(o.party, miss.party) and o.evidence.article_id == miss.evidence.article_id
        and _is_hit(o) and not o.rule.startswith((*TOLL_RULES, *_AIMS))
        and not _FALLOUT.search(o.evidence.sentence) for o in claims)


def _after_interception(miss: Claim, hit: Claim) -> bool:
    """Rule ``conflict.interception_fallout``: a weapon stopped in the air ("air defences
    intercepted the missile") disputes an account that it struck a site ("the missile
    hit the airport"), not a toll ("two people were hurt running to shelters"), what
    its debris hit ("debris from the drone damaged a house"), an aim ("saying it had
    targeted the airport") nor another day's salvo."""
    sentence = hit.evidence.sentence
    return miss.rule.startswith(_INTERCEPTED) and (
        hit.rule.startswith(TOLL_RULES) or bool(_FALLOUT.search(sentence))
        or hit.rule.startswith(_AIMS) or _told_as_aim(sentence)
        or _other_day(miss, hit))


# an aim ("fired two missiles, saying it had targeted the airport") is
# what an interception stops; only a hit ("the missile struck the airport", "reached its
# target") disputes it
_AIMED = re.compile(r"\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)?|launch(?:es|ed|ing)?)\b",
                    re.IGNORECASE)
_LANDED = re.compile(r"\b(?:struck|strikes?|hit|hits|destroy\w*|damag\w*|land(?:s|ed|ing)"
                     r"|explod\w*|slammed|crashed|reach(?:ed|es)?)\b", re.IGNORECASE)


def _aim_only(hit: Claim) -> bool:
    """Rule ``conflict.aim_missed``: "the Houthis said they had targeted the tanker with
    two missiles" tells an aim, which "both missiles splashed down near the ship" does not
    dispute: a sentence that targets and says nothing landed or struck (no hit, blast or
    damage word)."""
    return hit.rule.startswith("hit.") and _told_as_aim(hit.evidence.sentence)


def _told_as_aim(sentence: str) -> bool:
    """The sentence targets or launches and says nothing landed or struck."""
    return bool(_AIMED.search(sentence)) and not _LANDED.search(sentence)


def _other_day(a: Claim, b: Claim) -> bool:
    """Interceptions are daily in a missile war: across articles, one published on another
    day tells of another salvo ("the missile fired on Thursday was intercepted" is no
    answer to Friday's "the missile struck the airport"). Articles with no date decide
    nothing."""
    pa, pb = a.evidence.published, b.evidence.published
    return a.evidence.article_id != b.evidence.article_id and pa is not None \
        and pb is not None and pa.date() != pb.date()


def _denies_presence(claim: Claim) -> bool:
    """Rule ``conflict.presence``: a party that says no civilians were where the strike
    fell ("there were no civilians in the area") disputes another's account
    that civilians were hit there, and one that says the fighters were gone ("the
    militants had left the village before the bombardment", "denied that any of its
    fighters were in the market") another's that fighters were hit; it is an account of
    the target, not a denial of who struck. Fighters gone answer only fighters hit, not
    a depot or a base. A site called empty ("an empty courtyard") answers people hit."""
    return is_use(claim) and claim.negated \
        and (claim.target.target_class in ("civilians", "armed_group", "military")
             or claim.rule in EMPTY_SITES)


# "the mortar landed in an empty courtyard", "the army said the building was empty": no one
# was there
EMPTY_SITES = ("use.empty_site", "use.empty_site_said")


# whether the claims at two indices tell different incidents (the rule's id, or None)
_Split = Callable[[int, int], str | None]


def _both_combatant(a: Target, b: Target) -> bool:
    """"the blast came from a weapons depot" does not answer "the strike hit a depot"."""
    return class_group(a) == class_group(b) == "combatant"


def _crowd_attacked(force: Claim, crowd: Claim) -> bool:
    """``force``: an account that a crowd attacked a force's post or men ("the mob attacked
    the police station and the army post", "villagers armed with axes attacked a police
    team");
    ``crowd``: another's account of civilians hit, or of one person shot ("they shot
    him"), by a state's force or no attacker named (not people another armed side shot)."""
    if force.negated or crowd.negated or not is_account(crowd) or not (
            crowd.target.target_class == "civilians"
            or (crowd.target.target_class == "unknown" and crowd.rule.startswith("hit.")
                and crowd.target.text.lower() in _PERSON_PRONOUNS)):
        return False
    if crowd.attacker is not None and crowd.attacker.type not in _STATE_BODIES:
        return False  # people another armed side shot
    post = class_group(force.target) == "combatant" or force.own_target \
        or _FORCE_TITLE.search(force.target.text) is not None
    return post and (_CROWD_ATTACK.search(force.evidence.sentence) is not None
                     or _ATTACKED_BY_CROWD.search(force.evidence.sentence) is not None
                     or _FIRED_FROM_CROWD.search(force.evidence.sentence) is not None
                     or _ASSAILANTS_ON_FORCE.search(force.evidence.sentence) is not None)


# one person shot, named by a pronoun ("they shot him"), whose kind no word says
_PERSON_PRONOUNS = frozenset(["him", "her", "he", "she"])
# a crowd as the subject of an attack on a post: "the mob attacked", "rioters stormed",
# "agitators threw stones", "hundreds of villagers attacked the post"
_CROWD_ATTACK = re.compile(
    r"\b(?:mobs?|crowds?|protesters?|protestors?|demonstrators?|rioters?|miscreants?|"
    r"agitators?|people|villagers|residents|youths|students|marchers|supporters|"
    r"partygoers|revellers|fans|worshippers|mourners)\b"
    r"[^.;]{0,60}?\b(?:attack(?:ed|ing)|storm(?:ed|ing)|pelt(?:ed|ing)|"
    r"torch(?:ed|ing)|set\s+fire|threw|throwing|fired|opened\s+fire|rushed|charged)\b",
    re.IGNORECASE)


# the same told in the passive: "a police unit was attacked by a masked group of about 30
# people carrying machetes", "officers were pelted by a mob" (not "attacked by
# gunmen": armed men at the post are no crowd)
_ATTACKED_BY_CROWD = re.compile(
    r"\b(?:attacked|stormed|pelted|charged|stoned|assaulted|surrounded)\s+by\s+"
    r"(?:(?!\b(?:gunmen|militants?|fighters?|insurgents?|rebels?|terrorists?|soldiers|"
    r"troops)\b)[^.;]){0,40}?"
    r"\b(?:mobs?|crowds?|protesters?|protestors?|demonstrators?|rioters?|villagers|"
    r"residents|youths|students|people|supporters|fans)\b", re.IGNORECASE)
# and armed men the force says fired from inside the crowd: "troops were shot at by
# armed men hiding among the marchers", "attacked by gunmen in the crowd" (the force's
# word that it was attacked from the crowd it fired into)
_FIRED_FROM_CROWD = re.compile(
    r"\b(?:attacked|fired\s+(?:on|upon|at)|shot\s+at)\s+by\s+[^.;]{0,40}?"
    r"\b(?:among|from|within|inside|in)\s+(?:the\s+)?(?:crowds?|protesters?|protestors?|"
    r"demonstrators?|marchers|mourners)\b", re.IGNORECASE)


# what a force calls the people it says attacked it, as the subject of the attack:
# "saboteurs stormed police stations", "the suspects ambushed a roadblock",
# "assailants shot at a roadblock" (not "gunmen attacked the police station": armed men at
# a post are an attack of their own, not the people the force fired on)
_ASSAILANTS_ON_FORCE = re.compile(
    r"\b(?:suspects|criminals|assailants|attackers|aggressors|bandits|robbers|smugglers|"
    r"occupiers|saboteurs|outlaws|thugs|hooligans)\b"
    r"[^.;]{0,60}?\b(?:attack(?:ed|ing)|fired|opened\s+fire|shot\s+at|ambushed|"
    r"storm(?:ed|ing))\b", re.IGNORECASE)


# accounts that no one was fired on at all ("not a single shot was fired")
_NO_SHOT_RULES = ("nostrike.no_shots", "nostrike.not_a_single_shot")


def _attacked_unarmed(force: Claim, unarmed: Claim) -> bool:
    """``force``: a force's own men attacked, in a sentence that tells them firing back
    ("the patrol was ambushed at the ford and shot back", "they came under attack with
    rifles and fired warning shots", "officers faced gunfire and had to respond");
    ``unarmed``: another speaker's word that the people there bore no arms
    (``use.none_had_gun``, ``use.had_no_gun``, ...), that nobody armed was there ("there
    was no robber in the flat") or that the dead was none ("my son was never a
    gangster"). Gunmen who attacked a checkpoint, with no word of the force firing back,
    dispute no one's word that a boy was unarmed."""
    denies_arms = unarmed.rule in _UNARMED_RULES or _denied_fighter(unarmed) or (
        unarmed.rule in _NONE_ARMED_THERE and unarmed.target.target_class == "armed_group")
    if not unarmed.negated or not denies_arms or force.negated \
            or not is_account(force) or is_use(force) or force.party.id == unarmed.party.id:
        return False
    sentence = force.evidence.sentence
    is_force = class_group(force.target) == "combatant" or force.own_target \
        or _FORCE_TITLE.search(force.target.text) is not None
    return is_force and _FORCE_ATTACKED.search(sentence) is not None \
        and _FIRED_BACK.search(sentence) is not None


# that nobody armed was at the site: "there were no gunmen in the flat"
_NONE_ARMED_THERE = frozenset(["use.none_there", "use.none_there_never", "use.none_armed"])
# the men attacked, in the passive: "were attacked with firearms", "was met with gunfire";
# or the fire they faced: "faced heavy gunfire from the camp", "came under fire"
_FORCE_ATTACKED = re.compile(
    r"\b(?:attacked|ambushed|(?:opened\s+)?fire[ds]?\s+(?:on|upon|at)|shot\s+at|"
    r"met\s+with\s+(?:heavy\s+)?(?:gun)?(?:fire|shots)|"
    r"(?:faced|came\s+under|come\s+under)\s+(?:heavy\s+|intense\s+|sustained\s+)?"
    r"(?:gun)?fire)\b", re.IGNORECASE)
# the force firing back: "returned fire", "repelled the attackers", "fired warning shots",
# "acted in self-defence", "were forced to respond" (or had to), "an exchange of fire",
# or the men "fired first"
_FIRED_BACK = re.compile(
    r"\b(?:return(?:ed|ing)?\s+fire|fired\s+back|repel(?:led|ling)?|"
    r"exchanges?\s+of\s+(?:gun)?fire|gun\s*(?:fight|battle)s?|shoot-?outs?|firefights?|"
    r"(?:fired|opened\s+fire|shot)\b[^.;]{0,30}?\bfirst\b|"
    r"self[- ]defen[cs]e|warning\s+shots|defend(?:ed)?\s+themselves|"
    r"(?:forced|had)\s+to\s+(?:respond|return\s+fire|fire\s+back))\b", re.IGNORECASE)


def _shot_anyone(none: Claim, other: Claim) -> bool:
    """``none`` says no one was fired on; ``other`` tells people or a place hit whose kind
    no word says ("him", "all eight of those", "dozens more"), by no other attacker."""
    return none.rule in _NO_SHOT_RULES and is_account(other) \
        and other.target.target_class == "unknown" \
        and other.rule.startswith(("hit.", "casualty.")) \
        and not is_cause(other) and not is_use(other) \
        and same_attacker(none.attacker, other.attacker)


def _is_hit(claim: Claim) -> bool:
    return is_account(claim) and claim.target.target_class != "unknown"


def _struck_home(claim: Claim) -> bool:
    """A hit a miss can answer: :func:`_is_hit`, not an account of who or what was at a
    site ("helicopters parked there", which "all our aircraft are safe" does not deny),
    or a weapon said to have reached its target (``hit.reached_target``), whatever the
    target was: "the missile reached its target" against "air defences intercepted the
    missile" (rule ``conflict.reached``)."""
    return (_is_hit(claim) and not is_use(claim) and not _stopped_in_flight(claim)) \
        or (is_account(claim) and claim.rule in REACHED_RULES)


# a weapon that got through: it "reached its objective", "interceptors failed to stop it"
# (rule ``conflict.reached``)
REACHED_RULES = frozenset(["hit.reached_target", "hit.defences_failed"])


def _offers_other(neg: Claim, at: int, claims: Sequence[Claim], groups: GroupDirectory,
                  split: _Split) -> bool:
    """A denial counts only when the denying party gives its own, different account of
    the same incident ("hit the trees, not a camp") as the account at index ``at``; a
    bare denial is not a conflict. The account may come from another body of the
    denying side ("the junta denied bombing a concert ... its information team said the
    target was a rebel base")."""
    pos = claims[at]
    for k, other in enumerate(claims):
        if not same_side(other.party, neg.party) or not _is_hit(other):
            continue
        if split(k, at):
            continue
        if not matches(other.target, pos.target, groups):
            return True
    return False


# ------------------------------------------------------------------ alerts

def _accounts(
    claims: Iterable[Claim], parties: set[str], weight: Counter[str] | None = None
) -> tuple[PartyAccount, ...]:
    """One account per party: the most contradicted party first, then in text order;
    targets of unknown kind are left out when the party names something clearer."""
    by_party: dict[str, list[Claim]] = {}
    actors: dict[str, Actor] = {}
    for claim in claims:
        if claim.party.id in parties:
            by_party.setdefault(claim.party.id, []).append(claim)
            actors.setdefault(claim.party.id, claim.party)
    weight = weight or Counter()
    order = sorted(by_party, key=lambda p: (-weight[p], min(c.evidence.start
                                                          for c in by_party[p]), p))
    out = []
    for pid in order:
        cl = by_party[pid]
        if any(c.target.target_class != "unknown" for c in cl):
            cl = [c for c in cl if c.target.target_class != "unknown" or is_miss(c)
                  or is_no_strike(c) or is_cause(c)]
        targets: list[Target] = []
        evidence: list[Evidence] = []
        for c in sorted(cl, key=lambda c: (c.negated, c.evidence.start)):
            tgt = c.target if not c.negated else Target(
                _no(c.target.text) if is_no_strike(c)
                else f"not {c.target.text}" if not is_miss(c) else c.target.text,
                c.target.target_class, c.target.actor_id)
            if is_cause(c):
                tgt = Target(f"caused by {c.target.text}", c.target.target_class,
                             c.target.actor_id)
            if tgt not in targets:
                targets.append(tgt)
            if c.evidence not in evidence:
                evidence.append(c.evidence)
        role = NARRATES if all(c.cue == NARRATES for c in cl) else "party"
        out.append(PartyAccount(actors[pid], tuple(targets), tuple(evidence), role))
    return tuple(out)


def _no(text: str) -> str:
    return text if text.lower().startswith("no ") else f"no {text}"


def _summary(accounts: Sequence[PartyAccount]) -> str:
    parts = []
    for acc in accounts:
        said = ", ".join(t.text for t in acc.targets[:3])
        parts.append(f"reported by {acc.party.name}: {said}" if acc.role == NARRATES
                     else f"{acc.party.name} says {said}")
    return "; ".join(parts)


_BASE = {"targets": 0.6, "contrast": 0.5, "miss": 0.5, "no_strike": 0.5, "cause": 0.5,
         "use": 0.5, "presence": 0.5, FRAMED: 0.4}
# how sure the event match is, by the finest place level the two accounts share
_PLACE_FACTOR = {ARTICLE: 1.0, LOCALITY: 1.0, ADMIN1: 0.9, COUNTRY: 0.75, UNPLACED: 0.6}


@dataclass(frozen=True, slots=True)
class _Held:
    """Where and when a claim in an event was made: its article's time, its struck place
    (and the place the claim itself names, which tells a summary's region from a town)."""

    time: datetime | None
    place: Place | None
    told: Place | None = None


def _pair_match(pair: ConflictPair, held: Mapping[Claim, _Held]) -> tuple[str, float]:
    """(place level, hours apart) of the two accounts of a pair."""
    if pair.first.evidence.article_id == pair.second.evidence.article_id:
        return ARTICLE, 0.0
    a, b = held.get(pair.first), held.get(pair.second)
    if a is None or b is None:
        return UNPLACED, 0.0
    level = place_match(a.place, b.place) or UNPLACED
    gap = abs((a.time - b.time).total_seconds()) / 3600 if a.time and b.time else 0.0
    return level, round(gap, 1)


def _confidence(pairs: Sequence[ConflictPair], held: Mapping[Claim, _Held] | None = None
                ) -> tuple[float, str, float]:
    """The alert's confidence from its best pair: the kind of conflict, scaled by how
    sure the event match is (place level, then 0.05 off per 12 hours apart)."""
    scored = []
    for pair in pairs:
        level, gap = _pair_match(pair, held or {})
        factor = _PLACE_FACTOR[level] * max(0.7, 1.0 - 0.05 * (gap // 12))
        scored.append((_BASE[pair.reason] * factor, level, gap))
    best, level, gap = max(scored, key=lambda s: s[0])
    return round(min(0.95, best + 0.05 * (len(pairs) - 1)), 3), level, gap


def alert_id(key: str, party_ids: Iterable[str]) -> str:
    raw = key + "|" + ",".join(sorted(set(party_ids)))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _build_alert(
    key: str, claims: Sequence[Claim], pairs: Sequence[ConflictPair], first_seen: datetime | None,
    ident: str | None = None, version: int = 1, extra_sources: Sequence[str] = (),
    extra_articles: Sequence[str] = (), held: Mapping[Claim, _Held] | None = None,
) -> ConflictAlert:
    parties = {p.first.party.id for p in pairs} | {p.second.party.id for p in pairs}
    involved = [c for c in claims if c.party.id in parties]
    weight = Counter([p.first.party.id for p in pairs] + [p.second.party.id for p in pairs])
    accounts = _accounts(involved, parties, weight)
    article_ids = tuple(dict.fromkeys(
        [e.article_id for a in accounts for e in a.evidence] + list(extra_articles)))
    sources = tuple(dict.fromkeys(
        [e.source for a in accounts for e in a.evidence] + list(extra_sources)))
    places = [held[c].place if held and c in held else c.place for c in involved
              if is_account(c)]
    attackers = Counter(c.attacker.id for c in involved if c.attacker is not None)
    attacker = next((c.attacker for c in involved if c.attacker is not None
                     and c.attacker.id == attackers.most_common(1)[0][0]), None) \
        if attackers else None
    confidence, level, gap = _confidence(pairs, held)
    return ConflictAlert(
        alert_id=ident or alert_id(key, parties),
        version=version,
        event_key=key,
        accounts=accounts,
        article_ids=article_ids,
        sources=sources,
        confidence=confidence,
        place=_best_place([p for p in places if p is not None]),
        attacker=attacker,
        first_seen=first_seen,
        summary=_summary(accounts),
        extra={"reasons": sorted({p.reason for p in pairs})},
        place_level=level,
        time_gap_hours=gap,
    )


def _best_place(places: Sequence[Place]) -> Place | None:
    if not places:
        return None
    finer = [p for p in places if p.kind != "country"]
    return Counter(finer or places).most_common(1)[0][0]


def _dated(claim: Claim, when: datetime | None) -> Claim:
    if when is None or claim.evidence.published is not None:
        return claim
    return replace(claim, evidence=replace(claim.evidence, published=when))


def article_conflict(
    analysis: ArticleAnalysis, groups: GroupDirectory | None = None
) -> ConflictAlert | None:
    """The in-article conflict, if the article reports two incompatible accounts."""
    pairs = find_conflicts(analysis.claims, groups, analysis.article.published)
    if not pairs:
        return None
    key = event_key(analysis) or f"article:{analysis.article.id}"
    when = analysis.article.published
    claims = [_dated(c, when) for c in analysis.claims]
    pairs = [ConflictPair(_dated(p.first, when), _dated(p.second, when), p.reason)
             for p in pairs]
    return _build_alert(key, claims, pairs, when)


# ------------------------------------------------------------------ routing keys

def event_key(analysis: ArticleAnalysis) -> str | None:
    """Coarse routing key: the country struck (``geo:SY``), else the attacker's side
    (``by:ru``); ``None`` without strike claims. Every record that might join one event
    gets the same key (so one partition holds it); the fine grouping by place, time and
    attacker happens inside the key's state (:mod:`pipeline.domain.events`). Datelines,
    speakers' locations and the speaking state's capital do not count as struck.

    This is the article's main key (the country most of its claims were struck in): its
    rewrite detection runs there. A story with strikes in two countries also goes to the
    second country's key with the claims struck there (:func:`event_keys`,
    :func:`claim_keys`), where another outlet's story about that strike meets them."""
    return _main_key(analysis, struck_places(analysis))


def _main_key(analysis: ArticleAnalysis, places: Sequence[Place | None]) -> str | None:
    claims = [c for c in analysis.claims if c.action is not None]
    if not claims:
        return None
    struck = [(c.evidence.start, p.country) for c, p
              in zip(analysis.claims, places, strict=True)
              if c.action is not None and p is not None and p.country]
    countries = Counter(country for _, country in struck)
    if countries:
        # the main key: the country most claims were struck in; a tie goes to the one
        # told first (the lead), then by name
        first = {country: start for start, country in sorted(struck, reverse=True)}
        return "geo:" + min(countries, key=lambda k: (-countries[k], first[k], k))
    # rule ``events.stateless_key``: a strike on Lake Chad or in the Red Sea, in no state,
    # goes by the water's name, so that the account of the military that struck and the
    # fishermen's, which name no attacker, meet there
    waters = Counter(str(place_key(p)[3]) for c, p in zip(analysis.claims, places, strict=True)
                     if c.action is not None and p is not None and p.country is None)
    if waters:
        return "geo:~" + min(waters, key=lambda k: (-waters[k], k))
    sides = Counter(side_of(c.attacker) for c in claims if c.attacker is not None)
    if sides:
        return f"by:{_top(sides)}"
    return "geo:unknown"


def claim_keys(analysis: ArticleAnalysis) -> list[str]:
    """Per claim, the routing key whose events it joins: the country a strike claim says
    was struck, for each claim whose struck place lies in a country some strike claim of
    the article hit; every other claim (no place, or a place in no struck country) stays
    under the main key (:func:`event_key`). Empty without strike claims. A one-country
    story has every claim under its one key. A claim at a border may go to that border's
    key too (:func:`event_keys`)."""
    return [keys[0] for keys in _keys(analysis)[1]]


def event_keys(analysis: ArticleAnalysis, places: Sequence[Place | None] | None = None
               ) -> list[str]:
    """Every routing key the article's claims join: the main key first, then the others
    in the order their first claim comes. Empty without strike claims. ``places``: the
    article's :func:`~pipeline.domain.events.struck_places`, when the caller has them.

    A claim struck at a border also goes to the key of the two states it lies between
    (``geo:DZ+ML``, rule ``events.border_pair``), where the other side's story of the
    strike, which places it on its own side, meets it."""
    main, keys = _keys(analysis, places)
    return [] if main is None else list(dict.fromkeys([main, *(k for ks in keys for k in ks)]))


def border_key(key: str) -> bool:
    """Is ``key`` a border's key (``geo:DZ+ML``)?"""
    return key.startswith("geo:") and "+" in key


def _keys(analysis: ArticleAnalysis, places: Sequence[Place | None] | None = None
          ) -> tuple[str | None, list[tuple[str, ...]]]:
    """The main key and each claim's keys (its own first, then its border's);
    ``places``: the article's :func:`~pipeline.domain.events.struck_places`, when the
    caller has them."""
    places = struck_places(analysis) if places is None else places
    main = _main_key(analysis, places)
    if main is None:
        return None, []
    countries = {p.country for c, p in zip(analysis.claims, places, strict=True)
                 if c.action is not None and p is not None and p.country}
    return main, [
        (f"geo:{p.country}" if p is not None and p.country in countries else main,
         *((f"geo:{b}",) if b else ()))
        for p, b in zip(places, border_pairs(analysis, places), strict=True)]


def told_aside(analysis: ArticleAnalysis, places: Sequence[Place | None]) -> list[bool]:
    """Rule ``events.told_aside``: per claim, whether it tells another story's strike in
    a line set apart ("Separately, officials in Logar province said a NATO air strike had
    killed civilians", in a story of a market bombing in Kandahar): it is placed somewhere
    none of the story's own accounts is, so the article does not join that strike's event.
    The story's accounts are those not set apart; a story told only in such lines keeps
    them all."""
    apart_ = [set_apart(c.evidence.sentence) for c in analysis.claims]
    own = [p for p, a in zip(places, apart_, strict=True) if not a and p is not None]
    if not own:
        return [False] * len(apart_)
    # (a country holds every town in it: the story's finer places say where it was)
    own = [p for p in own if p.kind != "country"] or own
    return [a and p is not None and not any(same_place(p, o) for o in own)
            for p, a in zip(places, apart_, strict=True)]


def _top(counts: Counter[str]) -> str:
    """Most common, ties broken by name so the key does not depend on claim order."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


# ------------------------------------------------------------------ cross-article


@dataclass(frozen=True, slots=True)
class LateClaim:
    """A claim that arrived behind its event's window: never dropped without a trace."""

    article_id: str
    event_id: str
    behind_hours: float
    reason: str


@dataclass(frozen=True, slots=True)
class Observation:
    """What adding one article to its events did: the alerts to send (new or changed in
    substance), the events it joined, a rewrite found (this article a copy, or earlier
    arrivals copies of it), late claims, merges and closures."""

    key: str | None
    alerts: tuple[ConflictAlert, ...] = ()
    event_ids: tuple[str, ...] = ()
    duplicate: DuplicateRecord | None = None
    late: tuple[LateClaim, ...] = ()
    merged: tuple[str, ...] = ()  # event ids absorbed into others
    closed: tuple[str, ...] = ()  # event ids closed as idle (summaries kept)
    redelivered: bool = False
    # earlier arrivals of the event found to be copies of this article (it was published
    # first, or they are the cut version): their claims left their events here; each is a
    # correction record for the drivers to route (its sources move to this article)
    corrections: tuple[DuplicateRecord, ...] = ()

    @property
    def duplicate_of(self) -> str | None:
        return self.duplicate.duplicate_of if self.duplicate else None


def _empty() -> dict[str, Any]:
    # articles: article id -> event ids it joined; grouping: see events.empty_events;
    # payload: event id -> {entries, alerts, sketches}; merged: absorbed id -> survivor;
    # copies: original article id -> [[copy id, source], ...], so an alert that forms
    # after a copy arrived still lists every outlet that carried its articles; closed:
    # event id -> the payload of an event closed as idle (packed), until it reopens or is
    # forgotten.
    return {"articles": {}, "grouping": empty_events(), "payload": {}, "merged": {},
            "copies": {}, "closed": {}}


def _payload() -> dict[str, Any]:
    return {"entries": [], "alerts": [], "sketches": {}}


# Each event's data lives under a state key of its own, apart from its routing key's
# value (the grouping, the articles, the alert numbering): a write for one article then
# carries the events it changed, not every event its key holds. An open event's payload
# (claims, alerts, sketches) is under ``event|KEY|ID``, a closed one (packed) under
# ``closed|KEY|ID``; the value names them in order (``open``, ``shelved``).
OPEN = "event|"
SHELF = "closed|"
_LOADED = "_loaded"  # in a loaded value only: its events' data as loaded (to diff)


def open_key(key: str, event_id: str) -> str:
    """The state key of one open event's payload."""
    return f"{OPEN}{key}|{event_id}"


def shelf_key(key: str, event_id: str) -> str:
    """The state key of one closed event (packed)."""
    return f"{SHELF}{key}|{event_id}"


def is_event_key(key: str) -> bool:
    """A key holding one event's data, not a routing key's value."""
    return key.startswith((OPEN, SHELF))


def _encoded(payload: Any) -> bytes:
    """What a payload holds, to compare (a pickle: a third of JSON's time; equal data
    may pickle differently, which costs a write, never a lost change)."""
    return pickle.dumps(payload, protocol=5)


def _load(state: Mapping[str, Any], key: str) -> dict[str, Any]:
    """The routing key's value with its events' data in ``payload`` and ``closed``, as
    the steps use it. A value written before events had keys of their own holds them
    inline; each goes to its own key at the next write."""
    stored = state.get(key)
    if not stored or "grouping" not in stored:
        return _empty()
    value = dict(stored)
    loaded: dict[str, dict[str, Any]] = {"payload": {}, "closed": {}}
    if "open" in value:
        value["payload"] = {eid: state[open_key(key, eid)] for eid in value.pop("open")}
        # payloads change in place: what they held, to tell which changed
        loaded["payload"] = {eid: _encoded(p) for eid, p in value["payload"].items()}
    if "shelved" in value:  # packed strings are replaced, never changed in place
        value["closed"] = {eid: state[shelf_key(key, eid)] for eid in value.pop("shelved")}
        loaded["closed"] = dict(value["closed"])
    value[_LOADED] = loaded
    return value


def event_values(state: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each routing key's value as the steps see it (its events' data in ``payload``
    and ``closed``), for reading: tests, tools."""
    out = {}
    for key in state:
        if not is_event_key(key):
            value = _load(state, key)
            value.pop(_LOADED, None)
            out[key] = value
    return out


def _store(state: MutableMapping[str, Any], key: str, value: dict[str, Any]) -> None:
    """Write back what :func:`_load` gave: each event's data that changed, under its own
    key; the value without them; and the keys of events that left (closed, reopened,
    merged or forgotten). New and changed data go before the value that names them,
    gone keys after it: whichever write a crash stops before, every key the value
    names is there."""
    loaded = value.pop(_LOADED, None) or {"payload": {}, "closed": {}}
    payloads: dict[str, Any] = value.pop("payload", None) or {}
    closed: dict[str, str] = value.pop("closed", None) or {}
    was_open, was_closed = loaded["payload"], loaded["closed"]
    for eid, payload in payloads.items():
        if eid not in was_open or was_open[eid] != _encoded(payload):
            state[open_key(key, eid)] = payload
    for eid, packed in closed.items():
        if was_closed.get(eid) is not packed:
            state[shelf_key(key, eid)] = packed
    state[key] = {**value, "open": list(payloads), "shelved": list(closed)}
    for eid in sorted(was_open.keys() - payloads.keys()):
        state.pop(open_key(key, eid), None)
    for eid in sorted(was_closed.keys() - closed.keys()):
        state.pop(shelf_key(key, eid), None)
    value["payload"], value["closed"] = payloads, closed  # still readable; load again
    # before another write


def observe(
    analysis: ArticleAnalysis,
    state: MutableMapping[str, Any],
    now: datetime,
    window: timedelta,
    groups: GroupDirectory | None = None,
) -> list[ConflictAlert]:
    """Add the article's claims to their events; return alerts that are new or changed."""
    params = EventParams(window=window)
    return list(observe_article(analysis, state, now, params, groups=groups).alerts)


def observe_article(
    analysis: ArticleAnalysis,
    state: MutableMapping[str, Any],
    now: datetime,
    params: EventParams | None = None,
    *,
    groups: GroupDirectory | None = None,
    rewrite: RewriteParams | None = None,
    digest_now: datetime | None = None,
    key: str | None = None,
    struck: Sequence[Place | None] | None = None,
) -> Observation:
    """Add one article's claims to their events (by place, time and attacker).

    An article that rewrites an earlier article of the same event becomes a copy of it
    (``duplicate``), and earlier arrivals that are rewrites of it become its copies
    (``corrections``); otherwise each claim joins, opens or bridges (merges) events and
    the touched events' alerts are rebuilt. An article that sorts before one already
    handled (by time, then id) has the open events within its window placed again in
    that order, so the grouping is the one time order gives, whatever the arrival order.
    Late claims are kept and reported in ``late``.
    ``digest_now`` is the time digests are paced by (the driver's processing time;
    default ``now``, the event time).
    ``key`` is the routing key to observe (one of :func:`event_keys`, default the main
    one): only the claims under it join its events (:func:`claim_keys`), and rewrites
    are looked for under the main key only, so once per article.
    ``struck``: the article's :func:`~pipeline.domain.events.struck_places`, when the
    router found them already (they are a function of the analysis alone)."""
    params = params or EventParams()
    # once: the keys and the sightings both need them
    struck = struck_places(analysis) if struck is None else list(struck)
    main, keyed = _keys(analysis, struck)
    if main is None:
        return Observation(None)
    key = key or main
    mine = [n for n, keys in enumerate(keyed) if key in keys]
    if not mine:
        return Observation(key)
    value = _load(state, key)
    article = analysis.article
    if article.id in value["articles"]:
        return Observation(key, redelivered=True)
    # its own date (``published``, else its dateline's), else its arrival (fixed at
    # admission), else the stage's time
    arrived = article.arrived_at or now
    shown, dated = article_date(article, arrived)  # the article's own date, for its evidence
    stamp, _ = strike_time(analysis, arrived)  # the strike's day, as the article tells it
    seen = sightings(analysis, arrived, (stamp, dated), struck)
    if border_key(key):  # each claim's place meets the other side's of that border
        seen = [replace(s, border=key.removeprefix("geo:")) for s in seen]
    # closed events this article could meet are placed as if they had never closed
    _reopen(value, reopen_near(value["grouping"], stamp.timestamp(), stamp.timestamp(),
                               params))
    sketched = sketch(analysis)
    copy, corrections = (
        _rewrites(value, sketched, [seen[n] for n in mine], params, rewrite, article.source)
        if key == main else (None, ()))
    if copy is not None:
        value["articles"][article.id] = []
        _fold_copy(value, copy)
        closing, closed = _close(value, params, digest_now or now)
        _store(state, key, value)
        return Observation(key, tuple(closing), duplicate=copy, closed=tuple(closed),
                           event_ids=tuple(value["articles"].get(copy.duplicate_of, ())))
    left: list[str] = []
    for record in corrections:  # earlier arrivals that are copies of this one leave
        left += _take_out(value, record.article_id)
    aside = told_aside(analysis, struck)
    new = [_entry(article.id, n, stamp, claim, sight, shown)
           for n, (claim, sight) in enumerate(zip(analysis.claims, seen, strict=True))
           if key in keyed[n] and not aside[n]]
    rebuilt = _sorts_before(value, stamp, article.id) and bool(
        _reach(value, new, stamp, params, after=True))
    if rebuilt:
        # an article that sorts before one already handled: the recent events are placed
        # again in (time, id) order, as if every article had come in that order
        placed, touched, merged, late, regrouped = _replace_recent(
            value, key, new, stamp, params, groups, digest_now or now)
    else:
        placed, late, merged = _place(value, key, new, params)
        touched, regrouped = list(placed), []
    _advance_latest(value, stamp, article.id)
    event_ids = tuple(dict.fromkeys(_resolve(value, e) for e in placed))
    for eid in event_ids if key == main else ():  # rewrites are judged under the main key
        value["payload"][eid]["sketches"][article.id] = to_dict(sketched)
    value["articles"][article.id] = list(event_ids)
    for record in corrections:
        _fold_copy(value, record)
    changed: list[ConflictAlert] = list(regrouped)
    done = set(touched) if rebuilt else set()  # their alerts were formed as they were placed
    for eid in dict.fromkeys(_resolve(value, e) for e in [*event_ids, *touched, *left]):
        if eid in value["payload"] and eid not in done:
            changed += _update_alerts(key, eid, value, groups, digest_now or now,
                                      params.digest_every)
    closing, closed = _close(value, params, digest_now or now)
    changed += closing
    numbered = _numbered(value, changed, digest_now or now)
    _store(state, key, value)
    return Observation(key, tuple(numbered), event_ids, None, tuple(late),
                       tuple(merged), tuple(closed), corrections=corrections)


def _reopen(value: dict[str, Any], event_ids: Sequence[str]) -> None:
    """Events reopened in the grouping get their claims, alerts and sketches back."""
    shelf = value.setdefault("closed", {})
    for eid in event_ids:
        packed = shelf.pop(eid, None)
        value["payload"][eid] = unpack(packed) if packed else _payload()
    if value.get("closed_pending"):
        value["closed_pending"] = [e for e in value["closed_pending"] if e not in event_ids]


def _close(value: dict[str, Any], params: EventParams, now: datetime
           ) -> tuple[list[ConflictAlert], list[str]]:
    """Close the events idle for the retention behind the newest claim. Their alerts
    change no more unless a late claim reopens them: what was folded into them (new
    articles, copies) goes out now, as the runner's final digest sends it. Their claims,
    alerts and sketches are kept in ``closed`` until the event is forgotten
    (:func:`~pipeline.domain.events.forget_closed`); the articles, copies and merged ids
    only it held are forgotten with it, so the state stays bounded. Folded changes keep
    their pace: those not yet due wait in ``closed_pending`` for the digest
    (:func:`flush_digests`), and go out at once only when the event is forgotten.
    Returns the alert versions to send and the closed ids."""
    closed = close_idle(value["grouping"], params)
    out = _digests(value, now, params.digest_every, closed)
    shelf = value.setdefault("closed", {})
    waiting = list(value.get("closed_pending") or ())
    for eid in closed:
        payload = value["payload"].pop(eid, None) or _payload()
        if any(versions.unsent(stored) for stored in payload["alerts"]) and eid not in waiting:
            waiting.append(eid)
        shelf[eid] = pack(payload)
    value["closed_pending"] = waiting
    gone = forget_closed(value["grouping"], params)
    if gone:
        out += _closed_digests(value, now, timedelta(0), {str(e["id"]) for e in gone})
        _forget(value, gone)
    return out, closed


def _closed_digests(value: dict[str, Any], now: datetime, every: timedelta,
                    only: set[str] | None = None) -> list[ConflictAlert]:
    """The digest of closed events whose alerts still hold folded changes (``only``:
    just these events, as when they are forgotten)."""
    waiting = list(value.get("closed_pending") or ())
    if not waiting:
        return []
    shelf = dict(value.get("closed") or {})
    out: list[ConflictAlert] = []
    still: list[str] = []
    for eid in waiting:
        packed = shelf.get(eid)
        if packed is None:
            continue
        if only is not None and eid not in only:
            still.append(eid)
            continue
        payload = unpack(packed)
        found = versions.flush(payload["alerts"], now, every)
        if found:
            out += found
            shelf[eid] = pack(payload)
        if any(versions.unsent(stored) for stored in payload["alerts"]):
            still.append(eid)
    value["closed"] = shelf
    value["closed_pending"] = still
    return out


def _forget(value: dict[str, Any], events: Sequence[Mapping[str, Any]]) -> None:
    """Drop forgotten events' data, and the article, copy and merge entries that point
    only to them (an article still in a kept event stays known)."""
    gone = {str(e["id"]) for e in events}
    shelf = value.setdefault("closed", {})
    for eid in gone:
        shelf.pop(eid, None)
    if value.get("closed_pending"):
        value["closed_pending"] = [e for e in value["closed_pending"] if e not in gone]
    kept = set(value["payload"]) | set(shelf)
    for event in events:
        for aid in event.get("articles") or ():
            held = value["articles"].get(aid)
            if held is None or any(_resolve(value, e) in kept for e in held):
                continue
            del value["articles"][aid]
            for copy in value["copies"].pop(aid, ()):
                if not value["articles"].get(copy[0]):
                    value["articles"].pop(copy[0], None)
    value["merged"] = {k: v for k, v in value["merged"].items()
                       if _resolve(value, k) not in gone}


def _entry(article_id: str, n: int, stamp: datetime, claim: Claim, sight: Sighting,
           shown: datetime | None = None) -> dict[str, Any]:
    """One claim as an event keeps it: its article, its place in the article, its time
    (``stamp``, the strike's day), the claim (its evidence dated ``shown``, the article's
    own date, default ``stamp``), where it says the strike was and the attacking side."""
    return {"article_id": article_id, "n": n, "ts": stamp.isoformat(),
            "claim": to_dict(_dated(claim, shown or stamp)),
            "place": to_dict(sight.place) if sight.place else None,
            "attacker": sight.attacker, "weak": sight.weak, "party": sight.party,
            "named": sight.named, **({"border": sight.border} if sight.border else {}),
            **({"sites": list(sight.sites)} if sight.sites else {})}


def _sighting(entry: Mapping[str, Any]) -> Sighting:
    if "attacker" in entry:
        attacker = entry["attacker"]
    else:  # kept before entries carried it
        attacker = attacker_side(from_dict(Claim, entry["claim"]).attacker)
    party = entry["party"] if "party" in entry else side_of(
        from_dict(Claim, entry["claim"]).party)
    place = from_dict(Place, entry["place"]) if entry.get("place") else None
    return Sighting(place, datetime.fromisoformat(entry["ts"]), attacker, _order(entry),
                    article=str(entry["article_id"]), weak=bool(entry.get("weak", False)),
                    party=party, named=bool(entry.get("named", False)),
                    border=entry.get("border"), sites=tuple(entry.get("sites", ())))


def _order(entry: Mapping[str, Any]) -> tuple[float, str, int]:
    """Where a claim stands in the order every driver agrees on: time, article, claim."""
    return (datetime.fromisoformat(entry["ts"]).timestamp(), str(entry["article_id"]),
            int(entry.get("n", 0)))


def _sorts_before(value: Mapping[str, Any], stamp: datetime, article_id: str) -> bool:
    latest = value.get("latest")
    return latest is not None and (stamp.timestamp(), article_id) < (latest[0], latest[1])


def _advance_latest(value: dict[str, Any], stamp: datetime, article_id: str) -> None:
    if not _sorts_before(value, stamp, article_id):
        value["latest"] = [stamp.timestamp(), article_id]


def _place(
    value: dict[str, Any], key: str, entries: Sequence[dict[str, Any]], params: EventParams,
) -> tuple[list[str], list[LateClaim], list[str]]:
    """Each claim joins, opens or bridges (merges) events: the event each went to, late
    claims, and the events merged into others."""
    placed: list[str] = []
    late: list[LateClaim] = []
    merged: list[str] = []
    for entry in entries:
        where = assign(value["grouping"], _sighting(entry), params, key)
        for gone in where.absorbed:
            _merge_payload(value, where.event_id, gone)
            merged.append(gone)
        value["payload"].setdefault(where.event_id, _payload())["entries"].append(entry)
        if where.late_hours is not None:
            late.append(_late(entry["article_id"], where))
        placed.append(where.event_id)
    return placed, late, merged


def _disputing(entries: Sequence[Mapping[str, Any]], groups: GroupDirectory | None
               ) -> set[str]:
    """The parties of an event's claims that take part in a conflict."""
    claims, held = _held_claims(entries)
    return {c.party.id for p in find_conflicts(claims, groups, struck=_struck(claims, held))
            for c in (p.first, p.second)}


def _reach(value: Mapping[str, Any], new: Sequence[Mapping[str, Any]], stamp: datetime,
           params: EventParams, *, after: bool = False) -> list[str]:
    """Open events the new claims could share with other claims (within one window of
    them in time); ``after``: only those holding a claim that sorts after the new ones
    (none: placing the new claims now is what time order would have done)."""
    ts, window = stamp.timestamp(), params.window.total_seconds()
    first = min((_order(e) for e in new), default=(ts, "", 0))
    out = []
    for eid, event in value["grouping"]["events"].items():
        if event["last"] < ts - window or event["first"] > ts + window:
            continue
        if after and not any(_order(e) > first for e in
                             value["payload"].get(eid, {}).get("entries", ())):
            continue
        out.append(eid)
    return sorted(out)


def _replace_recent(
    value: dict[str, Any], key: str, new: Sequence[dict[str, Any]], stamp: datetime,
    params: EventParams, groups: GroupDirectory | None, now: datetime,
) -> tuple[list[str], list[str], list[str], list[LateClaim], list[ConflictAlert]]:
    """Place the new claims together with every claim of the open events within reach
    of them (:func:`_reach`), article by article in :func:`_order`, forming alerts as
    that order forms them: the events and alert ids are then the ones time order gives,
    whatever order the articles came in.
    The alerts sent before carry on under their ids (a version only where they changed);
    one that time order does not form gets a last version marked withdrawn. Returns the
    events the new claims went to, every event touched, the events merged away, the
    new claims that came late and the alert versions to send."""
    grouping = value["grouping"]
    redo = _reach(value, new, stamp, params)
    tagged: list[tuple[dict[str, Any], str | None]] = [(entry, None) for entry in new]
    sketches: dict[str, Any] = {}
    before: dict[str, dict[str, Any]] = {}
    for eid in redo:
        payload = value["payload"].pop(eid, None) or _payload()
        tagged += [(entry, eid) for entry in payload["entries"]]
        sketches.update(payload["sketches"])
        before.update({a["alert_id"]: a for a in payload["alerts"]})
        remove_event(grouping, eid)
    tagged.sort(key=lambda t: _order(t[0]))
    entries = [entry for entry, _ in tagged]
    placed: list[str] = []
    late: list[LateClaim] = []
    merged: list[str] = []
    formed: dict[str, ConflictAlert] = {}
    for _, chunk in groupby(entries, key=lambda e: e["article_id"]):
        one = list(chunk)
        where, behind, gone = _place(value, key, one, params)
        placed += where
        late += behind
        merged += gone
        for eid in dict.fromkeys(_resolve(value, e) for e in where):
            for alert in _update_alerts(key, eid, value, groups, now, params.digest_every):
                formed.setdefault(alert.alert_id, alert)  # its first version formed here
    final = [_resolve(value, e) for e in placed]
    by_event: dict[str, list[dict[str, Any]]] = {}
    for entry, eid in zip(entries, final, strict=True):
        by_event.setdefault(eid, []).append(entry)
    for old in redo:  # stale ids (held by articles, copies) lead to where most went
        counts = Counter(e for (_, came), e in zip(tagged, final, strict=True) if came == old)
        if counts:
            value["merged"][old] = counts.most_common(1)[0][0]
    newcomers = {str(e["article_id"]) for e in new}
    for aid in {str(entry["article_id"]) for entry in entries} - newcomers:
        kept = [e for e in value["articles"].get(aid, ()) if e not in redo]
        mine = [eid for entry, eid in zip(entries, final, strict=True)
                if entry["article_id"] == aid]
        value["articles"][aid] = list(dict.fromkeys(_resolve(value, e) for e in [*kept, *mine]))
        if aid in sketches:
            for eid in mine:
                value["payload"][eid]["sketches"][aid] = sketches[aid]
    changed = _reconcile(value, list(by_event), before, formed, now, params.digest_every)
    ours = [eid for (_, came), eid in zip(tagged, final, strict=True) if came is None]
    return ours, list(by_event), merged, [c for c in late if c.article_id in newcomers], changed


def _reconcile(
    value: dict[str, Any], events: Sequence[str], before: dict[str, dict[str, Any]],
    formed: Mapping[str, ConflictAlert], now: datetime, every: timedelta,
) -> list[ConflictAlert]:
    """After events were placed again: the versions to send. An alert sent before and
    formed again continues its own version numbers, and its change (if the desk would
    see one) goes out as any change does, paced (:mod:`pipeline.domain.alerts`); one
    formed only now goes out once, as it stands after the placing (none if it did not
    survive it); one sent before and not formed again is withdrawn (kept, so its id can
    come back)."""
    out: list[ConflictAlert] = []
    for eid in events:
        payload = value["payload"][eid]
        for stored in list(payload["alerts"]):
            old = before.pop(stored["alert_id"], None)
            if old is not None:
                stored.update(sent=old.get("sent"), emitted=old.get("emitted"),
                              shown_withdrawn=old.get("shown_withdrawn", old.get("withdrawn")))
                stored["alert"] = {**stored["alert"], "version": old["alert"]["version"]}
                current = from_dict(ConflictAlert, stored["alert"])
                sent = versions.settle(
                    stored, current, stored.get("substance"), now, every,
                    at_once=bool(stored.get("merged_into")) and not old.get("merged_into"))
                out += [sent] if sent is not None else []
            elif stored["alert_id"] in formed:  # new: sent once, as it stands now
                gone = stored.get("withdrawn") or stored.get("merged_into")
                if gone and formed[stored["alert_id"]].version == 1:
                    payload["alerts"].remove(stored)  # formed and gone again: never sent
                    continue
                current = replace(from_dict(ConflictAlert, stored["alert"]),
                                  version=formed[stored["alert_id"]].version)
                stored.update(alert=to_dict(current), pending=False, emitted=now.isoformat(),
                              sent=versions.fingerprint(current, stored.get("substance")),
                              shown_withdrawn=current.withdrawn)
                out.append(current)
    for old in before.values():  # not formed in time order: withdrawn, kept
        home = events[0] if events else None
        if home is None:
            continue
        if not old.get("merged_into") and not old.get("withdrawn"):
            out += _withdrawn(old, now)
        value["payload"][home]["alerts"].append(old)
    return out


def withdraw(
    key: str, article_id: str, state: MutableMapping[str, Any], now: datetime,
    params: EventParams | None = None, *, groups: GroupDirectory | None = None,
) -> list[ConflictAlert]:
    """Take an article's claims out of its events: it was found to be a copy of another
    after it joined them (its original's claims, or the copy as a source, stand in), so
    they must not count twice. The touched events' alerts are rebuilt; a version goes out
    only when their substance changed. The article stays known, so a re-delivered
    analysis of it is not added again."""
    params = params or EventParams()
    value = _load(state, key)
    touched = _take_out(value, article_id)
    if not touched:
        return []
    changed: list[ConflictAlert] = []
    for eid in touched:
        changed += _update_alerts(key, eid, value, groups, now, params.digest_every)
    changed += _close(value, params, now)[0]
    changed = _numbered(value, changed, now)
    _store(state, key, value)
    return changed


def _take_out(value: dict[str, Any], article_id: str) -> list[str]:
    """Remove an article's claims and sketch from its events (it stays known, with no
    events); returns the events it left."""
    joined = value["articles"].get(article_id)
    if not joined:
        return []
    value["articles"][article_id] = []
    touched: list[str] = []
    events = list(dict.fromkeys(_resolve(value, e) for e in joined))
    _reopen(value, reopen_events(value["grouping"], events))
    for eid in events:
        payload = value["payload"].get(eid)
        if payload is None:
            continue
        payload["entries"] = [e for e in payload["entries"] if e["article_id"] != article_id]
        payload["sketches"].pop(article_id, None)
        touched.append(eid)
    return touched


def _late(article_id: str, placed: Assignment) -> LateClaim:
    behind = placed.late_hours or 0.0
    if placed.closed_match:
        reason = f"{behind} h behind the newest claim; its event {placed.closed_match} " \
                 f"was closed, so it opened {placed.event_id}"
    elif placed.created:
        reason = f"{behind} h behind the newest claim; no open event matched, opened " \
                 f"{placed.event_id}"
    else:
        reason = f"{behind} h behind the newest claim; joined {placed.event_id}"
    return LateClaim(article_id, placed.event_id, behind, reason)


def _resolve(value: Mapping[str, Any], event_id: str) -> str:
    merged = value["merged"]
    while event_id in merged:
        event_id = merged[event_id]
    return event_id


def _merge_payload(value: dict[str, Any], survivor: str, gone: str) -> None:
    value["merged"][gone] = survivor
    other = value["payload"].pop(gone, None)
    if other is None:
        return
    mine = value["payload"].setdefault(survivor, _payload())
    mine["entries"] = [*mine["entries"], *other["entries"]]
    mine["alerts"] = [*mine["alerts"], *other["alerts"]]
    mine["sketches"] = {**other["sketches"], **mine["sketches"]}


def _rewrites(
    value: dict[str, Any], sketched: ArticleSketch, seen: Sequence[Sighting],
    params: EventParams, rewrite: RewriteParams | None, source: str,
) -> tuple[DuplicateRecord | None, tuple[DuplicateRecord, ...]]:
    """Rewrites between this article and the articles of the events it may join, decided
    pair by pair whatever the order of arrival: the earlier article it is a copy of (as
    a copy record), else the earlier arrivals that are copies of it (as corrections)."""
    events: list[str] = []
    for sight in seen:
        events += [eid for eid, _ in candidate_events(value["grouping"], sight, params,
                                                      gated=False)]
    earlier = {aid: from_dict(ArticleSketch, data) for eid in dict.fromkeys(events)
               for aid, data in value["payload"].get(eid, {}).get("sketches", {}).items()}
    decision = judge(sketched, earlier.values(), rewrite)
    if decision.duplicate_of is not None:
        return DuplicateRecord(sketched.article_id, decision.duplicate_of,
                               round(decision.own_share, 3), source, REWRITE), ()
    found = copies_of(sketched, earlier.values(), rewrite)
    return None, tuple(
        DuplicateRecord(r.copy, sketched.article_id, round(r.own_share, 3),
                        _source_of(value, r.copy), REWRITE, correction=True)
        for r in sorted(found, key=lambda r: r.copy))


def _source_of(value: Mapping[str, Any], article_id: str) -> str:
    """The outlet of an article in the events, from its claims' evidence."""
    for eid in value["articles"].get(article_id, ()):
        for entry in value["payload"].get(_resolve(value, eid), {}).get("entries", ()):
            if entry["article_id"] == article_id:
                return str(entry["claim"]["evidence"]["source"])
    return ""


def _components(pairs: Sequence[ConflictPair]) -> list[list[ConflictPair]]:
    """Group conflict pairs that share a party (one alert per connected dispute)."""
    groups: list[tuple[set[str], list[ConflictPair]]] = []
    for pair in pairs:
        ids = {pair.first.party.id, pair.second.party.id}
        hit = [g for g in groups if g[0] & ids]
        merged_ids, merged_pairs = set(ids), [pair]
        for g in hit:
            merged_ids |= g[0]
            merged_pairs = g[1] + merged_pairs
            groups.remove(g)
        groups.append((merged_ids, merged_pairs))
    return [g[1] for g in groups]


def _with_copies(
    alert: ConflictAlert, copies: Mapping[str, Sequence[Sequence[str]]]
) -> ConflictAlert:
    """The alert with every known copy of its articles (their ids and outlets) added."""
    extra = [copy for aid in alert.article_ids for copy in copies.get(aid, ())]
    if not extra:
        return alert
    return replace(
        alert,
        article_ids=tuple(dict.fromkeys([*alert.article_ids, *(c[0] for c in extra)])),
        sources=tuple(dict.fromkeys([*alert.sources, *(c[1] for c in extra)])),
    )


def _substance(claims: Iterable[Claim], merged_into: str | None = None) -> list[Any]:
    """What a desk needs a new version for: parties, their sides, the target classes they
    name, denials and misses (a retraction), or the alert being merged into another."""
    rows = {(c.party.id, c.party.side or "", c.target.target_class, c.negated, is_miss(c),
             is_no_strike(c) or is_cause(c)) for c in claims}
    return [sorted(list(r) for r in rows), merged_into]


def _event_anchor(value: Mapping[str, Any], key: str, event_id: str) -> str:
    """Names the event in alert ids by what every arrival order agrees on once the
    alert forms: the routing key, the event's place and its first day."""
    event = value["grouping"]["events"].get(event_id)
    if event is None:
        return key
    place = event["place"]["name"].lower() if event["place"] else ""
    return f"{key}|{place}|{int(event['first'] // 86400)}"


def _country(held: _Held) -> str | None:
    place = held.place
    return place.country if place is not None else None


def _struck(claims: Sequence[Claim], held: Mapping[Claim, _Held]) -> list[Place | None]:
    return [held[c].told or held[c].place for c in claims]


def _held_claims(entries: Sequence[Mapping[str, Any]]) -> tuple[list[Claim], dict[Claim, _Held]]:
    """Claims of an event for pairwise comparison: the event already says they are about
    one strike, so their own places are set aside (kept in ``held`` for the alert)."""
    claims: list[Claim] = []
    held: dict[Claim, _Held] = {}
    for entry in entries:
        claim = from_dict(Claim, entry["claim"])
        place = from_dict(Place, entry["place"]) if entry.get("place") else None
        bare = replace(claim, place=None)
        claims.append(bare)
        held[bare] = _Held(datetime.fromisoformat(entry["ts"]), place, claim.place)
    return claims, held


def _update_alerts(
    key: str, event_id: str, value: dict[str, Any], groups: GroupDirectory | None,
    now: datetime, digest_every: timedelta,
) -> list[ConflictAlert]:
    payload = value["payload"][event_id]
    claims, held = _held_claims(payload["entries"])
    stored_alerts: list[dict[str, Any]] = payload["alerts"]
    copies = value["copies"]
    changed: list[ConflictAlert] = []
    found = find_conflicts(claims, groups, struck=_struck(claims, held))
    if border_key(key):
        # under a border's key only the two sides' accounts meet: two accounts placed on
        # one side met under that state's key already
        found = [p for p in found if _country(held[p.first]) != _country(held[p.second])]
    disputes = _components(found)
    changed += _withdraw_stale(stored_alerts, disputes, now)
    for pairs in disputes:
        parties = {p.first.party.id for p in pairs} | {p.second.party.id for p in pairs}
        substance = _substance(c for c in claims if c.party.id in parties)
        stamp = min(t for p in pairs for c in (p.first, p.second)
                    if (t := held[c].time) is not None)
        previous = sorted(
            (a for a in stored_alerts if not a.get("merged_into") and not a.get("withdrawn")
             and set(a["parties"]) & parties),
            key=lambda a: (a["alert"].get("first_seen") or "", a["alert_id"]))
        if not previous:
            anchor = _event_anchor(value, key, event_id)
            ident = alert_id(anchor, parties)
            here = next((a for a in stored_alerts
                         if a["alert_id"] == ident and not a.get("merged_into")), None)
            taken = here or _take_over(value, event_id, ident, groups)
            if taken is not None:  # this alert, withdrawn here or left behind elsewhere
                if here is None:
                    stored_alerts.append(taken)
                previous = [taken]
            else:
                alert = _with_copies(_build_alert(
                    anchor, claims, pairs, stamp, held=held), copies)
                alert = replace(alert, event_key=key)
                known = value.get("sent_versions", {}).get(ident)
                if known is None:  # new to the desk: at once
                    stored_alerts.append(versions.stored_alert(alert, parties, substance, now))
                    changed.append(alert)
                else:  # an id the desk has (its event closed, or another holds it)
                    stored_alerts.append(versions.known_alert(alert, parties, known))
                    sent = versions.settle(stored_alerts[-1], alert, substance, now,
                                           digest_every)
                    changed += [sent] if sent is not None else []
                continue
        keep, gone = previous[0], previous[1:]
        old = from_dict(ConflictAlert, keep["alert"])
        absorbed = [from_dict(ConflictAlert, g["alert"]) for g in gone]
        for g, other in zip(gone, absorbed, strict=True):
            # an absorbed alert's last version says where it went, at once
            g["merged_into"] = old.alert_id
            final = versions.settle(g, replace(other, merged_into=old.alert_id),
                                    g.get("substance"), now, digest_every, at_once=True)
            changed += [final] if final is not None else []
        # what the claims in the event say now (and their copies), not what earlier
        # versions held: an event placed again in time order may have lost some
        alert = _with_copies(_build_alert(
            key, claims, pairs, stamp, ident=old.alert_id, version=old.version, held=held,
        ), copies)
        alert = replace(alert, absorbed=tuple(dict.fromkeys(
            [*old.absorbed, *(a.alert_id for a in absorbed)])))
        # a merge sends the surviving alert at once; any other change waits its turn
        sent = versions.settle(keep, alert, substance, now, digest_every, parties=parties,
                               at_once=bool(absorbed))
        changed += [sent] if sent is not None else []
    return changed


def _numbered(value: dict[str, Any], alerts: Sequence[ConflictAlert], now: datetime
              ) -> list[ConflictAlert]:
    """The versions to send, numbered above the last one sent for each id in the key."""
    if not alerts:
        return list(alerts)
    sent = dict(value.get("sent_versions") or {})
    out = versions.number(sent, alerts, now)
    value["sent_versions"] = sent
    return out


def _take_over(value: dict[str, Any], event_id: str, ident: str,
               groups: GroupDirectory | None) -> dict[str, Any] | None:
    """The stored alert with this id in another event of the key, taken out of it, when
    its parties no longer dispute there (an id is one anchor and one set of parties: two
    live alerts must never share it)."""
    for eid, payload in value["payload"].items():
        if eid == event_id:
            continue
        for stored in payload["alerts"]:
            if stored["alert_id"] != ident or stored.get("merged_into"):
                continue
            if not stored.get("withdrawn") and \
                    set(stored["parties"]) & _disputing(payload["entries"], groups):
                return None
            payload["alerts"] = [a for a in payload["alerts"] if a is not stored]
            return dict(stored)
    return None


def _withdraw_stale(
    stored_alerts: Sequence[dict[str, Any]], disputes: Sequence[Sequence[ConflictPair]],
    now: datetime,
) -> list[ConflictAlert]:
    """Alerts of the event whose parties no longer dispute in it (its claims were placed
    again in time order, or a copy's left): one last version each, marked withdrawn, at
    once (none when the desk's last version of it was a withdrawal already)."""
    parties = {c.party.id for pairs in disputes for p in pairs for c in (p.first, p.second)}
    out = []
    for stored in stored_alerts:
        if stored.get("merged_into") or stored.get("withdrawn") \
                or set(stored["parties"]) & parties:
            continue
        out += _withdrawn(stored, now)
    return out


def _withdrawn(stored: dict[str, Any], now: datetime) -> list[ConflictAlert]:
    alert = replace(from_dict(ConflictAlert, stored["alert"]), withdrawn=True)
    sent = versions.settle(stored, alert, stored.get("substance"), now, timedelta(0),
                           at_once=True)
    return [sent] if sent is not None else []


def _digests(value: dict[str, Any], now: datetime, every: timedelta,
             events: Iterable[str] | None = None) -> list[ConflictAlert]:
    """Alerts whose folded changes have waited ``every`` since their last version: one
    version each (:func:`pipeline.domain.alerts.flush`)."""
    payloads = value["payload"]
    return versions.flush(
        [stored for eid in (payloads if events is None else events)
         for stored in payloads.get(eid, {}).get("alerts", ())], now, every)


def flush_digests(
    state: MutableMapping[str, Any], now: datetime, every: timedelta = timedelta(0),
    keys: Iterable[str] | None = None,
) -> list[ConflictAlert]:
    """Periodic digest: every alert with folded, unsent changes due by ``now`` gets one
    new version (drivers call this on a timer, and the runner at the end of its feed)."""
    out: list[ConflictAlert] = []
    for key in list(state if keys is None else keys):
        if is_event_key(key):
            continue
        stored = state.get(key)
        if not stored or "grouping" not in stored:
            continue
        value = _load(state, key)
        waiting = value.get("closed_pending")
        found = _digests(value, now, every) + _closed_digests(value, now, every)
        if found or value.get("closed_pending") != waiting:
            out += _numbered(value, found, now)
            _store(state, key, value)
    return out


def _fold_copy(value: dict[str, Any], record: DuplicateRecord) -> bool:
    """Remember a copy of an article and fold its id and outlet into the stored alerts
    that list the original (no new version: a new source is not new substance). False
    when the copy was already known."""
    copies = value["copies"]
    known = copies.get(record.duplicate_of, [])
    if any(c[0] == record.article_id for c in known):
        return False
    copies[record.duplicate_of] = [*known, [record.article_id, record.source]]
    events = list(dict.fromkeys(
        _resolve(value, e) for e in value["articles"].get(record.duplicate_of, ())))
    _reopen(value, reopen_events(value["grouping"], events))  # its alert is still kept
    for eid in events:
        payload = value["payload"].get(eid)
        for stored in payload["alerts"] if payload else ():
            alert = from_dict(ConflictAlert, stored["alert"])
            if record.duplicate_of in alert.article_ids \
                    and record.article_id not in alert.article_ids:
                stored["alert"] = to_dict(replace(
                    alert, article_ids=(*alert.article_ids, record.article_id),
                    sources=tuple(dict.fromkeys((*alert.sources, record.source)))))
                stored["pending"] = True
    return True


def add_source(
    key: str, record: DuplicateRecord, state: MutableMapping[str, Any], now: datetime,
    *, digest_every: timedelta = DIGEST_EVERY, params: EventParams | None = None,
) -> list[ConflictAlert]:
    """A copy of an analysed article: its id and outlet fold into the alerts on its
    original (and into alerts that form later). A new source is not new substance: it
    shows in the alert's next version, or in a digest version once ``digest_every`` has
    passed since the last one. Returns the digest versions due now."""
    value = _load(state, key)
    if not _fold_copy(value, record):
        return []
    events = [_resolve(value, e) for e in value["articles"].get(record.duplicate_of, ())]
    out = _digests(value, now, digest_every, events)
    # an event reopened for it closes again, and its folded change goes out with it
    out += _close(value, params or EventParams(digest_every=digest_every), now)[0]
    out = _numbered(value, out, now)
    _store(state, key, value)
    return out
