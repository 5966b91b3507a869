"""Who a noun phrase stands for: gazetteer actors, states, officials, anonymous sources.

:class:`MentionResolver` turns the subject of a reporting verb (or the agent of a strike)
into an :class:`~pipeline.domain.models.Actor`. It keeps a little memory per document so
that "the ministry", "he" or "spokesman Igor Konashenkov" resolve to the party last heard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from pipeline.domain.models import Actor
from pipeline.nlp.gazetteer import Gazetteer

# Heads of a phrase that name a body of a state ("Lebanon's health ministry").
_MINISTRY = frozenset(["ministry", "department", "office"])
_MILITARY_HEADS = frozenset(
    [
        "military", "army", "forces", "force", "troops", "navy", "jets", "warplanes",
        "aircraft", "command"
    ]
)
_MEDIA_HEADS = frozenset([
    "media", "tv", "television", "agency", "broadcaster", "radio", "channel", "outlet"
])
_OFFICIAL_HEADS = frozenset(
    [
        "official", "officials", "authorities", "authority", "government", "spokesman",
        "spokeswoman", "spokesperson", "minister", "ministers", "president", "leader",
        "aide", "ambassador", "envoy", "general", "colonel", "commander", "chief",
        "presidency", "cabinet", "council", "police", "governor", "mayor", "source",
        "sources", "diplomat", "diplomats", "officer", "officers", "statement",
        "report", "intelligence"
    ]
)
# Titles that, with a bare person name, mean "speaking for the body last heard".
TITLE_WORDS = frozenset(
    [
        "spokesman", "spokeswoman", "spokesperson", "minister", "official", "commander",
        "general", "colonel", "chief", "aide", "secretary", "adviser", "advisor",
        "head", "director", "captain", "major", "lieutenant", "brigadier", "capt.",
        "col.", "gen.", "maj.", "lt.", "brig.", "press"
    ]
)
# Plain people whose word is reported: they speak for nobody but themselves.
_WITNESS_HEADS = frozenset(
    [
        "resident", "residents", "witness", "witnesses", "eyewitness", "eyewitnesses",
        "relative", "relatives", "neighbour", "neighbours", "neighbor", "neighbors",
        "local", "locals", "survivor", "survivors", "doctor", "doctors", "medic",
        "medics", "activist", "activists", "villager", "villagers", "father", "mother",
        "brother", "sister", "son", "daughter", "man", "woman", "family", "people"
    ]
)
# Definite generic heads: "the ministry said" -> the ministry last heard.
_ANAPHORIC_HEADS = _MINISTRY | _MILITARY_HEADS | frozenset(
    [
        "group", "movement", "coalition", "militia", "council", "statement",
        "spokesman", "spokeswoman", "spokesperson", "agency", "government",
        "organisation", "organization", "body", "report", "source"
    ]
)
_ORG_TYPES = frozenset(
    ["state", "ministry", "military", "armed_group", "international_body", "media", "other"]
)
_ANAPHOR_TYPES: dict[str, frozenset[str]] = {
    **dict.fromkeys(_MINISTRY, frozenset({"ministry", "state"})),
    **dict.fromkeys(_MILITARY_HEADS, frozenset({"military", "ministry", "armed_group"})),
    **dict.fromkeys(
        ["group", "movement", "militia"], frozenset({"armed_group"})
    ),
    "coalition": frozenset({"military", "armed_group", "international_body"}),
    "government": frozenset({"state", "ministry"}),
    "agency": frozenset({"media", "international_body", "ministry"}),
}
_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her"])
_ORG_PRONOUNS = frozenset(["it", "they", "them", "its", "their"])
_SELF_PRONOUNS = frozenset(["we", "i", "our", "my", "us"])

_KEEP_PREPS = frozenset(["of", "for", "to", "at", "with"])
_CUT_DEPS = frozenset(["relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis"])


def _keep(tok: Token) -> bool:
    if tok.dep_ in _CUT_DEPS or tok.dep_ == "npadvmod":
        return False
    return not (tok.dep_ == "prep" and tok.lower_ not in _KEEP_PREPS)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "x"


def phrase_tokens(head: Token, max_len: int = 14) -> list[Token]:
    """The head's noun phrase without clauses hanging off it."""
    out = [head]
    stack = [c for c in head.children if _keep(c)]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if _keep(c))
    out.sort(key=lambda t: t.i)
    # keep the contiguous run around the head
    idx = out.index(head)
    lo = hi = idx
    while lo > 0 and out[lo - 1].i == out[lo].i - 1:
        lo -= 1
    while hi < len(out) - 1 and out[hi + 1].i == out[hi].i + 1:
        hi += 1
    run = out[lo : hi + 1]
    while run and (run[0].is_punct or run[0].dep_ == "cc"):
        run = run[1:]
    while run and (run[-1].is_punct or run[-1].dep_ == "cc"):
        run = run[:-1]
    if len(run) > max_len:
        start = max(0, run.index(head) - max_len + 1) if head in run else 0
        run = run[start : start + max_len]
    return run or [head]


