"""Claim-finding constructions as data: a table of named ``DependencyMatcher`` patterns
(run by :class:`~pipeline.nlp.depmatch.TreeMatcher`, which anchors them on their trigger
words).

Each row of ``data/constructions.json`` is one construction ("transitive strike verb",
"passive", "the target was X", "noun + on", "casualty verb", "use of a site",
"misidentification" ...). Its pattern names a ``trigger`` node (the word the claim hangs
from) and a ``target`` node (the head of what was hit). ``$NAME`` in a pattern stands for
the word list ``NAME`` of :mod:`pipeline.nlp.lexicon`. The table is validated on load;
every hit carries the id of the row that found it, so a scorer can print precision per
rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from pipeline.domain.claims import COUNT_WORDS
from pipeline.nlp import lexicon as lx
from pipeline.nlp.depmatch import PatternError, TreeMatcher, compile_pattern
from pipeline.nlp.docmemo import any_word, doc_text, lemma_positions, line_bounds, sent_of
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.party_rules import in_dateline
from pipeline.nlp.tables import expand_lists, read_table, repeated
from pipeline.nlp.targets import one_fight

KINDS = frozenset(["hit", "noun", "casualty", "copula", "use", "mistake", "miss", "no_damage",
                   "no_strike", "cause"])
# (a distance, "about 180 km", is no target; "500 tonnes of ammunition" is, by its "of")
_NOT_TARGET_ENTS = frozenset(["DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY",
                              "QUANTITY"])


class ConstructionError(ValueError):
    """A row of the construction table is malformed."""


@dataclass(frozen=True, slots=True)
class Construction:
    id: str
    kind: str
    description: str
    pattern: list[dict[str, Any]]
    requires: tuple[str, ...] = ()
    negated: bool = False
    fallback: bool = False
    beside: bool = False  # kept beside another row's hit on the same words
    example: Mapping[str, Any] = field(default_factory=dict)
    counter_example: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Hit:
    """One construction match: the rule, the trigger token, the target head and the
    other named nodes (``site``, ``subject`` ...), all as token indices."""

    rule: str
    kind: str
    trigger: int
    target: int
    negated: bool
    fallback: bool
    nodes: Mapping[str, int]
    beside: bool = False  # a second reading of words another row's hit may hold


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What a ``requires`` check may look at besides the tokens."""

    classify: Callable[[Token], str]  # token -> target class
    reported: Callable[[Token], bool]  # trigger -> is it framed by a speaker
    # the hits of the rows without a late check: what the article already says was struck
    earlier: tuple[Hit, ...] = ()


Check = Callable[[Hit, Doc, CheckContext], bool]


def _strike_context(verb: Token) -> bool:
    """"the strike killed ...", "killed in an air strike", "killed ... by a drone",
    "its aircraft killed ..." (a weapon that strikes is the strike); "the Israeli
    aggression that killed two journalists" (a relative clause of a strike, or of a word
    that names one attack as a wrong)."""
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") \
            and (verb.head.lemma_.lower() in lx.ACTION_NOUNS
                 or verb.head.lemma_.lower() in _ATTACK_WRONGS) \
            and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent", "prep", "advcl"):
            for sub in child.subtree:
                lemma = sub.lemma_.lower()
                if (lemma in lx.ACTION_NOUNS or lemma in lx.STRIKING_WEAPONS) \
                        and sub.pos_ in ("NOUN", "PROPN"):
                    return True
        if verb.lemma_.lower() in lx.DYING_VERBS and _shot_dead(child):
            return True
    return False


def _shot_dead(child: Token) -> bool:
    """Rule ``casualty.died_shot``: ``child`` of a verb of dying says gunfire killed: one
    who died of it died in a strike's frame ("died hours after he was shot", "died of a
    bullet wound", "died of gunshot wounds in hospital"; not "died after a long
    illness", "died from his injuries in a fall")."""
    if child.dep_ == "prep" and child.lower_ in ("from", "of"):
        return any(sub.lemma_.lower() in lx.GUNFIRE_NOUNS and sub.pos_ == "NOUN"
                   for sub in child.subtree)  # "died of a bullet wound"
    if child.dep_ == "advcl":
        shot: Token | None = child  # "died hours after he was shot"
    elif child.dep_ == "prep" and child.lower_ == "after":
        shot = next((c for c in child.children if c.dep_ == "pcomp"), None)  # "after being shot"
    else:
        return False
    return shot is not None and shot.lemma_.lower() == "shoot" \
        and any(c.dep_ == "auxpass" for c in shot.children)


# words that name one attack as a wrong: "the aggression that killed two journalists"
_ATTACK_WRONGS = frozenset(["aggression", "massacre", "atrocity"])


def _not_action(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"launched an attack" is the noun's construction, not a target; nor is the "what"
    of "what they hit was X" (the copula names it), nor a question's "whose house it was"
    ("everyone knew whose house it was" asks, it says nothing of the site)."""
    target = doc[hit.target]
    if target.lower_ == "what" and target.head.dep_ == "csubj":
        return False
    if _bare_target(target):
        return False
    if hit.kind == "copula" and any(c.tag_ == "WP$" and c.i < target.i
                                    for c in target.children) \
            and any(c.dep_ == "nsubj" and c.pos_ == "PRON" and target.i < c.i < hit.trigger
                    for c in doc[hit.trigger].children):
        return False
    if target.lemma_.lower() in _PURPOSES:
        return False  # "the bombing was aimed at ethnic cleansing": what for, not what
    return target.lemma_.lower() not in lx.ACTION_NOUNS or hit.target == hit.trigger


# what an operation is said to be for, never what it hit
_PURPOSES = frozenset(["cleansing", "genocide", "destabilization", "destabilisation",
                       "intimidation", "provocation", "escalation", "deterrence", "revenge",
                       "annexation", "sabotage", "disruption", "terror", "extermination"])


def _bare_target(target: Token) -> bool:
    """""The target was destroyed with complete precision": a bare "the target" stands for
    what the party named before; it names no target of its own (rule
    ``target.bare``). "The target, a depot" or "the intended target" say more."""
    return target.lemma_.lower() == "target" and all(
        c.dep_ in ("det", "punct") for c in target.children)


def _named(tok: Token, words: frozenset[str]) -> bool:
    """The word, as written or as its lemma, is one of ``words``."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def _of_objects(tok: Token) -> list[Token]:
    """The objects of the word's "of" phrases ("most of their mortars", "an execution of
    fishermen"), in order."""
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj"]


_ROUND_WORDS = frozenset(["shot", "round", "bullet", "volley", "salvo", "burst", "flare",
                          # "no agents fired their weapons": what they fired with
                          "weapon", "gun", "rifle", "pistol", "firearm", "sidearm",
                          # what police fire at a crowd: "fired tear gas", "water cannon"
                          "gas", "cannon", "canister", "grenade", "pellet", "teargas",
                          # "firing live ammunition": what was fired
                          "ammunition", "ammo"])
# what is fired or launched (not "shot a drone" down: "shoot" keeps it as a target)
# (and what they are fired from: "fired BM-21 multiple rocket launchers into the districts")
_FIRED_WEAPONS = (lx.STRIKING_WEAPONS - lx.MANNED_AIRCRAFT) | frozenset(
    ["munition", "round", "launcher", "salvo", "volley", "barrage"])
_DEVICE_WORDS = frozenset(["mine", "mines", "landmine", "landmines", "ied", "ieds", "device",
                           "devices", "bomb", "bombs", "explosive", "explosives"])


def _active_trigger(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The strike verb is active: a passive one ("the driver was hit") has its patient for
    a subject and no object to find elsewhere."""
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in doc[hit.trigger].children)


def _not_device(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"the minibus struck an improvised explosive device": what set off a mine is what
    was hit (``hit.struck_device``), not the mine; nor are the rounds a force fired."""
    target, verb = doc[hit.target], doc[hit.trigger]
    if target.lemma_.lower() in _ROUND_WORDS and verb.lemma_.lower() in lx.FIRE_VERBS:
        return False  # "fired warning shots at suspects": what was fired, not its target
    if target.lemma_.lower() in _FIRED_WEAPONS and verb.lemma_.lower() in ("fire", "launch"):
        return False  # "firing mortar projectiles at migrants": the weapon, not the target
    if target.dep_ == "dobj" and verb.lemma_.lower() in _POINTING_VERBS:
        return False  # "men aiming rifles at the crowd": what was aimed; "at" tells at what
    if target.dep_ == "dobj" and verb.lemma_.lower() in _RAM_VERBS and any(
            c.dep_ == "prep" and c.lower_ in ("into", "through") for c in verb.children):
        return False  # "rammed an explosives-laden car into a school bus": the car struck
    return not (target.lower_ in _DEVICE_WORDS and verb.lemma_.lower() in ("strike", "hit"))


# verbs whose object is what is pointed, never what it is pointed at ("aimed rifles at
# the crowd", "directed its fire at the village", "pointed their guns at protesters")
_POINTING_VERBS = frozenset(["aim", "point", "direct"])
# verbs of driving a vehicle into something: their object is the vehicle, "into" the target
_RAM_VERBS = frozenset(["ram", "drive", "crash", "plough", "plow", "smash", "slam", "steer"])


# where a platform's words are posted ("its Telegram channel", "his X account")
_POSTING_PLACES = frozenset(["channel", "account", "page", "feed", "handle", "platform"])
# the words that make a posting place online on their own ("his social media platform")
_ONLINE_WORDS = frozenset(["social", "media", "online", "messaging"])


def _platform(target: Token) -> bool:
    """A platform words are posted on: "Twitter", "X" (as a name), "social media", "its
    Telegram channels", "its website" ("claimed the attack on its Telegram channels")."""
    if target.lower_ in lx.PLATFORM_WORDS or target.lemma_.lower() == "website":
        return True
    if target.lemma_.lower() in _POSTING_PLACES and any(
            c.dep_ in ("compound", "amod") and (_platform(c) or c.lower_ in _ONLINE_WORDS)
            for c in target.children):
        return True
    if target.text == "X" and target.pos_ == "PROPN":
        return True
    return target.lower_ == "media" and any(c.lower_ == "social" for c in target.children)


def _not_time(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Not a date or a bare number ("on Saturday"), nor an idiom of time or standing ("on
    the heels of", "on the eve of", "on behalf of"), nor where words were posted ("the
    strike on Twitter", "on social media"); "dozens of fighters" is a target."""
    target = doc[hit.target]
    if target.lower_ in lx.ON_IDIOMS or _platform(target):
        return False
    if target.lemma_.lower() in _TIME_NOUNS:
        return False  # "not conducting air strikes in Syria at this time"
    if target.lower_ == "quarters" and any(c.dep_ in ("poss", "amod", "compound")
                                           for c in target.children):
        return True  # "the workers' quarters", "living quarters": rooms, which the
        # recogniser may call a date
    if target.ent_type_ in ("CARDINAL", "QUANTITY") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in target.children):
        return True
    if target.pos_ == "NUM" and any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all")
                                    for c in target.children):
        return True  # "the two had been deliberately targeted", "all five": people told of
    if target.ent_type_ == "CARDINAL" and target.pos_ in ("NUM", "NOUN") \
            and doc[hit.trigger].lemma_.lower() in lx.CASUALTY_VERBS:
        # a bare toll is the speaker's account of people hit: "the strike killed 14 at a
        # funeral" (civilians, where it says who), "killed more than 130", "dozens were
        # killed" (of no class)
        return True
    return target.ent_type_ not in _NOT_TARGET_ENTS


# nouns of time the recogniser leaves untagged ("at this time", "for the moment")
_TIME_NOUNS = frozenset(["time", "times", "moment", "juncture",
                         # "troops opened fire at dawn"
                         "dawn", "dusk", "daybreak", "nightfall", "midnight", "noon",
                         "sunrise", "sunset"])
_ACTOR_ENTS = frozenset(["NORP", "GPE", "ORG", "PERSON"])


def _casualty_frame(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """A toll is an account of what was hit only inside a strike, or in a speaker's words
    when nothing but an attacker is said to have done the killing ("the violence since
    October has killed 600 people" is a running toll, not this strike)."""
    verb = doc[hit.trigger]
    if any(child.dep_ == "prep" and child.lower_ in ("in", "by", "during", "amid") and any(
            c.dep_ == "pobj" and c.lemma_.lower() in _HAZARDS for c in child.children)
           for child in verb.children):
        return False  # "killed in floods and landslides": a hazard's toll, no strike's
    if _judicial(verb, doc[hit.target]):
        return False
    if _period_toll(verb) or _war_sized(doc[hit.target]):
        return False
    if _strike_context(verb) or _strike_said_to_kill(verb):
        return True
    if _running_since(verb):
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "since", "amid") and any(
                c.dep_ == "pobj" and c.lemma_.lower() in lx.CONFLICT_NOUNS and not one_fight(c)
                for c in child.children):
            # (but "killed in a clash with troops" is one fight's toll, as a firefight's)
            return False  # "killed in the clashes": the fighting's toll, not a strike's
        if child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" \
                and verb.head.lemma_.lower() in lx.CONFLICT_NOUNS:
            return False  # "the civil war that killed 400,000 people": the war's toll
        if child.dep_ == "nsubj" and child.ent_type_ not in _ACTOR_ENTS \
                and child.pos_ != "PRON" and not child.ent_id_ and not in_dateline(child) \
                and not _one_firefight(child) \
                and not any(c.dep_ == "auxpass" for c in verb.children) \
                and not _named(child, _KILLERS) and not _named(child, _ARMED_BODIES) \
                and not _named(child, lx.ASSAILANT_WORDS):
            # (those who carried out the attack kill in it: "the attackers killed 14
            # residents")
            return False
    if _tally(verb):
        return False
    return ctx.reported(verb)


# the least count of dead that tells a war's or a campaign's toll, not one strike's
_WAR_SIZED = 10_000
_MILLIONS = frozenset(["million", "millions", "billion", "billions"])


def _war_sized(count: Token) -> bool:
    """Rule ``casualty.war_sized``: a toll of ten thousand or more ("the offensive has
    killed more than 40,000 people", "put the death toll at some 150,000", "tens
    of thousands of people", "1.2 million") counts a war or a campaign, not what one strike
    hit ("killed 12 people", "hundreds", "thousands" are a strike's to tell)."""
    if count.dep_ == "pobj" and count.head.lower_ == "of" and count.head.head.like_num:
        count = count.head.head  # "thousands of people": the count is "thousands"
    for word in (count, *(c for c in count.children if c.dep_ in ("nummod", "compound"))):
        low = word.lower_
        if low in _MILLIONS or any(c.lower_ in _MILLIONS for c in word.children):
            return True
        if low == "thousands" and any(c.lower_ in ("tens", "hundreds") for c in word.children):
            return True
        number = low.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", number) and float(number) >= _WAR_SIZED:
            return True
    return False


# spans of time a toll counts over ("in the first six months of the year")
_PERIOD_NOUNS = frozenset(["month", "year", "half", "quarter"])
_SPAN_WORDS = frozenset(["first", "past", "last", "previous", "preceding", "this"])


def _period_toll(verb: Token) -> bool:
    """Rule ``casualty.period_toll``: a toll counted over a span of months or a year
    ("air strikes had killed 363 people in the first six months of the year", "killed
    1,200 civilians in 2019") is a tally of many strikes, not an account of what one hit;
    "killed 14 people in an air strike last month" keeps its strike (its span is no
    prepositional "in", and "a month" counts no span), and so does "the deadliest attack
    in the past year killed 20", told of one attack."""
    if any(c.dep_ == "nsubj" and c.tag_ == "NN" and c.lemma_.lower() in lx.ACTION_NOUNS
           and any(d.dep_ == "det" and d.lower_ in ("the", "a", "an", "this", "that")
                   for d in c.children)
           for c in verb.children):
        return False  # "the deadliest attack in the past year killed 20": one attack
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "over", "through"):
            for c in child.children:
                if c.dep_ != "pobj":
                    continue
                if c.lemma_.lower() in _PERIOD_NOUNS and any(
                        d.lower_ in _SPAN_WORDS or (d.dep_ == "nummod" and d.lower_ != "one")
                        for d in c.children):
                    return True
                if c.ent_type_ == "DATE" and re.fullmatch(r"(?:19|20)\d\d", c.text):
                    return True
    return False


def _strike_said_to_kill(verb: Token) -> bool:
    """Rule ``casualty.said_of_a_strike``: "in a raid that a local rights group said
    killed four villagers": the relative pronoun that is the toll's subject stands for
    the strike noun the reporting clause hangs on."""
    said = verb.head
    if verb.dep_ != "ccomp" or said.dep_ != "relcl" or said.head.pos_ != "NOUN" \
            or said.head.lemma_.lower() not in lx.ACTION_NOUNS \
            or said.head.lemma_.lower() in lx.CONFLICT_NOUNS:
        return False  # (not "the war that officials said killed 400,000": a war's toll)
    return any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)


def _one_firefight(noun: Token) -> bool:
    """Rule ``casualty.firefight_toll``: one firefight as the subject of a toll ("Friday's
    shootout left three robbers dead", "the gunfight killed two officers"): the toll of
    one fight, as a strike's is (not "the clashes", fighting as a whole)."""
    return noun.lemma_.lower() in lx.FIREFIGHT_NOUNS and noun.tag_ == "NN"


