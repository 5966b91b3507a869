"""The claim constructions on the real model, with sentences written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.domain.conflicts import article_conflict
from pipeline.domain.models import Article, ArticleAnalysis, Claim
from pipeline.nlp.extract import Extractor

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    yield Extractor.load()


def analyse(extractor: Extractor, body: str, headline: str = "") -> ArticleAnalysis:
    (result,) = extractor.analyse([Article("c1", headline, body, "Test Wire")])
    return result


def by_rule(analysis: ArticleAnalysis, rule: str) -> list[Claim]:
    return [c for c in analysis.claims if c.rule == rule]


def test_copular_target_against_a_site(extractor: Extractor) -> None:
    an = analyse(extractor, "The army said the target was a training camp for militants. "
                            "Residents said the strike hit a school.")
    (claim,) = by_rule(an, "copula.target")
    assert claim.target.target_class == "armed_group"
    assert "army" in claim.party.name.lower()
    assert article_conflict(an) is not None


def test_casualty_account_with_children_is_civilians(extractor: Extractor) -> None:
    an = analyse(extractor, "The health ministry said the strike killed 23 people, "
                            "including children.")
    (claim,) = an.claims
    assert claim.rule == "casualty.object"
    assert claim.target.target_class == "civilians"


def test_running_toll_is_not_an_account(extractor: Extractor) -> None:
    an = analyse(extractor, "The fighting since October has killed some 600 people, "
                            "according to a tally by the ministry.")
    assert an.claims == ()


def test_use_of_a_site_against_its_denial(extractor: Extractor) -> None:
    an = analyse(extractor, "The army said fighters were operating from inside the hospital. "
                            "The hospital director said there were no fighters in the hospital.")
    (used,) = by_rule(an, "use.site")
    assert used.target.target_class == "armed_group" and not used.negated
    (denied,) = by_rule(an, "use.none_there")
    assert denied.negated and "director" in denied.party.name.lower()


def test_misidentification_gives_what_was_hit_and_what_was_believed(
    extractor: Extractor,
) -> None:
    an = analyse(extractor, "Witnesses said the pilots mistook the wedding party for a convoy.")
    got = {(c.rule, c.target.target_class, c.negated) for c in an.claims}
    assert ("mistake.hit", "civilians", False) in got
    assert ("mistake.believed", "military", True) in got


def test_headline_is_a_claim_of_its_own(extractor: Extractor) -> None:
    an = analyse(extractor, "Villagers said the jets destroyed their homes.",
                 headline="Army says base, not village, was struck")
    got = {(c.target.text, c.negated) for c in an.claims if "army" in c.party.name.lower()}
    assert got == {("base", False), ("village", True)}
    assert article_conflict(an) is not None


def test_statement_clause_and_relative_clause_class(extractor: Extractor) -> None:
    an = analyse(extractor, "The ministry's statement said the strike was directed at a "
                            "building where commanders met arms suppliers.")
    (claim,) = an.claims
    assert claim.rule == "hit.at"
    assert "ministry" in claim.party.name.lower()
    assert claim.target.target_class in ("armed_group", "military")


def test_claims_of_another_party_belong_to_it(extractor: Extractor) -> None:
    an = analyse(extractor, "The mayor rejected claims by the Russian military that the "
                            "battalion was headquartered in the theatre.")
    owned = [c for c in an.claims if not c.negated]
    (claim,) = owned
    assert claim.rule == "use.site"
    assert "russia" in claim.party.name.lower()
    # the mayor who rejects the claim denies the same use (rule party.denier)
    (denial,) = [c for c in an.claims if c.negated]
    assert "mayor" in denial.party.name.lower()
    assert denial.target.text == claim.target.text


def test_policy_and_hypothetical_lines_give_no_claims(extractor: Extractor) -> None:
    an = analyse(extractor, "The army says it always targets militants. "
                            "He asked whether the jets had struck the school.")
    assert an.claims == ()


def test_unattributed_strike_with_named_attacker_is_the_outlets_account(
    extractor: Extractor,
) -> None:
    an = analyse(extractor, "Russian forces struck five militant camps in Idlib on "
                            "Tuesday night.")
    camps = [c for c in an.claims if "camps" in c.target.text]
    assert camps and camps[0].party.type == "media"
    assert camps[0].target.target_class == "armed_group"


def test_unattributed_strike_without_attacker_is_only_the_outlets_narration(
    extractor: Extractor,
) -> None:
    # no named attacker: the outlet's own telling, one side's account across articles only
    (told,) = analyse(extractor, "Five houses in Riverton were hit on Tuesday night.").claims
    assert told.party.type == "media" and told.cue == "narrates"
    # a target of unknown kind in the outlet's own voice adds nothing to a conflict
    an = analyse(extractor, "A Russian missile also hit a cluster of buildings in Idlib.")
    assert not [c for c in an.claims if c.party.type == "media"]


def test_state_controlled_area_keeps_the_holding_state(extractor: Extractor) -> None:
    an = analyse(extractor, "The army said the enemy attacked houses and mosques in "
                            "Pakistan-controlled Kashmir on Tuesday.")
    houses = [c for c in an.claims if c.target.text == "houses"]
    assert houses and houses[0].place is not None
    assert houses[0].place.country == "PK"


def test_background_attack_noun_is_not_the_outlets_account(extractor: Extractor) -> None:
    an = analyse(extractor, "It was the first American attack on a militant depot this year.")
    assert not [c for c in an.claims if c.party.type == "media"]


def test_claims_called_false_are_the_speakers_denial(extractor: Extractor) -> None:
    an = analyse(extractor, "Hamas said in a statement that Israeli claims it had targeted "
                            "leaders of the group were false.")
    (claim,) = an.claims
    assert claim.party.name == "Hamas" and claim.negated


def test_claims_not_called_false_stay_their_owners(extractor: Extractor) -> None:
    an = analyse(extractor, "Hamas said Israeli claims that the strike hit a command centre "
                            "were being investigated.")
    (claim,) = an.claims
    assert claim.party.id == "state.il" and not claim.negated


def test_lies_is_no_target(extractor: Extractor) -> None:
    an = analyse(extractor, "Hamas said the military's claims that it had struck a command "
                            "centre were lies.")
    assert [c.target.text for c in an.claims] == ["command centre"]
    assert an.claims[0].negated


def test_a_speaker_hung_on_the_victims_list_speaks(extractor: Extractor) -> None:
    an = analyse(extractor, "An Ethiopian military drone strike on a busy bus station in the "
                            "Amhara region killed at least 30 people, health workers and "
                            "residents said.")
    # people who speak together are named together (test_parties_as_written)
    assert {c.party.name for c in an.claims} == {"health workers and residents"}
    assert {c.target.text for c in an.claims} == {"busy bus station", "at least 30 people"}
    assert {c.target.target_class for c in an.claims} == {"civilian_site", "civilians"}
    an = analyse(extractor, "The strike on the market killed 12 people, doctors and residents "
                            "said.")
    assert {c.party.name for c in an.claims} == {"doctors and residents"}
    assert {c.target.text for c in an.claims} == {"market", "12 people"}


def test_the_us_is_not_the_pronoun_us(extractor: Extractor) -> None:
    an = analyse(extractor, "A US air strike targeting militants killed six civilians, a "
                            "lawmaker said.")
    (toll,) = by_rule(an, "casualty.object")
    assert toll.attacker is not None and toll.attacker.id == "state.us"
    assert "lawmaker" in toll.party.name


def test_armed_killers_and_gangs(extractor: Extractor) -> None:
    an = analyse(extractor, "A rights group said soldiers executed about 300 civilian men. "
                            "The police said the raid targeted a meeting of gang leaders.")
    classes = {c.party.name: c.target.target_class for c in an.claims}
    assert classes == {"rights group": "civilians", "police": "armed_group"}


def test_the_coalition_is_the_body_named_coalition(extractor: Extractor) -> None:
    an = analyse(extractor, "An air strike by the Saudi-led coalition hit a prison, the aid "
                            "group Medecins Sans Frontieres said. The coalition said in a "
                            "statement that it had struck legitimate military targets.")
    (mil,) = [c for c in an.claims if c.target.target_class == "military"]
    assert mil.party.id == "sa.coalition"


def test_bombs_dropped_on_a_market(extractor: Extractor) -> None:
    an = analyse(extractor, "The rebels said a military jet had dropped two bombs on a "
                            "crowded market. The army said it dropped leaflets on the town.")
    (claim,) = by_rule(an, "hit.drop_on")
    assert claim.target.text == "crowded market" and "rebels" in claim.party.name


def test_a_group_that_had_no_fighters_there(extractor: Extractor) -> None:
    an = analyse(extractor, "An OLA spokesman said the group had no fighters in the area.")
    (claim,) = by_rule(an, "use.none_had")
    assert claim.negated and claim.target.target_class == "armed_group"


def test_a_denial_joined_to_the_reported_clause_is_the_speakers(extractor: Extractor) -> None:
    an = analyse(extractor, "The Interior Ministry said its units were targeting gunmen who "
                            "had ambushed a patrol, and denied that civilians had been hit.")
    assert {c.party.name for c in an.claims} == {"Interior Ministry"}


def test_a_bare_toll_takes_a_class_only_where_it_says_who(extractor: Extractor) -> None:
    an = analyse(extractor, "Rebels said the drone strike killed 14 at a funeral.")
    (claim,) = an.claims
    assert claim.target.text == "14" and claim.target.target_class == "civilians"
    # a toll that says not who is still the speaker's account, of no class (no dispute
    # reads it as civilians or fighters)
    (claim,) = analyse(extractor, "The mission said the strike killed more than 130.").claims
    assert (claim.party.name, claim.target.text, claim.target.target_class) == \
        ("mission", "more than 130", "unknown")
    (claim,) = analyse(extractor, "A witness said dozens were killed in the strike.").claims
    assert (claim.target.text, claim.target.target_class) == ("dozens", "unknown")


def test_kin_and_officers_as_heads_take_a_class(extractor: Extractor) -> None:
    an = analyse(extractor, "Local officials said the drone killed a farmer's son and his "
                            "driver. The army said the strike killed two senior officers "
                            "and hit a depot.")
    classes = {c.target.text.lower(): c.target.target_class for c in an.claims}
    assert classes.get("farmer's son") == "civilians"
    assert classes.get("his driver") == "civilians"
    assert classes.get("two senior officers") == "military"
    assert article_conflict(an) is not None


def test_a_tank_driver_and_police_officers_are_not_civilians_or_military(
        extractor: Extractor) -> None:
    an = analyse(extractor, "The army said the drone killed a tank driver and three police "
                            "officers.")
    classes = {c.target.text.lower(): c.target.target_class for c in an.claims}
    assert classes["tank driver"] != "civilians"
    assert classes["three police officers"] != "military"


def test_a_condemnation_names_no_party_unless_it_names_an_author(
        extractor: Extractor) -> None:
    bare = analyse(extractor, "The foreign ministry condemned the strike as a violation of "
                              "the country's sovereignty.")
    assert bare.claims == ()
    named = analyse(extractor, "The foreign ministry condemned Turkey's strike as a "
                               "violation of the country's sovereignty.")
    assert [c.rule for c in named.claims] == ["blame.noun"]


def test_reports_a_party_takes_up_are_its_account(extractor: Extractor) -> None:
    alarmed = analyse(extractor, "The children's agency said it was alarmed by reports that "
                                 "children were killed in the strike.")
    assert [(c.target.text, c.target.target_class) for c in alarmed.claims] == [
        ("children", "civilians")]
    received = analyse(extractor, "The agency said it had received reports that four "
                                  "children were among the dead.")
    (claim,) = received.claims
    assert claim.rule == "copula.among_victims" and claim.target.target_class == "civilians"


def test_reports_a_party_investigates_are_no_account(extractor: Extractor) -> None:
    for verb in ("investigating", "reviewing"):
        an = analyse(extractor, f"The army said it was {verb} reports that children were "
                                "killed in the strike.")
        assert an.claims == ()
    unconfirmed = analyse(extractor, "The agency said it was alarmed by unconfirmed reports "
                                     "that children were killed in the strike.")
    assert unconfirmed.claims == ()
    # "aware of reports" acknowledges them beside the party's own account (the labelled
    # sets do not count a command's "aware of reports of civilian casualties")
    aware = analyse(extractor, "The command said it was aware of reports that children "
                               "were killed in the strike.")
    assert aware.claims == ()


def test_a_documented_killing_is_an_account_a_running_one_is_not(
        extractor: Extractor) -> None:
    an = analyse(extractor, "The rights group said it had documented the killing of seven "
                            "civilians in the raid.")
    (claim,) = an.claims
    assert claim.rule == "casualty.killing_of" and claim.target.target_class == "civilians"
    toll = analyse(extractor, "The group said the killing of 600 civilians in the clashes "
                              "since October had shocked the region.")
    assert [c for c in toll.claims if c.rule == "casualty.killing_of"] == []


def test_people_named_by_their_trade_speak_together(extractor: Extractor) -> None:
    # "miners and a local official said": people who speak together, as "residents and a
    # local official" do; a body joined to them is a party of its own ("the army and
    # residents said")
    an = analyse(extractor, "Miners and a local official said the drone hit an artisanal "
                            "gold mining site, killing nine miners.")
    assert {c.party.name for c in an.claims} == {"Miners and a local official"}
    assert "civilian_site" in {c.target.target_class for c in an.claims}
    an = analyse(extractor, "The army and residents said the strike hit a school.")
    assert "army and residents" not in {c.party.name for c in an.claims}


def test_a_statement_of_a_generic_body_is_the_body_heard_before(extractor: Extractor) -> None:
    # "a ministry statement said" after "Turkey's defence ministry said": that ministry,
    # as "the ministry's statement" is; with no ministry heard before it stays "ministry"
    an = analyse(extractor, "Turkey's defence ministry said its jets struck caves in northern "
                            "Iraq. A ministry statement said the targets were ammunition depots.")
    assert {c.party.name for c in an.claims} == {"Turkey's defence ministry"}
    an = analyse(extractor, "A ministry statement said the targets were ammunition depots.")
    assert {c.party.name for c in an.claims} == {"ministry"}
