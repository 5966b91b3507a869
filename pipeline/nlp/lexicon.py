"""Word lists the claim rules work with (lemmas, lower case).

They describe wire-copy English in general, not any one story: reporting verbs, verbs and
nouns of attack, and the head words that say what kind of thing a target is.
"""

from __future__ import annotations

from collections.abc import Collection

# Reporting verbs -> cue.
REPORT_VERBS: dict[str, str] = {
    **dict.fromkeys(
        [
            "say", "tell", "state", "announce", "report", "add", "claim", "insist",
            "maintain", "assert", "confirm", "acknowledge", "admit", "write",
            "tweet", "post", "declare", "note", "reiterate", "explain", "stress",
            "argue", "suggest", "show", "indicate", "conclude", "find", "determine",
            "quote", "cite", "call", "describe", "publish", "broadcast",
            "affirm", "charge", "allege", "testify", "recount", "inform", "assure",
            "recall", "emphasize", "emphasise", "underline", "underscore", "attribute",
            "ascribe", "counter", "retort", "contend",
            # evidence a party offers speaks for it: "images which it said proved that
            # the school had not been bombed"
            "prove", "demonstrate",
            # how a party presented the dead: "army units listed the men as rebels"
            "list", "present", "portray",
            # a speaker heard even when silent on the strike ("did not address the strike
            # directly. '...,' he told Reuters"): who "he" is next
            "address", "comment"
        ],
        "asserts",
    ),
    **dict.fromkeys(["deny", "reject", "dismiss", "refute", "rebuff", "disavow"], "denies"),
    **dict.fromkeys(["accuse", "blame", "condemn", "denounce"], "accuses"),
    **dict.fromkeys(["fear", "worry", "warn"], "concern"),
}
# What a speaker shows as evidence: "the footage shows that ..." in the speaker's words.
EVIDENCE_NOUNS = frozenset(
    ["footage", "video", "image", "photo", "picture", "imagery", "evidence", "recording",
     "data", "intelligence", "analysis", "reconnaissance", "surveillance", "information",
     "investigation", "inquiry", "probe", "assessment", "finding", "review", "team", "panel",
     "reporting"])
# Pictures that show a strike's mark on a site ("footage verified by the agency showed a
# crater in a school's courtyard"), and the marks they show
SHOWN_EVIDENCE = frozenset(["footage", "video", "image", "photo", "photograph", "picture",
                            "imagery", "clip", "recording"])
DAMAGE_SIGNS = frozenset(["crater", "rubble", "debris", "damage", "ruin", "ruins", "wreckage",
                          "destruction", "body", "bodies", "remains", "hole", "smoke",
                          "blood"])
# What is left of a site struck, as an onlooker there sees it: "a reporter saw the charred
# remains of a workshop"
WRECKAGE_WORDS = frozenset(["remains", "ruins", "ruin", "wreckage", "rubble", "debris",
                            "shell", "skeleton", "husk"])
# Who took, posted or checked a picture: "footage verified by the agency", "video posted by
# residents", "photographs taken by a local journalist"
PICTURE_VERBS = frozenset(["take", "film", "shoot", "post", "share", "verify", "review",
                           "obtain", "analyse", "analyze", "geolocate", "authenticate",
                           "record", "broadcast", "air", "capture", "circulate", "release",
                           "publish"])
# What a picture shows a site to be after a strike: "showed a destroyed clinic"
STRUCK_STATES = frozenset(["destroy", "damage", "flatten", "raze", "gut", "burn", "bomb",
                           "shell", "demolish", "level", "wreck", "hit", "strike", "reduce",
                           "collapse"])
# What a party that takes up others' reports as its own account says of them: "received
# reports that", "alarmed by reports" (not "aware of reports", an acknowledgement).
RECEIPT_WORDS = frozenset(
    ["receive", "alarm", "alarmed", "concern", "concerned", "shock", "shocked",
     "horrify", "horrified", "appal", "appalled", "dismay", "dismayed", "sadden",
     "saddened", "disturb", "disturbed", "trouble", "troubled", "distress", "distressed",
     # a body that gathers reports takes them up: "it has collected reports of people
     # who were executed"
     "collect", "gather", "document", "compile", "record"])
UNTAKEN_REPORT_WORDS = frozenset(["unconfirmed", "unverified", "false", "fake", "baseless"])
# Verbs of condemning an act, which blame only when they name its author.
CONDEMN_VERBS = frozenset(["condemn", "denounce", "deplore", "decry", "slam"])
# What a party calls another's claims when it denies them: "the claims were false".
FALSITY_WORDS = frozenset(
    ["false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "lie", "lies",
     "fabrication", "fabrications", "nonsense", "propaganda", "fake", "misleading",
     "rumour", "rumours", "rumor", "rumors", "hoax", "fiction", "disinformation",
     "misinformation", "slander"]
)
# Nouns of "be in X" that say a state, not a place: "was in contact with both sides",
# "was in retaliation for", "were in talks".
STATE_IDIOM_NOUNS = frozenset(["contact", "touch", "talks", "talk", "retaliation", "response",
                               "charge", "power", "favour", "favor", "danger", "line", "fact",
                               "addition", "return", "order", "part", "support", "solidarity",
                               "protest", "breach", "violation", "accordance", "keeping",
                               "doubt", "shock", "mourning", "negotiation", "negotiations",
                               "coordination", "cooperation", "league", "agreement"])
# What a copula's "not X" may name that is no site: a falsehood ("it was not true") or an
# occasion ("it was not the first time an air raid had hit volunteers") or a policy ("it
# was not TTP policy to attack mosques")
NOT_A_SITE_ATTRS = FALSITY_WORDS | frozenset(["time", "times", "occasion", "occasions",
                                              "instance", "instances", "policy", "policies",
                                              "practice", "practices"])
# "expressed / voiced / raised concern that ..."
CONCERN_NOUNS = frozenset(["concern", "concerns", "alarm", "fear", "fears", "worry"])
CONCERN_VERBS = frozenset(["express", "voice", "raise", "feel", "have", "share"])
# A toll statement, whose subject is the party giving it: "the ministry put the toll at
# 12", "raised the death toll to 14", "medics gave a toll of nine dead".
TOLL_VERBS = frozenset(["put", "give", "raise", "revise", "place", "set", "lift", "update"])
# The toll itself; a bare "figure" or "tally" only as a count of the dead ("the casualty
# figure", not "its profit figure").
TOLL_NOUNS = frozenset(["toll", "tolls"])
TOLL_FIGURE_NOUNS = frozenset(["figure", "figures", "tally", "count"])
# A toll that rose: "the toll had risen to 14", "the death toll climbed to 20".
TOLL_RISE_VERBS = frozenset(["rise", "climb", "reach", "jump", "increase", "mount"])

