"""Articles are stored in Unicode normal form C: text that arrives with its accents as
separate combining characters (NFD) reads, and is analysed, like the same text in NFC."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import orjson
import pytest

from pipeline.domain.models import Article
from pipeline.domain.validate import parse_line
from pipeline.nlp.extract import Extractor

HEADLINE = "Médecins Sans Frontières says strike hit its clinic in Saná"
BODY = ("Médecins Sans Frontières said the air strike destroyed its clinic in Saná, killing "
        "three nurses. The army said its jets hit a rebel depot near Jalé.")
SOURCE = "Agência Pública"


def validated(form: str, with_id: bool = True) -> Article:
    fields = {"headline": unicodedata.normalize(form, HEADLINE),
              "body": unicodedata.normalize(form, BODY),
              "source": unicodedata.normalize(form, SOURCE)}
    if with_id:
        fields["id"] = f"u-{form}"
    article = parse_line(orjson.dumps(fields))
    assert isinstance(article, Article)
    return article


def test_nfd_text_is_stored_in_nfc() -> None:
    assert unicodedata.normalize("NFD", BODY) != BODY  # the fixture really has accents
    article = validated("NFD")
    assert (article.headline, article.body, article.source) == (HEADLINE, BODY, SOURCE)
    assert unicodedata.is_normalized("NFC", article.text)


def test_the_two_forms_of_one_text_get_one_content_id() -> None:
    assert validated("NFD", with_id=False).id == validated("NFC", with_id=False).id


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    yield Extractor.load()


@pytest.mark.slow
def test_an_nfd_article_gets_the_claims_of_its_nfc_form(extractor: Extractor) -> None:
    def found(article: Article) -> list[tuple[str, str, str]]:
        (result,) = extractor.analyse([article])
        return [(c.party.name, c.target.text, c.rule) for c in result.claims]

    nfc = found(validated("NFC"))
    assert ("Médecins Sans Frontières", "its clinic", "hit.object") in nfc
    assert found(validated("NFD")) == nfc
