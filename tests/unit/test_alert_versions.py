"""Alert versions a desk can live with (pipeline/domain/alerts.py): the first version
and a withdrawal at once, every other change at most once per digest period of the
desk's time, nothing for a change undone, versions that only go up. Hand-written
articles, no model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any

import orjson

from pipeline.domain import alerts as versions
from pipeline.domain.conflicts import (
    add_source,
    event_values,
    flush_digests,
    observe_article,
    withdraw,
)
from pipeline.domain.events import EventParams
from pipeline.domain.flow import StepContext
from pipeline.domain.models import Article, ArticleAnalysis, ConflictAlert, DuplicateRecord
from pipeline.feed import FeedLine
from pipeline.runner import EmbeddedPipeline
from pipeline.settings import Settings
from tests.unit.test_events_alerts import (
    HILLVIEW,
    MAYOR,
    MEDICS,
    MONITOR,
    SL_MOD,
    T0,
    report,
)
from tests.unit.test_flow import replace_article

P = EventParams()
EVERY = P.digest_every
MINUTE = timedelta(minutes=1)


def formed(at: timedelta = timedelta(0)) -> tuple[dict[str, Any], ConflictAlert]:
    """A ministry's and medics' accounts of one strike: an alert, sent at ``T0 + at``."""
    state: dict[str, Any] = {}
    observe_article(report("m1", 0, (SL_MOD, "a depot", "military")), state, T0, P,
                    digest_now=T0 + at)
    (alert,) = observe_article(report("h1", 2, (MEDICS, "a clinic", "civilian_site")),
                               state, T0, P, digest_now=T0 + at).alerts
    return state, alert


def new_party(state: dict[str, Any], at: timedelta, aid: str = "r1") -> tuple[ConflictAlert, ...]:
    return observe_article(report(aid, 3, (MONITOR, "homes", "civilian_site")), state, T0, P,
                           digest_now=T0 + at).alerts


def stored(state: dict[str, Any], ident: str) -> dict[str, Any]:
    return next(s for value in event_values(state).values() for p in value["payload"].values()
                for s in p["alerts"] if s["alert_id"] == ident)


def test_the_first_version_goes_out_at_once() -> None:
    _, alert = formed()
    assert alert.version == 1 and not alert.withdrawn
    assert {"m1", "h1"} == set(alert.article_ids)


def test_a_new_party_inside_the_period_is_folded_and_sent_with_the_digest() -> None:
    state, alert = formed()
    assert new_party(state, MINUTE) == ()  # held: the alert went out a minute ago
    assert flush_digests(state, T0 + EVERY - MINUTE, EVERY) == []  # not yet due
    (digest,) = flush_digests(state, T0 + EVERY, EVERY)  # due: nothing was dropped
    assert digest.alert_id == alert.alert_id and digest.version == 2
    assert "r1" in digest.article_ids
    assert MONITOR.id in {a.party.id for a in digest.accounts}
    assert flush_digests(state, T0 + 3 * EVERY, EVERY) == []  # nothing left to send


def test_at_most_one_update_per_alert_per_period() -> None:
    state, _ = formed()
    (second,) = new_party(state, EVERY)  # a period after the first: at once
    assert second.version == 2
    # another outlet and another party right after: both wait for the next period
    add_source(second.event_key, DuplicateRecord("h1c", "h1", 0.9, "Wire C", "near"),
               state, T0 + EVERY + MINUTE, digest_every=EVERY)
    assert observe_article(report("w1", 4, (MAYOR, "a school", "civilian_site")), state,
                           T0, P, digest_now=T0 + EVERY + 2 * MINUTE).alerts == ()
    assert flush_digests(state, T0 + 2 * EVERY - MINUTE, EVERY) == []
    (third,) = flush_digests(state, T0 + 2 * EVERY, EVERY)
    assert third.version == 3 and {"h1c", "w1"} <= set(third.article_ids)
    assert "Wire C" in third.sources


def test_a_withdrawal_is_never_held() -> None:
    state, alert = formed()
    # seconds later the medics' article turns out to be a copy: its claims leave
    (gone,) = withdraw(alert.event_key, "h1", state, T0 + MINUTE, P)
    assert gone.alert_id == alert.alert_id and gone.withdrawn and gone.version == 2


def test_a_comeback_after_a_withdrawal_is_paced_and_versions_go_up() -> None:
    state, alert = formed()
    (gone,) = withdraw(alert.event_key, "h1", state, T0 + MINUTE, P)
    back = observe_article(report("h2", 2, (MEDICS, "a clinic", "civilian_site")), state,
                           T0, P, digest_now=T0 + 2 * MINUTE).alerts
    assert back == ()
    (again,) = flush_digests(state, T0 + MINUTE + EVERY, EVERY)
    assert again.alert_id == alert.alert_id and not again.withdrawn
    assert [alert.version, gone.version, again.version] == [1, 2, 3]


def test_a_withdrawn_alert_that_stays_withdrawn_sends_nothing_more() -> None:
    state, alert = formed()
    (gone,) = withdraw(alert.event_key, "h1", state, T0 + MINUTE, P)
    kept = stored(state, alert.alert_id)
    wider = replace(gone, article_ids=(*gone.article_ids, "m1c"), sources=("Wire C",))
    assert versions.settle(kept, wider, kept["substance"], T0 + 3 * EVERY, EVERY) is None
    assert flush_digests(state, T0 + 4 * EVERY, timedelta(0)) == []
    # once it comes back, what changed under it shows
    back = versions.settle(kept, replace(wider, withdrawn=False), kept["substance"],
                           T0 + 5 * EVERY, EVERY)
    assert back is not None and back.version == 3 and "m1c" in back.article_ids


def test_a_change_undone_before_it_goes_out_sends_nothing() -> None:
    state, alert = formed()
    assert new_party(state, MINUTE) == ()
    # the new party's article is found to be a copy before the digest: its claims leave
    assert withdraw(alert.event_key, "r1", state, T0 + 2 * MINUTE, P) == []
    assert flush_digests(state, T0 + 2 * EVERY, EVERY) == []
    assert stored(state, alert.alert_id)["alert"]["version"] == 1


def test_a_regrouping_that_ends_where_it_started_sends_nothing() -> None:
    state, alert = formed()
    # an article published between the two comes late: the event is placed again in
    # time order, and the dispute is the one the desk has
    late = report("x1", 1, (MAYOR, "the area", "unknown"))
    seen = observe_article(late, state, T0, P, digest_now=T0 + 2 * EVERY)
    assert seen.alerts == ()
    assert flush_digests(state, T0 + 4 * EVERY, timedelta(0)) == []
    assert stored(state, alert.alert_id)["alert"]["version"] == 1


def test_an_id_formed_again_after_its_event_closed_continues_its_versions() -> None:
    params = EventParams(retention=timedelta(hours=60))
    state: dict[str, Any] = {}
    for analysis in (report("m1", 0, (SL_MOD, "a depot", "military")),
                     report("h1", 2, (MEDICS, "a clinic", "civilian_site"))):
        sent = observe_article(analysis, state, T0, params).alerts
    (alert,) = sent
    # a story weeks later moves the clock far on (a replay does so in seconds): the
    # event closes
    far = observe_article(report("z1", 1000, (MAYOR, "a bridge", "civilian_site"),
                                 place=HILLVIEW), state, T0, params)
    assert far.closed
    # two late articles about the same strike open a new event with the same place and
    # first day, and the same parties: the same alert id, whose versions go on; the desk
    # has that id, so this is a change like any other, paced
    observe_article(report("m9", 0.5, (SL_MOD, "a depot", "military")), state, T0, params)
    assert observe_article(report("h9", 1.5, (MEDICS, "a clinic", "civilian_site")),
                           state, T0, params).alerts == ()
    again = flush_digests(state, T0 + params.digest_every, params.digest_every)
    same = [a for a in again if a.alert_id == alert.alert_id]
    assert [a.version for a in same] == [alert.version + 1]
    assert {"m9", "h9"} <= set(same[0].article_ids)


def test_a_merge_is_sent_at_once_and_a_later_fold_waits() -> None:
    """The pace's own rules on a stored alert: an absorbed alert's last version and the
    survivor's version go out inside the period; a plain change waits."""
    _, alert = formed()
    survivor = versions.stored_alert(alert, ["a", "b"], ["s"], T0)
    other = versions.stored_alert(replace(alert, alert_id="other"), ["b"], ["t"], T0)
    last = versions.settle(other, replace(alert, alert_id="other", merged_into="x"), ["t"],
                           T0 + MINUTE, EVERY, at_once=True)
    assert last is not None and last.merged_into == "x" and last.version == 2
    grown = replace(alert, absorbed=("other",))
    sent = versions.settle(survivor, grown, ["s"], T0 + MINUTE, EVERY, at_once=True)
    assert sent is not None and sent.version == 2 and sent.absorbed == ("other",)
    wider = replace(grown, article_ids=(*grown.article_ids, "z"))
    assert versions.settle(survivor, wider, ["s"], T0 + 2 * MINUTE, EVERY) is None
    assert versions.flush([survivor, other], T0 + MINUTE + EVERY, EVERY)[0].version == 3
    assert versions.flush([other], T0 + 10 * EVERY, timedelta(0)) == []  # absorbed: done