def _running_since(verb: Token) -> bool:
    """Rule ``casualty.running_toll``: a toll in the present perfect counted "since" a
    time or a beginning ("more than 3,000 people have been killed and 700,000 have fled
    since the conflict began", "since Israel launched its operation, more than 1,000
    Palestinians have been killed") is the war's running toll, not a strike's account;
    "have been killed since the strike" is the strike's toll, and so is one a strike
    frames ("killed in an air strike ..., the largest toll since the war began"). Told
    in reported speech, the perfect is past ("said 2,800 had been killed since the uprising
    started"), and counts the same."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have"
               and c.tag_ in ("VBP", "VBZ", "VBD") for c in verb.children):
        return False
    sent = sent_of(verb)
    for tok in sent:
        if tok.lower_ != "since" or tok.dep_ not in ("mark", "prep"):
            continue
        before = verb.doc[max(tok.i - 6, sent.start) : tok.i]
        if any(t.tag_ in ("JJS", "RBS") for t in before):
            continue  # "the largest single-incident death toll since the war began"
        after = verb.doc[tok.i + 1 : min(tok.i + 5, sent.end)]
        if not any(t.lemma_.lower() in lx.ACTION_NOUNS and t.pos_ == "NOUN"
                   and t.lower_ not in lx.CAMPAIGN_NOUNS for t in after):
            return True  # (since a time, a war, or a campaign: "since the offensive began")
    return False


def in_series(tok: Token) -> bool:
    """Rule ``general.series_since``: a strike verb in the perfect with a counted, plural
    object, counted "since" a time, a war or a campaign ("said its pilots had hit some 300
    rebel sites since the offensive opened", "has conducted nine raids on fishing boats
    since the spring"), tells a campaign's running series, a general line of its
    speaker's, not an account of one strike: so does ``tok`` when it is that verb, its
    participle's toll ("..., killing hundreds of fighters") or its counted object ("have
    claimed some 90 mortar attacks on the base since October"). "Hit two sites on
    Monday" is no series, nor "the strikes have hit 40 homes since the raid began" (a
    strike's own count)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.dep_ == "dobj" and tok.tag_ == "NNS" and _number_before(tok) \
            and _counted_series(tok.head)
    if tok.tag_ == "VBG" and tok.dep_ == "advcl" and _counted_series(tok.head):
        return True
    return _counted_series(tok)


def _counted_series(verb: Token) -> bool:
    """A verb in the perfect, counted "since" (:func:`_running_since`), with a counted,
    plural object."""
    if not any(c.dep_ == "dobj" and c.tag_ == "NNS" and _number_before(c)
               for c in verb.children):
        return False
    return _running_since(verb)


def _number_before(noun: Token) -> bool:
    """``noun`` carries a number before it: "300 sites", "some 90 mortar and rocket
    attacks" (the parse may hang the number on the first modifier)."""
    return noun.like_num or any(t.like_num for c in noun.lefts for t in c.subtree)


def _judicial(verb: Token, target: Token) -> bool:
    """Rule ``casualty.judicial``: "Iran executed three Kurdish prisoners", "two inmates
    were executed": prisoners put to death, or a state that executes, tell of a sentence
    carried out, not of a strike ("gunmen executed ten villagers" is one)."""
    if verb.lemma_.lower() != "execute":
        return False
    if target.lemma_.lower() in _PRISONERS:
        return True
    return any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" and c.pos_ == "PROPN"
               for c in verb.children)


# people held, whose execution is a sentence carried out
_PRISONERS = frozenset(["prisoner", "inmate", "convict", "detainee", "captive"])


# natural hazards, whose tolls are no strike's ("killed in floods")
_HAZARDS = lx.NON_STRIKE_CAUSES - lx.CONFLICT_NOUNS - {"crisis", "shortage", "shortages"}


def _tally(verb: Token) -> bool:
    """Rule ``casualty.tally``: a toll with no strike in its frame, told to a legislature
    ("told parliament that 49 soldiers had been killed") or by a head of state or
    government to the press, is a tally of the fighting as a whole, not an account of a
    target. "The army said 12 soldiers were killed when militants attacked their base" is
    one (no legislature, no leader); so is the leader's "killed when militants attacked"
    (a strike verb frames the toll), and his "Taliban commanders were killed", which
    counts nobody: a tally is a count."""
    if any(c.dep_ == "advcl" and c.lemma_.lower() in lx.HIT_VERBS for c in verb.children):
        return False
    if not any(t.like_num for c in verb.children
               if c.dep_ in ("nsubjpass", "nsubj", "dobj") for t in c.subtree):
        return False
    report = next((a for a in verb.ancestors if a.lemma_.lower() in lx.REPORT_VERBS
                   and a.pos_ in ("VERB", "AUX")), None)
    if report is None:
        return False
    # whom it was told to: "told parliament", "told reporters", "said in parliament"
    heard = [t for c in report.children
             if c.dep_ in ("dative", "dobj", "npadvmod")
             or (c.dep_ == "prep" and c.lower_ in ("to", "in", "before", "at"))
             for t in c.subtree]
    heard_words = {t.lower_ for t in heard} | {t.lemma_.lower() for t in heard}
    if heard_words & lx.LEGISLATURE_WORDS:
        return True
    speaker = {t.lower_ for c in report.children if c.dep_ == "nsubj" for t in c.subtree}
    if not speaker & _STATE_PORTFOLIOS:
        # a minister of a portfolio ("Health Minister X told a news conference that 21
        # people had been killed") tells the toll of the attack, not of the war
        speaker -= {"minister"}
    return bool(speaker & lx.LEADER_WORDS) and bool(heard_words & lx.PRESS_WORDS)


# ministers who speak for the state at war: the prime minister and those of defence,
# war and foreign affairs
_STATE_PORTFOLIOS = frozenset(["prime", "defence", "defense", "war", "foreign"])


# Armed people who kill: "soldiers executed 300 men" is an account, like "the army killed".
# Security forces and police kill in accounts too: "security forces killed dozens".
_KILLERS = lx.MILITARY_PERSONS | lx.ARMED_GROUP_WORDS | frozenset(
    ["force", "forces", "police", "policemen", "policeman", "guard", "guards"])
# armed bodies that kill, for a toll's frame: "the coalition had killed dozens of shoppers"
# (not killers elsewhere: "the target was military" is a struck site's class)
_ARMED_BODIES = frozenset(["army", "armies", "military", "militaries", "coalition", "navy",
                           "militia", "militias", "junta", "regime", "commando", "commandos",
                           "paratrooper", "paratroopers",
                           # "its patrol killed 22 gunmen": a force's own units
                           "patrol", "patrols", "unit", "units", "squad", "squads", "platoon",
                           "platoons", "battalion", "battalions", "brigade", "brigades",
                           # a state's security bodies: "the agency had shot dead three
                           # bandits" (its counter-terrorism agency)
                           "department", "departments", "agency", "agencies"])


def _struck_by_a_strike(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The passive's agent is no fighting or calamity: "a town that has been hit by a
    long-running conflict" tells no strike on the town ("hit by shelling" does)."""
    for child in doc[hit.trigger].children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj" and _named(obj, lx.NON_STRIKE_CAUSES):
                    return False
    return True


def _landed_nowhere_told(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """A weapon that fell short hit nothing only when its sentence does not go on to
    say where it came down: "the shell had fallen short and crashed into a yard,
    wounding two men" (a verb of impact or harm joined to it) tells what it hit
    instead."""
    verb = doc[hit.trigger]
    after = [c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp") and c.i > verb.i
             and c.pos_ == "VERB"]
    return not any(v.lemma_.lower() in lx.IMPACT_VERBS | lx.HIT_VERBS | lx.CASUALTY_VERBS
                   for v in after)


def _weapon_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The verb's subject (or, for a verb joined to another, that verb's) is a weapon:
    "shells landed in a camp", "shells fired on Friday landed in a camp", also when the
    parse makes the weapon's participle the subject ("the bombs dropped by the military
    fell on a farmhouse": "dropped" a clausal subject, "bombs" its own)."""
    verb = doc[hit.trigger]
    # "bombs dropped in a raid had fallen on open ground": the parse hangs the verb with
    # no subject of its own on the participle of its weapon
    bare = verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                            for c in verb.children)
    verbs = [verb, verb.head] if verb.dep_ == "conj" or bare else [verb]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [s for v in verbs for c in v.children if c.dep_ == "csubj"
                 for s in c.children if s.dep_ == "nsubj"]
    # "most of their mortars fell in the fields", "two of the missiles fell": what the
    # count counts; "fragments of an intercepted missile crashed into a home": what the
    # pieces were of
    subjects += [_counted_noun(c) for c in subjects
                 if _counts(c) or c.lemma_.lower() in _PIECE_WORDS]
    # "if shells had fallen near the camp, they had landed on positions": "they" or "it"
    # is the weapon the sentence named just before, in a clause of this verb's own
    subjects += [n for c in subjects if c.lower_ in ("they", "it")
                 for n in _weapon_before(c, verbs)]
    weapons = lx.STRIKING_WEAPONS
    # '"we intercepted most of them, and the rest landed in a field"': the rest of what
    # the joined verb counted, the weapons named just before "them"
    subjects += [n for c in subjects if c.lower_ in _REST_WORDS
                 for n in _rest_of(verbs, weapons)]
    # "brought down a drone and its debris tumbled into a field": the pieces of the
    # weapon "its" stands for, the one named before in the sentence
    subjects += [n for c in subjects if c.lower_ in _PIECE_WORDS
                 and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
                 for n in doc[sent_of(c).start : c.i] if n.lemma_.lower() in weapons]
    if verb.lemma_.lower() in lx.IMPACT_VERBS or _comes_down(verb):
        # an aircraft that lands, crashes or comes down is no weapon coming down ("the
        # plane landed in the capital"); a verb of coming down parsed as its subject's
        # clause still has it: 'a drone "impacted inside the base"'
        weapons = weapons - lx.MANNED_AIRCRAFT
        if verb.dep_ == "acl":
            subjects.append(verb.head)
    return any(c.lemma_.lower() in weapons for c in subjects)


_REST_WORDS = frozenset(["rest", "remainder", "others"])


def _comes_down(verb: Token) -> bool:
    """"came down": a verb of coming down, as "landed" and "fell" are."""
    return verb.lemma_.lower() == "come" and any(c.dep_ == "prt" and c.lower_ == "down"
                                                   for c in verb.children)


def _rest_of(verbs: list[Token], weapons: frozenset[str]) -> list[Token]:
    """What a count the joined verb took counted ("intercepted most of the rockets"),
    or for "most of them" the nearest weapon named before, in that sentence or the one
    before."""
    out = []
    for v in verbs:
        for obj in v.children:
            if obj.dep_ != "dobj" or not _counts(obj):
                continue
            counted = _counted_noun(obj)
            if counted.lower_ == "them":
                doc, start = counted.doc, sent_of(counted).start
                if start > 0:
                    start = sent_of(doc[start - 1]).start
                counted = next((t for t in reversed(doc[start : counted.i])
                                if t.lemma_.lower() in weapons), counted)
            out.append(counted)
    return out


# pieces of a weapon that come down where it was stopped
_PIECE_WORDS = frozenset(["fragment", "fragments", "debris", "shrapnel", "piece", "pieces",
                          "remnant", "remnants", "part", "parts", "wreckage"])


def _counts(tok: Token) -> bool:
    """A quantity or a number that may count the noun of its "of" ("most of", "two of")."""
    return tok.lower_ in lx.QUANTITY_WORDS or tok.pos_ == "NUM"


def _counted_noun(head: Token) -> Token:
    """"most of their mortars": the noun the quantity's "of" counts (``head`` without)."""
    return next(iter(_of_objects(head)), head)


