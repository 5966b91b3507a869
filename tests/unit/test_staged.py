"""The event stage's table writes wait for its output (issue 10: an alert lost after
kill -9 although its event held both accounts). :class:`Staged` shows the step its own
writes, leaves the table as it was until ``apply``, then writes in the step's order."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.streaming.staged import Staged


class Logged(dict[str, Any]):
    """A table that logs its writes, as a Faust table's changelog does."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.log: list[tuple[str, Any]] = []

    def __setitem__(self, key: str, value: Any) -> None:
        self.log.append((key, value))
        super().__setitem__(key, value)

    def pop(self, key: str, *default: Any) -> Any:
        self.log.append((key, None))
        return super().pop(key, *default)


def test_the_step_reads_its_own_writes_and_the_table_is_untouched_until_applied() -> None:
    table = Logged({"a": 1, "b": 2})
    staged = Staged(table)
    staged["c"] = 3
    staged["a"] = 10
    del staged["b"]
    assert staged["a"] == 10 and staged["c"] == 3 and "b" not in staged
    assert staged.get("b") is None and staged.pop("c") == 3 and "c" not in staged
    assert sorted(staged) == ["a"] and len(staged) == 1
    with pytest.raises(KeyError):
        del staged["b"]
    with pytest.raises(KeyError):
        staged["missing"]
    assert table == {"a": 1, "b": 2} and table.log == [] and staged.pending == 4
    staged.apply()
    assert table == {"a": 10}
    # every write, in the step's order (a value is written after the keys it names)
    assert table.log == [("c", 3), ("a", 10), ("b", None), ("c", None)]
    assert staged.pending == 0 and staged["a"] == 10


def test_a_write_after_a_delete_comes_back() -> None:
    table = Logged({"k": 1})
    staged = Staged(table)
    staged.pop("k")
    staged["k"] = 2
    assert staged["k"] == 2 and list(staged) == ["k"]
    staged.apply()
    assert table == {"k": 2}
