"""Rules about claims: which are accounts of a strike's target, which parties are on one
side, which targets cannot both be true, and which claims are about the same event."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.domain.geo import km_between
from pipeline.domain.groups import GroupDirectory
from pipeline.domain.models import Actor, Claim, Place, Target

# counts written in words, with their values: "twelve Maoists", "all 12" are one count
COUNT_WORDS = {w: n for n, w in enumerate([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty"])}

COMBATANT = frozenset({"armed_group", "military"})
CIVIL = frozenset({"civilians", "civilian_site"})
MISS = "miss"
NO_STRIKE = "no_strike"  # "there was no sign of an air strike": nothing was struck
CAUSE = "cause"  # "the blast was caused by a gas cylinder": another cause than a strike
USE = "use"  # "fighters were operating from the hospital": who was at the site


def is_account(claim: Claim) -> bool:
    """A positive account of what was hit (not a denial, not "it missed", not "there
    was no strike"). A cause other than a strike is one: "the explosion came from a
    weapons depot" says what was there."""
    return not claim.negated and claim.action not in (MISS, NO_STRIKE)


# misses that name a site spared ("missed the ship", "landed near a house", "no damage
# to homes"), whose class says which hits they answer
# an attack beaten off, which names the site spared: "British air attacks on the airport
# were beaten off"
REPELLED = "miss.repelled"
SPARED_RULES = ("miss.object", "miss.near", "miss.no_damage", REPELLED)
# fire that says it hit no one: "fired warning shots", "fired into the air"
WARNING_RULES = ("miss.warning_shots", "miss.into_the_air")


def is_miss(claim: Claim) -> bool:
    return claim.action == MISS


def is_no_strike(claim: Claim) -> bool:
    return claim.action == NO_STRIKE


def is_cause(claim: Claim) -> bool:
    return claim.action == CAUSE and not claim.negated


def is_use(claim: Claim) -> bool:
    """Who was at or used the site: "fighters operated from the hospital"; negated: "there
    were no fighters in the hospital"."""
    return claim.action == USE


def same_side(a: Actor, b: Actor) -> bool:
    return a.id == b.id or (a.side is not None and a.side == b.side)


def class_group(target: Target) -> str | None:
    if target.target_class in COMBATANT:
        return "combatant"
    if target.target_class in CIVIL:
        return "civil"
    return None


def incompatible(a: Target, b: Target, groups: GroupDirectory) -> bool:
    """Both cannot be the whole story: combatants vs civilians, or two named forces that
    the hierarchy does not relate (IS vs the Army of Conquest; a Syrian army post vs
    Islamic State positions). Two militaries' forces are not told apart here."""
    ga, gb = class_group(a), class_group(b)
    if ga and gb and ga != gb:
        return True
    if "armed_group" in (a.target_class, b.target_class) and ga == gb == "combatant" \
            and a.actor_id and b.actor_id:
        return not groups.compatible(a.actor_id, b.actor_id)
    return False


@dataclass(frozen=True, slots=True)
class Mourning:
    """The dead the victims' side itself tells of, which answer no other account."""

    groups: frozenset[str] = frozenset()  # armed groups whose dead the victims' side confirms
    tolls: frozenset[Claim] = frozenset()  # combatants in a party's own mixed toll
    sites: frozenset[Claim] = frozenset()  # buildings where a party's own toll says combatants died
    identified: frozenset[Claim] = frozenset()  # a party's toll it later says were combatants


# rules that tell a toll of people, not a site or a force struck
VICTIM_RULES = ("casualty.", "copula.victims")
# constructions that count people hurt ("17 wounded people", "among the dead were four")
TOLL_RULES = ("casualty.", "copula.victims", "copula.among_victims", "copula.among_those")


def confirmed_dead(claims: Iterable[Claim]) -> Mourning:
    """Armed groups whose dead the victims' side confirms: the group itself ("three of
    its members were killed, the group said") or a party not on the attacker's side ("the
    strike killed a commander of Islamic Jihad, health officials said"); and combatants a
    party counts among the dead beside civilians in one sentence ("the dead included four
    civilians, three members of the security forces and two officials")."""
    claims = list(claims)
    groups: set[str] = set()
    tolls: set[Claim] = set()
    civil = {(c.party.id, c.evidence.article_id, c.evidence.start) for c in claims
             if not c.negated and c.target.target_class == "civilians"
             and c.rule.startswith(VICTIM_RULES)}
    for c in claims:
        t = c.target
        if c.negated or t.target_class not in COMBATANT or not c.rule.startswith(VICTIM_RULES):
            continue
        if (c.party.id, c.evidence.article_id, c.evidence.start) in civil:
            tolls.add(c)
        if t.target_class == "armed_group" and t.actor_id and (
                t.actor_id == c.party.id
                or (c.attacker is not None and not same_side(c.party, c.attacker)
                    and not _unknown_force(c.party))):
            groups.add(t.actor_id)
        elif c.own_target and c.party.type == "armed_group":
            groups.add(c.party.id)  # "its commander had been killed, the group said"
    return Mourning(frozenset(groups), frozenset(tolls), _occupied_sites(claims),
                    _identified_tolls(claims))


def _unknown_force(party: Actor) -> bool:
    """A military body the gazetteer lacks ("the multinational task force said"):
    whether it is the attacker's own cannot be told, so its count of an armed group's
    dead confirms nothing (rule ``mourning.unknown_force``)."""
    return party.type == "military" and party.id.startswith("org.")


# rules that say who an earlier toll's dead were ("they were ...", "the men were ...")
_IDENTIFY_RULES = ("copula.victims_pronoun", "copula.victims_definite", "copula.victims_count",
                   "copula.victim_pronoun_one", "copula.among_victims")


def _identified_tolls(claims: list[Claim]) -> frozenset[Claim]:
    """Rule ``mourning.identified_toll``: a party's toll of people ("the bodies of three
    men were brought in") that the same party then says were combatants ("they were
    members of the PKK") is its account of combatants, not of civilians; the count
    answers no other account. So is a count of people among whose dead the party names
    only combatants ("killing two people", then "its deputy head of operations was among
    the dead"). A party that also calls them civilians keeps both."""
    said: dict[tuple[str, str], set[str]] = {}
    first: dict[tuple[str, str], int] = {}
    for c in claims:
        group = class_group(c.target)
        if c.negated or group is None or not c.rule.startswith(_IDENTIFY_RULES):
            continue
        key = (c.party.id, c.evidence.article_id)
        said.setdefault(key, set()).add(group)
        first[key] = min(first.get(key, c.evidence.start), c.evidence.start)
    return frozenset(
        c for c in claims
        if not c.negated and c.target.target_class == "civilians"
        and c.rule.startswith("casualty.")
        and said.get((c.party.id, c.evidence.article_id)) == {"combatant"}
        and c.evidence.start <= first[(c.party.id, c.evidence.article_id)])


def _occupied_sites(claims: list[Claim]) -> frozenset[Claim]:
    """Rule ``mourning.occupied_site``: a site a party names in the sentence where it
    counts combatants, and no civilians, among the strike's dead is where those
    combatants were ("89 soldiers were killed when rockets struck a building where they
    were quartered"; "three fighters were killed inside a family home"), not that party's
    account of a civilian target. A sentence that also counts civilians keeps its site
    ("the strike on the house killed a fighter and his five children")."""
    told: dict[tuple[str, str, int], set[str]] = {}
    for c in claims:
        group = class_group(c.target)
        if not c.negated and c.rule.startswith(VICTIM_RULES) and group is not None:
            told.setdefault(_said(c), set()).add(group)
    return frozenset(c for c in claims if not c.negated
                     and c.target.target_class == "civilian_site"
                     and told.get(_said(c), set()) == {"combatant"})


def _said(c: Claim) -> tuple[str, str, int]:
    return (c.party.id, c.evidence.article_id, c.evidence.start)


# rules by which a party says who all the dead were ("the victims were students")
_ALL_THE_DEAD = frozenset(["copula.victims", "copula.victims_definite",
                           "copula.victims_pronoun"])


def mourned(a: Claim, b: Claim, dead: Mourning, hierarchy: GroupDirectory | None = None
            ) -> bool:
    """A group's confirmed dead and the building they died in, or the strike's toll, are
    one story, not two accounts: "Hamas said two of its members were killed" answers
    neither "the strike hit an apartment" nor "it killed three people"; nor does a
    party's own mixed toll answer a civilian account; nor does a site where a party's own
    toll puts only combatants. A group's dead count for the groups it is part of or that
    are part of it ("YPG militants" when the SDF mourns its fighters); where the article
    confirms one group's dead, an armed target it names no group for ("the commander's
    hideout") is that group's. A party that says who all the dead were ("the victims were
    students") disputes any account of fighters among them, confirmed or not."""
    if a in dead.sites or b in dead.sites or a in dead.identified or b in dead.identified:
        return True
    hierarchy = hierarchy if hierarchy is not None else GroupDirectory()
    for group, other in ((a, b), (b, a)):
        t = group.target
        if other.target.target_class not in CIVIL or t.target_class not in COMBATANT:
            continue
        if group in dead.tolls:
            return True
        if other.rule in _ALL_THE_DEAD:
            continue  # "the victims were students": all of them, no fighter among them
        if dead.groups and t.target_class == "armed_group" and (
                _confirmed(t.actor_id, dead.groups, hierarchy)
                or (t.actor_id is None and (group.rule.startswith("casualty.")
                                            or len(dead.groups) == 1))):
            return True
    return False


def _confirmed(actor_id: str | None, dead: frozenset[str], hierarchy: GroupDirectory
               ) -> bool:
    """The group itself, or a group it is part of or that is part of it (not a generic
    "rebels", which stands for any group of its kind)."""
    if actor_id is None:
        return False
    return actor_id in dead or any(
        g in hierarchy.ancestors(actor_id) or actor_id in hierarchy.ancestors(g)
        for g in dead)


def matches(a: Target, b: Target, groups: GroupDirectory) -> bool:
    """The same kind of target (used for "X, not Y": does Y answer someone's X?)."""
    if a.actor_id and b.actor_id:
        return groups.compatible(a.actor_id, b.actor_id)
    if a.target_class == b.target_class == "infrastructure":
        # rule ``claims.same_utility``: works of one kind, named by a word they share ("a
        # water facility" answers "the water treatment plant"; "the bridge" does not
        # answer "the power station")
        return bool(_kind_words(a.text) & _kind_words(b.text))
    ga, gb = class_group(a), class_group(b)
    return ga is not None and ga == gb


def _kind_words(text: str) -> set[str]:
    """The words of a target's text that may say its kind: longer than three letters."""
    return {singular(w) for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3} \
        - _NOT_KIND_WORDS


# words of a target's text that say nothing of its kind
_NOT_KIND_WORDS = frozenset(["main", "only", "city", "town", "local", "central", "whole",
                             "entire", "their", "that", "this", "these", "those", "from",
                             "with", "near", "several", "other"])


def target_head(text: str) -> str:
    """The last word of a target's text, singular ("posts" -> "post"), past an adverb
    of where they were ("two people inside": person)."""
    words = re.findall(r"[a-z]+", text.lower())
    while len(words) > 1 and words[-1] in _WHERE_ADVERBS:
        words.pop()
    return singular(words[-1] if words else "")


# adverbs a target's text may end in that say where its people were, not who
_WHERE_ADVERBS = frozenset(["inside", "aboard", "onboard", "there", "nearby", "within"])


def singular(word: str) -> str:
    """"posts" -> "post" (not "press")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def same_place(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.kind == "country" or b.kind == "country":
        return True
    if _far_apart(a, b):
        return False
    if _stateless(a) != _stateless(b):
        # rule ``places.named_line``: a frontier no state owns ("the Line of Control")
        # holds a town of either side's story that is not far from it
        return True
    if (is_bearing(a) or is_bearing(b)) and a.latitude is not None \
            and b.latitude is not None:
        # rule ``place.bearing``: "west of Tripoli" is near the town, in whatever province;
        # a town not FAR_APART_KM from it may be the place
        return True
    if (a.kind == "region") != (b.kind == "region") and a.country and a.country == b.country \
            and not (a.admin1 if a.kind == "region" else b.admin1):
        # rule ``place.in_region``: a region the gazetteer has no province for ("the Gaza
        # Strip") holds a place of its country not far from it (a town there). A town
        # with coordinates more than FAR_APART_KM from the region's centre is apart
        # above; a province, which has none, is taken as held (the gazetteer cannot tell
        # a West Bank governorate from a Gaza one: the day and attacker cues still can)
        return True
    if a.admin1 and b.admin1:
        return a.admin1 == b.admin1
    if a.geonames_id and b.geonames_id:
        return a.geonames_id == b.geonames_id or not (a.admin1 or b.admin1)
    na, nb = a.name.lower(), b.name.lower()
    return na in nb or nb in na


# a place the text measured from a town ("west of Tripoli", as the resolver names it)
_BEARING = re.compile(r"^(?:north|south|east|west)\S*-of ")


def is_bearing(place: Place) -> bool:
    """The place is where the text measured from a town ("west of Tripoli"), not the town:
    the resolver names it "west-of Tripoli"."""
    return _BEARING.match(place.name) is not None
FAR_APART_KM = 80.0  # towns further apart are not one strike's place (two 42 km apart may be)


def _stateless(place: Place) -> bool:
    return place.country is None and place.kind == "region"


def _far_apart(a: Place, b: Place) -> bool:
    """Rule ``place.far_apart``: two towns of one province more than FAR_APART_KM apart
    ("near El Fasher" and "in Kabkabiya, about 150 km west") are two places, though
    the province is the same; a province or a place without coordinates decides
    nothing."""
    if "admin1" in (a.kind, b.kind) or a.latitude is None or a.longitude is None \
            or b.latitude is None or b.longitude is None:
        return False
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude) > FAR_APART_KM


# unnamed armed men as attacker ("gunmen killed 12 villagers"): an attacker of no side
ARMED_MEN = "generic.armed-men"


def same_attacker(a: Actor | None, b: Actor | None) -> bool:
    """Attackers that may be one: either unknown, on one side, or unnamed armed men and
    an armed group ("militants attacked the bus", "the BLA said it hit a convoy"); unnamed
    armed men are not an army ("troops later killed seven of the bandits")."""
    if a is None or b is None:
        return True
    if ARMED_MEN in (a.id, b.id):
        return "armed_group" == a.type == b.type
    return same_side(a, b)