# Verbs whose object (or passive subject) is what was hit.
HIT_VERBS = frozenset(
    [
        "strike", "hit", "target", "attack", "bomb", "shell", "raid", "destroy", "kill",
        "pound", "bombard", "blast", "shoot", "neutralise", "neutralize", "engage",
        # "security forces gunned down five foreigners"
        "gun",
        "aim", "damage", "level", "flatten", "storm", "ram", "wound", "injure", "fire",
        "eliminate", "direct", "demolish", "devastate", "obliterate", "wreck", "pummel",
        "batter", "liquidate", "overrun",
        # "several houses were razed"
        "raze",
        # "jets fully disabled the airport"
        "disable",
        # "militants downed a helicopter"
        "down",
        # "its fighters derailed a supply train"
        "derail",
        # "its warplanes sank Greek warships"; "had fired on and sunk a boat" (the small
        # model tags the joined participle a base form, lemma "sunk")
        "sink", "sunk",
        # "bombers had cratered the runway" (the small model's lemma is "cratere")
        "crater", "cratere",
        # "part of the crowd pelted the officers with stones", "youths stoned the post"
        "pelt", "stone",
        # "its fighters ambushed a bus carrying soldiers", "a group had assaulted the post"
        "ambush", "assault",
        # "the strike tore up the football pitch", "a missile tore apart the house"
        "tear",
    ]
)
# Verbs that report victims rather than a target: an account only where a strike or a
# speaker frames them ("the strike killed ...", "the ministry said 23 people were killed").
# tokens: a dateline is short ("ERBIL, Iraq, Aug 12 (AFP) -"); how far back a line start
# may stand and still open with one
DATELINE_SPAN = 14
# "the government", "the authorities": the state's own voice
GOVERNMENT_HEADS = frozenset(["government", "authorities"])
# bodies a state sets up to watch it or judge it, never its voice: "the government said" is
# not the rights commission or the court heard before it
# the offices that watch a state for its people, on no government's side ("the human
# rights ombudsman's office")
OMBUDSMAN_WORDS = frozenset(["ombudsman", "ombudsperson", "ombudswoman", "ombudsman's",
                             "ombudsperson's", "ombudswoman's"])
NOT_GOVERNMENT = frozenset(["commission", "commissioner", "court", "tribunal", "prosecutor",
                            "parliament", "inquiry"]) | OMBUDSMAN_WORDS
CASUALTY_VERBS = frozenset(["kill", "wound", "injure", "maim", "execute", "massacre",
                            "martyr",
                            # "militants beheaded more than 50 people" (not "slaughter",
                            # which farmers do to sheep, nor "murder", which courts try)
                            "behead"])
# a casualty told as a noun ("the wounding of 35"): listed beside a target it is another
# casualty count, not another target
CASUALTY_NOUNS = frozenset(["killing", "killings", "wounding", "woundings", "injuring",
                            "injury", "injuries", "maiming", "murder", "murders", "massacre",
                            "death", "deaths"])
STRIKE_VERBS = HIT_VERBS - CASUALTY_VERBS - {"direct"}
# Weapons that strike: as the subject of a casualty verb they frame a strike ("its
# aircraft killed 30 fighters").
# Craft that strike from the air ("a military jet", "army helicopters").
AIRCRAFT = frozenset(["aircraft", "jet", "warplane", "plane", "helicopter", "gunship",
                      "bomber", "drone"])
STRIKING_WEAPONS = AIRCRAFT | frozenset(
    ["missile", "rocket", "shell", "bomb", "artillery", "mortar", "airstrike", "projectile",
     "grenade", "munition", "warhead"]
)
# A state's force as the one who fires or strikes, by its word's lemma ("officers
# fired", "troops fired at them"): police, troops and their units
FORCE_LEMMAS = frozenset(["police", "policeman", "policemen", "officer", "officers", "troop",
                          "troops", "soldier", "soldiers", "force", "forces", "guard", "guards",
                          "army", "military", "gendarme", "gendarmes", "gendarmerie", "ranger",
                          "rangers", "patrol", "patrols", "unit", "units"])
# Verbs of dying: who dies is a victim, never the one who struck ("only Taliban died in
# the strike")
DYING_VERBS = frozenset(["die", "perish", "drown", "succumb"])
# Gunfire that kills, as a noun: "died from a gunshot", "died of a bullet wound"
GUNFIRE_NOUNS = frozenset(["gunshot", "bullet", "gunfire"])
# What a force uses against people or sites: its striking weapons, and its guns ("police
# were forced to use their service weapons against the rioters", "used live ammunition
# against protesters"; not tear gas or water cannon, which hit no one dead).
# Verbs that put a weapon to use: "used their firearms against", "artillery was deployed
# against" (row ``hit.used_against``, and the "against" after a weapon used).
WEAPON_USE_VERBS = frozenset(["use", "deploy", "employ"])
# What a force does "against" those it faces ("troops moved against the militia", "police
# cracked down on rioters"; "acted against" is row hit.at_acting's)
FORCE_ACTION_VERBS = frozenset(["move", "intervene", "crack", "operate"])
USED_WEAPONS = STRIKING_WEAPONS | frozenset(
    ["weapon", "firearm", "gun", "rifle", "ammunition", "bullet", "round", "force"]
)
# What air defences stop: the weapons, or the attack they make ("intercepted a missile
# attack", "a salvo").
INTERCEPTED_THINGS = STRIKING_WEAPONS | frozenset(["attack", "salvo", "barrage", "volley"])
# Aircraft with a crew, which land and crash as well as strike: "the plane landed in the
# capital" is no weapon coming down.
MANNED_AIRCRAFT = frozenset(["aircraft", "jet", "warplane", "plane", "helicopter", "gunship",
                             "bomber"])
# Verbs of a weapon coming down on what it hit: "shells landed in a camp".
# "a one-way drone impacted inside the base", as US military statements write it
IMPACT_VERBS = frozenset(["land", "fall", "slam", "crash", "smash", "plough", "plow", "rain",
                          "impact", "tumble", "plunge"])
# Fighting as a whole, whose toll is no account of one strike: "killed in the clashes".
CONFLICT_NOUNS = frozenset(
    ["clash", "clashes", "fighting", "violence", "war", "conflict", "unrest", "hostilities",
     "insurgency", "crackdown", "battle", "battles", "combat", "riot", "riots"])
# What "hit" a place when no strike did: "a town hit by a long-running conflict", "homes
# hit by floods".
NON_STRIKE_CAUSES = CONFLICT_NOUNS | frozenset(
    ["crisis", "drought", "flood", "floods", "flooding", "storm", "storms", "cyclone",
     "earthquake", "lightning", "shortage", "shortages", "epidemic", "outbreak", "famine",
     "quake", "landslide", "landslides", "mudslide", "mudslides", "typhoon", "hurricane",
     "tsunami", "hailstorm", "heatwave", "avalanche"])
# Verbs of a strike or a blast going through what it hit: "the blast tore through a
# market", "a missile exploded over a busy street".
THROUGH_VERBS = frozenset(["tear", "rip", "slice", "explode", "detonate", "blow", "burst", "punch",
                           "pierce", "plough", "plow"])
# Verbs whose target follows "at" / "against" ("fired at", "directed at the camp").
AT_VERBS = frozenset(["fire", "aim", "shoot", "target", "strike", "direct", "launch"])
# Subjects of "be" that name what was hit: "the target was X", "the dead were X".
TARGET_SUBJECT_NOUNS = frozenset(["target", "objective", "aim"])
VICTIM_SUBJECT_NOUNS = frozenset(["dead", "victim", "casualty", "fatality", "wounded", "injured",
                                  "deceased"])
# ... as written: the parser may take "the wounded" for a verb (lemma "wound").
VICTIM_SUBJECT_FORMS = frozenset(["dead", "victim", "victims", "casualty", "casualties",
                                  "fatality", "fatalities", "wounded", "injured",
                                  "deceased"])
# What a hospital or a rescue team receives, takes in or carries away after a strike: "had
# received the bodies of five civilians", "40 wounded were brought in".
REMAINS_WORDS = VICTIM_SUBJECT_FORMS | frozenset(["body", "bodies", "corpse", "corpses",
                                                  "remains"])
# Verbs of taking the dead and wounded in or away, finding or burying them ("pulled 20
# bodies from the rubble", "counted 270 bodies").
RECEIPT_VERBS = frozenset(["receive", "admit", "take", "bring", "evacuate",
                           "transport", "ferry", "rush", "carry", "recover", "retrieve",
                           "pull", "count", "bury",
                           # "the injured were shifted to hospital" (South Asian copy)
                           "shift"])
