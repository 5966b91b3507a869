"""What the Kafka path survives, on the real broker: kill -9 of a worker, a broker restart,
a future-dated article; and late claims, the same as `wirewatch run`.

Real workers (``wirewatch worker``: the spaCy model, the gate, the gazetteers) read a feed
of strike stories written here, and the same lines go through the embedded runner
in-process with the same extractor. The stream's final state must equal the run's:

- every input accounted for: an analysis, a duplicate record or a dead letter per id;
- 0 reversed originals: every duplicate names the earlier-published copy;
- 0 silently pruned: every claim is in its event, so the final alerts (parties, target
  classes, articles) equal the run's; a claim behind its event's window is a late-claims
  note with a reason, never a silent drop;
- no (alert id, version) delivered twice with different contents.

Each test waits for that final state with a deadline (never a count or a bare sleep)
and prints its timings. Digests are paced at 1.2 s here (``WIREWATCH_DIGEST_MINUTES``),
so the final versions come quickly.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import subprocess
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest

from pipeline.domain.results import alert_record
from pipeline.feed import FeedLine
from pipeline.nlp.extract import Extractor
from pipeline.runner import EmbeddedPipeline
from pipeline.settings import Settings
from pipeline.streaming.topics import TopicNames
from tests.integration.conftest import BROKER_SCRIPT, REBALANCED, Deployment, _count, wait_for
from tests.integration.diagnose import Clock, Progress, lag, where_they_are, worker_logs
from tests.integration.test_parity import _read_topics, pseudo_words

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

WORKER = "pipeline.cli"
FAST = {"WIREWATCH_DIGEST_MINUTES": "0.02", "WIREWATCH_DIGEST_TICK_SECONDS": "1"}
T0 = datetime(2024, 3, 1, 6, 0, tzinfo=UTC)
# (town, attacker, its arms): one strike per town, towns in distinct regions
SYRIA, COALITION, RUSSIA = ("Syrian army", "jets"), ("Saudi-led coalition", "warplanes"), (
    "Russian Defence Ministry", "forces")
STRIKES = tuple(
    (town, *side)
    for side, towns in (
        (SYRIA, ("Tartus", "Daraa", "Homs", "Hama", "Latakia", "Raqqa")),
        (COALITION, ("Saada", "Hodeidah", "Marib", "Hajjah", "Dhamar", "Aden")),
        (RUSSIA, ("Kherson", "Kharkiv", "Sumy", "Mykolaiv", "Zaporizhzhia", "Odesa")),
    )
    for town in towns
)
# Seconds the stream gets to reach the run's final state once the disturbance is over: at
# least SETTLE, and more on a machine measured slow now: SETTLE_PER_RUN times what the
# embedded run took over the same feed in this process (its parse speed at this load; the
# stream may redo the whole feed after a failover). Measured, kill -9 at load 6-15: 0.3-29 s
# (the restarted worker's load, 25-77 s before it, is not in it). The one run over it
# here was no slow run: an alert was lost, and the test then says so (NOT REACHED).
SETTLE = 75.0
SETTLE_PER_RUN = 4.0


# ------------------------------------------------------------------ the feed


def filler(rng: random.Random, sentences: int = 4) -> list[str]:
    """Words no other story shares, so that only copies are near-duplicates."""
    return [" ".join(pseudo_words(rng, 30)).capitalize() + "." for _ in range(sentences)]


# Each account names the weekday of its own date (an earlier weekday in a lead moves the
# strike's day back to it, which would file stories days apart on one day).


def state_account(town: str, attacker: str, arms: str, when: datetime) -> str:
    return (f"The {attacker} said its {arms} struck a weapons depot used by militants in "
            f"{town} on {when:%A}. It said the depot stored rockets.")


def medics_account(town: str, when: datetime) -> str:
    return (f"The local health directorate said an air strike in {town} on {when:%A} hit a "
            "hospital, killing three patients. It said no fighters were present.")


def doctor_account(town: str) -> str:
    return (f"Health officials told Reuters that warplanes bombed the main hospital in {town},"
            " killing patients and a nurse.")


def country_account(country: str, when: datetime) -> str:
    """An account placed only at country level: it fits every open event of the country."""
    return (f"Aid workers said an air strike on {when:%A} in northern {country} hit a school "
            "in the province, killing four children.")


COUNTRIES = ("Syria", "Yemen", "Ukraine")  # of STRIKES' three sides, in order


def story(i: int, rng: random.Random, spacing: timedelta = timedelta(hours=12)) -> list[dict]:
    """One strike: the attacker's account, the medics' account of the same town 20 minutes
    later (a cross-article conflict), and two shorter copies of the attacker's account
    from other outlets (sources of its alert)."""
    town, attacker, arms = STRIKES[i % len(STRIKES)]
    when = T0 + spacing * i
    state_words = filler(rng)
    lines = [
        item(f"s{i:02d}a", state_account(town, attacker, arms, when), state_words, "Wire A", when),
        item(f"s{i:02d}m", medics_account(town, when), filler(rng), "Wire M",
             when + timedelta(minutes=20)),
    ]
    for n, (outlet, later) in enumerate((("Wire B", 40), ("Wire C", 70)), start=1):
        lines.append(item(f"s{i:02d}c{n}", state_account(town, attacker, arms, when),
                          state_words[:3], outlet, when + timedelta(minutes=later)))
    return lines


def item(aid: str, lead: str, rest: list[str], source: str, when: datetime) -> dict:
    return {"id": aid, "headline": f"Report {aid[:3]}", "body": " ".join([lead, *rest]),
            "source": source, "published": when.isoformat()}


BAD = [{"id": "bad-empty", "body": ""}, {"id": "bad-date", "body": "x y z", "published": "soon"}]


def feed(stories: int, seed: int = 7, country_level: bool = False) -> list[dict]:
    """``country_level``: each story also gets an aid workers' account placed only in its
    country, 30 minutes after the attacker's (so the story's own event is the nearest)."""
    rng = random.Random(seed)
    items = [line for i in range(stories) for line in story(i, rng)]
    if country_level:
        items += [item(f"s{i:02d}n", country_account(COUNTRIES[i % len(STRIKES) // 6], when),
                       filler(rng), "Wire N", when)
                  for i in range(stories) for when in [T0 + timedelta(hours=12 * i, minutes=30)]]
    items.sort(key=lambda d: d["published"])  # event-time order, as `wirewatch replay` sends
    return items[: len(items) // 2] + BAD + items[len(items) // 2 :]


def encoded(items: Iterable[dict]) -> list[bytes]:
    return [orjson.dumps(d) for d in items]


# ------------------------------------------------------------------ answers


@dataclass
class Answers:
    accounted: set[str]
    duplicates: dict[str, str]  # article id -> its original, after corrections
    alerts: dict[str, tuple[Any, ...]]  # alert id -> final substance
    late: dict[str, int]  # article id -> late claims reported
    repeats: int = 0  # (alert id, version) delivered more than once (same contents)
    seconds: float = 0.0  # the embedded run's time over the feed (model loading left out)
    clashes: list[str] = field(default_factory=list)  # ... with different contents
    # copies whose dedup verdict named another copy as their original (flow.Verdict.alias)
    chains: dict[str, str] = field(default_factory=dict)


def substance(record: dict[str, Any]) -> tuple[Any, ...] | None:
    """What is compared of an alert's final version (None: withdrawn, no longer shown)."""
    if record.get("withdrawn"):
        return None
    accounts = tuple(sorted(
        (a["party"]["id"], tuple(sorted({t["target_class"] for t in a["targets"]})))
        for a in record["accounts"]))
    return accounts, tuple(sorted(record["article_ids"])), record.get("merged_into")


