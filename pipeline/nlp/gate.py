"""A cheap topic gate before the parse: may this article report an armed attack or strike?

Most of a general wire (sport, business, politics, weather) never needs the full spaCy
parse. The gate reads the text with a regular-expression tokenizer and word lists — the
claim rules' attack verbs and nouns (:mod:`pipeline.nlp.lexicon`), weapons, armed forces,
casualty words, and the armed actors of the actor gazetteer — and lets an article through
when it has both:

* an **attack word** (strike, attack, shelling, explosion, kill ...), and
* **armed context**: a weapon or armed-force word, or an armed actor of the gazetteer,
  that is not the attack word itself;

or when an attack word stands beside a toll of people ("a strike on a school killed at
least 28 people"), or when it names several distinct weapons or armed forces on its own,
or is dense with attack and casualty words even without armed context (a first take:
"blast kills ..., dozens wounded ... hit ... destroyed ...") and is no match report
(several of sport's own words: "wickets", "innings", "striker"), a labour dispute's
(several of its words: "union", "walkout", "wages") nor a markets story's ("shares",
"analysts", "revenue"). It is generous on purpose
(recall first): a false pass costs one parse, a false drop loses a story. Words that make
"strike" or "attack" non-military on a general wire (a labour strike, a heart attack) are
not read as vetoes: a war story can mention a union too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pipeline.domain.models import Article
from pipeline.nlp import lexicon
from pipeline.nlp.gazetteer import Gazetteer

_WORD = re.compile(r"[a-z][a-z'\-]*")

# Armed actors of the gazetteer whose names say "armed context" when they occur.
_ARMED_ACTOR_TYPES = frozenset(["armed_group", "military"])

# Attack words beyond the claim rules' lists: inflected forms the lemma-based lists don't
# hold, and casualty words (an attack story says who was killed or wounded).
_ATTACK_FORMS = frozenset(
    [
        "struck", "strikes", "striking", "attacked", "attacks", "attacking", "hits",
        "hitting", "targeted", "targeting", "targets", "bombed", "bombs", "bombings",
        "shelled", "shells", "raided", "raids", "airstrikes", "air-strikes", "missiles",
        "rockets", "drones", "blasts", "explosions", "exploded", "destroyed", "killed",
        "killing", "killings", "kills", "wounded", "wounding", "injured", "injuring",
        "dead", "deaths", "death", "casualties", "casualty", "massacre", "fired",
        "firing", "shot", "shooting", "shootings", "ambush", "ambushed", "detonated",
        "assaults", "offensives", "shot", "stormed", "intercepted", "downed", "sank",
        "sunk",
    ]
)
# Weapons and armed forces: the context that makes an attack word military.
_ARMED_WORDS = frozenset(
    [
        "airstrike", "airstrikes", "air-strike", "air-strikes", "missile", "missiles",
        "rocket", "rockets", "drone", "drones", "artillery", "mortar", "mortars",
        "shelling", "bombardment", "bombardments", "warplane", "warplanes", "jet", "jets",
        "fighter-jet", "fighter-jets", "gunship", "gunships", "tank", "tanks",
        "grenade", "grenades", "ied", "ieds", "explosive", "explosives",
        "munition", "munitions", "ammunition", "ballistic", "cruise", "projectile",
        "projectiles", "warhead", "warheads", "gunfire", "gunmen", "gunman", "sniper",
        "military", "army", "armed", "troops", "soldiers", "soldier",
        "militants", "militant", "militia", "militias", "insurgents", "insurgent",
        "rebels", "rebel", "terrorist", "terrorists", "jihadist",
        "jihadists", "fighters", "combatants", "paramilitary", "commander",
        "commanders", "navy", "naval", "warship", "warships", "battalion", "brigade",
        "air-defence", "air-defense", "ceasefire", "cease-fire", "truce", "invasion",
        "occupation", "frontline", "front-line", "battlefield", "offensive", "weapons",
        "weapon", "suicide", "car-bomb", "bomber", "bombers",
        # small arms ("shot dead a suspect ... he never owned a gun") and forces of the
        # coasts and borders ("the coastguard fired at the rescue ship")
        "gun", "guns", "rifle", "rifles", "pistol", "pistols", "coastguard", "coastguards",
    ]
)


def _lexicon_words() -> tuple[frozenset[str], frozenset[str]]:
    """Attack words and armed words, from the claim rules' lists plus the ones above."""
    attack = set(lexicon.HIT_VERBS) | set(lexicon.VERB_ACTIONS) | _ATTACK_FORMS
    attack |= {w for w in lexicon.ACTION_NOUNS if " " not in w}
    armed = set(_ARMED_WORDS) | {w for w in lexicon.ARMED_GROUP_WORDS}
    # Lexicon words that are ordinary in sport, business or politics copy.
    armed -= {"opposition", "enemy", "cell", "cells", "operative", "operatives", "bomb",
              "terror", "fighter"}
    return frozenset(attack), frozenset(armed)