# Hurt, said of people: "six wounded men", "nine injured passengers".
HURT_WORDS = frozenset(["wounded", "injured", "dead", "maimed"])
# A site used by combatants: "fighters were operating from the hospital".
# What a vehicle, aircraft or ship is said to have been carrying: "the plane was
# transporting missiles", "the truck was carrying flour".
# (and what a site keeps: "the warehouse stored cement", "used to store grain")
CARRY_VERBS = frozenset(["carry", "transport", "ferry", "smuggle", "haul", "deliver", "ship",
                         "store", "hold", "keep", "contain", "stockpile"])
USE_VERBS = frozenset(["operate", "hide", "headquarter", "base", "station", "store", "shelter",
                       "position", "install", "conceal", "embed", "entrench", "park"])
USE_PREPS = frozenset(["in", "inside", "from", "within"])
FIRE_VERBS = frozenset(["fire", "launch", "shoot"])
# "mistook X for Y": X was hit, Y was what the attacker thought it was.
# Verbs of taking people captive: their agent is who held the victims, not who they were.
CAPTIVE_VERBS = frozenset(["detain", "arrest", "abduct", "kidnap", "capture", "seize",
                           "hold", "take", "torture", "interrogate", "handcuff", "round"])
MISTAKE_VERBS = frozenset(["mistake", "mistook", "confuse", "misidentify"])  # + a form
# the small model's lemmatiser leaves as it is
# Nouns that carry a party's words: the party is their owner ("the ministry's statement").
DOCUMENT_NOUNS = frozenset(
    ["statement", "communique", "communiqué", "release", "post", "tweet", "message",
     "assessment", "report"]
)
# Action nouns: "a strike on X", "attacks against X".
ACTION_NOUNS: dict[str, str] = {
    "strike": "strike", "airstrike": "strike", "air-strike": "strike", "raid": "raid",
    "air raid": "raid", "attack": "attack", "bombing": "bombing", "bombardment": "shelling",
    "shelling": "shelling", "shell": "shelling", "barrage": "shelling", "drone": "drone",
    "missile": "strike", "rocket": "shelling", "assault": "attack", "offensive": "attack",
    "operation": "attack", "fire": "shelling", "explosion": "bombing", "blast": "bombing",
    "salvo": "shelling", "mortar": "shelling", "artillery": "shelling", "sortie": "strike",
    "mission": "attack", "counterstrike": "strike", "counter-strike": "strike",
    "counterattack": "attack", "counter-attack": "attack", "counteroffensive": "attack",
}
# One-word strike nouns and weapons with their plurals, as written ("airstrikes",
# "shelling", "drones"): for words the tagger mistook, whatever their tag
STRIKE_NOUN_FORMS = frozenset(
    w for k in (*ACTION_NOUNS, *STRIKING_WEAPONS) if " " not in k for w in (k, k + "s"))
VERB_ACTIONS: dict[str, str] = {
    "strike": "strike", "hit": "strike", "target": "strike", "attack": "attack",
    "bomb": "bombing", "shell": "shelling", "raid": "raid", "pound": "shelling",
    "bombard": "shelling", "fire": "shelling", "ram": "attack", "storm": "attack",
}
# The people who carried out an attack, named by their part in it. Their fate ("all six
# attackers were killed", "20 assailants were killed and 15 arrested") tells how the assault
# ended, not what it hit; "gunmen" or "militants" name no part in one attack and stay targets.
ASSAILANT_WORDS = frozenset(
    ["attacker", "attackers", "assailant", "assailants", "raider", "raiders", "infiltrator",
     "infiltrators", "bomber", "bombers", "hijacker", "hijackers", "intruder", "intruders"]
)
# Verbs of a person's fate: "killed", "shot dead", "neutralised" (a bomber *aircraft* is
# destroyed, not killed).
FATE_VERBS = CASUALTY_VERBS | frozenset(["shoot", "gun", "neutralise", "neutralize",
                                         "eliminate"])
# What kills in a strike of its own, not in the assault it ends: "its strike killed the
# attackers", "a drone killed the raiders as they fled".
AIR_STRIKE_WORDS = (MANNED_AIRCRAFT - {"bomber"}) | frozenset(
    ["strike", "strikes", "airstrike", "airstrikes", "air-strike", "sortie", "drone", "missile"]
)
# Verbs of commanding or preparing attacks that others carry out: "the commander, from
# whose flat it said he directed attacks on troops", "masterminded attacks on the town".
# Their object tells what the struck person did, not what this strike hit.
DIRECTING_VERBS = frozenset(
    ["direct", "orchestrate", "mastermind", "organise", "organize", "plan", "plot",
     "coordinate", "oversee", "command", "lead", "prepare", "advance", "finance", "fund"]
)
# Sites whose purpose a "for attacks on X" tells ("a rallying point for attacks on the
# town", "a launchpad for raids on the border"), and the verbs that give a site its purpose
# ("used for attacks", "served as a staging ground for raids"): what the site served, not
# this strike. Not "responsibility for the attack on X".
STAGING_WORDS = frozenset(
    ["point", "base", "launchpad", "launchpads", "springboard", "hub", "platform", "ground",
     "grounds", "area", "post", "hideout", "haven", "sanctuary", "camp", "centre", "center",
     "headquarters", "position", "site", "route"]
)
PURPOSE_VERBS = frozenset(["use", "serve"])
# Words that describe a person by past attacks, with the preposition that names them: "a
# commander responsible for attacks on troops", "a man wanted for raids on the town".
PAST_ACT_FRAMES = {"responsible": "for", "involve": "in", "involved": "in", "want": "for",
                   "wanted": "for", "implicate": "in", "implicated": "in"}
# What a relative clause blames a person or group for: "a faction it blamed for raids
# on", "a man accused of raids on" (their own acts, not the strike on them)
BLAME_FRAMES = {"blame": "for", "accuse": "of", "suspect": "of"}
# Verbs that carry out an action noun: "carried out strikes on X", "launched raids against X",
# "waged raids on X" (which the lemmatiser makes "wag").
LAUNCH_VERBS = frozenset(
    ["carry", "launch", "conduct", "stage", "mount", "execute", "order", "fire", "unleash",
     "deliver", "wage", "wag", "undertake", "perform"]
)
# What a party calls a strike when it judges it rather than says what it hit: "called the
# raid a barbaric violation of sovereignty", "an act of aggression", "a war crime". No
# target ("called the strike an execution of fishermen" still names one). A "massacre"
# (or slaughter, bloodbath, carnage) is people killed: an account, as the real labels
# take it (dev2's "called the attack a massacre").
EVALUATION_WORDS = frozenset(
    ["violation", "violations", "breach", "breaches", "crime", "crimes", "act", "acts",
     "aggression", "atrocity", "atrocities", "outrage", "provocation", "terrorism", "terror",
     "genocide", "affront", "infringement", "barbarism", "savagery"]
)
# A leader's tally of the fighting as a whole, told to a legislature or the press ("the
# prime minister told parliament that 49 soldiers had been killed"): no account of a target.
LEGISLATURE_WORDS = frozenset(
    ["parliament", "parliamentarians", "assembly", "lawmakers", "legislators", "legislature",
     "senate", "senators", "congress", "congressmen", "mps", "deputies", "duma", "knesset",
     "majlis", "rada", "nation", "cabinet", "lawmaker"]
)
LEADER_WORDS = frozenset(["president", "minister", "premier", "chancellor", "king", "emir",
                          "prime", "leader", "sultan", "monarch"])
