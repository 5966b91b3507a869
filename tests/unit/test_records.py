from datetime import UTC, datetime

import orjson

from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Evidence,
    Place,
    Target,
)
from pipeline.domain.records import from_dict, to_dict


def test_analysis_round_trips_through_json() -> None:
    article = Article(
        id="x1",
        headline="H",
        body="B",
        source="S",
        published=datetime(2024, 1, 1, 12, tzinfo=UTC),
    )
    ministry = Actor(id="xx.ministry", name="the ministry", type="ministry", country="XX")
    claim = Claim(
        party=ministry,
        cue="asserts",
        target=Target(text="a depot", target_class="military"),
        evidence=Evidence(article_id="x1", source="S", sentence="B", start=3, end=4),
        place=Place(name="Town", geonames_id=1, country="XX", latitude=1.5, longitude=2.0),
    )
    analysis = ArticleAnalysis(article=article, actors=(ministry,), claims=(claim,))
    wire = orjson.loads(orjson.dumps(to_dict(analysis)))
    assert from_dict(ArticleAnalysis, wire) == analysis


def test_missing_fields_take_defaults_and_whole_floats_come_back_as_floats() -> None:
    # a record written by an older version lacks newer fields; JSON writes 2.0 as 2
    wire = {"name": "Town", "geonames_id": 1, "country": "XX", "latitude": 2, "longitude": 3}
    place = from_dict(Place, wire)
    assert place == Place(name="Town", geonames_id=1, country="XX", latitude=2.0, longitude=3.0)
    assert isinstance(place.latitude, float)
    article = from_dict(Article, {"id": "x2", "headline": "H", "body": "B", "source": "S",
                                  "published": None})
    assert article.published is None and article.id == "x2"
    # converters are built once per type: a second call gives the same answer
    assert from_dict(Place, wire) == place and to_dict(place)["latitude"] == 2.0