def final_alerts(records: Iterable[dict[str, Any]]
                 ) -> tuple[dict[str, tuple[Any, ...]], int, list[str]]:
    """Each live alert's final substance; how many (alert id, version) were delivered
    again; those delivered again with different contents."""
    latest: dict[str, dict[str, Any]] = {}
    seen: dict[tuple[str, int], bytes] = {}
    repeats, clashes = 0, []
    for record in records:
        if record.get("type") != "alert":
            continue
        key = (record["alert_id"], record["version"])
        body = orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
        if key in seen:
            repeats += 1
            if seen[key] != body:
                clashes.append(f"alert {key} delivered twice with different contents")
        seen[key] = body
        known = latest.get(record["alert_id"])
        if known is None or record["version"] >= known["version"]:
            latest[record["alert_id"]] = record
    found = {aid: substance(r) for aid, r in latest.items()}
    return {aid: s for aid, s in found.items() if s is not None}, repeats, clashes


_EXTRACTOR: list[Extractor] = []


def run_embedded(items: list[dict]) -> Answers:
    """`wirewatch run` on the same lines, in-process with the workers' extractor."""
    settings = Settings.from_env(FAST, app_id="resilience")
    if not _EXTRACTOR:
        _EXTRACTOR.append(Extractor.load(settings.model, gate=bool(settings.gate)))
    pipeline = EmbeddedPipeline(_EXTRACTOR[0], settings)
    lines = [FeedLine("feed.jsonl", n, orjson.dumps(d).decode()) for n, d in enumerate(items, 1)]
    last: dict[str, dict[str, Any]] = {}
    alerts: list[dict[str, Any]] = []
    started = time.monotonic()
    for outcome in pipeline.run(lines):
        if outcome.result.get("id") is not None:
            last[outcome.result["id"]] = outcome.result
        alerts += [alert_record(a) for a in outcome.alerts]
    found, _, clashes = final_alerts(alerts)
    assert not clashes, clashes
    return Answers(
        accounted=set(last),
        duplicates={i: r["duplicate_of"] for i, r in last.items() if r["status"] == "duplicate"},
        alerts=found,
        late={i: len(r["late_claims"]) for i, r in last.items() if r.get("late_claims")},
        seconds=time.monotonic() - started,
    )