PRESS_WORDS = frozenset(["reporters", "journalists", "press", "conference", "briefing",
                         "media", "television", "broadcast", "address", "speech"])
# Verbs that say what a target was taken to be: "a man it described as a commander".
DESCRIBE_VERBS = frozenset(["describe", "identify", "name", "label", "call", "brand"])
# Verbs that say what a place was made into: "a basement used as an arms store", "a school
# turned into a barracks", "a hotel converted into a command post".
MADE_INTO_VERBS = frozenset(["use", "turn", "convert", "transform", "repurpose"])
# Predicates that make an attack a prospect or a norm, not an account: "further attacks
# were likely", "attacks on civilians are prohibited".
PROSPECT_WORDS = frozenset(
    ["likely", "unlikely", "possible", "probable", "expected", "inevitable", "imminent",
     "prohibited", "forbidden", "illegal", "unlawful", "unacceptable", "banned",
     "prohibit", "forbid", "ban", "outlaw"]
)
# A whole campaign, whose aim "only at X" is a general line, not this strike's target.
CAMPAIGN_NOUNS = frozenset(["operation", "operations", "campaign", "offensive"])
# "on the heels / eve / sidelines of", "on behalf of", "on the orders of": not targets;
# nor "fired into the air", "shot in the sky": warning shots, at nobody.
ON_IDIOMS = frozenset(["heels", "eve", "sidelines", "behalf", "orders", "basis", "occasion",
                       "anniversary", "pretext", "air", "sky",
                       # "carried out on the authority of US forces", "on the instructions
                       # of the commander": whose say-so, never what was hit
                       "authority", "instructions", "initiative", "advice",
                       # "launched missiles at the airports, at the start of the war's
                       # fourth year": a time, never what was hit
                       "start", "beginning", "outset", "onset",
                       # "shot in an alley on his way to school": where he was going
                       "way"])
# Where a statement is posted, never what a strike hit: "denounced the strike on
# Twitter", "condemned the attack on social media" (a broadcaster's building is a target).
PLATFORM_WORDS = frozenset(["twitter", "facebook", "telegram", "instagram", "tiktok",
                            "youtube", "whatsapp", "weibo"])
# Prepositions that introduce a target after an action noun or verb.
TARGET_PREPS = frozenset(["on", "against", "at", "upon", "targeting"])

# Modals, intent verbs, background, hearsay and responsibility words are rows of the
# modifier table (data/modifiers.json).

# Target head words -> class. Modifiers are read too ("terrorist camp", "camp for displaced").
ARMED_GROUP_WORDS = frozenset(
    [
        "narcoterrorist", "narcoterrorists", "narco-terrorist", "narco-terrorists",
        "militant", "militants", "terrorist", "terrorists", "rebel", "rebels",
        "insurgent", "insurgents", "fighter", "fighters", "jihadist", "jihadists",
        "jihadi", "combatant", "combatants", "militia", "militias", "militiaman",
        "gunman", "gunmen", "extremist", "extremists", "operative", "operatives",
        "bomber", "bombers", "hideout", "hideouts", "safehouse", "safehouses", "terror",
        "enemy", "commander", "commanders", "cell", "cells", "sniper", "snipers", "guerrilla",
        "guerrillas", "mujahideen", "separatist", "separatists", "opposition", "islamist",
        "islamists", "bomb", "explosives", "explosive", "gang", "gangs", "gangster",
        "gangsters", "bandit", "bandits", "cartel", "cartels", "pirate", "pirates",
        "kidnapper", "kidnappers", "smuggler", "smugglers", "trafficker", "traffickers",
        "mercenary", "mercenaries", "assailant", "assailants", "robber", "robbers",
        # whom a security force says its operation was aimed at: "aimed at criminals"
        "criminal", "criminals",
        # "38 died in the raid, mostly foreign recruits": a force's new men
        "recruit", "recruits",
        "saboteur", "saboteurs", "maoist", "maoists", "naxalite", "naxalites",
        # "the dead included several cadres carrying rewards on their heads"
        "cadre", "cadres",
        # who a force says it fired on as a threat: "warning shots at approaching suspects"
        "suspect", "suspects",
        # who a border force says crossed: "infiltrators"
        "infiltrator", "infiltrators",
        # what is left of a beaten force: "remnants of the former regime"
        "remnant", "remnants",
        # what militaries call guerrillas: "clashed with subversive elements"
        "subversive", "subversives",
        # what police and armies in Latin America call the men they shot ("two
        # aggressors", "sicarios")
        "aggressor", "aggressors", "hitman", "hitmen", "sicario", "sicarios", "narco", "narcos",
        # what Moscow calls the Ukrainian forces it strikes: "a gathering of neo-Nazis"
        "nazi", "nazis", "neo-nazi", "neo-nazis",
        # what authorities call the crowd their police fired on ("were forced to use
        # their service weapons against the rioters"): attackers, in that account
        "rioter", "rioters", "hooligan", "hooligans", "vandal", "vandals",
        "troublemaker", "troublemakers", "thug", "thugs", "agitator", "agitators",
        "insurrectionist", "insurrectionists"
    ]
)
REBEL_WORDS = frozenset(["rebel", "rebels", "opposition", "insurgent", "insurgents"])
MILITARY_WORDS = frozenset(
    [
        "military", "base", "airbase", "air-base", "army", "troops", "troop", "soldier",
        "soldiers", "barracks", "billet", "billets", "garrison", "depot", "arsenal", "ammunition",
        "munition", "munitions", "weapon", "weapons", "launcher", "launchers",
        "battleship", "warship", "warships", "frigate", "destroyer", "tank", "tanks",
        "submarine", "submarines", "corvette", "corvettes", "minesweeper", "gunboat",
        "gunboats", "frigates", "destroyers", "cruiser", "cruisers",
        "artillery", "radar", "checkpoint", "post", "outpost", "headquarters", "hq",
        "command", "bunker", "servicemen", "serviceman", "personnel", "battalion",
        "brigade", "regiment", "unit", "units", "convoy", "installation",
        "installations", "airfield", "jet", "jets", "aircraft", "helicopter", "drone",
        "drones", "warplane", "warplanes", "navy", "defence", "defense", "objects",
        "object", "stronghold", "positions", "position", "compound", "equipment",
        "vehicles", "firing", "intelligence", "battery", "batteries", "forces",
        "espionage",
        # soldiers by their arm or service ("five Peshmerga", "two gendarmes"); not
        # "marine" alone, which is also a word of the sea ("a marine research vessel")
        "marines", "commando", "commandos", "paratrooper", "paratroopers", "gendarme",
        "gendarmes", "conscript", "conscripts", "reservist", "reservists", "peshmerga",
        "airman", "airmen", "guardsman", "guardsmen", "trooper", "troopers", "infantryman",
        "infantrymen", "sentry", "sentries", "legionnaire", "legionnaires",
        # a state's agents in the eyes of those who strike them ("attacked a gathering of
        # spies", "executed three informants"): what the striker says it hit
        "spy", "spies", "informant", "informants", "informer", "informers"
    ]
)
# Ambiguous head words that take their class from modifiers ("military compound"),
# and are military only when nothing civilian modifies them.
WEAK_MILITARY = frozenset(
    [
        "post", "position", "positions", "compound", "equipment", "vehicles", "objects",
        "object", "convoy", "unit", "units", "installation", "installations", "defence",
        "defense", "cave", "caves", "tunnel", "tunnels", "trench", "trenches", "battery",
        "batteries"
    ]
)
# Events of daily life people gather for, civilians as a target: "bombed a concert", "a
# rally" (a site named by one stays a site: "a concert venue").
CIVILIAN_EVENTS = frozenset(
    ["concert", "concerts", "performance", "performances", "rally", "rallies", "birthday",
     "reception", "banquet", "feast", "carnival", "match", "matches", "tournament", "vigil",
     "vigils", "iftar", "spectators", "audience",
     # mourners sitting with a dead man's family: "the gathering was a wake for an elder"
     "wake", "wakes",
     # a march of protesters: "troops shot at a march of teachers"
     "march", "marches", "procession", "processions", "sit-in", "sit-ins",
     # a tribal assembly of elders: "a drone strike on a jirga"
     "jirga", "jirgas"])