def _line(n: int, aid: str) -> FeedLine:
    raw = {"id": aid, "headline": "h", "body": f"Report {aid}.", "source": f"Outlet {aid}",
           "published": (T0 + timedelta(hours=n)).isoformat()}
    return FeedLine("feed.jsonl", n + 1, orjson.dumps(raw).decode())


def test_the_runner_sends_due_digests_on_a_timer_as_the_stream_does() -> None:
    """The runner's digests are paced by processing time, as the stream's timer paces
    them: a folded change goes out once due, mid-feed, not only at the feed's end."""
    written = {"m1": report("m1", 0, (SL_MOD, "a depot", "military")),
               "h1": report("h1", 1, (MEDICS, "a clinic", "civilian_site")),
               "r1": report("r1", 2, (MONITOR, "homes", "civilian_site")),
               "q1": report("q1", 3, (MAYOR, "a bridge", "civilian_site"), place=HILLVIEW),
               "q2": report("q2", 4, (MAYOR, "a road", "civilian_site"), place=HILLVIEW),
               "q3": report("q3", 5, (MAYOR, "a mill", "civilian_site"), place=HILLVIEW),
               "q4": report("q4", 6, (MAYOR, "a farm", "civilian_site"), place=HILLVIEW)}

    class Written:
        def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
            return [replace_article(written[a.id], a) for a in articles]

    ticks = iter(T0 + timedelta(days=1) + n * MINUTE / 4 for n in range(10000))
    settings = Settings.from_env({}, app_id="test", nlp_batch_size=1)
    pipeline = EmbeddedPipeline(Written(), settings, context=StepContext(),
                                clock=lambda: next(ticks))
    outcomes = list(pipeline.run([_line(n, aid) for n, aid in enumerate(written)]))
    sent = [(n, o.result["id"], a.version) for n, o in enumerate(outcomes) for a in o.alerts]
    assert sent[0][1:] == ("h1", 1)
    # r1's new party was folded (its alert went out minutes before, in processing
    # time), then went out with a tick: before the feed's last line, once
    (second,) = [(n, aid) for n, aid, version in sent if version == 2]
    assert second[1] != "r1" and second[0] < len(outcomes) - 1


def test_versions_of_one_id_go_up_whichever_copy_of_the_alert_sends_them() -> None:
    """Two events of a key can hold an alert with one id (a copy analysed before its
    original formed it first, or its event closed before a late article formed it
    again): what goes out is numbered above the last one sent."""
    _, alert = formed()
    sent: dict[str, list[Any]] = {}
    first, again, later = versions.number(
        sent, [alert, replace(alert, article_ids=("m1c",)), replace(alert, version=2)], T0)
    assert [first.version, again.version, later.version] == [1, 2, 3]
    other = replace(alert, alert_id="other")
    versions.number(sent, [other], T0, keep=1)  # memory is bounded: the least recent goes
    assert sent == {"other": [1, T0.isoformat()]}
