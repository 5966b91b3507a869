"""The ``wirewatch_claims`` spaCy component: attributed accounts of what a strike hit.

``match`` finds, with a lemma lookup per token and the dependency parse,
each action trigger (a verb such as *struck* / *targeted*, or a noun such as *strike on*)
with its targets, its reporting verb and the clause's modality. ``set_annotations`` then
resolves speakers (with memory across sentences), attackers and target classes and stores
:class:`ClaimDraft` s on ``doc._.claims``. The Extractor turns drafts into domain
:class:`~pipeline.domain.models.Claim` s (it knows the article id, source and places).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy
from spacy import parts_of_speech, symbols
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.domain.claims import (
    ARMED_MEN,
    REPELLED,
    SPARED_RULES,
    WARNING_RULES,
    class_group,
    same_side,
)
from pipeline.domain.clock import MONTH_NAMES, WEEKDAYS
from pipeline.domain.events import dateline
from pipeline.domain.incidents import SAID_DAY_MARK
from pipeline.domain.models import Actor, Target
from pipeline.nlp import lexicon as lx
from pipeline.nlp.constructions import (
    CheckContext,
    ConstructionMatcher,
    Hit,
    blamed_on_them,
    denied_attr,
    in_series,
    toll_statement,
)
from pipeline.nlp.depmatch import doc_tree, is_ancestor
from pipeline.nlp.docmemo import (
    DOC_MEMO,
    among,
    doc_array,
    doc_column,
    doc_ents,
    doc_text,
    ent_at,
    line_breaks,
    line_start,
    lower_lemma_positions,
    lower_lemmas,
    per_token,
    positions_of,
    sent_of,
    span_ents,
    word_codes,
    word_positions,
)
from pipeline.nlp.framing import FrameTable, Spoken, contested_from
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.mentions import (
    STATE_TYPES,
    TITLE_WORDS,
    MentionResolver,
    agent_of,
    armed_state,
    bracketed_names,
    described,
    filed_state,
    home_body,
    home_state,
    hyphened,
    in_quotes,
    named_later,
    patron,
    phrase_text,
    phrase_tokens,
    proper_name,
    ranked_officer,
    role_bodies,
    role_of_body_name,
    state_name,
    stranded_subject,
    with_home_side,
)
from pipeline.nlp.modifiers import ModifierTable, Scope, categories_at
from pipeline.nlp.paragraphs import headline_span, speaker_tag_start
from pipeline.nlp.party_rules import (
    dateline_end,
    default_rules,
    in_dateline,
    judge,
    spaced_dash,
)
from pipeline.nlp.targets import (
    classify_target,
    counted,
    known_words,
    noun_class_words,
    target_class_of,
    target_tokens,
    with_of_objects,
)

CLAIMS_ATTR = "claims"
ATTACKERS_ATTR = "attackers"

log = logging.getLogger(__name__)
# The outlet speaking in its own voice.
_OUTLET = Actor("media.outlet", "", "media", None, "media.outlet")
# The role of every claim in the outlet's voice: the reporter's frame of the parties'
# accounts within the article (never a party there), one side's story across outlets
NARRATES = "narrates"


@dataclass(slots=True)
class ClaimDraft:
    """One party's account of one target, before places are resolved."""

    party: Actor
    cue: str
    target: Target
    action: str | None
    attacker: Actor | None
    place_texts: tuple[str, ...]
    negated: bool
    start_char: int  # evidence sentence, offsets into doc.text
    end_char: int
    rule: str = ""  # id of the construction that found the target
    days: tuple[str, ...] = ()  # day phrases of the strike's own clause ("on Monday")
    own_target: bool = False  # "its positions" in a military's or armed group's words
    # where the reporter's frame that sets this party's account against the earlier ones
    # starts ("neighbours told a very different story"): see pipeline.nlp.framing
    contested_at: int | None = None
    # a party's general line ("we do not target civilians", "the army only strikes
    # military targets"): shown as its word, never set against another account
    general: bool = False


@dataclass(slots=True)
class TargetMatch:
    """What ``match`` found around one trigger token (all token indices)."""

    trigger: int
    targets: list[tuple[int, bool, str]]  # (target head, negated, construction id)
    report: int | None  # reporting verb (or concern verb) the trigger hangs from
    cue: str
    according_to: int | None  # "according to X": X
    attacker: int | None
    miss: bool = False
    denied: bool = False
    blame: bool = False  # an accusation or denial of responsibility, no target named
    extra: dict[str, int] = field(default_factory=dict)
    speaker: int | None = None  # the owner of "claims that ..." when they carry the account
    # "no_strike" ("there was no air strike") or "cause" ("the blast was caused by a gas
    # cylinder"): an account of what happened other than a strike on a target
    account: str | None = None
    also: int | None = None  # "in what residents said was an air strike": the residents
    general: bool = False  # a general line of the speaker's, not an account of this strike
    denier: int | None = None  # "X denied a claim by Y that ...": X, who denies Y's account


class ClaimComponent:
    """``Doc -> Doc``: ``doc._.claims`` holds the attributed target claims."""

    def __init__(self, nlp: Language, name: str = "wirewatch_claims") -> None:
        self.name = name
        self.gazetteer = Gazetteer.default()
        # the trigger and reporting words, as lemma hashes by part of speech: a set lookup
        # per token (a token Matcher with three one-word patterns costs several times more)
        strings = nlp.vocab.strings  # a part-of-speech name maps to its symbol id
        self.triggers: tuple[tuple[str, frozenset[int], frozenset[int]], ...] = (
            ("HIT_VERB", _hashes(strings, lx.HIT_VERBS), _hashes(strings, ["VERB"])),
            ("ACTION_NOUN", _hashes(strings, (k for k in lx.ACTION_NOUNS if " " not in k)),
             _hashes(strings, ["NOUN", "PROPN"])),
            ("REPORT", _hashes(strings, lx.REPORT_VERBS), _hashes(strings, ["VERB", "AUX"])),
        )
        # every kind's lemmas, sorted as the doc's array type, for :func:`among`
        self._trigger_lemmas = numpy.array(
            sorted(frozenset().union(*(lemmas for _, lemmas, _ in self.triggers))),
            dtype=numpy.uint64)
        self.constructions = ConstructionMatcher(nlp.vocab)
        self.modifiers = ModifierTable(nlp.vocab)
        self.frames = FrameTable()
        if not Doc.has_extension(CLAIMS_ATTR):
            Doc.set_extension(CLAIMS_ATTR, default=None)
        if not Doc.has_extension(ATTACKERS_ATTR):
            Doc.set_extension(ATTACKERS_ATTR, default=None)

    def __call__(self, doc: Doc) -> Doc:
        try:
            renoun(doc)
            unbend_participles(doc)
            reroot_reduced_relatives(doc)
            speakers_before_said(doc)
            reports_taken_for_relatives(doc)
            subjects_taken_for_objects(doc)
            subjects_taken_for_said_objects(doc)
            verbs_taken_for_said_objects_modifiers(doc)
            clauses_taken_from_claims(doc)
            contrasts_taken_for_clauses(doc)
            contrasts_taken_for_agents(doc)
            participles_taken_for_subjects(doc)
            reduced_relatives_taken_for_verbs(doc)
            objects_taken_for_clause_subjects(doc)
            subjects_raised_by_belief(doc)
            launched_weapons_taken_for_clauses(doc)
            objects_taken_for_passive_subjects(doc)
            sayings_taken_into_rejected_reports(doc)
            pictures_taken_for_clauses(doc)
            relative_reports_taken_for_xcomps(doc)
            free_relatives_taken_for_roots(doc)
            datelines_taken_for_roots(doc)
            dateline_subjects(doc)
            second_speakers_clause(doc)
            bodies_taken_for_modifiers(doc)
            bearings_taken_for_heads(doc)
            dateline_nouns(doc)
            strike_verbs_taken_for_modifiers(doc)
            holding_verbs_taken_for_modifiers(doc)
            holding_participles_taken_for_nouns(doc)
            subjects_taken_by_asides(doc)
            asides_taken_for_relatives(doc)
            asides_taken_for_relative_clauses(doc)
            shares_taken_for_speakers(doc)
            contents_taken_for_relatives(doc)
            objects_taken_for_speakers(doc)
            attrs_taken_for_said_objects(doc)
            counts_taken_for_the_dead(doc)
            targets_taken_for_tolls(doc)
            speakers_taken_for_later_subjects(doc)
            copulas_taken_for_second_clauses(doc)
            copulas_of_what_said(doc)
            subjects_split_by_asides(doc)
            what_clauses_taken_for_adverbials(doc)
            quoted_objects_taken_for_verbs(doc)
            participles_taken_for_had_objects(doc)
            relatives_taken_for_modifiers(doc)
            nothing_but(doc)
            if _hazard_story(doc):
                doc._.set(CLAIMS_ATTR, [])
                doc._.set(ATTACKERS_ATTR, [])
                return doc
            self.set_annotations(doc, self.match(doc))
        except Exception as err:
            # a fault of the rules on one article (a bug, never bad input) costs that
            # article its claims, said loudly, not the articles after it
            log.error("wirewatch: claim rules failed on the article starting %r (%s: %s); "
                      "it gets no claims", doc.text[:60], type(err).__name__, err)
            doc._.set(CLAIMS_ATTR, [])
            doc._.set(ATTACKERS_ATTR, [])
        return doc

    # ------------------------------------------------------------------ match
    def match(self, doc: Doc) -> list[tuple[str, int]]:
        """Trigger and reporting tokens in document order: (kind, token index); a word that
        is both a trigger and a reporting verb is a trigger. The construction hits are
        found again in ``set_annotations`` (``hits``)."""
        out: list[tuple[str, int]] = []
        # (read off the doc's arrays: the words with a trigger's lemma found at once, and
        # no Token built for the others)
        lemmas, tags = doc_array(doc, LEMMA), doc_array(doc, POS)
        hits = numpy.flatnonzero(among(lemmas, self._trigger_lemmas))
        for i, lemma, pos in zip(hits.tolist(), lemmas[hits].tolist(), tags[hits].tolist(),
                                 strict=True):
            for kind, lemmas, tags in self.triggers:
                if pos in tags and lemma in lemmas:
                    out.append((kind, i))
                    break
        return out

    def hits(self, doc: Doc) -> list[Hit]:
        gaz = self.gazetteer
        ctx = CheckContext(
            classify=lambda t: target_class_of(t, gaz)[0],
            reported=lambda t: _reported(t),
        )
        return self.constructions(doc, ctx)

    # ------------------------------------------------------------ annotations
    def set_annotations(self, doc: Doc, matches: list[tuple[str, int]]) -> None:
        resolver = MentionResolver(self.gazetteer)
        drafts: list[ClaimDraft] = []
        general: list[ClaimDraft] = []  # the speakers' general lines, kept apart
        attackers: Counter[str] = Counter()
        attacker_actor: dict[str, Actor] = {}
        seen: set[tuple[str, str, bool]] = set()
        headlined: dict[tuple[str, str, bool], int] = {}  # a headline's account: its draft
        last_attacker: Actor | None = None
        by_noun: dict[str, Actor] = {}  # the attacker last named for "strike", "raid" ...
        by_trigger: dict[int, list[Hit]] = {}
        for hit in self.hits(doc):
            by_trigger.setdefault(hit.trigger, []).append(hit)
        kinds = dict((i, k) for k, i in matches)
        for trig, hs in by_trigger.items():
            if any(h.rule in WARNING_RULES for h in hs):
                # "fired warning shots into open areas": fire to warn hits nothing
                hs[:] = [h for h in hs if h.kind == "miss"]
            if kinds.get(trig) in (None, "REPORT") \
                    or all(h.kind in ("miss", "no_damage") for h in hs):
                # a strike verb whose only construction is a miss ("struck near the
                # airport") tells a miss; "nothing was destroyed", that nothing was hit
                kinds[trig] = _HIT_KINDS[hs[0].kind]
            if kinds.get(trig) == "ACTION_NOUN" and any(h.kind == "cause" for h in hs):
                # "the house was destroyed by a gas cylinder explosion": the blast a cause
                # row hangs on is another cause than a strike, not a strike noun
                kinds[trig] = "CAUSE"
            for h in hs:
                if h.kind == "no_strike" and kinds.get(h.target) == "ACTION_NOUN":
                    # "denied that airstrikes took place": the strike noun is what the
                    # account says did not happen, not a strike blamed on someone
                    del kinds[h.target]
        for i in {h.nodes["attack"] for hs in by_trigger.values() for h in hs
                  if h.rule == REPELLED}:
            # "attacks on the airport were beaten off": the attack noun tells no hit
            kinds.pop(i, None)
            by_trigger.pop(i, None)
        scopes = self.modifiers.scopes(doc) if by_trigger else []
        described = _with_siblings(doc, {h.target for hs in by_trigger.values() for h in hs
                                         if h.target != h.trigger})
        text = doc_text(doc)
        follow = _separate_follow(doc, text) if by_trigger else frozenset()
        for i, kind in sorted(kinds.items()):
            tok = doc[i]
            if kind == "REPORT":
                subj = _subject(tok)
                if subj is not None:
                    resolver.speaker(_owner(subj))
                continue
            if _describes_target(tok, described) or tok.idx in follow:
                continue
            found = self._analyse_trigger(tok, kind, by_trigger.get(i, []), scopes)
            if found is None:
                continue
            if found.general:
                general.extend(self._general_drafts(doc, tok, found, resolver))
                continue
            party, cue = self._party(doc, found, resolver) if found.targets else (None, "")
            also = resolver.speaker(doc[found.also]) if found.also is not None else None
            # who says what a site was used for, or what a person or target was
            # ("described him as a commander"), is not who struck
            only_use = bool(found.targets) and (all(
                self.constructions.kind(rule) == "use" for _, _, rule in found.targets)
                or tok.lemma_.lower() in lx.DESCRIBE_VERBS)
            attacker = None if found.miss or found.account or only_use else attacker_of(
                doc, found, party, resolver, last_attacker, by_noun)
            if attacker is not None and attacker.side and not _weapon_word_of(tok):
                attackers[attacker.side] += 1
                attacker_actor.setdefault(attacker.side, attacker)
                last_attacker = attacker
                for noun in _action_lemmas(tok):
                    by_noun[noun] = by_noun[_strike_family(noun)] = attacker
            told_places: tuple[str, ...] | None = None  # (the narration's places, read once)
            if party is not None and found.report is not None \
                    and _speaks_for_both_sides(doc[found.report]):
                # rule ``speaker.both_sides``: "officials on both sides said": what all
                # sides say is the story's frame, no one party's account
                party, cue, narrated, told = _OUTLET, NARRATES, True, False
            elif party is None and found.targets and attacker is not None \
                    and found.report is None and found.according_to is None \
                    and _narrated_strike(doc[found.trigger]):
                # an unattributed sentence naming who struck what is the outlet's own
                # account ("Indian forces struck nine camps in ..."): its narration, the
                # frame of the parties' accounts, not a party of the article
                party, cue, narrated, told = _OUTLET, NARRATES, True, False
            elif party is None and found.targets and found.report is None \
                    and found.according_to is None and not (found.miss or found.account
                                                            or found.blame) \
                    and _past_event(doc[found.trigger]) \
                    and (told_places := _places(tok, found, told=True)):
                # "missiles hit the home of a businessman", "the tents were struck by
                # bombs": the outlet tells what was hit, and where, in its own voice. That
                # is one side's account across outlets, not a party within the article
                party, cue, narrated, told = _OUTLET, NARRATES, True, True
            else:
                narrated = told = False
                told_places = None
            if party is None or not found.targets:
                continue
            sent = sent_of(tok)
            places = (told_places if told_places is not None
                      else _places(tok, found, told=told)) \
                or _speaker_town(doc, found, party, self.gazetteer) \
                or _the_capital(tok, found, self.gazetteer)
            days = strike_days(tok, found)
            action = found.account or _action(tok)
            parties = [(party, cue)]
            if also is not None and also.id != party.id and not narrated:
                # "killed in what residents said was an air strike": the residents too
                parties.append((also, "asserts"))
            rebutter = _rebutter(doc[found.report]) if found.report is not None \
                else doc[found.denier] if found.denier is not None else None
            rebuttal = resolver.speaker(rebutter) if rebutter is not None else None
            if rebuttal is not None and rebuttal.id != party.id and not narrated:
                # "..., Amnesty said, an account the army dismissed as fake news": the
                # army denies what Amnesty says was hit
                parties.append((rebuttal, "denies"))
            for (party, cue), (head_i, negated, rule) in itertools.product(parties,
                                                                           found.targets):
                head = doc[head_i]
                if head.ent_id_ and head.ent_id_ == party.id and _names_body(head, party,
                                                                          self.gazetteer):
                    # a body is never what it says was hit: "the convoy of the WFP and
                    # UNICEF came under attack, the agencies said" (the parse made UNICEF
                    # a second thing hit); it says "its" of its own
                    continue
                tgt = _target(head, self.gazetteer, found.miss or found.account == NO_STRIKE,
                              rule)
                tgt = Target(tgt.text, "unknown", None) if found.blame \
                    else _own(head, tgt, party)
                if narrated and (tgt.target_class == "unknown" or _named_settlement(head)):
                    # the outlet's narration counts only where it says what was hit: not
                    # "missiles hit the central city of Poltava", which says where
                    continue
                neg = negated or found.denied or found.miss
                if cue == "denies" and rebuttal is not None and party is rebuttal:
                    if neg:
                        continue  # (the denial of a denial says nothing of the target)
                    neg = True
                key = (party.id, tgt.text.lower(), neg)
                told_above = headlined.pop(key, None) if key in seen else None
                if key in seen and (told_above is None or _in_headline(tok)):
                    continue
                seen.add(key)
                doer = attacker
                # (the soldiers its own forces killed are the enemy's: "its drone forces
                # had destroyed a billet and killed about 30 soldiers")
                own = _own_word(head, party, tgt.target_class) and not (
                    doer is not None and same_side(doer, party)
                    and self.constructions.kind(rule) != "use")
                if tgt.target_class == "civilians" and _our_men(head, party):
                    # rule ``targets.our_men``: "two of our brave men were martyred", a
                    # police officer said: the force's own men, not civilians
                    tgt = replace(tgt, target_class="military")
                if found.denier is not None and party is rebuttal and _doer_possessed(tok):
                    # "Israel dismissed claims by Hamas that its jets bombed a school":
                    # whose jets the clause leaves to the denier, a bare denial of its own
                    # strike
                    doer = rebuttal
                # "fighters fired rockets from the school" on a strike verb: an account of
                # who used the site, whose subject is no attacker of this strike
                used = self.constructions.kind(rule) == "use"
                draft = ClaimDraft(
                    party=party, cue=cue, target=tgt,
                    action="miss" if found.miss else USE if used else action,
                    # its own men were hit: not by its own side ("an aircraft struck
                    # the squad after it opened fire at soldiers")
                    attacker=None if used or (own and doer is not None
                                              and same_side(doer, party))
                    else doer,
                    place_texts=places, negated=neg,
                    start_char=sent.start_char, end_char=sent.end_char, rule=rule,
                    days=days, own_target=own,
                )
                if told_above is not None:
                    # rule ``claim.body_over_headline``: the body's telling of an account
                    # the headline gave ("soldiers came under attack, army says", then
                    # "the soldiers had been shot at by armed men among the marchers") is
                    # its evidence: the body says more of it
                    drafts[told_above] = draft
                else:
                    if _in_headline(tok):
                        headlined[key] = len(drafts)
                    drafts.append(draft)
                claimant = _as_claimed_by(head) if negated and not narrated else None
                who = resolver.speaker(claimant) if claimant is not None else None
                if who is not None and who.id != party.id \
                        and (who.id, tgt.text.lower(), False) not in seen:
                    # "were farmers, not militants as the army claimed": the army's account
                    # is the militants the speaker denies (rule ``party.as_claimed``)
                    seen.add((who.id, tgt.text.lower(), False))
                    drafts.append(ClaimDraft(
                        party=who, cue="asserts", target=tgt, action=action,
                        attacker=attacker, place_texts=places, negated=False,
                        start_char=sent.start_char, end_char=sent.end_char, rule=rule,
                        days=days))
        # the person may be named in a sentence that tells no target ("Governor X said
        # on Telegram that fuel tanks were burning"): every speaker heard counts
        later = named_later([*(d.party for d in drafts),
                             *(a for _, a, weight in resolver.heard if weight > 1)])
        later |= role_bodies((d.party for d in drafts), doc, self.gazetteer)
        if later:
            drafts = _renamed(drafts, later)
        drafts = _heard_in_body(doc, drafts, resolver)
        _shown_names(drafts, text, resolver, self.gazetteer)
        _home_sides(doc, drafts, self.gazetteer)
        drafts = self._contested(doc, drafts)
        # the general lines' speakers are named as the accounts' are
        lines = _renamed(general, later)
        _shown_names(lines, text, resolver, self.gazetteer)
        doc._.set(CLAIMS_ATTR, drafts + lines)
        doc._.set(ATTACKERS_ATTR, [attacker_actor[s] for s, _ in attackers.most_common()])

    # ---------------------------------------------------------------- helpers
    def _contested(self, doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
        """The drafts with ``contested_at`` set where a reporter's frame sets their party's
        account against the earlier ones (:mod:`pipeline.nlp.framing`)."""
        frames = self.frames(doc) if drafts else []
        if not frames:
            return drafts
        spoken = [Spoken(d.party.id, d.party.name, d.start_char) for d in drafts]
        return [replace(d, contested_at=at) if at is not None else d
                for d, at in zip(drafts, contested_from(doc, frames, spoken), strict=True)]

    def _general_drafts(self, doc: Doc, tok: Token, found: TargetMatch,
                        resolver: MentionResolver) -> list[ClaimDraft]:
        """Drafts of a speaker's general line ("the Kremlin said Russian forces do not
        strike civilian targets"): who says it and what it names, with no attacker and
        no day, flagged ``general``. The accounts' own bookkeeping (attackers, sides)
        never sees them."""
        party, cue = self._party(doc, found, resolver)
        if party is None:
            return []
        sent = sent_of(tok)
        out = []
        # (the line's places are its trigger's, the same for each target: read once)
        places = _places(tok, found) if found.targets else ()
        for head_i, negated, rule in found.targets:
            head = doc[head_i]
            tgt = _own(head, _target(head, self.gazetteer, found.miss, rule), party)
            out.append(ClaimDraft(
                party=party, cue=cue, target=tgt, action=_action(tok), attacker=None,
                place_texts=places, negated=negated or found.denied,
                start_char=sent.start_char, end_char=sent.end_char, rule=rule,
                general=True))
        return out

    def _analyse_trigger(
        self, tok: Token, kind: str, hits: list[Hit], scopes: list[Scope]
    ) -> TargetMatch | None:
        mods = self.modifiers
        if "HYPOTHETICAL" in categories_at(scopes, tok.i):
            return None
        # a general line ("says it never targets civilians") is its speaker's word, kept
        # apart from the accounts of this strike (rule ``claim.general_line``)
        general = "POLICY" in categories_at(scopes, tok.i)
        if "BACKGROUND" in categories_at(scopes, tok.i) and not _lead_period(tok, scopes) \
                and not _lasting_use(tok, hits, scopes):
            return None
        if tok.dep_ == "relcl" and "BACKGROUND" in categories_at(scopes, tok.head.i):
            return None  # "a 2023 drone strike that killed 80 people"
        if _earlier_there(tok):
            return None
        if _natural_force(tok):
            return None  # "an earthquake struck Hatay", "towns hardest hit by the drought"
        # a trigger that is itself a reporting verb with its own subject speaks for itself:
        # "hit what residents described as a wedding party" is the residents' account
        path = [tok] if _is_report(tok) and tok.dep_ != "ROOT" and _subject(tok) is not None \
            else _path_to_report(tok)
        report = path[-1] if path and _is_report(path[-1]) else None
        inner = path[:-1] if report is not None else path
        accuser = _passive_accuser(report) if report is not None else None
        if isinstance(accuser, Token) and accuser.is_ancestor(tok):
            accuser = False  # (an agent the parse hung the claim on names no one)
        if accuser is False:
            return None  # "the militia is accused of killing herders": nobody's account
        # intent, policy and background clauses are not accounts of this strike; the
        # clause above an owned claim frames the claim, not the strike ("the ministry's
        # claim that X was hit could not be verified")
        tag = _speaker_tag(tok) if report is None else None
        policy = _policy_reason(tok, _below_owned_claim(inner, mods), kind, mods,
                                headline=(report is not None or tag is not None)
                                and _in_headline(tok))
        if not policy and report is tok and _general_struck_what(tok, mods):
            policy = "policy"
        if policy and any(h.rule == _ASSAILANTS_TRIED for h in hits):
            policy = ""  # "a crowd tried to storm the depot": the try is the account
        if policy == "habit" and kind == "COPULA" and any(
                h.rule.startswith(_VICTIM_COPULAS) or h.rule == _STRUCK_SUBJECT for h in hits):
            # "Among the dead are women", "Those killed are our people": the dead of a
            # strike are told in the present, no habit (rule ``claim.victims_now``); so is
            # what a site already struck is ("fishermen say it is a fishing camp")
            policy = ""
        if policy and not _is_general_line(tok, kind, policy):
            return None  # a threat, an intent, a modal or a prospect: no one's account
        general = general or bool(policy)
        if general and _in_headline(tok):
            return None  # a headline's present tells this strike ("strike kills 14")
        if report is not None and _unsaid(report):
            return None  # "did not say whether ...": nobody's account
        if report is not None and _said_as_habit(report, tok, scopes):
            return None
        if report is not None and _line_said_before(report, tok, scopes):
            general = True
        if _no_knowledge(inner, presence=kind == "USE"):
            return None  # "had no information about civilians being killed"
        denied = False
        speaker: int | None = None
        denier: int | None = None
        nodes = inner + ([report] if report is not None else [])
        for k, node in enumerate(nodes):
            if mods.on_path(node, "BACKGROUND"):
                return None
            if _topic_of_account(nodes, k):
                continue
            if node.i != tok.i and mods.on_path(node, "HEARSAY"):
                if _called_false(node) and report is not None:
                    # "Hamas said Israeli claims it had targeted its leaders were false":
                    # the speaker's denial of what the claims name, not the claims' owner
                    denied = True
                    break
                if _told_account(node):
                    continue  # "neighbours told another story: that the youths were killed"
                owner = _claim_owner(node)
                if owner is not None and owner.is_ancestor(tok):
                    # "reports of people who were executed": whom the reports tell of,
                    # not whose they are
                    owner = None
                if owner is None and _taken_up(node):
                    continue  # "said it was alarmed by reports that children were killed"
                if owner is None and node.dep_ == "dobj" and node.head.i == nodes[-1].i \
                        and node.head.lemma_.lower() in lx.REJECT_VERBS:
                    continue  # "the ministry denied reports that rebels had attacked X":
                    # its denial of what they tell, as "denied that rebels had attacked X"
                if owner is None:
                    return None
                # "the claims by the military that X was hit": the owner's account
                speaker, report = owner.i, None
                who = _denier(node)
                if who is not None and not any(n.dep_ == "advcl" for n in nodes[:k]):
                    # (not "... that fighters used the clinic when it was bombed": the
                    # denial is of the use, not of the strike the clause dates it by)
                    denier = who.i
                break
            owner = _statement_owner(nodes, k)
            if owner is not None:
                # "called 'lies' the statement of the defence ministry that its strike had
                # hit a base": the statement's owner tells it, whoever rejects it
                speaker, report = owner.i, None
                break
            if mods.on_path(node, "RESPONSIBILITY") and node.head.lemma_.lower() in ("deny",):
                denied = True
            if node.i != tok.i and node.pos_ == "VERB" \
                    and lx.REPORT_VERBS.get(node.lemma_.lower()) == "denies":
                denied = True  # "saying the allegations were baseless and denying targeting X"
        if report is not None and lx.REPORT_VERBS.get(report.lemma_.lower()) == "denies":
            denied = True
        cue = _cue(report, inner) if report is not None else "asserts"
        according = _according_to(tok)
        also = _what_said(tok)
        if also is not None and report is None and according is None and speaker is None:
            speaker, also = also, None
        if tag is not None and report is None and according is None and speaker is None:
            speaker = tag.i
        if report is None and according is None and speaker is None \
                and tok.lemma_.lower() in _SHOWING:
            # "footage verified by the agency showed a crater in a school's courtyard": a
            # picture that shows the strike speaks for whoever took, posted or checked it
            shown = _subject(tok)
            owner = _picture_owner(shown) if shown is not None else None
            if owner is not None:
                speaker = owner.i
        if isinstance(accuser, Token):
            # "the group is accused by rights groups of killing villagers": the accusers'
            # account, not the accused's
            speaker, report, according = accuser.i, None, None
        miss = kind in ("MISS", "NO_DAMAGE")
        account = _ACCOUNT_KINDS.get(kind)
        targets = _hit_targets(tok, hits, scopes)
        # "KUNDUZ CITY, Sep 4 (Pajhwok): Around 90 people ... were killed": the dateline
        # the parse took into the victims' list is where the copy was filed
        sent = sent_of(tok)
        filed = _dateline_stop(sent)
        if filed > sent.start and _dateline_words(tok.doc[sent.start : filed]):
            targets = [t for t in targets if t[0] >= filed]
        if report is not None:
            # "killed 30 people, health workers and residents said": a speaker the parse
            # hung on the victims' list is not among the victims
            subj = _subject(report)
            if subj is not None and subj.dep_ in ("conj", "appos") and subj.i < report.i:
                said_by = {t.i for t in subj.subtree}
                if subj.is_ancestor(report):  # "... and the coalition saying it hit X"
                    said_by -= {t.i for t in report.subtree}
                targets = [t for t in targets if t[0] not in said_by]
            elif subj is not None:
                # '"They shot at anyone who ran," a woman ... told AFP': the speaker is
                # never what she says was hit
                targets = [t for t in targets if t[0] != subj.i]
            if subj is not None and subj.i < tok.i < report.i and any(
                    c.dep_ == "relcl" and (c.i == tok.i or c.is_ancestor(tok))
                    for c in subj.children):
                # rule ``speaker.own_description``: "Dorba's army, which has carried out
                # air strikes on Pelan, said ...": the copy's word on who the speaker is,
                # no account the speaker gives
                return None
        blame = False
        disowned = not targets and kind == "ACTION_NOUN" and _disowned(tok)
        if disowned:
            cue = "denies"  # "the group said it had nothing to do with the raid"
        if not targets and kind == "ACTION_NOUN" and cue in ("accuses", "denies") \
                and not _condemned_unnamed(tok) and not _supplied(tok) \
                and not blamed_on_them(tok):
            # "accused the army of the attack": who struck, not what was hit
            targets, blame = [(tok.i, cue == "denies", "blame.noun")], True
        if general and (blame or account or (report is None and speaker is None
                                             and according is None)):
            return None  # a general line nobody speaks, or one that names no target
        return TargetMatch(
            trigger=tok.i, targets=targets, report=report.i if report is not None else None,
            cue=cue, according_to=according, attacker=None, miss=miss, denied=denied,
            blame=blame, speaker=speaker, account=account, also=also, general=general,
            denier=denier,
        )

    def _party(
        self, doc: Doc, found: TargetMatch, resolver: MentionResolver
    ) -> tuple[Actor | None, str]:
        if found.speaker is not None:
            actor = resolver.speaker(doc[found.speaker])
            if actor is not None:
                return actor, "asserts"
        if found.report is not None:
            report = doc[found.report]
            subj = _subject(report)
            if subj is not None:
                actor = resolver.speaker(_owner(subj)) or _shared_head(subj, resolver)
                if actor is not None:
                    return actor, found.cue
        if found.according_to is not None:
            actor = resolver.speaker(doc[found.according_to])
            if actor is not None:
                return actor, "asserts"
        # an unattributed "X, not Y" contrast is the outlet's own account
        if any(n for _, n, _ in found.targets) and any(not n for _, n, _ in found.targets):
            return _OUTLET, NARRATES
        return None, found.cue


def _shared_head(subj: Token, resolver: MentionResolver) -> Actor | None:
    """Party rule ``speaker.shared_head``: "Lebanese security and civil defence officials
    said": the parse made "security" the subject, with "officials" joined to it; the two
    share the role, so the speaker is the officials, under the whole phrase."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or any(c.dep_ == "det" for c in subj.children):
        return None
    role = next((c for c in subj.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                 and c.tag_ == "NNS"), None)
    if role is None or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children):
        return None
    actor = resolver.speaker(role)
    if actor is None or actor.type not in ("official", "source"):
        return None
    whole = subj.doc[subj.left_edge.i : role.i + 1].text
    return replace(actor, name=whole)


_BODY_TYPES = frozenset(["military", "ministry", "armed_group", "international_body", "other",
                         "state"])


def _own_names(drafts: list[ClaimDraft], resolver: MentionResolver) -> None:
    """A body the lead names by a description ("Guyana's military said ...") and the story
    later by its own name ("The Guyana Defence Force said ...") is shown by its own name
    for all its claims: one body, one name, the one a reporter would write; so is a body
    named only by a lower-case epithet the gazetteer knows ("the world body": the United
    Nations). One member of it written in his own words ("a senior CRPF officer said")
    keeps them."""
    for draft in drafts:
        party = draft.party
        if party.type not in _BODY_TYPES or not described(party.name) \
                or role_of_body_name(party.name):
            continue
        # (not a capital standing for its state: "Addis Ababa accused Eritrea" names no
        # body; "the government" stays "Ethiopia's government")
        country = resolver.gazetteer.countries.get(party.country) if party.country else None
        capital = country.capital.lower() if country is not None and country.capital else None
        own = next((n for n in resolver.given.get(party.id, []) if proper_name(n)
                    and n.lower() != capital), None)
        entry = resolver.gazetteer.actors.get(party.id)
        if entry is not None and re.sub(r"^the\s+", "", party.name.lower()) in {
                a for a in entry.aliases if a.islower()}:
            own = entry.name  # "the world body said": an epithet of the UN, shown by name
        if own is not None:
            draft.party = replace(party, name=own)


def _no_craft_names(drafts: list[ClaimDraft]) -> None:
    """"A Nigerian military jet bombed a village ... the air force said": the body its
    craft was first named by is shown as the body ("Nigerian military"), not as the jet,
    aircraft or helicopters that struck."""
    for draft in drafts:
        words = draft.party.name.split()
        last = words[-1].lower() if words else ""
        if len(words) > 1 and (last in lx.AIRCRAFT or last.removesuffix("s") in lx.AIRCRAFT) \
                and draft.party.type in ("military", "state", "ministry"):
            draft.party = replace(draft.party, name=" ".join(words[:-1]))


def _home_sides(doc: Doc, drafts: list[ClaimDraft], gazetteer: Gazetteer) -> None:
    """Party side rule ``side.home_state``: a state body named without its state ("the
    army", "police", "Defense ministry spokesman Col. X") speaks for the story's home
    state (:func:`pipeline.nlp.mentions.home_state`), as party and as attacker; with
    two states' forces in the story it keeps no side. With no home state, a body of a
    state's forces ("the Ministry of Defense (MoD)") takes the one state whose forces the
    story names (:func:`pipeline.nlp.mentions.armed_state`)."""
    for d in drafts:
        d.party = _named_state(d.party, gazetteer)
    ranked = [d for d in drafts if ranked_officer(d.party)]
    armed = armed_state(doc, gazetteer) if ranked else None
    for d in ranked if armed is not None else ():
        # rule ``side.ranked_officer``: "Major General Valentine Okoro", named by rank
        # alone, is an officer of the one state whose forces the story names
        d.party = Actor(d.party.id, d.party.name, d.party.type, armed,
                        gazetteer.country_side(armed))
    if not any(home_body(d.party) or (d.attacker is not None and home_body(d.attacker))
               for d in drafts):
        return
    placed: dict[tuple[str, str], Actor] = {}
    for d in drafts:
        # rule ``side.capital_before``: "In Moscow, the defence ministry said ...": a
        # capital the sentence opens with is the state of a body named without one (and
        # of that same speaker heard again: '"It was not hit," he said')
        capital = _capital_before(doc, d.start_char, gazetteer)
        if capital is not None:
            named = (d.party.id, d.party.name)
            d.party = with_home_side(d.party, capital, gazetteer)
            placed.setdefault(named, d.party)
    home = home_state(doc, gazetteer)
    armed = armed_state(doc, gazetteer) if home is None else None
    if home is None and armed is None:
        return
    for d in drafts:
        d.party = placed.get((d.party.id, d.party.name)) \
            or with_home_side(d.party, home, gazetteer, armed)
        if d.attacker is not None:
            d.attacker = with_home_side(d.attacker, home, gazetteer, armed)


# "Egypt's Public Prosecution", "Sudan's health ministry": a state named as the body's owner
_STATE_OWNER = re.compile(r"^(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+\w")


def _named_state(actor: Actor, gazetteer: Gazetteer) -> Actor:
    """Party side rule ``side.named_state``: a body the gazetteer does not know, or an
    office, named as a state's own ("Egypt's Public Prosecution", "Armenia's ombudsman"),
    is on that state's side."""
    if actor.country is not None or (actor.side is not None and actor.side != actor.id) \
            or actor.type not in STATE_TYPES | {"official"}:
        return actor
    found = _STATE_OWNER.match(actor.name)
    iso = gazetteer.country_of_name(found.group(1)) if found is not None else None
    if iso is None:
        return actor
    return Actor(actor.id, actor.name, actor.type, iso, gazetteer.country_side(iso))


def _capital_before(doc: Doc, start: int, gazetteer: Gazetteer) -> str | None:
    """The state of the place a sentence opens with, "In <Place>,", when the gazetteer
    puts it in one: "In Moscow, the defence ministry said"."""
    span = doc.char_span(start, min(start + 40, len(doc_text(doc))), alignment_mode="contract")
    if span is None or len(span) < 3 or span[0].lower_ != "in":
        return None
    comma = next((t for t in span[1:5] if t.text == ","), None)
    if comma is None:
        return None
    city = doc[span[1].i : comma.i]
    if not all(t.pos_ == "PROPN" for t in city):
        return None
    return gazetteer.country_of_name(city.text)


def _name_whole(text: str, drafts: list[ClaimDraft], gazetteer: Gazetteer) -> None:
    """A body the copy names once in full with its acronym in brackets ("the Libyan
    National Army (LNA)") and elsewhere by one of the two is shown by both, whichever
    form its claims were heard under: one body, one name, as the reporter wrote it."""
    if "(" not in text or not drafts:
        return  # (no draft to name: the copy's names are not read)
    whole = bracketed_names(text, gazetteer)
    for draft in drafts:
        name = re.sub(r"^the\s+", "", draft.party.name, flags=re.IGNORECASE)
        if "(" not in name and name.lower() in whole:
            draft.party = replace(draft.party, name=whole[name.lower()])


# ============================================================== parse helpers

# Roles only a noun fills, and children only a verb has.
_NOUN_ROLES = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos"])
# words of an account that the tagger may take for verbs ("reports", "claims")
_ACCOUNT_FORMS = frozenset(w for k in ("report", "claim", "account") for w in (k, k + "s"))
_RENOUN_FORMS = lx.STRIKE_NOUN_FORMS | _ACCOUNT_FORMS  # (the words renoun may change)
_VERB_CHILDREN = frozenset(["nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp",
                            "dative", "attr", "acomp", "prt"])


def renoun(doc: Doc) -> Doc:
    """A token-level fallback for the tagger: a strike word tagged as a verb ("drone",
    "shelling") that fills a noun's role and has no verb's children ("Israeli tank
    shelling had killed ...") is the noun, whatever its tag; the rules read it as one. So
    is a word of an account ("said reports that the clinic was shelled were untrue",
    with "reports" tagged as a verb and the subject of "were")."""
    verb = doc.vocab.strings["VERB"]
    DOC_MEMO.forget(doc)  # (phrases and verdicts read before these tags change)
    # (a verb whose word is none of the forms is passed by on the doc's column of words,
    # which the tags changed here leave as they are: no Token built for it)
    lowers, forms_codes = doc_column(doc, LOWER), word_codes(_RENOUN_FORMS)
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos != verb or lowers[i] not in forms_codes:
            continue
        tok = doc[i]
        forms = lx.STRIKE_NOUN_FORMS if tok.lower_ in lx.STRIKE_NOUN_FORMS \
            else _ACCOUNT_FORMS
        if tok.dep_ not in _NOUN_ROLES \
                or tok.lower_ not in forms \
                or any(c.dep_ in _VERB_CHILDREN for c in tok.children):
            continue
        plural = tok.lower_.endswith("s") and tok.lower_[:-1] in forms
        tok.pos_ = "NOUN"
        tok.tag_ = "NNS" if plural else "NN"
        tok.lemma_ = tok.lower_[:-1] if plural else tok.lower_
    return doc


_PEOPLE_NOUNS: frozenset[str] | None = None


def _people_nouns() -> frozenset[str]:
    """Common nouns for people that may speak or be hit: the lexicon's civilians, the
    heads of the party rules for witnesses, sources and officials, and WordNet's
    civilians (``data/noun_classes.json``)."""
    global _PEOPLE_NOUNS
    if _PEOPLE_NOUNS is None:
        rules = {w for r in default_rules() if r.test == "head" and r.decision == "party"
                 and r.kind in ("source", "official") for w in r.words}
        _PEOPLE_NOUNS = frozenset(lx.CIVILIAN_WORDS | rules | noun_class_words("civilians"))
    return _PEOPLE_NOUNS


def _singular(word: str, known: frozenset[str]) -> str | None:
    """The form of ``word`` (lower case) that ``known`` holds, singular first; None when
    it holds none."""
    forms = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return next((f for f in [*forms, word] if f in known), None)


def dateline_nouns(doc: Doc) -> Doc:
    """"YANGON, Sept 21 (AFP) - Witnesses said ...": the word that opens the copy after a
    dateline's dash is capitalised as a sentence's first word is, and the tagger may
    read it as a proper name ("Witnesses", "Teachers"). A people noun with no entity
    there is the common noun (tag, part of speech and lemma), as it is anywhere else."""
    changed = False
    # (the proper nouns outside any entity, off the doc's arrays: a Token is built only
    # for those)
    tags = doc.to_array([POS, ENT_TYPE])
    propn = parts_of_speech.IDS["PROPN"]
    for i in numpy.flatnonzero((tags[:, 0] == propn) & (tags[:, 1] == 0)).tolist():
        tok = doc[i]
        if not tok.is_title:
            continue
        before = doc[tok.i - 1] if i else None
        if before is not None and (dateline_end(before) or spaced_dash(before)):
            lemma = _singular(tok.lower_, _people_nouns())
        elif before is None or tok.is_sent_start or _breaks(before):
            # "Airstrike on market kills 20": a strike word that opens a headline or a
            # sentence with no article before it, capitalised as a first word is
            lemma = _singular(tok.lower_, lx.STRIKE_NOUN_FORMS)
        else:
            continue
        if lemma is None:
            continue
        if not changed:
            DOC_MEMO.forget(doc)  # (phrases and verdicts read before these tags change)
            changed = True
        plural = tok.lower_ != lemma
        tok.pos_ = "NOUN"
        tok.tag_ = "NNS" if plural else "NN"
        tok.lemma_ = lemma
    return doc


# the slots a noun phrase's head fills
_PHRASE_SLOTS = frozenset(["pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj", "attr"])


def bearings_taken_for_heads(doc: Doc) -> Doc:
    """A parse repair: "rockets at the Ramat David air base southeast of Haifa" parsed with
    "southeast" as the head of the phrase and "base" as its compound: the site is the
    head, and the bearing with its "of" phrase tells where the site is, as the parse
    makes "a base 20 km southeast of Haifa". Only a bearing right after a noun that
    modifies it and before "of" ("the north of the country" has no such noun)."""
    todo = []
    for word in _BEARINGS:
        for i in word_positions(doc, word):
            bearing = doc[i]
            site = doc[i - 1] if i > 0 else None
            if site is None or site.head.i != i or site.dep_ not in ("compound", "nmod") \
                    or site.pos_ not in ("NOUN", "PROPN") or bearing.dep_ not in _PHRASE_SLOTS \
                    or not any(c.dep_ == "prep" and c.lower_ == "of" and c.i > i
                               for c in bearing.children):
                continue
            todo.append((bearing, site))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for bearing, site in todo:
        heads[site.i], deps[site.i] = heads[bearing.i], deps[bearing.i]
        heads[bearing.i], deps[bearing.i] = site.i, "advmod"
        for left in bearing.lefts:
            if left.i < site.i:
                heads[left.i] = site.i  # ("the", "a", "rebel": the site's words)
    return _set_tree(doc, heads, deps)


# what strikes without an attacker: weather, quakes, fire of no one's setting, markets
_NATURAL_FORCES = frozenset([
    "earthquake", "quake", "tremor", "aftershock", "storm", "cyclone", "hurricane", "typhoon",
    "tornado", "flood", "floods", "flooding", "drought", "wildfire", "tsunami", "landslide",
    "mudslide", "avalanche", "heatwave", "lightning", "monsoon", "pandemic", "epidemic",
    "outbreak", "recession", "inflation", "crisis", "slump", "downturn", "shortage",
    "slowdown", "loss", "losses", "cut", "cuts", "cost", "costs", "price", "prices",
    "layoff", "layoffs", "sanction", "sanctions", "tariff", "tariffs",
    "hail", "hailstorm", "hailstone", "hailstones", "rain", "rains", "rainstorm",
    "thunderstorm", "thunderstorms",
    "downpour", "snowstorm", "blizzard", "gale", "wind", "winds"])


# what a figure reaches, not a site: "hit a record low"
_MARKS = frozenset(["low", "high", "record", "peak", "milestone", "plateau"])


# what a vehicle does in an accident
_MISHAPS = frozenset(["overturn", "capsize", "derail", "collide", "skid", "topple"])


def _mishap(tok: Token) -> bool:
    """Rule ``claim.mishap``: "a fuel tanker overturned on a steep road and caught fire,
    killing four people": a toll's participle after a vehicle's accident in its sentence,
    which names no attack and no weapon, is the accident's, no one's strike (however
    the parse joined the clauses)."""
    sent = sent_of(tok)
    if not any(t.pos_ == "VERB" and t.lemma_.lower() in _MISHAPS
               for t in tok.doc[sent.start : tok.i]):
        return False
    return not any((t.lemma_.lower() in lx.ACTION_NOUNS or t.lower_ in lx.WEAPON_NOUNS)
                   and not (t.lower_ == "fire" and t.head.lemma_.lower() == "catch")
                   for t in sent)  # (a vehicle "caught fire": no gunfire)


def _natural_force(tok: Token) -> bool:
    """Rule ``claim.natural_force``: the subject or agent of a strike verb is a natural
    hazard or a market force ("a magnitude 6.4 earthquake struck Hatay", "towns hardest
    hit by the drought", "the slump hit exporters"), or its object is a figure's mark ("the
    shilling hit a record low"): no one's strike."""
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _MARKS for c in tok.children):
        return True  # "the shilling hit a record low", "exports hit a five-year high"
    if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in _NATURAL_FORCES \
            and not any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which")
                        for c in tok.children):
        return True  # "the most powerful storms to hit the region", "rains that hit Chad"
    verbs = [tok]
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)  # "struck Hatay, killing six people": the quake killed
    if tok.tag_ == "VBG" and _mishap(tok):
        return True
    # the doer's own phrase ("a magnitude 6.4 earthquake", parsed with "magnitude" as head)
    words = [(t, c) for v in verbs for c in v.children if c.dep_ == "nsubj"
             for t in c.subtree if t.i < v.i]
    words += [(t, g) for v in verbs for c in v.children if c.dep_ == "agent"
              for g in c.children if g.dep_ == "pobj" for t in g.subtree]
    return any((t.lemma_.lower() in _NATURAL_FORCES or t.lower_ in _NATURAL_FORCES)
               and t.pos_ in ("NOUN", "PROPN") and not _in_clause_below(t, doer)
               for t, doer in words)


def _hazard_story(doc: Doc) -> bool:
    """Rule ``claim.hazard_story``: a story where a natural hazard is what hits or kills
    ("torrential rains that have hit Chad have killed 300 people", "Cyclone Mocha tore
    roofs off ... the storm struck the coast") and no word of an armed strike occurs (no
    attack noun, no weapon): its tolls and destroyed homes are the hazard's, no party's
    account of a strike."""
    # (off the doc's arrays: a Token is built only for a strike verb)
    strings, hazard = doc.vocab.strings, False
    strike_words: dict[int, bool] = {}  # lemma hash -> is its lower case a strike word
    hit_verbs: dict[int, bool] = {}
    words = zip(doc_array(doc, POS).tolist(), doc_array(doc, LEMMA).tolist(),
                doc_array(doc, LOWER).tolist(), strict=True)
    for i, (pos, lemma, lower) in enumerate(words):
        if pos in _NOUN_IDS:
            if lemma not in strike_words:
                strike_words[lemma] = strings[lemma].lower() in _STRIKE_WORDS
            if (lower in _STRIKE_WORD_IDS or strike_words[lemma]) and not _likened(doc[i]) \
                    and not _hazard_compound(doc[i]):
                return False
        elif not hazard and pos == _VERB_ID:
            if lemma not in hit_verbs:
                hit_verbs[lemma] = strings[lemma].lower() in lx.HIT_VERBS
            if hit_verbs[lemma]:
                hazard = _natural_force(doc[i])
    return hazard


def _likened(noun: Token) -> bool:
    """Rule ``claim.hazard_simile``: the strike word is what a witness likens the hazard
    to ("It was like a bomb went off", "sounded like bombs", "as if a missile had hit"),
    no strike of its own."""
    start = noun.left_edge.i
    doc = noun.doc
    return (start >= 1 and doc[start - 1].lower_ == "like") or (
        start >= 2 and doc[start - 2].lower_ == "as" and doc[start - 1].lower_ == "if")


def _hazard_compound(noun: Token) -> bool:
    """Rule ``claim.hazard_simile``, too: a strike word a hazard names ("lightning strikes
    hit 23 districts"), no armed strike."""
    return any(c.dep_ == "compound" and c.lower_ in _NATURAL_FORCES for c in noun.children)


# nouns that tell an armed strike: any of them and a story is no hazard's alone
_STRIKE_WORDS = (frozenset(k for k in lx.ACTION_NOUNS if " " not in k)
                 - {"fire", "mission", "operation", "explosion", "blast"}) \
    | (lx.STRIKING_WEAPONS - {"aircraft", "helicopter", "plane", "jet"}) \
    | frozenset(["gunman", "gunmen", "gunfire", "bullet", "bullets", "militant",
                 "militants", "airstrikes", "strikes", "attacks", "raids"])
_STRIKE_WORD_IDS = frozenset(get_string_id(w) for w in _STRIKE_WORDS)
_NOUN_IDS = frozenset([parts_of_speech.IDS["NOUN"], parts_of_speech.IDS["PROPN"]])
_VERB_ID = parts_of_speech.IDS["VERB"]


def _in_clause_below(tok: Token, doer: Token) -> bool:
    """``tok`` sits in a clause hanging off the doer's phrase ("a crowd that tried to
    storm the airport"), not in the noun phrase itself."""
    while tok.i != doer.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.i != doer.i:
            return True
    return False


_ONE = frozenset(["a", "an", "one"])


def unbend_participles(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "hit a workshop producing
    drones" parsed as "a (workshop producing) drones", the site a modifier of the
    participle and the product the object of the strike. When the article is "a" or "an"
    and the noun after the participle is plural ("a plant producing missiles", "a factory
    making drones"), the first noun is the head and the participle its clause; "an oil
    producing country" and "the oil producing countries" stay as parsed."""
    todo = []
    # (the words that modify a noun after them, off the doc's arrays: a Token is built
    # only for those)
    arcs = doc.to_array([DEP, HEAD])
    after = arcs[:, 1].astype("int64") > 0  # (a head's offset, stored unsigned)
    for i in numpy.flatnonzero((arcs[:, 0] == doc.vocab.strings["amod"]) & after).tolist():
        tok = doc[i]
        # (the tagger also calls the participle a noun: "a factory making/NN drones")
        if not (tok.tag_ == "VBG" or tok.lower_.endswith("ing")) or tok.dep_ != "amod" \
                or tok.head.i <= tok.i \
                or tok.head.tag_ != "NNS" or tok.head.pos_ != "NOUN":
            continue
        site = doc[tok.i - 1] if tok.i > 0 else None
        if site is None or site.head.i != tok.i or site.dep_ not in ("npadvmod", "compound") \
                or site.pos_ != "NOUN" or site.tag_ != "NN":
            continue
        product = tok.head
        det = next((c for c in (*product.children, *site.children)
                    if c.i < site.i and c.dep_ == "det"), None)
        if det is None or det.lower_ not in _ONE:
            continue
        todo.append((site, tok, product))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for site, participle, product in todo:
        heads[site.i], deps[site.i] = heads[product.i], deps[product.i]
        if heads[site.i] == product.i:
            heads[site.i] = site.i  # the product was the root
        for child in product.children:
            if child.i < site.i:
                heads[child.i] = site.i  # "a", "its": the site's now
        heads[participle.i], deps[participle.i] = site.i, "acl"
        participle.pos_, participle.tag_ = "VERB", "VBG"
        heads[product.i], deps[product.i] = participle.i, "dobj"
    return _set_tree(doc, heads, deps)


def reroot_reduced_relatives(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "Pakistani officers
    accompanying the group said six civilians were killed" parsed with the participle as
    the root and "the group" as the subject of "said". When a root participle has a
    subject before it and a reporting verb below it whose subject stands between them,
    the participle is a clause of its subject ("officers accompanying the group"), the
    noun after it its object, and the reporting verb the root ("residents living near
    the camp said", which the model parses so, is left alone)."""
    todo = []
    for i in _with_dep(doc, "ROOT", tags=("VBG",)):  # (a Token built only for those)
        verb = doc[i]
        if verb.tag_ != "VBG":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                     and _is_report(c)), None)
        if subject is None or said is None:
            continue
        heard = next((c for c in said.children if c.dep_ == "nsubj"
                      and verb.i < c.i < said.i and c.pos_ in ("NOUN", "PROPN")), None)
        if heard is not None:
            todo.append((subject, verb, said, heard))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for subject, verb, said, heard in todo:
        heads[said.i], deps[said.i] = said.i, "ROOT"
        for child in verb.children:  # the sentence's punctuation and asides: the root's
            if child.i > said.i:
                heads[child.i] = said.i
        heads[subject.i], deps[subject.i] = said.i, "nsubj"
        heads[verb.i], deps[verb.i] = subject.i, "acl"
        heads[heard.i], deps[heard.i] = verb.i, "dobj"
    return _set_tree(doc, heads, deps)


def speakers_before_said(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "killing at least 76 people,
    many of them students, officials and an ambulance service said" parsed with
    "officials" as one more name in the list of the dead and "said" with no subject.
    When a root reporting verb (or one joined to the root with no "and") has no subject
    and the words right before it are a noun phrase that the parse joins to an earlier
    noun after a comma, that phrase is the verb's subject (its own "and ..." stays with
    it)."""
    todo = []
    roots = _roots(doc)
    # (only a word with a reporting verb's lemma can report: the others are passed by
    # unbuilt, off the doc's array of lemmas)
    reporting = set(lower_lemma_positions(doc, _REPORTING_LEMMAS))
    # (or the root's last conjunct: "security forces killed 17 rebels in a gun battle in
    # the south of the district, police and paramilitary officials said", the verb joined
    # to "killed" and the speakers to the district)
    lasts = [c.i for r in roots for c in doc[r].rights if c.i in reporting
             and c.dep_ == "conj" and c.pos_ == "VERB"
             and not any(t.dep_ == "cc" and t.head.i == r for t in doc[r + 1 : c.i])]
    for i in sorted({*roots, *lasts}):
        if i not in reporting:
            continue
        verb = doc[i]
        if i < 2 or not _is_report(verb):
            continue
        toll = _toll_taken_for_speaker(verb)
        share = _share_taken_for_speaker(verb)
        if toll is None and share is None and any(c.dep_ in ("nsubj", "nsubjpass", "csubj")
                                                  for c in verb.children):
            continue
        said_by = doc[i - 1]
        before = _place_before_name(said_by, i) if toll is None and share is None else None
        if before is not None:
            todo.append((said_by, verb, None, None, before))
            continue
        while said_by.dep_ == "conj" and said_by.head.i < said_by.i \
                and said_by.head.dep_ == "conj" and said_by.head.head.i < said_by.head.i \
                and doc[said_by.left_edge.i - 1].dep_ == "cc":
            # "officials and an ambulance service": the first (joined by "and"; not the
            # last of "hit centres, sites and facilities, the Central Command said")
            said_by = said_by.head
        while said_by.head.i > said_by.i and said_by.head.i < i:
            said_by = said_by.head  # "an ambulance service": its head noun
        while said_by.dep_ != "conj" and said_by.head.i < said_by.i \
                and said_by.head.right_edge.i == i - 1 and said_by.dep_ in ("pobj", "prep"):
            said_by = said_by.head  # "the health ministry in the rebel-run government"
        if said_by.dep_ != "conj" or said_by.pos_ not in ("NOUN", "PROPN") \
                or said_by.right_edge.i != i - 1 or said_by.left_edge.i == 0 \
                or doc[said_by.left_edge.i - 1].text != ",":
            continue
        if share is not None and said_by.head.i != share.i:
            continue
        todo.append((said_by, verb, toll, share, None))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for said_by, verb, toll, share, before in todo:
        if before is not None:
            # "... to the front in Kessa, Defence Ministry Spokesman Arno Velt said": the
            # place takes the name's place in the sentence, the name is the speaker
            place, comma = before
            heads[place.i], deps[place.i] = said_by.head.i, said_by.dep_
            heads[said_by.i], deps[said_by.i] = verb.i, "nsubj"
            heads[comma] = verb.i
            continue
        heads[said_by.i], deps[said_by.i] = verb.i, "nsubj"
        comma = said_by.left_edge.i - 1
        heads[comma] = verb.i
        if toll is not None:  # the toll the parse made the subject is the clause's object
            subject, clause = toll
            heads[subject.i], deps[subject.i] = clause.i, "dobj"
        if share is not None:  # "most of them women": a remark on the toll, no speaker
            deps[share.i] = "dep"
    return _set_tree(doc, heads, deps)


def _place_before_name(name: Token, said: int) -> tuple[Token, int] | None:
    """"... heading for the front in Kessa, Defence Ministry Spokesman Arno Velt said":
    the parse made the speaker's name the object of "in", with the place hung on it
    before a comma. The place and the comma's index, when the name runs from the comma
    to "said" as one name (its own words only) and the place before the comma hangs on
    it; else None."""
    if name.pos_ != "PROPN" or name.dep_ not in ("pobj", "dobj", "appos") \
            or name.right_edge.i != said - 1:
        return None
    doc = name.doc
    comma = next((t.i for t in reversed(doc[name.left_edge.i: name.i]) if t.text == ","), None)
    if comma is None or comma == name.left_edge.i:
        return None
    if any(not (comma < t.head.i <= name.i) or t.dep_ not in _NAME_DEPS
           for t in doc[comma + 1: name.i]):
        return None  # (the words after the comma are the name's own)
    before = doc[comma - 1]
    while before.head.i < comma and before.head.i != before.i and before.head.i >= name.left_edge.i:
        before = before.head
    if before.head.i != name.i or before.dep_ not in ("nmod", "compound", "appos") \
            or before.pos_ != "PROPN":
        return None
    if before.ent_type_ not in ("GPE", "LOC", "FAC") and not (
            name.dep_ == "pobj" and name.head.lower_ in ("in", "near", "at", "to", "from")):
        return None  # (a place by its tag, or by the preposition it is the object of)
    return before, comma


_NAME_DEPS = frozenset(["compound", "amod", "punct", "nmod", "flat"])


def _share_taken_for_speaker(verb: Token) -> Token | None:
    """"... with 101 people wounded, most of them women and children, the health ministry
    said": the parse made the toll's share ("women") the subject of "said" and the
    speaker one more of its list. That subject, or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i or not _toll_share(subject):
        return None
    return subject


def _toll_share(noun: Token) -> bool:
    """"women" of "most of them women", "children" of "many of them children": the
    share of a toll, people a count word ("most", "many") stands on."""
    return (noun.lemma_.lower() in lx.PEOPLE_WORDS or noun.lower_ in lx.CIVILIAN_WORDS) \
        and any(c.dep_ in ("nsubj", "nummod", "amod") and c.lower_ in _SHARE_WORDS
                for c in noun.children)


def _toll_taken_for_speaker(verb: Token) -> tuple[Token, Token] | None:
    """"... killed at least 13 people, including seven children, a school administrator
    and other residents said": the parse made the toll ("people") the subject of "said"
    and left "killed" with no object. The subject, right before the verb, and the
    killing clause before it (the clause the verb holds, or its "killing ..."), or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is not None and clause.lemma_.lower() not in lx.CASUALTY_VERBS:
        # (or the killing that hangs on the clause: "a jet dropped two bombs on a school,
        # killing at least nine people including six pupils, residents said")
        clause = next((c for c in clause.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                       and c.lemma_.lower() in lx.CASUALTY_VERBS), clause)
    if subject is None or clause is None or not clause.i < subject.i < verb.i \
            or subject.right_edge.i != verb.i - 1 or subject.pos_ != "NOUN" \
            or clause.lemma_.lower() not in lx.CASUALTY_VERBS \
            or any(c.dep_ in ("dobj", "nsubjpass") for c in clause.children):
        return None
    return subject, clause


# bodies that speak on their own, which the parse may take for a modifier of the next
# speaker: "the military and humanitarian groups said", "the army and state media said"
_BODY_WORDS = frozenset(["military", "army", "police", "government", "navy", "ministry",
                         "presidency", "authorities", "militia", "junta"])


def bodies_taken_for_modifiers(doc: Doc) -> Doc:
    """A parse repair: "the military and humanitarian groups said" parsed with
    "military and humanitarian" as two modifiers of "groups". When the subject of a
    root reporting verb, or the noun of "according to", has a body word as a modifier
    joined by "and" to another, the body word is a speaker of its own (the subject, or
    the noun) and the noun, with the other modifier, the speaker joined to it
    ("humanitarian groups", "state media"; "according to the police and ambulance
    services"). So is a body's name there ("accused by the European Union and aid
    agencies")."""
    todo = []
    # (a root reporting verb, or a trailing one the parse hung on the story's clause:
    # "... killed dozens of people, the army and state media said")
    speakers = [noun for i in _with_dep(doc, "ROOT", lemmas=_REPORTING_LEMMAS)
                + _trailing_reports(doc) if _is_report(doc[i])
                for noun in doc[i].children if noun.dep_ == "nsubj"]
    speakers += [noun for i in word_positions(doc, "according", 0, len(doc))
                 for to in doc[i].children if to.dep_ == "prep" and to.lower_ == "to"
                 for noun in to.children if noun.dep_ == "pobj"]
    # (and the agent of a passive: "accused by the European Union and aid agencies")
    speakers += [noun for i in _with_dep(doc, "agent")
                 for noun in doc[i].children if noun.dep_ == "pobj"]
    for noun in speakers:
        if noun.pos_ != "NOUN":
            continue
        body = next((c for c in noun.children if c.dep_ in ("amod", "nmod", "compound")
                     and (c.lower_ in _BODY_WORDS
                          or (c.dep_ == "nmod" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"))
                     and c.i < noun.i), None)
        joined = next((c for c in body.children if c.dep_ == "conj"), None) \
            if body is not None else None
        cc = next((c for c in body.children if c.dep_ == "cc"), None) \
            if body is not None else None
        if joined is not None and cc is not None and joined.i < noun.i:
            todo.append((noun, body, joined, cc))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for noun, body, joined, cc in todo:
        heads[body.i], deps[body.i] = noun.head.i, noun.dep_
        heads[noun.i], deps[noun.i] = body.i, "conj"
        heads[cc.i] = body.i
        heads[joined.i], deps[joined.i] = noun.i, "amod" if joined.pos_ == "ADJ" else "compound"
        for det in noun.children:
            if det.dep_ == "det" and det.i < body.i:
                heads[det.i] = body.i
    return _set_tree(doc, heads, deps)


def reports_taken_for_relatives(doc: Doc) -> Doc:
    """A parse repair: "... killing at least 16 people, the Hamas-run Interior Ministry
    said on Friday." parsed with "said" as a relative clause of "people" (the toll's
    people, not the ministry, heard saying). A reporting verb hung on a noun as a
    relative clause is the sentence's trailing attribution when its subject comes right
    after a comma, no relative word opens the clause, it says nothing of its own (no
    object or clause: only when, where or how it spoke) and the sentence ends with it;
    it is then a parataxis of the sentence's root, as the parse makes "..., the army
    said" elsewhere. So is a reporting participle right after such a noun ("...,
    the health authority alleged in a post."), the noun its subject."""
    todo = []
    for i in _with_dep(doc, "relcl", lemmas=_REPORT_LEMMAS):
        verb = doc[i]
        if verb.head.i > verb.i or verb.lemma_.lower() not in lx.REPORT_VERBS \
                or not _is_report(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > verb.i or subject.left_edge.i == 0 \
                or doc[subject.left_edge.i - 1].text != "," \
                or any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.text.lower() == "that"
                       for t in doc[subject.left_edge.i : verb.i]) \
                or any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "advcl", "conj")
                       for c in verb.children):
            continue
        root = _trailing_root(verb, subject)
        if root is not None:
            todo.append((verb, subject, root))
    # "..., the health authority alleged in a post.": the parse read the verb as a
    # participle on its subject ("the authority [that was] alleged")
    for i in _with_dep(doc, "acl", tags=("VBN",), lemmas=_REPORT_LEMMAS):
        verb = doc[i]
        subject = verb.head
        if verb.tag_ != "VBN" or subject.i > verb.i or verb.i != subject.i + 1 \
                or verb.lemma_.lower() not in lx.REPORT_VERBS or subject.pos_ != "NOUN" \
                or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != "," \
                or any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "advcl", "conj", "agent")
                       for c in verb.children):
            continue
        root = _trailing_root(verb, subject)
        if root is not None and subject.dep_ != "nsubj":
            todo.append((verb, subject, root))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for verb, subject, root in todo:
        heads[verb.i], deps[verb.i] = root.i, "parataxis"
        heads[subject.left_edge.i - 1] = verb.i
        if verb.dep_ == "acl":
            # (the participle's noun, hung elsewhere as an apposition: its subject now)
            heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    return _set_tree(doc, heads, deps)


def _trailing_root(verb: Token, subject: Token) -> Token | None:
    """The root of the sentence a trailing attribution ("..., the ministry said.") ends,
    when the verb's words end the sentence and the root comes before its subject; else
    None."""
    doc = verb.doc
    end = verb.right_edge.i + 1
    if end < len(doc) and not doc[end].is_sent_end and doc[end].text not in (".", "!"):
        return None
    root = sent_of(verb).root
    return None if root.i == verb.i or root.i > subject.i else root


def contrasts_taken_for_clauses(doc: Doc) -> Doc:
    """A parse repair: "those killed were not militants but day labourers resting under a
    tree" parsed with "labourers" the subject of "resting", a clause of its own after
    "but". The noun right after the "but" that follows a denied copula's noun ("were not
    militants") is that noun's other half ("not X but Y"), and the participle its clause."""
    todo = []
    for i in _with_dep(doc, "cc", lowers=_BUT):
        but = doc[i]
        if but.lower_ != "but" or i < 2:
            continue
        denied = doc[i - 1]
        if denied.dep_ != "attr" or denied.head.lemma_.lower() != "be" \
                or not any(c.dep_ == "neg" for c in denied.head.children):
            continue
        other = next((t for t in doc[i + 1 : i + 4] if t.dep_ == "nsubj"
                      and t.pos_ == "NOUN" and t.head.tag_ == "VBG" and t.head.i > t.i
                      and all(w.dep_ in ("compound", "amod", "det", "nummod")
                              for w in doc[i + 1 : t.i])), None)
        if other is not None:
            todo.append((but, denied, other, other.head))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for but, denied, other, clause in todo:
        heads[but.i], deps[but.i] = denied.i, "cc"
        heads[other.i], deps[other.i] = denied.i, "conj"
        heads[clause.i], deps[clause.i] = other.i, "acl"
    return _set_tree(doc, heads, deps)


def contrasts_taken_for_agents(doc: Doc) -> Doc:
    """A parse repair: "struck a logistics base used by the army, not a water facility"
    parsed with "not a water facility" in apposition to "army", the doer of the clause on
    the base. A denied noun in apposition ("not X") to the doer of a participle's clause on
    a noun is that noun's other half: what the base was not, not what the army was not."""
    todo = []
    for i in _with_dep(doc, "appos", pos=("NOUN",)):
        other = doc[i]
        doer = other.head
        agent = doer.head
        if other.pos_ != "NOUN" or doer.dep_ != "pobj" or agent.dep_ != "agent":
            continue
        # the "not" on either noun, right before the denied one's words
        neg = next((c for c in (*other.children, *doer.children) if c.dep_ == "neg"
                    and doer.i < c.i < other.i and doc[c.i - 1].text == ","), None)
        clause = agent.head
        if neg is not None and clause.dep_ == "acl" and clause.tag_ == "VBN" \
                and clause.head.pos_ == "NOUN":
            todo.append((neg, other, clause.head))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for neg, other, noun in todo:
        heads[neg.i], deps[neg.i] = noun.i, "neg"
        heads[other.i], deps[other.i] = noun.i, "appos"
    return _set_tree(doc, heads, deps)


def clauses_taken_from_claims(doc: Doc) -> Doc:
    """A parse repair: "... at variance with Velt's assertion that every rocket was
    downed" parsed with the "that" clause on "variance", or on the sentence's verb, not on
    "assertion" (the claim it tells). A "that" clause hung further back is the clause of
    the claim noun right before its "that" (``_THAT_CLAIMS``) where that noun has an
    owner ("Velt's") and hangs below the clause's head (not the clause of "said" after
    "in a statement", which is the verb's; nor where the head stands by or gives the
    account as its own, "the government stood by the army's account that ...")."""
    todo = []
    for i in _with_dep(doc, "acl", "ccomp"):
        verb = doc[i]
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"),
                    None)
        if mark is None or mark.i == 0:
            continue
        noun = doc[mark.i - 1]
        if noun.lower_ in _THAT_CLAIMS and noun.pos_ == "NOUN" and noun.i != verb.head.i \
                and verb.head.i < noun.i and verb.head.is_ancestor(noun) \
                and any(c.dep_ == "poss" for c in noun.children) \
                and verb.head.lemma_.lower() not in _STAND_VERBS | _GIVE_VERBS:
            todo.append((verb, noun))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for verb, noun in todo:
        heads[verb.i], deps[verb.i] = noun.i, "acl"
    return _set_tree(doc, heads, deps)


# nouns of a claim whose "that" clause tells it ("Velt's assertion that ...")
_THAT_CLAIMS = frozenset(["claim", "claims", "assertion", "assertions", "allegation",
                          "allegations", "accusation", "accusations", "contention",
                          "insistence", "assurance", "assurances", "suggestion",
                          "statement", "report", "reports", "account", "version"])


def subjects_taken_for_said_objects(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "an elder said a column of
    herders and their wives, with camels and carts, came under fire" parsed with
    the long noun phrase as the object of "said" and "came" as a second verb of "said"
    with no subject. When a reporting verb's object ends, after nothing but commas, right
    before a verb joined to the reporting verb that has no subject of its own, the object
    is that verb's subject and the verb is what was said (rule ``parse.said_subject``; not
    "said a prayer and left", joined by "and")."""
    todo = []
    for i in _with_dep(doc, "conj", pos=("VERB",)):
        verb = doc[i]
        head = verb.head
        if verb.pos_ != "VERB" or head.i > verb.i or not _is_report(head) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "NUM") \
                or obj.lemma_.lower() in lx.DOCUMENT_NOUNS:
            continue
        gap = doc[obj.right_edge.i + 1 : verb.i]
        if not len(gap) or any(t.text != "," for t in gap):
            continue
        todo.append((verb, obj))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for verb, obj in todo:
        heads[obj.i], deps[obj.i] = verb.i, "nsubj"
        deps[verb.i] = "ccomp"
    return _set_tree(doc, heads, deps)


def verbs_taken_for_said_objects_modifiers(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "the spokesman said (that)
    the Pakistani side targeted civilians" parsed with "targeted" as an adjective of
    "civilians", the object of "said", and "the Pakistani side" hung on it. A strike
    verb in the past right before the object of a reporting verb, with a noun phrase of
    its own before it (its subject, or the object's noun modifier), is the verb of what
    was said: the phrase its subject, the noun its object (rule ``parse.said_verb``; not
    "said targeted killings rose", with no phrase before the verb)."""
    todo = []
    for i in _with_dep(doc, "amod", tags=("VBN", "VBD"), lemmas=lx.HIT_VERBS):
        verb = doc[i]
        obj = verb.head
        if verb.tag_ not in ("VBN", "VBD") or obj.i != i + 1 \
                or verb.lemma_.lower() not in lx.HIT_VERBS \
                or obj.dep_ != "dobj" or not _is_report(obj.head) or obj.head.i > i:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
            (c for c in obj.children if c.dep_ in ("nmod", "compound") and c.i < i
             and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == i - 1), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        todo.append((verb, obj, subj))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for verb, obj, subj in todo:
        said = obj.head
        heads[verb.i], deps[verb.i] = said.i, "ccomp"
        heads[obj.i], deps[obj.i] = verb.i, "dobj"
        heads[subj.i], deps[subj.i] = verb.i, "nsubj"
        for c in obj.children:
            if c.i < subj.left_edge.i and c.dep_ in ("mark", "punct"):
                heads[c.i] = verb.i  # 'that "', the clause's own
    return _set_acyclic_tree(doc, heads, deps)


def subjects_taken_for_objects(doc: Doc) -> Doc:
    """A parse repair: "We heard a huge explosion and the hall next to the church
    collapsed on the families inside" parsed with "the hall" as a second object of
    "heard" and "collapsed" a clause (or a second verb) of it with no subject. When a
    verb's clause or joined verb has no subject and the words right before it are a noun
    joined by "and" to the object of the verb it hangs on, that noun is its subject, and
    it is joined to that verb by the "and" (a second clause of the sentence, not what was
    heard)."""
    todo = []
    for i in _with_dep(doc, "ccomp", "conj", pos=("VERB",)):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.head.i > verb.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark")
                       for c in verb.children):
            continue
        head = verb.head
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is None:
            continue
        noun = next((c for c in obj.children if c.dep_ == "conj" and c.i < verb.i), None)
        cc = next((c for c in obj.children if c.dep_ == "cc" and c.text.lower() == "and"),
                  None)
        if noun is None or cc is None or noun.pos_ not in ("NOUN", "PROPN") \
                or noun.right_edge.i != verb.i - 1 or not cc.i < noun.left_edge.i:
            continue
        todo.append((verb, head, noun, cc))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for verb, head, noun, cc in todo:
        heads[noun.i], deps[noun.i] = verb.i, "nsubj"
        heads[cc.i] = head.i
        heads[verb.i], deps[verb.i] = head.i, "conj"
    return _set_tree(doc, heads, deps)


# what a picture does to what it shows
_SHOWING = frozenset(["show", "depict", "reveal", "capture"])
# what a picture comes with ("images enclosed with the communique")
_ATTACHED = frozenset(["attach", "accompany", "include", "enclose"])


def _picture_owner(shown: Token) -> Token | None:
    """Rule ``speaker.picture_owner``: whose picture shows a strike: the word that names
    its owner ("the army's footage", "Red Crescent video"), who took, posted or checked it
    ("footage verified by the agency", "video posted by residents"), or the statement it
    came with ("images enclosed with the communique": the communique's owner). None for
    a picture of no one's ("footage showed ...": the outlet's own eyes)."""
    if shown.lemma_.lower() not in lx.SHOWN_EVIDENCE:
        return None
    for child in shown.children:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.ent_type_ in (
                "ORG", "PERSON", "NORP", "GPE")):
            return shown
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return shown
        if child.dep_ != "acl":
            continue
        lemma = child.lemma_.lower()
        if lemma in lx.PICTURE_VERBS and agent_of(child) is not None:
            return shown
        if lemma in _ATTACHED:
            return next((o for p in child.children
                         if p.dep_ == "prep" and p.lower_ in ("to", "with")
                         for o in p.children if o.dep_ == "pobj"
                         and o.lemma_.lower() in lx.DOCUMENT_NOUNS), None)
    return None


# what a site is said to have held ("the school sheltered fighters"): the holding verbs of
# the use constructions
_HOLDING_VERBS = frozenset(["house", "shelter", "host", "hide", "harbour", "harbor",
                            "store", "accommodate", "conceal"])


def holding_verbs_taken_for_modifiers(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "the army said the school
    sheltered fighters" parsed as one noun phrase, "the school-sheltered fighters", the
    object of "said". When a reporting verb's object has "the" (or "this", "that"), then a
    noun the parse hung on it as a modifier, then at once a holding verb's participle
    that modifies it too, the participle is the reported clause's verb, the first noun its
    subject and the object what it held (rule ``parse.holding_verb``)."""
    todo = []
    for i in _with_dep(doc, "amod", tags=("VBN", "VBD"), lemmas=_HOLDING_VERBS):
        verb = doc[i]
        if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in _HOLDING_VERBS \
                or verb.i == 0:
            continue
        held, site = verb.head, doc[verb.i - 1]
        if any(c.i != site.i for c in verb.children):
            continue
        if held.dep_ != "dobj" or not _is_report(held.head) or held.i <= verb.i \
                or site.head.i not in (held.i, verb.i) or site.pos_ != "NOUN" \
                or site.dep_ not in ("npadvmod", "nmod", "compound"):
            continue
        det = next((c for c in (*held.children, *site.children) if c.i < site.i), None)
        if det is None or det.dep_ != "det" or det.i != site.i - 1 \
                or det.lower_ not in ("the", "this", "that"):
            continue
        todo.append((held.head, det, site, verb, held))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for said, det, site, verb, held in todo:
        heads[det.i] = site.i
        heads[site.i], deps[site.i] = verb.i, "nsubj"
        heads[verb.i], deps[verb.i] = said.i, "ccomp"
        verb.pos_, verb.tag_ = "VERB", "VBD"
        heads[held.i], deps[held.i] = verb.i, "dobj"
    return _set_tree(doc, heads, deps)


# participles of holding the small model may tag as a noun after a site ("a barracks
# housing troops"), with the lemma each stands for
_HOLDING_NOUNS = {"housing": "house", "sheltering": "shelter", "storing": "store",
                  "hiding": "hide", "harbouring": "harbour", "harboring": "harbor"}
_HOLDING_NOUN_FORMS = frozenset(_HOLDING_NOUNS)  # (the words, for :func:`_with_dep`)


def holding_participles_taken_for_nouns(doc: Doc) -> Doc:
    """A parse repair: "destroyed a barracks housing Russian troops" parsed with
    "barracks housing" as one noun ("housing" its head, "barracks" a modifier) that has
    an object. When such a noun has an object of its own and a noun right before it that
    it heads, it is a participle on that noun: the noun takes its place in the sentence
    (an object where it was a clause) and the participle hangs on the noun (rule
    ``parse.holding_participle``)."""
    todo = []
    for i in _with_dep(doc, "ccomp", "dobj", "pobj", "nsubjpass", "attr", pos=("NOUN",),
                       lowers=_HOLDING_NOUN_FORMS):
        word = doc[i]
        lemma = _HOLDING_NOUNS.get(word.lower_)
        if lemma is None or word.pos_ != "NOUN" or i == 0:
            continue
        site = doc[i - 1]
        if site.head.i != i or site.dep_ != "compound" or site.pos_ != "NOUN" \
                or not any(c.dep_ == "dobj" for c in word.children):
            continue
        todo.append((word, site, lemma))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for word, site, lemma in todo:
        heads[site.i] = word.head.i
        deps[site.i] = "dobj" if word.dep_ == "ccomp" else word.dep_
        for c in word.children:
            if c.dep_ == "det" or (c.i < site.i and c.dep_ in ("amod", "compound", "nummod")):
                heads[c.i] = site.i
        heads[word.i], deps[word.i] = site.i, "acl"
        word.pos_, word.tag_, word.lemma_ = "VERB", "VBG", lemma
    return _set_tree(doc, heads, deps)


def strike_verbs_taken_for_modifiers(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "The officials said the strike
    early Sunday near the village of Ataq targeted trucks carrying militants" parsed with
    "the strike" as the object of "said" and "targeted" as an adjective of "trucks",
    the noun a clause of "said" or an apposition of "the strike". When a reporting
    verb's object is an action noun and a strike verb's past participle, standing alone
    before a noun after it, modifies that noun, the participle is the reported clause's
    verb, the action noun its subject and the noun its object (a phrase the parse hung
    on the noun before the participle goes with the verb)."""
    todo = []
    for i in _with_dep(doc, "amod", tags=("VBN",), lemmas=lx.STRIKE_VERBS):
        verb = doc[i]
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in lx.STRIKE_VERBS \
                or any(True for _ in verb.children):
            continue
        noun = verb.head
        if noun.i <= verb.i or noun.pos_ != "NOUN" \
                or any(not verb.i < t.head.i <= noun.i for t in doc[verb.i + 1 : noun.i]):
            continue
        if noun.dep_ == "ccomp" and _is_report(noun.head):
            said = noun.head
            action = next((c for c in said.children if c.dep_ == "dobj" and c.i < verb.i
                           and c.lemma_.lower() in lx.ACTION_NOUNS), None)
        elif noun.dep_ == "appos" and noun.head.dep_ == "dobj" \
                and noun.head.lemma_.lower() in lx.ACTION_NOUNS and _is_report(noun.head.head):
            action, said = noun.head, noun.head.head
        else:
            continue
        if action is None or any(
                not (t.is_punct or action.is_ancestor(t) or noun.is_ancestor(t))
                for t in doc[action.i + 1 : verb.i]):
            continue
        todo.append((said, action, verb, noun))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for said, action, verb, noun in todo:
        for child in noun.children:
            if child.i < verb.i and not child.is_punct:
                heads[child.i] = verb.i  # "in Shabwa province": where the strike was
        heads[verb.i], deps[verb.i] = said.i, "ccomp"
        verb.pos_, verb.tag_ = "VERB", "VBD"
        heads[action.i], deps[action.i] = verb.i, "nsubj"
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
    return _set_tree(doc, heads, deps)


def participles_taken_for_subjects(doc: Doc) -> Doc:
    """A parse repair: "Reacting, the army spokesman, Brigadier General X, said ..."
    parsed with the opening participle as the subject of "said" and the speaker joined to
    it (a conjunct or an apposition). When a participle opens its sentence, a comma right
    after it (or after its own phrase: "Reacting to the report,"), and is the subject of a
    verb with no other subject, the noun joined to it after that comma is the verb's
    subject and the participle a clause of the verb, as "Speaking to reporters, the
    spokesman said" is parsed."""
    todo = []
    for i in _with_dep(doc, "nsubj", "nsubjpass"):
        part = doc[i]
        # (after a line break the model may tag the opener a proper noun: "Reacting")
        if not (part.tag_ in ("VBG", "VBN") or (part.lower_.endswith("ing")
                                                and part.pos_ in ("PROPN", "NOUN")
                                                and not part.ent_type_)) \
                or part.i != sent_of(part).start \
                or any(c.dep_ in ("cc", "det") for c in part.children):
            continue
        verb = part.head
        if verb.i <= part.i or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != part.i
                                   for c in verb.children):
            continue
        noun = next((c for c in part.children if c.dep_ in ("conj", "appos")
                     and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i), None)
        if noun is None or (any(c.dep_ == "cc" for c in noun.children) and any(
                c.dep_ == "conj" and c.pos_ == "NOUN" for c in noun.children)):
            # ("Shelling, artillery and air strikes hit the town": a list of common
            # nouns; not a title's "Public Relations and Information")
            continue
        comma = doc[noun.left_edge.i - 1] if noun.left_edge.i > part.i + 1 else None
        if comma is None or comma.text != "," or comma.head.i != part.i:
            continue
        todo.append((part, verb, noun, comma))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for part, verb, noun, comma in todo:
        heads[noun.i], deps[noun.i] = verb.i, deps[part.i]
        heads[part.i], deps[part.i] = verb.i, "advcl"
        heads[comma.i] = verb.i
    return _set_tree(doc, heads, deps)


_REDUCED_VERBS = lx.FATE_VERBS | frozenset(["wound", "injure", "arrest", "detain", "capture"])


def reduced_relatives_taken_for_verbs(doc: Doc) -> Doc:
    """A parse repair: "residents say two men shot during the raid were fishermen"
    parsed with "shot" as the verb of "two men" and
    "were" as a clause with no subject. When a passive-looking participle of a verb of fate
    has a subject, no object and no auxiliary, and a copula with no subject of its own
    follows its phrase at once as its sibling, the participle is a clause on the noun and
    the noun is the copula's subject (rule ``parse.reduced_relative``). So with a verb
    of striking on a definite noun ("The only facility struck when drones attacked the
    town, the state government said, was the water plant"), an aside of a reporting
    verb standing between the phrase and the copula."""
    todo = []
    for i in _with_dep(doc, "nsubj", pos=("NOUN", "NUM", "PRON")):
        noun = doc[i]
        verb = noun.head
        struck = verb.lemma_.lower() in lx.HIT_VERBS and noun.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
        if verb.tag_ not in ("VBN", "VBD") \
                or (verb.lemma_.lower() not in _REDUCED_VERBS and not struck) \
                or verb.i < noun.i or noun.pos_ not in ("NOUN", "NUM", "PRON") \
                or any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass") for c in verb.children) \
                or verb.right_edge.i + 1 >= len(doc):
            continue
        be = doc[verb.right_edge.i + 1]
        aside = be.head
        if be.text == "," and aside.dep_ == "parataxis" and _is_report(aside) \
                and aside.left_edge.i == be.i and aside.right_edge.i + 1 < len(doc):
            be = doc[aside.right_edge.i + 1]  # (past ", the government said,")
        hung = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"
                     and c.tag_ == "VBN" and all(t.dep_ == "aux" and t.head.i == c.i
                                                 for t in doc[verb.i + 1 : c.i])), None)
        if struck and hung is not None and verb.i + 1 < hung.i:
            # "the launch hit at dawn had been a drug boat": the parse hangs the copula, its
            # auxiliary before it, on the participle as its clause
            todo.append((noun, verb, hung))
            continue
        if be.lemma_ != "be" or be.tag_ not in ("VBD", "VBP", "VBZ") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in be.children):
            continue
        # (the copula its sibling, or its head: "Three men shot dead by police at a
        # roadblock were guests returning from a wedding, their families said")
        if (verb.dep_ == "ROOT" or be.head.i != verb.head.i) and verb.head.i != be.i:
            continue
        todo.append((noun, verb, be))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for noun, verb, be in todo:
        if verb.head.i != be.i:
            heads[be.i], deps[be.i] = heads[verb.i], deps[verb.i]
            if be.head.i == verb.i:  # (the copula hung on the participle: its own head)
                heads[be.i] = be.i if verb.dep_ == "ROOT" else heads[verb.i]
        heads[noun.i], deps[noun.i] = be.i, "nsubj"
        heads[verb.i], deps[verb.i] = noun.i, "acl"
    return _set_acyclic_tree(doc, heads, deps)


def objects_taken_for_clause_subjects(doc: Doc) -> Doc:
    """A parse repair: 'the raid killed "ten commanders gathered for a meeting"' parsed
    with the commanders the subject of "gathered", a clause of "killed", which is left with
    no object. When a verb of striking or killing has no object and its clause complement
    is a past participle of gathering or staying (``_STAYING_PARTICIPLES``) with no auxiliary of its
    own, whose subject comes right after the verb (quote marks and the noun's own words
    between), the subject is the verb's object and the participle a clause on it (rule
    ``parse.object_with_clause``). So is the subject of any "-ing" clause there: "had
    targeted militia commanders meeting in a hotel"."""
    todo = []
    for i in [*_with_dep(doc, "ccomp", tags=_CLAUSE_TAGS),
              *_with_dep(doc, "xcomp", tags=_CLAUSE_TAGS)]:
        clause = doc[i]
        verb = clause.head
        if not (clause.tag_ == "VBG" or (clause.dep_ == "ccomp"
                                         and clause.lemma_.lower() in _STAYING_PARTICIPLES
                                         and clause.tag_ in ("VBD", "VBN"))) \
                or verb.lemma_.lower() not in lx.HIT_VERBS | lx.CASUALTY_VERBS \
                or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) \
                or any(c.dep_ in ("aux", "auxpass", "dobj") for c in clause.children):
            continue
        noun = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                     and verb.i < c.i < clause.i), None)
        if noun is None or not all(t.is_punct or t.head.i == noun.i or t.head.head.i == noun.i
                                   for t in doc[verb.i + 1 : noun.left_edge.i]):
            continue
        todo.append((verb, noun, clause))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for verb, noun, clause in todo:
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
        heads[clause.i], deps[clause.i] = noun.i, "acl"
    return _set_tree(doc, heads, deps)


def subjects_taken_by_asides(doc: Doc) -> Doc:
    """A parse repair: "The drone, M23 rebel spokesman Lawrence Mbala said, hit a health
    centre" parsed with "the drone" as a second subject of "said", the aside, and "hit"
    left with none. When a reporting verb the parse hung on the clause after it as an
    aside has two subjects, the first set off by a comma, and that clause's verb has no
    subject, the first is the clause's subject (rule ``parse.aside_subject``)."""
    todo = []
    for i in _with_dep(doc, "parataxis", lemmas=_REPORTING_LEMMAS):
        verb = doc[i]
        clause = verb.head
        if clause.i <= verb.i or not _is_report(verb) or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) < 2:
            continue
        first = subjects[0]
        after = first.right_edge.i + 1
        if after < len(doc) and doc[after].text == "," and first.pos_ in ("NOUN", "PROPN"):
            todo.append((first, clause))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for first, clause in todo:
        heads[first.i], deps[first.i] = clause.i, "nsubj"
    return _set_tree(doc, heads, deps)


def asides_taken_for_relatives(doc: Doc) -> Doc:
    """A parse repair: "GOMA, Congo — The drone, M23 rebel spokesman Lawrence Mbala said,
    hit a health centre" parsed with "said" a relative clause of "the drone" (the
    dateline took the root). When a reporting verb with a subject of its own hangs on
    a noun as a relative clause, set off by commas on both sides ("the drone, ... said,"),
    and that noun is the subject of a verb right after the second comma, the reporting
    verb is an aside on that verb (rule ``parse.aside_relative``), as "The drone, the
    spokesman said, hit a health centre" is parsed."""
    todo = []
    for i in _with_dep(doc, "relcl", lemmas=_REPORTING_LEMMAS):
        said = doc[i]
        noun = said.head
        verb = noun.head
        if i + 2 >= len(doc) or not _is_report(said) or noun.i + 1 >= said.i \
                or doc[noun.i + 1].text != "," or doc[said.right_edge.i].text != "," \
                or noun.dep_ not in ("nsubj", "nsubjpass") or verb.i != said.right_edge.i + 1 \
                or verb.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ == "nsubj" and noun.i < c.i < i for c in said.children):
            continue
        todo.append((said, verb))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for said, verb in todo:
        heads[said.i], deps[said.i] = verb.i, "parataxis"
    return _set_tree(doc, heads, deps)


def asides_taken_for_relative_clauses(doc: Doc) -> Doc:
    """A parse repair: "jets bombed the cinema in Pelan, where, the bloggers
    claimed, officers had met" parsed with "claimed" the relative clause of "cinema" and
    "met" the root, the bombing hung on it. When a reporting verb that tells nothing
    of its own (no object, no clause) hangs on a noun as a relative clause opened by a
    relative word before its subject, and is set off by commas before a clause with a
    subject of its own above that noun, that clause is the noun's relative clause, the
    relative word its own and the reporting verb an aside on it (rule
    ``parse.aside_in_relative``), as "a house where, residents said, a family had
    gathered" is parsed."""
    todo = []
    for i in _with_dep(doc, "relcl", lemmas=_REPORTING_LEMMAS):
        said = doc[i]
        noun = said.head
        comma = said.right_edge.i + 1
        if comma + 1 >= len(doc) or doc[comma].text != "," or not _is_report(said):
            continue
        kids = list(said.children)
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        rel = next((c for c in kids if c.tag_ in ("WRB", "WDT", "WP") and c.i < i), None)
        if subj is None or rel is None or rel.i > subj.i or any(
                c.dep_ in ("ccomp", "xcomp", "dobj", "dative") and c.i != rel.i
                for c in kids):
            continue
        verb = doc[comma + 1]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i <= comma or not verb.is_ancestor(noun) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > comma
                           for c in verb.children):
            continue
        above = next((c for c in verb.children if c.i < noun.i and c.is_ancestor(noun)), None)
        if above is not None:
            todo.append((said, noun, rel, verb, above))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for said, noun, rel, verb, above in todo:
        end = verb.sent.end - 1
        for child in verb.children:
            if child.i < said.i or (child.i == end and child.is_punct):
                heads[child.i] = above.i  # (the words before the noun's clause, the stop)
        heads[above.i] = above.i if verb.dep_ == "ROOT" else verb.head.i
        deps[above.i] = verb.dep_
        heads[verb.i], deps[verb.i] = noun.i, "relcl"
        heads[said.i], deps[said.i] = verb.i, "parataxis"
        heads[rel.i] = verb.i
    return _set_acyclic_tree(doc, heads, deps)


def shares_taken_for_speakers(doc: Doc) -> Doc:
    """A parse repair: "the raid left 31 dead, most of them girls, a district
    spokesman in Pelan said" parsed with "girls" the subject of "said" and
    the spokesman its apposition. When a reporting verb's subject opens with a share of a
    count ("most of them", "many of whom") and has an apposition after it, the
    apposition is who speaks and the share describes the count before its comma (rule
    ``parse.share_taken_for_speaker``), as "46 people, mostly women, a spokesman said"
    is parsed."""
    todo = []
    for k in _with_dep(doc, "nsubj", "amod", "nmod", "npadvmod", lowers=_SHARES):
        share = doc[k]
        noun = share.head
        i = noun.i
        if noun.dep_ != "nsubj" or noun.pos_ not in ("NOUN", "PROPN") or k > i:
            continue
        said = noun.head
        speaker = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i
                        and c.pos_ in ("NOUN", "PROPN")), None)
        if speaker is None or not _is_report(said) or share.i < 2 \
                or doc[share.i - 1].text != "," or not any(
                    c.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in c.children)
                    for c in share.children):
            continue
        count = doc[share.i - 2]
        if count.pos_ not in ("NOUN", "PROPN", "NUM") or count.sent != noun.sent:
            continue
        todo.append((noun, said, speaker, count))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for noun, said, speaker, count in todo:
        heads[speaker.i], deps[speaker.i] = said.i, "nsubj"
        heads[noun.i], deps[noun.i] = count.i, "appos"
    return _set_acyclic_tree(doc, heads, deps)


# words of a share of a count before "of them": "most of them women"
_SHARES = frozenset(["most", "many", "some", "all", "half", "several", "majority"])


def contents_taken_for_relatives(doc: Doc) -> Doc:
    """A parse repair: "we held intelligence that Velt gunmen were using the location"
    parsed with "using" a relative clause of "intelligence" and "that" its marker. A
    relative "that" is the clause's subject or object; one that only marks a clause with
    a subject of its own opens the content of the noun (what the intelligence said), the
    clause the noun's complement (rule ``parse.content_clause``), as "reports that rebels
    were hiding in the clinic" is parsed."""
    todo = []
    for m in _with_dep(doc, "mark", lowers=frozenset(["that"])):
        verb = doc[m].head
        i = verb.i
        if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX") or i < m:
            continue
        kids = list(verb.children)
        if any(c.dep_ == "mark" and c.lower_ == "that" and c.i < i for c in kids) \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVES
                        for c in kids) \
                and not any(c.lower_ in _RELATIVES and c.dep_ != "mark" for c in kids):
            todo.append(verb)
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for verb in todo:
        deps[verb.i] = "acl"
    return _set_tree(doc, heads, deps)


# the words that open a relative clause as its subject or object
_RELATIVES = frozenset(["that", "which", "who", "whom", "whose", "where", "when"])


def objects_taken_for_speakers(doc: Doc) -> Doc:
    """A parse repair: "... was the camp's field hospital, the medical charity that runs
    it said" parsed with "it" the subject of "said" and the charity an apposition of the
    hospital, its relative clause "that runs" left with no object. When a relative
    clause's verb with no object is followed at once by "it" or "them" that the parse
    made the subject of a reporting verb right after it, the pronoun is the clause's
    object and the noun the clause is on is the reporting verb's subject (rule
    ``parse.object_taken_for_speaker``)."""
    todo = []
    for i in _with_dep(doc, "relcl"):
        verb = doc[i]
        if i + 2 >= len(doc) or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        pron, said = doc[i + 1], doc[i + 2]
        noun = verb.head
        if pron.lower_ not in ("it", "them") or pron.dep_ != "nsubj" or pron.head.i != said.i \
                or not _is_report(said) or noun.i > verb.i \
                or (noun.is_ancestor(said) and said.head.i != noun.i) \
                or noun.pos_ not in ("NOUN", "PROPN") or noun.sent.root.i == noun.i \
                or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children
                       if c.lower_ not in ("that", "which", "who")):
            continue
        todo.append((noun, verb, pron, said))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for noun, verb, pron, said in todo:
        if said.head.i == noun.i:
            # (the parse made "said" a second clause on the noun: it hangs on the
            # sentence's root, as an aside, and so does what trailed it on the noun)
            heads[said.i], deps[said.i] = noun.sent.root.i, "parataxis"
            for t in doc[said.i + 1 : noun.sent.end]:
                if t.head.i == noun.i:
                    heads[t.i] = said.i
        heads[pron.i], deps[pron.i] = verb.i, "dobj"
        heads[noun.i], deps[noun.i] = said.i, "nsubj"
    return _set_acyclic_tree(doc, heads, deps)


def speakers_taken_for_later_subjects(doc: Doc) -> Doc:
    """A parse repair: "'They hit the departures hall,' said Walid Trabelsi, a manager at
    the airport, after shelling on Saturday wounded four people" parsed with the speaker
    as the subject of "wounded" and the inverted "said" left with none. When a reporting
    verb with no subject is followed at once by a noun phrase the parse made the subject
    of a later verb, that phrase is the reporting verb's subject (rule
    ``parse.inverted_speaker``)."""
    todo = []
    for i in _with_dep(doc, "parataxis", lemmas=_REPORTING_LEMMAS):
        said = doc[i]
        if i + 1 >= len(doc) or not _is_report(said) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
            continue
        # (the later verb is the one the parse hung "said" on, not a clause "said" holds:
        # "said army units had destroyed a workshop")
        name = next((t for t in doc[i + 1 : i + 8] if t.dep_ == "nsubj"
                     and t.left_edge.i == i + 1 and t.pos_ in ("PROPN", "NOUN")
                     and t.head.i == said.head.i), None)
        if name is None or name.head.i <= name.right_edge.i:
            continue
        todo.append((name, said))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for name, said in todo:
        heads[name.i], deps[name.i] = said.i, "nsubj"
    return _set_tree(doc, heads, deps)


_COUNTED_DEAD = frozenset(["dead", "wounded", "injured"])


def counts_taken_for_the_dead(doc: Doc) -> Doc:
    """A parse repair: "residents said the 11 dead were passengers" parsed with the
    number as the noun ("11", with "dead" its adjective). The dead are the noun, the
    number counts them (rule ``parse.counted_dead``), as "the dead" alone is parsed."""
    todo = []
    for i in _with_dep(doc, "amod", lowers=_COUNTED_DEAD):
        dead = doc[i]
        count = dead.head
        if dead.lower_ not in _COUNTED_DEAD or count.pos_ != "NUM" or count.i != i - 1 \
                or count.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "pobj") \
                or any(c.dep_ == "prep" for c in count.children):
            continue
        todo.append((count, dead))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for count, dead in todo:
        heads[dead.i], deps[dead.i] = count.head.i, count.dep_
        for c in count.children:
            if c.i != dead.i:
                heads[c.i] = dead.i
        heads[count.i], deps[count.i] = dead.i, "nummod"
        dead.pos_, dead.tag_ = "NOUN", "NNS"
    return _set_tree(doc, heads, deps)


# what a toll counts: "the death toll from the strikes on the school rose to 20" (the
# lexicon's toll nouns, and "tally")
_TOLL_NOUNS = lx.TOLL_NOUNS | frozenset(["tally"])


def targets_taken_for_tolls(doc: Doc) -> Doc:
    """A parse repair: "the death toll from the coalition's raids on a prison rose to
    106" parsed with "on a prison" hung on the toll, beside "from the raids". What the
    raids hit is the raids' ("raids on a prison"), as "the raids on a prison" alone is
    parsed (rule ``parse.toll_target``)."""
    todo = []
    for i in _with_dep(doc, "prep", lowers=lx.TARGET_PREPS):
        prep = doc[i]
        toll = prep.head
        if prep.lower_ not in lx.TARGET_PREPS or toll.lemma_.lower() not in _TOLL_NOUNS:
            continue
        acts = [o for p in toll.children if p.dep_ == "prep" and p.lower_ in ("from", "in", "of")
                and p.i < i for o in p.children
                if o.dep_ == "pobj" and o.lemma_.lower() in lx.ACTION_NOUNS]
        if acts and not any(c.dep_ == "prep" and c.lower_ in lx.TARGET_PREPS
                            for c in acts[-1].children):
            todo.append((prep, acts[-1]))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for prep, act in todo:
        heads[prep.i] = act.i
    return _set_acyclic_tree(doc, heads, deps)


def attrs_taken_for_said_objects(doc: Doc) -> Doc:
    """A parse repair: "jets struck what the military said were Hezbollah rocket
    launchers" parsed with "launchers" as the object of "said" and "were" left with no
    complement. When a copula whose subject is "what" hangs on a reporting verb and has
    no complement of its own, the reporting verb's object after it is the copula's
    complement (rule ``parse.said_what_attr``)."""
    todo = []
    for i in _with_dep(doc, "ccomp", lemmas=_BE):
        be = doc[i]
        said = be.head
        if be.lemma_.lower() != "be" or not _is_report(said) or said.i > be.i \
                or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("what", "which")
                           for c in be.children) \
                or any(c.dep_ in ("attr", "acomp") for c in be.children):
            continue
        obj = next((c for c in said.children if c.dep_ == "dobj" and c.i > be.i
                    and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            todo.append((obj, be))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for obj, be in todo:
        heads[obj.i], deps[obj.i] = be.i, "attr"
    return _set_tree(doc, heads, deps)


def copulas_taken_for_second_clauses(doc: Doc) -> Doc:
    """A parse repair: "the group said the building hit on Tuesday was a flour mill"
    parsed as two clauses of "said", "the building hit on Tuesday" and "was a flour
    mill", the second with no subject. When a reporting verb holds a strike verb's
    participle with a noun subject and, right after the participle's words, a copula with
    no subject, the copula hangs on the participle, as the parse reads "the area hit was
    a shelter" (rule ``parse.split_copula``)."""
    todo = []
    for i in _with_dep(doc, "ccomp", lemmas=_BE):
        be = doc[i]
        said = be.head
        if be.lemma_.lower() != "be" or not _is_report(said) or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in be.children):
            continue
        verb = next((c for c in said.children if c.dep_ == "ccomp" and c.i < be.i
                     and c.right_edge.i == be.i - 1 and c.tag_ in ("VBN", "VBD")
                     and c.lemma_.lower() in lx.HIT_VERBS
                     and any(s.dep_ == "nsubj" and s.pos_ == "NOUN" for s in c.children)
                     and not any(o.dep_ == "dobj" for o in c.children)), None)
        if verb is not None:
            todo.append((be, verb))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for be, verb in todo:
        heads[be.i] = verb.i
    return _set_tree(doc, heads, deps)


def copulas_of_what_said(doc: Doc) -> Doc:
    """A parse repair: "killed 24 people at what residents insisted was the weekly
    livestock market" parsed with "what" the object of "insisted" and "was" a verb joined
    to "killed". When a reporting verb has "what" as its object before it and a copula
    with no subject comes right after its words, the copula is the reported clause and
    "what" its subject (rule ``parse.what_said_copula``), as "what he said was" is
    parsed."""
    todo = []
    for i in word_positions(doc, "what", 0, len(doc)):
        what = doc[i]
        said = what.head
        if what.dep_ != "dobj" or said.i < i or not _is_report(said):
            continue
        after = said.right_edge.i + 1
        if after >= len(doc):
            continue
        be = doc[after]
        if be.lemma_.lower() != "be" or be.head.i == said.i or be.is_ancestor(said) or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in be.children):
            continue  # (nor a copula the saying hangs on: "What X called a depot was ...")
        todo.append((what, said, be))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for what, said, be in todo:
        heads[be.i], deps[be.i] = said.i, "ccomp"
        heads[what.i], deps[what.i] = be.i, "nsubj"
    return _set_tree(doc, heads, deps)


# the verbs whose participle, right after a noun, names what a strike did to it ("the
# only building hit", "the warehouse struck on Monday", "the house destroyed")
_STRUCK_PARTICIPLES = lx.HIT_VERBS | _REDUCED_VERBS | frozenset(["damage", "flatten", "level"])
# the words an aside may carry between the speaker and the copula: a time or a place of its
# own ("said on Wednesday", "said in a written statement"), nothing with a verb
_ASIDE_TAIL_POS = frozenset(["ADP", "PROPN", "NOUN", "NUM", "DET", "ADV", "ADJ", "PART"])


def subjects_split_by_asides(doc: Doc) -> Doc:
    """A parse repair: "The only building hit in Pelan, the town's mayor said on
    Wednesday, was the veterinary clinic", "The warehouse struck on Monday, the owner
    said, was a cold store", "The only thing hit, according to the water corporation,
    was the pump house", "The target, a spokesman said, was a workshop", "The only
    building hit, said Ahmed Kessa, who heads the farm office, was a packing house": a
    subject (mostly named by what the strike did to it) cut from its copula by an aside.
    The parse makes the aside's verb the sentence's root with the subject its own (and
    the speaker a word of the subject), or the participle a clause of its own. When a
    copula with no subject of its own follows an aside set off by commas
    (:func:`_aside_before`), and the words before that aside are a noun followed at once
    by the participle of a verb of striking and its phrase (no verb in it), or a noun the
    parse made a second subject of the aside's verb, the noun is the copula's subject,
    the participle a clause on it, the aside hangs on the copula and the copula takes the
    place in the tree the highest of them had (rule ``parse.aside_copula``)."""
    todo = []
    for i in word_positions(doc, "was", 0, len(doc)) + word_positions(doc, "were", 0, len(doc)):
        found = _split_by_aside(doc, i)
        if found is not None:
            todo.append(found)
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for noun, verb, aside, be in todo:
        span = range(noun.i, be.i)
        # the copula takes the place of the highest word of the span (the root, mostly)
        top = next((t for t in doc[noun.i : be.i + 1] if t.head.i == t.i
                    or (t.head.i not in span and t.head.i != be.i)), None)
        if top is not None and top.i != be.i:
            if top.head.i == top.i:
                heads[be.i], deps[be.i] = be.i, top.dep_
            else:
                heads[be.i], deps[be.i] = top.head.i, top.dep_
        heads[noun.i], deps[noun.i] = be.i, "nsubj"
        if verb is not None:
            heads[verb.i], deps[verb.i] = noun.i, "acl"
            for t in doc[verb.i + 1 : aside[0].i - 1]:
                if heads[t.i] not in range(verb.i, aside[0].i - 1):
                    heads[t.i] = verb.i  # (its phrase: "in Pelan", "on Monday")
        report = aside[1]
        heads[report.i], deps[report.i] = be.i, ("prep" if report.lower_ == "according"
                                                 else "parataxis")
        if report.lower_ != "according":
            speaker = aside[2]
            heads[speaker.i], deps[speaker.i] = report.i, "nsubj"
        inner = range(aside[0].i, be.i - 1)
        for t in doc[aside[0].i : be.i - 1]:
            if heads[t.i] not in inner and t.i != report.i:
                heads[t.i] = report.i
        heads[aside[0].i - 1], deps[aside[0].i - 1] = be.i, "punct"
        heads[be.i - 1], deps[be.i - 1] = be.i, "punct"
        for t in doc[be.i + 1 : be.sent.end]:
            if heads[t.i] in span:
                heads[t.i] = be.i  # (the full stop the parse hung on the aside's verb)
    return _set_acyclic_tree(doc, heads, deps)


def _split_by_aside(doc: Doc, i: int
                    ) -> tuple[Token, Token | None, tuple[Token, Token, Token], Token] | None:
    """For :func:`subjects_split_by_asides`: the copula at ``i`` after an aside, with the
    subject noun, its participle (None for a bare noun the parse made a second subject
    of the aside's verb) and the aside (its first word, its reporting word or
    "according", and the speaker's head), or None."""
    be = doc[i]
    if i < 5 or doc[i - 1].text != "," or be.tag_ not in ("VBD", "VBP", "VBZ"):
        return None
    found = next((a for k in range(i - 2, max(i - 26, 1), -1) if doc[k].text == ","
                  and (a := _aside_before(doc, k, i)) is not None), None)
    if found is None:
        return None
    first, report, _ = found
    comma = first.i - 1
    aside = range(first.i, i - 1)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i not in aside for c in be.children):
        return None  # (a subject the speaker's name took is the aside's, no subject of its)
    # the subject: a noun and the participle right after it, then the participle's phrase
    verb = next((t for t in doc[max(0, comma - 10) : comma]
                 if t.tag_ in ("VBN", "VBD") and t.lemma_.lower() in _STRUCK_PARTICIPLES), None)
    noun = doc[comma - 1]
    if verb is None and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "nsubj" \
            and noun.head.i == report.i and report.lower_ != "according" \
            and noun.sent.start == be.sent.start:
        # "The target, a spokesman said, was a workshop": the parse took the noun for a
        # second subject of the aside's verb (no participle to hang on it)
        return noun, None, found, be
    if verb is None or verb.i == 0 or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN") \
            or any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":")
                   for t in doc[verb.i + 1 : comma]) \
            or any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children) \
            or doc[verb.i - 1].sent.start != be.sent.start:
        return None
    return doc[verb.i - 1], verb, found, be


def _aside_before(doc: Doc, comma: int, i: int) -> tuple[Token, Token, Token] | None:
    """The aside between the comma at ``comma`` and the one before the copula at ``i``:
    "according to" a speaker, a speaker and a reporting verb with at most a time or a
    place after it ("the town's mayor said on Wednesday"), or a reporting verb and its
    speaker, who may carry a clause of its own ("said Ahmed Kessa, who heads the
    district's farm office"); its first word, its reporting word and its speaker's head,
    else None."""
    if comma + 2 >= i - 1:
        return None
    first = doc[comma + 1]
    if first.lower_ == "according" and doc[comma + 2].lower_ == "to":
        return first, first, first
    if _is_report(first):
        # "said Ahmed Kessa, who heads the office,": the speaker, and what hangs on it
        words = range(comma + 2, i - 1)
        heads_out = [t for t in doc[comma + 2 : i - 1] if t.head.i not in words]
        if len(heads_out) == 1 and heads_out[0].pos_ in ("NOUN", "PROPN") \
                and heads_out[0].dep_ in ("nsubj", "nsubjpass", "appos", "dobj", "npadvmod"):
            return first, first, heads_out[0]
        return None
    report = next((t for t in doc[comma + 2 : i - 1] if _is_report(t)), None)
    if report is None or any(t.pos_ not in _ASIDE_TAIL_POS and t.dep_ != "amod"
                             for t in doc[report.i + 1 : i - 1]):
        return None
    words = range(comma + 1, report.i)
    heads_out = [t for t in doc[comma + 1 : report.i] if t.head.i not in words]
    if len(heads_out) != 1 or heads_out[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return first, report, heads_out[0]


def _acyclic(heads: Sequence[int]) -> bool:
    """Whether the heads make a forest: every word's chain of heads ends at a root."""
    state = [0] * len(heads)  # 0: not seen, 1: on the walk now, 2: ends at a root
    for start in range(len(heads)):
        walk = []
        at = start
        while state[at] == 0:
            state[at] = 1
            walk.append(at)
            if heads[at] == at:
                break
            at = heads[at]
        else:
            if state[at] == 1:
                return False
        for k in walk:
            state[k] = 2
    return True


def what_clauses_taken_for_adverbials(doc: Doc) -> Doc:
    """A parse repair: "What the bomb hit, according to the regional administration, was
    the main depot of a delivery company" parsed with "What the bomb hit" a clause of
    time or manner on "was", which is left with no subject. When "what" is the object
    of a verb hung as such a clause on a later copula that has no subject, the clause
    is the copula's subject (rule ``parse.what_clause_subject``), as the shorter
    sentence is parsed."""
    todo = []
    for i in word_positions(doc, "what", 0, len(doc)):
        what = doc[i]
        verb = what.head
        be = verb.head
        if what.dep_ != "dobj" or verb.dep_ != "advcl" or verb.i < i or be.i < verb.i \
                or be.lemma_.lower() != "be" or any(
                    c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in be.children):
            continue
        todo.append(verb)
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for verb in todo:
        deps[verb.i] = "csubj"
    return _set_tree(doc, heads, deps)


def relatives_taken_for_modifiers(doc: Doc) -> Doc:
    """A parse repair: 'conducted strikes near the town that "targeted rebel fighters and
    vehicles"' parsed with "targeted" a modifier of "fighters" ("targeted fighters") and
    "fighters" a second object of "conducted": a strike verb right after "that" (and an
    opening quote mark), hung as a modifier on the noun after it, heads a relative clause
    on the strike noun before "that", with "that" its subject and that noun its object
    (rule ``parse.relative_quoted``)."""
    todo = []
    for i in _with_dep(doc, "amod", tags=("VBD", "VBN"), lemmas=lx.HIT_VERBS):
        verb = doc[i]
        noun = verb.head
        if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in lx.HIT_VERBS \
                or noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        mark = i - 2 if i >= 2 and doc[i - 1].is_quote else i - 1
        if mark < 1 or doc[mark].lower_ != "that":
            continue
        strike = next((t for t in reversed(doc[max(0, mark - _RELATIVE_REACH) : mark])
                       if t.pos_ == "NOUN" and t.lemma_.lower() in lx.ACTION_NOUNS), None)
        if strike is not None and strike.sent == verb.sent:
            todo.append((verb, noun, doc[mark], strike))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for verb, noun, mark, strike in todo:
        heads[verb.i], deps[verb.i] = strike.i, "relcl"
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
        heads[mark.i], deps[mark.i] = verb.i, "nsubj"
        if doc[mark.i + 1].is_quote:
            heads[mark.i + 1] = verb.i
    return _set_acyclic_tree(doc, heads, deps)


_RELATIVE_REACH = 4  # words between a strike noun and its "that" ("strikes near the town")


def participles_taken_for_had_objects(doc: Doc) -> Doc:
    """A parse repair: 'the aircraft had "accidentally affected members of the public"'
    parsed with "had" a verb of its own, "members" its object and "affected" an
    adjective of them; 'it had "deliberately targeted gunmen"' parsed with the noun
    the head of the clause and "had" its auxiliary. A past participle after "had" with
    only a quote mark or an adverb between, modifying the noun right after it, is the
    verb "had" is the auxiliary of, and the noun its object (rule
    ``parse.had_participle``); with nothing between, "the camp had wounded fighters
    inside" may tell what the camp held, and is left alone."""
    todo = []
    for i in _with_dep(doc, "amod"):
        part = doc[i]
        noun = part.head
        if part.tag_ != "VBN" or noun.i < part.i \
                or not all(noun.is_ancestor(t) for t in doc[part.i + 1 : noun.i]):
            continue
        if noun.dep_ == "dobj":
            had = noun.head  # "had" a verb, the noun its object
        else:
            had = next((c for c in noun.children if c.dep_ == "aux" and c.i < part.i), noun)
        if had.i == noun.i or had.lemma_.lower() != "have" \
                or had.tag_ not in ("VBD", "VBZ", "VBP") or not had.i < part.i \
                or had.i + 1 == part.i \
                or not all(t.is_quote or t.pos_ == "ADV" for t in doc[had.i + 1 : part.i]):
            # (with nothing between, "the camp had wounded fighters inside" may be owned)
            continue
        todo.append((had, part, noun))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for had, part, noun in todo:
        clause = had if had.i == noun.head.i else noun  # the word that heads the clause
        heads[part.i] = part.i if clause.dep_ == "ROOT" else clause.head.i
        deps[part.i] = clause.dep_
        # the clause's subject, quote marks and stops, and, where the noun headed the
        # clause, what the parse hung on it after it ("near the market")
        for child in (*had.children, *(noun.children if clause.i == noun.i else ())):
            if child.i not in (noun.i, part.i) and (child.i < part.i or child.i > noun.i):
                heads[child.i] = part.i
        for tok in doc[had.i + 1 : part.i]:
            heads[tok.i] = part.i  # the quote mark, the adverb
        heads[had.i], deps[had.i] = part.i, "aux"
        heads[noun.i], deps[noun.i] = part.i, "dobj"
        part.pos_ = "VERB"
    return _set_acyclic_tree(doc, heads, deps)


def quoted_objects_taken_for_verbs(doc: Doc) -> Doc:
    """A parse repair: 'drones had struck "hangars housing warplanes at the base"' parsed
    with "hangars" a verb ("VBZ") complementing "struck", which is left with no object:
    a present-tense verb cannot complement a strike verb, so a word so tagged right
    after the opening quote mark that follows a strike verb with no object is the quoted
    object, a plural noun (rule ``parse.quoted_object``)."""
    todo = []
    for i in _with_dep(doc, "xcomp", "ccomp", "dep", tags=("VBZ",)):
        word = doc[i]
        verb = word.head
        if word.tag_ != "VBZ" or i < 2 or verb.i != i - 2 or not doc[i - 1].is_quote \
                or verb.lemma_.lower() not in lx.HIT_VERBS \
                or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) \
                or not word.lower_.endswith("s"):
            continue
        todo.append(word)
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for word in todo:
        deps[word.i] = "dobj"
        word.tag_, word.pos_ = "NNS", "NOUN"
        word.lemma_ = word.lower_[:-1]
    return _set_tree(doc, heads, deps)


def nothing_but(doc: Doc) -> Doc:
    """A parse repair: "its jets struck nothing but an al Shabaab training camp", "the
    strikes targeted nothing but radar installations": what was struck is what follows
    "nothing but" (or "nothing except"), the one thing hit, not "nothing" (rule
    ``parse.nothing_but``). The words after "but" take the place of "nothing", which hangs
    on them."""
    todo = []
    for i in word_positions(doc, "nothing", 0, len(doc)):
        none = doc[i]
        if i + 2 >= len(doc) or none.dep_ not in ("dobj", "nsubjpass", "pobj") \
                or doc[i + 1].lower_ not in ("but", "except"):
            continue
        what = next((c for c in doc[i + 1].children if c.dep_ == "pobj"
                     and c.pos_ in ("NOUN", "PROPN")), None)
        if what is not None:
            todo.append((none, doc[i + 1], what))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for none, but, what in todo:
        heads[what.i], deps[what.i] = none.head.i, none.dep_
        heads[none.i], deps[none.i] = what.i, "advmod"
        heads[but.i], deps[but.i] = none.i, "prep"
    return _set_tree(doc, heads, deps)


def subjects_raised_by_belief(doc: Doc) -> Doc:
    """A parse repair: "the vehicle was believed to be carrying explosives", "the building
    was thought to house a command centre": the passive of a verb of belief or report
    holds the subject of the infinitive of holding or carrying after it, which has none of
    its own. The subject is the infinitive's (rule ``parse.raised_subject``), so the rules
    that ask what a site held or what a vehicle carried find it; the believing stays on
    the path to the speaker."""
    todo = []
    for i in _with_dep(doc, "xcomp", lemmas=_HELD_VERBS):
        verb = doc[i]
        believed = verb.head
        if verb.lemma_.lower() not in _HELD_VERBS \
                or believed.lemma_.lower() not in _BELIEF_VERBS or believed.tag_ != "VBN" \
                or not any(c.dep_ == "auxpass" for c in believed.children) \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        subject = next((c for c in believed.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN", "PRON"):
            todo.append((subject, verb))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for subject, verb in todo:
        heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    return _set_tree(doc, heads, deps)


_BELIEF_VERBS = frozenset(["believe", "think", "suspect", "say", "report", "allege",
                           "understand", "presume", "assume", "know", "suppose", "consider"])
# what a site or vehicle is believed to have held or carried (not "thought to be
# victims", whose subject the copula rows read as they stand)
_HELD_VERBS = frozenset(["carry", "house", "hold", "store", "contain", "hide", "shelter",
                         "keep", "transport", "ferry", "stockpile"])


# participles that tell where the people struck were, or what for ("commanders gathered for
# a meeting", "fighters stationed at the post")
_STAYING_PARTICIPLES = frozenset(["gather", "assemble", "meet", "station", "deploy", "hide",
                                  "shelter", "position", "base", "house", "camp", "mass",
                                  "congregate"])


def relative_reports_taken_for_xcomps(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "a drone strike that the
    military said hit a convoy" parsed with "that" and "the military" both subjects of
    "said" and "hit" a bare infinitive of it, which reads as an intent. When a reporting
    verb in a relative clause has a relative pronoun and a noun both as subjects, and a
    base-form verb with no "to" of its own as its complement, the relative pronoun is the
    subject of that verb and the verb is what was said, in the past (rule
    ``parse.relative_report``; not "the order that he said to follow", with "to")."""
    todo = []
    for i in _with_dep(doc, "relcl", lemmas=_REPORTING_LEMMAS):
        said = doc[i]
        if not _is_report(said):
            continue
        subjects = [c for c in said.children if c.dep_ == "nsubj"]
        rel = next((c for c in subjects if c.tag_ in ("WDT", "WP")), None)
        if rel is None or len(subjects) < 2:
            continue
        verb = next((c for c in said.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                     and c.i > said.i and not any(a.dep_ == "aux" for a in c.children)),
                    None)
        if verb is not None:
            todo.append((rel, verb))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for rel, verb in todo:
        heads[rel.i], deps[rel.i] = verb.i, "nsubj"
        deps[verb.i] = "ccomp"
        verb.tag_ = "VBD"
    return _set_tree(doc, heads, deps)


# what air defences do to a weapon in flight ("intercepted all the rockets fired at
# the town"), and what the weapon's own clause says was done with it
_STOPPING_VERBS = frozenset(["intercept", "neutralise", "neutralize", "down", "destroy"])
_LAUNCHED = frozenset(["fire", "launch", "shoot"])


def launched_weapons_taken_for_clauses(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "the army said it
    intercepted all the rockets fired at Dorba" parsed with "the rockets" as the subject
    of "fired", a clause of "intercepted" that has no object. When a verb that stops a
    weapon has no object and its clause's verb is a past form of firing or launching
    with no object, whose subject is a weapon, the weapon is the object stopped and the
    firing a participle on it (rule ``parse.launched_weapon``; not "it said the rockets
    fired at Dorba hit a school", whose verb is no stopping verb). So too where the parse
    made the firing, with the weapon as its subject, the subject of the next verb: "all
    drones launched towards the region had been destroyed": the weapon is that verb's
    subject."""
    todo = []
    subjects = []
    for i in _with_dep(doc, "nsubj", "nsubjpass", "csubj", "csubjpass", tags=("VBD", "VBN"),
                       lemmas=_LAUNCHED):
        fired = doc[i]
        verb = fired.head
        if fired.tag_ not in ("VBD", "VBN") or fired.lemma_.lower() not in _LAUNCHED \
                or verb.pos_ != "VERB" or fired.i > verb.i \
                or any(c.dep_ in ("dobj", "aux", "auxpass", "mark") for c in fired.children):
            continue
        weapon = next((c for c in fired.children if c.dep_ == "nsubj" and c.i < fired.i), None)
        if weapon is not None and weapon.lemma_.lower() in lx.INTERCEPTED_THINGS:
            subjects.append((verb, fired, weapon))
    for i in _with_dep(doc, "ccomp", tags=("VBD", "VBN"), lemmas=_LAUNCHED):
        fired = doc[i]
        stop = fired.head
        if fired.tag_ not in ("VBD", "VBN") or fired.lemma_.lower() not in _LAUNCHED \
                or stop.lemma_.lower() not in _STOPPING_VERBS or stop.pos_ != "VERB" \
                or fired.i < stop.i \
                or any(c.dep_ in ("dobj", "nsubjpass") for c in (*stop.children, *fired.children)) \
                or any(c.dep_ in ("aux", "auxpass", "mark") for c in fired.children):
            continue
        weapon = next((c for c in fired.children if c.dep_ == "nsubj"), None)
        if weapon is None or weapon.lemma_.lower() not in lx.INTERCEPTED_THINGS:
            continue
        todo.append((stop, fired, weapon))
    if not todo and not subjects:
        return doc
    heads, deps = _tree_of(doc)
    for stop, fired, weapon in todo:
        heads[weapon.i], deps[weapon.i] = stop.i, "dobj"
        heads[fired.i], deps[fired.i] = weapon.i, "acl"
        fired.tag_ = "VBN"
    for verb, fired, weapon in subjects:
        heads[weapon.i] = verb.i
        deps[weapon.i] = "nsubjpass" if fired.dep_ in ("nsubjpass", "csubjpass") else "nsubj"
        heads[fired.i], deps[fired.i] = weapon.i, "acl"
        fired.tag_ = "VBN"
    return _set_tree(doc, heads, deps)


def free_relatives_taken_for_roots(doc: Doc) -> Doc:
    """A parse repair: "A drone strike killed 24 people at what residents insisted was
    the weekly market" parsed with "was" the sentence's root, the strike its subject and
    "killed" a clause on the strike, or with "was" a clause of "killed". When "what" is
    the subject or object of a reporting verb that stands after a preposition ("at what
    residents insisted") and the copula right after that verb, with something named after
    it, hangs elsewhere, the copula is what was said and "what" its subject; where the
    copula was its sentence's root, the verb the preposition hangs on is the root, taking
    the copula's words before the preposition (rule ``parse.free_relative``)."""
    todo = []
    for i in _with_dep(doc, "pcomp", lemmas=_REPORTING_LEMMAS):
        said = doc[i]
        be = doc[i + 1] if i + 1 < len(doc) else None
        if be is None or be.lemma_ != "be" or be.head.i == said.i or not _is_report(said) \
                or not any(c.dep_ == "attr" and c.i > be.i for c in be.children):
            continue
        what = next((c for c in said.children if c.lower_ == "what" and c.tag_ == "WP"
                     and c.dep_ in ("dobj", "nsubj")), None)
        prep = said.head
        if what is None or prep.dep_ != "prep":
            continue
        verb = prep.head if prep.head.pos_ == "VERB" else None
        if (be.dep_ == "ROOT" and (verb is None or not be.is_ancestor(verb))) \
                or (be.dep_ != "ROOT" and be.is_ancestor(said)):
            continue
        todo.append((be, said, what, prep, verb))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for be, said, what, prep, verb in todo:
        if be.dep_ == "ROOT" and verb is not None:
            heads[verb.i], deps[verb.i] = verb.i, "ROOT"
            for c in be.children:
                if c.i < prep.i or (c.is_punct and c.i == be.sent.end - 1):
                    heads[c.i] = verb.i  # (the strike, the dateline, the full stop)
        heads[be.i], deps[be.i] = said.i, "ccomp"
        heads[what.i], deps[what.i] = be.i, "nsubj"
    return _set_acyclic_tree(doc, heads, deps)


def objects_taken_for_passive_subjects(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "its aircraft had destroyed
    boats being prepared for attacks" parsed with "boats being prepared" a passive clause
    of "destroyed", which is left with no object. When a strike verb has no object and a
    clausal complement right after it is a passive with "being" whose subject stands
    between them, that subject is the verb's object and the passive a participle on it
    (rule ``parse.being_object``; not "said the boats were being prepared", whose verb
    strikes nothing)."""
    todo = []
    for i in _with_dep(doc, "ccomp", tags=("VBN",)):
        clause = doc[i]
        verb = clause.head
        if clause.tag_ != "VBN" or verb.lemma_.lower() not in lx.HIT_VERBS \
                or verb.pos_ != "VERB" or clause.i < verb.i \
                or any(c.dep_ == "dobj" for c in verb.children) \
                or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in clause.children):
            continue
        noun = next((c for c in clause.children if c.dep_ == "nsubjpass"
                     and verb.i < c.i < clause.i and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None and noun.left_edge.i == verb.i + 1:
            todo.append((verb, clause, noun))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for verb, clause, noun in todo:
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
        heads[clause.i], deps[clause.i] = noun.i, "acl"
    return _set_acyclic_tree(doc, heads, deps)


def sayings_taken_into_rejected_reports(doc: Doc) -> Doc:
    """A parse repair: "the military rejected reports that its aircraft had bombed a
    school, saying that the strike had hit a rebel headquarters" parsed with "saying" a
    clause of "bombed", inside the reports the military rejects. When a reporting verb
    in "-ing" with no subject of its own follows a comma and hangs on a verb of the
    clause of a report or claim noun that a denial verb takes as object ("rejected
    reports that ..."), it is the denier's own word and hangs on the denial verb (rule
    ``parse.saying_of_denier``)."""
    todo = []
    for i in _with_dep(doc, "advcl", tags=("VBG",), lemmas=_REPORTING_LEMMAS):
        saying = doc[i]
        if saying.tag_ != "VBG" or not _is_report(saying) or i == 0 or doc[i - 1].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in saying.children):
            continue
        clause = saying.head
        if clause.dep_ != "acl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        noun = clause.head
        denial = noun.head
        if noun.dep_ == "dobj" and noun.lemma_.lower() in _REJECTED_REPORTS \
                and lx.REPORT_VERBS.get(denial.lemma_.lower()) == "denies" \
                and denial.i < saying.i:
            todo.append((saying, denial))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for saying, denial in todo:
        heads[saying.i] = denial.i
    return _set_acyclic_tree(doc, heads, deps)


# what a party rejects as others' word: "rejected reports that ...", "denied claims that"
_REJECTED_REPORTS = frozenset(["report", "claim", "allegation", "accusation", "suggestion",
                               "charge", "assertion", "account", "rumour", "rumor"])


def pictures_taken_for_clauses(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "Satellite images taken the
    following morning and reviewed by an analyst show a collapsed grain silo" parsed with
    "images taken ..." a clause of "show", which is left with no subject. When a verb of
    showing has no subject and a clause before it is a past form of taking, posting or
    checking a picture whose subject is a picture, the picture is the subject of the
    showing verb and the taking a participle on it (rule ``parse.picture_taken``; not
    "images were taken, and they show ...", where the showing verb has a subject). The
    same where the parse made the showing verb one joined to the taking, which took the
    picture as its subject ("images taken a day later by a provider and reviewed by
    reporters show ..."): what follows the showing verb is its own."""
    todo = []
    joined = []
    for i in _with_dep(doc, "conj", tags=("VBP", "VBZ")):
        show = doc[i]
        taken = show.head
        picture = _taken_picture(show, taken) if show.tag_ in ("VBP", "VBZ") else None
        if picture is not None:
            joined.append((show, taken, picture))
    for i in _with_dep(doc, "ccomp"):
        taken = doc[i]
        show = taken.head
        picture = _taken_picture(show, taken) if taken.i < show.i else None
        if picture is not None:
            todo.append((show, taken, picture))
    if not todo and not joined:
        return doc
    heads, deps = _tree_of(doc)
    for show, taken, picture in joined:
        heads[show.i], deps[show.i] = (show.i, "ROOT") if taken.dep_ == "ROOT" \
            else (taken.head.i, taken.dep_)
        for c in taken.children:
            if c.i > show.i:
                heads[c.i] = show.i
        todo.append((show, taken, picture))
    for show, taken, picture in todo:
        heads[picture.i], deps[picture.i] = show.i, "nsubj"
        heads[taken.i], deps[taken.i] = picture.i, "acl"
        taken.tag_ = "VBN"
    return _set_acyclic_tree(doc, heads, deps)



def _taken_picture(show: Token, taken: Token) -> Token | None:
    """The picture a past form of taking it has as subject, where ``show`` is a verb of
    showing with no subject of its own and ``taken`` has no auxiliary ("images taken
    ... show"): the picture the parse kept from the showing verb; else None."""
    if show.lemma_.lower() not in _SHOWING or show.pos_ != "VERB" \
            or taken.tag_ not in ("VBD", "VBN") \
            or taken.lemma_.lower() not in lx.PICTURE_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in show.children) \
            or any(c.dep_ in ("aux", "auxpass") for c in taken.children):
        return None
    return next((c for c in taken.children if c.dep_ == "nsubj" and c.i < taken.i
                 and c.lemma_.lower() in lx.SHOWN_EVIDENCE), None)


def _picture_shows(verb: Token) -> bool:
    """"Satellite images show a collapsed silo": what a picture shows is told in the
    present, no habit (rule ``claim.picture_shows``)."""
    return verb.lemma_.lower() in _SHOWING and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.SHOWN_EVIDENCE for c in verb.children)


def _dateline_dash(doc: Doc) -> Token | None:
    """The dash that ends the dateline opening the copy ("GOMA, Congo —"), or None when
    there is none or a verb comes before it (a sentence, no dateline)."""
    dash = next((t for t in doc[: lx.DATELINE_SPAN] if dateline_end(t) or spaced_dash(t)),
                None)
    if dash is None or any(t.pos_ in ("VERB", "AUX") for t in doc[: dash.i]):
        return None
    return dash


def datelines_taken_for_roots(doc: Doc) -> Doc:
    """A parse repair: "GOMA, Congo — The drone, rebel spokesman Lawrence Mbala said, hit
    a health centre" parsed with the dateline's town the sentence's root and the story's
    verb hung on it as a clause of the town ("hit" a clause of "GOMA"). When the word of
    the dateline that opens the copy is the root and a verb after the dateline's dash
    with a subject of its own hangs on a word of the dateline, that verb is the root and
    the dateline hangs on it (rule ``parse.dateline_root``), as the parse makes "GOMA,
    Congo — A drone hit a health centre"."""
    dash = _dateline_dash(doc)
    if dash is None:
        return doc
    root = doc[0].sent.root
    if root.i >= dash.i or not in_dateline(root):
        return doc
    verb = next((t for t in doc[dash.i + 1 : root.sent.end] if t.head.i < dash.i
                 and t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP")
                 and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > dash.i
                         for c in t.children)), None)
    if verb is None:
        return doc
    heads, deps = _tree_of(doc)
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[root.i], deps[root.i] = verb.i, "npadvmod"
    for t in doc[dash.i + 1 : root.sent.end]:
        if t.head.i == root.i and t.i != verb.i and t.is_punct:
            heads[t.i] = verb.i  # (the full stop the parse hung on the town)
    return _set_acyclic_tree(doc, heads, deps)


def dateline_subjects(doc: Doc) -> Doc:
    """A parse repair: "IRBIL, Iraq (AP) — A dozen ballistic missiles slammed into a
    residential part of Irbil", "KHARTOUM, Sept. 19 (Xinhua) -- More than 75 civilians
    were killed": the small model makes the dateline's place the subject of the story's
    first verb and hangs the copy's real subject on it as an apposition, so the verb has
    no subject of its own. When a word of the dateline that opens the copy is the subject
    of a verb after the dateline's dash and that verb has no other subject, the noun
    after the dash joined to the dateline word (an apposition or a conjunct) is the
    verb's subject. The dateline keeps its own reading (it is never a speaker)."""
    dash = _dateline_dash(doc)
    if dash is None:
        return doc
    todo = []
    for place in doc[: dash.i]:
        verb = place.head
        if place.dep_ not in ("nsubj", "nsubjpass") or verb.i <= dash.i \
                or not in_dateline(place) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.i > dash.i
                       for c in verb.children):
            continue
        noun = next((c for c in place.children if c.dep_ in ("appos", "conj")
                     and dash.i < c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if noun is not None:
            todo.append((place, verb, noun))
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for place, verb, noun in todo:
        heads[noun.i], deps[noun.i] = verb.i, deps[place.i]
    return _set_tree(doc, heads, deps)


_CONTRASTING = frozenset(["while", "whereas"])


def second_speakers_clause(doc: Doc) -> Doc:
    """A parse repair for a garden path of the small model: "Serbian police said they
    had destroyed a stronghold, while ethnic Albanian groups said dozens of members of a
    family had been killed when police shelled their homes" parsed with "had been
    killed" as a second clause of the first "said" and "dozens" as the object of the
    second. When a root reporting verb has a clausal complement after a second reporting
    verb of its sentence, brought in by "while" or "whereas", that has a subject and no
    clause of its own, the complement is the second speaker's (and a noun object of the
    second verb right before it, the complement's own subject when it has none)."""
    todo = []
    for i in _with_dep(doc, "ROOT", lemmas=_REPORTING_LEMMAS):
        root = doc[i]
        if not _is_report(root):
            continue
        told = [c for c in root.children if c.dep_ == "ccomp" and c.i > root.i]
        if len(told) < 2:
            continue
        for second in root.subtree:
            if second.i <= told[0].i or second.dep_ != "advcl" or not _is_report(second) \
                    or not any(c.dep_ == "mark" and c.lower_ in _CONTRASTING
                               for c in second.children) \
                    or not any(c.dep_ == "nsubj" for c in second.children) \
                    or any(c.dep_ in ("ccomp", "xcomp") for c in second.children):
                continue
            clause = next((c for c in told if c.i > second.i), None)
            if clause is not None and told[0].i < second.i:
                todo.append((second, clause))
                break
    if not todo:
        return doc
    heads, deps = _tree_of(doc)
    for second, clause in todo:
        heads[clause.i] = second.i
        subject = next((c for c in second.children if c.dep_ == "dobj"
                        and c.right_edge.i < clause.i), None)
        if subject is not None and not any(c.dep_ in ("nsubj", "nsubjpass")
                                           for c in clause.children):
            heads[subject.i] = clause.i
            deps[subject.i] = "nsubjpass" if any(c.dep_ == "auxpass"
                                                 for c in clause.children) else "nsubj"
    return _set_tree(doc, heads, deps)


def _tree_of(doc: Doc) -> tuple[list[int], list[str]]:
    """The doc's heads and relations, for a repair to change and :func:`_set_tree` to
    write (the phrases read before the tree changes are forgotten)."""
    DOC_MEMO.forget(doc)
    return [t.head.i for t in doc], [t.dep_ for t in doc]


def _trailing_reports(doc: Doc) -> list[int]:
    """The indices of the doc's reporting verbs the parse hung on another clause as a
    parataxis ("..., the army said"), off its arrays (no Token built)."""
    return _with_dep(doc, "parataxis", lemmas=_REPORT_LEMMAS)


def _with_dep(doc: Doc, *deps: str, tags: tuple[str, ...] | None = None,
              pos: tuple[str, ...] | None = None, lowers: frozenset[str] | None = None,
              lemmas: frozenset[str] | None = None) -> list[int]:
    """The indices of the doc's tokens with one of these relations, off its arrays (a
    Token is built only for those). ``tags``, ``pos``, ``lowers`` (words in lower case)
    and ``lemmas`` (lemmas in lower case), when given, keep only the tokens that also
    hold one of them: the first test a repair makes of each token, made on the doc's
    columns (the repair still makes it; the others are passed by unbuilt)."""
    # (off the doc's index of relations, made once: no pass over its array per call)
    strings = doc.vocab.strings
    out: list[int] = list(positions_of(doc, DEP, strings[deps[0]])) if len(deps) == 1 \
        else sorted({i for dep in deps for i in positions_of(doc, DEP, strings[dep])})
    if tags is not None and out:
        column, codes = doc_column(doc, TAG), word_codes(tags)
        out = [i for i in out if column[i] in codes]
    if pos is not None and out:
        column, codes = doc_column(doc, POS), _pos_codes(pos)
        out = [i for i in out if column[i] in codes]
    if lowers is not None and out:
        column, codes = doc_column(doc, LOWER), word_codes(lowers)
        out = [i for i in out if column[i] in codes]
    if lemmas is not None and out:
        low = lower_lemmas(doc)
        out = [i for i in out if low[i] in lemmas]
    return out


# the words and tags of the repairs' first tests, for :func:`_with_dep`
_REPORT_LEMMAS = frozenset(lx.REPORT_VERBS)
_BUT = frozenset(["but"])
_BE = frozenset(["be"])
_CLAUSE_TAGS = ("VBG", "VBD", "VBN")  # (a clause's verb a repair reads as a participle)

_POS_CODES: dict[tuple[str, ...], frozenset[int]] = {}


def _pos_codes(pos: tuple[str, ...]) -> frozenset[int]:
    """The part-of-speech ids of ``pos``, the numbers a doc's POS column holds."""
    codes = _POS_CODES.get(pos)
    if codes is None:
        codes = _POS_CODES[pos] = frozenset(parts_of_speech.IDS[p] for p in pos)
    return codes


def _roots(doc: Doc) -> list[int]:
    """The indices of the doc's sentence roots, off its arrays (no Token built)."""
    return numpy.flatnonzero(doc_array(doc, DEP) == doc.vocab.strings["ROOT"]).tolist()


def _set_tree(doc: Doc, heads: list[int], deps: list[str]) -> Doc:
    """Write a repaired tree: the whole tree at once (one head at a time could pass
    through a cycle)."""
    tree = numpy.empty((len(doc), 2), dtype="uint64")
    tree[:, 0] = numpy.array([h - i for i, h in enumerate(heads)], dtype="int64").astype("uint64")
    tree[:, 1] = numpy.array([doc.vocab.strings.add(d) for d in deps], dtype="uint64")
    doc.from_array([HEAD, DEP], tree)
    DOC_MEMO.forget(doc)  # (the sentences too may have moved)
    return doc


def _set_acyclic_tree(doc: Doc, heads: list[int], deps: list[str]) -> Doc:
    """:func:`_set_tree`, unless the edits made a cycle (never a tree spaCy would
    reject): then the parse stays as it was and the repair is not made."""
    if not _acyclic(heads):
        return doc
    return _set_tree(doc, heads, deps)


def _hashes(strings: StringStore, words: Iterable[str]) -> frozenset[int]:
    return frozenset(strings.add(w) for w in words)


# verbs by which evidence tells (reporting verbs only with a teller as subject), and the
# sites that bear the marks told of, but tell nothing themselves
_SIGN_VERBS = frozenset(["show", "indicate", "suggest"])
_SITE_NOUNS = lx.CIVILIAN_SITE_WORDS | lx.MILITARY_WORDS | lx.INFRASTRUCTURE_WORDS


# reporting verbs that also declare an act, not an account ("declared three days of
# mourning", "announced a curfew", "declared a state of emergency")
_DECLARE_VERBS = frozenset(["declare", "announce"])
_DECLARED_STATES = frozenset(["mourning", "emergency", "curfew", "holiday", "lockdown", "truce",
                              "ceasefire", "law"])


# "dismissed 27 officers", "sacked the commander": a verb of denial whose object is staff
_DISMISS_VERBS = frozenset(["dismiss", "reject"])
_STAFF_NOUNS = frozenset(["officer", "soldier", "official", "commander", "general", "chief",
                          "minister", "policeman", "agent", "staff", "employee", "head",
                          "director", "governor", "member", "troop"])


# what a party posts when it says something: a message, not lookouts on a roof
_POSTED_THINGS = frozenset(["statement", "message", "video", "footage", "photo", "photograph",
                            "picture", "image", "clip", "update", "note", "letter", "post",
                            "tweet", "comment", "claim", "list", "map", "recording", "audio",
                            "notice", "communique", "bulletin", "report", "text", "thread"])


_STATIONED_AT = frozenset(["in", "at", "to", "with", "near", "outside", "inside", "along",
                           "around"])


_ASSAILANTS_TRIED = "use.assailants_tried"
_CHARGED_AT = frozenset(["at", "toward", "towards", "into", "through", "across", "down"])


def _speaks_for_both_sides(report: Token) -> bool:
    """The reporting verb's subject is the speakers of every side: "officials on both
    sides said", "sources from both sides told"."""
    subj = _subject(report)
    return subj is not None and any(
        p.dep_ == "prep" and p.lower_ in ("on", "from", "of") and any(
            o.dep_ == "pobj" and o.lemma_.lower() == "side"
            and any(d.lower_ in ("both", "either", "all") for d in o.children)
            for o in p.children)
        for p in subj.children)


def _is_report(tok: Token) -> bool:
    if tok.lemma_.lower() not in _REPORTING_LEMMAS:
        return False  # (most words: none of the tests of :func:`_reports` can hold)
    return _reports(tok)


@per_token
def _reports(tok: Token) -> bool:
    """:func:`_is_report` of a word whose lemma may report, once per document and word
    (the claim rules ask a verb on many paths whether it reports)."""
    lemma = tok.lemma_.lower()
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life"
                                for c in tok.children):
        return False  # "the bombardment claimed the lives of 20 civilians": a toll
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("for", "on", "off")
                               for c in tok.children):
        return False  # "marched to call for a ceasefire": a demand, not an account
    if lemma == "charge" and any(c.dep_ == "prep" and c.lower_ in _CHARGED_AT
                                 for c in tok.children):
        return False  # "the strikers charged at the police line": a rush, not an accusation
    if lemma in _SIGN_VERBS and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in _SITE_NOUNS or c.lower_ in _SITE_NOUNS)
            for c in tok.children):
        return False  # "the school showed no sign of an air strike": a site tells nothing
    if lemma == "post" and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children) \
            and any(c.dep_ == "prep" and c.lower_ in _STATIONED_AT for c in tok.children):
        # "an Intelligence Bureau employee posted in Hyderabad", "sentries posted near the
        # ministry": stationed
        return False
    if lemma == "post" and any(c.dep_ == "dobj" and c.lemma_.lower() not in _POSTED_THINGS
                               for c in tok.children):
        return False  # "the gang had posted lookouts on the roof": placed, not said
    if lemma == "maintain" and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) \
            and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        # rule ``speaker.maintained_held``: "has maintained two garrisons in the hills":
        # kept, not said ("maintained that its jets hit only depots" says)
        return False
    if lemma in _SEEING_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lower_ in _ONLOOKERS for c in tok.children) and any(
            c.dep_ == "dobj" and c.lower_ in lx.WRECKAGE_WORDS for c in tok.children):
        # rule ``speaker.onlooker``: what is left of a site a reporter or a witness saw
        # there is their account ("a Reuters reporter saw the remains of a bakery"; not
        # "the war has seen ...", whose subject sees nothing, nor "witnesses saw jets",
        # which tells no site)
        return True
    if lemma in _FINDING_VERBS and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) \
            and any(c.dep_ == "dobj" and not any(g.dep_ in ("acl", "ccomp", "relcl")
                                                 for g in c.children)
                    for c in tok.children):
        return False  # "the soldiers found no weapons and killed farmers": a thing found
    if lemma in _DECLARE_VERBS and any(
            c.dep_ == "dobj" and any(w.lemma_.lower() in _DECLARED_STATES for w in c.subtree)
            for c in tok.children):
        return False  # "Sumy declared three days of mourning after the attack": an act
    if lemma in _DISMISS_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _STAFF_NOUNS for c in tok.children):
        return False  # "Colombia dismissed 27 army officers over the killings": a sacking
    if lemma in lx.REPORT_VERBS and tok.pos_ in ("VERB", "AUX"):
        return True
    if lemma == "identify" and tok.pos_ == "VERB" \
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) \
            and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _IDENTIFIED_DEAD
                    for c in tok.children):
        # rule ``speaker.identified_dead``: "relatives identified the dead as three
        # brothers", "the dead were identified by relatives as ...": who the dead were,
        # in the words of those who named them (not "identified the targets", nor a verb
        # of naming people in general)
        return True
    if lemma in _GIVE_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _TOLD_ACCOUNTS and c.tag_ == "NN"
            and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
            for c in tok.children):
        # "relatives gave a different account", "painted another picture" (not "offered
        # conflicting versions of the clash", which tells whose accounts follow)
        return True
    if lemma in _STAND_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("by", "to") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _ACCOUNT_WORDS for p in c.children)
            for c in tok.children):
        return True  # "the government stood by the army's account that troops attacked X"
    if lemma == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _VIEW_NOUNS
                             for c in tok.children) and any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                      for m in c.children) for c in tok.children):
        return True  # "its initial assessment was that militants were killed"
    if toll_statement(tok):
        return True  # "the ministry put the toll at 12": its account, as if it said so
    if lemma in lx.MOURN_VERBS and tok.pos_ == "VERB":
        return True  # "the group mourned two of its members": the mourner tells who died
    return lemma in lx.CONCERN_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx.CONCERN_NOUNS for c in tok.children
    )


# what a body concluded, told as what it is: "its initial assessment was that ..."
_VIEW_NOUNS = frozenset(["assessment", "conclusion", "finding", "view", "position",
                         "understanding", "estimate", "belief",
                         # "the army's account was that the dead were insurgents"
                         "version", "account", "explanation"])
# "stood by its account", "stuck to its version": the subject tells the account as its own
_STAND_VERBS = frozenset(["stand", "stick"])
_ACCOUNT_WORDS = frozenset(["account", "version", "statement", "claim", "explanation",
                            "assertion", "finding", "story"])


# verbs that tell an account as their object: "gave a different account", "offered another
# version", "painted a different picture"
_GIVE_VERBS = frozenset(["give", "offer", "provide", "present", "paint"])
# what an eyewitness at the site does, and who is one: "an AFP reporter who reached the
# site saw the charred remains of a furniture workshop"
_SEEING_VERBS = frozenset(["see", "witness", "observe"])
_ONLOOKERS = frozenset(["reporter", "reporters", "journalist", "journalists", "correspondent",
                        "correspondents", "photographer", "photographers", "cameraman",
                        "witness", "witnesses", "team", "investigator", "investigators",
                        "inspector", "inspectors", "monitor", "monitors", "observer",
                        "observers"])
_TOLD_ACCOUNTS = frozenset(["account", "version", "story", "picture"])
# the dead named by those who identified them ("identified the dead as farmers")
_IDENTIFIED_DEAD = lx.REMAINS_WORDS | frozenset(["them", "him", "her"])
# the lemmas :func:`_is_report` can say yes to: a reporting verb, a verb that gives or
# stands by an account, a copula of a view, a verb that gives a toll, one of mourning or
# concern, and "identify" of the dead
_REPORTING_LEMMAS = frozenset(lx.REPORT_VERBS) | _GIVE_VERBS | _STAND_VERBS \
    | {"be", "identify"} | lx.TOLL_VERBS | lx.MOURN_VERBS | lx.CONCERN_VERBS | _SEEING_VERBS


def _told_account(noun: Token) -> bool:
    """An account noun a speaker gives or tells as its own ("neighbours told another
    story: that the youths were defenceless", "gave an account that ..."): its clause is
    the speaker's word, not hearsay of an owner the text does not name."""
    verb = noun.head
    return noun.dep_ == "dobj" and noun.lemma_.lower() in _TOLD_ACCOUNTS \
        and verb.pos_ == "VERB" and verb.lemma_.lower() in (_GIVE_VERBS | {"tell"}) \
        and _subject(verb) is not None


# "the rescue service, known as the White Helmets, said": a name given, no "even as"
_NAMING_VERBS = frozenset(["know", "call", "dub", "name", "nickname", "style", "brand"])


def _path_to_report(tok: Token) -> list[Token]:
    """Ancestors of ``tok`` up to and including the nearest reporting verb that has a
    speaker; when there is none, up to the root, plus a reporting verb hanging off the
    root ("..., the spokesman said")."""
    path: list[Token] = [tok]
    node = tok
    head = node.head  # (each step's head read once)
    while head.i != node.i:
        child, node = node, head
        reports = _is_report(node)
        if reports and not _governs(node, child):
            # "the army said ..., and jets struck ...": a clause joined to the reporting
            # verb, or one it is subordinate to, is not in the speaker's words
            return path
        path.append(node)
        subj = _subject(node) if reports else None
        if subj is not None and subj.dep_ == "pobj" and subj.head.lower_ == "as" \
                and tok.i < subj.i and subj.head.head.lemma_.lower() not in _NAMING_VERBS:
            # "defended the operation against Maoists, even as a team said ...": the
            # words before the stranded speaker are not in the team's account
            return [tok]
        if subj is not None and not _evidence_told(node):
            return path
        head = node.head
    root = node
    for child in root.children:
        # "dep": "The strike hit a post, said a statement from the SDF", unattached
        if child.dep_ in ("parataxis", "ccomp", "advcl", "conj", "dep") and _is_report(child) \
                and _subject(child) is not None \
                and (child.i > tok.i or _aside(child) or _colon_account(child, tok)) \
                and _governs(child, root):
            return [*path, child]
    for k, above in enumerate(path[:-1]):
        # "... when, they said, a jet dropped bombs on the crowd", "It had been, he said,
        # directed at a meeting": an aside set off by commas inside the clause speaks for
        # it, on whichever of its words the parse hung it
        for child in above.children:
            if child.dep_ == "parataxis" and _aside(child) and _is_report(child) \
                    and _subject(child) is not None and child.i < tok.i:
                return [*path[: k + 1], child]
    for child in root.children:
        # '"...," a neighbour who gave his name as Karim told AFP': the parse hangs the
        # reporting verb on the clause that gives the speaker's name
        if child.i > tok.i and child.pos_ in ("NOUN", "PROPN") \
                and any(_is_closing_quote(t) for t in tok.doc[tok.i : child.i]):
            verb = _name_giving_report(child)
            if verb is not None:
                return [*path, verb]
    closer = _quote_closer(root)
    return [*path, closer] if closer is not None else path


def _name_giver(verb: Token) -> Token | None:
    """The person a misparsed name-giving clause is about: "a neighbour who gave his name
    as Karim told AFP" (the parse: "as Karim told AFP", a clause of "gave" with "Karim" as
    its subject) gives the neighbour; the verb's subject, the name he gave, speaks."""
    rel = verb.head
    if verb.dep_ != "advcl" or rel.dep_ != "relcl" \
            or not any(m.dep_ == "mark" and m.lower_ == "as" for m in verb.children):
        return None
    if not any(c.dep_ == "dobj" and (c.lemma_.lower() == "name" or c.lower_ in _REFLEXIVES)
               for c in rel.children):
        return None
    return rel.head if rel.head.pos_ in ("NOUN", "PROPN") else None


_REFLEXIVES = frozenset(["himself", "herself", "themselves"])


def _name_giving_report(noun: Token) -> Token | None:
    """The reporting verb the parse hung on a relative clause of ``noun`` that gives its
    name ("a neighbour who gave his name as Karim told AFP", "a man who identified
    himself as Ali said")."""
    for rel in noun.children:
        if rel.dep_ != "relcl":
            continue
        for verb in rel.children:
            giver = _name_giver(verb)
            if _is_report(verb) and giver is not None and giver.i == noun.i:
                return verb
    return None


_DECLINE_VERBS = frozenset(["refuse", "decline"])


_KNOWLEDGE_NOUNS = frozenset(["information", "evidence", "indication", "confirmation", "word",
                              "knowledge", "report", "reports"])


# what a search turns up, and the verbs of searching: "found no evidence that ..." is the
# finder's denial of it (negated by modifier ``neg.no_sign_that``), not a lack of word
_FINDINGS = frozenset(["evidence", "indication", "sign", "trace", "proof"])
_FINDING_VERBS = frozenset(["find", "see", "uncover", "discover", "reveal", "show"])


def _no_knowledge(inner: list[Token], presence: bool = False) -> bool:
    """The clause is what a speaker says it has no word of: "the ministry had no
    information about civilians being killed", "no reports of casualties" (the
    knowledge noun with "no" on the way up, or the verb that has it negated).
    ``presence``: the clause tells who was at a site; "no indication that Hamas was
    present in the building" then denies it, as a finding does."""
    for node in inner[1:]:
        if node.lemma_.lower() in _FINDINGS and (
                presence or node.head.lemma_.lower() in _FINDING_VERBS):
            continue  # "found no evidence that fighters were there": a finding, denied
        if node.pos_ == "NOUN" and node.lemma_.lower() in _KNOWLEDGE_NOUNS and (
                any(c.dep_ == "det" and c.lower_ == "no" for c in node.children)
                or any(c.dep_ == "neg" for c in node.head.children)):
            return True
    return False


def _rebutter(report: Token) -> Token | None:
    """Who a clause set beside the report denies it: "..., Amnesty said, an account the
    army dismissed as fake news", "a claim Moscow denied", "an accusation the militia
    rejected": the subject of the denying clause on the account noun."""
    nouns = lower_lemma_positions(report.doc, _REBUTTED_NOUNS)
    if not nouns or nouns[-1] < report.i:
        return None  # (no account noun at or after the report: none of the tests can hold)
    for holder in (report, report.head):
        for noun in holder.children:
            if noun.dep_ not in ("npadvmod", "appos", "dobj", "attr", "oprd") \
                    or noun.lemma_.lower() not in _REBUTTED_NOUNS or noun.i < report.i:
                continue
            subj = _denial_on(noun)
            if subj is not None:
                return subj
    # "the group said its fighters had destroyed two tanks, a claim the army denied": the
    # parse hangs the account noun on the last word of what was said, after a comma
    for noun in report.subtree:
        if noun.i > report.i and noun.dep_ in ("appos", "npadvmod") \
                and noun.lemma_.lower() in _REBUTTED_NOUNS and _after_comma(noun):
            subj = _denial_on(noun)
            if subj is not None:
                return subj
    return None


def _denial_on(noun: Token) -> Token | None:
    """Who denies the account ``noun`` in a relative clause on it ("a claim Moscow
    denied": Moscow)."""
    return next((subj for verb in noun.children if verb.dep_ == "relcl"
                 for subj in [_denying_subject(verb)] if subj is not None), None)


def _after_comma(noun: Token) -> bool:
    """The phrase of ``noun`` follows a comma ("..., a claim the army denied")."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == ","


def _denying_subject(verb: Token) -> Token | None:
    """Who denies with ``verb``, a verb of denial ("denied", "dismissed", "rejected"): its
    subject, not a relative pronoun ("a claim which the army denied": the army)."""
    if lx.REPORT_VERBS.get(verb.lemma_.lower()) != "denies":
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj"
                and c.lower_ not in ("which", "that", "who")), None)
    if own is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # rule ``party.denier_shared``: "the army said a shell hit two homes and rejected
        # Velt claims that rebel camps were struck": the subject the
        # joined verb shares; where the parse joins it to the reported clause, whose
        # subject is no speaker, the reporting verb's
        head = verb.head
        if head.dep_ == "ccomp" and _is_report(head.head):
            own = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        else:
            own = next((c for c in head.children if c.dep_ == "nsubj"
                        and c.lower_ not in ("which", "that", "who")), None)
    return own


def _disowned(noun: Token) -> bool:
    """Rule ``blame.nothing_to_do_with``: "it had nothing to do with the raid", "it had not
    been involved in the shelling": the speaker disowns the strike, a bare denial of
    blame, as "denied involvement in the raid" is (not "had everything to do with", nor
    "had been involved in the raid")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if prep.lower_ == "with" and verb.lemma_.lower() == "do" and verb.dep_ == "relcl":
        return verb.head.lower_ == "nothing"
    return prep.lower_ == "in" and verb.lemma_.lower() == "involve" \
        and any(c.dep_ == "neg" for c in verb.children)


def _denier(noun: Token) -> Token | None:
    """Who denies an owned claim the account comes from: "the port authority denied a
    claim by the front that it had hit the terminal", "the charity rejected claims by
    officials that fighters were in its clinic": the subject of the denying verb whose
    object the claim is (rule ``party.denier``). Not "confirmed the claims", nor "did
    not deny"."""
    verb = noun.head
    if noun.dep_ != "dobj" or _unsaid(verb):
        return None
    return _denying_subject(verb)


def _doer_possessed(tok: Token) -> bool:
    """The strike's doer is named only by a possessive pronoun: "its jets bombed", "the
    school was hit by their drones"."""
    for c in tok.children:
        if c.dep_ == "agent":
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        elif c.dep_ != "nsubj":
            continue
        if any(g.dep_ == "poss" and g.lower_ in ("its", "their") for g in c.children):
            return True
    return False


# what a denying clause beside a report calls the report
_REBUTTED_NOUNS = frozenset(["account", "claim", "charge", "accusation", "allegation",
                             "report", "version", "assertion", "statement"])


def _unsaid(report: Token) -> bool:
    """A reporting verb that says nothing: "did not say whether ...", "did not confirm or
    deny the strikes", "neither confirmed nor denied", "refused to deny the strikes"."""
    verbs = [report]
    if report.dep_ == "conj" and _is_report(report.head):
        verbs.append(report.head)  # "did not confirm or deny": the "not" is on the first
    for verb in verbs:
        if any(c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither")
               for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DECLINE_VERBS:
            return True
    return False


def _evidence_told(report: Token) -> bool:
    """"The footage shows that militants were targeted, the commander said": a picture or
    a finding that "shows" something inside a speaker's words is the speaker's evidence,
    and the speaker's account (not the footage's, which is no party). Alone ("Satellite
    images show the depot burning") it stays as it is."""
    subj = _subject(report)
    if subj is None or subj.lemma_.lower() not in lx.EVIDENCE_NOUNS:
        return False
    node = report
    while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
        node = node.head
        if _is_report(node) and _subject(node) is not None:
            return True
    return any(c.dep_ in ("parataxis", "ccomp", "advcl", "dep") and _is_report(c)
               and c.i > report.i and _subject(c) is not None for c in node.children)


def _aside(report: Token) -> bool:
    """"Instead, a US military official said, the strike hit a building": a parenthetical
    report set off by commas before the clause it speaks for."""
    if report.dep_ != "parataxis":
        return False
    end = max(t.i for t in report.subtree)
    doc = report.doc
    return (end + 1 < len(doc) and doc[end + 1].text == ",") or doc[end].text == ","


def _colon_account(report: Token, tok: Token) -> bool:
    """"Neighbours tell another story: the youths were gunned down as they knelt": a
    reporting verb whose object is an account, closed by a colon or a dash before the
    clause it speaks for (the parse hangs the verb off the clause after the colon)."""
    account = next((c for c in report.children if c.dep_ == "dobj"
                    and c.lemma_.lower() in _COLON_ACCOUNTS), None)
    if account is None:
        return False
    end = max(t.i for t in account.subtree)
    doc = report.doc
    return end + 1 < tok.i and doc[end + 1].text in _COLON_MARKS


# what a party tells before a colon that opens its content
_COLON_ACCOUNTS = _ACCOUNT_WORDS | _TOLD_ACCOUNTS | frozenset(["scene", "tale"])
_COLON_MARKS = frozenset([":", "—", "–"])


def _is_quote(tok: Token) -> bool:
    return tok.text in lx.OPENING_QUOTES or tok.text in lx.CLOSING_QUOTES \
        or tok.tag_ in ("``", "''")


# :func:`_is_quote` as hashes of a token's text and tag, sorted for :func:`among`
_QUOTE_TEXTS = numpy.array(sorted({get_string_id(w)
                                   for w in lx.OPENING_QUOTES | lx.CLOSING_QUOTES}),
                           dtype=numpy.uint64)
_QUOTE_TAGS = numpy.array(sorted({get_string_id(w) for w in ("``", "''")}), dtype=numpy.uint64)


def _quote_marks(doc: Doc, start: int, end: int, words_only: bool = False) -> list[int]:
    """Indices of the quote marks (:func:`_is_quote`) in ``doc[start:end]``, off the
    doc's marks found once (the quotation rules count a sentence's marks, and its
    neighbours', for each clause they read); ``words_only``: not a space token."""
    marks = DOC_MEMO.get(doc, "quote marks", _find_quote_marks, doc)
    found = marks[bisect.bisect_left(marks, start) : bisect.bisect_left(marks, end)]
    return [i for i in found if not doc[i].is_space] if words_only else found


def _find_quote_marks(doc: Doc) -> list[int]:
    """Indices of the doc's quote marks, off its arrays of words and tags."""
    return numpy.flatnonzero(among(doc_array(doc, ORTH), _QUOTE_TEXTS)  # type: ignore[no-any-return]
                             | among(doc_array(doc, TAG), _QUOTE_TAGS)).tolist()


def _first_word(sent: Span) -> int | None:
    """Index of the first token of ``sent`` that is no space, if any."""
    return next((i for i in range(sent.start, sent.end) if not sent.doc[i].is_space), None)


def _last_word(sent: Span) -> int | None:
    """Index of the last token of ``sent`` that is no space, if any."""
    return next((i for i in range(sent.end - 1, sent.start - 1, -1)
                 if not sent.doc[i].is_space), None)


def _is_closing_quote(tok: Token) -> bool:
    """A quote mark that closes a quotation (a straight one the tagger says closes)."""
    return tok.tag_ == "''" or tok.text in lx.CLOSING_QUOTES


@per_token
def _quote_closer(root: Token) -> Token | None:
    """The reporting verb of a quotation of several sentences: '"They were farmers, not
    fighters. The field is a farm," said an elder' gives the first sentence, which opens
    the quote and leaves it open, to the elder; a sentence between the one that opens the
    quote and the one that closes it is the elder's too. The quote must open at the start
    of a sentence and close within the next three, right before a reporting verb that has
    a subject, or before the speaker and his verb ('," a tribal elder told Reuters'); a
    sentence that opens a new quote first stops the search. A quote with no verb of its
    own after it, right after a sentence that ends in an attribution, goes on in that
    speaker's words: '"We had nothing," said a spokesman. "They burned the market."'."""
    sent = sent_of(root)
    doc = root.doc
    # (the sentence's words, spaces left out, read as indices: its first and last word
    # and its quote marks)
    first, last = _first_word(sent), _last_word(sent)
    if first is None or last is None:
        return None
    marks = _quote_marks(doc, sent.start, sent.end, words_only=True)
    opens = bool(marks) and marks[0] == first and len(marks) % 2 == 1
    opener = sent if opens else None
    if not opens and not marks:
        opener = _quote_opener(sent)
    if opener is None:
        # (a whole quote has two marks: most sentences have none, and are not read again)
        if len(marks) == 2 and _whole_quote(sent):
            return _attributed_before(sent)
        if len(marks) == 1 and marks[0] >= last - 1 \
                and not any(_is_report(t) for t in sent if not t.is_space):
            # the last sentence of a quote that closes with no verb after it
            earlier = _quote_opener(sent)
            return _attributed_before(earlier) if earlier is not None else None
        return None
    end = sent.end
    for _ in range(3):
        if end >= len(doc):
            return None
        nxt = sent_of(doc[end])
        quotes = _quote_marks(doc, nxt.start, nxt.end)
        if quotes:
            close = doc[quotes[0]]
            if close.i == nxt.start and len(quotes) > 1:
                return None  # a new quotation opens
            verb = _attribution(close, nxt.end)
            if verb is None and close.i >= nxt.end - 2:
                return _attributed_before(opener)  # closed with no verb after it
            return verb
        end = nxt.end
    return None


def _whole_quote(sent: Span) -> bool:
    """A sentence that is one quotation, mark to mark, with no reporting verb in it."""
    marks = _quote_marks(sent.doc, sent.start, sent.end, words_only=True)
    last = _last_word(sent)
    return len(marks) == 2 and marks[0] == _first_word(sent) and last is not None \
        and marks[-1] >= last - 1 and not any(_is_report(t) for t in sent if not t.is_space)


def _attributed_before(sent: Span) -> Token | None:
    """The reporting verb of the sentence before ``sent`` (same paragraph), when that
    sentence ends in a quote's attribution ('"We had nothing," said Adam Yahya, a
    spokesman.'): the speaker goes on in the quote that follows."""
    doc = sent.doc
    if sent.start == 0 or _breaks(doc[sent.start - 1]):
        return None
    before = sent_of(doc[sent.start - 1])
    close = next((t for t in reversed(before) if _is_closing_quote(t)), None)
    if close is None:
        return None
    verb = _attribution(close, before.end)
    if verb is None:
        return None
    # nothing after the speaker but where and when he said it, no clause of his own
    told = {t.i for t in verb.subtree}
    if not all(t.i in told or t.is_punct or t.is_space for t in doc[close.i + 1 : before.end]):
        return None
    return verb


# tokens from a closing quote to its reporting verb ('," Major Arno Velt, who speaks for the
# Northland air force, said': 13)
_ATTRIBUTION_SPAN = 20


def _quote_opener(sent: Span) -> Span | None:
    """The sentence, at most two back, that opens at its start the quotation a sentence
    with no quote mark of its own is in: '"They said they were looking for bandits. Where
    are the bandits? ...'."""
    doc = sent.doc
    start = sent.start
    for _ in range(2):
        if start == 0 or _breaks(doc[start - 1]):
            return None  # a quotation opened in another paragraph is another's
        before = sent_of(doc[start - 1])
        marks = _quote_marks(doc, before.start, before.end, words_only=True)
        if marks:
            return before if marks[0] == _first_word(before) and len(marks) % 2 == 1 \
                else None
        start = before.start
    return None


def _speaker_after_quote(verb: Token) -> Token | None:
    """'"... The dead include doctors and nurses," the town's mayor, Karim Haddad, told
    Reuters': the parse made the speaker an object of the quoted verb and left the
    reporting verb with no subject. The one phrase between the closing quote and the verb
    is its speaker."""
    if not _is_report(verb):
        return None
    doc = verb.doc
    close = next((t for t in reversed(doc[max(sent_of(verb).start, verb.i - _ATTRIBUTION_SPAN)
                                          : verb.i]) if _is_closing_quote(t)), None)
    if close is None or _scare_quoted(close):
        return None
    if not doc[close.i - 1].is_punct and not (close.i + 1 < len(doc)
                                              and doc[close.i + 1].text == ","):
        # a quotation its speaker follows ends in a comma or a stop, inside the mark or
        # right after it: 'directed "swift and severe" action ..., adding that'
        # quotes words of the phrase, and the action says nothing
        return None
    between = [t for t in doc[close.i + 1 : verb.i] if not t.is_punct]
    heads = [t for t in between if not close.i < t.head.i < verb.i or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return heads[0]


def _scare_quoted(close: Token) -> bool:
    """The quote ``close`` ends holds a word or two, with no full stop or comma before
    the mark ('its fighters had "liberated" Zamzam'): a term set off, not a quotation
    whose speaker follows."""
    doc = close.doc
    start = next((t.i for t in reversed(doc[max(sent_of(close).start, close.i - 4) : close.i])
                  if _is_quote(t)), None)
    return start is not None and close.i - start <= 3 \
        and not doc[close.i - 1].is_punct


def _attribution(close: Token, end: int) -> Token | None:
    """The reporting verb a closing quote is attributed to: right after it ('," said an
    elder'), or after its speaker ('," a tribal elder told Reuters', '," the town's
    mayor, Karim Haddad, said'), whose subject holds every word between."""
    doc = close.doc
    verb = next((t for t in doc[close.i + 1 : min(close.i + _ATTRIBUTION_SPAN, end)]
                 if _is_report(t)), None)
    subject = _subject(verb) if verb is not None else None
    if verb is None or subject is None:
        return None
    if verb.i <= close.i + 3:
        return verb
    # (and every subject of the verb: the parse may split a name in two, "al" and
    # "Sadig" of '," al-Sadig told Reuters')
    subjects = [subject, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))]
    said_by = {t.i for c in subjects for t in c.subtree}
    between = [t for t in doc[close.i + 1 : verb.i] if not t.is_punct]
    return verb if all(t.i in said_by for t in between) else None


# Subordinators of an adverbial clause: "after the military warned residents", "as the
# army said" (a clause of time, cause or manner is no reporting frame of its head's).
_SUBORDINATORS = frozenset(["after", "before", "when", "while", "as", "since", "because",
                            "until", "once", "although", "though", "if", "whereas"])


def _governs(report: Token, other: Token) -> bool:
    """Does the reporting verb speak for the clause of ``other`` (its dependent on the path,
    or the root it hangs from): a complement, a parenthetical ("..., the army said"), its
    object or a phrase of it? Not for a clause coordinated with it by a conjunction ("struck
    ..., and the military said", "said ..., and jets struck"), nor one that is subordinate
    to the other ("struck ... after the military warned"). A conjunct with no conjunction
    between is the parser's reading of a trailing "..., officials said"."""
    if _before_semicolon(report, other):
        return False
    if other.head.i == report.i and other.dep_ in ("nsubj", "nsubjpass") \
            and _singular(other.lower_, _people_nouns()) is not None \
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != other.i
                        for c in report.children) \
            and not any(t.text in ('"', "“", "”") for t in
                        report.doc[max(other.left_edge.i - 1, 0) : report.i]):
        # rule ``claim.speakers_own_words``: people's own description is not what they
        # say ("Relatives of the three men shot in the raid dismissed ..."; not a body's "its
        # inquiry into the strikes on X found"); a quote the parse made the subject still
        # is the speaker's words
        return False
    first, second = sorted((report, other), key=lambda t: t.i)
    joined = second.dep_ == "conj" and second.head.i == first.i
    if joined and second is other and _shares_subject(other):
        return True
    if joined and second is report and _quoted_conjuncts(first, report):
        return True
    if joined:
        # (an "and" that joins another conjunct, "killed 31 people and wounded 101, ...,
        # the ministry said", does not join the reporting verb)
        others = [c.i for c in first.children if c.dep_ == "conj" and c.i < second.i]
        # (nor one that opens the reporting verb's own clause before it, "killed and 60
        # arrested, and weapons were seized in the camps, the ministry said", where the
        # parse made the last clause the verb's: rule ``claim.trailing_attribution``)
        opens = {k.left_edge.i - 1 for k in report.children
                 if k.dep_ == "ccomp" and first.i < k.i < report.i} if second is report else set()
        return not any(c.dep_ == "cc" and first.i < c.i < second.i
                       and not any(c.i < o for o in others) and c.i not in opens
                       for c in (*first.children, *second.children))
    clause = report if report.head.i == other.i else other
    if clause is report and _as_told_by(report):
        return True  # "..., as reported by the Red Crescent"
    return clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS
                                             for c in clause.children)


def _quoted_conjuncts(first: Token, report: Token) -> bool:
    """Rule ``claim.quote_conjuncts``: a quotation of two clauses joined by "and" that the
    parse joined to the reporting verb after it ('"There was no shelling in the town, and
    our forces fired on no school," he told reporters'): the quote opens before the first
    clause and closes after every "and" between, right before the speaker and his verb,
    so the verb speaks for both. Not a clause outside the quote ("Jets struck the depot,
    and the army said ...")."""
    doc = first.doc
    closers = [t for t in doc[first.i + 1 : report.i]
               if t.tag_ == "''" or (t.text in lx.CLOSING_QUOTES
                                       and t.text not in lx.OPENING_QUOTES)]
    if not closers or any(t.pos_ in ("VERB", "AUX") for t in doc[closers[-1].i + 1 : report.i]):
        return False
    if any(c.dep_ == "cc" and c.i > closers[-1].i for c in report.children):
        return False
    return any(t.tag_ == "``" or (t.text in lx.OPENING_QUOTES and t.text not in lx.CLOSING_QUOTES)
               for t in doc[first.left_edge.i : first.i])


def _shares_subject(verb: Token) -> bool:
    """A verb joined after a reporting verb with no subject of its own that tells no
    strike: the speaker's own further words or acts ("accused the army and allied
    movements of turning the camp into barracks", where the parse took "allied" for a
    verb; "said ... and urged"), not another clause's ("and jets struck")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
        and lemma not in lx.HIT_VERBS and lemma not in lx.STRIKE_VERBS \
        and lemma not in lx.FATE_VERBS


def _inverted_speaker(verb: Token) -> Token | None:
    """"... attacked the federal agents, who repelled the aggression, indicated the
    Commission, which is headed by ...": a reporting verb after a comma, with no subject
    and no clause of its own, whose object the parse made of the speaker after it (a
    name, ending its clause). None otherwise ("..., denied the reports")."""
    doc = verb.doc
    if verb.dep_ not in ("conj", "ccomp", "parataxis") or verb.tag_ not in ("VBD", "VBZ") \
            or verb.head.i > verb.i or verb.i == 0 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("ccomp", "xcomp", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "NORP", "PERSON")):
        return None
    after = obj.right_edge.i + 1
    return obj if after >= len(doc) or doc[after].is_punct else None


def _presented_by(report: Token) -> bool:
    """"who were later reported by the military as rebels", "listed by the army as
    fighters": a passive verb of presenting the dead, with its agent and its "as"."""
    return report.lemma_.lower() in _PRESENTING \
        and any(c.dep_ == "auxpass" for c in report.children) \
        and any(c.dep_ == "agent" for c in report.children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in report.children)


_PRESENTING = frozenset(["report", "list", "present", "portray",
                         # "the dead were identified by relatives as a bus mechanic"
                         "identify", "describe", "characterise", "characterize", "label",
                         "brand", "depict"])


def _as_told_by(report: Token) -> bool:
    """"as reported by X", "as denounced by X": a reporting verb with "as" and its agent."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in report.children) \
        and any(c.dep_ == "agent" for c in report.children)


def _before_semicolon(report: Token, other: Token) -> bool:
    """"Insurgents raid border village; army says it killed fighters": a clause closed by
    a semicolon before a reporting verb that has its own complement after it is not in
    that speaker's words ("A drone hit a school; nine were killed, officials said" still
    is: the verb's complement is the clause before it)."""
    if other.i > report.i or not any(c.dep_ == "ccomp" and c.i > report.i
                                     for c in report.children):
        return False
    return any(t.text == ";" for t in report.doc[other.right_edge.i + 1 : report.i])


_DATELINE_MARKS = frozenset([":", "—", "–", "--"])


def _stranded_after_as(verb: Token) -> Token | None:
    """"..., even as a fact-finding team of the party, his own, said 17 villagers had been
    shot": a finite reporting verb with no subject, right after a noun the parse made the
    object of "as" (the conjunction taken for a preposition), is that noun's."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not _is_report(verb):
        return None
    end = verb.i - 1
    while end >= 0 and verb.doc[end].text == ",":
        end -= 1
    for tok in reversed(verb.doc[max(0, end - 30) : end + 1]):
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.pos_ in ("NOUN", "PROPN") \
                and tok.right_edge.i == end:
            named = tok.head.head
            if named.dep_ == "acl" and named.lemma_.lower() in _NAMING_VERBS:
                return named.head  # "the rescue service, known as the White Helmets, said"
            return tok
    return None


# what tells without speaking: "we had intelligence that said the enemy was using the
# school" is the speaker's, not the intelligence's
_INFORMATION_NOUNS = frozenset(["intelligence", "information", "evidence", "data",
                                "indication", "indications"])


def _joined_participle_speaker(verb: Token) -> Token | None:
    """Rule ``speaker.joined_participle``: "with the force insisting it had stopped
    militants and relatives saying the dead were a shopkeeper and his family": a reporting
    participle with no subject of its own, right after a noun the parse joined by "and" to
    the clause before it, is said by that noun (when it can name somebody)."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "conj" or before.pos_ not in ("NOUN", "PROPN") \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for c in before.head.children) \
            or judge(before, default_rules()).decision != "party":
        return None
    return before


def _quoted_as_saying(verb: Token) -> Token | None:
    """'"Our troops fired only at the armed group," the statement quoted a military
    official as saying': the quote is the clause of "quoted", and the one quoted speaks,
    not the statement or the medium that quotes him."""
    if verb.lemma_.lower() not in ("quote", "cite") or not any(
            c.dep_ == "prep" and c.lower_ == "as"
            and any(g.dep_ == "pcomp" and _is_report(g) for g in c.children)
            for c in verb.children):
        return None
    return next((c for c in verb.children
                 if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


@per_token
def _subject(verb: Token) -> Token | None:
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    subjects = [child for child in verb.children
                if child.dep_ in ("nsubj", "nsubjpass") and not (
                    child.dep_ == "nsubjpass" and verb.lemma_.lower() not in ("quote", "cite"))]
    if len(subjects) > 1 and subjects[0].i < verb.i < subjects[-1].i and any(
            _is_closing_quote(t) for t in verb.doc[subjects[0].i : verb.i]):
        # '"... only people selling goats," said one trader': a word inside the quote the
        # parse made a second subject; the speaker is the one after the verb
        return subjects[-1]
    if len(subjects) > 1 and subjects[-1].i < verb.i and any(
            _is_closing_quote(t) for t in verb.doc[subjects[0].i : subjects[-1].i]):
        # '"The victims were displaced people," Ashraf al-Qidra told Xinhua': a word inside
        # the quote the parse made a subject too; the speaker is the one after the quote
        return subjects[-1]
    if len(subjects) == 2 and subjects[0].pos_ == "ADJ" \
            and subjects[1].left_edge.i == subjects[0].i + 1:
        # "Sudan's paramilitary Rapid Support Forces said": a describing word the parse
        # made a subject of its own before the name it describes
        return subjects[1]
    if _two_titles(subjects, verb):
        return subjects[1]
    if len(subjects) == 1 and (person := _titled_person(subjects[0])) is not None:
        return person
    if len(subjects) == 1 and (own := _aside_they(subjects[0], verb)) is not None:
        return own
    if len(subjects) > 1 and (subjects[0].tag_ in ("WDT", "WP") or (
            subjects[0].lower_ == "that" and verb.dep_ == "relcl")) \
            and subjects[0].i < subjects[1].i < verb.i:
        # "an air strike in Kuru, Kaduna State, which residents said killed 12": the
        # relative pronoun is the subject of the clause reported, the noun after it the
        # speaker (also "a drone strike that rights groups say killed eight children",
        # where the parse tags "that" a conjunction)
        return subjects[1]
    if len(subjects) > 1 and in_dateline(subjects[0]):
        # "UNITED NATIONS, Oct 6 (Reuters) - Russia's U.N. ambassador told the council
        # ...": the dateline's city the parse made a second subject; the speaker is after
        subjects = subjects[1:]
    if len(subjects) > 1 and subjects[0].i + 1 < len(verb.doc) \
            and verb.doc[subjects[0].i + 1].text in _DATELINE_MARKS:
        # "Cairo: More than 100 were killed ..., the news agency said", "Nyala / Khartoum —
        # the group denied ...": the parse made the dateline a second subject; the speaker
        # is the other
        subjects = subjects[1:]
    if len(subjects) == 1 and subjects[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl" \
            and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.head.lemma_.lower() not in _INFORMATION_NOUNS:
        # "rebuked the union and others who claimed farmers were killed", "the union,
        # which claimed that 40 farmers died": the noun the clause is on speaks
        return _who_antecedent(verb.head) if subjects[0].lower_ == "who" else verb.head
    if len(subjects) > 1 and subjects[-1].i < verb.i \
            and subjects[0].lemma_.lower() in lx.ACTION_NOUNS \
            and subjects[-1].right_edge.i + 1 == verb.i \
            and any(t.text == "," for t in
                    verb.doc[subjects[0].right_edge.i : subjects[-1].left_edge.i]):
        # "a strike on the market killed 28 people, the New York-based group said": the
        # strike the parse made a second subject of the trailing "said"; the speaker is
        # the subject just before the verb, after the comma
        return subjects[-1]
    if len(subjects) == 1 and (after := _speaker_after_comma(subjects[0], verb)) is not None:
        return after
    if len(subjects) == 2 and _toll_before_speaker(subjects[0], subjects[1], verb):
        return subjects[1]
    if len(subjects) == 2 and subjects[1].i < verb.i \
            and subjects[1].right_edge.i + 1 == verb.i \
            and judge(subjects[0], default_rules()).decision != "party" \
            and judge(subjects[1], default_rules()).decision == "party":
        # "three men the army said it had killed as infiltrators": the noun a reduced
        # relative clause is on, which the parse made a subject too, is what the clause
        # tells of; the speaker is the subject right before the verb
        return subjects[1]
    if subjects:
        return _past_quote(subjects[0], verb)
    inverted = _inverted_speaker(verb)
    if inverted is not None:
        return inverted
    if _as_told_by(verb) or _presented_by(verb):
        # "..., as reported by the Red Crescent": the agent of "as reported" speaks; so
        # does the agent of "who were later reported by the military as rebels"
        agent = next(c for c in verb.children if c.dep_ == "agent")
        return next((o for o in agent.children if o.dep_ == "pobj"), None)
    joined = _joined_participle_speaker(verb)
    if joined is not None:
        return joined
    quoted = _speaker_after_quote(verb)
    if quoted is not None:
        return quoted
    stranded = _stranded_after_as(verb)
    if stranded is not None:
        return stranded
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" \
            and verb.head.head.lemma_.lower() in ("quote", "cite"):
        # "the newspaper quoted a senior officer as saying ...": the one quoted speaks
        quoted = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        if quoted is not None:
            return quoted
    if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and _is_report(verb):
        # "A jet bombed a gathering, killing 50 people, residents told a radio station":
        # a finite reporting verb the parse hung on the strike has a subject of its own,
        # stranded before it; the strike's subject is no speaker
        stranded = stranded_subject(verb)
        if stranded is not None:
            return stranded
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and _is_report(verb) and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in lx.ACTION_NOUNS
                                   or c.lemma_.lower() in lx.STRIKING_WEAPONS)
            for c in verb.head.children):
        # "a drone strike killed 11 fighters, the police chief, General X, said": the parse
        # hung the speaker on the dead and joined "said" to the strike, which says nothing
        stranded = stranded_subject(verb)
        if stranded is not None:
            return stranded
    # "saying that ..." / "adding that ...": the subject of the verb it hangs from
    if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        head = verb.head
        if (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")) \
                and _is_report(verb) and not _is_report(head) \
                and head.dep_ == "ccomp" and _is_report(head.head):
            # "X said its units were targeting Y, and denied that ...", "the RSF said its
            # fighters had taken the camp, insisting that ...": the parse hung the second
            # reporting verb on the reported clause; it is X's
            head = head.head
        if head.lemma_.lower() == "quote":
            for child in head.children:
                if child.dep_ == "dobj":
                    return child
        origin = _news_origin(head)
        if origin is not None:
            return origin
        titled = [c for c in head.children if c.dep_ == "nsubj"]
        if _two_titles(titled, head):
            return titled[1]
        if verb.dep_ == "advcl" and head.lemma_.lower() in lx.DYING_VERBS \
                and head.dep_ in ("ccomp", "relcl", "advcl") and head.head.pos_ == "VERB":
            # "defended a bombing ... in which one minor died, saying the attack targeted
            # an objective": the dead say nothing; the participle is the one who defended
            # it, the parse hung it on the clause of the dead
            return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        for child in head.children:
            if child.dep_ == "nsubj":
                if verb.dep_ == "advcl" and head.dep_ == "ccomp" and _is_report(head.head) \
                        and (child.lemma_.lower() in lx.ACTION_NOUNS
                             or child.lemma_.lower() in lx.STRIKING_WEAPONS):
                    # "the army confirmed that an airstrike killed X, claiming he was ...":
                    # the strike claims nothing; the one who confirmed it does
                    return _subject(head.head)
                return child
    if verb.dep_ == "acl" and _is_report(verb) and verb.head.dep_ == "pobj" \
            and verb.head.head.lower_ == "with":
        # "..., with residents saying jets bombed four houses": the noun the reporting
        # participle hangs from speaks
        return verb.head
    if _second_with_speaker(verb):
        # "..., with the group saying the site was a prison and the coalition saying it
        # had hit a depot": the parse joined the second speaker to the first one's words
        return verb.head
    if verb.lemma_.lower() in lx.CONCERN_VERBS:
        for child in verb.children:
            if child.dep_ == "nsubj":
                return child
    document = _issued_document(verb)
    if document is not None:
        return document
    return stranded_subject(verb) if _is_report(verb) else None


def _aside_they(subject: Token, verb: Token) -> Token | None:
    """Rule ``speaker.aside_they``: "Villagers had gathered for the opening of an office
    when, they said, a jet dropped bombs on the crowd": the "they" of an aside stands for
    the people its sentence opened with, the subject of its main verb (when those can
    speak: a role, not "the shells")."""
    if subject.lower_ != "they" or verb.dep_ != "parataxis" or not _aside(verb):
        return None
    root = sent_of(verb).root
    # (the last: a dateline the parse made a subject comes first)
    people = next((c for c in reversed(list(root.children))
                   if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ == "NOUN"), None)
    if people is None or people.tag_ != "NNS" \
            or judge(people, default_rules()).decision != "party":
        return None
    return people


def _toll_before_speaker(toll: Token, speaker: Token, verb: Token) -> bool:
    """"... with 101 people wounded, most of them women and children, the health ministry
    said": the parse made the toll's people a subject of the trailing "said" beside the
    speaker, who stands after the last comma, right before the verb."""
    doc = verb.doc
    return toll.i < speaker.i < verb.i and speaker.right_edge.i + 1 == verb.i \
        and speaker.left_edge.i > 0 and doc[speaker.left_edge.i - 1].text == "," \
        and _toll_share(toll)


# "most of them women", "many of them children": the share of a toll
_SHARE_WORDS = frozenset(["most", "many", "some", "all", "half", "several", "majority"])


def _speaker_after_comma(subject: Token, verb: Token) -> Token | None:
    """"A drone strike targeted ... the headquarters, killing a commander and another
    member, security sources and a PMF statement said": the parse made the strike the
    subject of the trailing "said" and the speakers conjuncts of the victims. A strike or
    a weapon says nothing: the speaker is the noun phrase between the last comma and the
    verb."""
    if subject.lemma_.lower() not in lx.ACTION_NOUNS \
            and subject.lemma_.lower() not in lx.STRIKING_WEAPONS:
        return None
    doc = verb.doc
    comma = next((t for t in reversed(doc[subject.i : verb.i]) if t.text == ","), None)
    if comma is None or comma.i + 1 >= verb.i or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    span = doc[comma.i + 1 : verb.i]
    heads = [t for t in span if not (span.start <= t.head.i < span.end) and t.pos_ in (
        "NOUN", "PROPN")]
    return heads[0] if len(heads) == 1 and heads[0].dep_ in ("conj", "appos") else None


def _two_titles(subjects: list[Token], verb: Token) -> bool:
    """"Information Minister and government spokesman Michael Makuei said": the parse
    made the first title a subject of its own; the person holding both speaks."""
    return len(subjects) == 2 and subjects[0].i < subjects[1].i < verb.i \
        and subjects[0].lower_ in TITLE_WORDS and subjects[1].ent_type_ == "PERSON" \
        and any(c.dep_ == "cc" for c in subjects[0].children)


def _titled_person(title: Token) -> Token | None:
    """The same misreading as :func:`_two_titles` with the name joined to the first
    title: "Information Minister and government spokesman Michael Makuei" parsed as the
    minister and Makuei. A bare title (no name of its own) joined by "and" to a named
    person is that person's first title."""
    if title.lower_ not in TITLE_WORDS or any(c.ent_type_ == "PERSON" for c in title.children
                                              if c.dep_ in ("compound", "appos")):
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in title.children) \
            or any(c.dep_ == "det" for c in title.children):
        return None  # "the minister and army spokesman X" may be two people
    return next((c for c in title.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"
                 and c.pos_ == "PROPN" and any(t.lower_ in TITLE_WORDS for t in c.lefts)),
                None)


def _second_with_speaker(verb: Token) -> bool:
    """Rule ``speaker.with_second``: "with the rebels saying X and the coalition saying
    it had hit a military facility": a reporting participle on a noun joined by "and"
    inside the words of a first "with ... saying" is a second speaker's own report."""
    if not (verb.dep_ == "acl" and verb.tag_ == "VBG" and _is_report(verb)
            and verb.head.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN")):
        return False
    for node in verb.head.ancestors:
        if node.tag_ == "VBG" and _is_report(node) and node.head.lower_ == "with":
            return True
    return False


_ARRIVAL_VERBS = frozenset(["emerge", "come", "arrive", "surface", "filter"])


def _news_origin(verb: Token) -> Token | None:
    """"News of the strike emerged from local reports, saying ...": what the news came
    from speaks, not the news."""
    if verb.lemma_.lower() not in _ARRIVAL_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _issued_document(verb: Token) -> Token | None:
    """"The group issued a statement saying ...", "released statements mourning two of its
    members": a reporting verb on a document noun speaks for whoever put the document
    out (the subject of the verb the document is the object of); elsewhere, for the body
    it is of ("replied to an army statement saying ...")."""
    acl = verb
    while acl.dep_ == "conj" and acl.head.pos_ == "VERB" and acl.head.i < acl.i:
        acl = acl.head  # "a statement claiming responsibility and alleging that ..."
    doc_noun = acl.head
    if acl.dep_ != "acl" or not _is_report(verb) \
            or doc_noun.lemma_.lower() not in lx.DOCUMENT_NOUNS:
        return None
    if doc_noun.dep_ != "dobj":
        # "replied to an army statement saying ...": a document no verb puts out speaks
        # for the body it names as its own
        owner = next((c for c in doc_noun.children if c.dep_ in ("poss", "compound")
                      and c.pos_ in ("NOUN", "PROPN")), None)
        return doc_noun if owner is not None else None
    issuer = doc_noun.head
    if any(c.dep_ == "neg" for c in issuer.children):
        return None  # "the group did not issue a statement mourning him": nobody's account
    if lx.REPORT_VERBS.get(issuer.lemma_.lower()) == "denies":
        # "the government refuted the Amnesty report accusing it of ...": the report is
        # its author's, not the account of the party that rejects it
        return next((c for c in doc_noun.children if c.dep_ in ("compound", "poss")
                     and c.pos_ == "PROPN"), None)
    return next((c for c in issuer.children if c.dep_ == "nsubj"), None)


def _past_quote(subj: Token, verb: Token) -> Token:
    """'"... nobody but rescuers, only our men," its director general, Brigadier General
    X, said': the parse took a word inside the quotation for the subject and hung the
    speaker on it as an apposition. The speaker is that apposition after the quote closes;
    a name never holds the quoted words. ``subj`` itself when no quote closes between it
    and the verb."""
    doc = verb.doc
    if subj.i > verb.i:
        return subj
    quotes = [t.i for t in doc[subj.i + 1 : verb.i] if _is_quote(t)]
    if not quotes:
        return subj
    return next((t for t in subj.subtree if t.i > quotes[-1] and t.dep_ == "appos"
                 and t.pos_ in ("NOUN", "PROPN")), subj)


def _cue(report: Token, inner: list[Token]) -> str:
    if toll_statement(report):
        return "asserts"
    for node in [*inner, report]:
        lemma = node.lemma_.lower()
        if lemma in lx.CONCERN_NOUNS:
            return "concern"
    return lx.REPORT_VERBS.get(report.lemma_.lower(), "concern"
                               if report.lemma_.lower() in lx.CONCERN_VERBS else "asserts")


def _according_to(tok: Token) -> int | None:
    sent = sent_of(tok)
    first = _opening_word(sent)  # (read once for both openings below)
    fronted = _for_speaker(tok, first)
    if fronted is None:
        fronted = _in_telling(tok, first)
    if fronted is None:
        fronted = _aside_telling(tok)
    if fronted is not None:
        return fronted
    doc = tok.doc
    for i in sorted([*word_positions(doc, "according", sent.start, sent.end),
                     *word_positions(doc, "citing", sent.start, sent.end)]):
        t = doc[i]
        if t.lower_ == "according":
            for child in t.children:
                if child.lower_ == "to":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            # "according to its daily summary": the summary's owner
                            owner = next((c for c in obj.children if c.dep_ == "poss"),
                                         None) if obj.lemma_.lower() in _SUMMARY_NOUNS \
                                else None
                            return owner.i if owner is not None else obj.i
        if t.lower_ == "citing" and t.i > tok.i:
            for obj in t.children:
                if obj.dep_ == "dobj":
                    return obj.i
    return None


# what a body puts out, told "according to" as its owner's words ("according to its
# daily summary", "according to the ministry's statement")
_SUMMARY_NOUNS = lx.DOCUMENT_NOUNS | frozenset(["summary", "briefing", "bulletin", "update",
                                                "readout", "account", "tally"])
_NOT_SPEAKERS = frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days",
                           "hour", "hours", "time", "moment", "now", "decade", "decades",
                           "first", "second", "part", "example", "instance", "reason"])


def _opening_word(sent: Span) -> Token | None:
    """The sentence's first word, past the copy's dateline when the sentence opens the
    copy ("ERBIL, Iraq — By the ministry's account, ...": "By"). Kept per document and
    sentence: every trigger of the sentence asks."""
    return DOC_MEMO.get(sent.doc, ("opening word", sent.start, sent.end), _read_opening_word,
                        sent)


def _read_opening_word(sent: Span) -> Token | None:
    after = sent.start
    if sent.start == 0:
        dash = next((t for t in sent[: lx.DATELINE_SPAN] if dateline_end(t) or spaced_dash(t)),
                    None)
        if dash is not None:
            after = dash.i + 1
    return next((t for t in sent.doc[after : sent.end] if not (t.is_punct or t.is_quote)),
                None)


def _comma_after(first: Token, sent: Span) -> bool:
    """The opening phrase ``first`` heads is set off by a comma right after it (or one
    the parse hung on its last word: "In the group's version, posted on its channel,")."""
    end = max(t.i for t in first.subtree)
    return sent.doc[end].text == "," or (end + 1 < sent.end and sent.doc[end + 1].text == ",")


def _for_speaker(tok: Token, first: Token | None) -> int | None:
    """"For its spokesman, Gary Desrosiers, the operation targeted armed bandits": a
    sentence opening with "For" and a name or a role set off by a comma is told as that
    one's view (translated copy's "pour", "para"); not "For years, ..." nor "For the
    second time, ..."; ``first``: the sentence's :func:`_opening_word`)."""
    sent = sent_of(tok)
    if first is None or first.lower_ != "for" or first.dep_ != "prep" \
            or first.head.i != sent.root.i:
        return None
    obj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in _NOT_SPEAKERS \
            or obj.like_num or obj.ent_type_ in ("DATE", "TIME"):
        return None
    return obj.i if _comma_after(first, sent) else None


# what a party's account is called when a sentence is told as it: "In the army's telling,
# ...", "By the ministry's account, ..."
_TELLING_NOUNS = frozenset(["telling", "version", "account", "narrative", "words", "view",
                            "reckoning", "recounting", "retelling"])


def _in_telling(tok: Token, first: Token | None) -> int | None:
    """Rule ``speaker.in_telling``: "In the army's telling, troops overran an insurgent
    base", "By the ministry's account, the jets hit a depot", "In the version given by
    residents, ...": a sentence opening with "in" or "by" and a party's version is told
    as that party's words (its owner or giver is the speaker), as "according to" does
    (``first``: the sentence's :func:`_opening_word`)."""
    sent = sent_of(tok)
    if first is None or first.lower_ not in ("in", "by") or first.dep_ != "prep":
        return None
    head = first.head
    if head.tag_ in ("VBN", "VBG") and head.dep_ == "advcl" and head.i > first.i:
        # "In the General Staff's account, posted on Telegram hours later, rockets
        # destroyed ...": the parse hung the opening on the participle of its aside (or
        # on the one after the subject: "officers patrolling the area came under fire")
        head = head.head
    if head.i != sent.root.i and head.i > first.i and head.i != tok.i \
            and not head.is_ancestor(tok):
        return None  # (a head before the opening word is the dateline's, a misparse)
    owner = _telling_owner(first)
    if owner is None:
        return None
    return owner.i if _comma_after(first, sent) else None


def _telling_owner(prep: Token) -> Token | None:
    """Whose telling the "in"/"by" phrase ``prep`` names: "the army's account", "the
    version given by three residents", "the account of the Taliban"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lower_ not in _TELLING_NOUNS:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"
                  and c.pos_ in ("NOUN", "PROPN")), None)
    if owner is None:
        # "In the version given by three residents", "By the account of the Taliban"
        owner = next((o for c in obj.children
                      if (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "acl"
                      for a in ([c] if c.dep_ == "prep" else
                                [x for x in c.children if x.dep_ == "agent"])
                      for o in a.children if o.dep_ == "pobj"
                      and o.pos_ in ("NOUN", "PROPN")), None)
    return owner


def _aside_telling(tok: Token) -> int | None:
    """Rule ``speaker.in_telling`` as an aside: "The building, in the ministry's account,
    was a deployment point": an "in"/"by" phrase of a party's telling set off by commas
    inside the clause (on ``tok`` or a word above it) is told as that party's words."""
    above = None  # (the indices of tok's ancestors, read once asked for)
    for head, owner in _telling_asides(sent_of(tok)):
        if head == tok.i:
            return owner
        if above is None:
            above = doc_tree(tok.doc).ancestor_set(tok.i)
        if head in above:
            return owner
    return None


def _telling_asides(sent: Span) -> list[tuple[int, int]]:
    """The sentence's "in"/"by" phrases of a party's telling set off by commas, in order:
    (the word each hangs on, the telling's owner). Read once per document and sentence
    (every trigger of the sentence asks :func:`_aside_telling`, which keeps those above
    it)."""
    return DOC_MEMO.get(sent.doc, ("telling asides", sent.start, sent.end),
                        _read_telling_asides, sent)


def _read_telling_asides(sent: Span) -> list[tuple[int, int]]:
    doc = sent.doc
    out = []
    for i in sorted([*word_positions(doc, "in", sent.start + 1, sent.end),
                     *word_positions(doc, "by", sent.start + 1, sent.end)]):
        prep = doc[i]
        if prep.dep_ != "prep" or doc[i - 1].text != "," or not _comma_after(prep, sent):
            continue
        owner = _telling_owner(prep)
        if owner is not None:
            out.append((prep.head.i, owner.i))
    return out


def _what_said(tok: Token) -> int | None:
    """"were killed in what residents said was an air strike": the speaker of a clause
    that names the strike around the trigger (the subject of its reporting verb), or that
    is the trigger ("killed 35 people in what politicians say was an attack on civilians":
    the attack on civilians is the politicians' account)."""
    near = {tok.i, tok.head.i, *(c.i for c in tok.children)}
    sent = sent_of(tok)
    for i in word_positions(tok.doc, "what", sent.start, sent.end):
        what = tok.doc[i]
        if what.dep_ not in ("nsubj", "nsubjpass"):
            continue
        be, report = what.head, what.head.head
        if be.lemma_.lower() != "be" or be.dep_ != "ccomp" or not _is_report(report) \
                or report.dep_ not in ("pcomp", "pobj") \
                or (report.head.head.i not in near
                    and not (tok.dep_ == "attr" and tok.head.i == be.i)):
            continue
        if any(c.dep_ == "attr" and c.lemma_.lower() in lx.ACTION_NOUNS for c in be.children) \
                or tok.i == be.i:
            # (or the copula itself: "killed 24 people at what residents insisted was the
            # weekly livestock market": the market is the residents' account)
            subj = _subject(report)
            return subj.i if subj is not None else None
    return None


def _casualty_noun(tok: Token) -> bool:
    """"the killing of eight citizens and the wounding of 35": a conjunct that is itself a
    casualty noun with its "of" is another count of the same victims, not a target."""
    return tok.lower_ in lx.CASUALTY_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _the_assailant(tok: Token) -> bool:
    """Rule ``casualty.assailant_listed``: "the blast left nine guards and the bomber
    dead": the attack's own assailant, listed with its victims, is no target it hit (as
    ``casualty.assailants`` reads him when he is the only one killed)."""
    return tok.lemma_.lower() in _ASSAILANT_LEMMAS and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in tok.children)


_ASSAILANT_LEMMAS = frozenset(["bomber", "attacker", "assailant", "gunman", "hijacker"])


def _with_siblings(doc: Doc, heads: set[int]) -> set[int]:
    """Target heads and the conjuncts and appositions listed with them."""
    out: set[int] = set()
    stack = list(heads)
    while stack:
        i = stack.pop()
        if i in out:
            continue
        out.add(i)
        stack.extend(c.i for c in doc[i].children if c.dep_ in ("conj", "appos")
                     and not _speaking_conjunct(c))
    return out


def _describes_target(tok: Token, targets: set[int]) -> bool:
    """"a command centre that had been shelling Thai villages", "fighters who had fired
    mortars at troops": a strike told in a relative clause on a target, whose subject is
    the target itself, describes that target (what it did); it is not another account. So
    does a participle clause with no subject of its own ("militants firing rockets at the
    town"), and a strike told further down such a clause ("missile launchers used to
    attack the city of Jizan, killing a civilian there"), or in a relative clause on what
    the target's own strike hit ("the men behind last week's rocket attack on Pelan, which left
    a farmer dead": rule ``claim.targets_own_toll``)."""
    if tok.dep_ == "relcl" and tok.pos_ == "VERB" and tok.lemma_.lower() in lx.HIT_VERBS:
        doc = tok.doc
        noun = tok.head
        if any(t != noun.i and is_ancestor(doc[t], noun)
               and _in_clause(noun, doc[t], strike=True) for t in targets):
            return True
        if noun.i in targets and (noun.lower_ == "those" or noun.lower_ in lx.ARMED_GROUP_WORDS) \
                and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that")
                        for c in tok.children):
            return True  # "those responsible for the attack, which killed a resident"
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.ACTION_NOUNS and _answered_for(tok, targets):
        return True
    if _strike_joined(tok) and tok.head.i in targets and tok.head.pos_ in ("NOUN", "PROPN"):
        # "a centre used to plan and direct attacks against civilians": the parse joined
        # the attacks the target plans to the target itself; a strike is no target
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "use" \
            and any(c.dep_ == "dobj" and (c.i in targets or c.ent_type_ in ("GPE", "LOC", "FAC")
                                          or c.lemma_.lower() in _USED_SITES)
                    for c in tok.head.children):
        # "guerrillas used the village to fire rockets into northern Israel": what the
        # site was used for, not another account of what was hit
        return True
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" \
            and _in_target_phrase(tok.head.head, targets) \
            and any(t.tag_ in ("WDT", "WRB") and t.i < tok.i for t in tok.head.subtree):
        # "hit a camp of the group's brigade from which attacks on troops had been
        # launched": attacks told in a clause on the target say what the target was for
        return True
    verb = tok.head if tok.dep_ == "dobj" and tok.pos_ in ("NOUN", "PROPN") else tok
    clause = verb
    while clause.dep_ in ("xcomp", "advcl") and clause.head.pos_ in ("VERB", "AUX") \
            and not (clause.dep_ == "advcl" and _own_subject(clause)):
        # (not "hundreds injured when warplanes bombed a block": a clause with a subject
        # of its own tells the strike itself, not what the wounded did)
        clause = clause.head
    if clause.head.i not in targets or (clause is verb
                                        and verb.lemma_.lower() in lx.CASUALTY_VERBS):
        return False
    if clause.dep_ == "acl":
        return (clause.tag_ == "VBG" or clause is not verb) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return clause.dep_ == "relcl" and any(
        c.dep_ in (("nsubj",) if clause is verb else ("nsubj", "nsubjpass"))
        and c.lower_ in ("that", "which", "who") for c in clause.children)


def _own_subject(verb: Token) -> bool:
    """The clause of ``verb`` has a subject of its own (not a relative pronoun)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
               for c in verb.children)


# sites a party may be said to use for its attacks ("used the village to fire rockets")
_USED_SITES = (lx.CIVILIAN_SITE_WORDS | lx.SETTLEMENT_WORDS | lx.STRUCTURE_WORDS) - lx.PEOPLE_WORDS


def _answered_for(attack: Token, targets: set[int]) -> bool:
    """Rule ``claim.attack_answered_for``: "struck the cell responsible for Friday's rocket
    salvo on Pelan", "fighters behind the bombing of a ferry": the attack a
    target answers for is what the target did, no account of what the speaker's strike
    hit (nor of where)."""
    node = attack
    for _ in range(4):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
            return False
        owner = prep.head
        if _answering(prep):
            holder = owner.head if owner.lower_ == "responsible" else owner
            return holder.i in targets or owner.i in targets
        node = owner
    return False


def _answering(prep: Token) -> bool:
    """The preposition by which someone answers for an act: "behind" ("those behind the
    bombing"), or "for" after "responsible" ("those responsible for the attack")."""
    return prep.lower_ == "behind" or (prep.lower_ == "for" and prep.head.lower_ == "responsible")


def _in_target_phrase(noun: Token, targets: set[int]) -> bool:
    """``noun`` is a target or a noun inside a target's phrase ("the group's brigade" of
    "a camp of the group's brigade")."""
    node, steps = noun, 0
    while steps < 4:
        if node.i in targets:
            return True
        if node.dep_ not in ("pobj", "prep", "poss", "compound", "appos") \
                or node.head.i == node.i:
            return False
        node, steps = node.head, steps + 1
    return False


def _condemned_unnamed(tok: Token) -> bool:
    """"the ministry condemned the strike", "marched to reject the attack": a condemnation
    of an act that names nobody as its author is no blame and no account of the target.
    "condemned Iran's strike", "condemned the strike by Israel" and "condemned Israel for
    the strike" name one."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in _CONDEMNING:
        return False
    named = any(t.dep_ == "poss" or t.lower_ == "by" or t.ent_type_ in _AUTHOR_ENTS
                for t in tok.subtree if t.i != tok.i)
    return not named and not any(c.dep_ == "prep" and c.lower_ in ("on", "against")
                                 for c in verb.children)


_AUTHOR_ENTS = frozenset(["NORP", "ORG", "GPE", "PERSON"])
# "marched to reject the attack", "repudiated the bombing": an act rejected is condemned
# (a claim or a charge rejected is denied: the act is no object then)
_CONDEMNING = lx.CONDEMN_VERBS | frozenset(["reject", "repudiate"])


def _hedged_cause(verb: Token, modal: Token, kind: str) -> bool:
    """"the blast may have been caused by explosives the rebels had stored": a cause told
    with "may / might / could have" is a party's (hedged) account of what happened, the
    way another cause is offered; not "will", nor a modal without "have"."""
    return kind == "CAUSE" and modal.lower_ in ("may", "might", "could") \
        and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have"
                                       for c in verb.children)


def _conjunct_below(path: list[Token], k: int) -> bool:
    """The path enters ``path[k]`` from a finite conjunct of it: "troops had tried to cross
    the border ..., and that artillery had since targeted the villages" tells what was
    tried and, beside it, what was done; the intent governs only its own clause. Not a
    gerund's ("responsible for planning and taking part in attacks"), which shares it."""
    if k == 0:
        return False
    below = path[k - 1]
    return below.dep_ == "conj" and below.head.i == path[k].i and (
        below.tag_ in ("VBD", "VBZ", "VBP")
        or any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in below.children))


# reasons of :func:`_policy_reason` that make a general line of the speaker's, shown as
# its word: always ("we do not target civilians", "it targets military infrastructure",
# "had hit some 300 sites since the offensive opened"), or when told in the present ("the
# military only strikes military facilities"); the others (a prospect, a campaign, a
# stance, an intent, a modal, an infinitive) are no account at all
_GENERAL_LINES = frozenset(["policy", "do_present", "aim_present", "series", "ongoing"])
_GENERAL_IN_PRESENT = frozenset(["habit", "noun_present"])


def _renamed(drafts: list[ClaimDraft], later: Mapping[str, Actor]) -> list[ClaimDraft]:
    """The drafts with each party as the story names it later (``later``: a person named
    in full, a body by its role), one per party, target and negation."""
    kept: dict[tuple[str, str, bool], ClaimDraft] = {}
    for d in drafts:
        d.party = later.get(d.party.id, d.party)
        kept.setdefault((d.party.id, d.target.text.lower(), d.negated), d)
    return list(kept.values())


def _shown_names(drafts: list[ClaimDraft], text: str, resolver: MentionResolver,
                 gazetteer: Gazetteer) -> None:
    """Each body shown by the one name a reporter would write (:func:`_own_names`,
    :func:`_no_craft_names`, :func:`_name_whole`)."""
    _own_names(drafts, resolver)
    _no_craft_names(drafts)
    _name_whole(text, drafts, gazetteer)


# copulas that tell who the dead or hurt of a strike were
_VICTIM_COPULAS = ("copula.among", "copula.victims", "copula.hit_subject", "copula.those")
_STRUCK_SUBJECT = "copula.struck_subject"


# past tenses written as the present ("which it said hit a school"): no habit is told
_PAST_AS_PRESENT = frozenset(["hit", "set", "cut", "put", "shut", "burst", "cast", "beat"])


def _is_general_line(tok: Token, kind: str, reason: str) -> bool:
    """A clause :func:`_policy_reason` sets apart is a general line of its speaker's when
    it says what the speaker's side strikes or does not ("we do not target civilians",
    "it targets military infrastructure", "the military only strikes military
    facilities"); not a copula in the present ("among the dead are women", an account
    told in the present), nor an infinitive ("a plan to attack communities")."""
    if reason in _GENERAL_LINES:
        return True
    if reason not in _GENERAL_IN_PRESENT or kind == "COPULA":
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return verb.tag_ in ("VBP", "VBZ") and verb.lower_ not in _PAST_AS_PRESENT


# nouns of a strike meant, not made, whose infinitive tells what it was to hit ("plans
# to attack", "a plot to bomb")
# (not "a bid by the crowd to storm the office", whose attempt is an assault told)
_INTENT_NOUNS = frozenset(["plan", "plot", "threat", "intention", "scheme", "conspiracy"])


def _intent_noun(node: Token, inner: list[Token]) -> bool:
    """``node`` is a noun of intent whose infinitive on the path is the strike verb's
    clause ("plans to attack X": "plans" over "to attack")."""
    return node.pos_ == "NOUN" and node.lemma_.lower() in _INTENT_NOUNS and any(
        t.head.i == node.i and t.i != node.i and t.dep_ == "acl" and t.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) for t in inner)


def _policy_reason(tok: Token, inner: list[Token], kind: str, mods: ModifierTable,
                   headline: bool = False) -> str:
    """Why a clause is modal, intended, habitual or generic ("" if it is none): "should
    target" (modal), "threatened to destroy" (intent), "it targets military
    infrastructure" (aim_present), "we do not target civilians" (do_present).
    ``headline``: an attributed headline, whose simple present tells a past event
    ("Army says drone kills 12 fighters")."""
    if tok.dep_ in ("nsubj", "nsubjpass") and _prospect(tok.head):
        return "prospect"  # "further attacks were likely", "attacks on civilians are prohibited"
    if _campaign_only(tok):
        return "campaign"
    if in_series(tok):
        return "series"  # "had hit some 300 sites since the offensive opened"
    if _ongoing_operations(tok):
        return "ongoing"
    if any(_charged_in_general(node) for node in (tok, *inner)) or _every_attack(tok):
        return "policy"
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("on", "about") \
            and not any(c.dep_ == "nsubj" for c in tok.children):
        return "stance"  # "agreed on striking X": a stance, not an account
    for k, node in enumerate(inner):
        if node.pos_ not in ("VERB", "AUX"):
            if _intent_noun(node, inner):
                # "accused him of developing plans to attack diplomats", "a plot to bomb
                # the port": what a plan or a plot was to hit is no account
                return "intent"
            continue
        lemma = node.lemma_.lower()
        if node.i != tok.i and (mods.on_path(node, "INTENT") or mods.on_path(node, "POLICY")) \
                and not any(c.dep_ == "prt" for c in node.children) \
                and not _conjunct_below(inner, k):
            # (a phrasal verb is another verb: "covering up the deaths" covers nothing)
            # "threatened to strike X"; "the ceasefire covered only operations against the
            # armed forces": what an agreement or a policy covers is a general line
            return "policy" if mods.on_path(node, "POLICY") else "intent"
        for child in node.children:
            if child.dep_ in ("aux", "auxpass"):
                if mods.on_path(child, "MODAL") and not _hedged_cause(node, child, kind):
                    return "modal"
                if child.lemma_.lower() == "do" and child.tag_ in ("VBP", "VBZ"):
                    return "do_present"
        if lemma in ("target", "aim", "direct") and (
            node.tag_ in ("VBP", "VBZ")
            or (node.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ")
                                            for c in node.children))
            # "only terrorists are targeted": the present passive is a line, not an account
            or (node.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ")
                                           for c in node.children))
        ):
            return "aim_present"
        if node.i == tok.i and kind in _HABIT_KINDS and not headline and (
            node.tag_ in ("VBP", "VBZ")
            or (node.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass")
                                              for c in node.children)
                # (not a verb joined to a past one, whose subject it shares: "had fired on
                # and sunk a boat", "stoned the post and set its trucks alight", the past
                # tagged a base form; a joined verb with a subject of its own, "he knew
                # nothing of it but that the forces only target ...", is one)
                and not (node.dep_ == "conj" and node.head.tag_ in ("VBD", "VBN")
                         and not any(c.dep_ in ("nsubj", "nsubjpass")
                                     for c in node.children)))
        ) and not _none_at_this_site(node) and not _of_the_dead(node) \
                and not _pointed_at(node, kind) and not _picture_shows(node):
            return "habit"  # simple present: a habit or a policy, not this strike
        if node.i != tok.i and node.tag_ in ("VBP", "VBZ") and kind == "ACTION_NOUN" and (
                lemma in ("be", "target", "aim")
                or (not headline and (lemma in ("kill", "hit", "strike")
                                      or lemma not in lx.REPORT_VERBS))):
            # "it takes all necessary measures ... in its operations against the rebels",
            # "the strikes target militants": a general line about the strikes (but an
            # attributed headline's "Airstrike on market kills 20, rebels say" tells this
            # strike, as its simple present does)
            return "noun_present"
        if node.tag_ == "VB" and node.i == tok.i and any(c.dep_ == "aux" and c.lower_ == "to"
                                                       for c in node.children):
            # an infinitive is an account only as the purpose of a past act
            head = node.head
            if head.tag_ not in ("VBD", "VBN") and head.pos_ != "NOUN" \
                    and not _past_progressive(head):
                return "infinitive"
    return ""


def _past_progressive(verb: Token) -> bool:
    """Rule ``claim.purpose_of_past_progressive``: "his gunners were firing guided shells
    to knock out only gun positions" tells what was done, as the purpose of a past act
    does ("fired rockets to hit the base"); not "are using drones to strike", said of
    now, nor "were hoping to hit the base", which tells no act."""
    return verb.tag_ == "VBG" and verb.lemma_.lower() in _MEANS_VERBS \
        and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)


# verbs of putting arms to use, whose purpose infinitive tells the act
_MEANS_VERBS = frozenset(["use", "employ", "deploy", "fire", "launch", "send"])


def _supplied(noun: Token) -> bool:
    """Rule ``blame.supplied``: "accuses Tarvia of arming the rebels with missiles and
    drone technology" blames a supplier of arms, not the one who struck: weapons a
    supply verb takes (a few steps up the parse) are no attack blamed."""
    if noun.lemma_.lower() not in _SUPPLIED_ARMS:
        return False
    node = noun
    for _ in range(6):
        if node.lemma_.lower() in _SUPPLY_VERBS:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_SUPPLY_VERBS = frozenset(["supply", "provide", "arm", "smuggle", "sell", "equip", "furnish"])
# what is supplied: weapons ("a fact-finding mission" the UN is urged to send is no arm)
_SUPPLIED_ARMS = lx.STRIKING_WEAPONS | frozenset(["weapon", "arm", "ammunition", "technology"])


def _general_struck_what(tok: Token, mods: ModifierTable) -> bool:
    """Rule ``claim.general_struck_what``: "the junta says it bombs only what it describes
    as rebel camps", "it strikes only what it calls militant bases": what a speaker
    calls the things it strikes, in a clause hung on a strike verb told as a habit or an
    aim, is part of that general line (not "jets hit what it called a depot")."""
    verb = tok.head
    # (not "a strike on what it called ...", a preposition's clause: a noun's, no verb's)
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX") \
            or tok.dep_ not in ("ccomp", "relcl", "dobj"):
        return False
    reason = _policy_reason(verb, [verb], "HIT_VERB", mods)
    return bool(reason) and _is_general_line(verb, "HIT_VERB", reason)


def _pointed_at(be: Token, kind: str) -> bool:
    """"This is no consulate", "these are civilians": a copula in the present whose
    subject points at the thing before the speaker says what it is now, not a habit."""
    return kind == "COPULA" and any(c.dep_ == "nsubj" and c.lower_ in ("this", "these")
                                    for c in be.children)


def _said_as_habit(report: Token, tok: Token, scopes: list[Scope]) -> bool:
    """Rule ``policy.said_as_habit``: "It regularly announces drone strikes against what
    it calls terrorist targets": what a party says as a habit (the reporting verb, or
    the verb its clause hangs on, under a habitual word) is a general line, not its
    account of this strike. Not across a conjunction ("Rights groups often criticise
    the army, and HRW said ...")."""
    node = report
    for _ in range(8):
        if node.i != tok.i and node.pos_ in ("VERB", "AUX") \
                and "POLICY" in categories_at(scopes, node.i):
            return True
        if node.dep_ in ("conj", "ROOT", "relcl") or node.head.i == node.i:
            return False  # (nor above the speaker's own clause: "rights groups, which say")
        node = node.head
    return False


# verbs of a campaign kept up: "were conducting operations", "is carrying out operations"
_WAGING_VERBS = frozenset(["conduct", "carry", "wage", "pursue", "continue", "step"])


def _ongoing_operations(tok: Token) -> bool:
    """Rule ``general.ongoing_operations``: operations kept up against someone ("its units
    were conducting operations in the hills against armed extremists", "has been
    carrying out offensives against the group") tell a campaign, the speaker's general
    line, not what one strike hit; "conducted an operation against the cell on Monday"
    tells one."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in lx.CAMPAIGN_NOUNS \
            or tok.dep_ != "dobj":
        return False
    verb = tok.head
    return verb.tag_ == "VBG" and verb.lemma_.lower() in _WAGING_VERBS and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)


def _line_said_before(report: Token, tok: Token, scopes: list[Scope]) -> bool:
    """Rule ``policy.line_said_before``: "have previously said they are conducting
    sweeps against what they term bandit gangs", "has repeatedly said that its raids
    hit only armed cells": a habitual word's scope opens at the
    reporting verb (which ends it), and what is so said in the present is the speaker's
    general line, not its account of this strike; not an earlier account of a past one
    ("has previously said its pilots fired only on armed boats")."""
    node = report
    opened = {s.start for s in scopes if s.category == "POLICY" and s.start == s.end}
    if not opened:
        return False
    for _ in range(8):
        if node.i != tok.i and node.i in opened and _told_in_present(node, tok):
            return True
        if node.dep_ in ("conj", "ROOT", "relcl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _told_in_present(report: Token, tok: Token) -> bool:
    """The clause of ``report`` that holds ``tok`` is told in the present: its verb a
    present form, with no past auxiliary."""
    verb = next((c for c in report.children if c.i == tok.i or c.is_ancestor(tok)), None)
    return verb is not None and verb.tag_ in ("VBP", "VBZ", "VBG") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in verb.children)


def _every_attack(tok: Token) -> bool:
    """Rule ``policy.every_attack``: "Turkey is against all attacks targeting civilians",
    "it condemns any attack on hospitals": every attack of a kind, a stance, not an
    account of this one."""
    noun = tok if tok.pos_ == "NOUN" else tok.head if tok.dep_ == "acl" else None
    if noun is None or noun.lemma_.lower() not in lx.ACTION_NOUNS:
        return False
    det = next((c.lower_ for c in noun.children if c.dep_ == "det"), "")
    if det == "any":
        # (not "did not conduct any strikes against the convoy", "denied it had carried out
        # any such attack": a denial of this one)
        verbs = [a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")]
        return bool(verbs) and not any(
            c.dep_ == "neg" for v in verbs for c in v.children) and not any(
            v.lemma_.lower() in lx.REJECT_VERBS for v in verbs)
    return det in ("all", "every")


def _charged_in_general(verb: Token) -> bool:
    """Rule ``policy.charged_in_general``: "Kessa and Dorba both deny targeting
    civilians", "Dorba accuses Kessa of hitting its cities daily", "Kessa has accused
    Dorba of deliberately targeting civilians in the region": a charge or a denial of
    striking a kind of site or people in general (a plural with no article or number),
    told in the present or with a habitual word, is a general line of the quarrel, not an
    account of this strike ("the army denied targeting civilians in Tuesday's strike",
    "accused it of shelling the market" are accounts)."""
    if verb.tag_ != "VBG":
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "with"):
        charge = verb.head.head
        if charge.lemma_.lower() not in _ACCUSE_VERBS:
            return False
    elif verb.dep_ in ("xcomp", "dobj") and verb.head.lemma_.lower() == "deny":
        charge = verb.head
    else:
        return False
    habitual = any(c.dep_ == "advmod" and c.lower_ in _HABITUAL_WORDS for c in verb.children)
    present = charge.tag_ in ("VBP", "VBZ") or (charge.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in charge.children))
    if not (habitual or present):
        return False
    struck = [c for c in verb.children if c.dep_ == "dobj"]
    if not struck or not all(
            s.tag_ == "NNS" and not any(
                c.dep_ in ("det", "nummod") or (c.dep_ == "poss" and c.pos_ != "PRON")
                for c in s.children) for s in struck):
        return False
    # "in Tuesday's strike", "during the raid": the charge names this strike (not "with
    # missiles and drones")
    return not any(t.tag_ == "NN" and t.lemma_.lower() in lx.ACTION_NOUNS
                   and any(c.dep_ in ("det", "poss") for c in t.children)
                   for t in verb.subtree if t.i > verb.i)


# habitual words after a verb of striking ("hitting its cities daily")
_HABITUAL_WORDS = frozenset(["daily", "nightly", "routinely", "repeatedly", "regularly",
                             "constantly", "systematically"])


def _campaign_only(verb: Token) -> bool:
    """Rule ``policy.campaign_only``: "Turkey's operations were directed only at the
    militant group", "the operation was aimed only at terrorists": what a whole campaign
    is said to strike, and only that, is a general line, not an account of this strike
    ("the operation targeted a compound used by the group" is one)."""
    if verb.pos_ != "VERB" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lx.CAMPAIGN_NOUNS
            for c in verb.children):
        return False
    return any(t.lower_ == "only" and t.dep_ == "advmod"
               for c in verb.children if c.dep_ in ("advmod", "prep")
               for t in (c, *c.children))


_HERE = frozenset(["here", "there", "inside"])
_AT = frozenset(["in", "at", "inside", "near", "around"])
_THIS = frozenset(["the", "this", "that", "these", "those"])


def _of_the_dead(verb: Token) -> bool:
    """"Most of the dead are Taliban", "the victims are all farmers": a copula in the
    present about the dead of the strike told is an account of who was hit, no habit."""
    if verb.lemma_.lower() != "be":
        return False
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        if any(w.lower_ in lx.VICTIM_SUBJECT_FORMS for w in with_of_objects(subj)):
            return True
    return False


def _none_at_this_site(verb: Token) -> bool:
    """"There are no fighters in the village", "there is no military position here": a
    denial, in the present, that anybody armed is at one site the story names (a definite
    place, a name, "here") tells of the site struck, not a general line ("there are no
    civilians in areas where it operates" stays one)."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    # "no fighters", and "nothing military here"
    denied = [c for c in verb.children if c.dep_ in ("attr", "nsubj")
              and (c.lower_ in ("nothing", "nobody")
                   or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))]
    if not denied:
        return False
    for owner in (verb, *denied):
        for child in owner.children:
            if child.dep_ == "advmod" and child.lower_ in _HERE:
                return True
            if child.dep_ == "prep" and child.lower_ in _AT:
                place = next((o for o in child.children if o.dep_ == "pobj"), None)
                if place is None or any(c.dep_ in ("relcl", "acl") for c in place.children):
                    continue
                if place.pos_ == "PROPN" or any(
                        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _THIS)
                        for c in place.children):
                    return True
    return False


def _prospect(verb: Token) -> bool:
    """"were likely", "are prohibited": the clause is a prospect or a norm."""
    if verb.lemma_.lower() in lx.PROSPECT_WORDS and verb.tag_ == "VBN":
        return True
    return any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in lx.PROSPECT_WORDS
               for c in verb.children)


def _heard_in_body(doc: Doc, drafts: list[ClaimDraft],
                   resolver: MentionResolver) -> list[ClaimDraft]:
    """A headline sums up the body: its speaker is a party of the article only as the body
    names it. "Somali officials say mortars hit market" over a body where the governor
    tells it is the governor's account, already drafted from the body; a headline claim
    whose speaker is not heard in the body adds no party (the labels, like a reporter,
    take the parties from the body). A speaker the body also hears keeps its claim under the
    body's name; one the body names otherwise ("families say ..." over "relatives of the
    dead said ...") is the one body speaker of its kind and country, when there is exactly
    one. A headline account the body tells nowhere ("Army says base, not village, was
    struck" over a body where only villagers speak) stays under the headline's speaker: it
    is the article's only account of that side. The outlet's own voice is no speaker and
    stays.

    A headline speaker the body does not hear by its own id tells its account through a
    body speaker: one whose name is the headline's cut at its start (the headline's full
    name then serves both), the one of its kind, or the one sideless voice telling its kind
    of account (:func:`_voice`), which also takes the headline speaker's side. A headline
    speaker given accounts of both kinds was misread and passes its side to nobody."""
    if not doc or not _in_headline(doc[0]):
        return drafts
    first = sent_of(doc[0])
    end = first.end_char
    # (not a body named by its weapons: "an attack by Myanmar military helicopters" names
    # the army's craft, not the army that speaks)
    body = {actor.id: actor for pos, actor, weight in resolver.heard
            if weight > 1 and pos >= first.end
            and actor.name.split()[-1].lower() not in lx.WEAPON_NOUNS}
    body.update((d.party.id, d.party) for d in drafts if d.start_char >= end)
    told = {(d.target.target_class, d.negated) for d in drafts if d.start_char >= end}
    out: dict[tuple[str, str, bool], ClaimDraft] = {}
    # a body speaker's actor as the article ends with it: on its headline speaker's
    # side, or the headline speaker whose name the body's was cut from
    final: dict[str, Actor] = {}
    kinds: dict[str, set[tuple[str, bool]]] = {}  # kinds of account each headline speaker tells
    for d in drafts:
        group = class_group(d.target)
        if d.start_char < end and group is not None:
            kinds.setdefault(d.party.id, set()).add((group, d.negated))
    for d in drafts:
        if d.start_char < end and d.cue != NARRATES:
            alike = [a for a in body.values() if _same_kind(a, d.party)]
            # "Dutch minister admits" over "Defence Minister X told parliament" and
            # "opposition lawmakers accused": the speaker titled by the headline's role word
            alike = [a for a in alike if a.type == "person" and _titled_by(a, d.party)] \
                or alike
            voice = None  # not for a speaker heard in the body itself, nor one misread
            if d.party.id not in body and len(kinds.get(d.party.id, ())) <= 1:
                voice = alike[0] if len(alike) == 1 else _voice(d, drafts, end)
            if voice is not None and d.party.side and not voice.side:
                final.setdefault(voice.id, replace(
                    voice, side=d.party.side, country=voice.country or d.party.country))
            cut = [a for a in body.values() if _cut_from(a.name, d.party.name)]
            if d.party.id in body and (mate := _side_mate(d, drafts, end)) is not None:
                d.party = mate
            elif d.party.id in body:
                d.party = body[d.party.id]
            elif len(cut) == 1:
                # "Sans Frontieres" where the parse split "Medecins Sans Frontieres":
                # the body's speaker is the headline's, under its full name
                final[cut[0].id] = d.party
            elif len(alike) == 1:
                d.party = alike[0]
            elif voice is not None:
                d.party = voice
            elif d.target.target_class == "unknown" or \
                    (d.target.target_class, d.negated) in told:
                continue
        out.setdefault((d.party.id, d.target.text.lower(), d.negated), d)
    for d in out.values():
        d.party = final.get(d.party.id, d.party)
    return list(out.values())


_VOICES = ("person", "official", "source")  # speakers who speak for a body, not as one


def _cut_from(short: str, full: str) -> bool:
    """``short`` is the last words of ``full``, fewer of them: a name cut at its start."""
    words, whole = short.lower().split(), full.lower().split()
    return 0 < len(words) < len(whole) and whole[-len(words):] == words


def _voice(head: ClaimDraft, drafts: list[ClaimDraft], end: int) -> Actor | None:
    """The body speaker a headline speaker's account is told by: the one body speaker of
    no side of its own (a spokesman, an official, a source) who tells an account of the
    same kind ("Army says it destroyed rebel camp" over "..., a military spokesman said":
    the spokesman speaks for the army's side). None when no such speaker, or several."""
    kind = (class_group(head.target), head.negated)
    if kind[0] is None:
        return None
    voices = {d.party.id: d.party for d in drafts if d.start_char >= end
              and d.party.type in _VOICES and not d.party.side
              and (class_group(d.target), d.negated) == kind}
    return next(iter(voices.values())) if len(voices) == 1 else None


def _side_mate(head: ClaimDraft, drafts: list[ClaimDraft], end: int) -> Actor | None:
    """Rule ``headline.side_voice``: a headline's state, capital or military the body only
    mentions ("Turkey says it hit PKK" over a body where "Turkish security sources said
    ..." and Ankara is only named) speaks through the body's first speaker of its side who
    tells the same kind of account: the party the body, and the desk, hear. None when the
    body gives the headline's speaker an account of its own, or no speaker of its side
    tells one."""
    if head.party.type not in ("state", "military") or not head.party.side:
        return None
    kind = (class_group(head.target), head.negated)
    if kind[0] is None:
        return None
    body = [d for d in drafts if d.start_char >= end and d.cue != NARRATES]
    if any(d.party.id == head.party.id for d in body):
        return None
    return next((d.party for d in body if d.party.side == head.party.side
                 and d.party.id != head.party.id
                 and (class_group(d.target), d.negated) == kind), None)


def _same_kind(a: Actor, b: Actor) -> bool:
    """Two names that may be one speaker: the same kind of party, of no other country;
    or a headline's role word and the body's titled speaker ("governor says" over
    "regional governor Vasily Golubev said")."""
    if a.country and b.country and a.country != b.country:
        return False
    if _government_and_watchdog(a, b) or _government_and_watchdog(b, a):
        return False  # ("commission says" over "the government said": two speakers)
    if sum(_guessed_body(x) for x in (a, b)) == 1 and any(
            x.type in _STATE_KINDS and x.country for x in (a, b)):
        # "Sudan's military council says" over "the Civic Renewal Alliance
        # said": a body named by a name no list knows, its kind guessed from its head
        # word ("alliance"), is not a state's own body the gazetteer knows
        return False
    return a.type == b.type or (a.type in _VOICES and b.type in _VOICES and _titled_by(a, b))


_STATE_KINDS = frozenset(["military", "ministry", "state"])


def _guessed_body(actor: Actor) -> bool:
    """A body known only by the name the copy gives it, its kind guessed."""
    return actor.id.startswith("org.")


def _government_and_watchdog(a: Actor, b: Actor) -> bool:
    """``a`` is a bare "government" or "authorities" and ``b`` a body that watches or
    judges the state (a commission, a court)."""
    words = a.name.lower().split()
    return bool(words) and words[-1] in lx.GOVERNMENT_HEADS \
        and bool(lx.NOT_GOVERNMENT & set(b.name.lower().split()))


def _titled_by(a: Actor, b: Actor) -> bool:
    """``a``'s name holds the role word that ends ``b``'s ("Defence Minister X" for "Dutch
    minister", "regional governor X" for "governor"), both speaking as people."""
    words = b.name.lower().split()
    return bool(words) and a.type in _VOICES and b.type in _VOICES \
        and words[-1] in a.name.lower().split()


# a past period a follow-up story's lead gives its strike ("accused soldiers of executing
# 300 men in Moura last month"): the story's own event, not a background one
_PERIOD_RULES = frozenset(["background.last_period", "background.in_month_year"])


def _lasting_use(tok: Token, hits: Sequence[Hit], scopes: Sequence[Scope]) -> bool:
    """Rule ``background.lasting_use``: "the owner said it had served as a seed store for
    eleven years", "the hall was used as a school for years": a span of years on what a
    site was or was used as tells how long it was so, not a run of strikes over years
    (``background.for_years``); it sets no such account in the background."""
    covering = [s for s in scopes if s.start <= tok.i < s.end and s.category == "BACKGROUND"]
    return bool(hits) and all(s.rule == "background.for_years" for s in covering) \
        and all(h.rule.startswith(("use.", "copula.")) for h in hits)


def _lead_period(tok: Token, scopes: Sequence[Scope]) -> bool:
    """Rule ``background.lead_period``: the only background ``tok`` is in is a past
    period ("last month", "in August 2023") told after it, and ``tok`` is in the story's
    headline or first sentence: the lead of a report, an inquiry or a charge sheet about
    an earlier strike tells the story's own event."""
    covering = [s for s in scopes if s.start <= tok.i < s.end and s.category == "BACKGROUND"]
    if not covering or any(s.rule not in _PERIOD_RULES for s in covering):
        return False
    before = tok.doc[sent_of(tok).start : tok.i]
    if any((a.lower_ == "last" and b.lower_ in ("month", "year"))
           or (a.lower_ == "in" and b.lower_ in MONTH_NAMES)
           for a, b in itertools.pairwise(before)):
        return False  # "Last month, the army said ...": a period set before it frames it
    return _in_headline(tok) or _first_sentence(tok)


def _first_sentence(tok: Token) -> bool:
    """``tok`` is in the body's first sentence (the first after the headline, if any):
    from the body's start to its first full stop, whatever pieces the parser cut a
    dateline into."""
    doc = tok.doc
    start = 0
    if _in_headline(doc[0]):
        breaks = line_breaks(doc)
        start = breaks[0] + 1 if breaks else 0
    if tok.i < start:
        return False
    end = next((t.i for t in doc[start:] if t.text in (".", "!", "?") and t.is_sent_end),
               len(doc))
    return tok.i <= end


# verbs of a charge against a party ("accused the army of ...", "blamed the attack on ...")
_ACCUSE_VERBS = frozenset(["accuse", "blame", "charge", "suspect"])


def _passive_accuser(report: Token) -> Token | bool | None:
    """Rule ``claim.accused_passive``: a passive accusation's subject is the accused, not a
    speaker ("the militia is accused of killing hundreds of herders"): its accuser is the
    "by" agent when there is one; False when there is none (no one's account); None when
    the report is no passive accusation."""
    if report.lemma_.lower() not in _ACCUSE_VERBS \
            or not any(c.dep_ == "auxpass" for c in report.children):
        return None
    return next((g for c in report.children if c.dep_ == "agent"
                 for g in c.children if g.dep_ == "pobj"), False)


def _speaker_tag(tok: Token) -> Token | None:
    """Rule ``headline.speaker_tag``: the speaker a headline names in a tag of its own,
    after a dash or colon or before a colon ("Airstrikes on camp kill 14 - aid group",
    "Army: strike hit rebel base"): the tag's head, when the paragraphs component cut the
    tag off ``tok``'s sentence."""
    doc = tok.doc
    headline = DOC_MEMO.get(doc, "headline span", lambda: headline_span(doc))
    if headline is None or tok.i >= headline.end:
        return None
    start = DOC_MEMO.get(doc, "speaker tag", lambda: speaker_tag_start(headline))
    if start is None:
        return None
    sent = sent_of(tok)
    if sent.end == start:
        tag = doc[start : headline.end]
    elif sent.start == start:
        tag = doc[headline.start : start - 1]
    else:
        return None
    root = tag.root if len(tag) else None
    if root is None or root.pos_ not in ("NOUN", "PROPN") or _place_tag(tag):
        return None
    return root


def _place_tag(tag: Span) -> bool:
    """Rule ``headline.place_tag``: a headline's tag that the story names as a place
    ("Marel: Death toll rises after rockets hit a block of flats", then "in the town of
    Marel"; "Dorra: strike hits school") is where the news is, not who speaks: a
    place by its tag, or words the body has after "in", "near", "at" or a settlement word
    ("the town of"). Not a state's name ("Pakistan: Indian jets hit empty forest"),
    which may be the state speaking."""
    if tag.root.ent_type_ in ("ORG", "NORP") \
            or Gazetteer.default().country_of_name(tag.text) is not None:
        return False
    if tag.root.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    words = [t.lower_ for t in tag if not t.is_punct]
    if not words:
        return False
    doc = tag.doc
    for tok in doc[tag.end:]:
        if tok.lower_ != words[0] or tok.i + len(words) > len(doc) \
                or [t.lower_ for t in doc[tok.i : tok.i + len(words)]] != words:
            continue
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        before = doc[tok.i - 1] if tok.i else tok
        if before.lower_ in ("in", "near", "at", "outside") or (
                before.lower_ == "of" and tok.i > 1
                and doc[tok.i - 2].lower_ in lx.SETTLEMENT_WORDS):
            return True
    return False


def _in_headline(tok: Token) -> bool:
    """The first paragraph of a text that has more (the headline), where the simple
    present tells a past event ("Drone strike kills six in village")."""
    sent = sent_of(tok)
    breaks = line_breaks(tok.doc)  # (no line ends before the sentence, and one after)
    if not breaks or breaks[0] < sent.start:
        return False
    doc = tok.doc
    last = next((doc[i] for i in range(sent.end - 1, sent.start - 1, -1)
                 if not doc[i].is_space), None)  # (its last word, read from the end)
    return not (last is not None and last.text == ".")  # (a lead sentence, not a headline)


def _breaks(tok: Token) -> bool:
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def _expand(head: Token) -> list[tuple[int, bool]]:
    """The head and its coordinated / appositive siblings, with their negation
    ("combatants, not civilians"; "IS and not other groups"; "X instead of Y")."""
    out: list[tuple[int, bool]] = []
    stack: list[tuple[Token, bool]] = [(head, False)]
    seen: set[int] = set()
    while stack:
        h, inherited = stack.pop()
        if h.i in seen:
            continue
        seen.add(h.i)
        if (h.tag_ in ("WDT", "WP") or (h.lower_ == "that" and h.dep_ == "dobj")) \
                and h.head.dep_ == "relcl":
            # (and a "that" the parse took for the clause's mark, which a repair made the
            # object: "the site that the jets bombed")
            if h.dep_ == "dobj" and any(c.dep_ in ("dobj", "nsubjpass") and c.i != h.i
                                        for c in h.head.children):
                # "a claim by the front that they launched a drone at the depot": a verb
                # with an object of its own makes "that" no relative pronoun but the
                # opening of what the claim says; the claim is not what was fired at; nor
                # does a passive with a subject of its own take an object ("told a story
                # that the youths were killed")
                continue
            h = h.head.head
        elif (h.tag_ in ("WDT", "WP") or h.lower_ == "that") and h.dep_ == "pobj" \
                and h.head.dep_ == "prep" \
                and h.head.i > h.i and h.head.head.dep_ == "relcl":
            # "a march that the troops shot at": the stranded "at" hangs the
            # relative pronoun on the clause, which stands for the noun it describes
            h = h.head.head.head
        children = list(h.children)  # (read three times below: its Tokens made once)
        negs = [c for c in children if c.dep_ in ("neg", "preconj", "det")
                and c.lower_ in ("not", "never", "no")]
        # (not the inner piece of a place name the parse split: "a launch post in Aita
        # al-Shaab and Ramyeh", "Shaab" hung on "post")
        siblings = [c for c in children if c.dep_ in ("conj", "appos")
                    and c.pos_ in ("NOUN", "PROPN", "ADJ") and not _casualty_noun(c)
                    and not _split_place_piece(c) and not _strike_joined(c)
                    and not _speaking_conjunct(c) and not _distance(c)
                    and not _rebutted_account(c) and not _the_assailant(c)]
        # a "not" between the head and a following sibling belongs to the sibling; so
        # does ", not" before a noun the parse hung elsewhere ("were civilians, not
        # militia" in a headline, "militia" taken for a clause of its own)
        contrasted = [n for n in negs if n.i > h.i and not any(s.i > n.i for s in siblings)
                      and _contrasted_noun(n) is not None]
        own_neg = any((n.i < h.i or not any(s.i > n.i for s in siblings))
                      and n not in contrasted for n in negs)
        out.append((h.i, inherited or own_neg or _is_negated(h)))
        for n in contrasted:
            other = _contrasted_noun(n)
            if other is not None and other.i not in seen:
                out.append((other.i, True))
        # "no personnel or facilities": a "no" before the head covers an "or" list
        spread = any(n.i < h.i and n.lower_ in ("no", "not", "never") for n in negs)
        for sib in siblings:
            sib_neg = any(h.i < n.i < sib.i for n in negs) or (spread and _or_joined(sib))
            stack.append((sib, sib_neg))
        for child in children:
            if child.lower_ in ("instead", "than") or (
                child.lower_ in ("of", "than")
                and any(g.lower_ in ("instead", "rather") for g in child.children)
            ):
                for sub in child.subtree:
                    if sub.dep_ == "pobj":
                        out.append((sub.i, True))
                        break
    return out


def _contrasted_noun(neg: Token) -> Token | None:
    """The noun ", not" sets against the one it hangs on ("civilians, not militia",
    "civilians, not armed militia"): the head of the noun phrase right after it."""
    doc = neg.doc
    if neg.i == 0 or doc[neg.i - 1].text != "," or neg.i + 1 >= len(doc):
        return None
    tok = doc[neg.i + 1]
    if _is_quote(tok) and tok.i + 1 < len(doc):
        tok = doc[tok.i + 1]  # "fisherman, not 'narco-terrorist'"
    while tok.dep_ in ("amod", "compound", "det", "nummod") and tok.head.i > tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN") else None


def _distance(sib: Token) -> bool:
    """"a square in the town, about 180 km (110 miles) south of the capital": a measure
    set beside a target says where it is, not what else was hit ("500 tonnes of fuel"
    names what, by its "of")."""
    return sib.ent_type_ == "QUANTITY" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in sib.children)


def _speaking_conjunct(sib: Token) -> bool:
    """"the site was a detention centre ... and the coalition saying it had hit a depot":
    a conjunct with its own reporting participle is a second speaker (rule
    ``speaker.with_second``), not a second target."""
    return any(c.dep_ == "acl" and c.tag_ == "VBG" and _is_report(c) for c in sib.children)


def _rebutted_account(sib: Token) -> bool:
    """"destroyed two tanks, an account the army dismissed": the account set beside what
    was said is no second target."""
    return sib.dep_ == "appos" and sib.lemma_.lower() in _REBUTTED_NOUNS


def _strike_joined(sib: Token) -> bool:
    """"a centre used to plan and direct attacks against civilians": attacks the parse
    joined to the target are what the target did, no second target."""
    return sib.dep_ == "conj" and sib.pos_ == "NOUN" and sib.lemma_.lower() in lx.ACTION_NOUNS


def _split_place_piece(tok: Token) -> bool:
    """``tok`` is a later piece of a place name the parse attached in pieces ("Aita",
    "al-Shaab" of "in Aita al-Shaab" hung on "in" and on the noun before it), not its
    anchor (:func:`_anchor`)."""
    if tok.ent_iob_ != "I" or tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    ent = ent_at(tok)
    return ent is not None and _anchor(ent).i != tok.i


def _or_joined(sib: Token) -> bool:
    """A conjunct joined by "or"/"nor" ("no soldiers or weapons")."""
    return sib.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor")
                                      for c in (*sib.head.children, *sib.children))


def _is_negated(head: Token) -> bool:
    """"not X" written before the phrase, or "instead of X" / "rather than X"; "were
    terrorists and not innocent persons": a listed phrase the parse gave its own "not"."""
    if head.dep_ == "conj" and any(c.dep_ == "neg" for c in head.children):
        return True
    if denied_attr(head):
        return True  # "this is no consulate"
    first = target_tokens(head)[0]
    prev = head.doc[first.i - 1] if first.i > 0 else None
    if prev is not None and prev.lower_ in ("not", "never") and prev.head.i in (head.i,
                                                                              head.head.i):
        return True
    p = head.head
    if head.dep_ == "pobj" and p.dep_ == "prep" and any(
            c.dep_ == "neg" and c.i < p.i for c in p.children):
        return True  # "fired at gunmen in the area, not at the hospital"
    if head.dep_ == "pobj" and p.lower_ in ("of", "than"):
        if (p.lower_ == "than" and p.head.lower_ in ("rather", "other")) or (
            p.lower_ == "of" and p.head.lower_ == "instead"
        ):
            return True
        if p.lower_ == "of" and p.i > 0 and head.doc[p.i - 1].lower_ == "instead":
            return True
    return False


def _hit_targets(tok: Token, hits: list[Hit], scopes: list[Scope]) -> list[tuple[int, bool, str]]:
    """Targets the constructions found for ``tok``, with coordinated siblings and their
    negation ("combatants, not civilians"), each with the id of its construction."""
    # (not a ", not" after the verb's object that the parse hung on the verb: "killed a
    # fisherman, not 'narco-terrorist'" denies the second noun, not the killing)
    negated_verb = (tok.pos_ in ("VERB", "AUX") and (
        any(c.dep_ == "neg" and not (c.i > tok.i and _contrasted_noun(c) is not None)
            for c in tok.children) or _at_no_time(tok)
        or _done_by_nobody(tok))) or _denied_noun(tok)
    out: list[tuple[int, bool, str]] = []
    seen: set[int] = set()
    for hit in hits:
        head = tok.doc[hit.target]
        pairs = [(head.i, True)] if hit.kind in ("miss", "no_damage", "no_strike") \
            else _expand(head)
        for i, neg in pairs:
            if i in seen and not hit.beside:
                continue
            seen.add(i)
            offered = _after_but(tok.doc[i])
            verb_neg = negated_verb and not offered
            # (a row that denies its target denies the one named, not what "but" offers
            # instead: "was not a camp for displaced people but a barracks")
            row_neg = hit.negated and not (offered and i != hit.target)
            neg = neg or row_neg or verb_neg or "NEGATED" in categories_at(scopes, i)
            out.append((i, neg, hit.rule))
    return out


_NO_TIMES = frozenset(["time", "point", "stage", "moment"])


def _at_no_time(verb: Token) -> bool:
    """"At no time were the villages targeted": the verb is denied as by "not" (also as
    the parse's participle on the subject of "were")."""
    if verb.dep_ == "acl" and verb.head.dep_ == "nsubj":
        verb = verb.head.head
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        o.dep_ == "pobj" and o.lower_ in _NO_TIMES and any(
            d.dep_ == "det" and d.lower_ == "no" for d in o.children) for o in c.children)
        for c in verb.children)


def _after_but(tok: Token) -> bool:
    """"was not a base but a temple", "did not hit civilians but fighters": the conjunct
    after "but" is what the negated verb offers instead."""
    return tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" and c.i < tok.i
                                      for c in tok.head.children)


# "it was not the first attack on the base": the negation is of the order, not the target
_ORDER_WORDS = frozenset(["first", "only", "last", "second", "latest", "biggest", "worst"])


def _done_by_nobody(verb: Token) -> bool:
    """"Nobody attacked any convoy", "no one fired at the soldiers": a verb whose doer is
    nobody is denied, as by "not"; so is one whose subject is none of a group ("none of
    the dead were fighters", "none of the shells hit the camp")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (
        c.lower_ in ("nobody", "noone", "none", "neither") or (
        c.lower_ == "one" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)))
        for c in verb.children)


def _denied_noun(noun: Token) -> bool:
    """"This was not an operation against innocent peasants", "it was never an attack on
    civilians": a strike noun a negated "be" says the thing was not is denied, as a
    negated strike verb is (not "it was not the first attack on the base")."""
    be = noun.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "attr" and be.i != noun.i \
        and be.lemma_ == "be" and any(c.dep_ == "neg" for c in be.children) \
        and not any(c.lower_ in _ORDER_WORDS for c in noun.children)


# construction kind -> trigger kind for the modality checks
_HIT_KINDS = {
    "hit": "HIT_VERB", "casualty": "HIT_VERB", "mistake": "MISTAKE", "noun": "ACTION_NOUN",
    "copula": "COPULA", "use": "USE", "miss": "MISS", "no_damage": "NO_DAMAGE",
    "no_strike": "NO_STRIKE", "cause": "CAUSE",
}
NO_STRIKE, CAUSE, USE = "no_strike", "cause", "use"


def _names_body(head: Token, party: Actor, gazetteer: Gazetteer) -> bool:
    """``head`` stands in a name of the body ``party`` ("UNICEF", "the UN children's
    agency"), not in words the body is named by ("Israeli troops" for the military), nor
    counted as its men ("six Dorba Guards were killed, the Ministry of the Dorba Guards
    said": its own dead)."""
    entry = gazetteer.actors.get(party.id)
    span = ent_at(head)
    if entry is None or span is None or not head.text[:1].isupper() \
            or any(c.dep_ == "nummod" for c in head.children):
        return False
    text = span.text.lower().removeprefix("the ")
    return any(text == a.lower() or text.endswith(" " + a.lower()) for a in entry.aliases)


# trigger kinds whose claims are accounts of what happened, or of who was at the site,
# rather than of a target hit (they name no attacker)
_ACCOUNT_KINDS = {"NO_STRIKE": NO_STRIKE, "CAUSE": CAUSE, "USE": USE}
# simple present of these is a habit or a policy line, not an account of this strike
_HABIT_KINDS = frozenset(["HIT_VERB", "COPULA", "USE", "CAUSE"])


def _reported(tok: Token) -> bool:
    """Is the clause of ``tok`` somebody's words (a reporting verb or "according to")?"""
    path = _path_to_report(tok)
    return (bool(path) and _is_report(path[-1]) and path[-1].i != tok.i) \
        or _according_to(tok) is not None


_OWNER_PREPS = frozenset(["by", "from", "of"])
_OWNER_ENTS = frozenset(["NORP", "GPE", "ORG", "PERSON"])


def _below_owned_claim(inner: list[Token], mods: ModifierTable) -> list[Token]:
    """The path up to an owned claim or statement noun on it ("the army's claim that
    ..."), which then stands for the speaker; the whole path when there is none."""
    for k, node in enumerate(inner[1:], start=1):
        if mods.on_path(node, "HEARSAY") and _claim_owner(node) is not None \
                and not _topic_of_account(inner, k):
            return inner[: k + 1]
    return inner


def _topic_of_account(path: list[Token], k: int) -> bool:
    """``path[k]`` is an account noun the path enters by a preposition: "the American
    account of an attack that killed 22" tells what the account is about, not what it
    says (its "that" clause does)."""
    return path[k].lower_ in _ACCOUNT_NOUNS and k > 0 and path[k - 1].dep_ == "prep"


def _taken_up(noun: Token) -> bool:
    """Reports a party says it received or is alarmed by: "it had received reports that
    four children were among the dead", "alarmed by reports that children were killed".
    The party takes them up as its account; reports it investigates, reviews or denies,
    unconfirmed ones, and reports it is only "aware of" (acknowledged while it gives its
    own account, as the labelled sets read a command's "we are aware of reports of
    civilian casualties") it does not."""
    if any(c.dep_ == "amod" and c.lower_ in lx.UNTAKEN_REPORT_WORDS for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in lx.RECEIPT_WORDS
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "agent") \
            and head.lower_ in ("by", "of", "about", "at"):
        pred = head.head
        # "it was alarmed by reports" or, as the parse may hang it, "was [alarmed] by"
        preds = [pred, *(c for c in pred.children if c.dep_ == "acomp")]
        return any(p.lemma_.lower() in lx.RECEIPT_WORDS or p.lower_ in lx.RECEIPT_WORDS
                   for p in preds)
    return False


def _called_false(noun: Token) -> bool:
    """"the claims ... were false / lies / baseless": the clause calls the claims untrue;
    so does "videos purporting to show ... had been fabricated" of what they purport to
    show."""
    if noun.pos_ == "VERB" and noun.dep_ != "acl":
        # the parser made "purporting" the clause's verb and "had been fabricated" a
        # clause of its own, with no subject, beside it
        return any(c.dep_ in ("ccomp", "conj") and c.lemma_.lower() in _FAKING_VERBS
                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                   for c in noun.head.children)
    if noun.dep_ == "acl" and noun.pos_ == "VERB":
        noun = noun.head  # "videos purporting to show": the videos
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _FAKING_VERBS:
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and (c.lower_ in lx.FALSITY_WORDS
                                         or c.lemma_.lower() in lx.FALSITY_WORDS)
        for c in verb.children)


# "the videos were fabricated / faked / staged / doctored"
_FAKING_VERBS = frozenset(["fabricate", "fake", "stage", "doctor", "falsify", "forge"])


# nouns of an account whose "of" phrase names what the account is about, not what it says
# ("the army's account of the raid"; its "that" clause is what it says)
_ACCOUNT_NOUNS = frozenset(["account", "accounts", "version"])


_STATEMENT_NOUNS = frozenset(["statement", "statements", "announcement", "communique",
                              "communiqué"])


def _statement_owner(nodes: list[Token], k: int) -> Token | None:
    """The named owner of a statement whose "that" clause the path comes up through: "the
    statement of the Russian defence ministry that its strike had hit a base" (not "said
    in a statement that", where the clause is the verb's, nor a statement with no owner)."""
    node = nodes[k]
    if k == 0 or node.lower_ not in _STATEMENT_NOUNS or node.pos_ != "NOUN":
        return None
    below = nodes[k - 1]
    if below.dep_ not in ("acl", "ccomp", "relcl") or below.head.i != node.i \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children):
        return None
    owner = _body_owner(node)
    return owner if owner is not None and not owner.is_ancestor(nodes[0]) else None


def _body_owner(noun: Token) -> Token | None:
    """:func:`_claim_owner`, or the body a statement is named by: "an army statement",
    "the police version"."""
    return _claim_owner(noun) or next(
        (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
         and c.lemma_.lower() in _OWNER_BODIES), None)


def _claim_owner(noun: Token) -> Token | None:
    """Whose claim or statement: "the army's claims", "claims by the army",
    "Israeli claims"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and (child.ent_type_ in _OWNER_ENTS
                                                   or child.ent_id_):
            return child
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SPREAD_VERBS:
        # "foreign media spread news that a hospital was bombed": who put the news out
        verb = noun.head
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if owner is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp"):
            # "she said she was appalled, citing reports that ...": the participle's
            # doer is the subject of the clause it hangs on
            owner = next((c for c in verb.head.children
                          if c.dep_ in ("nsubj", "nsubjpass")), None)
        return owner
    return None


# bodies a statement is named by ("an army statement"), whose statement it is
_OWNER_BODIES = frozenset(["army", "military", "police", "government", "ministry", "navy",
                           "junta", "coalition"])
# verbs of putting a claim out, whose subject owns it
_SPREAD_VERBS = frozenset(["spread", "publish", "circulate", "broadcast", "air", "post",
                           "disseminate", "peddle", "fabricate",
                           # "the ministry issued a statement that ...", "released a
                           # report that ...", and reports a speaker cites as its ground
                           # ("citing reports that pupils were among the dead")
                           "issue", "release", "cite", "quote"])


# counts of statements: "a series of communiques from the Joint Chiefs said ..."
_SERIES = frozenset(["series", "number", "string", "couple", "pair", "set", "batch",
                     "succession", "flurry"])


_BODY_OR_PLACE_ENTS = frozenset(["ORG", "GPE", "LOC", "FAC"])


def _who_antecedent(noun: Token) -> Token:
    """"Ada Obi, a nurse at the General Hospital in Zaria, who had written that she had been
    shot": the parse hangs "who" on the place or body the person is of; the person (the
    noun the place phrase hangs from) is the one who speaks. The noun itself when it is
    no place or body, or no person stands above it."""
    if noun.ent_type_ not in _BODY_OR_PLACE_ENTS:
        return noun
    for up in noun.ancestors:
        if up.pos_ in ("NOUN", "PROPN") and up.ent_type_ not in _BODY_OR_PLACE_ENTS:
            return up
    return noun


def _owner(subj: Token) -> Token:
    """A statement speaks for its owner: "the ministry's statement said ...", "a series
    of communiques from the Joint Chiefs of Staff said ..."."""
    # (so does an account its owner gave: "the police version was that ...")
    if subj.lemma_.lower() in _SERIES:
        counted = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"), None)
        if counted is not None and counted.lemma_.lower() in lx.DOCUMENT_NOUNS:
            subj = counted
    if subj.lemma_.lower() in lx.DOCUMENT_NOUNS:
        owner = _claim_owner(subj)
        if owner is not None:
            return owner
    if subj.lower_ in _ACCOUNT_NOUNS:
        # "the police version was that ...": the body whose account it is
        return _body_owner(subj) or subj
    return subj


def _action(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return lx.VERB_ACTIONS.get(lemma, "strike")
    for child in tok.children:
        if child.dep_ == "compound" and child.lemma_.lower() in ("drone", "air", "missile"):
            return "drone" if child.lemma_.lower() == "drone" else "strike"
    return lx.ACTION_NOUNS.get(lemma, "strike")


_SELF = frozenset(["we", "our", "us", "its", "it"])


def attacker_of(
    doc: Doc, found: TargetMatch, party: Actor | None, resolver: MentionResolver,
    last: Actor | None, by_noun: Mapping[str, Actor] | None = None,
) -> Actor | None:
    """Who struck: the subject of an active verb, the agent of a passive one, or the
    owner of an action noun ("Israeli strike", "Russia's raids", "strike by the army")."""
    tok = doc[found.trigger]
    cands: list[Token] = []
    if tok.pos_ == "VERB":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        # "only Taliban died in the strike": who dies is the victim, never the attacker
        victim_subject = tok.lemma_.lower() in lx.DYING_VERBS
        for child in tok.children:
            if child.dep_ == "nsubj" and not passive and not victim_subject:
                cands.append(child)
            elif child.dep_ == "agent":
                cands.extend(c for c in child.children if c.dep_ == "pobj")
        if not cands and tok.dep_ == "conj" and not passive and not victim_subject:
            # (up a chain of joined verbs: "gunmen surrounded the mosque, set off a bomb
            # and then opened fire on worshippers")
            verb = tok
            while not cands and verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
                cands.extend(c for c in verb.children if c.dep_ == "nsubj")
        if not cands and passive:
            # rule ``attacker.when_clause``: "40 people were killed when security forces
            # moved into the camp": a force that acted in the clause that says when (also
            # on a joined verb: "were killed and 19 wounded on Monday when fighters
            # entered the camp")
            joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            for child in (c for v in (tok, *joined) for c in v.children):
                if child.dep_ == "advcl" and child.pos_ == "VERB" and not _is_report(child) \
                        and any(m.dep_ == "advmod" and m.lower_ == "when"
                                for m in child.children):
                    for subj in (c for c in child.children if c.dep_ == "nsubj"):
                        actor = _resolve_attacker(subj, party, resolver, last, depth=0,
                                                  by_noun=by_noun)
                        if actor is not None and actor.type in _FORCE_TYPES:
                            return actor
        first = tok
        while first.dep_ == "conj" and first.head is not first and first.tag_ == "VBG":
            first = first.head  # "looting shops and attacking the homes": the first's
        if not cands and not passive and _hangs_as_participle(first) \
                and not _is_report(first.head):
            # (not "the spokesman said, giving a toll of 46": who gives the toll is the
            # speaker, no attacker)
            verb = first.head
            if verb.dep_ == "relcl" and verb.lemma_.lower() not in lx.HIT_VERBS:
                # "struck a building where militants were meeting, killing X": the parse
                # hung the participle on the site's clause; it tells the strike's toll
                verb = next((a for a in verb.head.ancestors if a.pos_ == "VERB"), verb)
            cands.extend(c for c in verb.children if c.dep_ == "nsubj")
        if not cands and tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() in _ACCUSE_VERBS:
            # rule ``attacker.accused_of``: "accused Russia of bombing its positions": the
            # one accused struck, not the accuser
            cands.extend(c for c in tok.head.head.children if c.dep_ == "dobj")
        if not cands and not passive and tok.dep_ == "acl" and tok.tag_ == "VBG" \
                and tok.head.pos_ in ("NOUN", "PROPN"):
            # rule ``attacker.doer_participle``: "helicopters firing on the hospital
            # during an insurgent attack": the noun the participle hangs on fired, not
            # the attack of the time phrase
            cands.append(tok.head)
        if not cands:  # "killed in an Israeli strike"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "during", "by"):
                    cands.extend(c for c in child.children if c.dep_ == "pobj"
                                 and c.lemma_.lower() in lx.ACTION_NOUNS)
        if not cands and found.report is not None:
            cands.extend(_blamed_by_speaker(doc[found.report]))
    else:
        for child in tok.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and (
                child.ent_type_ or child.lower_ in _SELF or child.lower_ in ("their", "they")
                or child.lower_ in _ARMED_MEN_WORDS
            ):
                owner = _clause_owner(child) if child.lower_ in ("their", "its") else None
                if owner is not None:
                    actor = resolver.mention(owner) or (
                        resolver.antecedent(owner) if any(
                            c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
                        else None)
                    if actor is not None and actor.type in _FORCE_TYPES:
                        return actor
                cands.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
                cands.extend(c for c in child.children if c.dep_ == "pobj")
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in lx.LAUNCH_VERBS:
            cands.extend(c for c in head.children if c.dep_ == "nsubj")
        cands.extend(_claimant(tok))
    if found.speaker is not None and party is not None and party.type in _FORCE_TYPES \
            and any(c.dep_ == "nsubj" and c.lower_ in ("they", "it") for c in cands):
        # rule ``attacker.claim_owner``: "a claim by the front that they launched a drone
        # at the plant": the owner of a claim tells of its own strike (an owner that
        # strikes nothing, a channel or a monitor, tells of someone else's)
        return party
    for cand in cands:
        actor = _resolve_attacker(cand, party, resolver, last, depth=0, by_noun=by_noun)
        if actor is not None:
            return actor
    return None


def _blamed_by_speaker(report: Token) -> list[Token]:
    """Rule ``attacker.blaming``: "five guards were killed, the ministry said, blaming
    Northland's warplanes" (or "blaming the attack on Northland"): whom the speaker blames
    in the participle on its reporting verb struck."""
    out: list[Token] = []
    for part in report.children:
        if part.dep_ != "advcl" or part.lemma_.lower() != "blame" or part.tag_ != "VBG":
            continue
        for obj in part.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in lx.ACTION_NOUNS:
                out.extend(g for c in (*part.children, *obj.children)
                           if c.dep_ == "prep" and c.lower_ == "on"
                           for g in c.children if g.dep_ == "pobj")
            elif obj.dep_ == "dobj":
                out.append(obj)
    return out


def _clause_owner(pronoun: Token) -> Token | None:
    """Rule ``attacker.clause_owner``: "the militants were paying for their bomb attacks on
    Mogadishu markets": "their" is the subject of the clause the action noun is
    in (when it names an armed side), not the last attacker named. The noun subject of
    the nearest verb above (up to a reporting verb, whose subject is the speaker);
    ``None`` when there is none."""
    for up in pronoun.head.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            if up.lemma_.lower() in lx.REPORT_VERBS:
                return None
            subj = next((c for c in up.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj if subj.pos_ in ("NOUN", "PROPN") else None
    return None


# who can strike: "killed when residents gathered" names no attacker
_FORCE_TYPES = frozenset(["military", "armed_group", "state"])


def _hangs_as_participle(tok: Token) -> bool:
    """Rule ``attacker.participle``: an adverbial participle with no subject or marker of
    its own hangs on an active clause and shares its subject: "troops had opened fire in
    three sectors, shelling villages and forward posts"; "gunmen attacked the village,
    killing three farmers" (not "after shelling ...", nor a passive clause's subject)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head is tok:
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children):
        return False
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children)


# a paragraph that opens by telling another incident: "In a separate incident on
# Saturday, ...", "In a separate overnight attack, ..." (not "Separately, ...", which wire
# copy also uses for the other side of the same strike)
_SEPARATE_OPENING = re.compile(
    r"^\W*in\s+(?:a|an|another)\s+(?:separate|unrelated)\s+(?:[a-z-]+\s+)?"
    r"(?:incident|attack|strike|raid|bombing|assault|episode)s?\b", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_PLACE_ENTS = frozenset(["GPE", "LOC", "FAC"])


def _separate_follow(doc: Doc, text: str) -> frozenset[int]:
    """Rule ``background.separate_follows``: the paragraph right after one that opens
    with another incident ("In a separate incident on Saturday, artillery shelled a
    village, residents said.") goes on telling that incident when it names no place of
    its own ("'The shells fell on the houses,' a villager said."); its accounts are
    background, as the opening paragraph's are. So do the sentences right after a
    sentence that opens so, in its paragraph, up to the first that names a place of its
    own ("In a separate attack, a drone hit a block of flats in Pelan. 'One entrance
    collapsed,' Pelan's governor said."). A place the opening names again is none of its
    own. A following paragraph or sentence that names another place may return to the
    lead and is read as usual; so does one that names again, even where the recogniser
    missed it, a place only the paragraphs before the other incident named ("... in the
    Zawaida area" after a lead in al-Zawaida). Returns the character offsets of the
    tokens of such paragraphs and sentences. ``text`` is ``doc.text``."""
    if not _SEPARATE_WORD.search(text):
        return frozenset()
    bounds = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    spans = list(itertools.pairwise(bounds))
    out: set[int] = set()
    for (start, end), (nstart, nend) in itertools.pairwise(spans):
        if not _SEPARATE_OPENING.search(text[start:end]):
            continue
        told = _places_named(doc, start, end)
        if _places_named(doc, nstart, nend) <= told \
                and not _lead_place_again(doc, text, start, end, nstart, nend):
            out.update(t.idx for t in doc if nstart <= t.idx < nend)
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        if not _SEPARATE_OPENING.search(sent.text):
            continue
        para = next(e for s, e in spans if s <= sent.start_char < e)
        told = _places_named(doc, sent.start_char, sent.end_char)
        for later in sents[k + 1:]:
            if later.start_char >= para:
                break
            if not _places_named(doc, later.start_char, later.end_char) <= told:
                break
            out.update(t.idx for t in later)
    return frozenset(out)


def _lead_place_again(doc: Doc, text: str, start: int, end: int, nstart: int, nend: int
                      ) -> bool:
    """The paragraph at ``nstart`` names a place the text named before the other
    incident's paragraph at ``start`` (and that paragraph does not name): a proper noun
    the recogniser left untagged or called a place, in both ("al-Zawaida" ... "the
    Zawaida area"); not a body or a person, whom both incidents may name."""
    other = text[start:end].lower()

    def names(lo: int, hi: int) -> set[str]:
        return {w for t in doc if lo <= t.idx < hi and t.pos_ == "PROPN"
                and t.ent_type_ not in ("PERSON", "NORP") and _in_place_phrase(t)
                for w in re.split(r"-", t.lower_) if len(w) > 3}

    return bool({w for w in names(0, start) if w not in other} & names(nstart, nend))


def _in_place_phrase(tok: Token) -> bool:
    """The word is in an "in", "near" or "at" phrase ("in al-Zawaida", "in the Zawaida
    area"): named as a place, whatever the recogniser called it."""
    node = tok
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ in ("in", "near", "at", "outside"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# (a text with none of these words opens no other incident)
_SEPARATE_WORD = re.compile(r"\b(?:separate|unrelated)\b", re.IGNORECASE)


def _places_named(doc: Doc, start: int, end: int) -> set[str]:
    """The places the recogniser names between two character offsets, in lower case."""
    return {e.text.lower() for e in doc.ents
            if e.label_ in _PLACE_ENTS and start <= e.start_char < end}


def _claimant(tok: Token) -> list[Token]:
    """Rule ``attacker.claimed``: who claims an attack carried it out: "the group claimed
    a drone attack on the terminal", "the group claimed responsibility for an attack on
    the post" (not "the army said an attack hit the post")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        tok, head = head.head, head.head.head
    if tok.dep_ == "dobj" and head.lemma_.lower() == "claim":
        return [c for c in head.children if c.dep_ == "nsubj"]
    return []


def _own_plural(tok: Token) -> bool:
    """Rule ``attacker.they_said``: "they" as the subject of a clause the speaker's own
    statement holds, when the speaker is plural and no attacker came before: "resistance
    fighters said they had attacked an outpost" (not "the army said they attacked")."""
    verb = tok.head
    while verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        verb = verb.head
    if tok.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return False
    say = verb.head
    if say.lemma_.lower() not in lx.REPORT_VERBS:
        return False
    return any(c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or _plural_name(c))
               for c in say.children)


def _armed_speaker(party: Actor | None) -> bool:
    """Rule ``attacker.they_said_armed``: a force or an armed group that says "they" of
    the men who struck speaks of its own, whoever struck before ("the insurgents said they
    had killed scores of soldiers", after an account of an army strike); residents' "they"
    is anyone's."""
    return party is not None and (party.type in ("armed_group", "military")
                                  or (party.side or "").startswith("group."))


def _plural_name(tok: Token) -> bool:
    """A group's plural name the tagger leaves singular ("the Houthis said they ...")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "NORP") and len(tok.text) > 3 \
        and tok.lower_.endswith("s") and not tok.lower_.endswith("ss")


def _resolve_attacker(
    tok: Token, party: Actor | None, resolver: MentionResolver, last: Actor | None, depth: int,
    by_noun: Mapping[str, Actor] | None = None,
) -> Actor | None:
    low = tok.lower_
    if low == "it" and tok.pos_ == "PRON" and depth < 2:
        strike = _strike_before(tok)
        if strike is not None:
            # rule ``attacker.it_the_strike``: "the strike had killed 10 soldiers when it
            # hit an army post": "it" is the strike, and only an owner the strike is
            # given ("an Israeli strike ... when it hit") says who struck, not the speaker
            return _owner_attacker(strike, party, resolver, last, depth, by_noun)
    if low in _SELF and tok.pos_ == "PRON":  # "US" the country is not "us"
        return party
    if low in ("they", "their", "them"):
        if low == "they" and _own_plural(tok) and (last is None or _armed_speaker(party)):
            return party
        return last
    if any(c.dep_ == "poss" and c.lower_ in _SELF for c in tok.children):
        return party  # "its jets", "our forces"
    if _own_air_force(tok, party):
        return party  # rule ``attacker.air_force_craft``: "air force planes", a force's own
    if tok.lemma_.lower() in lx.ACTION_NOUNS and depth < 2:
        actor = _owner_attacker(tok, party, resolver, last, depth)
        if actor is not None:
            return actor
        # rule ``attacker.the_strikes``: "the strikes hit ..." with no owner of its own
        # refers back to the strikes whose attacker was last named: the last "strike"
        # ("an Israeli strike ... killed", then "the strike targeted"), not a "Hamas
        # attack" told between them
        if tok.dep_ == "nsubj" and any(c.dep_ == "det" and c.lower_ == "the"
                                       for c in tok.children):
            nouns = by_noun or {}
            lemma = tok.lemma_.lower()
            return nouns.get(lemma) or nouns.get(_strike_family(lemma)) or last
        return None
    if _the_group(tok) and party is not None and (party.side or "").startswith("group."):
        return party  # rule ``attacker.the_group``: a group's spokesman on "the group"
    if _filed_from(tok):
        return None  # rule ``attacker.not_dateline``: "KYIV, Ukraine (AP) -" filed the copy
    if tok.lemma_.lower() in _BAND_WORDS and depth < 2:
        # rule ``attacker.band_of``: "a large group of rebels overran the post": the rebels
        members = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"), None)
        if members is not None:
            return _resolve_attacker(members, party, resolver, last, depth + 1, by_noun)
    if _joint_states(tok):
        return None
    actor = resolver.mention(tok)
    if actor is None and tok.dep_ in ("amod", "compound") \
            and (tok.lower_ in _ARMED_MEN_WORDS or tok.ent_type_ == "NORP") \
            and tok.head.lemma_.lower() in lx.ACTION_NOUNS:
        # rule ``attacker.armed_men``: "Friday's terrorist attack on a mosque", "a militant
        # raid", "Moslem attacks on Serb villages" (a people no state or group of the
        # gazetteer answers for): armed men of no side struck
        return Actor(ARMED_MEN, tok.text, "armed_group")
    if actor is None and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)) and (
            tok.lemma_.lower() in _ARMED_MEN
            or (tok.lemma_.lower() in _FORCE_HEADS
                and any(c.dep_ in ("amod", "compound")
                        and (c.lower_ in _IRREGULAR or c.ent_type_ == "NORP")
                        for c in tok.children))) \
            and not any(c.dep_ == "poss" for c in tok.children):
        # rule ``attacker.armed_men``: "gunmen killed 12 villagers", "separatist forces
        # shelled villages", "Moslem forces" (a people's, which no state or group of the
        # gazetteer answers for) name an attacker of no side; it is nobody's own strike
        # ("troops later killed seven of the bandits")
        return Actor(ARMED_MEN, tok.text, "armed_group")
    if actor is None and tok.lemma_.lower() in _OWN_TROOPS and party is not None \
            and party.type == "military" \
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod")
                        and c.lower_ not in _OWN_TROOP_KINDS for c in tok.children) \
            and (tok.lemma_.lower() != "force"
                 or any(c.lower_ in _OWN_TROOP_KINDS for c in tok.children)):
        # rule ``attacker.own_troops``: "the army said troops killed ...", "special forces
        # killed three commanders, the military said": the speaking military's own men
        return party
    return None if actor is not None and actor.type == "media" else actor


_NATION_ENTS = frozenset(["NORP", "GPE"])
# a military's own men by a bare word, and the kinds of its own units ("special forces")
_OWN_TROOPS = frozenset(["troop", "soldier", "commando", "paratrooper", "force"])
_OWN_TROOP_KINDS = frozenset(["special", "elite", "ground", "airborne", "government"])


def _own_air_force(tok: Token, party: Actor | None) -> bool:
    """"the military said air force planes had destroyed a number of vehicles": craft of
    "the air force", named by no state or owner of their own, are the speaking state
    body's own."""
    if party is None or party.type not in ("military", "ministry", "state") \
            or tok.lemma_.lower() not in lx.AIRCRAFT:
        return False
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    words = [t.lower_ for m in mods for t in m.subtree]
    return "force" in words and "air" in words and len(set(words) - {"air", "force"}) == 0


def _owner_attacker(noun: Token, party: Actor | None, resolver: MentionResolver,
                    last: Actor | None, depth: int,
                    by_noun: Mapping[str, Actor] | None = None) -> Actor | None:
    """Who an action noun's owner says struck: "Israeli strike", "Russia's raids",
    "strike by the army"; None when it has no owner that resolves."""
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") or (
            child.dep_ == "prep" and child.lower_ in ("by", "from")
        ):
            inner = child if child.dep_ != "prep" else next(
                (c for c in child.children if c.dep_ == "pobj"), None)
            if inner is None or _place_of_compound(child, noun):
                continue
            actor = _resolve_attacker(inner, party, resolver, last, depth + 1, by_noun)
            if actor is not None:
                return actor
    return None


def _place_of_compound(child: Token, noun: Token) -> bool:
    """Rule ``attacker.place_compound``: "the failed Somalia hostage raid": a place's
    name before another noun that is no weapon or strike word ("hostage") says where
    the raid was, not who raided ("a US drone strike" keeps its attacker)."""
    if child.dep_ != "compound" or child.ent_type_ not in ("GPE", "LOC"):
        return False
    between = [c for c in noun.children if c.dep_ == "compound" and child.i < c.i < noun.i]
    return any(c.pos_ == "NOUN" and c.lemma_.lower() not in lx.ACTION_NOUNS
               and c.lemma_.lower() not in _STRIKE_MODIFIERS for c in between)


# nouns that make a strike word of two: "air strike", "drone strike", "missile attack"
_STRIKE_MODIFIERS = lx.STRIKING_WEAPONS | frozenset(["air", "ground", "naval", "commando",
                                                     "cruise"])


def _strike_before(tok: Token) -> Token | None:
    """The action noun a subject "it" stands for: the subject of the first clause above
    "it"'s own that has one, when that subject is an action noun told before it ("the
    strike ... had killed 10 soldiers when it hit"); None when that clause's subject is
    anyone else ("the government denied it had carried out any such attack")."""
    verb = tok.head
    for above in verb.ancestors:
        subjects = [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.i < tok.i and subject.pos_ == "NOUN" \
                and subject.lemma_.lower() in lx.ACTION_NOUNS:
            return subject
        return None
    return None


def _joint_states(tok: Token) -> bool:
    """Rule ``attacker.joint``: "Russian and Syrian government jets", "US and British
    warplanes" name two states' forces, not one side: the strike has no single attacker
    to set it apart from either state's account (the resolver would keep only one)."""
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in _NATION_ENTS \
                and any(g.dep_ == "conj" and g.ent_type_ in _NATION_ENTS
                        and g.lower_ != child.lower_ for g in child.children):
            return True
    return False


_ARMED_MEN = frozenset(["gunman", "gunmen", "bandit", "militant", "jihadist", "insurgent",
                        "assailant", "attacker", "raider", "mob", "mobs", "rioter", "looter",
                        "rebel", "separatist", "guerrilla"])
# words before an action noun that make its attackers armed men ("a terrorist attack")
_ARMED_MEN_WORDS = frozenset(["terrorist", "militant", "jihadist", "insurgent", "extremist",
                              "bandit", "gunmen"])
# who a band is made of strikes: "a group of rebels", "a column of fighters"
_BAND_WORDS = frozenset(["group", "band", "column", "gang", "unit", "squad", "contingent"])
# "separatist forces had been shelling villages", "rebel fighters attacked": armed men of
# no side, by the word before their force noun
_IRREGULAR = _ARMED_MEN_WORDS | {"separatist", "rebel", "guerrilla"}
_FORCE_HEADS = frozenset(["force", "fighter", "unit", "militia", "militiaman", "gunman"])


def _filed_from(tok: Token) -> bool:
    """The token is in the dateline that opens its sentence ("KYIV, Nov 3 (Test Wire) -"):
    a dash follows it within a few words, with no verb before that dash."""
    sent = sent_of(tok)
    start = sent.start
    if tok.i - start > 6:
        return False
    for t in tok.doc[tok.i + 1 : min(tok.i + 10, sent.end)]:
        if t.text in _DASHES and not _word_hyphen(t):
            return not any(w.pos_ in ("VERB", "AUX") for w in tok.doc[start : t.i])
    return False


def _word_hyphen(dash: Token) -> bool:
    """A hyphen inside a word ("Al-Bab", "Saudi-led"): no dash that ends a dateline."""
    return dash.text == "-" and dash.i > 0 and hyphened(dash.doc[dash.i - 1])


_GROUP_NOUNS = frozenset(["group", "movement", "militia", "organisation", "organization"])


def _the_group(tok: Token) -> bool:
    return tok.lemma_.lower() in _GROUP_NOUNS and tok.dep_ in ("nsubj", "poss") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)



def _action_lemmas(tok: Token) -> list[str]:
    """The action nouns a trigger tells its strike by: itself ("an Israeli strike"), or
    its subject or agent ("an Israeli strike ... killed", "killed by a drone strike")."""
    found = [tok] if tok.lemma_.lower() in lx.ACTION_NOUNS else []
    for child in tok.children:
        if child.dep_ == "nsubj":
            found.append(child)
        elif child.dep_ in ("agent", "prep") and child.lower_ in ("by", "in"):
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return [t.lemma_.lower() for t in found if t.lemma_.lower() in lx.ACTION_NOUNS]


# Action nouns one strike goes by: "the raids" after "air strikes" are those strikes.
_STRIKE_FAMILIES = {"strike": "air", "raid": "air"}


def _weapon_word_of(tok: Token) -> bool:
    """Rule ``attacker.weapon_word``: "a Houthi missile launcher", "a drone factory": an
    action noun that only says what kind of thing another noun is tells no strike, and
    whose the thing is is no attacker the story's later "the strike" refers back to."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("compound", "amod", "nmod") \
        and tok.head.i != tok.i and tok.head.lemma_.lower() not in lx.ACTION_NOUNS


def _strike_family(lemma: str) -> str:
    """Rule ``attacker.the_strikes`` by family: the key an action noun's strike is
    remembered by besides its own word ("raid" and "strike" tell one air strike)."""
    kind = lx.ACTION_NOUNS.get(lemma, lemma)
    return "family:" + _STRIKE_FAMILIES.get(kind, kind)


_DOUBTFUL_SAYING = frozenset(["claim", "allege", "insist", "maintain", "contend", "assert"])


def _as_claimed_by(head: Token) -> Token | None:
    """Rule ``party.as_claimed``: "the dead were farmers, not militants as the army
    claimed": the subject of an "as" clause of saying right after a denied target, hung on
    the target's own clause, is who gave the target denied. None for "as he said", a
    clause of no subject, or one of another clause. After a comma only a verb of doubtful
    saying ("claimed", "alleged") tells the account denied: "were not militants, as the
    army said" may be the army's own word."""
    for tok in head.doc[head.i + 1:min(head.i + 4, sent_of(head).end)]:
        verb = tok.head
        if tok.lower_ != "as" or tok.dep_ != "mark" or verb.dep_ != "advcl" \
                or lx.REPORT_VERBS.get(verb.lemma_.lower()) != "asserts" \
                or not (verb.head.i == head.i or verb.head.is_ancestor(head)):
            continue
        if any(t.is_punct for t in head.doc[head.i + 1:tok.i]) \
                and verb.lemma_.lower() not in _DOUBTFUL_SAYING:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON":
            return subject
    return None


def _earlier_there(tok: Token) -> bool:
    """Rule ``background.earlier_there``: "the strike hit the district, where fighters had
    killed 40 soldiers that morning": what had happened at the place before, told in a
    "where" clause in the past perfect, is an earlier event, not this strike's account."""
    return tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                       for c in tok.children) \
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)


def _past_event(tok: Token) -> bool:
    """The clause of ``tok`` tells a past event as a fact: a past-tense or passive strike
    verb ("hit", "were killed", "tents struck by"), or an action noun that is the subject
    or object of one ("the strike killed ...", "a bombardment ... led to ...")."""
    verb = tok
    if tok.pos_ not in ("VERB", "AUX"):
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
            return False
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBP", "VBZ")
                   and c.lemma_.lower() != "be" for c in verb.children)


def _narrated_strike(tok: Token) -> bool:
    """"Indian forces struck nine camps" / "the army launched strikes on ...": a clause
    whose own subject is the attacker (not "an American attack on ...", not "strikes
    killed ..." whose subject is the action itself)."""
    subj: Token | None = None
    if tok.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.LAUNCH_VERBS:
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() not in lx.ACTION_NOUNS \
        and subj.lower_ not in ("it", "this", "that", "which", "who")


_WEAPON_WORDS = frozenset(["bomb", "missile", "rocket", "drone", "jet", "warplane", "shell"])


# a state's ground, named by its people's adjective: "Mauritanian territory", "Pakistani soil"
_STATE_GROUND = frozenset(["territory", "soil", "airspace", "waters", "land"])
_ON_GROUND = frozenset(["on", "in", "inside", "within", "over"])


def _state_acronym(tok: Token) -> bool:
    """"US", "U.S.", "UK", "UAE": a state written as an acronym, which before a strike or a
    weapon ("US air strikes") names who struck, never where (a town is written out)."""
    return tok.ent_type_ == "GPE" and (tok.is_upper or bool(re.fullmatch(r"(?:[A-Z]\.){2,3}",
                                                                           tok.text)))


def _surname(ent: Span) -> bool:
    """A one-word place that is the last name of a person the article named in full
    before it, and never named as a place before it ("Pelan Tara was killed ... the agency
    named him as Tara"): the person again, taken for a place; not a country's name, which
    the parse may take for a person's last (a group called "Dorba Front Chad")."""
    if len(ent) != 1 or Gazetteer.default().country_of_name(ent.text):
        return False
    person = False
    for other in doc_ents(ent.doc):
        if other.start >= ent.start:
            break
        if other.label_ in ("GPE", "LOC") and other.text == ent.text:
            return False
        person = person or (other.label_ == "PERSON" and len(other) >= 2
                            and other[-1].text == ent.text)
    return person


# the relations a word of a claim's subtrees needs for any test of the toponym search
# of :func:`_places` ("in Tartus", "Akashat and al-Qaim", "Pale Township"): most words
# have none, and are passed by on the parse's number for the relation
_TOPONYM_DEPS = frozenset([symbols.pobj, symbols.conj, symbols.appos, symbols.npadvmod])


def _places(tok: Token, found: TargetMatch, told: bool = False) -> tuple[str, ...]:
    """Toponyms for the claim: those inside the trigger's or targets' phrases first, then
    others in the sentence that are not part of the speaker's or attacker's phrase.
    ``told``: the outlet's narration, which has no attacker to tell "a US air strike"
    (the attacker's state) from where it hit: a toponym that only modifies a strike or
    a weapon does not count."""
    doc = tok.doc
    heads = [doc[i] for i, _, _ in found.targets]
    inside: list[str] = []
    outside: list[str] = []
    sent = sent_of(tok)
    filed = _dateline_stop(sent)
    for ent in span_ents(sent):
        if ent.label_ == "NORP" and ent.start >= filed and is_ancestor(tok, ent.root) \
                and ent.root.head.lemma_.lower() in _STATE_GROUND \
                and ent.root.head.dep_ == "pobj" and ent.root.head.head.lower_ in _ON_GROUND:
            # "denied that any attack had taken place on Mauritanian territory": the state
            # whose ground it is (not "moving towards Togolese territory", a heading)
            gaz = Gazetteer.default()
            iso = gaz.country_of_demonym(ent.text)
            if iso:
                inside.append(state_name(gaz, iso, ent.text))
            continue
        if ent.label_ not in ("GPE", "LOC", "FAC") or ent.start < filed:
            continue
        if _surname(ent):
            continue  # "the agency named him as Tara", after "Pelan Tara was killed"
        root = _anchor(ent)
        if _part_of_named(root):
            continue  # "off the west coast of Cyprus": Cyprus, named on its own
        town = _town_of(root)
        if town is not None and not _in_targets_own_strike(root, heads, tok):
            # "the Black Sea port of Odesa": the town of the "of" phrase, not the sea
            # (not "those responsible for a missile attack on the Saudi city of Jizan":
            # where the target's own attack struck)
            if not town.ent_type_ and _propn_run(town) not in inside:
                inside.append(_propn_run(town))
            continue
        if _other_attacks(root, tok) or _other_moment(root, tok) or _nationality(root) \
                or _way_point(root) or _destined(root) \
                or _where_told(root, tok, heads) or patron(ent[0]) or sided(ent[0]) \
                or _launch_site(root, heads) or _accused_state(root):
            continue  # ... or "Iran" of "Iran-backed groups": a patron, no place
        if (told or _state_acronym(root)) and root.dep_ in ("compound", "amod", "nmod", "poss") \
                and (root.head.lemma_.lower() in lx.ACTION_NOUNS
                     or root.head.lemma_.lower() in _WEAPON_WORDS):
            continue  # (a party's "US air strikes killed 16": the striking state, too)
        if _whose_forces(root, ent):
            continue  # "no U.S. personnel were hurt": whose forces, not where they were
        if found.according_to is not None and is_ancestor(doc[found.according_to], root):
            continue  # "according to the administration in Kabul": the speaker's own words
        if any(c.dep_ == "relcl" and c.lemma_.lower() in lx.REPORT_VERBS
               for c in root.children):
            continue  # "a protest to Dorba, which said its jets hit X": a speaker a
            # relative clause hangs on, not where the strike was
        if _in_targets_own_strike(root, heads, tok) or _in_attack_behind(root, tok):
            continue  # "launchers used to attack the city of Jizan": where they struck
        if _aim_place(root, tok):
            continue  # "targeted bases to protect shipping in the Red Sea": the aim's
        in_scope = is_ancestor(tok, root) or any(
            is_ancestor(h, root) or h.i == root.i for h in heads
        )
        region = _owns_place(root)
        name = _held_name(ent)
        if _bearing_from(root):
            name = f"{root.head.head.lower_} of {name}"  # resolved as near the town
        if in_scope and (root.dep_ not in ("nsubj", "poss", "agent") or region) \
                and root.head.dep_ != "agent":
            inside.append(name)
            if ent.label_ == "FAC" and root.lemma_.lower() in _FACILITY_HEADS:
                town = _modifier_name(root)  # "Abha International Airport": Abha
                if town:
                    inside.append(town)
            continue
        if not any(a.dep_ in ("nsubj", "nsubjpass", "poss") for a in [root, *root.ancestors]
                   if a.i != tok.i and not is_ancestor(a, tok) and not (a is root and region)) \
                and root.head.dep_ != "agent":
            # (nor the doer of a passive: "weapons supplied by Iran")
            outside.append(name)
    # a town named as the target's modifier, which the recogniser missed or took into a
    # name ("a Kyiv apartment block", "the strikes on a Gaza Hospital"); a name that is no
    # place resolves to nothing and is dropped
    for h in heads:
        run = _modifier_name(h)
        if run:
            inside.append(run)
    # "residential areas of the eastern Libyan city": a town the copy names only by its
    # state is at least in that state (after any name the phrase gives)
    inside.extend(state for h in heads if (state := _state_of_unnamed_town(h)))
    for noun in _strike_nouns(tok) if not told else ():
        # (not in the outlet's narration, which has no attacker to tell "an Israel
        # strike" from where it hit, as above)
        run = _strike_place_name(noun)
        if run:
            inside.append(run)  # "UAE says Aden strikes targeted militias"
    for h in heads if not told else ():
        struck = (h.dep_ == "dobj" and h.head.i == tok.i
                  and tok.lemma_.lower() in lx.STRIKE_VERBS) \
            or (h.dep_ == "pobj" and h.head.lower_ in lx.TARGET_PREPS
                and h.head.head.lemma_.lower() in lx.ACTION_NOUNS)
        if h.pos_ == "PROPN" and h.is_title and struck and not h.ent_id_ \
                and h.ent_type_ in _MISSED_PLACE_TYPES:
            # "it had struck Qana", "a strike on Odessa": the town struck, which the
            # recogniser took for a person or a body (a name that is no place resolves
            # to nothing and is dropped)
            inside.append(_propn_run(h))
    # toponyms the recogniser missed: proper nouns after "in"/"near" inside the claim
    # (the small model also calls a town a product or a work of art: "an air strike in
    # Tartus overnight")
    # "carried out air strikes in the governorate of Hodeidah to destroy the militia's
    # capabilities": the place of the strikes a purpose clause tells the aim of
    above = [t for p in tok.head.children if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS
             for t in p.subtree] \
        if tok.dep_ in ("advcl", "xcomp") and tok.head.i != tok.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) else []
    # (the subtrees as the document's tree holds them, by index: a word is built only
    # where a test below may hold)
    tree = doc_tree(doc)
    # a word met again (the targets' subtrees lie in the trigger's) adds what it added the
    # first time, which the list already holds, but for a district, which goes first again
    seen: set[int] = set()
    districts: dict[int, str] = {}
    for subs in [*(tree.subtree(h.i) for h in [tok, *heads]), [t.i for t in above]]:
        for j in subs:
            if tree.dep(j) not in _TOPONYM_DEPS:
                continue  # (no test below holds: passed by on its relation's number)
            if j in seen:
                if j in districts:
                    inside.insert(0, districts[j])
                continue
            seen.add(j)
            sub = doc[j]
            if sub.dep_ == "pobj" and (_told_of_another(sub, tok)
                                       or _in_targets_own_strike(sub, heads, tok)
                                       or _destined(sub) or _where_told(sub, tok, heads)):
                continue  # ... or where the target's own attack was told to be, or where
                # its goods were going ("a cold store for fish bound for markets in Marel"),
                # or where its teller was (a spokesman's town the recogniser did not tag)
            if sub.dep_ == "pobj" and (sub.pos_ == "PROPN" or _named_town(sub)) \
                    and not sub.ent_id_ and sub.ent_type_ in _MISSED_PLACE_TYPES \
                    and sub.head.lower_ in _PLACE_PREPS and not _no_toponym(sub):
                inside.append(_propn_run(sub))
            elif sub.dep_ == "conj" and sub.pos_ == "PROPN" and not sub.ent_id_ \
                    and sub.ent_type_ in _MISSED_PLACE_TYPES and sub.head.dep_ == "pobj" \
                    and _named_town(sub.head) and not _no_toponym(sub.head):
                # "the border areas of Akashat and al-Qaim": the second town too (not "the
                # houses of Ahmed and Qaim")
                inside.append(_propn_run(sub))
            elif sub.pos_ == "PROPN" and sub.lower_ in _REGION_KINDS \
                    and sub.ent_type_ in _MISSED_PLACE_TYPES \
                    and sub.dep_ in ("appos", "npadvmod", "conj") and sub.i > 0 \
                    and doc[sub.i - 1].pos_ == "PROPN" and doc[sub.i - 1].head.i == sub.i:
                # "near Thitgyi village, Pale Township, Sagaing Region": the recogniser
                # left the coarser names of the comma chain unnamed
                inside.append(_propn_run(sub))
            elif sub.dep_ == "pobj" and sub.lemma_.lower() == "district" \
                    and sub.head.lower_ in _PLACE_PREPS and _district_of(sub):
                # "in the Dasht-e-Archi district of Kunduz province": the district, the
                # finest place, checked against the province once both are resolved
                name = _district_name(sub)
                if name:
                    districts[j] = f"{name} district"
                    inside.insert(0, districts[j])
            elif sub.dep_ == "pobj" and sub.lemma_.lower() in _DIVISION_WORDS \
                    and sub.head.lower_ in _PLACE_PREPS:
                # "in rural La Macarena municipality", "in Kani township": the name
                # before the kind of division
                name = _division_name(sub)
                if name:
                    inside.append(name)
    if not inside:
        # "had gathered at the madrassa in Dasht-i-Archi district ... when helicopters
        # fired rockets into the crowd": a district its sentence names outside the claim's
        # own clause (which names no place) is where it happened
        for sub in sent_of(tok):
            # (a district inside the clause without its province, "at a stop in the
            # Dniprovskyi district", is left to the names the clause gives, as above)
            if sub.dep_ == "pobj" and sub.lemma_.lower() == "district" \
                    and sub.head.lower_ in _PLACE_PREPS and not _told_of_another(sub, tok) \
                    and not is_ancestor(tok, sub) \
                    and not any(is_ancestor(h, sub) or h.i == sub.i for h in heads):
                name = _district_name(sub)
                if name:
                    outside.append(f"{name} district")
    if _here(tok, heads):
        # "KABUL, June 5 (Xinhua) -- a bomb exploded here on Tuesday": the city the copy
        # is filed from (after any name the clause gives: "in Barangay Walled City here")
        city = _dateline_city(doc)
        if city:
            outside.append(city)
    # (a toponym is written with a capital: "in the bush outside the village", which the
    # recogniser may take for a name, is no place)
    return tuple(n for n in dict.fromkeys(inside + outside) if n != n.lower())


def _here(tok: Token, heads: list[Token]) -> bool:
    """The claim's clause says "here" in the copy's own voice (not in a quote, where it is
    the speaker's place)."""
    sent = sent_of(tok)
    return any(t.dep_ == "advmod" and not in_quotes(t)
               and (is_ancestor(tok, t) or any(is_ancestor(h, t) for h in heads))
               for t in (tok.doc[i] for i in word_positions(tok.doc, "here", sent.start,
                                                           sent.end)))


def _dateline_city(doc: Doc) -> str | None:
    """The one city the story's dateline names ("JOLO, Sulu -"), as a name is written."""
    for line in [p for p in doc_text(doc).split("\n") if p.strip()][:2]:
        city = dateline(line)
        if city:
            return None if "/" in city else (city.title() if city.isupper() else city)
    return None


# people named by the state they come from: "citizens of Poland", "mercenaries from Georgia"
_CITIZEN_WORDS = frozenset(["citizen", "national", "native", "passport-holder"])
_FOREIGN_FIGHTERS = frozenset(["mercenary", "fighter", "volunteer", "instructor", "adviser",
                               "advisor", "recruit", "jihadist", "militant"])


# people of any kind, who come "from" a country they were not hit in
_PEOPLE_FROM = frozenset(["people", "person", "man", "woman", "men", "women", "worker",
                           "labourer", "laborer", "traveller", "traveler", "passenger",
                           "national", "youth", "family"])
# people who left where they come from: "families of refugees from X" were hit elsewhere
_MOVED_PEOPLE = frozenset(["refugee", "migrant", "evacuee", "displaced", "deportee",
                           "returnee", "pilgrim", "asylum-seeker"])


def _nationality(root: Token) -> bool:
    """A toponym that says where people come from, not where the strike hit: "up to 40
    militants were eliminated, among them citizens of Poland and Georgia", "mercenaries
    from Colombia", "the dead included families of refugees from X", "those on board were
    labourers from Ethiopia and Somalia" (a country: "residents of Kharkiv", "farmers from
    the village of X" live where they were hit, and count)."""
    prep = root.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head  # "citizens of Poland and Georgia": Georgia hangs on Poland
    if prep.dep_ == "pobj":
        prep = prep.head
    if prep.dep_ != "prep":
        return False
    noun = prep.head.lemma_.lower()
    # "families of refugees from X": the parse hangs "from X" on the families
    moved = {noun} | {o.lemma_.lower() for c in prep.head.children
                      if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"}
    return (prep.lower_ == "of" and noun in _CITIZEN_WORDS) or \
        (prep.lower_ == "from" and (noun in _FOREIGN_FIGHTERS or bool(moved & _MOVED_PEOPLE)
                                    or (noun in _PEOPLE_FROM and bool(
                                        Gazetteer.default().country_of_name(root.text)))))


def _whose_forces(root: Token, ent: Span) -> bool:
    """Rule ``places.whose_forces``: a state named before its forces, officials or craft
    ("No U.S. personnel were hurt", "the US military said") says whose they were, not
    where anything happened; a town so named stays ("Kyiv officials")."""
    return root.dep_ in ("compound", "nmod", "amod", "poss") \
        and root.head.lemma_.lower() in _STATE_OWNED \
        and Gazetteer.default().country_of_name(ent.text) is not None


# what a state's name before a noun makes its own
_STATE_OWNED = frozenset(["military", "army", "force", "troop", "soldier", "personnel",
                          "serviceman", "casualty", "official", "diplomat", "contractor",
                          "embassy", "navy", "marine", "aircraft", "warplane", "jet", "drone",
                          "warship", "citizen", "national"])


_LOCAL_SPEAKERS = frozenset(["official", "source", "person"])


def _speaker_town(doc: Doc, found: TargetMatch, party: Actor, gazetteer: Gazetteer
                  ) -> tuple[str, ...]:
    """Rule ``place.speaker_town``: a local speaker's town ("an official in Kotli said a
    shell hit a house") is where the account it gives no place of its own happened (not
    a military's or a ministry's seat: "a ministry spokesman in Kabul said"). A capital
    is the government's seat, not the speaker's town ("officials in Tbilisi said the
    artillery was directed at positions inside the city": the government speaks, of
    another town). Nor a spokesman's: he speaks for a body from its seat ("the settlement,
    a police spokesman in Dorba said, was a staging post")."""
    if found.report is None or party.type not in _LOCAL_SPEAKERS:
        return ()
    subj = _subject(doc[found.report])
    if subj is None or subj.lower_ in lx.SPOKES_WORDS:
        return ()
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC"):
                    name = _propn_run(obj)
                    return () if gazetteer.country_of_name(name) else (name,)
        if prep.dep_ == "prep" and prep.lower_ == "of" \
                and subj.lemma_.lower() in _RESIDENT_WORDS:
            # "residents of Kessabet village in Pelan province say": the village,
            # and the province it is in
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                names = [_propn_run(obj)] if obj.ent_type_ in ("GPE", "LOC") else []
                if obj.lemma_.lower() in lx.SETTLEMENT_WORDS:
                    names += [_propn_run(c) for c in obj.children
                              if c.dep_ == "compound" and c.pos_ == "PROPN"]
                    names += [phrase_text([t for t in g.subtree])
                              for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                              for g in p.children if g.dep_ == "pobj"]
                return tuple(n for n in names if n and not gazetteer.country_of_name(n))
    return ()


# people a place is home to, who speak of what befell it: "residents of X say"
_RESIDENT_WORDS = frozenset(["resident", "villager", "elder", "inhabitant", "family", "people"])


def _the_capital(tok: Token, found: TargetMatch, gazetteer: Gazetteer) -> tuple[str, ...]:
    """Rule ``place.the_capital``: "bombs fell on residential neighborhoods of the
    capital" in a story filed from Libya, or "the Libyan capital": that state's capital,
    where the claim names no place of its own (not "the islands' capital", whose state
    the words do not give)."""
    doc = tok.doc
    sent = sent_of(tok)
    at = [i for i in _capital_words(doc) if sent.start <= i < sent.end]
    if not at:
        return ()
    heads = [tok, *(doc[i] for i, _, _ in found.targets)]
    for word in (doc[i] for i in at):
        if word.pos_ != "NOUN" \
                or not any(h.is_ancestor(word) or h.i == word.i for h in heads) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children) \
                or any(c.dep_ in ("poss", "appos", "prep", "compound") for c in word.children) \
                or any(c.dep_ == "amod" and c.lower_ in _SUB_CAPITALS for c in word.children):
            continue  # ... nor "the provincial capital", a province's own
        # "the Syrian capital": the state its word names; else ("the capital", "the
        # besieged capital") the state the story was filed in
        iso = next((found for c in word.children if c.dep_ == "amod"
                    and (found := gazetteer.country_of_demonym(c.text))), None) \
            or filed_state(doc, gazetteer)
        country = gazetteer.countries.get(iso) if iso else None
        if country is not None and country.capital:
            return (country.capital,)
    return ()


# a capital of a part of the state, not the state's own
_SUB_CAPITALS = frozenset(["provincial", "regional", "state", "district", "county", "local",
                           "departmental", "divisional", "municipal", "prefectural"])


def _capital_words(doc: Doc) -> list[int]:
    """The indices of the word "capital" in the doc, off its arrays (once per doc)."""
    return DOC_MEMO.get(doc, "capital words", lambda: numpy.flatnonzero(
        doc_array(doc, LOWER) == doc.vocab.strings.add("capital")).tolist())


# verbs of going somewhere: where people came from or were going is not where they were hit
_MOTION_VERBS = frozenset(["return", "travel", "flee", "head", "go", "come", "drive", "walk",
                           "move", "escape", "commute", "journey", "ride", "sail", "fly"])
# where goods came from, never where they went ("drones sent to Kyiv" may be the strike's
# place): "a mixer that had arrived from Iran"
_ORIGIN_VERBS = frozenset(["arrive", "ship", "send", "smuggle", "import", "deliver"])
# people who left a home elsewhere: "refugee families from Waziristan" came from there
_DISPLACED = frozenset(["refugee", "refugees", "migrant", "migrants", "evacuee", "evacuees",
                        "displaced", "exile", "exiles", "asylum-seeker", "asylum-seekers"])


_TELLING_WORDS = frozenset(["speak", "talk", "address", "brief", "conference", "briefing",
                            "interview", "reporter", "journalist", "press",
                            # "a statement faxed to news agencies from Geneva"
                            "mail", "mailed", "email", "emailed", "e-mail", "e-mailed", "fax",
                            "faxed"])


def _where_told(root: Token, tok: Token, heads: list[Token]) -> bool:
    """"Speaking to reporters in New Delhi, the minister said ...", "told a news conference
    in Riyadh", "a statement faxed from Geneva": where the account was given, not
    where the strike hit. "In Dorba, a spokesman said the shells fell on open ground": a
    place set before the speaker, with a comma, is where he spoke (not "in the strike on
    Kessa, the army said", which names no speaker's place). "The camp, a spokesman in
    Dorba said, was a depot": where a spokesman speaking in an aside sits, not what was
    hit (a resident's town, "the shells, a resident of Kessa said, hit a school", is)."""
    stops = {tok.i, *(h.i for h in heads)}
    node = root
    head = node.head  # (each step's head read once)
    while head.i != node.i:
        if node.dep_ == "nsubj" and node.lower_ in lx.SPOKES_WORDS \
                and head.lemma_.lower() in lx.REPORT_VERBS:
            return True
        node = head
        if node.i in stops:
            return False
        if node.lemma_.lower() in _TELLING_WORDS or _fronted_where(node):
            return True
        head = node.head
    return False


def _fronted_where(prep: Token) -> bool:
    """"In Dorba, a spokesman ... said": an "in" phrase that opens a reporting verb's
    clause before its subject, closed by a comma."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in lx.REPORT_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not prep.i < subj.left_edge.i:
        return False
    end = prep.right_edge.i + 1
    return end < len(prep.doc) and prep.doc[end].text == ","


def _way_point(root: Token) -> bool:
    """"herders killed in a village while they were returning from Kano", "a bus
    travelling from Kandahar": where the victims came from or were going, not where the
    strike hit (the sentence may name no other place, and the origin must not stand in
    for one), as "refugee families from Kessa" tells where they fled from; nor the other
    side of a relation or a tie ("war with Israel", "had no link to Israel")."""
    node = root
    while node.dep_ in ("appos", "compound", "conj") and node.head.i != node.i:
        node = node.head  # "from Kano, the state capital"
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ == "from" \
            and prep.head.lemma_.lower() in _ORIGIN_VERBS:
        return True
    if node.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ == "NOUN" and (
            prep.head.lower_ in _DISPLACED
            or any(c.dep_ in ("amod", "compound") and c.lower_ in _DISPLACED
                   for c in prep.head.children)):
        return True  # "refugee families from Waziristan": where they came from
    if node.dep_ == "pobj" and prep.lower_ in ("with", "against") \
            and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.lemma_.lower() in _RELATION_NOUNS:
        return True  # "readiness for war with Israel", "attacks against Israel"
    if node.dep_ == "pobj" and prep.lower_ == "to" and prep.head.pos_ == "NOUN" \
            and prep.head.lemma_.lower() in _LINK_NOUNS:
        return True  # "had no link to Israel"
    return node.dep_ == "pobj" and prep.lower_ in ("from", "to", "toward", "towards") \
        and prep.head.lemma_.lower() in _MOTION_VERBS


def _destined(root: Token) -> bool:
    """Rule ``place.destined``: "trucks carrying weapons meant for Hamas in Gaza", "a
    convoy bound for Aleppo", "the ship, continuing its voyage toward Port Tovin", "laden
    with soybeans from Sorin for a buyer in Marel": where the goods or people were going,
    or where a load came from, not where they were struck."""
    node = root
    for _ in range(6):
        head = node.head  # (the step's words read once: its preposition, and what that
        # hangs on)
        if head.i == node.i:
            return False
        if node.dep_ == "pobj":
            prep, above = head.lower_, head.head
            if prep == "for" and above.tag_ in ("VBN", "VBD") \
                    and above.lemma_.lower() in _DESTINED_VERBS:
                return True
            if prep in ("toward", "towards", "to") and above.lemma_.lower() in _VOYAGE_WORDS:
                return True  # "continuing its voyage toward Port Tovin"
            if prep == "from" and above.lower_ in _CARGO_WORDS:
                return True  # "laden with soybeans from Sorin": where the load came from
            if prep == "for" and node.lower_ in _BUYERS:
                return True  # "for a buyer in Marel": where the load was going
        node = head
    return False


# what a ship or a convoy was on, or doing, on its way to a place
_VOYAGE_WORDS = frozenset(["voyage", "journey", "route", "course", "passage", "transit",
                           "sail", "steam", "head", "travel", "proceed", "bind"])


_DESTINED_VERBS = frozenset(["mean", "bind", "destine", "intend", "head"])
# a load, whose "from" is where it came from
_CARGO_WORDS = lx.CIVIL_PRODUCE | lx.WEAPON_OBJECTS | frozenset(
    ["cargo", "cargoes", "load", "loads", "shipment", "shipments", "goods", "supplies",
     "consignment", "consignments", "fuel", "diesel", "containers"])
# who a load was sold or sent to
_BUYERS = frozenset(["buyer", "buyers", "customer", "customers", "client", "clients",
                     "importer", "importers", "consignee", "recipient", "recipients"])
_LAUNCH_VERBS = frozenset(["fire", "launch", "shoot"])


def _launch_site(root: Token, heads: list[Token]) -> bool:
    """"an Iranian-made Falaq-1 fired by Hezbollah from an area north of the village of
    Chebaa": where the weapon was fired from, not where it hit. Not where a target fired
    from ("struck a cell that fired rockets from Beit Lahiya" is where the cell was
    hit): the firing must hang on no target."""
    for node in root.ancestors:
        if node.dep_ == "prep" and node.lower_ == "from" \
                and node.head.lemma_.lower() in _LAUNCH_VERBS:
            verb = node.head
            return not any(h.i == verb.i or h.is_ancestor(verb) for h in heads)
        if node.pos_ in ("VERB", "AUX"):
            return False  # (the place's own clause ends at its verb)
    return False


# nouns of a tie, whose "to" names the other side, not a place: "had no link to Israel"
_LINK_NOUNS = frozenset(["link", "tie", "ties", "connection", "relation", "affiliation"])
# nouns of a relation between sides, whose "with" or "against" names the other side, not a
# place: "war with Israel", "ties with Iran", "attacks against Israel"
_RELATION_NOUNS = frozenset(["war", "wars", "conflict", "fight", "fighting", "battle", "ties",
                             "relations", "talks", "truce", "ceasefire", "deal", "agreement",
                             "attack", "attacks", "operation", "operations", "campaign",
                             "border", "confrontation", "hostilities", "tension",
                             "tensions"])


_BEARINGS = frozenset(["north", "south", "east", "west", "northeast", "northwest",
                       "southeast", "southwest", "north-east", "north-west", "south-east",
                       "south-west"])


def _bearing_from(root: Token) -> bool:
    """"a compound west of Tripoli": a town the strike was placed near, not the town it
    hit; the place is named "west of Tripoli", which the resolver keeps as near the town
    (a town tens of kilometres away in another province may be the place:
    :func:`pipeline.domain.claims.same_place`). A bearing with a distance or after a
    comma ("40 km north of Kandahar", "Jurf al-Sakhar, south of Baghdad") names a town
    that is somewhere else, which the events leave out as the struck place
    (``pipeline.domain.events``): it stays as written."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in _BEARINGS:
        return False
    bearing = prep.head
    measured = any(c.dep_ == "npadvmod" or c.like_num for c in bearing.children)
    return not measured and not (bearing.i > 0 and bearing.doc[bearing.i - 1].text == ",")


def _other_attacks(root: Token, tok: Token) -> bool:
    """A toponym of the attacks a purpose clause speaks of ("the hideouts were used ... to
    plan attacks inside Pakistan", "a base used to launch raids on X") or a relative
    clause tells of (:func:`_told_of_another`) tells where those attacks were, not where
    this strike hit."""
    if _told_of_another(root, tok):
        return True
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    noun = prep.head
    if noun.i == tok.i or noun.lemma_.lower() not in lx.ACTION_NOUNS:
        return False
    for a in [noun, *noun.ancestors]:
        if a.i == tok.i or is_ancestor(a, tok):
            return False
        if a.dep_ in ("xcomp", "advcl", "acl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in a.children):
            return True
    return False


def _other_moment(root: Token, tok: Token) -> bool:
    """A toponym of a clause that dates the account by another happening ("bombed a
    livestock fair by the frontier, two days after blasts rang out in the capital"): where
    that happened, not where this strike hit (rule ``place.other_moment``). Not a clause
    that holds the strike itself ("after jets bombed the market in X")."""
    # (the ancestors walked by index off the doc's tree: a word is built only for a clause)
    tree = doc_tree(root.doc)
    above_tok = tree.ancestor_set(tok.i)
    for j in tree.related(root.i, "<<"):
        if j == tok.i or j in above_tok:
            return False
        if tree.dep(j) != _ADVCL:
            continue
        a = root.doc[j]
        if a.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ in _OTHER_MOMENT for c in a.children):
            return True
    return False


_OTHER_MOMENT = frozenset(["after", "before", "since", "until"])
_ADVCL = get_string_id("advcl")  # (the relations' numbers in a doc's array)
_POBJ = get_string_id("pobj")


def _told_of_another(root: Token, tok: Token) -> bool:
    """A toponym of another attack a relative clause tells of: "aimed at the airfield, from
    which jets bombed the town of X in Y province": where that attack was, not where this
    strike was aimed."""
    noun = False
    told: Token | None = None  # an attack noun with a clause of its own below it
    for a in root.ancestors:
        if a.i == tok.i:
            return False
        if a.pos_ == "NOUN" and a.lemma_.lower() in lx.ACTION_NOUNS:
            noun = True
        elif noun and a.dep_ == "relcl":
            return is_ancestor(tok, a)
        if a.dep_ == "relcl" and a.head.lemma_.lower() in lx.ACTION_NOUNS:
            told = a.head
        if told is not None and a.lemma_.lower() in _ANSWERED_WORDS:
            # "struck five sites, in retaliation for a rocket attack that killed a
            # contractor at a base near Kirkuk": where the attack answered was
            return True
    return False


# what a strike answers: the attack named after these was another, earlier one
_ANSWERED_WORDS = frozenset(["retaliation", "response", "revenge", "reprisal", "reprisals"])


def _town_of(root: Token) -> Token | None:
    """The town a name only qualifies the kind of: "the Red Sea city of Hudaydah", "the
    Black Sea port of Odesa" (the recogniser may take "the Black Sea port" whole) are
    Hudaydah and Odesa; None for a name that is itself the place."""
    kind = root if root.lemma_.lower() in _TOWN_KINDS else root.head
    if kind.lemma_.lower() not in _TOWN_KINDS or (kind.i != root.i and root.dep_ not in (
            "compound", "amod", "nmod", "det")):
        return None
    return _of_name(kind)


def _of_name(noun: Token) -> Token | None:
    """The name an "of" phrase on ``noun`` gives ("the port of Odesa", "the coast of
    Cyprus"), or None."""
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)


_TOWN_KINDS = frozenset(["city", "town", "village", "port", "resort", "enclave", "capital"])
# parts of a place the recogniser names on their own ("the west coast")
_PART_WORDS = frozenset(["coast", "coastline", "shore", "shores", "north", "south", "east",
                         "west", "tip", "interior"])


def _part_of_named(root: Token) -> bool:
    """"the west coast of Cyprus": a part of the place the "of" names, no place of its
    own (a gazetteer would find a namesake: Western Australia)."""
    return root.lemma_.lower() in _PART_WORDS and _of_name(root) is not None


def _anchor(ent: Span) -> Token:
    """Where a toponym hangs in the sentence. A name the tokenizer split at a hyphen
    ("Deir ez-Zor", "Ras al-Ayn") is often parsed in pieces, each attached outside the
    name ("Deir" the object of "in", "ez", "-", "Zor" subjects of the verb): its first
    piece keeps the attachment of the phrase, so the leftmost piece attached outside the
    name is its anchor. A name parsed whole has one such token, its root."""
    outside = [t for t in ent if t.head.i < ent.start or t.head.i >= ent.end or t.head.i == t.i]
    return outside[0] if len(outside) > 1 else ent.root


_PLACE_PREPS = frozenset(["in", "near", "outside", "around", "at", "of"])


# verbs whose object is a government, never a place: "accusing Seoul of inventing the
# incident", "urged Kyiv to", "blamed Tehran for"
# (not "call", which also phones; "hold" only as "held Russia responsible")
_ACCUSING = frozenset(["accuse", "blame", "urge", "warn", "condemn", "criticise", "criticize",
                       "denounce"])


def _accused_state(root: Token) -> bool:
    """Rule ``place.accused_state``: a place named as whom a party accuses, blames or
    urges ("accusing Seoul of inventing the incident as a pretext for shelling North
    Korean positions") is that state's government, not where the strike was."""
    verb = root.head
    return root.dep_ == "dobj" and (verb.lemma_.lower() in _ACCUSING or (
        # "held Russia responsible" (not "forces held the town")
        verb.lemma_.lower() == "hold"
        and any(c.lower_ in ("responsible", "accountable") for c in verb.children)))


def sided(tok: Token) -> bool:
    """"anti-Pyongyang propaganda", "pro-Moscow fighters": the name after "anti-" or "pro-"
    is a side, not a place."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "pro") \
        and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_


def _no_toponym(pobj: Token) -> bool:
    """A name after a place's preposition that is no toponym: the "of" phrase of a body's
    name the recogniser took whole ("the Palestinian Ministry of Culture", where a
    transliterating gazetteer finds a Turkish village "Kultur"), or a numbered facility
    ("the airside area of Terminal 1", "near Gate 4": the gazetteer knows a Mexican town
    "Terminal")."""
    if any(c.dep_ == "nummod" and c.i > pobj.i for c in pobj.children):
        return True
    ent = ent_at(pobj) if pobj.head.lower_ == "of" and pobj.ent_type_ == "ORG" else None
    return ent is not None and ent.start < pobj.head.i
# what a region owns that is a place: "in Kunar's Sarkano district", "in Idlib's countryside"
_PLACE_KINDS = frozenset(
    ["area", "district", "province", "region", "countryside", "outskirts", "suburb", "city",
     "town", "village", "neighbourhood", "neighborhood", "border", "coast", "capital",
     "port", "governorate", "county", "state", "north", "south", "east", "west", "northeast",
     "northwest", "southeast", "southwest", "centre", "center", "valley", "sector"])


def _owns_place(root: Token) -> bool:
    """A toponym in the possessive that says where, not who: "in South Waziristan's Wana
    area", "near Idlib's Jisr al-Shughur" (not "Russia's strike", "Israel's army")."""
    owned = root.head
    return root.dep_ == "poss" and owned.dep_ == "pobj" \
        and owned.head.lower_ in _PLACE_PREPS and (
            owned.lemma_.lower() in _PLACE_KINDS or owned.ent_type_ in ("GPE", "LOC", "FAC"))


_MISSED_PLACE_TYPES = frozenset(["", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"])
_HOLD_WORDS = frozenset(["controlled", "administered", "held", "occupied", "run"])


def _held_name(ent: Span) -> str:
    """"Pakistan-controlled Kashmir": the toponym with the state that holds it, when the
    recogniser left the "<state>-controlled" modifier outside the entity (the place
    resolver then picks the part inside that state)."""
    doc = ent.doc
    start = ent.start
    if start >= 3 and doc[start - 1].lower_ in _HOLD_WORDS and doc[start - 2].text == "-" \
            and doc[start - 3].pos_ in ("PROPN", "ADJ") and doc[start - 3].is_title:
        return doc[start - 3 : ent.end].text
    if ent[-1].tag_ == "POS":  # "South Waziristan's" of "in South Waziristan's Wana area"
        return ent[:-1].text
    return ent.text


# divisions named after their town ("La Macarena municipality", "Kani township"); a
# district or province may share its name with a town elsewhere ("the Dnipro district"
# of Kherson is no part of Dnipro city), so those are left to the recogniser
_DIVISION_WORDS = frozenset(["municipality", "township", "commune"])
# kinds of division written with a capital after their name in a comma chain of places
_REGION_KINDS = frozenset(["region", "township", "district", "province", "state",
                           "governorate", "county", "division", "prefecture", "department",
                           "zone", "municipality"])


def _district_of(district: Token) -> bool:
    """"the X district of Y province", "the X district of Y": a district the words place
    in a province they name."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC") or o.lemma_.lower() in _REGION_KINDS)
        for o in p.children) for p in district.children)


def _district_name(district: Token) -> str:
    """The name before "district", with the parts hyphens join ("Dasht-e-Archi", which the
    parse splits into names and a hyphen it may tag as a modifier); "" when none."""
    start, end = _division_span(district)
    if start == end:
        return ""
    start, _ = _hyphened(district.doc, start, end)
    return district.doc[start:end].text


def _division_name(division: Token) -> str:
    """The proper-noun compound right before a division word: "La Macarena" of "rural La
    Macarena municipality"; "" when there is none."""
    start, end = _division_span(division)
    return division.doc[start:end].text if start < end else ""


def _division_span(division: Token) -> tuple[int, int]:
    """The token span of :func:`_division_name` (empty when there is no name)."""
    doc = division.doc
    end = start = division.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == division.i \
            and doc[start - 1].dep_ == "compound":
        start -= 1
    while start > 0 and doc[start - 1].pos_ in ("PROPN", "DET") \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].head.i in range(start, end):
        start -= 1  # "La" of "La Macarena", hung on "Macarena"
    return start, end


def _hyphened(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span ``doc[start:end]`` with the proper-noun parts hyphens join on to it without
    a space, on either side ("Dasht-i-Archi", which the parse splits at its hyphens)."""
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha \
            and doc[start - 2].pos_ == "PROPN":
        start -= 2
    while end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha \
            and doc[end + 1].pos_ == "PROPN":
        end += 2
    return start, end


# (not "capital": the capital a demonym names is its city, rule place.the_capital)
_TOWN_NOUNS = frozenset(["city", "town", "village", "port", "hamlet"])


def _state_of_unnamed_town(head: Token) -> str:
    """The state a demonym gives a town the target's phrase names by no name ("the eastern
    Libyan city", "a Syrian village"; not "the Syrian city of Homs", whose name places
    it, nor "Israeli towns", a kind of place more than one); "" if none."""
    gaz = Gazetteer.default()
    for tok in target_tokens(head):
        if tok.lemma_.lower() not in _TOWN_NOUNS or tok.tag_ != "NN" \
                or _named_settlement(tok):
            continue
        for mod in tok.children:
            iso = gaz.country_of_demonym(mod.text) \
                if mod.dep_ in ("amod", "compound") and mod.ent_type_ == "NORP" else None
            if iso:
                return state_name(gaz, iso, mod.text)
    return ""


@functools.cache
def _kind_words() -> frozenset[str]:
    """Words that name a kind of thing, also when capitalised in a name ("Gaza Hospital",
    "Ben Gurion Airport"): every word the rules know and WordNet's nouns of each class."""
    return known_words().union(*(noun_class_words(c) for c in _WORDNET_CLASSES))


_WORDNET_CLASSES = ("civilians", "civilian_site", "infrastructure", "military", "armed_group")


def _modifier_name(head: Token) -> str:
    """The proper-noun words right before a target that modify it, as one name ("Kyiv"
    in "a Kyiv apartment block", "Ben Gurion" in "Ben Gurion Airport"); "" if none."""
    doc = head.doc
    if head.ent_type_ == "PERSON":
        return ""  # "fisherman Alejandro Carranza": a name, no town
    if head.pos_ == "PROPN" and head.is_title and head.lower_ not in _kind_words() \
            and head.lemma_.lower() not in _kind_words():
        return ""  # "hit Bir Mahli, a farming village": the words before are the name's own
    # (common nouns may stand between the name and the head: "the Saada remand prison")
    end = head.i
    while end > 0 and doc[end - 1].pos_ == "NOUN" and doc[end - 1].is_lower \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i in range(end, head.i + 1):
        end -= 1
    # "Abha International Airport", "Abha airport": a facility named for its town, which
    # the recogniser takes into the facility's name or for a person (a person's name,
    # "King Khalid International Airport", resolves to no place and is dropped)
    facility = head.lemma_.lower() in _FACILITY_HEADS
    while facility and end > 0 and doc[end - 1].lower_ in _FACILITY_WORDS \
            and doc[end - 1].head.i in range(end, head.i + 1):
        end -= 1
    start = end
    while start > 0:
        prev = doc[start - 1]
        if prev.pos_ != "PROPN" or prev.dep_ not in ("compound", "amod", "nmod") \
                or prev.head.i not in range(start, head.i + 1) or prev.ent_id_ \
                or not (_missed_place(prev) or (facility and prev.ent_type_ == "FAC")) \
                or (prev.ent_type_ == "PERSON" and not facility):
            break
        start -= 1
    return doc[start:end].text if start < end else ""


# facilities named for the town they serve, and the words between the town and the kind
_FACILITY_HEADS = frozenset(["airport", "airfield", "airbase", "port", "seaport", "harbour",
                             "harbor"])
_FACILITY_WORDS = frozenset(["international", "regional", "domestic", "civil", "civilian"])


def _missed_place(tok: Token) -> bool:
    """A proper noun the recogniser may have taken for something else than a place: no
    entity, a body, a work; or a people it knows no state of ("Saada/NORP")."""
    if tok.ent_type_ in _MISSED_PLACE_TYPES:
        return True
    return tok.ent_type_ == "NORP" and not _country_word(tok)


def _named_settlement(head: Token) -> bool:
    """A town named as a whole: "the central city of Poltava", "the town of X", "the
    Kyiv region" (not "a village", "homes in the city")."""
    if head.lemma_.lower() not in lx.SETTLEMENT_WORDS:
        return False
    return any((c.dep_ == "compound" and c.pos_ == "PROPN")
               or (c.dep_ == "prep" and c.lower_ == "of"
                   and any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.is_title)
                           for o in c.children))
               for c in head.children)


def _named_town(tok: Token) -> bool:
    """The capitalised name of "the town of X", "the city of X", whatever the tagger
    calls it ("the southeastern Ukrainian town of Marhanets/NOUN")."""
    return tok.is_title and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in lx.SETTLEMENT_WORDS


def _strike_nouns(tok: Token) -> list[Token]:
    """The strike noun of a claim: the trigger itself, or a strike noun that is its
    subject ("the Aden strikes targeted ...")."""
    if tok.lemma_.lower() in lx.ACTION_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        return [tok]
    return [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
            and c.lemma_.lower() in lx.ACTION_NOUNS]


def _strike_place_name(noun: Token) -> str:
    """The town a strike noun is named by, right before it ("the Aden strikes", "a Kyiv
    attack"), however the parse hangs it; not a state's or a group's acronym ("US
    strikes", "IDF strikes"), a person, a body or a people, which tell who struck (a
    name that is no place resolves to nothing and is dropped)."""
    if noun.i == 0:
        return ""
    prev = noun.doc[noun.i - 1]
    if prev.pos_ != "PROPN" or prev.head.i != noun.i or prev.ent_id_ or prev.is_upper \
            or prev.ent_type_ in ("PERSON", "ORG", "NORP") or not prev.is_title:
        return ""
    return _propn_run(prev)


def _propn_run(tok: Token) -> str:
    """"Wadi al-Kfour": the proper-noun compound ending at ``tok``; with the parts a
    hyphen joins on to it without a space ("Dasht-i-Archi", parsed as "Dasht" and two
    appositions)."""
    start = tok.i
    doc = tok.doc
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == tok.i:
        start -= 1
    start, end = _hyphened(doc, start, tok.i + 1)
    return doc[start:end].text


_OWN = frozenset(["its", "their", "our"])
# the men of a force, in its own words ("our men", "its men"), are its forces
_OWN_MEN = frozenset(["men", "boys", "personnel", "jawans", "comrades"])
# an officer's title: "a senior Iraqi commander" speaks for his forces ("our position")
_OFFICER_TITLES = frozenset(["commander", "commanders", "general", "colonel", "officer",
                             "officers", "lieutenant", "brigadier", "captain", "major"])


def _force_officer(party: Actor) -> bool:
    """Rule ``own.officer``: an official the copy calls by a force's title ("a senior
    Iraqi commander in Anbar", "a Ukrainian officer"), whose "our position" is his
    forces'; not "a ministry official"."""
    return party.type == "official" and bool(
        _OFFICER_TITLES & set(party.name.lower().replace(",", " ").split()))
# soldiers a military names without saying whose are its own ("an aircraft struck the
# squad after it opened fire at soldiers"); another state's or the enemy's are named so
_TROOPS = frozenset(["soldier", "troop", "serviceman", "servicemember", "sentry"])
_NOT_OURS = frozenset(["enemy", "hostile", "foreign", "opposing", "rebel"])


def _our_men(head: Token, party: Actor) -> bool:
    """"our men", "our brave boys" in the words of a force or one who speaks with a
    force's title ("Superintendent of Police X"): its own fallen."""
    noun = counted(head)
    if noun.lemma_.lower() not in _COMRADES or not any(
            c.dep_ == "poss" and c.lower_ == "our" for c in noun.children):
        return False
    return party.type in ("military", "armed_group") or bool(
        _FORCE_TITLE_WORDS & set(party.name.lower().replace(",", " ").split()))


# what a force calls its own fallen ("our men", "our brave boys", "our comrades")
_COMRADES = frozenset(["man", "men", "boy", "boys", "comrade", "comrades", "brother",
                       "brothers", "hero", "heroes", "lad", "lads"])
# the words of a force's name or of its officers' titles
_FORCE_TITLE_WORDS = _OFFICER_TITLES | frozenset(
    ["police", "army", "military", "superintendent", "inspector", "commissioner"])


def _own_word(head: Token, party: Actor, target_class: str = "unknown") -> bool:
    """"its positions", "our soldiers", "a position held by their own fighters" in a
    military's or armed group's words, and of its forces (class ``military``) in a
    government's or ministry's ("the Peshmerga ministry said a bomb struck one of their
    positions"); bare "soldiers", "troops" in a military's."""
    noun = counted(head)
    stack = [noun]
    if target_class == "military" and noun.lemma_.lower() in _TROOPS and any(
            c.dep_ == "poss" and (c.lower_ in _FIRST_PERSON or (
                party.type == "official" and c.lower_ in _OWN)) for c in noun.children):
        # "these were our soldiers", whoever says it, and "22 of their soldiers" in
        # officials' words: the speaker's own men (not "our position" in an official's)
        return True
    home = (party.country or party.side or "").upper()
    if target_class == "military" and party.type in ("official", "person") and home and any(
            c.dep_ in ("amod", "compound", "nmod") and (_country_word(c) or "").upper() == home
            for c in noun.children):
        # rule ``targets.own_state_troops``: "Thai Prime Minister Arno Tara said eleven
        # Thai soldiers died": a state's officer on the state's own men
        return True
    if party.type not in ("armed_group", "military") and not (
            party.type in ("ministry", "state") and target_class == "military") \
            and not _force_officer(party):
        return False
    if party.type == "military" and noun.lemma_.lower() in _TROOPS and not any(
            c.dep_ in ("poss", "prep") or (
                c.dep_ in ("amod", "compound", "nmod")
                and (c.ent_type_ or c.pos_ == "PROPN" or c.lower_ in _NOT_OURS))
            for c in noun.children):
        return True
    if target_class == "military" and noun.ent_id_ and noun.ent_id_ == party.id \
            and any(c.dep_ == "nummod" for c in noun.children):
        return True  # "six Peshmerga were killed", the Peshmerga ministry said: its men
    if target_class == "military" and party.country and party.type != "armed_group" and any(
            c.dep_ in ("amod", "compound", "nmod") and _country_word(c) == party.country
            for c in noun.children):
        # "U.S. troops came under fire", the Pentagon said: its own forces; a rebel group's
        # "Malian soldiers" are the state's it fights
        return True
    while stack:  # the noun and its "of" phrases: "a headquarters of its 45th brigade"
        tok = stack.pop()
        if any(c.dep_ == "poss" and c.lower_ in _OWN and not _their_civilians(c)
               for c in tok.children):
            return True
        stack.extend(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and g.i != noun.i)
        # "a position held by their own Peshmerga fighters": whose men hold it
        stack.extend(g for c in tok.children if c.dep_ == "acl"
                     and c.lemma_.lower() in _HOLD_VERBS
                     for a in c.children if a.dep_ == "agent"
                     for g in a.children if g.dep_ == "pobj")
    return False


_HOLD_VERBS = frozenset(["hold", "man", "occupy", "garrison", "staff"])
_FIRST_PERSON = frozenset(["our"])


def _country_word(tok: Token) -> str | None:
    """The country a demonym or a country's name stands for ("U.S.", "Turkish")."""
    gaz = Gazetteer.default()
    return gaz.country_of_demonym(tok.text) or gaz.country_of_name(tok.text)


_DAY_LABELS = frozenset(["DATE", "TIME"])
_NOUN_SLOTS = frozenset(["nsubj", "nsubjpass", "dobj"])


def strike_days(tok: Token, found: TargetMatch) -> tuple[str, ...]:
    """The day phrases of the strike's own clause: dates and times inside the trigger's
    or a target's phrase ("the strikes on Monday hit ...", "bombed a base ... on
    Wednesday"), or on the verb an action noun is the subject or object of ("an Israeli
    strike on a car killed two on Wednesday"); never those of the reporting verb ("said on
    Friday"), which tell when the account was given."""
    doc = tok.doc
    heads = [tok, *(doc[i] for i, _, _ in found.targets)]
    antecedent = _described_noun(tok)
    if antecedent is not None:
        # "a drone attack on a dock last week that the navy said damaged two vessels":
        # the clause tells of the strike it describes, on that strike's day
        heads.append(antecedent)
    verb = tok.head if tok.dep_ in _NOUN_SLOTS and tok.head.pos_ in ("VERB", "AUX") and (
        not _is_report(tok.head) or (tok.dep_ == "dobj" and tok.head.lemma_ == "claim")
    ) else None  # "claimed an attack ... last week": a claim of responsibility's day
    # "seized a police station on Wednesday, killing nine": a participle's strike is the
    # verb's it hangs on (and that verb's conjuncts'), and so is its day
    verbs = {verb.i} if verb is not None else set()
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB" \
            and not _is_report(tok.head):
        verbs |= {tok.head.i, *(c.i for c in tok.head.conjuncts if c.pos_ == "VERB")}
    out: list[str] = []
    said: list[str] = []
    for ent in span_ents(sent_of(tok)):
        if ent.label_ not in _DAY_LABELS:
            continue
        if _said_in_month(ent, found):
            said.append(f"{SAID_DAY_MARK} {ent.text}")
        if _when_said(ent) or _in_dateline(ent):
            continue
        root = ent.root
        if root.dep_ == "compound" and root.head.ent_type_ in _DAY_LABELS:
            root = root.head  # "Monday" of "on Monday morning" hangs as "morning" does
        if root.dep_ == "pobj" and root.head.lower_ in _SPAN_BOUNDS:
            continue  # "none of its aircraft had flown there since Wednesday": a span's end
        inside = any(h.i == root.i or (h.is_ancestor(root)
                                       and not _in_clause(root, h, trigger=tok)
                                       and not _in_joined_clause(root, h))
                     for h in heads)
        on_verb = root.head.i in verbs or (
            root.head.head.i in verbs and root.head.dep_ == "prep")
        if inside or on_verb or _victims_day(tok, root):
            out.append(ent.text)
    # "MSF said in February that bombs had killed 32 people": no day of its own, the
    # strike was before the month the account was given in
    return tuple(out or said)


def _in_joined_clause(tok: Token, head: Token) -> bool:
    """``tok`` sits in a clause joined to ``head``'s by "and" with a subject of its own
    ("one missile slammed into a building, and medics were seen carrying the injured out
    on Sunday morning"): its day is of what that clause tells, not of the strike."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
        node = node.head
    return False


# the words that make a day the end of a span, not the day something happened
# ("before dawn on Friday" is when it happened: not "before")
_SPAN_BOUNDS = frozenset(["since", "until", "till"])


def _said_in_month(ent: Span, found: TargetMatch) -> bool:
    """The day phrase hangs on the reporting verb and names a month with no day, a past
    week or month, or a weekday: "said in February", "reported in March", "Last week
    the coalition denied striking a mosque", "On Tuesday, the military said it had
    struck a depot" (the strike it tells was then or before: not a strike of Thursday)."""
    if found.report is None or any(t.like_num for t in ent):
        return False
    root = ent.root
    up = root.head.head if root.head.dep_ == "prep" and root.head.lower_ in ("in", "on") \
        else root.head if root.dep_ == "npadvmod" else None
    words = [t.lower_ for t in ent]
    return up is not None and up.i == found.report \
        and (any(w in MONTH_NAMES or w in WEEKDAYS for w in words)
             or any(a == "last" and b in ("week", "month")
                    for a, b in itertools.pairwise(words)))


_KILLED = lx.FATE_VERBS | lx.HIT_VERBS | {"die"}


def _victims_day(tok: Token, day: Token) -> bool:
    """"Of those killed on Tuesday, 25 were tourists": a copula's account of who the dead
    were takes the day of the killing told in its subject's clause, before the copula (not
    "the gathering was a wake for an elder who died on Friday", a clause of what it was)."""
    if tok.lemma_.lower() != "be":
        return False
    node = day
    while node.head.i != node.i and node.i != tok.i:
        if node.dep_ in ("acl", "relcl") and node.lemma_.lower() in _KILLED:
            return tok.is_ancestor(node) and node.i < tok.i
        node = node.head
    return False


def _described_noun(tok: Token) -> Token | None:
    """The noun a relative clause the trigger is in (or is reported in: "that the navy said
    damaged two vessels") describes."""
    node = tok
    while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i \
            and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return node.head
    return None


def _aim_place(tok: Token, trigger: Token) -> bool:
    """Rule ``place.aim_clause``: a place named in a purpose clause of the strike that
    tells no strike of its own ("targeted their bases to protect shipping in the Red
    Sea", "struck the depots in order to secure the border with Iraq") is where the aim
    lies, not where the strike hit ("to destroy depots in Idlib" still tells it)."""
    # (up the doc's tree by index to the word that hangs on the trigger)
    heads = doc_tree(tok.doc).heads
    at = tok.i
    while heads[at] != at and heads[at] != trigger.i:
        at = heads[at]
    if heads[at] != trigger.i or at == trigger.i:
        return False
    node = tok.doc[at]
    return node.pos_ == "VERB" and node.dep_ in ("advcl", "xcomp") \
        and node.lemma_.lower() not in lx.HIT_VERBS \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)


def _in_attack_behind(tok: Token, trigger: Token) -> bool:
    """``tok`` sits in "behind an attack on X", wherever the parse hangs "behind" ("jets hit
    gunmen behind the rocket fire on the port", with "behind" on the verb):
    where the targets' own attack struck, not where they were struck."""
    # (by index off the doc's tree: a word is built only for an object of a preposition,
    # which the attack of "behind" is)
    tree = doc_tree(tok.doc)
    for j in (tok.i, *tree.related(tok.i, "<<")):
        if j == trigger.i:
            return False
        if tree.dep(j) == _POBJ and _attack_behind(tok.doc[j]):
            return True
    return False


def _attack_behind(node: Token) -> bool:
    """``node`` is the attack of "behind an attack": an action noun, object of "behind"."""
    return node.dep_ == "pobj" and node.lemma_.lower() in lx.ACTION_NOUNS \
        and node.head.lower_ == "behind"


def _in_targets_own_strike(tok: Token, heads: list[Token], trigger: Token) -> bool:
    """``tok`` sits in a clause on one of the target ``heads`` that tells a strike of the
    target's own (:func:`_in_clause` with ``strike``): where it struck, not where it was
    struck."""
    return any(is_ancestor(h, tok) and _in_clause(tok, h, strike=True, trigger=trigger)
               for h in heads)


def _in_clause(tok: Token, head: Token, strike: bool = False,
               trigger: Token | None = None) -> bool:
    """``tok`` sits in a clause that describes ``head`` ("launchers used to attack the
    city on Wednesday"): that clause's day is of what it tells, not of the strike; with
    ``strike``, only a clause that tells a strike of its own (where it hit is not where
    the head was): by a strike verb, or a verb whose object is an attack noun ("the
    elements who carried out the attack on civilians in the city of X"), also as the verb
    of a "for" phrase ("operatives responsible for launching the missile towards X").
    The clause of ``trigger`` is the claim's own ("the building struck in Kharkiv")."""
    node = tok
    struck = False
    while node.i != head.i and node.head.i != node.i:
        if trigger is not None and node.i == trigger.i:
            return False
        # (a strike verb, or an attack noun it carries out: "who carried out the attack
        # on civilians in Jazan")
        struck = struck or (node.pos_ == "VERB" and (
            node.lemma_.lower() in lx.STRIKE_VERBS
            or (strike and node.lemma_.lower() in _LAUNCH_NOUNS) or (strike and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in lx.ACTION_NOUNS
                                      or c.lemma_.lower() in _LAUNCH_NOUNS)
                for c in node.children))))
        if node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX"):
            return struck or not strike
        if strike and struck and node.dep_ in ("pcomp", "pobj") and node.pos_ == "VERB":
            # "operatives responsible for launching missiles towards Jazan", "those
            # responsible for planning and carrying out an attack on Jizan" (the gerund
            # parsed as the object of "for")
            return True
        if strike and node.dep_ == "pobj" and node.lemma_.lower() in lx.ACTION_NOUNS \
                and _answering(node.head):
            # "those responsible for a missile attack on the city of X", "those behind
            # the bombing of a bus in X": the attack they answer for struck there (not
            # "the cell behind ...", whose "behind" the parse hangs on the verb)
            return True
        node = node.head
    return False


# a launch carried out is a strike of its own ("carrying out the rocket launch at Pelan",
# "a yard from which gunmen had launched rockets at the border towns")
_LAUNCH_NOUNS = frozenset(["launch", "launching", "firing"])


def _dateline_stop(sent: Span) -> int:
    """Where the dateline a story's first line opens with ends ("Tel Aviv [Israel],
    August 27 :", "KYIV, Jan 3 (Test Wire) -"): the place the copy was filed from is not
    where anything was hit. The sentence start when there is none."""
    return DOC_MEMO.get(sent.doc, ("dateline stop", sent.start, sent.end),
                        lambda: _read_dateline_stop(sent))


def _read_dateline_stop(sent: Span) -> int:
    doc = sent.doc
    line = line_start(doc, sent.start)  # the parse may cut the dateline itself at a bracket
    if sent.start - line > lx.DATELINE_SPAN:
        return sent.start
    for tok in doc[line : min(sent.end, line + lx.DATELINE_SPAN)]:
        if tok.pos_ in ("VERB", "AUX"):
            return sent.start
        if tok.text in _DATELINE_ENDS and tok.i > line:
            return max(tok.i + 1, sent.start)
    return sent.start


def _dateline_words(dateline: Span) -> bool:
    """The words before the mark are a dateline, not a headline's own words ("Nine members
    of one family - ..."): a place in capitals or an agency in brackets."""
    first = dateline[0]
    return (first.is_upper and len(first.text) > 1) or any(t.text.startswith(")")
                                                           for t in dateline)


def _when_said(ent: Span) -> bool:
    """"said on Friday", "said Friday": the day of the statement, however it was parsed."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    return i >= 0 and _is_report(doc[i])


def _in_dateline(ent: Span) -> bool:
    """"MAIDUGURI, Nigeria, Sept 3 (Test Wire) -", "(Tbilisi, August 15, 2008) –": the
    date the copy was filed."""
    if ent.start - sent_of(ent[0]).start > 6:
        return False
    after = ent.doc[ent.end : ent.end + 8]
    if len(after) > 1 and after[0].text in (")", "]"):
        after = after[1:]  # the dateline in brackets
    return len(after) > 0 and (after[0].text in _DASHES or (
        after[0].text == "(" and any(t.text in _DASHES for t in after)))


_DASHES = frozenset(["-", "--", "—", "–"])
# what ends a dateline ("KUNDUZ CITY, Sep 4 (Pajhwok Afghan News):" ends in one token "):")
_DATELINE_ENDS = _DATELINE_MARKS | _DASHES | {"):", "]:"}


def _their_civilians(poss: Token) -> bool:
    """"Three civilians searching for gold were killed when a drone hit their truck":
    "their" stands for the civilians its sentence named before it (people, not the
    strike's own subject), not for the armed group whose words these are."""
    if poss.lower_ != "their":
        return False
    verb = next((a for a in poss.ancestors if a.pos_ == "VERB"), None)
    strikers = {t.i for c in (verb.children if verb is not None else ())
                if c.dep_ == "nsubj" for t in c.subtree}
    for tok in reversed(poss.doc[sent_of(poss).start : poss.i]):
        if tok.tag_ in ("NNS", "NNPS") and tok.dep_ != "compound" and tok.i not in strikers:
            return tok.lemma_.lower() in lx.CIVILIAN_WORDS or tok.lower_ in lx.CIVILIAN_WORDS \
                or tok.lemma_.lower() in lx.PEOPLE_WORDS
    return False


def _own(head: Token, tgt: Target, party: Actor) -> Target:
    """"its camps", "three of its leaders", "our positions", "our men" in an armed
    group's or a military's words: the party's own people and sites, whatever the head
    word alone would say (not "their villages": a place of daily life keeps its class)."""
    if party.type not in ("armed_group", "military"):
        return tgt
    noun = counted(head)
    if not any(c.dep_ == "poss" and c.lower_ in _OWN and not _their_civilians(c)
               for c in noun.children):
        return tgt
    if any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children) \
            and _struck_before(noun):
        return tgt  # "fired a water cannon at a supply boat, damaging its engine": the boat's
    men = noun.lower_ in _OWN_MEN and any(
        c.dep_ == "poss" and c.lower_ in ("our", "its") for c in noun.children)
    if tgt.target_class != "unknown" and noun.lemma_.lower() not in lx.WEAK_CIVILIAN_SITE \
            and noun.lower_ not in lx.WEAK_CIVILIAN_SITE and not men:
        return tgt
    # ("our men were fired upon first", a police officer said: his own men)
    return Target(tgt.text, party.type, party.id if party.type == "armed_group" else None)


def _struck_before(noun: Token) -> bool:
    """A thing struck is named before ``noun`` in its sentence (a strike verb's object, or
    what it was fired at or on), which an "its" on ``noun`` stands for, not the speaker."""
    for tok in sent_of(noun):
        if tok.i >= noun.i:
            return False
        if tok.pos_ != "NOUN" or tok.tag_ != "NN":
            continue
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "upon") \
            else tok.head if tok.dep_ == "dobj" else None
        if verb is not None and verb.lemma_.lower() in lx.HIT_VERBS:
            return True
    return False


def _target(head: Token, gazetteer: Gazetteer, miss: bool, rule: str = "") -> Target:
    """What a claim says was hit; for a miss, what it says was spared: a site it names
    ("the missiles missed the ship", "landed near a house", "no damage to homes") with
    its class, so that such a miss answers only a hit of its kind; other misses ("fell in
    an open area", "intercepted") name nothing hit."""
    if miss:
        text = phrase_text(phrase_tokens(head)) if head.pos_ == "NOUN" else ""
        if not text:
            return Target("nothing hit", "unknown", None)
        if not rule.startswith(SPARED_RULES):
            return Target(text, "unknown", None)
        return replace(classify_target(head, gazetteer), text=text, actor_id=None)
    if _kit_of_a_site(head):
        return replace(classify_target(head, gazetteer), target_class="unknown", actor_id=None)
    return classify_target(head, gazetteer)


def _kit_of_a_site(head: Token) -> bool:
    """Rule ``targets.kit_of_a_site``: "the plant had been hit and equipment has been
    seriously damaged": bare "equipment" after a power plant, a school or a shop its
    sentence says was hit is that site's machinery, no force's kit (as "military
    equipment" or "their equipment" would be)."""
    if head.lower_ != "equipment" or any(c.dep_ in ("amod", "compound", "poss", "nmod")
                                         for c in head.children):
        return False
    return any(t.i < head.i and t.pos_ == "NOUN"
               and t.lower_ in lx.INFRASTRUCTURE_WORDS | lx.CIVILIAN_SITE_WORDS
               and t.dep_ in ("nsubjpass", "dobj") and t.head.lemma_.lower() in lx.HIT_VERBS
               for t in sent_of(head))