def _armed_aliases(gazetteer: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """Armed actors' names: all-caps acronyms (matched as written) and other names
    (matched in lower case)."""
    acronyms: set[str] = set()
    names: set[str] = set()
    for entry in gazetteer.actors.values():
        if entry.type not in _ARMED_ACTOR_TYPES:
            continue
        for alias in (entry.name, *entry.aliases):
            if alias.isupper() or any(w.isupper() and len(w) > 1 for w in alias.split()):
                if len(alias) >= 3 or "-" in alias:
                    acronyms.add(alias)
            elif len(alias) > 3:
                names.add(alias.lower())
    return frozenset(acronyms), frozenset(names)


# Armed context that only a phrase says ("defence" and "forces" alone are sport and
# economics words too).
_ARMED_PHRASES = (
    "defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
    "defence minister", "defense minister", "defence forces", "defense forces",
    "armed forces", "security forces", "air force", "air forces", "air defence",
    "air defense", "special forces", "ground forces", "fighter jets", "fighter jet",
    "war crimes", "killed in action", "air strike", "air strikes", "air raid", "air raids",
    "drone strike", "drone strikes", "drone attack", "drone attacks",
    # "no aerial operation took place": an operation of arms by its kind ("operation" alone
    # is a surgeon's or a company's word too)
    "military operation", "military operations", "air operation", "air operations",
    "aerial operation", "aerial operations",
    "coast guard", "border guard", "border guards", "border police",
)
# "Russian forces", "Haftar's fighters": a named side's forces.
_NAMED_FORCES = re.compile(r"\b[A-Z][a-z]+(?:'s)? (?:forces|fighters)\b")
# Casualty words: an attack word of their own only beside another attack word.
_CASUALTY_WORDS = frozenset(
    ["killed", "kills", "kill", "killing", "killings", "dead", "deaths", "death", "wounded",
     "wounding", "injured", "injuring", "casualties", "casualty", "massacre"]
)
_COUNT = (r"(?:at least |more than |nearly |about |some |around |over |up to )?"
          r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens"
          r"|scores|hundreds)")
_PEOPLE = (r"(?:people|persons|civilians|children|women|men|residents|villagers|"
           r"worshippers|students|pupils|patients|passengers|family|families|members|"
           r"displaced|refugees|farmers|workers|relatives|guests|mourners|others)")
# A toll of people: "killed at least 28 people", "kills 28 in", "killing three of them",
# "12 civilians were killed", "shot dead two people", "two men were shot dead", "killing a
# nurse and two patients" (a count of people among the first words killed; not "killed
# two cows": a count of anything else is no toll).
_PEOPLE_TOLL = re.compile(
    rf"\bkill(?:s|ed|ing)? {_COUNT}(?: {_PEOPLE}\b| (?:in|at|on|near|as|after|of)\b|[,.;])"
    rf"|\bkill(?:s|ed|ing)? (?:[a-z'-]+ ){{1,3}}and {_COUNT} {_PEOPLE}\b"
    rf"|\b{_COUNT} (?:\w+ )?{_PEOPLE} (?:were |have been |had been )?(?:shot )?(?:killed|dead)\b"
    rf"|\b(?:shot|gunned) (?:dead|down) {_COUNT}(?: {_PEOPLE}\b| (?:of|in|at|on|near)\b|[,.;])"
)


# Sport's own words: an article that passes on attack words alone ("struck a blistering
# 81", "the spinners attacked the stumps") is a match report when it uses several of them.
_SPORT_WORDS = frozenset(
    ["wicket", "wickets", "innings", "batting", "batsman", "batter", "bowled", "bowler",
     "bowlers", "bowling", "sixes", "boundaries", "overs", "t20", "t20i", "odi", "test",
     "match", "matches", "tournament", "league", "goal", "goals", "striker", "midfielder",
     "defender", "goalkeeper", "coach", "season", "championship", "semi-final", "final",
     "squad", "scored", "scorer", "playoff", "playoffs", "touchdown", "quarterback",
     "tennis", "golf", "seeded", "medal", "olympic", "olympics", "stadium", "fans",
     "spinner", "spinners", "runs", "series", "captain", "pitch", "kickoff", "halftime",
     "penalty", "rally", "sprint", "race", "lap", "podium", "cricket", "football",
     "soccer", "rugby", "baseball", "basketball", "hockey", "inning", "homer", "nba",
     "nfl", "fifa", "uefa", "icc"]
)
MIN_SPORT_WORDS = 4
# Labour's own words: attack words alone in a story of a walkout ("the strike hit
# trains", "called the strike an attack on the whole country") are a labour dispute's.
_LABOUR_WORDS = frozenset(
    ["union", "unions", "walkout", "walkouts", "strikers", "wage", "wages", "pay", "pension",
     "pensions", "employer", "employers", "bargaining", "picket", "pickets", "industrial",
     "labour", "labor", "workers", "dispute", "negotiate", "negotiations", "overtime",
     "shifts", "salaries", "salary"]
)
MIN_LABOUR_WORDS = 3
# a story of markets and company results ("shares hit a record low", "a bear raid on the
# shares", "attacking the cost base"), in words a war story seldom uses several of
_BUSINESS_WORDS = frozenset(
    ["shares", "shareholders", "shareholder", "stock", "stocks", "investors", "analysts",
     "revenue", "revenues", "earnings", "profit", "profits", "quarterly", "dividend",
     "dividends", "valuation", "ipo", "bonds", "bondholders", "forecast", "guidance",
     "ceo", "traders", "trading", "nasdaq", "index", "sellers", "buyback", "margins"]
)
MIN_BUSINESS_WORDS = 4
# a story of spaceflight or astronomy ("the spacecraft hit its target on the asteroid",
# "firing its thrusters"), in words no war story uses
_SPACE_WORDS = frozenset(
    ["spacecraft", "asteroid", "asteroids", "comet", "comets", "orbit", "orbiting", "orbiter",
     "probe", "telescope", "rover", "astronaut", "astronauts", "lunar", "planet", "planets",
     "planetary", "nasa", "thruster", "thrusters", "astronomers", "spaceflight", "cosmic"]
)
MIN_SPACE_WORDS = 2


@dataclass(frozen=True, slots=True)
class GateDecision:
    """Whether the article goes to the parse, with the words that decided it."""

    passes: bool
    attack: tuple[str, ...] = ()
    armed: tuple[str, ...] = ()


class TopicGate:
    """Decides, from words alone, whether an article may report an armed attack."""

    def __init__(
        self,
        attack_words: Iterable[str],
        armed_words: Iterable[str],
        actor_acronyms: Iterable[str] = (),
        actor_names: Iterable[str] = (),
        armed_phrases: Iterable[str] = _ARMED_PHRASES,
        min_armed_alone: int = 3,
        min_attack_alone: int = 6,
    ) -> None:
        self.attack_words = frozenset(attack_words)
        self.armed_words = frozenset(armed_words)
        self.min_armed_alone = min_armed_alone
        self.min_attack_alone = min_attack_alone
        acronyms = sorted(actor_acronyms, key=len, reverse=True)
        names = sorted(actor_names, key=len, reverse=True)
        self._acronyms = _alternation(acronyms, flags=0)
        # matched on the lower-cased text: much faster than re.IGNORECASE
        self._names = _alternation([*names, *(p.lower() for p in armed_phrases)], flags=0)

    @classmethod
    @cache
    def default(cls) -> TopicGate:
        attack, armed = _lexicon_words()
        acronyms, names = _armed_aliases(Gazetteer.default())
        return cls(attack, armed, acronyms, names)

    def decide(self, text: str) -> GateDecision:
        lower = text.lower()
        words = set(_WORD.findall(lower))
        attack = words & self.attack_words
        armed = words & self.armed_words
        found = [
            m.group(0)
            for pattern, where in ((self._acronyms, text), (self._names, lower),
                                   (_NAMED_FORCES, text)) if pattern
            for m in pattern.finditer(where)
        ]
        armed |= {" ".join(f.lower().split()) for f in found}
        # A word can be both ("missile"): the attack needs a word of its own.
        attack -= armed
        # "A strike on a school killed 28 people": an attack word beside a toll of people
        tolled = bool(attack - _CASUALTY_WORDS) and bool(_PEOPLE_TOLL.search(lower))
        # attack words alone, in a match report ("struck a blistering 81"), are sport's;
        # in a story of a walkout ("the strike hit trains"), labour's; in one of shares and
        # results ("hit a record low"), business's; beside a spacecraft and an asteroid,
        # spaceflight's
        space = words & _SPACE_WORDS
        dense = len(attack) >= self.min_attack_alone \
            and len(words & _SPORT_WORDS) < MIN_SPORT_WORDS \
            and len(words & _LABOUR_WORDS) < MIN_LABOUR_WORDS \
            and len(words & _BUSINESS_WORDS) < MIN_BUSINESS_WORDS \
            and len(space) < MIN_SPACE_WORDS
        # a probe "fired a projectile at the asteroid": spaceflight's armed words, with no
        # armed force or actor named ("probe" alone is also an inquiry's word)
        spaceflight = len(space - {"probe"}) >= MIN_SPACE_WORDS \
            and not found and len(armed) < self.min_armed_alone
        passes = (
            bool(attack and armed and not spaceflight)
            or tolled
            or len(armed) >= self.min_armed_alone
            or dense
        )
        return GateDecision(passes, tuple(sorted(attack)), tuple(sorted(armed)))

    def passes(self, article: Article) -> bool:
        return self.decide(article.text).passes


def _alternation(words: list[str], flags: int) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)