# the heads of a body's voice: "a police spokesman", who speaks for it from its seat
SPOKES_WORDS = frozenset(["spokesman", "spokeswoman", "spokesperson"])
CIVILIAN_WORDS = CIVILIAN_EVENTS | frozenset(
    [
        "civilian", "civilians", "child", "children", "kid", "kids", "woman", "women",
        "man", "men", "family", "families", "resident", "residents", "worker",
        "watchman", "watchmen", "caretaker", "caretakers", "janitor", "janitors",
        "engineer", "engineers", "mechanic", "mechanics", "tenant", "tenants",
        "workers", "migrant", "migrants", "refugee", "refugees", "villager",
        "villagers", "shepherd", "shepherds", "farmer", "farmers", "patient",
        "patients", "student", "students", "pupil", "pupils", "worshipper",
        "worshippers", "passenger", "passengers", "journalist", "journalists",
        "nationals", "national", "citizen", "citizens", "baby", "babies", "infant",
        "infants", "boy", "boys", "girl", "girls", "displaced", "innocent", "innocents",
        "observer", "observers",
        "relative", "relatives", "neighbour", "neighbours", "neighbor", "neighbors",
        "doctor", "doctors", "nurse", "nurses", "medic", "medics", "volunteer",
        "volunteers", "shopper", "shoppers", "pilgrim", "pilgrims", "crowd", "crowds",
        # "the bombs fell on a queue outside a bakery": people waiting in line
        "queue", "queues",
        "mourners", "mourner", "wedding", "funeral", "population", "bystanders",
        # "two passers-by": the tokenizer splits off "-by"
        "passer", "passers", "passerby", "passersby",
        "fisherman", "fishermen", "tourist", "tourists", "trader", "traders", "vendor",
        "vendors", "herder", "herders", "monk", "monks", "nun", "nuns", "priest",
        "priests", "teacher", "teachers", "labourer", "labourers", "laborer",
        "laborers", "miner", "miners", "pedestrian", "pedestrians", "motorist",
        "motorists", "spectator", "spectators", "minors", "paramedic", "paramedics",
        "rescuer", "rescuers", "firefighter", "firefighters",
        # people named by what they gather or grow: "firewood collectors", "cattle
        # keepers", "date growers"
        "collector", "collectors", "gatherer", "gatherers", "forager", "foragers",
        "cultivator", "cultivators", "grower", "growers", "keeper", "keepers",
        "detainee", "detainees", "inmate", "inmates", "toddler", "toddlers", "teenager",
        "teenagers", "schoolchildren", "pensioner", "pensioners", "elderly", "employee",
        "employees", "staff", "staffer", "staffers", "reporter", "reporters", "editor",
        "editors", "presenter", "presenters", "photographer", "photographers",
        "cameraman", "cameramen", "holidaymaker", "holidaymakers", "nomad", "nomads",
        "swimmer", "swimmers", "bather", "bathers", "protester", "protesters",
        "protestor", "protestors", "demonstrator", "demonstrators", "marcher", "marchers",
        "porter", "porters",
        "merchant", "merchants", "builder", "builders", "schoolteacher", "schoolteachers",
        # the holders of a town's civil offices: "killed the mayor and two councillors"
        "mayor", "mayors", "councillor", "councillors", "councilor", "councilors",
        "councilman", "councilmen", "councilwoman", "councilwomen",
        # and a state's or the UN's envoys abroad: "targeted an American diplomat"
        "diplomat", "diplomats", "envoy", "envoys", "ambassador", "ambassadors",
        "cook", "cooks", "shopkeeper", "shopkeepers", "mechanic", "mechanics", "tailor",
        "tailors", "carpenter", "carpenters", "waiter", "waiters", "beekeeper", "beekeepers",
        # trades WordNet gives a second sense of another class ("butcher", a brutal killer)
        "baker", "bakers", "butcher", "butchers", "cobbler", "cobblers", "grocer", "grocers",
        "blacksmith", "blacksmiths",
        "woodcutter", "woodcutters", "harvester", "harvesters", "picker", "pickers",
        "farmhand", "farmhands", "unarmed", "peaceful", "defenceless",
        "defenseless", "activist", "activists", "organizer", "organizers", "organiser",
        "organisers", "unionist", "unionists", "compatriot", "compatriots", "peasant",
        "peasants", "worshiper", "worshipers", "noncombatant", "noncombatants",
        "non-combatant", "non-combatants",
        # people held by a side are no fighters whatever they were: "the plane was
        # carrying 65 prisoners of war"
        "prisoner", "prisoners", "hostage", "hostages", "captive", "captives",
        # people by their trade, sport, faith or stage of life, as tolls name them
        "traveller", "travellers", "traveler", "travelers", "commuter", "commuters",
        "pastoralist", "pastoralists", "herdsman", "herdsmen", "fisherfolk", "newborn",
        "newborns", "seller", "sellers", "hawker", "hawkers", "customer", "customers",
        "diner", "diners", "churchgoer", "churchgoers", "congregant", "congregants",
        "parishioner", "parishioners", "faithful", "imam", "imams", "clergyman", "clergymen",
        "cleric", "clerics", "pastor", "pastors", "rabbi", "rabbis", "preacher", "preachers",
        "seminarian", "seminarians", "novice", "novices", "acolyte", "acolytes",
        # humanitarian mine clearers: "four deminers were killed"
        "deminer", "deminers",
        "orphan", "orphans", "widow", "widows", "schoolgirl", "schoolgirls", "schoolboy",
        "schoolboys", "lawyer", "lawyers", "surgeon", "surgeons", "midwife", "midwives",
        "pharmacist", "pharmacists", "cricketer", "cricketers", "footballer", "footballers",
        "athlete", "athletes", "sportsman", "sportsmen", "musician", "musicians",
        "dockworker", "dockworkers", "farmworker", "farmworkers"
    ]
)
# Kin and companions, the way a toll names the dead: "killed his son and his driver".
# Civilians unless a military word in the phrase says otherwise ("a tank driver").
KIN_WORDS = frozenset(
    [
        "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters",
        "cousin", "cousins", "nephew", "nephews", "niece", "nieces", "wife", "wives",
        "husband", "husbands", "mother", "mothers", "father", "fathers", "parent",
        "parents", "sibling", "siblings", "grandson", "grandsons", "granddaughter",
        "granddaughters", "grandchild", "grandchildren", "grandmother", "grandfather",
        "uncle", "uncles", "aunt", "aunts", "companion", "companions", "apprentice",
        "apprentices", "driver", "drivers", "colleague", "colleagues"
    ]
)
# Officers as head words: military unless a civilian or police word says otherwise.
# ("general" only as a head: as a modifier it is "the general area".)
OFFICER_WORDS = frozenset(["officer", "officers", "general", "generals"])
CIVILIAN_SITE_WORDS = frozenset(
    [
        "hospital", "hospitals", "clinic", "clinics", "school", "schools", "university",
        "market", "markets", "marketplace", "mosque", "mosques", "church", "churches",
        "temple", "synagogue", "shrine", "home", "homes", "house", "houses",
        "residential", "residence", "neighbourhood", "neighborhood", "neighbourhoods",
        "neighborhoods", "village", "villages", "shelter", "shelters", "detention",
        "centre", "center", "facility", "camp", "camps", "city", "cities", "town",
        "towns", "apartment", "apartments", "building", "buildings", "tower", "block",
        "shop", "shops", "bakery", "restaurant", "cafe", "hotel", "factory",
        "factories", "farm", "farms", "dairy", "warehouse", "industrial", "tanker",
        "ship", "ships", "vessel", "vessels", "bulk", "carrier", "freighter", "cargo",
        "boat", "boats", "trawler", "trawlers", "dhow", "dhows",
        "ferry", "ferries", "dinghy", "dinghies", "canoe", "canoes", "pirogue", "pirogues",
        "bus", "buses", "ambulance", "ambulances", "kindergarten",
        "orphanage", "stadium", "office", "offices", "area", "areas", "centres",
        "theatre", "theater", "museum", "library", "pool", "pizzeria", "hall", "tent",
        "tents", "mall", "supermarket", "playground", "park", "dispensary", "pharmacy",
        "hostel", "dormitory", "zone", "zones", "residences", "prison", "nursery",
        "cemetery", "square", "courtyard", "garden", "gardens", "minibus",
        "centers", "district", "districts", "quarter", "suburb", "suburbs", "street",
        "streets", "settlement", "settlements", "monastery", "monasteries", "pagoda",
        "madrasa", "madrassa", "seminary", "resort", "hamlet", "hamlets", "beach",
        "terminal", "terminals", "community", "communities", "broadcaster", "newsroom",
        "newspaper", "studio", "studios", "consulate", "consulates", "embassy", "embassies",
        "farmhouse", "farmhouses", "homestead", "homesteads", "store", "stores", "grocery",
        "kiosk", "kiosks", "supermarkets", "guesthouse", "guesthouses", "kiln", "kilns",
        "brickworks", "sawmill", "sawmills", "tannery",
        # a hospital's parts: "the children's ward", "the hospital laboratory"
        "ward", "wards", "laboratory", "laboratories", "lab", "labs", "maternity"
    ]
)
# Places a strike is told to be near, rather than sites it missed: "near the town of X".
SETTLEMENT_WORDS = frozenset(
    ["city", "town", "village", "hamlet", "area", "region", "province", "district",
     "border", "frontier", "front", "frontline", "capital", "settlement", "outskirts",
     "coast", "valley", "mountain", "mountains"]
)
# Prepositions that put a strike on a site rather than beside it.
ON_SITE_PREPS = frozenset(["on", "onto", "upon", "in", "into", "over", "at", "through"])
# Civilian-site heads that a modifier can turn military ("military facility", "IS camp").
WEAK_CIVILIAN_SITE = frozenset(
    [
        "facility", "camp", "camps", "building", "buildings", "area", "areas",
        "warehouse", "storehouse", "storehouses", "storeroom", "storerooms",
        "centre", "center", "centres", "centers", "office", "offices",
        "compound", "ship", "ships", "vessel", "vessels", "boat", "boats", "tower",
        "block", "district", "districts", "quarter", "street", "streets", "terminal",
        "terminals", "laboratory", "laboratories", "lab", "labs"
    ]
)
# A fight people are killed in, which makes them fighters in that account: "killed in a
# firefight with troops" (not "the clashes" or "the battle": CONFLICT_NOUNS tell no strike,
# but "a clash with troops", one fight with a named side, is one of these).
FIREFIGHT_NOUNS = frozenset(["firefight", "gunfight", "shootout", "shoot-out", "gunbattle",
                             "encounter", "skirmish"])
