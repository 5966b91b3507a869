from aiokafka.partitioner import DefaultPartitioner

from pipeline.domain.dedup import entry_key, entry_route
from pipeline.streaming.partitions import PartitionSweeper, PartitionView, keys_of, partition_of


def test_partition_of_agrees_with_the_kafka_default_partitioner() -> None:
    partitioner = DefaultPartitioner()
    partitions = list(range(6))
    for key in ["a1", "xdeadbeef", "geo:SY", "article:s001", "ü-key"]:
        assert partition_of(key, 6) == partitioner(key.encode(), partitions, partitions)


def test_partition_view_only_sees_and_writes_its_own_keys() -> None:
    table = {f"k{i}": i for i in range(40)}
    view = PartitionView(table, 2, 6)
    mine = set(view)
    assert mine and mine == {k for k in table if partition_of(k, 6) == 2}
    other = next(k for k in table if k not in mine)
    for key in list(view):
        del view[key]
    assert not (mine & set(table)) and other in table


def test_sweeper_is_due_once_per_interval_per_partition() -> None:
    now = [0.0]
    sweeper = PartitionSweeper(interval=60, clock=lambda: now[0])
    assert not sweeper.due(0)
    now[0] = 59
    assert not sweeper.due(0)
    now[0] = 61
    assert sweeper.due(0)
    assert not sweeper.due(0)
    assert not sweeper.due(1)  # first sight of partition 1 starts its interval


def test_keys_of_places_a_band_entry_on_the_partition_of_its_probe_key() -> None:
    keys = [f"{n:02x}{n * 7919:016x}" for n in range(40)]
    for key in keys:
        mine = partition_of(key, 6)
        entry = entry_key(key, "article/with/slashes")
        assert keys_of(mine, 6, entry_route)(entry)
        assert not keys_of((mine + 1) % 6, 6, entry_route)(entry)
    assert keys_of(partition_of("k", 6), 6)("k")  # a table keyed like its topic