def budget(expected: Answers) -> float:
    """Seconds to reach the final state: at least SETTLE, more on a slow machine."""
    return max(SETTLE, SETTLE_PER_RUN * expected.seconds)


def stream_answers(records: dict[str, list[dict[str, Any]]], names: TopicNames) -> Answers:
    analysed = {r["analysis"]["article"]["id"] for r in records[names.analysed]
                if r.get("type") == "analysis"}
    dups = records[names.duplicates]
    verdicts = {d["article_id"]: d["duplicate_of"] for d in dups if not d.get("correction")}
    duplicates = {**verdicts,
                  **{d["article_id"]: d["duplicate_of"] for d in dups if d.get("correction")}}
    dead = {str(r.get("id")) for r in records[names.deadletter]}
    alerts, repeats, clashes = final_alerts(records[names.alerts])
    late = {r["article_id"]: len(r["late_claims"]) for r in records[names.enriched]
            if r.get("type") == "late_claims"}
    chains = {c: o for c, o in verdicts.items() if o in verdicts}
    return Answers(analysed | set(duplicates) | dead, duplicates, alerts, late,
                   repeats=repeats, clashes=clashes, chains=chains)


GRACE = 120.0  # seconds followed past the budget, only to tell slow from stuck


def follow(dep: Deployment, done: Callable[[Answers], bool], timeout: float,
           progress: Progress | None = None) -> Answers:
    """The stream's answers once ``done`` holds, or as they stand at the deadline (the
    caller's checks then say what differs)."""
    names = dep.names
    topics = [names.analysed, names.duplicates, names.deadletter, names.alerts, names.enriched]
    last: list[Answers] = []

    def until(records: dict[str, list[dict[str, Any]]]) -> bool:
        last[:] = [stream_answers(records, names)]
        if progress is not None:
            got = last[0]
            progress.saw(len(got.accounted), len(got.duplicates), len(got.alerts),
                         hash(repr(sorted(got.alerts.items()))))
        return done(last[0])

    try:
        asyncio.run(_read_topics(dep.bootstrap, topics, until, timeout))
    except AssertionError:  # the deadline passed
        if not last:
            raise
    return last[0]


