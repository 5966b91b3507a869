"""The extractor's long-lived objects are moved out of the garbage collector's
generations once they are loaded (``gc.freeze`` in ``Extractor.__init__``), so a full
collection while the rules run does not walk the model, the gazetteer and the place index
again and again; the rules' cost is measured by ``benchmarks/bench_extract.py``."""

from __future__ import annotations

import gc
from typing import Any

import pytest

slow = pytest.mark.slow


@slow
def test_the_loaded_extractor_is_out_of_the_collectors_generations(real_extractor: Any) -> None:
    frozen = gc.get_freeze_count()
    assert frozen > 100_000, frozen  # the model's and the tables' objects, not a handful
    # what is made after loading (an analysis) is collected as usual
    doc = real_extractor.nlp("The army said its jets struck a depot near Kessa.")
    assert gc.is_tracked(doc._.claims)