# Fighting nouns that name one fight when it is "a clash with" someone (targets.one_fight).
ONE_FIGHT_NOUNS = frozenset(["clash", "battle", "confrontation"])
# Bare structures and vehicles whose site, said after them, can say what they were
# ("buildings in a military compound"); not homes, whose site is disputed, not decided.
STRUCTURE_WORDS = WEAK_CIVILIAN_SITE | frozenset(
    ["structure", "structures", "vehicle", "vehicles", "car", "cars", "truck", "trucks",
     "pickup", "pickups", "tent", "tents", "hangar", "hangars", "shed", "sheds",
     # a train's cars: "wagons of ammunition", "wagons loaded with wheat"
     "wagon", "wagons", "carriage", "carriages", "railcar", "railcars",
     # a building's part or its neighbour on the plot: "the annex of the library"
     "annex", "annexe", "annexes", "outbuilding", "outbuildings"])
CIVILIAN_MODIFIERS = frozenset(
    [
        "civilian", "civilians", "residential", "displaced", "refugee", "refugees",
        "migrant", "migrants", "humanitarian", "aid", "medical", "commercial",
        "merchant", "cargo", "passenger", "fishing", "family", "populated", "densely",
        "cultural", "religious", "educational", "shopping", "sports",
        "maternity", "children", "children's", "worship", "relief", "wedding", "funeral",
        "tent", "tents", "bus", "health", "mining", "artisanal", "ambulance", "ambulances",
        "charity", "charities", "ngo", "ngos", "observer", "protest",
        # the post and parcel trade ("the depot of a parcel delivery company")
        "postal", "parcel", "parcels", "courier", "delivery", "mail",
        # the crafts of a trade's workshop ("a carpentry workshop", "a tailoring shop")
        "carpentry", "joinery", "tailoring", "sewing", "weaving", "pottery", "upholstery",
        "shoemaking", "embroidery"
    ]
)
# What makes a bus or coach a civilian one (an "army bus" is military): the civilian
# modifiers, but "bus" itself, and the public or school service it runs
CIVILIAN_VEHICLE_MODIFIERS = (CIVILIAN_MODIFIERS - {"bus"}) | frozenset(
    ["civil", "passenger", "passengers", "public", "school"])
INFRASTRUCTURE_WORDS = frozenset(
    [
        "infrastructure", "plant", "power", "electricity", "grid", "substation",
        "bridge", "bridges", "dam", "road", "roads", "railway", "rail", "port",
        "airport", "pipeline", "refinery", "reservoir", "station", "stations", "water",
        "telecommunications", "tower", "oil", "gas", "energy", "highway", "highways",
        "motorway", "motorways", "expressway",
        # a power grid's machines and lines
        "generator", "generators", "turbine", "turbines", "transformer", "transformers",
        "substations", "pylon", "pylons", "powerline", "powerlines", "plants",
        # an airfield's strips, named without their base ("the runways were intact")
        "runway", "runways", "airstrip", "airstrips",
        # a waterworks' machines ("the bombs hit the pumps and the chlorination room")
        "pump", "pumps", "pipes", "pipework", "waterworks", "well", "wells", "chlorination",
        "desalination",
        # where boats tie up and people cross ("a ferry landing on the river", "the border
        # crossing")
        "jetty", "jetties", "pier", "piers", "wharf", "wharves", "quay", "quays", "landing",
        "landings", "crossing", "crossings"
    ]
)
# "No (significant) damage": an account that nothing was hit.
NOTHING_HIT_WORDS = frozenset(["damage"])
MISS_VERBS = frozenset(["miss", "splash"])  # "the missiles splashed down off the bow"