def settle(dep: Deployment, expected: Answers, items: list[dict], clock: Clock,
           budget: float, ignore: Collection[str] = ()) -> Answers:
    """Follow the stream until it reaches the run's final state. If it has not within
    ``budget`` s, fail with everything needed to explain it: the differences at the
    deadline, whether it got there later (slow) or never (stuck or lost: still followed
    for ``GRACE`` s), how far each missing input got, the phases' times and the workers'
    logs."""
    progress = Progress()
    done = settled_like(expected, items, ignore)
    got = follow(dep, done, budget, progress)
    if done(got):
        progress.settled = time.monotonic() - progress.start
        clock.mark("settle")
        return got
    at_deadline = differences(expected, got, items, ignore)
    clock.mark(f"settle (budget {budget:.0f} s, not reached)")
    progress.saw(-1, -1, -1, -1)  # read again from the start (shown as -1 once)
    later = follow(dep, done, GRACE, progress)
    if done(later):
        verdict = (f"SLOW, nothing lost: the final state was reached "
                   f"{time.monotonic() - progress.start:.1f} s after the settle phase began, "
                   f"budget {budget:.0f} s")
    else:
        verdict = (f"NOT REACHED {budget + GRACE:.0f} s after the settle phase began "
                   f"(stuck, lost or wrong): {differences(expected, later, items, ignore)}")
    clock.mark("grace")
    missing = sorted({d["id"] for d in items} - set(ignore) - later.accounted)
    # the articles of every alert that differs, and how far each got
    astray = sorted({i for a, s in expected.alerts.items() if later.alerts.get(a) != s
                     for i in s[1]} | set(missing))
    pytest.fail("\n".join([
        f"the stream did not reach the run's final state within {budget:.0f} s: {verdict}",
        f"differences at the deadline: {at_deadline}",
        f"phases: {clock}",
        f"progress of the answers: {progress}",
        f"inputs not accounted for: {missing or 'none'}; the topics that name them and the "
        f"articles of each differing alert (records per topic): "
        f"{where_they_are(dep, astray) if astray else 'none'}",
        f"late-claim notes {later.late}; repeated alert versions {later.repeats}; copies "
        f"that named a copy as their original {later.chains or 'none'}",
        f"partitions whose committed offset is behind the end (committed/end): {lag(dep)}",
        worker_logs(dep),
    ]))


def differences(expected: Answers, got: Answers, items: list[dict],
                ignore: Collection[str] = ()) -> list[str]:
    """Every way the stream's answers differ from the run's (empty: the same)."""
    found = list(got.clashes)
    ids = {d["id"] for d in items} - set(ignore)
    if ids - got.accounted:
        found.append(f"not accounted for: {sorted(ids - got.accounted)}")
    published = {d["id"]: d.get("published") or "" for d in items}
    reversed_ = [(d, o) for d, o in got.duplicates.items() if published[o] > published[d]]
    if reversed_:
        found.append(f"reversed originals: {reversed_}")
    # Compared by the first copy each chain leads to: in a burst, a copy's votes can race
    # its original's, and it may name another copy of that original (never a later one).
    mine = {i: root(o, got.duplicates) for i, o in got.duplicates.items() if i not in ignore}
    theirs = {i: root(o, expected.duplicates) for i, o in expected.duplicates.items()}
    if mine != theirs:
        found.append("duplicates differ (id: run -> stream): " + ", ".join(
            f"{i}: {theirs.get(i)} -> {mine.get(i)}" for i in sorted(set(mine) | set(theirs))
            if mine.get(i) != theirs.get(i)))
    alerts = {a: s for a, s in got.alerts.items() if not set(ignore) & set(s[1])}
    for a in sorted(set(expected.alerts) | set(alerts)):
        run, stream = expected.alerts.get(a), alerts.get(a)
        if run == stream:
            continue
        if run is None or stream is None:
            found.append(f"alert {a} only in the {'stream' if run is None else 'run'}: "
                         f"{stream or run}")
            continue
        parts = [f"{what}: run {r} stream {s}"
                 for what, r, s in (("accounts", run[0], stream[0]),
                                    ("articles", run[1], stream[1]),
                                    ("merged into", run[2], stream[2])) if r != s]
        if run[1] != stream[1]:
            parts.append(f"(articles missing {sorted(set(run[1]) - set(stream[1]))}, "
                         f"extra {sorted(set(stream[1]) - set(run[1]))})")
        found.append(f"alert {a} differs: " + "; ".join(parts))
    return found


def check(expected: Answers, got: Answers, items: list[dict], ignore: Collection[str] = ()
          ) -> None:
    found = differences(expected, got, items, ignore)
    assert not found, "\n".join(found)


def lagging_copies(expected: Answers, got: Answers) -> dict[str, list[str]]:
    """Copies that the run folds into an alert as sources and the stream's alert lacks."""
    return {a: sorted(set(s[1]) - set(got.alerts[a][1])) for a, s in expected.alerts.items()
            if a in got.alerts and set(s[1]) - set(got.alerts[a][1])}


def root(article_id: str, duplicates: dict[str, str]) -> str:
    seen = {article_id}
    while article_id in duplicates and duplicates[article_id] not in seen:
        article_id = duplicates[article_id]
        seen.add(article_id)
    return article_id


def settled_like(expected: Answers, items: list[dict], ignore: Collection[str] = ()
                 ) -> Callable[[Answers], bool]:
    def done(got: Answers) -> bool:
        return not differences(expected, got, items, ignore)

    return done


def accounted_at_least(n: int) -> Callable[[Answers], bool]:
    return lambda got: len(got.accounted) >= n


