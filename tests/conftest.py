"""Fixtures shared by the tiers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def sample_feed() -> Path:
    return FIXTURES / "sample_feed.jsonl"


@pytest.fixture(scope="session")
def real_extractor() -> Iterator[object]:
    """The real spaCy extractor (model + gazetteers), loaded once per test session."""
    from pipeline.nlp.extract import Extractor

    yield Extractor.load()