# Words that make a gathering or a place of daily life civilian: "wedding party",
# "a house where a ceremony was held", "where displaced families live".
CIVILIAN_GATHERING = frozenset(
    [
        "wedding", "funeral", "ceremony", "celebration", "celebrate", "mourn", "mourner",
        "mourners", "mourning", "festival", "prayer", "prayers", "pray", "worship",
        "guest", "guests", "reside", "live", "sleep", "play", "study", "shop",
        "sheltering", "displaced", "evacuee", "evacuees", "picnic", "graduation",
        "gathering", "gatherings", "celebrants", "revellers"
    ]
)
# People whose presence makes a site military: "a building where officers met".
MILITARY_PERSONS = frozenset(
    [
        "officer", "officers", "general", "generals", "soldier", "soldiers", "troops",
        "commander", "commanders", "servicemen", "personnel", "mercenary", "mercenaries",
        "advisers", "advisors", "reservist", "reservists", "conscript", "conscripts"
    ]
)
# Things made, stored or moved at a site that make it military, as objects of a clause on
# it: "a facility producing drones", "a house where weapons were stored".
WEAPON_OBJECTS = frozenset(
    ["weapon", "weapons", "arms", "ammunition", "munition", "munitions", "explosives",
     "drone", "drones", "uav", "uavs", "missile", "missiles", "rocket", "rockets",
     "launcher", "launchers", "mortar", "mortars", "shells", "bombs", "warheads",
     "unmanned"]
)
# Goods of daily life a vehicle, boat or store holds, which make it a civilian site: "a
# truck loaded with tomatoes", "a ship laden with soybeans", "a cold store of vaccines"
CIVIL_PRODUCE = frozenset(
    ["food", "foodstuff", "foodstuffs", "flour", "sorghum", "wheat", "grain", "rice", "maize",
     "corn", "lentils", "beans", "soybeans", "soybean", "soya", "sugar", "tea", "coffee",
     "bread", "soup", "cereal", "cereals", "milk", "cheese", "eggs", "meat", "fish", "dates",
     "vegetables", "fruit", "fruits", "produce", "groceries", "tomatoes", "potatoes",
     "onions", "cucumbers", "melons", "watermelons", "oranges", "apples", "bananas",
     "olives", "nuts", "cotton", "fodder", "hay", "seed", "seeds", "fertiliser",
     "fertilizer", "livestock", "cattle", "sheep", "goats", "chickens", "medicine",
     "medicines", "vaccine", "vaccines", "blankets", "tents", "clothes", "clothing",
     "furniture", "cement", "timber", "bricks", "nets", "televisions", "tyres", "tires",
     "cigarettes",
     # what forest gatherers carry home ("the dead were collecting tendu leaves")
     "leaves", "mushrooms", "berries", "honey", "resin", "gum"]
)
# ... and what a vehicle carries that makes it one: those goods, water and aid, and people
# of daily life ("a bus carrying pilgrims", "a boat carrying migrants")
CIVIL_GOODS = CIVIL_PRODUCE | frozenset(
    ["water", "aid", "hygiene", "kits", "passengers", "pilgrims", "students",
     "schoolchildren", "worshippers", "refugees", "migrants", "patients", "tourists"])
# What a strike is delivered with: "a strike with an Iskander-M missile system on ...".
WEAPON_NOUNS = WEAPON_OBJECTS | frozenset(
    ["system", "systems", "complex", "complexes", "jet", "jets", "aircraft", "warplane",
     "warplanes", "helicopter", "helicopters", "artillery", "howitzer", "howitzers", "tank",
     "tanks", "bomb", "shell", "munition", "projectile", "projectiles", "weaponry"]
)
# Parts whose noun modifiers say what kind they are, not whose ("naval aircraft carrier
# units", "an army unit", "the emergency department", "sleeping quarters"): units and the
# rooms and blocks of a building. Only an "of" complement or a possessive names their whole
# ("the intensive care unit of the hospital", "the refinery's distillation unit", "the
# base's dormitories", "the hospital's emergency department").
KIND_PARTS = frozenset(
    ["unit", "units", "department", "departments", "ward", "wards", "dormitory",
     "dormitories", "room", "rooms", "quarters", "kitchen", "kitchens", "canteen",
     "canteens", "classroom", "classrooms", "hall", "halls", "block", "blocks", "wall",
     "walls", "storey", "storeys"]
)
# Parts and surroundings of a place, which are what their "of" complement is: "the
# grounds of a temple", "the outskirts of the camp" (not "the vicinity of the airport",
# which is near it: a strike there hit no part of it).
PART_WORDS = KIND_PARTS | frozenset(
    ["ground", "grounds", "premises", "outskirts", "edge", "edges", "part",
     "parts", "section", "wing", "floor", "floors", "roof", "entrance", "gate", "gates",
     "yard", "perimeter", "courtyard", "side", "corner", "basement", "annex", "annexe",
     "headquarters", "hq", "offices", "office", "compound",
     # an airfield's parts: "the runway of the airbase"
     "runway", "runways", "apron", "tarmac",
     # "the military zone of the airport"
     "zone", "zones", "sector", "sectors"]
)
# Surroundings of a place: around a settlement they are open ground, no site in it ("the
# outskirts of both villages").
SURROUNDING_WORDS = frozenset(["outskirts", "vicinity", "edge", "edges", "perimeter"])
# Open ground where a weapon comes down on nobody: "mortars fell in the maize fields",
# "the rockets landed in an empty field", "shells fell on farmland" (rule
# ``miss.open_ground``). A head of OPEN_GROUND_AREAS is open ground only with a word of
# OPEN_GROUND_MODIFIERS ("an open area", "empty land"), not "a residential area".
OPEN_GROUND_WORDS = frozenset(
    ["field", "fields", "farmland", "farmlands", "orchard", "orchards", "grove", "groves",
     "vineyard", "vineyards", "desert", "wasteland", "wastelands", "scrub", "scrubland",
     "bush", "bushland", "woodland", "woodlands", "forest", "forests", "pasture",
     "pastures", "meadow", "meadows", "sea", "wilderness", "riverbed", "riverbeds",
     "ravine", "ravines", "wadi", "wadis", "marsh", "marshes", "swamp", "swamps",
     "hillside", "hillsides", "mountainside", "mountainsides", "dune", "dunes", "steppe"])
OPEN_GROUND_AREAS = frozenset(["area", "areas", "ground", "land", "space", "plot", "lot",
                               "terrain", "territory"])
OPEN_GROUND_MODIFIERS = frozenset(["open", "empty", "uninhabited", "unpopulated", "vacant",
                                   "deserted", "barren", "agricultural", "unoccupied"])
# A struck site called empty says no one was in it (row ``use.empty_site``): "the mortar
# landed in an empty courtyard", "jets struck an empty building"
EMPTY_SITE_WORDS = frozenset(["empty", "deserted", "unoccupied", "vacant", "abandoned",
                              "evacuated", "uninhabited"])