def phrase_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE).strip(" ,\"'“”‘’")


@dataclass(slots=True)
class MentionResolver:
    """Per-document resolution with memory of the parties heard so far."""

    gazetteer: Gazetteer
    last_speaker: Actor | None = None
    last_org: Actor | None = None
    last_person: Actor | None = None
    names: dict[str, str] = field(default_factory=dict)  # actor id -> first surface name
    people: dict[str, Actor] = field(default_factory=dict)  # surname -> actor

    # ---------------------------------------------------------------- speakers
    def speaker(self, head: Token) -> Actor | None:
        """The party behind the subject of a reporting verb; updates the memory."""
        actor = self._speaker(head)
        if actor is not None:
            actor = self._named(actor)
            self.last_speaker = actor
            if actor.type in ("person", "official") or actor.id.startswith("person."):
                self.last_person = actor
            if actor.type in _ORG_TYPES:
                self.last_org = actor
        return actor

    def _named(self, actor: Actor) -> Actor:
        name = self.names.setdefault(actor.id, actor.name)
        if name == actor.name:
            return actor
        return Actor(actor.id, name, actor.type, actor.country, actor.side)

    def _speaker(self, head: Token) -> Actor | None:
        low = head.lower_
        if low in _SELF_PRONOUNS or low in _PERSON_PRONOUNS:
            return self.last_person or self.last_speaker
        if low in _ORG_PRONOUNS:
            return self.last_org or self.last_speaker
        if head.pos_ == "PRON" or head.tag_ in ("WDT", "WP"):
            return None
        tokens = phrase_tokens(head)
        found = self.mention(head, tokens)
        if found is not None:
            return found
        text = phrase_text(tokens)
        lemma = head.lemma_.lower()
        is_definite = any(t.lower_ in ("the", "this", "that") for t in tokens if t.i < head.i)
        if is_definite and lemma in _ANAPHORIC_HEADS and len(tokens) <= 3:
            prev = self._antecedent(lemma)
            if prev is not None:
                return prev
        if head.ent_type_ == "PERSON":
            return self._person(head, tokens, text)
        if lemma in _WITNESS_HEADS or lemma in _OFFICIAL_HEADS:
            kind = "source" if lemma in _WITNESS_HEADS else "official"
            return Actor(f"source.{slug(lemma)}", text, kind, None, None)
        if head.ent_type_ == "ORG":
            return Actor(f"org.{slug(text)}", text, "other", None, f"org.{slug(text)}")
        if not text:
            return None
        return Actor(f"source.{slug(text)}", text, "source", None, None)

    def _antecedent(self, lemma: str) -> Actor | None:
        """"the ministry" -> the ministry last heard; "the army" -> the military last heard;
        "the statement" -> whichever body spoke last."""
        wanted = _ANAPHOR_TYPES.get(lemma)
        prev = self.last_org
        if prev is None:
            return None
        if wanted is None or prev.type in wanted:
            return prev
        return None

    def _person(self, head: Token, tokens: list[Token], text: str) -> Actor:
        surname = head.text.lower()
        known = self.people.get(surname)
        has_title = any(t.lower_ in TITLE_WORDS for t in tokens)
        if known is not None and not has_title:
            return known
        if has_title and len([t for t in tokens if t.ent_type_ != "PERSON"]) <= 2:
            # "spokesman Igor Konashenkov": the body last heard speaks through him
            prev = self.last_org
            if prev is not None:
                self.people[surname] = prev
                return prev
        actor = Actor(f"person.{slug(head.text)}", text, "person", None, None)
        self.people[surname] = actor
        return actor

    # ---------------------------------------------------------------- any mention
    def mention(self, head: Token, tokens: list[Token] | None = None) -> Actor | None:
        """Resolve a phrase through the gazetteer, states and demonyms (no memory)."""
        tokens = tokens if tokens is not None else phrase_tokens(head)
        text = phrase_text(tokens)
        gaz = self.gazetteer
        # 1. a gazetteer actor tagged by the entity ruler; prefer the one nearest the head
        best: Actor | None = None
        best_dist = 10**6
        for tok in tokens:
            if tok.ent_id_ and tok.ent_iob_ == "B":
                entry = gaz.actors.get(tok.ent_id_)
                if entry is None:
                    continue
                dist = abs(tok.i - head.i) - (50 if tok.ent_type_ and _covers(tok, head) else 0)
                if dist < best_dist:
                    best, best_dist = entry.actor(text if len(tokens) <= 6 else None), dist
        if best is not None:
            return best
        # 2. a state or camp word modifying a body: "Lebanon's health ministry"
        country, camp = self._country_in(tokens, head)
        lemma = head.lemma_.lower()
        if country or camp:
            side = country.lower() if country else camp
            if head.ent_type_ in ("GPE",) and country and len(tokens) <= 3:
                return gaz.state_actor(country, text)
            if lemma in _MINISTRY:
                mods = [t.lemma_.lower() for t in tokens if t.i < head.i and t.ent_type_ == ""]
                kind = "-".join(m for m in mods if m.isalpha() and m not in ("the", "'s"))
                return Actor(f"{side}.{kind or 'government'}-ministry", text, "ministry", country,
                             side)
            if lemma in _MILITARY_HEADS:
                return Actor(f"{side}.military", text, "military", country, side)
            if lemma in _MEDIA_HEADS:
                return Actor(f"{side}.state-media", text, "media", country, side)
            if head.ent_type_ == "PERSON":
                return Actor(f"person.{slug(head.text)}", text, "official", country, side)
            if lemma in _OFFICIAL_HEADS or lemma in _WITNESS_HEADS:
                kind = "source" if lemma in ("source", "sources") else "official"
                if lemma in _WITNESS_HEADS:
                    return Actor(f"{side}.{slug(lemma)}", text, "source", country, None)
                return Actor(f"{side}.{slug(lemma)}", text, kind, country, side)
            if head.ent_type_ in ("GPE", "NORP") and country:
                return gaz.state_actor(country, text)
        return None

    def _country_in(self, tokens: list[Token], head: Token) -> tuple[str | None, str | None]:
        gaz = self.gazetteer
        for tok in sorted(tokens, key=lambda t: abs(t.i - head.i)):
            if tok.ent_type_ in ("GPE", "NORP") and tok.ent_iob_ == "B":
                etext = _ent_text(tok)
                iso = gaz.country_of_name(etext) or gaz.country_of_demonym(etext)
                if iso:
                    return iso, None
                camp = gaz.camp_of(etext)
                if camp:
                    return None, camp
            else:
                camp = gaz.camp_of(tok.text)
                if camp and tok.dep_ == "amod":
                    return None, camp
                iso = gaz.country_of_demonym(tok.text)
                if iso and tok.dep_ in ("amod", "compound", "poss"):
                    return iso, None
        return None, None


def _ent_text(tok: Token) -> str:
    """Text of the entity that starts at ``tok``."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return doc[tok.i : i].text


def _covers(tok: Token, head: Token) -> bool:
    """Whether the entity starting at ``tok`` includes the phrase head."""
    i = tok.i + 1
    doc = tok.doc
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return tok.i <= head.i < i
