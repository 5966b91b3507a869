"""A quotation of several sentences is its speaker's, however the attribution is written
(issue 8).

Wire copy quotes a witness over two or three sentences and names him once, after the quote
closes: '"They hit the houses one by one. Those killed were people of the village," a
tribal elder told Reuters.' Every sentence of the quote is the elder's account, the middle
ones too, and the speaker may stand between the quote and the verb. The small model often
makes that speaker an object of the quoted verb and leaves the reporting verb without a
subject; the phrase between the quote and the verb is then the speaker.

Rule tests parse by hand (no model); one test parses a team-written story with the real
model (``slow``). All sentences are invented."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from pipeline.nlp.claims import _quote_closer, _subject

slow = pytest.mark.slow
VOCAB = English().vocab


def _doc(rows: str) -> Doc:
    """``rows``: "word/head/dep/pos/lemma" separated by spaces."""
    parts = [r.split("/") for r in rows.split()]
    return Doc(VOCAB, words=[p[0] for p in parts], heads=[int(p[1]) for p in parts],
               deps=[p[2] for p in parts], pos=[p[3] for p in parts],
               lemmas=[p[4] for p in parts])


# '"They hit houses. Those killed were villagers," <attribution>': two sentences, the
# second's copula (7) a complement of the reporting verb at {h}; the attribution from 11
_QUOTE = ('"/2/punct/PUNCT/" They/2/nsubj/PRON/they hit/2/ROOT/VERB/hit houses/2/dobj/NOUN/house '
          "./2/punct/PUNCT/. Those/7/nsubj/PRON/those killed/5/acl/VERB/kill "
          "were/{h}/ccomp/AUX/be villagers/7/attr/NOUN/villager ,/{h}/punct/PUNCT/, "
          '"/{h}/punct/PUNCT/" ')


@pytest.mark.parametrize(("attribution", "head", "wanted"), [
    # the speaker between the quote and his verb: the first sentence is his
    ("a/13/det/DET/a tribal/13/amod/ADJ/tribal elder/14/nsubj/NOUN/elder "
     "told/14/ROOT/VERB/tell Reuters/14/dobj/PROPN/Reuters", 14, "told"),
    ("the/13/det/DET/the town/13/compound/NOUN/town mayor/18/nsubj/NOUN/mayor "
     ",/13/punct/PUNCT/, Karim/16/compound/PROPN/Karim Haddad/13/appos/PROPN/Haddad "
     ",/13/punct/PUNCT/, said/18/ROOT/VERB/say", 18, "said"),
    # counter-example: words between that are no part of the speaker ("later that day")
    ("later/15/advmod/ADV/later that/13/det/DET/that day/15/npadvmod/NOUN/day "
     "officials/15/nsubj/NOUN/official told/15/ROOT/VERB/tell "
     "reporters/15/dobj/NOUN/reporter", 15, None),
])
def test_a_quote_closed_before_its_speaker_is_his(attribution: str, head: int,
                                                   wanted: str | None) -> None:
    doc = _doc(_QUOTE.format(h=head) + attribution)
    closer = _quote_closer(doc[2])
    assert (closer.text if closer is not None else None) == wanted


def test_a_sentence_inside_a_quote_is_the_speakers() -> None:
    # '"They came at night. Where were the fighters? Those killed were villagers," said an
    # elder': the middle sentence, with no quote mark of its own, is his too
    doc = _doc('"/2/punct/PUNCT/" They/2/nsubj/PRON/they came/2/ROOT/VERB/come '
               "./2/punct/PUNCT/. Where/5/advmod/ADV/where were/5/ROOT/AUX/be "
               "fighters/5/nsubj/NOUN/fighter ?/5/punct/PUNCT/? "
               "Those/10/nsubj/PRON/those were/13/ccomp/AUX/be villagers/10/attr/NOUN/villager "
               ',/13/punct/PUNCT/, "/13/punct/PUNCT/" said/13/ROOT/VERB/say '
               "an/15/det/DET/an elder/13/nsubj/NOUN/elder")
    closer = _quote_closer(doc[5])
    assert closer is not None and closer.text == "said"
    # counter-example: a sentence after a quote that closed is the outlet's own
    doc = _doc('"/2/punct/PUNCT/" They/2/nsubj/PRON/they came/2/ROOT/VERB/come '
               ',/2/punct/PUNCT/, "/5/punct/PUNCT/" he/5/nsubj/PRON/he said/5/ROOT/VERB/say '
               "./5/punct/PUNCT/. Jets/9/nsubj/NOUN/jet struck/9/ROOT/VERB/strike "
               "again/9/advmod/ADV/again ./9/punct/PUNCT/.")
    assert _quote_closer(doc[9]) is None


def test_a_speaker_the_parse_made_an_object_of_the_quote() -> None:
    # '"The dead include doctors," the mayor told Reuters': "mayor" hangs on "include" and
    # "told" has no subject
    doc = _doc('"/2/punct/PUNCT/" dead/2/nsubj/NOUN/dead include/2/ROOT/VERB/include '
               'doctors/2/dobj/NOUN/doctor ,/2/punct/PUNCT/, "/2/punct/PUNCT/" '
               "the/7/det/DET/the mayor/2/dobj/NOUN/mayor told/2/conj/VERB/tell "
               "Reuters/8/dobj/PROPN/Reuters")
    subject = _subject(doc[8])
    assert subject is not None and subject.text == "mayor"
    # counter-example: a reporting verb after a quote and two phrases has no one speaker
    doc = _doc('"/2/punct/PUNCT/" dead/2/nsubj/NOUN/dead include/2/ROOT/VERB/include '
               'doctors/2/dobj/NOUN/doctor ,/2/punct/PUNCT/, "/2/punct/PUNCT/" '
               "nurses/2/dobj/NOUN/nurse patients/2/dobj/NOUN/patient "
               "told/2/conj/VERB/tell Reuters/9/dobj/PROPN/Reuters")
    assert _subject(doc[9]) is None


@slow
def test_every_sentence_of_a_quote_is_the_speakers(real_extractor: Any) -> None:
    doc = real_extractor.nlp(
        "A strike hit the village on Monday, the army said.\n\n"
        '"They hit the houses one by one. Those who were killed were people of the '
        'village," a tribal elder told Reuters by telephone.')
    told = {c.target.text: c.party.name for c in doc._.claims if c.party is not None}
    assert told.get("houses") == "tribal elder", told


@slow
def test_local_notables_are_people_who_speak(real_extractor: Any) -> None:
    doc = real_extractor.nlp(
        "A jet bombed a camp in the town on Tuesday, killing at least 50 people, aid "
        "workers said.\n\nAccording to local notables, six young men were killed in the "
        "strike.")
    told = {c.target.text: c.party.name for c in doc._.claims if c.party is not None}
    assert told.get("six young men") == "local notables", told


@slow
@pytest.mark.parametrize("follow", [
    # one sentence of quote after the attribution
    '"The fighters burned the market and the clinic."',
    # two: the quote opens, closes in the next sentence with no verb after it
    '"They came at dawn. The fighters burned the market and the clinic."',
])
def test_a_quote_after_its_speakers_attribution_is_his(real_extractor: Any,
                                                        follow: str) -> None:
    doc = real_extractor.nlp(
        "Paramilitary fighters attacked the camp on Friday, killing dozens, aid groups "
        'said.\n\n"We had nothing," said Adam Yahya, a spokesman for a local relief group. '
        + follow)
    told = {c.target.text: c.party.name for c in doc._.claims if c.party is not None}
    assert told.get("market", "").startswith("Adam Yahya"), told


@slow
def test_a_quote_with_its_own_speaker_is_not_the_one_before(real_extractor: Any) -> None:
    # counter-example: the second quote names its own speaker
    doc = real_extractor.nlp(
        "Paramilitary fighters attacked the camp on Friday, killing dozens, aid groups "
        'said.\n\n"We had nothing," said Adam Yahya, a spokesman for a local relief group. '
        '"The fighters burned the market," a resident, Hawa Musa, said.')
    told = {c.target.text: c.party.name for c in doc._.claims if c.party is not None}
    assert "Yahya" not in told.get("market", ""), told
    # nor is a sentence of the outlet's own after the quote
    doc = real_extractor.nlp(
        "Paramilitary fighters attacked the camp on Friday, killing dozens, aid groups "
        'said.\n\n"We had nothing," said Adam Yahya, a spokesman for a local relief group. '
        "The fighters also burned the market.")
    told = {c.target.text: c.party.name for c in doc._.claims if c.party is not None}
    assert "Yahya" not in told.get("market", ""), told