EMPTY_SITE_VERBS = (HIT_VERBS - CASUALTY_VERBS) | IMPACT_VERBS
# Setting a site alight, the way ground attackers destroy it: "insurgents torched the
# school", "burning the district administration building" (rule ``hit.burn``).
BURN_VERBS = frozenset(["burn", "torch", "firebomb", "incinerate"])
# Verbs of mourning: the mourner tells who died ("the group issued statements mourning
# two of its members"), like a speaker (rule ``casualty.mourned``).
MOURN_VERBS = frozenset(["mourn", "eulogise", "eulogize"])
# Heads that only count what their "of" complement names: "dozens of Palestinians".
QUANTITY_WORDS = frozenset(
    ["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
     "tens", "number", "handful", "group", "majority", "most", "some", "many", "several",
     "all", "none", "one", "members", "member", "any", "few", "half",
     # "found a quantity of weapons at the site"
     "quantity", "quantities", "amount", "amounts"]
)
# A share of people counted before, by a word for how many or by a number: "most of
# them", "three of them" (row ``copula.victims_part_pronoun``).
SHARE_WORDS = QUANTITY_WORDS | frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "fifteen", "twenty"])
# Bodies of people, whose class is their members' ("a squad of armed terrorists", "a team of
# doctors", "a column of soldiers"): from an "of" complement, or for a bare "the squad" from
# the story's earlier mention of it.
COLLECTIVE_WORDS = frozenset(
    ["group", "groups", "team", "teams", "squad", "squads", "cell", "cells", "band", "bands",
     "crew", "crews", "column", "columns", "contingent", "contingents", "detachment",
     "detachments", "platoon", "platoons", "patrol", "patrols", "gang", "gangs", "party",
     "parties", "crowd", "crowds", "delegation", "delegations"]
)
# Bare counts of people in a casualty account: civilians unless the phrase says otherwise.
PEOPLE_WORDS = frozenset(["people", "person", "persons", "individual", "individuals"])
# "armed" makes a band of people an armed group ("a column of armed individuals", "an armed
# team", "armed men"); "armed forces" is a military and keeps its own row.
# "violent protesters", "violent youths": what a force calls the people it faced
ARMED_MODIFIERS = frozenset(["armed", "violent"])
ARMED_BODY_HEADS = PEOPLE_WORDS | frozenset(
    ["men", "man", "group", "groups", "team", "teams", "column", "columns", "band", "bands",
     "squad", "squads", "youths", "elements", "gang", "criminal", "criminals",
     # "the armed royal guards"
     "guard", "guards",
     # "an armed Sandinista patrol"
     "patrol", "patrols",
     # "violent protesters", "armed demonstrators"
     "protester", "protesters", "demonstrator", "demonstrators", "mob", "mobs", "rioter",
     "rioters"]
)
# What makes people fighters in their own clause: fighting a side or beside one ("volunteers
# fighting alongside the army", "men who fought the rebels"; not "a boy fighting for his
# life"), or taking up, carrying or armed with arms ("villagers who had taken up arms").
FIGHT_VERBS = frozenset(["fight", "battle"])
FIGHT_BESIDE_PREPS = frozenset(["alongside", "beside"])
FIGHT_SIDE_PREPS = frozenset(["against", "with", "for"])
SIDE_WORDS = ARMED_GROUP_WORDS | MILITARY_WORDS | MILITARY_PERSONS | frozenset(
    ["government", "regime", "junta", "police", "invader", "invaders", "occupier", "occupiers"])
# Target classes of people (as against sites): what a pronoun, a title or a copula must
# name to stand for people.
PERSON_CLASSES = frozenset(["civilians", "armed_group", "military"])
# Craft said to carry drugs or to be built for smuggling are the smugglers' ("a vessel built
# for smuggling drugs", "a narco-sub"), not a civilian boat.
CRAFT_WORDS = frozenset(["boat", "boats", "vessel", "vessels", "submarine", "submarines",
                         "speedboat", "speedboats", "semi-submersible", "craft", "ship"])
SMUGGLING_WORDS = frozenset(["drug", "drugs", "narcotic", "narcotics", "narco", "smuggling",
                             "smuggle", "trafficking", "cocaine", "fentanyl", "cartel",
                             "contraband", "heroin", "methamphetamine", "meth", "yaba",
                             "opium", "captagon", "shabu"])
# What makes people attackers in their own clause: planning or carrying out an attack, or
# striking someone ("elements who planned and carried out the attack on the city",
# "militants firing rockets at the town"); "plan" and the launch verbs only with an action
# noun or weapon for object ("men who planned a wedding" are not).
PLAN_VERBS = LAUNCH_VERBS | frozenset(["plan", "plot", "orchestrate", "perpetrate", "commit",
                                       "mastermind", "prepare"])
# ... and what readies one by its own verb: planning it, or laying or planting what kills
# ("the men killed had been planting mines")
READYING_VERBS = PLAN_VERBS | frozenset(["lay", "plant"])
ATTACK_OBJECTS = frozenset(ACTION_NOUNS) | frozenset(
    ["targeting", "attacks", "strikes", "raids", "bombings", "rockets", "missiles", "drones",
     "shells", "ambush", "massacre", "atrocity"])
ARMING_VERBS = frozenset(["take", "carry", "bear", "pick", "wield", "brandish", "arm"])
ARMS_WORDS = frozenset(["arms", "weapon", "weapons", "gun", "guns", "rifle", "rifles",
                        "firearm", "firearms"])
# Casualties as a noun: "civilian casualties" are civilians hit.
CASUALTY_COUNT_NOUNS = frozenset(["casualty", "casualties", "death", "deaths", "fatality",
                                  "fatalities"])
STRONG_MILITARY = MILITARY_WORDS - WEAK_MILITARY
GENERIC_HEADS = (
    WEAK_CIVILIAN_SITE | WEAK_MILITARY | INFRASTRUCTURE_WORDS
    | frozenset(["target", "targets", "objective", "objectives", "site", "sites", "location",
                 "locations", "point",
                 "points", "store", "stores", "cache", "caches", "stockpile", "stockpiles",
                 "factory", "factories", "workshop", "workshops", "concentration",
                 "concentrations", "deployment", "deployments", "formation", "formations",
                 # a train is a civilian site unless a modifier says whose ("a military
                 # train", "an ammunition train")
                 "train", "trains",
                 "column", "columns", "gathering", "gatherings", "meeting", "meetings",
                 "network", "networks", "system", "systems", "complex", "room", "rooms",
                 # "the target was a military one": the word it stands for takes the class
                 # its modifiers give
                 "one", "ones",
                 # "there was nothing military there": what the denial names by its kind
                 "nothing",
                 # "a military pontoon crossing", "a border crossing"
                 "crossing", "crossings"])
)
# People the rules leave without a class on purpose, so that the WordNet table
# (data/noun_classes.json) does not class them either: hunters are a militia in much of
# the Sahel; "facilitators" are an armed group's in a military's statements.
UNCLASSED_PEOPLE = frozenset(["hunter", "hunters", "facilitator", "facilitators"])
# Nouns that "there was no ..." denies without denying anyone's presence: "no sign of
# fighters", and the damage a strike did, "no damage to the parked jets" (that denies a
# hit, see ``miss.no_damage``, not who was there).
ABSTRACT_NOUNS = frozenset(
    ["sign", "evidence", "indication", "trace", "proof", "doubt", "information", "report",
     "reason", "need", "way", "word", "confirmation", "damage", "destruction"]
)


# the reporter's frames (data/frames.json): verbs that reject an account, and the nouns of
# the account rejected ("the army rejected that version", "an account disputed by ...")
REJECT_VERBS = frozenset(["reject", "dispute", "contest", "deny", "dismiss", "contradict",
                          "refute", "rebut", "challenge", "question"])
ACCOUNT_NOUNS = frozenset(["account", "version", "claim", "assertion", "allegation",
                           "narrative", "characterisation", "characterization",
                           "description", "explanation", "story", "portrayal"])


def word_list(ref: str) -> frozenset[str]:
    """``"$NAME"`` in a rule table: the word list ``NAME`` of this module."""
    words = globals().get(ref[1:]) if ref.startswith("$") else None
    if not isinstance(words, Collection) or isinstance(words, str):
        raise KeyError(f"unknown word list {ref}")
    return frozenset(words)

# Quote marks as the tokenizer leaves them: straight, curly and the parser's `` and ''.
OPENING_QUOTES = frozenset(['"', "``", "\u201c"])
CLOSING_QUOTES = frozenset(['"', "''", "\u201d"])
