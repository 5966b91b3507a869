"""A wirewatch worker whose extraction is a stand-in (no spaCy), for resilience tests.

The stand-in reads claims the test wrote into the text as ``[claim PARTY CLASS PLACE CC]``
(party ``state`` or ``medics``, a target class, a town and its country code), so the
stream and ``wirewatch run`` (driven in-process with the same stand-in) must agree on
everything downstream of extraction: duplicates, corrections, events, alerts, digests.
Run as ``python -m tests.integration.stub_worker`` with the ``WIREWATCH_*`` environment.
"""

from __future__ import annotations

import asyncio
import re
import zlib
from collections.abc import Sequence

from pipeline.domain.models import (
    Actor,
    Article,
    ArticleAnalysis,
    Claim,
    Evidence,
    Place,
    Target,
)

STATE = Actor("state.nl", "Northland", "state", "NL", "nl")
MEDICS = Actor("intl.msf", "Medecins Sans Frontieres", "international_body", None, "intl.msf")
PARTIES = {"state": STATE, "medics": MEDICS}
CLAIM = re.compile(r"\[claim (\w+) (\w+) (\w+) ([A-Z]{2})\]")


class StandIn:
    """Claims as the text states them: each ``[claim ...]`` is a strike by Northland."""

    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        return [self.one(a) for a in articles]

    @staticmethod
    def one(article: Article) -> ArticleAnalysis:
        claims, places = [], []
        text = article.text
        for match in CLAIM.finditer(text):
            party, cls, town, country = match.groups()
            place = Place(town, zlib.crc32(town.encode()) % 100000, country, "01", kind="city")
            evidence = Evidence(
                article.id, article.source, match.group(0), match.start(), match.end(),
                article.published,
            )
            target = Target(f"{cls} in {town}", cls)
            claims.append(
                Claim(PARTIES[party], "asserts", target, evidence, "strike", STATE, place)
            )
            places.append(place)
        return ArticleAnalysis(article=article, places=tuple(dict.fromkeys(places)),
                               claims=tuple(claims))


def main() -> None:
    from pipeline.settings import Settings
    from pipeline.streaming.worker import build_worker, neutralise_faust_env

    neutralise_faust_env()
    from pipeline.streaming.admin import ensure_topics
    from pipeline.streaming.app import create_app

    settings = Settings.from_env()
    asyncio.run(ensure_topics(settings, with_changelogs=True))
    app = create_app(settings, analyser=StandIn())
    build_worker(app, settings).execute_from_commandline()


if __name__ == "__main__":
    main()
