"""Fixtures shared by the tiers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--dev-data",
        default=os.environ.get("WIREWATCH_DEV_DATA"),
        help="labelled real articles (JSON lines with `labels`); kept outside the repo",
    )


@pytest.fixture(scope="session")
def dev_data(request: pytest.FixtureRequest) -> Path:
    given = request.config.getoption("--dev-data")
    if not given or not Path(given).is_file():
        pytest.skip("no labelled dev data given (--dev-data PATH or WIREWATCH_DEV_DATA)")
    return Path(given)


@pytest.fixture(scope="session")
def sample_feed() -> Path:
    return FIXTURES / "sample_feed.jsonl"


@pytest.fixture(scope="session")
def place_resolver() -> object:
    """The real place resolver (the packaged gazetteer), loaded once per test session."""
    from pipeline.nlp.index import default_resolver

    return default_resolver()


@pytest.fixture(scope="session")
def real_extractor() -> Iterator[object]:
    """The real spaCy extractor (model + gazetteers), loaded once per test session."""
    from pipeline.nlp.extract import Extractor

    yield Extractor.load()
