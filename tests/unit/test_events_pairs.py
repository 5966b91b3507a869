"""The cross-article pair scorer (scripts/score_pairs.py), and the real cross-article set.

The real set is read from ``WIREWATCH_DEV2_CROSS`` (a folder with ``articles.jsonl`` and
``pairs.json``, kept outside the repo); that test is skipped when it is not given.
"""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from scripts.score_pairs import linked_pairs, score

PAIRS = {"conflict": [["a", "b"], ["c", "d"]], "decoy": [["a", "e"]],
         "consistent": [["f", "g"]]}


def test_pairs_are_linked_when_both_ids_share_an_alert_record() -> None:
    alerts = [{"alert_id": "x", "article_ids": ["a", "b", "z"]},
              {"alert_id": "y", "article_ids": ["c"]},
              {"alert_id": "y", "article_ids": ["c", "e"]}]
    assert frozenset(("a", "z")) in linked_pairs(alerts)
    fig = score(PAIRS, alerts)
    assert (fig["conflict_linked"], fig["conflict_total"], fig["false_links"]) == (1, 2, 0)
    assert fig["missed"] == [("c", "d")] and fig["alert_ids"] == 2


def test_decoy_and_consistent_links_are_false_links() -> None:
    alerts = [{"alert_id": "x", "article_ids": ["a", "b", "e"]},
              {"alert_id": "y", "article_ids": ["g", "f"]}]
    fig = score(PAIRS, alerts)
    assert fig["false_links"] == 2 and sorted(fig["false_pairs"]) == [("a", "e"), ("f", "g")]


@pytest.mark.slow
def test_dev2_cross_set_links_without_false_links() -> None:
    given = os.environ.get("WIREWATCH_DEV2_CROSS")
    if not given or not (Path(given) / "pairs.json").is_file():
        pytest.skip("no cross-article set given (WIREWATCH_DEV2_CROSS=folder)")
    from scripts.score_pairs import run_embedded

    folder = Path(given)
    pairs = orjson.loads((folder / "pairs.json").read_bytes())
    fig = score(pairs, run_embedded(folder / "articles.jsonl"))
    print(f"linked {fig['conflict_linked']}/{fig['conflict_total']}, "
          f"false links {fig['false_links']}")
    assert fig["false_links"] <= 1
    assert fig["conflict_linked"] >= 2  # measured 2/8 with this branch alone
