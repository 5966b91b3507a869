"""Domain rules for conflicting target claims, with hand-built analyses (no model)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.domain.conflicts import (
    add_source,
    article_conflict,
    event_key,
    flush_digests,
    observe,
)
from pipeline.domain.groups import GroupDirectory
from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    DuplicateRecord,
    Evidence,
    Place,
    Target,
)

T0 = datetime(2030, 5, 4, 9, 0, tzinfo=UTC)
WINDOW = timedelta(days=2)
NORTHLAND = Actor("state.nl", "Northland", "state", "NL", "nl")
NL_MOD = Actor("nl.defence-ministry", "Northland's defence ministry", "ministry", "NL", "nl")
NL_ARMY = Actor("nl.military", "Northland army", "military", "NL", "nl")
MEDICS = Actor("intl.msf", "Medecins Sans Frontieres", "international_body", None, "intl.msf")
RESIDENT = Actor("source.resident", "a resident", "source", None, None)
TOWN = Place("Riverton", 1, "SY", "07", kind="city")
OTHER_TOWN = Place("Hillview", 2, "SY", "11", kind="city")


def article(aid: str, source: str = "Wire A", day: int = 0) -> Article:
    return Article(aid, "", "text", source, None, T0 + timedelta(days=day))


def claim(
    art: Article, party: Actor, text: str, cls: str, *, actor_id: str | None = None,
    negated: bool = False, place: Place | None = TOWN, attacker: Actor | None = NORTHLAND,
    action: str = "strike", cue: str = "asserts",
) -> Claim:
    ev = Evidence(art.id, art.source, f"{party.name} on {text}", 0, 10)
    return Claim(party, cue, Target(text, cls, actor_id), ev, action, attacker, place, negated)


def analysis(art: Article, *claims: Claim) -> ArticleAnalysis:
    return ArticleAnalysis(art, claims=claims)


def test_military_versus_civilian_site_is_a_conflict() -> None:
    a = article("a1")
    an = analysis(a, claim(a, NL_MOD, "a militant base", "armed_group"),
                  claim(a, MEDICS, "a field hospital", "civilian_site"))
    alert = article_conflict(an)
    assert alert is not None
    assert {acc.party.id for acc in alert.accounts} == {NL_MOD.id, MEDICS.id}
    assert 0.0 <= alert.confidence <= 1.0
    assert "Medecins Sans Frontieres says a field hospital" in alert.summary


def test_same_side_is_not_a_conflict() -> None:
    a = article("a1")
    an = analysis(a, claim(a, NL_MOD, "fighters", "armed_group"),
                  claim(a, NL_ARMY, "a school", "civilian_site"))
    assert article_conflict(an) is None


def test_bare_denial_is_not_a_conflict() -> None:
    a = article("a1")
    an = analysis(a, claim(a, MEDICS, "a market", "civilian_site"),
                  claim(a, NL_MOD, "the market", "civilian_site", negated=True, cue="denies"))
    assert article_conflict(an) is None


def test_denial_with_own_account_is_a_conflict() -> None:
    a = article("a1")
    an = analysis(a, claim(a, MEDICS, "a market", "civilian_site"),
                  claim(a, NL_MOD, "the market", "civilian_site", negated=True, cue="denies"),
                  claim(a, NL_MOD, "militia positions", "armed_group"))
    assert article_conflict(an) is not None


def test_group_hierarchy_makes_targets_compatible() -> None:
    a = article("a1")
    an = analysis(a, claim(a, NL_MOD, "Nusra Front", "armed_group", actor_id="group.al-nusra"),
                  claim(a, RESIDENT, "Army of Conquest", "armed_group",
                        actor_id="group.army-of-conquest"))
    groups = GroupDirectory({"group.al-nusra": ("group.army-of-conquest",)})
    assert article_conflict(an, groups) is None
    assert article_conflict(an) is not None  # the hierarchy is data passed in, not read here
    other = analysis(a, claim(a, NL_MOD, "IS", "armed_group", actor_id="group.islamic-state"),
                     claim(a, RESIDENT, "Army of Conquest", "armed_group",
                           actor_id="group.army-of-conquest"))
    assert article_conflict(other, groups) is not None


def test_different_places_are_different_events() -> None:
    a = article("a1")
    an = analysis(a, claim(a, NL_MOD, "a weapons depot", "military", place=OTHER_TOWN),
                  claim(a, MEDICS, "a home", "civilian_site", place=TOWN))
    assert article_conflict(an) is None


def test_no_strike_versus_a_strike_account_is_a_conflict() -> None:
    a = article("a1")
    hit = claim(a, MEDICS, "an aid convoy", "civilian_site")
    none = claim(a, NL_MOD, "no air strike", "unknown", negated=True, action="no_strike",
                 attacker=None)
    alert = article_conflict(analysis(a, hit, none))
    assert alert is not None and alert.extra["reasons"] == ["no_strike"]
    assert "no air strike" in alert.summary and "no no" not in alert.summary
    # a denial that nothing was struck answers only an account of something struck
    vague = claim(a, MEDICS, "the incident", "unknown")
    assert article_conflict(analysis(a, vague, none)) is None
    # and it is no dispute within one side
    own = claim(a, NL_ARMY, "an aid convoy", "civilian_site")
    assert article_conflict(analysis(a, own, none)) is None


def test_another_cause_versus_a_strike_account_is_a_conflict() -> None:
    a = article("a1")
    hit = claim(a, RESIDENT, "a market", "civilian_site")
    gas = claim(a, NL_MOD, "a gas cylinder", "unknown", action="cause", attacker=None)
    alert = article_conflict(analysis(a, hit, gas))
    assert alert is not None and alert.extra["reasons"] == ["cause"]
    assert any("caused by a gas cylinder" in t.text for acc in alert.accounts
               for t in acc.targets)
    # two causes are not a dispute about a strike, nor is a cause named as "not" this
    other = claim(a, RESIDENT, "a short circuit", "unknown", action="cause", attacker=None)
    assert article_conflict(analysis(a, other, gas)) is None
    cargo = claim(a, NL_MOD, "a cargo fire", "civilian_site", action="cause", attacker=None)
    assert article_conflict(analysis(a, hit, cargo)) is not None
    depot = claim(a, NL_MOD, "a weapons depot", "military", action="cause", attacker=None)
    struck_depot = claim(a, RESIDENT, "an arms depot", "military")
    assert article_conflict(analysis(a, struck_depot, depot)) is None
    not_gas = claim(a, NL_MOD, "a gas cylinder", "unknown", action="cause", attacker=None,
                    negated=True)
    assert article_conflict(analysis(a, hit, not_gas)) is None


def test_a_cause_that_names_a_military_site_is_a_target_account() -> None:
    a = article("a1")
    an = analysis(a, claim(a, RESIDENT, "a wedding party", "civilians"),
                  claim(a, NL_MOD, "a weapons depot", "military", action="cause"))
    alert = article_conflict(an)
    assert alert is not None and "targets" in alert.extra["reasons"]


def test_no_strike_links_accounts_across_articles() -> None:
    state: dict[str, object] = {}
    a, b = article("a1", "Wire A"), article("b1", "Wire B")
    first = observe(analysis(a, claim(a, MEDICS, "an aid convoy", "civilian_site",
                                      attacker=None)), state, T0, WINDOW)
    assert first == []
    alerts = observe(analysis(b, claim(b, NL_MOD, "no sign of bombs", "unknown", negated=True,
                                       action="no_strike", attacker=None)),
                     state, T0 + timedelta(hours=20), WINDOW)
    assert len(alerts) == 1 and set(alerts[0].article_ids) == {"a1", "b1"}


def test_no_combatants_at_a_site_disputes_combatants_using_it() -> None:
    a = article("a1")
    used = claim(a, NL_ARMY, "fighters", "armed_group", action="use", attacker=None)
    none = claim(a, MEDICS, "no fighters", "armed_group", negated=True, action="use",
                 attacker=None)
    alert = article_conflict(analysis(a, used, none))
    assert alert is not None and alert.extra["reasons"] == ["use"]
    # a denial of something else at the site answers nothing
    no_arms = claim(a, MEDICS, "no civilians", "civilians", negated=True, action="use",
                    attacker=None)
    assert article_conflict(analysis(a, used, no_arms)) is None
    # "there was no strike" does not answer who was at the site
    no_strike = claim(a, MEDICS, "no air strike", "unknown", negated=True, action="no_strike",
                      attacker=None)
    assert article_conflict(analysis(a, used, no_strike)) is None


def test_missed_versus_hit_is_a_conflict() -> None:
    a = article("a1")
    an = analysis(a, claim(a, RESIDENT, "a cargo ship", "civilian_site"),
                  claim(a, NL_MOD, "their mark", "unknown", negated=True, action="miss"))
    assert article_conflict(an) is not None


def test_event_key_needs_strike_claims_and_ignores_the_speaker() -> None:
    a, b = article("a1"), article("b1", "Wire B")
    assert event_key(analysis(a)) is None
    ka = event_key(analysis(a, claim(a, NL_MOD, "fighters", "armed_group")))
    kb = event_key(analysis(b, claim(b, MEDICS, "a clinic", "civilian_site")))
    assert ka == kb == "geo:SY"


def _two_outlets() -> tuple[ArticleAnalysis, ArticleAnalysis]:
    a, b = article("a1", "Wire A"), article("b1", "Wire B", day=1)
    return (analysis(a, claim(a, NL_MOD, "rebel fighters", "armed_group")),
            analysis(b, claim(b, MEDICS, "a clinic", "civilian_site")))


def test_cross_article_alert_in_either_order() -> None:
    first, second = _two_outlets()
    ids = []
    for order in ((first, second), (second, first)):
        state: dict[str, object] = {}
        assert observe(order[0], state, T0, WINDOW) == []
        alerts = observe(order[1], state, T0, WINDOW)
        assert len(alerts) == 1
        alert = alerts[0]
        assert alert.version == 1
        assert set(alert.article_ids) == {"a1", "b1"}
        assert set(alert.sources) == {"Wire A", "Wire B"}
        ids.append(alert.alert_id)
    assert ids[0] == ids[1]


def test_redelivery_returns_nothing_and_new_party_bumps_version() -> None:
    first, second = _two_outlets()
    state: dict[str, object] = {}
    observe(first, state, T0, WINDOW)
    (alert,) = observe(second, state, T0, WINDOW)
    assert observe(second, state, T0, WINDOW) == []
    c = article("c1", "Wire C", day=1)
    third = analysis(c, claim(c, RESIDENT, "a school", "civilian_site"))
    # a new party goes out once the alert's last version is one digest period old
    (updated,) = observe(third, state, T0 + timedelta(minutes=5), WINDOW)
    assert updated.alert_id == alert.alert_id
    assert updated.version == 2
    assert "c1" in updated.article_ids


def test_state_values_are_plain_json() -> None:
    import json

    first, second = _two_outlets()
    state: dict[str, object] = {}
    observe(first, state, T0, WINDOW)
    observe(second, state, T0, WINDOW)
    json.dumps(state)


def test_claims_days_apart_are_different_events() -> None:
    first, _ = _two_outlets()
    late = article("z9", "Wire Z", day=10)
    state: dict[str, object] = {}
    observe(first, state, T0, WINDOW)
    assert observe(analysis(late, claim(late, MEDICS, "a clinic", "civilian_site")),
                   state, T0, WINDOW) == []


def test_duplicate_adds_its_source_in_a_digest_not_a_new_version_at_once() -> None:
    first, second = _two_outlets()
    state: dict[str, object] = {}
    observe(first, state, T0, WINDOW)
    (alert,) = observe(second, state, T0, WINDOW)
    dup = DuplicateRecord("b2", "b1", 0.9, "Wire D", "near")
    assert add_source(alert.event_key, dup, state, T0) == []  # a new outlet is not substance
    assert flush_digests(state, T0, timedelta(minutes=5)) == []  # not due yet
    (updated,) = flush_digests(state, T0 + timedelta(minutes=5), timedelta(minutes=5))
    assert updated.alert_id == alert.alert_id and updated.version == alert.version + 1
    assert "Wire D" in updated.sources and "b2" in updated.article_ids
    assert flush_digests(state, T0 + timedelta(hours=1)) == []  # nothing left to send



def test_a_copy_that_arrives_before_the_conflict_forms_is_still_listed() -> None:
    first, second = _two_outlets()
    state: dict[str, object] = {}
    key = event_key(first)
    assert key is not None and observe(first, state, T0, WINDOW) == []
    copy = DuplicateRecord("a1-copy", "a1", 0.9, "Copy Outlet", "near")
    assert add_source(key, copy, state, T0) == []  # no alert yet to update
    assert add_source(key, copy, state, T0) == []  # re-delivered: nothing new
    (alert,) = observe(second, state, T0, WINDOW)
    assert "a1-copy" in alert.article_ids and "Copy Outlet" in alert.sources


GROUP = Actor("group.nlf", "Northland Liberation Front", "armed_group", None, "nlf")
HEALTH = Actor("xx.health-ministry", "the health ministry", "ministry", "SY", "sy")


def test_a_group_mourning_its_own_dead_answers_no_building() -> None:
    # the group says three of its members died; the ministry says an apartment was hit
    # and four people killed; the attacker says it hit the group's operatives: one story
    a = article("a1")
    own = claim(a, GROUP, "three of its members", "armed_group", actor_id=GROUP.id)
    own = Claim(own.party, own.cue, own.target, own.evidence, own.action, own.attacker,
                own.place, rule="casualty.passive")
    an = analysis(a, own,
                  claim(a, HEALTH, "an apartment", "civilian_site"),
                  claim(a, HEALTH, "four people", "civilians"),
                  claim(a, NL_MOD, "NLF operatives", "armed_group", actor_id=GROUP.id))
    assert article_conflict(an) is None


def test_without_the_group_s_word_the_building_is_an_account() -> None:
    # counter-example: the same accounts, the group silent
    a = article("a1")
    an = analysis(a, claim(a, HEALTH, "an apartment", "civilian_site"),
                  claim(a, NL_MOD, "NLF operatives", "armed_group", actor_id=GROUP.id))
    assert article_conflict(an) is not None


def test_a_party_s_own_mixed_toll_answers_no_civilian_account() -> None:
    # "the dead included four civilians, three members of the security forces": the
    # soldiers among the victims are no account of the target against "a hotel"
    a = article("a1")

    def victims(party: Actor, text: str, cls: str, start: int) -> Claim:
        c = claim(a, party, text, cls)
        return Claim(c.party, c.cue, c.target, Evidence(a.id, a.source, "the dead", start, 9),
                     c.action, c.attacker, c.place, rule="copula.victims_included")

    an = analysis(a, claim(a, MEDICS, "a hotel", "civilian_site"),
                  victims(HEALTH, "four civilians", "civilians", 40),
                  victims(HEALTH, "three soldiers", "military", 40))
    assert article_conflict(an) is None
    # counter-example: the soldiers alone, in a sentence of their own, are an account
    an = analysis(a, claim(a, MEDICS, "a hotel", "civilian_site"),
                  victims(HEALTH, "four civilians", "civilians", 40),
                  victims(HEALTH, "three soldiers", "military", 80))
    assert article_conflict(an) is not None


def test_an_observation_works_out_its_struck_places_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The routing keys and the sightings share one :func:`struck_places` per article
    (it was computed twice per observation, ~9% of the event loop)."""
    from pipeline.domain import conflicts, events

    calls: list[str] = []
    real = events.struck_places

    def counted(an: ArticleAnalysis) -> list[Place | None]:
        calls.append(an.article.id)
        return real(an)

    monkeypatch.setattr(conflicts, "struck_places", counted)
    monkeypatch.setattr(events, "struck_places", counted)
    first, second = _two_outlets()
    state: dict[str, object] = {}
    observe(first, state, T0, WINDOW)
    (alert,) = observe(second, state, T0, WINDOW)
    assert calls == ["a1", "b1"]
    assert set(alert.article_ids) == {"a1", "b1"}


def test_accounts_under_one_party_name_are_one_partys() -> None:
    """Rule ``conflict.one_name``: a commissioner named with his title and as "X said"
    may take two ids; shown under one name, his accounts are one party's."""
    a = article("a1")
    titled = Actor("org.commissioner-x", "Commissioner Ana Ortiz", "state", None,
                   "org.commissioner-x")
    named = Actor("person.ortiz", "Commissioner Ana Ortiz", "person", None, None)
    assert article_conflict(analysis(a, claim(a, titled, "our forces", "military"),
                                     claim(a, named, "gunmen", "armed_group"),
                                     claim(a, named, "a bus", "civilian_site"))) is None
    longer = Actor("official.x", "Mexico's Commissioner Ana Ortiz", "official", "MX", "mx")
    assert article_conflict(analysis(a, claim(a, longer, "our forces", "military"),
                                     claim(a, named, "a bus", "civilian_site"))) is None
    other = Actor("person.ruiz", "Commissioner Luis Ruiz", "person", None, None)
    assert article_conflict(analysis(a, claim(a, titled, "gunmen", "armed_group"),
                                     claim(a, other, "a bus", "civilian_site"))) is not None