def _open_ground(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``miss.open_ground``: where the weapon came down is open ground, no site and no
    people: "mortars fell in the maize fields", "the rockets landed in an empty field",
    "shells fell on farmland outside the town" (not "an oil field", a site, nor "a field
    where children were playing", nor "a residential area"; nor where the sentence tells
    of dead or wounded: "farmers were killed when shells landed on rice fields")."""
    target = doc[hit.target]
    if any(c.dep_ in ("relcl", "acl") for c in target.children):
        return False  # "a field where children were playing" says who was there
    if any((t.lemma_.lower() in lx.CASUALTY_VERBS or t.lower_ in lx.CASUALTY_NOUNS)
           and not _none_hurt(t) for t in sent_of(doc[hit.trigger])):
        return False  # "farmers were killed when shells landed on rice fields": people there
    if _named(target, lx.OPEN_GROUND_AREAS):
        # "an open area", "empty land" (a bare "area" is a place people live in)
        return any(c.dep_ in ("amod", "compound") and c.lower_ in lx.OPEN_GROUND_MODIFIERS
                   for c in target.children)
    return _named(target, lx.OPEN_GROUND_WORDS) and ctx.classify(target) == "unknown"


def _none_hurt(word: Token) -> bool:
    """"causing no injuries", "without casualties": harm said to be none."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in word.children) \
        or (word.head.lower_ == "without" and word.dep_ == "pobj")


_AIMING_VERBS = frozenset(["aim", "direct", "fire"])
_AIMED_PREPS = frozenset(["at", "on", "upon", "against", "toward", "towards", "into"])


def _not_aimed(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``hit.passive``: the subject of a passive "aimed", "directed" or "fired" with
    what it was aimed at is what was aimed or fired, not what it hit: "saying they were
    aimed at militants" (the strikes), "rockets were fired at the town". Without that
    object the subject is what was fired on: "troops were fired upon"."""
    verb = doc[hit.trigger]
    return verb.lemma_.lower() not in _AIMING_VERBS or not any(
        c.dep_ == "prep" and c.lower_ in _AIMED_PREPS and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children)


# verbs whose object is what they hit, so that an "at" beside it tells where
_OBJECT_TARGET_VERBS = frozenset(["target", "strike"])
_SHOOT_VERBS = frozenset(["shoot", "gun"])
# what is shot at a target rather than shot dead: "shot rockets at the base"
_SHOT_THINGS = frozenset(["rocket", "missile", "shell", "bullet", "round", "flare", "arrow",
                          "grenade", "dart", "salvo", "volley", "burst"])


def _not_venue(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``hit.at``: "targeted a military parade at the Jalaa camp", "struck a
    convoy at the checkpoint", "shot dead a retired major at a checkpoint": where the verb
    names what it hit as its object (for "shoot", whoever was shot, not a round fired),
    its "at" tells where that was, not a second target. "Fired rockets at the town" and
    "the strike was directed at a camp" keep theirs."""
    verb = doc[hit.trigger]
    prep = doc[hit.target].head
    if verb.lemma_.lower() in _SHOOT_VERBS and prep.lower_ == "at" and any(
            c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
            and c.lemma_.lower() not in lx.STRIKING_WEAPONS | _SHOT_THINGS
            for c in verb.children):
        return False  # "shot dead a retired army major at a checkpoint": where he was
    return not (verb.lemma_.lower() in _OBJECT_TARGET_VERBS and prep.lower_ == "at"
                and any(c.dep_ == "dobj" for c in verb.children))


def _not_where_aimed(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rules ``hit.fire_on``, ``noun.launch_prep``: "a drone fired missiles at their car
    on a road": beside the "at" of what the fire was aimed at, an "on" tells where that
    was, not a target. "Troops fired on the crowd" keeps its own, and so does an "on"
    that comes first ("fired on their camp at the mouth of the river": the "at" says
    where the camp was)."""
    prep = doc[hit.target].head
    return prep.lower_ not in ("on", "upon") or not any(
        c.dep_ == "prep" and c.lower_ in ("at", "against") and c.i < prep.i
        and any(o.dep_ == "pobj" for o in c.children) for c in prep.head.children)


def _lone_adjective(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.target_adjective``: the class word alone ("the target was military",
    "purely civilian"), not one the parse joined to another ("civilian, not military"
    parsed as one phrase)."""
    return not any(c.dep_ in ("amod", "conj") for c in doc[hit.target].children)


def _not_open_ground(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    return not _open_ground(hit, doc, ctx)


def _striking_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The verb's subject is a weapon or an attack: "the blast tore through a market",
    "missiles exploded over a street" (not "a storm tore through the town")."""
    verb = doc[hit.trigger]
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "one of the bombs landed near a school": what the count counts
    subjects += [_counted_noun(c) for c in subjects if _counts(c)]
    return any(c.lemma_.lower() in lx.STRIKING_WEAPONS or c.lemma_.lower() in lx.ACTION_NOUNS
               for c in subjects)


def _craft_pursued(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"its jets went after a convoy": the subject is a craft or weapon that strikes
    (not an attack or blast, "a blast went off after the strike"),
    and the verb is no phrasal one of its own ("went off", "went on")."""
    verb = doc[hit.trigger]
    return not any(c.dep_ == "prt" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.STRIKING_WEAPONS for c in verb.children)


def _not_suicide_bombers(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``miss.near`` is no miss of suicide bombers: "the bombers struck near a hall
    where fans had gathered", in a story of suicide bombers, places the people who blew
    themselves up there; it is not aircraft whose bombs came down beside the hall."""
    verb = doc[hit.trigger]
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return not any(_suicide_bombers(c) for v in verbs for c in v.children
                   if c.dep_ in ("nsubj", "nsubjpass"))


_SUICIDE_BOMBERS = re.compile(r"\bsuicide[- ]bombers?\b", re.IGNORECASE)


def _suicide_bombers(tok: Token) -> bool:
    """"The bombers" in a story of suicide bombers are people, not aircraft."""
    return tok.lemma_.lower() == "bomber" and (
        any(c.lower_ == "suicide" for c in tok.children)
        or _SUICIDE_BOMBERS.search(doc_text(tok.doc)) is not None)


def _weapon_before(pron: Token, verbs: list[Token]) -> list[Token]:
    """The subject of a clause hung on the verb before the pronoun ("if shells had
    fallen ..., they had landed"), and the nearest noun subject before it in its sentence
    ("the missile never reached the airport; it came down in a riverbed"), whose number
    agrees with the pronoun."""
    plural = pron.lower_ == "they"
    found = [s for v in verbs for c in v.children
             if c.dep_ == "advcl" and c.i < pron.i
             for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
             and (s.tag_ in ("NNS", "NNPS")) == plural]
    # "the missile never reached the airport; it malfunctioned and came down": the
    # nearest noun subject before it in its sentence, of its number
    for tok in reversed(pron.doc[sent_of(pron).start : pron.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN") \
                and (tok.tag_ in ("NNS", "NNPS")) == plural:
            found.append(tok)
            break
    return found


_OWN_POSSESSIVES = frozenset(["its", "our"])


def _own_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The speaker's own men did it ("its fighters blew up a vehicle", "we blew up a
    bridge"): a claim of the act, not a charge that the other side did ("militants blew
    up the theatre they had mined")."""
    verb = doc[hit.trigger]
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "nsubj" and (c.lower_ == "we" or any(
        p.dep_ == "poss" and p.lower_ in _OWN_POSSESSIVES for p in c.children))
        for v in verbs for c in v.children)


def _near_site(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"struck near the airport": a site the strike missed, not a town or an area the
    place of the strike is told by ("near the town of X", "near Aleppo")."""
    target = doc[hit.target]
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in lx.ON_SITE_PREPS
                                and any(o.dep_ == "pobj" and o.ent_type_ not in _NOT_TARGET_ENTS
                                        for o in c.children))
           for c in doc[hit.trigger].children):
        return False  # "exploded over a street near a university": the street was hit
    return target.ent_type_ not in ("GPE", "LOC") \
        and target.lemma_.lower() not in lx.SETTLEMENT_WORDS \
        and ctx.classify(target) in ("civilian_site", "infrastructure", "military")


_SITE_CLASSES = frozenset(["civilian_site", "infrastructure", "military"])


def _burnt_site(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``hit.burn``: armed men set a site alight ("insurgents torched the school",
    "attacked the town, burning the district administration building"; "they burned the
    health centre" in a speaker's words). Only a site counts ("burning tyres" is no
    target), and only armed men burning it ("the wildfire burned 200 homes", "protesters
    torched a car" are no strike). An armed group's building counts ("marines burned a
    methamphetamine laboratory"), not its men."""
    target = doc[hit.target]
    kind = ctx.classify(target)
    if kind not in _SITE_CLASSES and not (kind == "armed_group"
                                          and target.lower_ in lx.STRUCTURE_WORDS):
        return False
    subject, verb = _doer(doc[hit.trigger])
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("they", "we") and ctx.reported(verb)
    return _named(subject, _KILLERS) or _named(subject, lx.ASSAILANT_WORDS) \
        or ctx.classify(subject) in ("armed_group", "military")


def _doer(verb: Token) -> tuple[Token | None, Token]:
    """Who does ``verb``: its subject, or that of the verb it hangs from when it has none
    ("attacked the town, burning ...", "looted and torched", "setting fire to the clinic
    and burning a school"); with the verb whose subject it is."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ in ("advcl", "conj", "xcomp") \
            and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject, verb


def _struck_site(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``use.fire_from``: the site fired from is what the "from" names ("from a
    school", "from inside the school"), not a place further down ("from positions west
    of the town"), and it counts as a use of the site only where the article tells that
    site was struck (the other side's account the use answers: "jets struck the school
    ... militants had fired rockets from the school"; "the building" or "it" for the site
    struck counts as its noun does). Fire from a site nobody says was hit tells where the
    shooters were, and they are the attackers, not a target; so does a "from" in a clause
    of another verb than the one the row matched."""
    site = doc[hit.nodes["site"]]
    if site.lemma_.lower() in _SITE_SURROUNDS:
        return False  # "from the area of Enerhodar": the site is what the area is of
    prep = doc[hit.nodes["prep"]]
    verb = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i != hit.trigger:
        # "soldiers fired on a mosque after gunmen shot at them from the building": the
        # "from" is the gunmen's fire, in a clause of its own, not the soldiers'
        return False
    up = site.head
    if up.i != hit.nodes["prep"] and not (
            up.dep_ == "prep" and up.head.i == hit.nodes["prep"]
            and up.lower_ in ("inside", "within", "in", "behind")) and not (
            # "from the area of the school", "from the grounds of the hospital"
            up.lower_ == "of" and up.head.dep_ == "pobj" and up.head.head.i == hit.nodes["prep"]
            and up.head.lemma_.lower() in _SITE_SURROUNDS):
        return False
    lemma = site.lemma_.lower()
    return any(h.kind in _STRUCK_KINDS and h.trigger != hit.trigger
               and doc[h.target].lemma_.lower() == lemma for h in ctx.earlier) \
        or _refers_to_struck(site, doc, ctx)


def _not_firing_base(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``use.site_object``: "enemy troops are using the dam's grounds to shell the
    town across the river" tells where the shooters fire from, and they are the
    attackers: a site used to fire from counts as a use of it only where the article
    tells that site was struck (as ``use.fire_from``'s)."""
    verb = doc[hit.trigger]
    if not any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _FIRING_LEMMAS
               for c in verb.children):
        return True
    site = doc[hit.nodes["site"]]
    lemmas = {site.lemma_.lower()} | {c.lemma_.lower() for c in site.children
                                      if c.dep_ == "poss"}
    return any(h.kind in _STRUCK_KINDS and h.trigger != hit.trigger
               and doc[h.target].lemma_.lower() in lemmas for h in ctx.earlier)


_FIRING_LEMMAS = frozenset(["fire", "shell", "shoot", "launch", "strike", "attack", "bomb",
                            "target", "pound", "hit"])


# what lies around a site and is fired from as the site is
_SITE_SURROUNDS = frozenset(["area", "vicinity", "grounds", "premises", "compound", "yard",
                             "courtyard", "roof", "direction"])


def _there_site(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``use.site_there``: "there" stands for a site ("troops raided the village
    because fighters were hiding there"): one the sentence names before the verb, or one
    the article already says was struck. With no site before it, "there" is nowhere the
    strike fell."""
    trigger = doc[hit.trigger]
    if any(h.kind in _STRUCK_KINDS and not h.negated and h.target < trigger.i
           and ctx.classify(doc[h.target]) in _PLACE_CLASSES for h in ctx.earlier):
        return True
    return any(t.dep_ in ("dobj", "pobj") and ctx.classify(t) in _PLACE_CLASSES
               for t in doc[sent_of(trigger).start : trigger.i])


def _struck_what(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The clause "what X called / described as Y" is the object of a strike: of a strike
    verb ("hit what residents described as a wedding party"), or of a strike noun's
    preposition, hung on the noun or on the verb that carried it out ("a strike on what it
    called an operations room", "carried out a strike ... on what it called a depot")."""
    return _strikes_at(doc[hit.trigger].head)


def _believed_what(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.believed_what``: "struck what it believed were Islamic State fighting
    positions", "conducting strikes on what it believed were ...", "hit what they thought
    was a camp", "hitting what they believed to be fighters": a "what" at most three words
    before the verb of belief, right after a strike verb or a strike's preposition
    (:func:`_strikes_at`)."""
    return _what_before(doc[hit.trigger], _BELIEF_VERBS)


def _said_what(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.said_what``: "a raid on what the ministry said were rebel
    bunkers", "strikes against what the ministry said were arms depots": the clause is
    the object of a strike's preposition, and the sayer tells what was struck (a strike
    verb's own "struck what the army said was" is ``copula.said_relative``). Not "blamed
    the attack on what they said was a death squad", whom the attack is blamed on."""
    if not _what_before(doc[hit.trigger], _SAYING_VERBS):
        return False
    what = next(t for t in reversed(doc[sent_of(doc[hit.trigger]).start : hit.trigger])
                if t.lower_ == "what")
    prep = doc[what.i - 1]
    owner = prep.head if prep.head.pos_ == "VERB" else prep.head.head
    return not (prep.lower_ == "on" and owner.lemma_.lower() in _BLAME_ON_VERBS)


# "blamed the attack on X", "pinned the bombing on X": X is who is blamed
_BLAME_ON_VERBS = frozenset(["blame", "pin"])


def _what_before(trigger: Token, verbs: frozenset[str]) -> bool:
    """The copula right after one of ``verbs`` (or after its "to"), with a "what" at most
    three words before that verb, right after a strike verb or a strike's preposition."""
    doc = trigger.doc
    if trigger.i == 0 or trigger.i - 1 < sent_of(trigger).start:
        return False
    verb = doc[trigger.i - 1]
    if verb.lower_ == "to" and trigger.i - 2 >= sent_of(trigger).start:
        verb = doc[trigger.i - 2]  # "what they believed to be fighters"
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return False
    what = next((t for t in doc[max(verb.i - 3, sent_of(verb).start) : verb.i]
                 if t.lower_ == "what"), None)
    if what is None:
        # (or further before it, the verb's subject between: "at what residents and a
        # local official insisted was the market")
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.left_edge.i - 1 >= sent_of(verb).start \
                and subject.right_edge.i == verb.i - 1 \
                and doc[subject.left_edge.i - 1].lower_ == "what":
            what = doc[subject.left_edge.i - 1]
    return what is not None and what.i > sent_of(verb).start \
        and _strikes_at(doc[what.i - 1])


_BELIEF_VERBS = frozenset(["believe", "think", "assume", "suspect", "understand", "consider"])
_SAYING_VERBS = frozenset(["say", "insist"])


def _believed_strike(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.strike_believed_against``: "a strike it believed was against fighting
    positions": the copula has no subject of its own and comes right after a verb of
    belief that is a clause on a strike noun (the parse may hang the copula on that verb
    or on the sentence's reporting verb)."""
    trigger = doc[hit.trigger]
    if trigger.i - 1 < sent_of(trigger).start or any(c.dep_ in ("nsubj", "nsubjpass")
                                                  for c in trigger.children):
        return False
    believed = doc[trigger.i - 1]
    return believed.pos_ == "VERB" and believed.lemma_.lower() in _BELIEF_VERBS \
        and believed.dep_ == "relcl" and believed.head.lemma_.lower() in lx.ACTION_NOUNS


def _strikes_at(head: Token) -> bool:
    """``head`` is a strike verb, or a strike noun's preposition hung on the noun or on the
    verb that carried it out, so that what it governs is what was struck."""
    if head.pos_ == "VERB":
        return head.lemma_.lower() in lx.HIT_VERBS
    if head.dep_ != "prep" or head.lower_ not in lx.TARGET_PREPS:
        return False
    owner = head.head
    lemma = owner.lemma_.lower()
    if owner.pos_ in ("NOUN", "PROPN") and head.lower_ == "at" and owner.dep_ == "dobj" \
            and owner.head.lemma_.lower() in lx.CASUALTY_VERBS:
        return True  # "killed 12 people at what rescuers insisted was a market"
    if owner.pos_ in ("NOUN", "PROPN"):
        return lemma in lx.ACTION_NOUNS
    if owner.pos_ != "VERB":
        return False
    return lemma in lx.HIT_VERBS or (lemma in lx.LAUNCH_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx.ACTION_NOUNS for c in owner.children)) \
        or (head.lower_ == "against" and _weapons_used(owner)) \
        or (lemma == "open" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire"
                                    for c in owner.children))  # "opened fire on what ..."


def _weapons_used(verb: Token) -> bool:
    """``verb`` uses a weapon: "used their firearms", "made use of firearms" (what
    its "against" governs is what was struck)."""
    lemma = verb.lemma_.lower()
    if lemma in lx.WEAPON_USE_VERBS:
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lx.USED_WEAPONS
                   for c in verb.children)
    return lemma == "make" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "use" and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(
                w.dep_ == "pobj" and w.lemma_.lower() in lx.USED_WEAPONS for w in p.children)
            for p in c.children)
        for c in verb.children)


def _combatant_target(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    return ctx.classify(doc[hit.target]) in ("armed_group", "military")


def _denied_combatant(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """What a denial says the site was not: a combatant's ("was not a rebel base"), or a
    bare "camp", which said of a gathering or a school means a fighters' camp ("our
    assembly was not a camp"); not "was not a success", nor "not a camp for displaced"."""
    target = doc[hit.target]
    if _combatant_target(hit, doc, ctx):
        return True
    return target.lemma_.lower() == "camp" and all(c.dep_ == "det" for c in target.children)


# ground that is a whole state's, no site: "Afghan territory", "its soil"; and what is
# "used as a weapon of war" in a figure of speech: "food", "starvation"
_STATE_GROUND = frozenset(["territory", "territories", "soil", "country", "land"])
_USED_FIGURES = frozenset(["food", "aid", "water", "hunger", "starvation", "famine", "rape",
                           "information", "siege"])


def _used_site_not_a_state(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """What was used is a site, not a state or its ground: "Afghanistan was being used as
    a base for attacks on Pakistan", "militants use Afghan soil as a launchpad" are
    general lines of a state's quarrel, not an account of a site struck ("the school
    was used as a base" is one); nor food or starvation "used as a weapon of war"."""
    trigger = doc[hit.trigger]
    used = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
    gazetteer = Gazetteer.default()
    return not any((u.pos_ == "PROPN" and gazetteer.country_of_name(u.text) is not None)
                   or u.lemma_.lower() in _STATE_GROUND | _USED_FIGURES for u in used)


_EXPLOSIVES = frozenset(["explosive", "explosives", "bomb", "bombs", "tnt"])
# vehicles a bomb is driven or parked in
_BOMB_CARRIERS = frozenset(["car", "cars", "vehicle", "vehicles", "truck", "trucks", "lorry",
                            "van", "motorcycle", "motorbike", "bus", "minibus", "tanker",
                            "pickup"])
# ... and casings a bomb is made of and dropped or fired in: "barrels filled with
# explosives"
_BOMBS = _BOMB_CARRIERS | frozenset(["barrel", "drum", "cylinder", "canister"])


# Measures of a load, which their "of" complement fills: "2.7 tons of explosives".
_MEASURES = frozenset(["ton", "tons", "tonne", "tonnes", "kilogram", "kilograms", "kilo",
                       "kilos", "kg", "pound", "pounds", "quantity", "quantities", "amount",
                       "amounts", "load", "loads", "barrel", "barrels", "drum", "drums",
                       "sack", "sacks", "bag", "bags", "canister", "canisters", "cylinder",
                       "cylinders", "crate", "crates"])


def _filling(tok: Token) -> Token:
    """What a load is of: "some 2.7 tons of explosives" is explosives."""
    if tok.lower_ not in _MEASURES and tok.lemma_.lower() not in _MEASURES:
        return tok
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), tok)


def _not_a_car_bomb(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"vehicles packed with explosives had targeted the ministry", "a truck laden with
    explosives", "a truck packed with 2.7 tons of explosives": a vehicle full of
    explosives is the bomb, not a site whose use is told ("the house was packed with
    explosives" is one); so are "barrels filled with explosives" dropped from
    helicopters."""
    if _filling(doc[hit.target]).lemma_.lower() not in _EXPLOSIVES:
        return True
    trigger = doc[hit.trigger]
    filled = [trigger.head] if trigger.dep_ in ("acl", "amod") else []
    filled += [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if trigger.head.lemma_ == "be":
        filled += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    return not any(f.lemma_.lower() in _BOMBS or f.lower_ in _BOMBS for f in filled)


def _aimed_at_none(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"fired warning shots into open areas": fire aimed at no one; "fired warning shots
    at approaching suspects" names whom it was aimed at, which the aim rows read."""
    return not any(c.dep_ == "prep" and c.lower_ in ("at", "on", "toward", "towards")
                   for c in doc[hit.trigger].children)


def _civilian_target(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    return ctx.classify(doc[hit.target]) in ("civilians", "civilian_site")


def _people_target(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The target is civilians, people rather than a site or goods ("a boat ferrying
    villagers", not "a boat carrying drugs")."""
    return ctx.classify(doc[hit.target]) == "civilians"


def _known_target(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The target's class is known: a word as wide as "destruction of" counts only where
    what was destroyed is a site, people or a force ("of a depot", not "of evidence")."""
    return ctx.classify(doc[hit.target]) != "unknown"


def _any_target(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The target names no kind of site: "no site was hit" denies any hit, "no civilian
    site was hit" only one of a kind (rule ``miss.no_site_hit``)."""
    return ctx.classify(doc[hit.target]) == "unknown"


def _site_is_place(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The site is a place people live or work in, and the use is not a practice a
    party is charged with at sites in general (rule ``use.practice_charged``: "charged
    the insurgents with stationing gunmen in residential districts" tells no use of the
    site struck; "charged them with stationing gunmen in the clinic" does)."""
    site = hit.nodes.get("site")
    if site is None or (ctx.classify(doc[site]) not in _PLACE_CLASSES
                        and doc[site].lemma_.lower() not in _BUILDING_PARTS
                        and not _site_named_before(doc[site])):
        return False
    prep = hit.nodes.get("prep")
    held_in = [c for c in doc[prep].children if c.dep_ == "pobj"] if prep is not None \
        else [doc[site]]
    if doc[hit.target].lemma_.lower() in _BOMB_WORDS \
            and any(t.lemma_.lower() in _BOMB_VEHICLES for t in held_in):
        # rule ``use.vehicle_bomb``: "the charge had been packed into a delivery van
        # that blew up": the bomb's carrier, the weapon of the attack, not a site used
        return False
    return not (_charged(doc[hit.trigger]) and _bare_plural(doc[site]))


def _not_force_described(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.force_described``: "the soldiers who died were young men, most under
    20": bare people words said of a force's men tell their age or sex, not that
    they were civilians (not "the men killed were farmers", a calling)."""
    subject = hit.nodes.get("subject")
    return subject is None or doc[hit.target].lemma_.lower() not in _BARE_PEOPLE \
        or ctx.classify(doc[subject]) not in ("military", "armed_group")


_BARE_PEOPLE = frozenset(["man", "woman", "men", "women", "people", "person", "youth",
                          "boy", "girl"])


def _site_named_before(site: Token) -> bool:
    """Rule ``use.site_named_before``: "Velt gunmen held the location", "the site":
    a definite word for a place stands for the site the story struck."""
    return site.lemma_.lower() in _SITE_WORDS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in site.children)


_SITE_WORDS = frozenset(["location", "site", "premises", "place", "spot"])


# what a bomb is made of, and the vehicles that carry one to its target
_BOMB_WORDS = frozenset(["explosive", "explosives", "bomb", "bombs", "device", "devices",
                         "ied", "ieds", "charge", "charges"])
_BOMB_VEHICLES = frozenset(["truck", "lorry", "tanker", "car", "van", "bus", "minibus",
                            "vehicle", "pickup", "motorcycle", "motorbike", "cart",
                            "rickshaw", "taxi"])


# a building's parts, places wherever they are ("running a command centre from its
# basement")
_BUILDING_PARTS = frozenset(["basement", "cellar", "roof", "rooftop", "attic", "floor",
                             "storey", "wing", "ward", "courtyard", "premises", "grounds"])


def _charged(verb: Token) -> bool:
    """A gerund of what a party is charged with or accused of: "charged the insurgents
    with stationing", "accused them of using" (and one joined to it: "of smuggling arms
    and of stationing")."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "with"):
        return False
    prep = verb.head
    while prep.dep_ == "conj":
        prep = prep.head
    owner = prep.head
    if owner.dep_ in ("dobj", "nsubjpass") and owner.pos_ in ("NOUN", "PROPN", "PRON"):
        owner = owner.head
    return owner.lemma_.lower() in _ACCUSE_LEMMAS


_ACCUSE_LEMMAS = frozenset(["accuse", "charge", "suspect", "blame", "condemn", "criticise",
                            "criticize"])


def _bare_plural(noun: Token) -> bool:
    """Sites in general: a plural with no article, possessor or number ("residential
    neighbourhoods", not "the houses", "two schools")."""
    return noun.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children)


# the classes of a place people live or work in, which a use of the site is about
_PLACE_CLASSES = frozenset(["civilian_site", "infrastructure"])


def _toll_person(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"killed journalist Jon Arno ... he was the head of a rebel cell": "he" stands
    for the one person an earlier toll named when no other person is named nearer (in its
    sentence or the two before, speakers left aside); what he is said to be is a person
    of a known class."""
    found = _words_before_pronoun(hit, doc, ctx)
    if found is None:
        return False
    tolls, words = found
    for tok in words:
        if tok.i in tolls:
            return tok.tag_ in ("NN", "NNP")
        if ((tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B") or _described_name(tok)) \
                and not any(t.i in tolls for t in doc[tok.i : tok.i + 4]):
            return False  # another person named nearer
    return False


def _window_start(tok: Token, back: int) -> int:
    """Where the window of ``tok``'s sentence and the ``back`` sentences before it starts."""
    start = sent_of(tok).start
    for _ in range(back):
        if start > 0:
            start = sent_of(tok.doc[start - 1]).start
    return start


def _words_before_pronoun(hit: Hit, doc: Doc, ctx: CheckContext, people: bool = True
                          ) -> tuple[set[int], list[Token]] | None:
    """For a pronoun said to be people of a known class, with a toll told before it (or a
    person named killed: "Karim Tello was killed ... the army said he was a trafficker"): the
    tolls' target indices and the words before the pronoun, nearest first, in its
    sentence or the two before, the speakers' subjects left out ("families say they
    were ..."). None when what it is said to be is no such people or no toll came before."""
    subject, target = doc[hit.nodes["subject"]], doc[hit.target]
    if people and ctx.classify(target) not in lx.PERSON_CLASSES:
        return None  # (``people`` False: the target is what they worked at, not them)
    start = _window_start(subject, 2)
    tolls = {h.target for h in ctx.earlier if h.kind in _TOLL_KINDS and h.target < subject.i}
    tolls |= {tok.i for tok in doc[start : subject.i]
              if _named_dead(tok) or _counted_dead(tok) or _described_dead(tok)
              or _dead_kin_named(tok)}
    if not tolls:
        return None
    # the clauses the account hangs from: "witnesses who described the men as ...", whose
    # noun is the speaker, not the dead
    trigger = doc[hit.trigger]
    saying = {t.i for t in (trigger, *trigger.ancestors)}
    return tolls, [tok for tok in reversed(doc[start : subject.i])
                   if not (tok.dep_ in ("nsubj", "nsubjpass")
                           and tok.head.lemma_.lower() in _SPEAKER_VERBS)
                   and not _addressee(tok)
                   and not any(c.dep_ == "relcl" and c.i in saying for c in tok.children)]


def _dead_kin_named(tok: Token) -> bool:
    """Rule ``copula.dead_kin_named``: "Relatives of the dead man, 24-year-old Arno
    Tara, said he was a farmer": a name set beside the phrase of a speaker who are kin
    of the dead (the parse may hang it on the kin) is the dead man's, a toll person."""
    if tok.dep_ != "appos" or tok.ent_type_ != "PERSON":
        return False
    before = tok.doc[tok.head.left_edge.i : tok.left_edge.i]
    return any(t.lemma_.lower() in ("dead", "kill", "slay", "slain") for t in before) \
        and any(t.lemma_.lower() in _KIN_WORDS for t in before)


_KIN_WORDS = frozenset(["relative", "family", "kin", "father", "mother", "brother", "sister",
                        "son", "daughter", "uncle", "cousin", "widow", "wife", "husband"])


def _addressee(tok: Token) -> bool:
    """Whom a speaker told: "the director told reporters they were shepherds" (the
    reporters are no antecedent of "they")."""
    return tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in _TELLING_VERBS


_TELLING_VERBS = frozenset(["tell", "inform", "brief", "assure", "remind", "show"])


def _named_dead(tok: Token) -> bool:
    """A person's name told killed, a toll of its own: "Ekramul Haque, a municipal
    councillor, was killed on the night of May 26" (the name's last word the subject of
    a passive killing verb; a name the model took for no person counts when a noun
    in apposition describes it)."""
    return tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lx.CASUALTY_VERBS \
        and (tok.ent_type_ == "PERSON" or _described_name(tok))


def _counted_dead(tok: Token) -> bool:
    """A count told killed, in the story's own words or anyone's: "Six of the eight men in
    the pickup were killed", "12 villagers were killed", "killing its three occupants"
    (not "all six attackers were killed": an assault's own assailants are no toll of
    it)."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.CASUALTY_VERBS \
            and tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children):
        # "shot at a van, killing its three occupants": a count killed, told
        # actively, by whoever it is
        return tok.lower_ not in lx.ASSAILANT_WORDS
    return tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in lx.CASUALTY_VERBS \
        and (tok.pos_ == "NUM" or tok.tag_ == "NNS") \
        and tok.lower_ not in lx.ASSAILANT_WORDS


def _described_dead(tok: Token) -> bool:
    """People a participle tells killed, a toll of its own: "relatives of the youths
    killed near the ford said they were shepherds", "the villagers shot at the well" (not
    "the men who killed them", whose clause is active)."""
    return tok.tag_ == "NNS" and tok.pos_ == "NOUN" and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lx.CASUALTY_VERBS
        for c in tok.children)


def _described_name(tok: Token) -> bool:
    """A name with a noun in apposition, a person whatever the model's entity says:
    "Karim Tello, a councillor" (not a place: "Mesra, a town near the border")."""
    return tok.tag_ == "NNP" and tok.ent_type_ not in ("GPE", "LOC", "FAC") and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() not in lx.SETTLEMENT_WORDS
        for c in tok.children)


def _whole_salvo(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The weapons stopped are the whole attack ("the missile", "the incoming drones",
    "all the rockets", "all 20 drones"), not a count of them ("six of nine missiles",
    "40 drones", "several drones"), which leaves the rest free to hit."""
    target = doc[hit.target]
    if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _LANDED for c in target.children):
        return False  # "the rocket that landed on the building was shot down": it hit
    counted = [c for c in target.children if c.dep_ in ("nummod", "quantmod")
               or (c.dep_ == "amod" and c.like_num)
               or (c.dep_ in ("amod", "det") and c.lower_ in _SOME)]
    # ("all 20 drones": the parse hangs "all" on the count)
    return not counted or any(c.lower_ in ("all", "both") for c in target.children) \
        or any(c.lower_ == "all" for n in counted for c in n.children)


# words that count some of the weapons, not all: "several drones", "some of the rockets"
_SOME = frozenset(["several", "some", "many", "most", "few", "dozens", "scores",
                   "numerous"])

# (not an aim, nor the launch: "a missile fired by the group toward the capital")
_LANDED = (lx.IMPACT_VERBS | lx.HIT_VERBS) - {"target", "aim", "direct", "fire", "launch",
                                              "shoot"}


def _present_person(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Who was at the site is people of a known class; "there were no people inside" says
    nobody was, not who (no denial that civilians were there); nor is a country ("Egypt
    was in contact with both sides")."""
    target = doc[hit.target]
    if target.lower_ in _ANYBODY and any(c.lower_ == "no" for c in target.children):
        return False
    if target.ent_type_ == "GPE":
        return False
    return ctx.classify(target) in ("civilians", "armed_group", "military")


_ANYBODY = frozenset(["people", "person", "persons", "one"])


def _not_state_idiom(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"Be in X" tells where someone was, not a state: "Egypt was in contact with both
    sides", "the group was behind the attack, in retaliation for a seizure"."""
    prep = doc[hit.nodes["prep"]]
    return not any(c.dep_ == "pobj" and c.lower_ in lx.STATE_IDIOM_NOUNS for c in prep.children)


def _dead_people(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The dead mourned or announced are people: of a known class, or the party's own
    ("two of its members": whatever the party is, they are its men)."""
    if _present_person(hit, doc, ctx):
        return True
    target = doc[hit.target]
    people = _counted_noun(target) if target.lower_ in lx.QUANTITY_WORDS or target.like_num \
        else target
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in people.children)


# What a strike leaves (a fire, a blast) is a cause of its own unless a weapon makes it
# ("artillery fire", "a missile explosion").
_EFFECTS = frozenset(["fire", "explosion", "blast", "operation"])
# A cause that is itself an attack is an account of the strike (or of who struck), not
# another cause: "caused by a missile", "resulted from Israeli shelling".
_ATTACK_CAUSES = (frozenset(lx.ACTION_NOUNS) - _EFFECTS) | frozenset(
    ["bomb", "bombs", "missile", "missiles", "rocket", "rockets", "shell", "shells", "drone",
     "drones", "airstrike", "projectile", "projectiles", "warplane", "jet", "aircraft",
     "himars", "grenade", "mine", "torpedo", "impact", "hit", "hits", "debris", "fragment",
     "fragments", "shrapnel", "warhead", "strikes", "attacks"])
# what strikes that is no weapon: "a bird strike", "a lightning strike"
_NO_WEAPON_STRIKES = frozenset(["bird", "lightning"])
# ... unless the weapon is the defender's own, or went astray: "an air-defence missile",
# "a misfired rocket".
_ASTRAY = frozenset(["misfired", "misfire", "errant", "stray", "failed", "malfunctioning",
                     "defence", "defense", "air-defence", "air-defense", "anti-aircraft",
                     "interceptor", "intercepted", "own"])


def _alternative_cause(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Another cause than an attack: a gas cylinder, stored munitions, a weapons depot, an
    air-defence missile; not a strike, a weapon someone fired, or a named party (those
    are accounts of who struck, not of what happened)."""
    cause = doc[hit.target]
    if cause.ent_type_ in _ACTOR_ENTS or cause.ent_id_ or cause.pos_ == "PRON":
        return False
    if cause.lemma_.lower() in _BANDS and any(
            c.dep_ in ("compound", "poss", "nmod", "amod") and (c.ent_type_ in _ACTOR_ENTS
                                                               or c.ent_id_)
            for c in cause.subtree):
        return False  # "reports pointed to a Velt Front cell", "to the Velt regime": who
    if cause.lower_ in _ONE_OF_THEM and not any(c.dep_ == "prep" for c in cause.children):
        # "two blasts shook the base; one caused slight harm to a hangar door": one of the
        # blasts told before, no other cause than them (not "one of the gas bottles")
        return False
    if cause.lemma_.lower() in _FIRING_POINTS:
        # "the fire came from positions held by militants": where the shots were fired
        # from, an account of who fired, not another cause than the fire
        return False
    if cause.lemma_.lower() in _BOMB_CARRIERS and _vehicle_bomb_told(doc):
        # "the explosion came from a refrigerated lorry parked beside the mall" in a story
        # of a truck bomb: the bomb's carrier, not another cause than the attack
        return False
    before = [c for c in cause.subtree if c.i < cause.i]
    if any(c.dep_ == "compound" and c.lemma_.lower() in _NO_WEAPON_STRIKES for c in before):
        return True  # "a bird strike", "a lightning strike": no one's weapon
    attack = _named(cause, _ATTACK_CAUSES) or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _ATTACK_CAUSES for c in before)
    return not attack or any(c.lower_ in _ASTRAY or c.lemma_.lower() in _ASTRAY
                             for c in before)


# a party's parts, named by its name: "a faction of the group", "an IS cell"
_BANDS = frozenset(["faction", "group", "cell", "wing", "unit", "branch", "member", "fighter",
                    "militant", "gunman", "supporter", "loyalist",
                    # "attributed the explosions to the Velt regime": a state's body
                    "regime", "government", "army", "military", "force", "militia",
                    "authority", "enemy"])
# what a craft's mishap is told by ("made an emergency landing", "the crash")
_MISHAPS = frozenset(["landing", "crash", "crash-landing", "ditching"])
# the verbs a craft comes down by
_DOWN_VERBS = frozenset(["crash", "fall", "ditch", "sink", "explode"])


def _craft_mishap(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``cause.craft_down_because``: the verb tells a craft's mishap: it made an
    emergency or forced landing ("made an emergency landing"), or a craft crashed, fell,
    came or went down, or sank ("the drone crashed", "the helicopter came down"); not
    "the plane landed late", no mishap."""
    verb = doc[hit.trigger]
    made = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _MISHAPS]
    if made:
        return any(c.lower_ in ("emergency", "forced", "hard") for m in made
                   for c in m.children) or made[0].lemma_.lower() != "landing"
    lemma = verb.lemma_.lower()
    down = lemma in _DOWN_VERBS or (lemma in ("come", "go") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children))
    return down and any(c.dep_ == "nsubj" and c.lemma_.lower() in _DOWNED_CRAFT
                        for c in verb.children)


# where the dead are taken, not where they were struck
_LAID_OUT_AT = frozenset(["hospital", "morgue", "mortuary"])


def _bodies_not_laid_out(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``casualty.shown_bodies``: bodies a picture shows where they were taken ("at
    the district hospital in Kessa") put the strike in the wrong town; only bodies
    shown with no hospital or morgue in the sentence count."""
    return not any(t.lemma_.lower() in _LAID_OUT_AT for t in sent_of(doc[hit.trigger]))


def _fire_of_no_strike(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """A fire that no word of its own phrase ties to a weapon or a strike: not "a fire
    caused by a missile", "the blaze from the shelling"."""
    fire = doc[hit.target]
    tied = [t for c in fire.children
            if c.dep_ in ("acl", "relcl", "compound", "amod")
            or (c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS)
            for t in c.subtree]
    return not any(t.lemma_.lower() in _ATTACK_CAUSES or t.lower_ in _ATTACK_CAUSES
                   or t.lemma_.lower() in lx.STRIKE_VERBS for t in tied)


# what ties a fire to its cause ("the fire from the shelling", "a blaze after the
# strike"), not where it burned ("a blaze in the engine room of the missile boat")
_CAUSE_PREPS = frozenset(["from", "after", "by", "following"])


# a word that stands for one of the things named before it
_ONE_OF_THEM = frozenset(["one", "another", "other", "first", "second", "both", "either"])



def _vehicle_bomb_told(doc: Doc) -> bool:
    """The story tells of a bomb in a vehicle: "a suicide truck bomb", "car bombs", a
    "VBIED", an "explosives-laden" vehicle."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _BOMB_CARRIERS
               for i in lemma_positions(doc, ("bomb", "bomber")) for c in doc[i].children) \
        or any_word(doc, ["vbied", "vbieds", "explosives-laden", "explosive-laden",
                          "bomb-laden", "bomb-rigged"])


# where fire is shot from: "came from positions held by militants", "from the direction
# of the city", "from territory controlled by the rebels"
_FIRING_POINTS = frozenset(["position", "positions", "direction", "territory", "side",
                            "launcher", "launchers", "line", "lines", "area", "areas"])


def _not_blamed_on(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"blamed the attack on Russia": who is blamed, not what was attacked."""
    trigger, prep = doc[hit.trigger], hit.nodes.get("prep")
    return not (prep is not None and doc[prep].lower_ == "on" and trigger.dep_ == "dobj"
                and trigger.head.lemma_.lower() in ("blame", "pin"))


def _not_assailants(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``casualty.assailants``: the fate of an attack's own assailants ("all six
    attackers were killed, police said"; "20 assailants had been killed and 15 arrested")
    tells how the assault ended, not what it hit. A strike of its own that killed them
    ("its strike killed the attackers", "a drone killed the raiders") is an account;
    "gunmen" or "militants" name no part in one attack and stay targets."""
    verb, target = doc[hit.trigger], doc[hit.target]
    if verb.lemma_.lower() not in lx.FATE_VERBS and verb.lower_ not in lx.CASUALTY_NOUNS:
        return True
    if _bomb_driver(target):
        return False
    if not any(_named(p, lx.ASSAILANT_WORDS) for p in [target, *_of_objects(target)]):
        return True
    if _named(target, _CROSSERS) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in lx.FORCE_LEMMAS for c in verb.children):
        # "soldiers killed four infiltrators near the border post": whom a force says it
        # killed crossing in, its account of who they were, not the raiders of an attack
        return True
    return any(_named(t, lx.AIR_STRIKE_WORDS)
               for c in verb.children if c.dep_ in ("nsubj", "agent", "prep", "advcl")
               for t in c.subtree if t.pos_ in ("NOUN", "PROPN"))


# people a force says crossed in where they had no right to be
_CROSSERS = frozenset(["infiltrator", "infiltrators", "intruder", "intruders"])
# a bomb a vehicle carried: its driver is who brought it
_CAR_BOMB = re.compile(r"\b(?:car|truck|lorry|vehicle|van)[- ]bombs?\b|\bexplosives?-(?:laden|"
                       r"packed)\b|\b(?:packed|laden|loaded) with explosives\b", re.IGNORECASE)


def _bomb_driver(target: Token) -> bool:
    """Rule ``casualty.assailants``: "the driver, who was killed in the blast" of a story
    about a car bomb is the one who brought it, not one it hit ("the driver of the bus"
    is a victim)."""
    if target.lower_ in ("who", "that") and target.head.dep_ == "relcl":
        target = target.head.head  # "the driver, who was killed"
    return target.lemma_.lower() == "driver" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in target.children) \
        and not any(c.dep_ == "prep" for c in target.children) \
        and bool(_CAR_BOMB.search(target.doc.text))


def _this_strike(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``noun.others_attacks``: an attack noun that tells what the struck person or
    place did, not this strike: the object of a verb of commanding attacks ("from which it
    said he directed rocket fire and attacks on troops", "masterminded attacks on the
    town"); the purpose of a site ("a camp used as a rallying point for attacks on the
    town", "a hideout that served as a base for raids on the border", "a compound used to
    launch attacks on the town"); or a description of a person ("a commander responsible
    for / involved in / wanted for attacks on troops", "the militant behind attacks on
    police posts"); or what someone or something was used in ("drone operators, including
    those used in attacks on civilian targets": attacks, plural and bare, not "the
    missile used in the attack on the hospital"); or what a relative clause blames the
    person for ("a faction it blamed for raids on army checkpoints", "a man accused of
    raids on the town"; not "Pelan, which blamed the rebels for the bombing of the
    school", which names whom it blames). "Held Kyiv responsible for the strike on the
    school" blames; it keeps its target. The trigger may be the purpose infinitive itself
    ("used to launch raids against the town", ``hit.at``)."""
    noun = doc[hit.trigger]
    if _purpose_infinitive(noun):
        return False  # "a compound used to launch raids against the town"
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "rocket fire and attacks on troops"
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and (
            head.lemma_.lower() in lx.DIRECTING_VERBS or _purpose_infinitive(head)):
        return False
    if noun.dep_ == "dobj" and noun.tag_ == "NNS" and _use_purpose(head) \
            and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # "a centre the militants used to plan attacks against troops"
    if noun.dep_ != "pobj":
        return True
    owner = head.head
    lemma = owner.lemma_.lower()
    if head.lower_ == "for" and owner.pos_ in ("NOUN", "PROPN") \
            and _named(owner, lx.STAGING_WORDS):
        return False
    if head.lower_ == "for" and owner.pos_ == "VERB" and lemma in lx.PURPOSE_VERBS:
        return False
    if head.lower_ == "behind":
        return False  # "the militant behind attacks on police posts": their authors
    if head.lower_ == "in" and lemma == "use" and owner.dep_ in ("acl", "relcl") \
            and noun.tag_ == "NNS" and not any(c.dep_ == "det" for c in noun.children):
        return False  # "operators, including those used in attacks on civilian targets"
    if blamed_on_them(noun):
        return False  # "a faction it blamed for raids on army checkpoints": its own
    return not (lx.PAST_ACT_FRAMES.get(lemma) == head.lower_ and _describes_person(owner))


def blamed_on_them(noun: Token) -> bool:
    """An attack noun that a relative clause blames the noun it describes for ("a
    faction it blamed for raids on army checkpoints", "a man accused of raids on the
    town"): that person's or group's own acts. Not where the clause names whom it blames
    ("Pelan, which blamed the rebels for the bombing of the school")."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    prep = noun.head
    owner = prep.head
    return noun.dep_ == "pobj" and lx.BLAME_FRAMES.get(owner.lemma_.lower()) == prep.lower_ \
        and owner.dep_ in ("relcl", "acl") and owner.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ == "dobj" for c in owner.children)


def _purpose_infinitive(verb: Token) -> bool:
    """"used to launch attacks", "used to fire at": an infinitive of launching or firing
    that gives a site its purpose ("used to assemble drones at the airport" is no attack)."""
    return verb.lemma_.lower() in lx.LAUNCH_VERBS | lx.FIRE_VERBS and _use_purpose(verb)


def _use_purpose(verb: Token) -> bool:
    """Any infinitive that gives a site its purpose: "used to gather supplies and plan
    attacks" (attacks, plural and bare, as its object are what the site served, not the
    strike on it; the parse may hang them on "gather")."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in lx.PURPOSE_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _describes_person(word: Token) -> bool:
    """"a commander responsible for", "a man wanted for", "fighters who were involved in":
    the frame hangs on a noun, directly or in a relative clause on it, or is the copula's
    complement in a relative clause (not "held Kyiv responsible for", a blame)."""
    up = word.head
    if word.dep_ in ("amod", "acl") and up.pos_ in ("NOUN", "PROPN"):
        return True
    if word.dep_ == "relcl" and up.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
            for c in word.children):
        return True  # "fighters who were involved in the attack on security forces"
    if word.dep_ not in ("acomp", "attr") or up.lemma_.lower() != "be":
        return False
    # "a commander who was responsible", "a commander it said was responsible"
    return up.dep_ == "relcl" or (up.dep_ == "ccomp" and up.head.dep_ == "relcl")


def _split_copula(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"the area hit was X" parsed as two clauses: the copula has no subject of its own
    and follows the participle at once, or right after its phrases of place or time."""
    trigger, verb = doc[hit.trigger], doc[hit.nodes["verb"]]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trigger.children):
        return False
    # (or after the participle's own phrases of place or time: "the building struck on the
    # outskirts of the town was a flour mill", not "jets hit the base, it was ...")
    between = [c for c in verb.children if verb.i < c.i < trigger.i]
    return trigger.i == verb.i + 1 or (
        bool(between) and all(c.dep_ in ("prep", "npadvmod", "advmod") for c in between)
        and max(c.right_edge.i for c in between) == trigger.i - 1)


def _target_of_strike(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.target_named``: "the target" of a strike, or of nothing said, is what
    was aimed at ("the church was not the target", "the target of the raid"); the target
    of anything else is not ("the target of a smear campaign", "of criticism")."""
    role = doc[hit.nodes["role"]]
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            what = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if what is not None and what.lemma_.lower() not in lx.ACTION_NOUNS \
                    and what.lower_ not in lx.ACTION_NOUNS:
                return False
    return True


def _site_collapsed(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``hit.collapsed``: what collapsed is a site or a structure, not a talk or a
    government ("the ceasefire collapsed", "the talks collapsed"), and a strike or a
    weapon is told in its sentence or the two before (an earthquake's "a five-story
    building had collapsed" is none)."""
    target = doc[hit.target]
    if not (ctx.classify(target) in _SITE_CLASSES
            or target.lemma_.lower() in lx.STRUCTURE_WORDS):
        return False
    start = _window_start(target, 2)
    return any(t.lemma_.lower() in lx.ACTION_NOUNS or t.lemma_.lower() in lx.STRIKING_WEAPONS
               for t in doc[start : sent_of(target).end])


def _set_off(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``hit.set_off_among``: "set" sets a charge off only with its particle ("set
    off explosives among people"; "set explosives in the tunnel" plants them)."""
    trigger = doc[hit.trigger]
    return trigger.lemma_.lower() != "set" or any(
        c.dep_ == "prt" and c.lower_ == "off" for c in trigger.children)


# the project's double quote marks and the single ones a scare quote also takes
_SCARE_QUOTES = lx.OPENING_QUOTES | lx.CLOSING_QUOTES | frozenset(["'", "‘", "’"])


def _not_scare_quoted(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The target is not set in quote marks of its own ("men killed as 'infiltrators'"):
    a word in scare quotes is another's term, which the speaker disputes."""
    target = doc[hit.target]
    first, last = target.left_edge.i, target.i
    before = doc[first - 1].text if first > 0 else ""
    after = doc[last + 1].text if last + 1 < len(doc) else ""
    return not (before in _SCARE_QUOTES and after in _SCARE_QUOTES)


def _named_presenter(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Who presented the dead so is named with the verb ("army units listed the men as
    rebels", "reported by the military as rebels"), not a pronoun: '"They presented my
    son as the leader of a terrorist group," his mother said' is the mother's dispute of
    another's account, not her own."""
    verb = doc[hit.trigger]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject.pos_ in ("NOUN", "PROPN")
    return any(c.dep_ == "agent" and any(o.pos_ in ("NOUN", "PROPN") for o in c.children)
               for c in verb.children)


def _targets_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The verb's subject, its own or the one it shares with the verb it is joined to,
    is the strike's targets: "the targets ... consisted solely of bases" (not "the team
    consisted of doctors")."""
    verb = doc[hit.trigger]
    for node in (verb, verb.head if verb.dep_ == "conj" else None):
        if node is None:
            continue
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.lemma_.lower() in lx.TARGET_SUBJECT_NOUNS
    return False


_PRESENTED_PEOPLE = frozenset(["man", "woman", "boy", "girl", "youth", "people", "person",
                               "victim", "dead", "body", "son", "daughter", "child",
                               "brother", "husband", "civilian", "villager", "student",
                               "worker", "farmer"])


def _presented_people(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.presented_as``: what was presented is people, the dead ("listed the
    men as rebels", "reported them as fighters", "presented Ahmed as a commander"), not a
    group designated ("which Washington lists as a terrorist organisation")."""
    who = doc[hit.nodes["who"]]
    verb = doc[hit.trigger]
    if who.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        who = verb.head  # "civilians who were later reported by the military as rebels"
    return (who.pos_ == "PRON" and who.lower_ in ("him", "her", "them")) \
        or who.ent_type_ == "PERSON" or who.lemma_.lower() in _PRESENTED_PEOPLE


def _reported_check(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    return ctx.reported(doc[hit.trigger])


def _no_own_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The joined verb has no subject of its own ("had engaged the force and were
    killed": the insurgents were killed), so it shares the first verb's; not a clause of
    its own that the parse joined ("which Ankara classifies as ..., and that fighters
    had been neutralised")."""
    verb = doc[hit.trigger]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
        return False
    return not any(t.lower_ == "that" and t.pos_ == "SCONJ" for t in doc[verb.head.i : verb.i])


def _no_own_object(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The verb has no object of its own ("wounded 25 people queueing for bread", where
    the parse made the people the participle's subject): the people are its object."""
    return not any(c.dep_ in ("dobj", "nsubjpass") for c in doc[hit.trigger].children)


def _denied_single(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``nostrike.not_a_single_shot``: "a single bullet" only under a negation: "had
    not fired a single bullet", "not a single shot was fired" (not "a single bullet
    killed him")."""
    target = doc[hit.target]
    verb = target.head
    return any(c.dep_ == "neg" for c in (*verb.children, *target.children)) or any(
        t.lower_ in ("not", "never") for t in doc[max(target.left_edge.i - 1, 0):target.i])


def _not_speaker(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"A man wounded in the strike told reporters ...": the victim is the speaker, and his
    account is what he tells, not that he was hurt."""
    target = doc[hit.target]
    return not (target.dep_ == "nsubj" and target.head.lemma_.lower() in lx.REPORT_VERBS)


def _not_complement(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"reports that children were killed": a clause with its own "that" is what the noun
    says, not a participle that tells what happened to the noun; nor is a participle
    with an object of its own, the active verb the parse took for one ("drones laden
    with explosives targeted Maduro": the explosives were not targeted)."""
    return not any(c.dep_ == "mark" or (c.dep_ in ("dobj", "oprd") and c.i > hit.trigger)
                   for c in doc[hit.trigger].children)


_RELATIVE_PRONOUNS = frozenset(["who", "which", "that", "whom"])


def _relative_object(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The relative clause's gap is what was hit ("the areas we targeted", "those who
    were killed"), not who struck ("the men who attacked the base")."""
    verb = doc[hit.nodes["verb"]]
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ not in _RELATIVE_PRONOUNS


_NOT_ONLY = frozenset(["only", "just", "merely", "simply", "solely"])


def _contrast(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The copula sets what the site was against what it was not: "was not X but Y",
    "was Y, not X"."""
    verb, target = doc[hit.trigger], doc[hit.target]
    negs = [c for c in verb.children if c.dep_ == "neg"]
    if negs and all(n.i + 1 < len(doc) and doc[n.i + 1].lower_ in _NOT_ONLY for n in negs):
        return False  # "it was not only fighters": fighters and others, no contrast
    if negs or denied_attr(target):
        return True
    if any(c.dep_ in ("conj", "appos") and any(g.dep_ == "neg" for g in c.children)
           for c in target.children) or any(c.dep_ == "neg" for c in target.children):
        return True
    # "This is no consulate. This is a military building": what the site was, right after
    # the speaker's word of what it was not, in the sentence before
    start = sent_of(verb).start
    return start > 0 and _denies_what_it_was(sent_of(doc[start - 1]))


def denied_attr(target: Token) -> bool:
    """"this is no consulate": a copula's complement with "no" in front of it."""
    return target.dep_ == "attr" and any(c.dep_ == "det" and c.lower_ == "no"
                                         for c in target.children)


# the pronoun subjects of "it was not a school", "this is no consulate"
_POINTING_PRONOUNS = frozenset(["this", "it", "that", "these", "those"])


def _denies_what_it_was(sent: Span) -> bool:
    """The sentence says with a pronoun subject what something was not ("It was not a
    school.", "This is no consulate and this is no embassy.")."""
    return any(t.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ in _POINTING_PRONOUNS
                                        for c in t.children)
               and (any(c.dep_ == "neg" for c in t.children)
                    or any(denied_attr(c) for c in t.children))
               for t in sent)


def _subject_side(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The victims named are in the copula's subject ("most of those killed were X"),
    not in what it says they were."""
    those = doc[hit.nodes["those"]]
    return any(c.dep_ == "nsubj" and (c.i == those.i or c.is_ancestor(those))
               for c in doc[hit.trigger].children)


def _actor_entity(tok: Token) -> bool:
    """The word is in a name of a person, a body or a people; not a lower-case common
    noun the small model's entity tagger took into one ("the lorry had been carrying
    weapons" tagged a person)."""
    return tok.ent_type_ in _ACTOR_ENTS and not (tok.pos_ == "NOUN" and tok.is_lower)


def _site_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The holder is a site or a vehicle, not people ("the fighters carried rifles"); a
    military craft only when it is the one the article said was struck ("shot down a
    transport plane ... the aircraft was transporting missiles"), not the striker ("the
    jets carried out raids", "the helicopters carried rockets")."""
    site = doc[hit.nodes["site"]]
    trigger = doc[hit.trigger]
    if site.tag_ in ("WDT", "WP") and trigger.dep_ == "relcl":
        site = trigger.head  # "a ship that was carrying weapons": the ship
    if site.lower_ in _STRUCK_PRONOUNS and site.pos_ == "PRON":
        # "jets struck a warehouse ... the owner said it stored flour": "it" for the site
        # struck in its sentence or the one before
        return _refers_to_struck(site, doc, ctx)
    if site.lower_ == "they" and site.pos_ == "PRON":
        # "an air raid on a supply column ... the charity said they were loaded with
        # flour": "they" for the vehicles struck in its sentence or the one before (a
        # column or convoy of them, or a plural)
        near = _window_start(site, 1)
        return any(doc[h.target].tag_ in ("NNS", "NNPS")
                   or doc[h.target].lemma_.lower() in _GATHERINGS
                   for h in ctx.earlier if h.kind in _STRUCK_KINDS
                   and near <= h.target < site.i and h.target != h.trigger)
    if site.pos_ not in ("NOUN", "PROPN") or _actor_entity(site) or site.ent_id_ \
            or site.lemma_.lower() in _KILLERS:
        return False
    if any(c.dep_ == "prt" for c in trigger.children) and trigger.lemma_.lower() != "make":
        return False  # "the jets carried out raids"; "made up of" is what it held
    if site.lower_ in lx.STRUCTURE_WORDS:
        # "the building housed families": a building is a site whatever class the story
        # gives it (a bare "the building" may take the command centre a side named)
        return True
    if ctx.classify(site) not in lx.PERSON_CLASSES or site.lemma_.lower() in lx.WEAK_MILITARY:
        return True
    if site.lemma_.lower() in _GATHERINGS and trigger.lemma_.lower() == "make":
        # "bombed a crowd ... the crowd was made up of villagers": who the gathering struck
        # was made of
        return _refers_to_struck(site, doc, ctx)
    return site.lemma_.lower() in _CARRIERS and (
        _refers_to_struck(site, doc, ctx) or _came_down(site, trigger))


# People gathered, said again after they were struck ("the crowd was made up of ..."):
# the words for one gathering (a kin group of :data:`_KIN_GROUPS`), and a group, convoy
# or column of people
_GATHERED = frozenset(["crowd", "gathering", "congregation", "assembly", "procession"])
_GATHERINGS = _GATHERED | frozenset(["group", "convoy", "column"])
# occasions people gather for, each standing for the others once one was struck
_OCCASIONS = frozenset(["event", "celebration", "ceremony", "festival", "wedding", "funeral",
                        "concert", "meeting", "rally"])
# Craft that carry, said again after they were struck: "the aircraft was carrying ...".
_CARRIERS = lx.MANNED_AIRCRAFT | lx.CRAFT_WORDS
# ... and the craft that may come down (crewed or not: "the drone crashed"), for
# :func:`_craft_mishap`
_DOWNED_CRAFT = _CARRIERS | lx.AIRCRAFT
_CAME_DOWN = lx.HIT_VERBS | frozenset(["crash", "down", "fall", "sink", "explode"])


def _came_down(site: Token, carry: Token) -> bool:
    """The craft is told as brought down in its own sentence: "the transport plane that
    crashed ... was carrying prisoners", "was carrying 65 prisoners and was downed by a
    missile" (the carrying verb's conjunct), "a cargo plane carrying captives came
    down" (the craft's own verb, after a participle)."""
    verbs = [c for c in site.children if c.dep_ in ("relcl", "acl")]
    verbs += [c for c in carry.conjuncts if c.pos_ == "VERB"]
    if carry.dep_ == "acl" and site.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(site.head)  # "a cargo plane carrying captives came down"
    return any(v.lemma_.lower() in _CAME_DOWN for v in verbs)


# A definite site word stands for the site already struck: "the site", "the house".
_SITE_ANAPHORS = frozenset(["site", "sites", "house", "compound", "facility", "facilities",
                            "premises", "structure", "location", "place", "property",
                            "complex", "target", "vessel", "boat", "vehicle", "craft",
                            # "shot down a transport plane ... the aircraft was carrying"
                            "aircraft", "plane",
                            # "the area was a stronghold of the militants"
                            "area"])
_DEFINITE = frozenset(["the", "this", "that", "these", "those", "both"])
_STRUCK_KINDS = frozenset(["hit", "noun", "copula"])


def _struck_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The copula's subject stands for a target the article already said was struck: the
    same head noun as an earlier target ("struck several buildings ... said the buildings
    were residential blocks"), a definite site word ("the site", "the compound") or "it"
    after a target struck in the same or the previous sentence. What it is said to be is a
    site or a force whose class is known, not a party ("it was a resistance movement")."""
    subject, target = doc[hit.nodes["subject"]], doc[hit.target]
    # a name used as a common noun ("a civilian Airbus") is a thing, not a party
    common = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in target.children)
    if ctx.classify(target) == "unknown" or (
            (target.ent_type_ in _ACTOR_ENTS or target.ent_id_) and not common):
        return False
    if subject.lower_ in _STRUCK_PRONOUNS and target.lemma_.lower() in _KILLERS:
        return False
    if target.lower_ == "home" and any(c.dep_ == "prep" and c.lower_ == "to"
                                       for c in target.children):
        return False  # "was home to families": who lived there (copula.home_to)
    return _refers_to_struck(subject, doc, ctx)


def _struck_maker(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The site said to make something names again a site the article already said was
    struck (:func:`_refers_to_struck`): "the strike hit a weapons factory ... residents
    said the factory made furniture" (not "the company makes drones" in a story of no
    strike on it)."""
    return _refers_to_struck(doc[hit.nodes["site"]], doc, ctx)


# a gathering and the people it is made of: "shot at a march ... the marchers were unarmed"
_GATHERING_PEOPLE = {"march": "marcher", "protest": "protester", "rally": "protester",
                     "demonstration": "demonstrator", "procession": "mourner",
                     "funeral": "mourner", "prayer": "worshipper"}


def _not_copula_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"The only equipment damaged was a phone mast", "the area hit was a shelter": the
    noun a participle hangs on is the subject of a copula that says what was hit
    (copula.hit_subject's account), a placeholder of the sentence, not a target of its
    own."""
    target = doc[hit.target]
    return not (target.dep_ == "nsubj" and target.head.lemma_ == "be"
                and any(c.dep_ == "attr" for c in target.head.children))


def _struck_target(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The target itself names again a site the article already said was struck, as a
    copula's subject does (:func:`_refers_to_struck`): "jets flattened a house ... the
    army said the building was empty"."""
    return _refers_to_struck(doc[hit.target], doc, ctx)


_STRUCK_PRONOUNS = frozenset(["it", "this", "that"])


def _refers_to_struck(subject: Token, doc: Doc, ctx: CheckContext) -> bool:
    """``subject`` stands for a target the article already said was struck: the same head
    noun, a definite site word, or "it" after a target struck in its sentence or the one
    before."""
    struck = [_antecedent(doc[h.target]) for h in ctx.earlier
              if h.kind in _STRUCK_KINDS and h.target < subject.i and h.target != h.trigger]
    # (and where a toll's dead were killed: "killed four men at a seminary ... the
    # madrasa was a rest stop for fighters")
    struck += [t for h in ctx.earlier if h.kind == "casualty" and h.target < subject.i
               for t in _toll_sites(doc[h.trigger]) + _toll_sites(doc[h.target])]
    # (and the building a target struck was in: "struck a deployment point at a hotel ...
    # the building had been empty for years")
    struck += [p for h in ctx.earlier if h.kind in _STRUCK_KINDS and h.target < subject.i
               for t in (doc[h.trigger], doc[h.target]) for c in t.children
               if c.dep_ == "prep" and c.lower_ in ("at", "in", "inside")
               for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
               and (p.lower_ in lx.STRUCTURE_WORDS or ctx.classify(p) == "civilian_site")]
    if subject.lower_ in _STRUCK_PRONOUNS and subject.pos_ == "PRON" and subject.tag_ != "WDT":
        # "it was a depot", '"This was a legitimate military target," he said'
        near = _window_start(subject, 1)
        if any(t.i >= near and t.lemma_.lower() not in _KILLERS for t in struck):
            return True
        # "In Dorba's telling, the building was something else: the ministry described
        # it as a drone workshop": "it" for a site its sentence, or the one before, named
        # again before it ("The settlement, police said, was a staging post. Fishermen
        # say it is a fishing camp")
        named = [t for t in doc[near : subject.i]
                 if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass")
                 and (t.lower_ in lx.STRUCTURE_WORDS or t.lower_ in _SITE_ANAPHORS
                      or t.lower_ in lx.SETTLEMENT_WORDS)]
        return bool(named) and _refers_to_struck(named[-1], doc, ctx)
    if subject.pos_ == "PROPN":
        # "bombed the RTS building ... RTS was an instrument of propaganda": the name the
        # struck site was called by
        return any(c.text == subject.text and c.dep_ == "compound" for t in struck
                   for c in t.children)
    if any(_clause_struck_it(c) for c in subject.children):
        # "the boats it has destroyed were operated by ...", "a dormitory flattened in an
        # air raid had been serving as a barracks": its own clause says it was hit
        return True
    if not any(c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE for c in subject.children):
        return False
    if struck and _scare_quoted(subject):
        # 'The "weapons factory" was a carpentry workshop': the other side's word for the
        # site struck, quoted to be answered
        return True
    lemma = subject.lemma_.lower()
    # "bombed two sites ... both buildings were ammunition depots": "both" of a kind of
    # structure stands for the two things struck
    both = any(c.lower_ == "both" for c in subject.children) \
        and (lemma in lx.STRUCTURE_WORDS or subject.lower_ in lx.STRUCTURE_WORDS) \
        and (len(struck) > 1 or any(t.tag_ in ("NNS", "NNPS") for t in struck))
    kin = _KIN_HEADS.get(lemma, frozenset([lemma]))
    return both or any(t.lemma_.lower() in kin for t in struck) or (
        bool(struck) and (lemma in _SITE_ANAPHORS or subject.lower_ in _SITE_ANAPHORS)) \
        or _one_building_struck(subject, struck) \
        or (not struck and _site_of_untold_strike(subject)) \
        or _gathering_of_the_dead(subject, doc, ctx)


def _gathering_of_the_dead(subject: Token, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.gathering_of_the_dead``: "the gathering", "the meeting" after a toll
    whose dead a clause says had gathered or met ("killed ten commanders gathered for a
    meeting ... residents said the gathering was a wake"): the gathering struck."""
    if subject.lemma_.lower() not in _GATHERING_NOUNS:
        return False
    dead = [doc[h.target] for h in ctx.earlier
            if h.kind in ("casualty", *_STRUCK_KINDS) and h.target < subject.i]
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _GATHERING_VERBS
               for t in dead for c in t.children)


_GATHERING_NOUNS = frozenset(["gathering", "meeting", "assembly"])
_GATHERING_VERBS = frozenset(["gather", "meet", "assemble", "congregate"])


def _site_of_untold_strike(subject: Token) -> bool:
    """Rule ``copula.site_of_strike``: "the building", "the site" (one, definite) in a story
    that has told a strike by its noun, in the subject's sentence or the one before, and no
    target of it yet ("the building on Quay Street was a drone store, the army said after
    the air raid"): the site the strike hit."""
    if subject.tag_ != "NN" or not (subject.lemma_.lower() in _ANY_BUILDING
                                    or subject.lower_ in _SITE_ANAPHORS):
        return False
    doc = subject.doc
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _STRIKE_TOLD
               for t in doc[_window_start(subject, 1) : sent_of(subject).end])


# the nouns that tell one strike ("the air raid", "Tuesday's bombing")
_STRIKE_TOLD = frozenset(["strike", "airstrike", "air-strike", "raid", "bombing",
                          "bombardment", "shelling", "barrage"])


# words for any one building, whatever kind the story named it by
_ANY_BUILDING = frozenset(["building", "structure"])


def _scare_quoted(noun: Token) -> bool:
    """The noun's own words, after its article, stand in quote marks: 'the "weapons
    factory"', "the 'command post'"."""
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "predet")]
    first, last = words[0].i, noun.i
    doc = noun.doc
    return first > 0 and last + 1 < len(doc) and doc[first].is_quote \
        and doc[last + 1].is_quote and not any(t.is_quote for t in doc[first + 1 : last + 1])


def _antecedent(target: Token) -> Token:
    """The noun a relative pronoun struck stands for ("the site that the jets bombed": the
    site), or the free relative's "what" ("What the missile hit, the mayor said, was the
    annex of the library": the annex), else the target itself."""
    if (target.tag_ in ("WDT", "WP") or target.lower_ == "that") and target.head.dep_ == "relcl":
        return target.head.head
    if target.lower_ == "what":
        for verb in target.head.ancestors:
            if verb.lemma_ == "be":
                return next((c for c in verb.children if c.dep_ == "attr"), target)
    return target


def _one_building_struck(subject: Token, struck: list[Token]) -> bool:
    """Rule ``copula.one_building``: "the building", singular, stands for a site struck
    in its sentence or the one before, whatever word named it ("its raid on a compound
    destroyed a bomb-making facility ... neighbours insisted the building was a bakery"); not
    "the buildings" after one depot, which may be others around it."""
    if subject.tag_ != "NN" or subject.lemma_.lower() not in _ANY_BUILDING:
        return False
    near = _window_start(subject, 1)
    return any(t.i >= near and t.tag_ == "NN" and t.lemma_.lower() in _SITE_KIN
               for t in struck)


def _toll_sites(verb: Token) -> list[Token]:
    """Rule ``copula.toll_site``: the sites the "at", "in" or "inside" phrase of a killing
    verb, or of its dead, names ("killed four men at a seminary"): where the dead were
    struck, as a site the copy may describe next; not a settlement or an area ("in
    Hangu district")."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "inside")
            for o in p.children if o.dep_ == "pobj"  # (a tagger may read "seminary" as ADJ)
            and o.lemma_.lower() in _SITE_KIN]


def _clause_struck_it(verb: Token) -> bool:
    """A clause on a noun that says the noun was hit: "the boats it has destroyed", "the
    vessels struck" (not "the assailants who attacked the headquarters", who struck, nor
    "the bombers, who were both killed", whose relative pronoun says nothing of a strike
    on them by another)."""
    if verb.dep_ == "relcl" and verb.lemma_.lower() == "collapse" and any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
        return True  # "the building that collapsed": the site the strike brought down
    if verb.lemma_.lower() not in lx.HIT_VERBS or verb.dep_ not in ("relcl", "acl"):
        return False
    kids = list(verb.children)
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "agent") for c in kids)
    return not any(c.dep_ in ("dobj", "nsubjpass") or c.tag_ in ("WDT", "WP")
                   or c.lower_ in ("that", "which", "who") for c in kids) \
        and any(c.dep_ == "nsubj" for c in kids)


# heads that name one struck thing by another word: "fired at an aircraft ... Iran said
# the plane was a civilian Airbus", "struck a boat ... the vessel was a fishing boat"
_KIN_GROUPS = (frozenset(["aircraft", "plane", "jet", "airliner", "jetliner", "airbus"]),
               frozenset(["boat", "vessel", "ship", "craft", "skiff", "dhow"]),
               frozenset(["car", "vehicle", "truck", "van", "pickup", "lorry"]),
               # "flattened a tower housing the offices ... the building was home to"
               frozenset(["building", "tower", "block", "high-rise", "skyscraper", "house"]),
               # "struck a seminary ... the madrassa was a rest stop for fighters"
               frozenset(["seminary", "madrassa", "madrasa", "madrassah", "madrasah"]),
               frozenset(["mosque", "masjid"]),
               # "bombed a gathering ... the crowd was made up of villagers"; "hit a
               # celebration ... the event was a public festival"
               _GATHERED | _OCCASIONS)
_KIN_HEADS = {w: group for group in _KIN_GROUPS for w in group}
# the sites a toll's place phrase may name for the copy to describe next (a building of
# any kind, a craft; not a settlement or an area, which is where, not what)
_SITE_KIN = (lx.CIVILIAN_SITE_WORDS | lx.STRUCTURE_WORDS | frozenset(_KIN_HEADS) | frozenset(
    ["base", "camp", "checkpoint", "post", "barracks", "compound", "depot", "warehouse",
     # a site named by no kind at all: "bombed the site ... the building was a clinic"
     "site", "facility", "premises", "den"])) \
    - frozenset(["village", "villages", "city", "cities", "town", "towns", "neighbourhood",
                 "neighborhood", "neighbourhoods", "neighborhoods", "residential", "district",
                 "districts", "area", "areas", "region", "province", "zone", "quarter"])


def _struck_holder(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"struck a small boat ... the vessel was operated by a terrorist organisation": the
    site run by a force is one the article already said was struck, and the force is
    armed (a named group or army counts here, unlike in a copula)."""
    return ctx.classify(doc[hit.target]) in ("armed_group", "military") \
        and _refers_to_struck(doc[hit.nodes["subject"]], doc, ctx)


def _struck_civil_user(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"struck a civil defence centre ... the centre was used only by rescue workers": the
    users of a site the article already said was struck are civilians."""
    return ctx.classify(doc[hit.target]) == "civilians" \
        and _refers_to_struck(doc[hit.nodes["subject"]], doc, ctx)


def _struck_no_threat(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rules ``use.no_threat`` and ``use.no_military_value``: "struck a shopping mall ...
    the mall posed no threat to the army": the site said to be no threat is one the
    article already said was struck, and not a force or a military site itself ("the
    base posed no threat" says nothing of its use)."""
    target = doc[hit.target]
    return ctx.classify(target) not in ("armed_group", "military") \
        and _refers_to_struck(target, doc, ctx)


def _struck_owner(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"struck a car ... the car belonged to a family": whose a site the article already
    said was struck is; the owner is people or a force of a known class (a named group
    counts, as in "the camp belonged to a faction of the FARC")."""
    return ctx.classify(doc[hit.target]) in lx.PERSON_CLASSES \
        and _refers_to_struck(doc[hit.nodes["subject"]], doc, ctx)


def _counted_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"killed 10 people ... the 10 were farmers": a definite count ("the 10", "all 12")
    that repeats the count of an earlier toll stands for those killed; what it is said to
    be is people of a known class."""
    subject, target = doc[hit.nodes["subject"]], doc[hit.target]
    if ctx.classify(target) not in lx.PERSON_CLASSES:
        return False
    if not any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all", "those")
               for c in subject.children):
        return False
    count = _count_of(subject.lower_)
    for h in ctx.earlier:
        toll = doc[h.target]
        # a toll told as a strike on people counts too: "neutralised five terrorists"
        # ("Twelve Maoists were killed ... all 12 were cadres": one count, in words or
        # figures)
        if h.kind in _TOLL_KINDS and h.target < subject.i and count in _counts_of(toll):
            return True
    return _fate_counted_before(doc, subject.i, count)


def _fate_counted_before(doc: Doc, end: int, count: int | str) -> bool:
    """An earlier toll of the same count that no claim took, a clash's or a gunfight's
    ("Two men were killed in a gunfight ... police said the two were fighters"): the
    count on the people a verb of fate killed or shot."""
    if not isinstance(count, int):
        return False
    for tok in doc[:end]:
        if not (tok.pos_ == "NUM" or tok.like_num) or _count_of(tok.lower_) != count:
            continue
        people = tok.head if tok.dep_ == "nummod" else tok
        verb = people.head
        if people.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in lx.FATE_VERBS:
            return True
    return False


_TOLL_KINDS = frozenset(["casualty", "hit"])


def _count_of(word: str) -> int | str:
    """A count in figures or words as a number ("12", "twelve", "1,200"); another word
    as itself, so only the same word matches it."""
    if word in COUNT_WORDS:
        return COUNT_WORDS[word]
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else word


def _counted(tok: Token) -> bool:
    """"24", "up to six", "nine dead", "20 civilians": a number or what a number counts."""
    return tok.pos_ == "NUM" or tok.like_num or any(c.dep_ == "nummod" for c in tok.children)


def toll_statement(verb: Token) -> Token | None:
    """Rule ``casualty.toll_statement``: "the ministry put the toll at 12", "raised the
    death toll to 14", "medics gave a toll of nine dead", "revised the casualty figure to
    20": the toll a party gives is its account, and the verb's subject is the party. The
    toll noun, or None ("put its profit target at 40 million", "put the toll of air strikes
    up": a count of the dead, and a count given)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.TOLL_VERBS:
        return None
    for toll in verb.children:
        if toll.dep_ != "dobj":
            continue
        if not _is_toll(toll):
            continue
        counts = [obj for prep in verb.children
                  if prep.dep_ == "prep" and prep.lower_ in ("at", "to")
                  for obj in prep.children if obj.dep_ == "pobj"]
        counts += _of_objects(toll)
        if any(_counted(c) for c in counts):
            return toll
    return None


def _is_toll(tok: Token) -> bool:
    """"the toll", "the death figure", and a figure or number "of dead" ("put the number of
    dead at more than 100"), not "the number of trucks"."""
    if tok.lower_ in lx.TOLL_NOUNS:
        return True
    if tok.lower_ not in lx.TOLL_FIGURE_NOUNS and tok.lemma_.lower() != "number":
        return False
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("death", "casualty")
               for c in tok.children) or any(
        o.lower_ in lx.VICTIM_SUBJECT_FORMS for o in _of_objects(tok))


def toll_risen(verb: Token) -> Token | None:
    """Rule ``casualty.toll_risen``: "the hospital said the toll had risen to 14", "the
    death toll climbed to 20": the toll that rose to a count (its speaker is the one
    who said so). The toll noun, or None ("prices rose to 14")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.TOLL_RISE_VERBS:
        return None
    counts = [obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
              for obj in prep.children if obj.dep_ == "pobj"]
    counts += [c for c in verb.children if c.dep_ == "dobj"]  # "the toll reached 14"
    if not any(_counted(c) for c in counts):
        return None
    return next((t for t in verb.children if t.dep_ == "nsubj" and _is_toll(t)), None)


def _toll_given(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """The toll of a toll statement (:func:`toll_statement`) or of a toll that rose
    (:func:`toll_risen`), told after the article has
    told of a strike or toll: a toll with no strike to be the toll of is no account, nor
    is the toll of a country, a period or the fighting as a whole."""
    toll = toll_statement(doc[hit.trigger]) or toll_risen(doc[hit.trigger])
    if toll is None or toll.i != hit.target:
        return False
    if any(_war_sized(obj) for prep in doc[hit.trigger].children
           if prep.dep_ == "prep" and prep.lower_ in ("at", "to")
           for obj in prep.children if obj.dep_ == "pobj"):
        return False  # "put the death toll at some 150,000": a war's (casualty.war_sized)
    for prep in (*toll.children, *doc[hit.trigger].children):
        if prep.dep_ == "prep" and prep.lower_ in _SPAN_PREPS and any(
                obj.dep_ == "pobj" and (obj.ent_type_ in ("GPE", "LOC", "DATE")
                                        or obj.lemma_.lower() in lx.CONFLICT_NOUNS)
                for obj in prep.children):
            return False  # "put the toll in Tajikistan at 29": a country's or a war's toll
        if prep.dep_ == "prep" and prep.lower_ == "of" and any(
                obj.dep_ == "pobj" and obj.lemma_.lower() in lx.CONFLICT_NOUNS
                for obj in prep.children):
            return False  # "puts the death toll of the conflict at 10,000"
    return _after_toll(hit, doc, ctx)


# A toll over a country, a period or a war: "in Tajikistan", "since January", "in the clashes".
_SPAN_PREPS = frozenset(["in", "across", "since", "during", "over", "throughout"])
_SPEAKER_VERBS = frozenset(lx.REPORT_VERBS)


def _toll_antecedent(hit: Hit, doc: Doc, ctx: CheckContext, people: bool = True
                     ) -> Token | None:
    """"killed four people ... families say they were fishermen" (or "the men were
    unarmed"): the subject stands for the dead when the nearest plural before it (in its
    sentence or the two before, speakers left aside) is an earlier toll's count or noun;
    what they are said to be is people of a known class; a plural noun of killing ("the
    killings", "the deaths") after such a toll stands for its dead too. "Gunmen killed
    five villagers. They were members of a militia": the nearest plural is the gunmen, so
    no account of the dead. The word it stands for, or None (:func:`_toll_pronoun`)."""
    found = _words_before_pronoun(hit, doc, ctx, people)
    if found is None:
        return None
    tolls, words = found
    # "the death of two girls ... relatives of the girls said they were children": the
    # dead named again with "the"
    dead = {doc[i].lemma_.lower() for i in tolls if doc[i].pos_ == "NOUN"}
    for tok in words:
        if tok.lower_ in ("they", "them"):
            continue
        if tok.dep_ == "attr" and any(c.dep_ == "nsubj" and (
                c.i in tolls or _the_dead(c) or _toll_count_again(c, doc, tolls)
                or _toll_noun_again(c, dead) or c.lower_ in _SAME_ONES)
                for c in tok.head.children):
            # "the slain men were smugglers ... families say they were ...", "police
            # said the two were militants ... the families said the men were ...": the dead;
            # "these were no peaceful herders. They came armed": whom "these" stands
            # for, as "they" does after it
            continue
        if (tok.i in tolls or _counted_of(tok, tolls)) \
                and (tok.tag_ in ("NNS", "NNPS") or tok.pos_ == "NUM"):
            return tok  # ("Six of the eight men ... were killed": the men are the toll's)
        if tok.tag_ == "NNS" and tok.lower_ in lx.CASUALTY_NOUNS:
            return tok  # "the killings must be investigated and the men were ..."
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in lx.REMAINS_WORDS \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "killed six members of a cell ... The dead were brought to the hospital,
            # whose director said they were shepherds": the dead named as the dead
            return tok
        if _toll_noun_again(tok, dead):
            return tok
        if tok.tag_ == "NNS" and _kin_of_speaker(tok):
            return tok  # "relatives of the girls said they were children"
        if tok.tag_ in ("NNS", "NNPS") and tok.pos_ in ("NOUN", "PROPN") \
                and tok.lower_ not in _NO_PEOPLE and tok.dep_ != "compound":
            return None  # (a compound names no one: "a rights group said ...")
    return None


_SAME_ONES = frozenset(["they", "these", "those"])
# plurals no "they" stands for: "smugglers who ignored warning shots. Their families said
# they were teenagers" (the shots stand between, but nobody is them)
_NO_PEOPLE = lx.ARMS_WORDS | lx.WEAPON_OBJECTS | frozenset(
    ["shots", "rounds", "bullets", "warnings", "hours", "days", "weeks", "months", "years",
     "minutes", "kilometres", "kilometers", "miles", "metres", "meters"])


def _toll_noun_again(tok: Token, dead: set[str]) -> bool:
    """"killed three men ... the men were ...": a toll's plural noun named again with
    "the"."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in dead \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _toll_pronoun(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """:func:`_toll_antecedent` finds the toll the subject stands for."""
    return _toll_antecedent(hit, doc, ctx) is not None


def _unarmed_toll_pronoun(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """:func:`_toll_pronoun`, where the toll it stands for is not of soldiers or fighters
    by its own word: "the troops died as they lined up for prayers" tells what the
    soldiers were doing, not that the dead were civilians."""
    return _unarmed_dead(hit, doc, ctx, people=True)


def _unarmed_dead(hit: Hit, doc: Doc, ctx: CheckContext, people: bool) -> bool:
    """The toll the subject stands for (:func:`_toll_antecedent`; ``people``: what it is
    said to be is people) is not of soldiers or fighters by its own word."""
    dead = _toll_antecedent(hit, doc, ctx, people)
    return dead is not None and not {dead.lower_, dead.lemma_.lower()} & _ARMED_DEAD


def _unarmed_toll_at_work(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """:func:`_unarmed_toll_pronoun` for what the dead worked at ("killed four men ...
    relatives said they had been grazing their goats"): the target is the goats, not
    the men, so the subject alone must stand for a toll not of soldiers or fighters."""
    return _unarmed_dead(hit, doc, ctx, people=False)


_ARMED_DEAD = lx.MILITARY_WORDS | lx.ARMED_GROUP_WORDS | lx.OFFICER_WORDS | frozenset(
    ["policeman", "policemen", "police", "guard", "guards"])


def _the_dead(tok: Token) -> bool:
    """People named as the dead: "the dead", "the victims", "the slain men", "the men
    killed"."""
    return tok.lower_ in lx.VICTIM_SUBJECT_FORMS or any(
        c.dep_ in ("amod", "acl") and (c.lower_ in ("slain", "dead")
                                       or c.lemma_.lower() in lx.CASUALTY_VERBS)
        for c in tok.children)


def _dead_attacking(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.dead_attacking``: the subject who readied an attack is the dead,
    named as the dead ("the men killed", "the victims") or by an earlier toll's noun
    again ("killed five men ... the men were laying mines"), and their class, by what
    they did, is armed (not "soldiers were preparing an ambush", who are no toll)."""
    target = doc[hit.target]
    if ctx.classify(target) != "armed_group":
        return False
    if _the_dead(target):
        return True
    # (a toll told in the story's own words is no claim, but its dead are named again)
    dead = {doc[h.target].lemma_.lower() for h in ctx.earlier
            if h.kind in _TOLL_KINDS and not h.negated and h.target < target.i}
    dead |= {tok.lemma_.lower() for tok in doc[_window_start(target, 2) : target.i]
             if _counted_dead(tok)}
    return _toll_noun_again(target, dead)


def _toll_count_again(tok: Token, doc: Doc, tolls: set[int]) -> bool:
    """"the two" after a toll of two: a definite count that repeats a toll's count."""
    if tok.pos_ != "NUM" or not any(c.dep_ == "det" and c.lower_ in ("the", "all")
                                    for c in tok.children):
        return False
    count = _count_of(tok.lower_)
    return any(count in _counts_of(doc[i]) for i in tolls)


def _counts_of(toll: Token) -> set[int | str]:
    """The counts a toll's words give: the word itself ("twelve") or its number ("12 men")."""
    return {_count_of(toll.lower_),
            *(_count_of(c.lower_) for c in toll.children if c.dep_ == "nummod")}


def _counted_of(tok: Token, tolls: set[int]) -> bool:
    """``tok`` is what a toll's count counts: "men" of "Six of the eight men"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i in tolls


def _not_described_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"The people who were killed were Maoists", "the men killed in the forest were
    members of a gang": the dead are what the copula says they were (its own row tells
    that), not a toll of people of no class beside it."""
    target = doc[hit.target]
    if target.tag_ in ("WP", "WDT") and target.head.dep_ == "relcl":
        target = target.head.head  # "the people who were killed"
    if target.dep_ != "nsubj" or target.head.lemma_.lower() != "be":
        return True
    return not any(c.dep_ == "attr" and ctx.classify(c) in lx.PERSON_CLASSES
                   for c in target.head.children)


_FORCE_PEOPLE = frozenset(["agent", "officer", "policeman", "policewoman", "police", "trooper",
                           "guard", "soldier", "troop", "marine", "commando", "pilot"])


def _holder_not_force(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Who is said not to have held or fired arms is no force's men: "agents who took
    part in the raid did not fire their weapons" tells of the raiders, not the dead."""
    subj = next((c for c in doc[hit.trigger].children if c.dep_ in ("nsubj", "nsubjpass")),
                None)
    if subj is None or subj.pos_ == "PRON":
        return True
    return subj.lemma_.lower() not in _FORCE_PEOPLE \
        and ctx.classify(subj) not in ("military", "armed_group")


def _toll_kin(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"a mother whose two sons were killed ... my sons were students": the kin named
    again are an earlier toll's dead (the same word), and what they are said to be is
    people of a known class."""
    subject, target = doc[hit.nodes["subject"]], doc[hit.target]
    if ctx.classify(target) not in lx.PERSON_CLASSES:
        return False
    lemma = subject.lemma_.lower()
    if any(h.kind in _TOLL_KINDS and not h.negated and h.target < subject.i
           and doc[h.target].lemma_.lower() == lemma for h in ctx.earlier):
        return True
    # the toll in the story's own words ("a mother whose two sons were killed in a
    # massacre"), which no speaker tells
    if any(t.lemma_.lower() == lemma and t.dep_ in ("dobj", "nsubjpass")
           and t.head.lemma_.lower() in lx.FATE_VERBS for t in doc[: sent_of(subject).start]):
        return True
    # rule ``copula.kin_of_the_dead``: '"My nephew was a carpenter," said X, an aunt of one
    # of the four', after a toll: the speaker's own title makes the kin one of the dead
    return any(h.kind in _TOLL_KINDS and not h.negated and h.target < subject.i
               for h in ctx.earlier) \
        and _KIN_OF_DEAD.search(doc[slice(*line_bounds(subject))].text) is not None


# a speaker titled as kin of the dead: "an aunt of one of the four", "the widow of a
# victim", "a cousin of one of those shot"
_KIN_OF_DEAD = re.compile(
    r"\b(?:father|mother|parents?|brother|sister|wife|husband|widow|son|daughter|uncle|"
    r"aunt|cousin|relative)s?\s+of\s+(?:one\s+of\s+(?:the|them|those)\b|one\s+(?:victim|"
    r"of\s+the\s+(?:dead|victims))\b|(?:a|the)\s+(?:victims?|dead)\b)", re.IGNORECASE)


def _kin_of_speaker(tok: Token) -> bool:
    """``tok`` is whose kin the speaker is: "relatives of the girls said", "the families
    of the dead men say" (a plural of people after "of" on a speaking subject of kin)."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    kin = of.head
    return kin.lower_ in _KIN and kin.head.lemma_.lower() in _SPEAKER_VERBS


_KIN = lx.KIN_WORDS | frozenset(["relatives", "families", "relative", "family", "kin"])


def _not_staying_home(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``use.staying_home``: "families are staying inside their houses" tells what people
    do now, in the speaker's present, not who was at a site struck ("families were
    sheltering in their homes when the shell hit" stays an account)."""
    trigger = doc[hit.trigger]
    now = trigger.tag_ in ("VBP", "VBZ") or any(
        c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in trigger.children)
    site = doc[hit.nodes["site"]]
    own = any(c.dep_ == "poss" and c.lower_ in ("their", "his", "her", "our", "my", "its")
              for c in site.children)
    return not (now and own)


def _after_toll(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """A denial that the people or site were combatants ("nobody there was armed", "he
    never held a gun", "our assembly was not a camp") is an account of the strike only
    where the article has already told of one: an earlier strike or toll, before the
    denial. "Nobody was armed," the coach said of a match: no strike, no claim."""
    return any(h.kind in _TOLL_KINDS and not h.negated and h.trigger < hit.trigger
               for h in ctx.earlier)


def _after_attack(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """A picture of a strike's mark (smoke pouring from a site, a crater, ruins, bodies)
    tells where an attack the article has already told of came down: an earlier strike
    or toll, or a missile or drone said to have been shot down or to have missed ("air
    defences intercepted a missile over the city ... video showed smoke billowing from
    a fuel depot"). Smoke seen where no attack was told is no account of one."""
    return _after_toll(hit, doc, ctx) or any(h.kind == "miss" and h.trigger < hit.trigger
                                             for h in ctx.earlier)


def _struck_before(hit: Hit, doc: Doc, ctx: CheckContext, node: str) -> bool:
    """The word at ``node`` names again, by the same noun, what an earlier account of the
    article says was struck, fired on or aimed at."""
    word = doc[hit.nodes[node]].lemma_.lower()
    return any(h.kind in _STRUCK_KINDS and not h.negated and h.trigger < hit.trigger
               and doc[h.target].lemma_.lower() == word for h in ctx.earlier)


def _described_struck(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.struck_site_described_as``: "The state broadcaster described the port
    as a purely civilian facility" says what a site was only where the article has told,
    before it, that a strike hit or was aimed at that very site ("targeting the port")."""
    return _struck_before(hit, doc, ctx, "site")


def _fired_on_subject(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``copula.fired_on_state``: "police opened fire on the protesters ... the
    protesters were unarmed": the subject is the people an earlier account says were
    fired on or struck, named again by the same noun, or the people of a gathering it
    says was ("police shot at a march of teachers ... the marchers were unarmed")."""
    if _struck_before(hit, doc, ctx, "subject"):
        return True
    subject = doc[hit.nodes["subject"]].lemma_.lower()
    return subject in _GATHERING_PEOPLE.values() and any(
        h.kind in _STRUCK_KINDS and not h.negated and h.trigger < hit.trigger
        and _GATHERING_PEOPLE.get(doc[h.target].lemma_.lower()) == subject
        for h in ctx.earlier)


def _assailants_fired_on(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``use.assailants_fired_on``: a force's word that the people it fired on had
    attacked it ("police said a mob armed with clubs had attacked officers, who fired in
    self-defence"): people, not a group the article already calls armed men
    ("gunmen stormed the hotel" tells the raid, not who the fire hit), whom the same
    sentence or the one before has a force fire on or shoot, or in self-defence, or whom
    an earlier account says were fired on or struck, by the same noun."""
    target = doc[hit.target]
    words = {target.lower_, target.lemma_.lower()}
    if not words & _CROWD_WORDS:
        return False
    sent = sent_of(doc[hit.trigger])
    if sent.start > 0:  # (the force's fire may be told in the sentence before)
        sent = doc[sent_of(doc[sent.start - 1]).start: sent.end]
    if _SELF_DEFENCE.search(sent.text):
        return True
    for tok in sent:
        if tok.pos_ == "VERB" and tok.i != hit.trigger and (
                tok.lemma_.lower() in ("fire", "shoot", "open")
                or (tok.lemma_.lower() == "return"
                    and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children))) \
                and _force_fires(tok):
            return True
    return _struck_before(hit, doc, ctx, "target")


def _force_under_fire(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rules ``use.assailants_fire_from`` and ``use.assailants_fire_from_noun``: a force's
    word that the people it faced fired on it first ("aides said the guards came under
    fire from youths armed with rifles"): people or a crowd (``_CROWD_WORDS``, not a group
    named as fighters, "came under fire from Maoists", whose clash tells no account of
    whom the force's fire hit), and a force (``lexicon.FORCE_LEMMAS``) that came under
    the fire. Fighters "among" a crowd count ("came under attack from gunmen hiding among
    the protesters": the force's word that armed men were in the crowd it fired on)."""
    target = doc[hit.target]
    if not {target.lower_, target.lemma_.lower()} & _CROWD_WORDS and not _among_crowd(target):
        return False
    verb = doc[hit.trigger].head.head  # (fire <- under <- came)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lx.FORCE_LEMMAS
               for c in verb.children)


def _among_crowd(target: Token) -> bool:
    """"gunmen hiding among the marchers", "gunmen inside the crowd": the word's own
    phrase puts it among a crowd of people."""
    preps = [c for c in target.children if c.dep_ == "prep"]
    preps += [p for a in target.children if a.dep_ in ("acl", "relcl")
              for p in a.children if p.dep_ == "prep"]
    return any(p.lower_ in ("among", "amongst", "in", "inside", "within")
               and any(o.dep_ == "pobj" and {o.lower_, o.lemma_.lower()} & _CROWD_WORDS
                       for o in p.children)
               for p in preps)


def _force_fires(verb: Token) -> bool:
    """A force is who fires: the verb's subject ("officers fired"), or the subject of the
    verb it is joined to ("the patrol was ambushed ... and returned fire") or is the
    complement of ("officers were attacked ... and were forced to fire"), or the force a
    "who" clause hangs on ("officers, who fired")."""
    subjects = _subjects_of(verb)
    node = verb
    while not subjects and node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        # (also the one that was made to fire: "officers ... were forced to fire")
        node = node.head
        subjects = _subjects_of(node)
    return any(c.lemma_.lower() in lx.FORCE_LEMMAS
               or (c.lower_ in ("who", "which") and verb.dep_ == "relcl"
                   and verb.head.lemma_.lower() in lx.FORCE_LEMMAS)
               for c in subjects)


def _subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects, and the subject of a clause the parse made its subject
    ("officers guarding bailiffs were attacked": "guarding" the clause, "officers" its
    own)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects + [s for c in verb.children if c.dep_ in ("csubj", "csubjpass")
                       for s in c.children if s.dep_ == "nsubj"]


_CROWD_WORDS = lx.PEOPLE_WORDS | lx.ARMED_BODY_HEADS | frozenset(
    ["crowd", "crowds", "villagers", "residents", "students", "workers", "miners", "strikers",
     "farmers", "marchers", "supporters", "youth", "young"]) - frozenset(
    ["guard", "guards", "patrol", "patrols", "criminal", "criminals", "elements"])
_SELF_DEFENCE = re.compile(r"\bself[- ]defen[cs]e\b", re.IGNORECASE)


def _not_evaluation(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """What a party calls the strike is a target only when it says what was hit: "called
    the raid a barbaric violation of sovereignty", "an act of aggression", "a war crime"
    judge the strike (``lexicon.EVALUATION_WORDS``); one "of" civilians or a civilian
    site still names its victims, and "a massacre" or "an execution of fishermen" is no
    evaluation word: people killed."""
    target = doc[hit.target]
    if not _named(target, lx.EVALUATION_WORDS):
        return True
    return any(ctx.classify(obj) in ("civilians", "civilian_site") for obj in _of_objects(target))


_SUPPORT_KINDS = frozenset(["air", "fire", "artillery", "gunship", "helicopter"])


def _called_strike(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``hit.called_in``: what "called in" brings is a strike ("air strikes", "an
    air strike") or air or fire support; "called in the police" brings no strike."""
    call = doc[hit.trigger]
    brought = [c for c in call.children if c.dep_ == "dobj"] + [
        g for c in call.children if c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return any(b.lemma_.lower() in lx.ACTION_NOUNS or (
        b.lemma_.lower() == "support" and any(c.lower_ in _SUPPORT_KINDS for c in b.children))
        for b in brought)


def _force_acts(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """Rule ``hit.acted_against``: the one who acts is a force (its class, a force word, or
    "it" or "they" in a speaker's words), and "on" is what a crackdown falls on ("cracked
    down on the rioters"), never where a force moved on to ("moved on the capital")."""
    verb = doc[hit.trigger]
    prep = doc[hit.nodes["prep"]]
    if prep.lower_ == "on" and not (verb.lemma_.lower() == "crack" and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)):
        return False
    subject, verb = _doer(verb)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "they", "we") and ctx.reported(verb)
    return _named(subject, _KILLERS) or _named(subject, _ARMED_BODIES) \
        or ctx.classify(subject) == "military"


def _struck_pronoun(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """"it" described or called something stands for a target struck in its sentence or
    the one before ("jets struck the consulate ... describing it as an army barracks"), or
    a noun for one struck earlier ("bombed a camp ... called the camp a supply base"),
    and what it is called has a known class."""
    return ctx.classify(doc[hit.target]) != "unknown" \
        and _refers_to_struck(doc[hit.nodes["site"]], doc, ctx)


def _finite_clause(hit: Hit, doc: Doc, ctx: CheckContext) -> bool:
    """A participle modifying a noun ("drones shot down over the city were shown on TV")
    tells no account; a clause the parse hung on a noun as one, with "that" and a subject
    of its own, does ("said in a message that every drone had been shot down")."""
    verb = doc[hit.trigger]
    if verb.dep_ != "acl":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Checks that need the other rows' hits (``CheckContext.earlier``): run after them.
LATE_CHECKS = frozenset(["struck_subject", "counted_subject", "toll_pronoun",
                         "unarmed_toll_pronoun", "struck_holder",
                         "struck_civil_user", "struck_owner", "after_toll", "after_attack",
                         "struck_target", "struck_maker",
                         "unarmed_toll_at_work",
                         "toll_given",
                         "struck_site", "toll_person", "site_subject", "toll_kin",
                         "there_site", "struck_no_threat", "described_struck",
                         "fired_on_subject", "struck_pronoun", "assailants_fired_on",
                         "not_firing_base"])


CHECKS: dict[str, Check] = {
    "struck_subject": _struck_subject,
    "struck_no_threat": _struck_no_threat,
    "used_site_not_a_state": _used_site_not_a_state,
    "not_a_car_bomb": _not_a_car_bomb,
    "aimed_at_none": _aimed_at_none,
    "toll_kin": _toll_kin,
    "holder_not_force": _holder_not_force,
    "not_described_subject": _not_described_subject,
    "counted_subject": _counted_subject,
    "not_suicide_bombers": _not_suicide_bombers,
    "toll_pronoun": _toll_pronoun,
    "craft_mishap": _craft_mishap,
    "bodies_not_laid_out": _bodies_not_laid_out,
    "dead_attacking": _dead_attacking,
    "unarmed_toll_pronoun": _unarmed_toll_pronoun,
    "struck_holder": _struck_holder,
    "struck_civil_user": _struck_civil_user,
    "struck_owner": _struck_owner,
    "after_toll": _after_toll,
    "after_attack": _after_attack,
    "struck_target": _struck_target,
    "struck_maker": _struck_maker,
    "not_copula_subject": _not_copula_subject,
    "unarmed_toll_at_work": _unarmed_toll_at_work,
    "not_staying_home": _not_staying_home,
    "described_struck": _described_struck,
    "fired_on_subject": _fired_on_subject,
    "assailants_fired_on": _assailants_fired_on,
    "force_under_fire": _force_under_fire,
    "toll_given": _toll_given,
    "not_evaluation": _not_evaluation,
    "called_strike": _called_strike,
    "force_acts": _force_acts,
    "finite_clause": _finite_clause,
    "struck_pronoun": _struck_pronoun,
    "relative_object": _relative_object,
    "site_subject": _site_subject,
    "subject_side": _subject_side,
    "contrast": _contrast,
    "not_action": _not_action,
    "not_time": _not_time,
    "not_device": _not_device,
    "active_trigger": _active_trigger,
    "casualty_frame": _casualty_frame,
    "weapon_subject": _weapon_subject,
    "landed_nowhere_told": _landed_nowhere_told,
    "struck_by_a_strike": _struck_by_a_strike,
    "striking_subject": _striking_subject,
    "craft_pursued": _craft_pursued,
    "combatant_target": _combatant_target,
    "denied_combatant": _denied_combatant,
    "near_site": _near_site,
    "own_subject": _own_subject,
    "civilian_target": _civilian_target,
    "people_target": _people_target,
    "site_is_place": _site_is_place,
    "known_target": _known_target,
    "not_force_described": _not_force_described,
    "any_target": _any_target,
    "present_person": _present_person,
    "not_state_idiom": _not_state_idiom,
    "whole_salvo": _whole_salvo,
    "toll_person": _toll_person,
    "reported": _reported_check,
    "no_own_subject": _no_own_subject,
    "no_own_object": _no_own_object,
    "not_scare_quoted": _not_scare_quoted,
    "named_presenter": _named_presenter,
    "targets_subject": _targets_subject,
    "presented_people": _presented_people,
    "denied_single": _denied_single,
    "set_off": _set_off,
    "site_collapsed": _site_collapsed,
    "believed_what": _believed_what,
    "believed_strike": _believed_strike,
    "target_of_strike": _target_of_strike,
    "alternative_cause": _alternative_cause,
    "fire_of_no_strike": _fire_of_no_strike,
    "said_what": _said_what,
    "not_blamed_on": _not_blamed_on,
    "not_assailants": _not_assailants,
    "this_strike": _this_strike,
    "split_copula": _split_copula,
    "not_speaker": _not_speaker,
    "not_complement": _not_complement,
    "struck_site": _struck_site,
    "not_firing_base": _not_firing_base,
    "there_site": _there_site,
    "struck_what": _struck_what,
    "burnt_site": _burnt_site,
    "open_ground": _open_ground,
    "dead_people": _dead_people,
    "not_open_ground": _not_open_ground,
    "lone_adjective": _lone_adjective,
    "not_aimed": _not_aimed,
    "not_venue": _not_venue,
    "not_where_aimed": _not_where_aimed,
}

_ROW_KEYS = frozenset(["id", "kind", "description", "pattern", "requires", "negated",
                       "fallback", "beside", "example", "counter_example"])


# articles the parse can take for a pronoun object: never a target
_ARTICLE_WORDS = frozenset(["the", "a", "an"])


def parse_row(row: Mapping[str, Any]) -> Construction:
    extra = set(row) - _ROW_KEYS
    if extra:
        raise ConstructionError(f"{row.get('id')}: unknown keys {sorted(extra)}")
    for key in ("id", "kind", "description", "pattern", "example", "counter_example"):
        if key not in row:
            raise ConstructionError(f"{row.get('id')}: missing {key}")
    rid = row["id"]
    if row["kind"] not in KINDS:
        raise ConstructionError(f"{rid}: kind {row['kind']!r} not in {sorted(KINDS)}")
    try:
        pattern = expand_lists(row["pattern"])
    except KeyError as err:
        raise ConstructionError(str(err)) from None
    names = [node.get("RIGHT_ID") for node in pattern]
    if "trigger" not in names:
        raise ConstructionError(f"{rid}: the pattern has no 'trigger' node")
    requires = tuple(row.get("requires", ()))
    unknown = [r for r in requires if r not in CHECKS]
    if unknown:
        raise ConstructionError(f"{rid}: unknown checks {unknown}")
    if "target" not in row["example"]:
        raise ConstructionError(f"{rid}: the example names no target")
    try:
        compile_pattern(rid, pattern)
    except PatternError as err:
        raise ConstructionError(str(err)) from None
    return Construction(
        id=rid, kind=row["kind"], description=row["description"], pattern=pattern,
        requires=requires, negated=bool(row.get("negated", False)),
        fallback=bool(row.get("fallback", False)), beside=bool(row.get("beside", False)),
        example=row["example"], counter_example=row["counter_example"],
    )


def load_constructions(text: str | None = None) -> list[Construction]:
    """The construction table (the packaged one unless ``text`` is given), validated."""
    out = [parse_row(r) for r in read_table("constructions.json", text)["constructions"]]
    dupes = repeated([c.id for c in out])
    if dupes:
        raise ConstructionError(f"duplicate construction ids {dupes}")
    return out


class ConstructionMatcher:
    """Runs the construction table over a parsed ``Doc``."""

    def __init__(self, vocab: Vocab, constructions: Sequence[Construction] | None = None) -> None:
        self.constructions = list(constructions if constructions is not None
                                  else load_constructions())
        self.by_id = {c.id: c for c in self.constructions}
        self.order = {c.id: n for n, c in enumerate(self.constructions)}
        self.matcher = TreeMatcher()
        for c in self.constructions:
            self.matcher.add(c.id, c.pattern)

    def kind(self, rule: str) -> str | None:
        """The kind of the row ``rule`` (None for a rule id that is no row: "blame.noun")."""
        row = self.by_id.get(rule)
        return row.kind if row is not None else None

    def __call__(self, doc: Doc, ctx: CheckContext) -> list[Hit]:
        """Hits that pass their checks, one per (trigger, target), the earliest row first
        (a ``beside`` row's hit is a second reading of the words, kept beside the
        first); fallback rows only where no other row found a target for the trigger."""
        raw: list[Hit] = []
        late: list[tuple[Hit, Construction]] = []
        for rule, token_ids in self.matcher(doc):
            c = self.by_id[rule]
            nodes = {node["RIGHT_ID"]: tid for node, tid in zip(c.pattern, token_ids,
                                                                 strict=True)}
            trigger = nodes["trigger"]
            if "target" in nodes and doc[nodes["target"]].lower_ in _ARTICLE_WORDS:
                continue  # the parse took "the" for an object ("the helicopter fired rockets")
            hit = Hit(c.id, c.kind, trigger, nodes.get("target", trigger), c.negated,
                      c.fallback, nodes, c.beside)
            if LATE_CHECKS.intersection(c.requires):
                late.append((hit, c))
            elif all(CHECKS[name](hit, doc, ctx) for name in c.requires):
                raw.append(hit)
        # in text order, each late row sees the late hits before it that passed: a
        # hospital's intake ("the bodies of three men were brought in", itself after a
        # strike) is a toll that a later "they were members of X" stands for
        passed: list[Hit] = []
        for h, c in sorted(late, key=lambda item: item[0].trigger):
            seen_ctx = replace(ctx, earlier=tuple(raw + passed))
            if all(CHECKS[name](h, doc, seen_ctx) for name in c.requires):
                passed.append(h)
        raw.extend(passed)
        raw.sort(key=lambda h: (h.trigger, self.order[h.rule]))
        with_target = {h.trigger for h in raw if not h.fallback}
        seen: set[tuple[int, int]] = set()
        out: list[Hit] = []
        for h in raw:
            if h.fallback and h.trigger in with_target:
                continue
            if h.beside:
                out.append(h)
                continue
            if (h.trigger, h.target) in seen:
                continue
            seen.add((h.trigger, h.target))
            out.append(h)
        return out
