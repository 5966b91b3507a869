"""Where an interrupted ``wirewatch replay`` stands, so ``--resume`` sends nothing twice.

A checkpoint names the replay (a run id that every record carries in a header with its
position in the send order), the feed it reads (each file's path, size and mtime: a
feed that changed cannot be resumed), how it was ordered (sorted or not, and the clock
bound that decided which dates to trust, so the order is rebuilt exactly), and how far
it got: ``position``, the first line not yet acknowledged by the broker, and ``offsets``,
each partition's end (on the topics replay writes) when that was so. It is written
atomically (a temporary file, then a rename) and only after ``flush`` has acknowledged
every record before ``position``.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import orjson

from pipeline.feed import feed_files

VERSION = 1
Offsets = dict[str, dict[int, int]]  # topic -> partition -> next offset


class CheckpointError(ValueError):
    """A checkpoint that cannot be used: missing, unreadable, or for another feed."""


def fingerprint(feed: str | Path) -> list[list[Any]]:
    """Each feed file's path, size and modification time, in reading order."""
    files = feed_files(feed)
    return [[str(f.resolve()), f.stat().st_size, f.stat().st_mtime_ns] for f in files]


def default_path(data_dir: str | Path, feed: str | Path, bootstrap: str, topic: str) -> Path:
    """One checkpoint per feed, cluster and topic, under the data directory."""
    name = f"{Path(feed).resolve()}\n{bootstrap}\n{topic}".encode()
    return Path(data_dir) / "replay" / f"{hashlib.sha256(name).hexdigest()[:20]}.json"


@dataclass(slots=True)
class Checkpoint:
    feed: str
    files: list[list[Any]]
    topics: list[str]
    sort: bool
    bound: str  # ISO time: dates after it were not trusted when the order was made
    total: int
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    position: int = 0
    offsets: Offsets = field(default_factory=dict)
    sent: int = 0
    dead: int = 0
    version: int = VERSION

    def advance(self, position: int, acked: Offsets) -> None:
        """Everything before ``position`` is acknowledged; ``acked`` the next offsets
        after the records that were."""
        self.position = position
        for topic, partitions in acked.items():
            mine = self.offsets.setdefault(topic, {})
            for partition, offset in partitions.items():
                mine[partition] = max(mine.get(partition, 0), offset)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        data = asdict(self)
        data["offsets"] = {t: {str(p): o for p, o in ps.items()} for t, ps in self.offsets.items()}
        with temporary.open("wb") as handle:
            handle.write(orjson.dumps(data, option=orjson.OPT_INDENT_2))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> Checkpoint:
        try:
            data = orjson.loads(path.read_bytes())
            if data.get("version") != VERSION:
                raise CheckpointError(f"checkpoint {path} has version {data.get('version')}")
            data["offsets"] = {
                t: {int(p): int(o) for p, o in ps.items()} for t, ps in data["offsets"].items()
            }
            return cls(**data)
        except (OSError, orjson.JSONDecodeError, TypeError, KeyError, AttributeError) as exc:
            raise CheckpointError(f"cannot read checkpoint {path}: {exc}") from exc

    def check_feed(self, feed: str | Path, topics: list[str]) -> None:
        """Refuse to resume over a feed or topics other than the ones checkpointed."""
        if topics != self.topics:
            raise CheckpointError(
                f"the checkpoint is for topics {self.topics}, not {topics}: use --restart"
            )
        if fingerprint(feed) != self.files:
            raise CheckpointError(
                f"the feed {feed} changed since the checkpoint (files, sizes or times "
                "differ): resuming could skip or repeat articles; use --restart"
            )
