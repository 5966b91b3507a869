"""What kind of thing a target phrase names: an armed group (resolved to a gazetteer actor
when one is named), the military, civilians, a civilian site, infrastructure, or unknown."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.domain.models import Target
from pipeline.nlp import lexicon as lx
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.mentions import phrase_text

# Children that stay part of a target phrase.
_KEEP_DEPS = frozenset(
    [
        "det", "amod", "compound", "nummod", "poss", "case", "nmod", "quantmod",
        "advmod", "npadvmod", "prep", "pobj", "punct"
    ]
)
_KEEP_PREPS = frozenset(["of", "for", "belonging"])
_KEEP_PUNCT = frozenset(["'", '"', "“", "”", "-", "‘", "’", "(", ")"])
GENERIC_REBELS = "generic.rebels"


def target_tokens(head: Token) -> list[Token]:
    """The target phrase: the head with its modifiers and "of"/"for" complements, as a
    contiguous run around the head."""
    out = _phrase(head)
    i = out.index(head)
    lo = hi = i
    while lo > 0 and out[lo - 1].i == out[lo].i - 1:
        lo -= 1
    while hi < len(out) - 1 and out[hi + 1].i == out[hi].i + 1:
        hi += 1
    return out[lo : hi + 1]


def _phrase(head: Token) -> list[Token]:
    out = [head]
    stack = list(head.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ not in _KEEP_DEPS:
            continue
        if tok.dep_ == "prep" and tok.lower_ not in _KEEP_PREPS:
            continue
        if tok.dep_ == "punct" and tok.text not in _KEEP_PUNCT:
            continue
        out.append(tok)
        stack.extend(tok.children)
    out.sort(key=lambda t: t.i)
    return out


def classify_target(head: Token, gazetteer: Gazetteer) -> Target:
    text = phrase_text(target_tokens(head)) or head.text
    tokens = _phrase(head)
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    head_lemma = head.lemma_.lower()
    # a named armed group anywhere in the phrase ("IS training camp", "Hezbollah depot")
    for tok in tokens:
        if tok.ent_id_ and tok.ent_iob_ == "B":
            entry = gazetteer.actors.get(tok.ent_id_)
            if entry is not None and entry.type == "armed_group":
                return Target(text, "armed_group", entry.id)
            if entry is not None and entry.type == "military":
                return Target(text, "military", entry.id)
    civil_mod = bool(lemmas & lx.CIVILIAN_MODIFIERS)
    if lemmas & lx.REBEL_WORDS and not civil_mod:
        return Target(text, "armed_group", GENERIC_REBELS)
    if lemmas & lx.ARMED_GROUP_WORDS and not civil_mod:
        return Target(text, "armed_group", None)
    strong_military = (lemmas & lx.MILITARY_WORDS) - lx.WEAK_MILITARY
    if head_lemma in lx.MILITARY_WORDS and head_lemma not in lx.WEAK_MILITARY and not civil_mod:
        return Target(text, "military", None)
    generic_head = (
        head_lemma in lx.WEAK_CIVILIAN_SITE or head_lemma in lx.WEAK_MILITARY
        or head_lemma in lx.INFRASTRUCTURE_WORDS
        or head_lemma in ("target", "targets", "site", "sites")
    )
    if strong_military and generic_head and not civil_mod:
        return Target(text, "military", None)
    if head_lemma in lx.CIVILIAN_WORDS or (lemmas & {"civilian", "civilians"}):
        return Target(text, "civilians" if head_lemma in lx.CIVILIAN_WORDS else
                      "civilian_site", None)
    if head_lemma in lx.CIVILIAN_SITE_WORDS or civil_mod:
        if head_lemma in lx.INFRASTRUCTURE_WORDS and not civil_mod:
            return Target(text, "infrastructure", None)
        return Target(text, "civilian_site", None)
    if head_lemma in lx.INFRASTRUCTURE_WORDS:
        return Target(text, "infrastructure", None)
    if head_lemma in lx.WEAK_MILITARY and not civil_mod:
        return Target(text, "military", None)
    if head_lemma in ("member", "members", "family") and lemmas & lx.CIVILIAN_WORDS:
        return Target(text, "civilians", None)
    return Target(text, "unknown", None)