@contextmanager
def explained(dep: Deployment, clock: Clock) -> Iterator[None]:
    """A failed wait (a worker not ready, no failover) says when, and shows the logs."""
    try:
        yield
    except AssertionError as error:
        clock.mark("failed")
        raise AssertionError(f"{error}\nphases: {clock}\n{worker_logs(dep)}") from error


# ------------------------------------------------------------------ the tests


@pytest.mark.timeout(420)  # a restarted worker can take minutes to load on a busy machine
def test_kill_9_of_one_of_two_workers_mid_replay(deployment: Deployment) -> None:
    clock = Clock()
    items = feed(stories=18)
    expected = run_embedded(items)
    clock.mark("embedded run")
    assert len(expected.alerts) == 18 and not expected.late  # the feed is what we think
    with explained(deployment, clock):
        first = deployment.start_worker(module=WORKER, **FAST)
        clock.mark("worker 0 up")
        victim = deployment.start_worker(module=WORKER, **FAST)
        clock.mark("worker 1 up")
        deployment.produce(encoded(items))
        clock.mark("produce")
        follow(deployment, accounted_at_least(len(items) // 5), 60)
        clock.mark("first fifth accounted")
        victim.kill()  # SIGKILL: no goodbye to the group, in-flight work lost
        before = _count(deployment.logs[0], REBALANCED)
        wait_for(lambda: _count(deployment.logs[0], REBALANCED) > before, 60, "failover")
        failover = clock.mark("failover")
        deployment.start_worker(module=WORKER, **FAST)  # the restarted worker rejoins
        clock.mark("worker 2 up and rebalanced")
    got = settle(deployment, expected, items, clock, budget(expected))
    print(f"\nkill -9: failover {failover:.1f} s, final state {clock.since('produce'):.1f} s"
          f" after the first line; embedded run over the feed {expected.seconds:.1f} s "
          f"(budget {budget(expected):.0f} s); phases: {clock}; late-claim notes {got.late}; "
          f"repeated alert versions {got.repeats}; copies missing from their alert's sources "
          f"{lagging_copies(expected, got)}")
    # Every copy reaches its alert's sources too (a re-delivered analysis sends its
    # sources again: flow.route), as every claim, party, target class and original.
    check(expected, got, items)
    assert first.poll() is None
    # 6 s session timeout: 7.6-8.6 s here on a busy machine, more under load (Faust's
    # defaults took 65 s); a bound that catches a lost setting, not a benchmark
    assert failover < 45, f"failover took {failover:.1f} s"


def _broker(command: str, attempts: int = 3) -> None:
    """Stop or start the test broker. Before a start, wait until the port can be bound:
    with the broker's port in the ephemeral range (32768-60999 on Linux; CI's 9092 is
    not), a client reconnecting during the outage can be given that port as its own and
    connect to itself (TCP simultaneous open), holding it until it gives the socket up."""
    port = deployment_port()
    env = {**os.environ, "WIREWATCH_KAFKA_PORT": port}
    for attempt in range(attempts):
        if attempt:
            time.sleep(5)  # what failed may pass (a loaded machine, a port still held)
        if command == "start":
            wait_for(lambda: _bindable(int(port)), 120, f"port {port} to be free")
        done = subprocess.run([str(BROKER_SCRIPT), command], env=env, timeout=180, check=False)
        if done.returncode == 0:
            return
    raise AssertionError(f"local-broker.sh {command} failed {attempts} times")


def _bindable(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the broker does
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def deployment_port() -> str:
    return os.environ.get("WIREWATCH_TEST_BOOTSTRAP", "127.0.0.1:9092").rsplit(":", 1)[1]


@pytest.mark.timeout(420)
def test_broker_stop_and_start_mid_replay(deployment: Deployment) -> None:
    clock = Clock()
    items = feed(stories=12, seed=8)
    expected = run_embedded(items)
    clock.mark("embedded run")
    with explained(deployment, clock):
        worker = deployment.start_worker(module=WORKER, **FAST)
        clock.mark("worker up")
        deployment.produce(encoded(items))
        clock.mark("produce")
        follow(deployment, accounted_at_least(len(items) // 5), 60)
        clock.mark("first fifth accounted")
        _broker("stop")  # the outage lasts as long as the broker takes to stop and start
        clock.mark("broker stop")
        _broker("start")
        outage = clock.since("first fifth accounted")
        clock.mark("broker start")
    got = settle(deployment, expected, items, clock, budget(expected))
    print(f"\nbroker outage {outage:.1f} s; final state {clock.since('broker start'):.1f}"
          f" s after the broker was back; phases: {clock}; repeated alert versions "
          f"{got.repeats}")
    check(expected, got, items)
    assert worker.poll() is None, "the worker must survive the outage"


@pytest.mark.timeout(240)
def test_a_future_dated_article_does_not_change_the_answers(deployment: Deployment) -> None:
    items = feed(stories=8, seed=9)
    expected = run_embedded(items)
    rng = random.Random(4)
    far = datetime(9999, 12, 31, tzinfo=UTC)
    future = item("future", medics_account("Qamishli", far), filler(rng), "Wire F", far)
    # exact copies of early articles after it, published later: still copies
    copies = [{**d, "id": f"{d['id']}-again", "source": "Wire Z",
               "published": (datetime.fromisoformat(d["published"]) + timedelta(hours=2)
                             ).isoformat()} for d in items[:3] if d["id"].startswith("s")]
    poisoned = [*items[:2], future, *items[2:], *copies]
    expected_all = run_embedded(items + copies)
    assert {c["id"] for c in copies} <= set(expected_all.duplicates)
    clock = Clock()
    with explained(deployment, clock):
        deployment.start_worker(module=WORKER, **FAST)
        clock.mark("worker up")
        deployment.produce(encoded(poisoned))
        clock.mark("produce")
    got = settle(deployment, expected_all, poisoned, clock, budget(expected_all),
                 ignore={"future"})
    check(expected_all, got, poisoned, ignore={"future"})
    assert "future" in got.accounted
    assert expected.alerts.keys() <= got.alerts.keys()


@pytest.mark.timeout(240)
def test_late_claims_are_noted_alike_in_run_and_stream(deployment: Deployment) -> None:
    """A claim that arrives after its event's newer claims were handled, dated more than
    the event window behind them: it is kept (joins or opens an event) and noted, with a
    reason, by both drivers. (Within one burst the stream's stages may handle articles of
    one routing key in another order than the feed's, so which claim is "late" can differ
    there; what is never different is that every claim is kept: the alerts are equal.)"""
    rng = random.Random(5)
    items = [line for i in range(6) for line in story(i, rng)[:2]]
    late = item("s00late", doctor_account(STRIKES[0][0]), filler(rng), "Wire L",
                T0 - timedelta(days=3))
    expected = run_embedded([*items, late])
    assert set(expected.late) == {"s00late"}
    deployment.start_worker(module=WORKER, **FAST)
    deployment.produce(encoded(items))
    follow(deployment, settled_like(run_embedded(items), items), SETTLE)
    deployment.produce(encoded([late]))  # after the event's newer claims were handled
    got = follow(deployment,
                 lambda a: settled_like(expected, [*items, late])(a) and "s00late" in a.late,
                 SETTLE)
    check(expected, got, [*items, late])
    assert got.late.get("s00late") == expected.late["s00late"]
    # within the burst the stream may have noted one of its own claims late (see above)
    assert set(got.late) - {"s00late"} <= {str(i["id"]) for i in items}


@pytest.mark.timeout(300)
def test_country_level_claims_join_the_same_events_in_run_and_stream(
    deployment: Deployment,
) -> None:
    """Accounts placed only at country level fit every open event of their country (the
    stories of one country are 12 h apart, inside the 48 h window). Two workers handle one
    country's articles in another order than the feed's; the events are placed again in
    time order whenever an article comes before one already handled, so each account ends
    in its own story's alert in both drivers."""
    items = feed(stories=12, seed=10, country_level=True)
    expected = run_embedded(items)
    assert len(expected.alerts) == 12
    for i in range(12):  # the feed is what we think: each account in its story's alert
        assert any({f"s{i:02d}a", f"s{i:02d}n"} <= set(s[1]) for s in expected.alerts.values())
    clock = Clock()
    with explained(deployment, clock):
        deployment.start_worker(module=WORKER, **FAST)
        deployment.start_worker(module=WORKER, **FAST)
        clock.mark("workers up")
        deployment.produce(encoded(items))
        clock.mark("produce")
    got = settle(deployment, expected, items, clock, budget(expected))
    print(f"\ncountry-level accounts, two workers: final state {clock.since('produce'):.1f} s "
          f"after the first line; late-claim notes {got.late}; copies that named a copy as "
          f"their original {got.chains or 'none'}")
    check(expected, got, items)
