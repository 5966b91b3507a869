"""Rewrites and paraphrases: an article that retells an earlier one about the same event.

Shingle containment (``dedup``) finds copies that keep the wording; an outlet that
rewrites a wire story sentence by sentence, or pads it with a paragraph of background,
keeps the facts but few 4-word runs. After extraction, within one event, an article is
a rewrite of an earlier one when

- its parties are (almost all) the earlier article's parties, and
- most of its sentences loosely match an earlier sentence (the same names, numbers and
  content words, in any order and inflection), or it covers nearly all of the earlier
  article's sentences and matches at least half of its own (a copy with added paragraphs).

A same-event follow-up with new material (new quotes, a new toll, new parties) fails one
of the two and joins the event as its own article. Pure functions; a sketch of an article
is small plain data (content-word hashes per sentence) that an event's state can keep.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from pipeline.domain.models import ArticleAnalysis
from pipeline.domain.text import strip_furniture

__all__ = ["ArticleSketch", "RewriteDecision", "RewriteParams", "judge", "sketch"]

_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n+")
_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = """
a about above after again against all also an and any are as at be been before being
between both but by can could did do does during each few for from further had has have
having he her here hers him his how i if in into is it its itself just more most no nor
not now of off on once only or other our out over own said same says she should so some
such than that the their them then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your
told according added saying say tell news reported report reports"""
_STOP = frozenset(_STOP_WORDS.split())


@dataclass(frozen=True, slots=True)
class RewriteParams:
    word_overlap: float = 0.5  # shared content words / the shorter sentence's, for a match
    min_shared: int = 3  # and at least this many shared words
    own_share: float = 0.65  # share of the new article's sentences that match: a rewrite
    cover_share: float = 0.9  # share of the earlier article's sentences covered ...
    cover_own_share: float = 0.45  # ... with at least this share of its own: padded copy
    party_share: float = 0.75  # share of the new article's parties the earlier one has
    min_sentences: int = 3  # shorter articles are left to shingle dedup


@dataclass(frozen=True, slots=True)
class ArticleSketch:
    """What rewrite detection keeps of an article: parties and sentence word sets."""

    article_id: str
    parties: tuple[str, ...]
    sentences: tuple[tuple[int, ...], ...]
    published: datetime | None = None  # of two dated copies, the earlier is the original
    arrived: float = 0.0  # else the one the feed delivered first (``Article.arrived``)


@dataclass(frozen=True, slots=True)
class RewriteDecision:
    duplicate_of: str | None
    own_share: float = 0.0  # best candidate's share of the new article's sentences matched
    cover_share: float = 0.0  # and of the earlier article's sentences covered


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def sentence_words(sentence: str) -> tuple[int, ...]:
    folded = unicodedata.normalize("NFKD", sentence).encode("ascii", "ignore").decode()
    words = {_stem(w) for w in _WORD.findall(folded.lower())
             if w not in _STOP and (len(w) > 2 or w.isdigit())}
    return tuple(sorted(zlib.crc32(w.encode()) for w in words))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(strip_furniture(text)) if s and s.strip()]


def sketch(analysis: ArticleAnalysis) -> ArticleSketch:
    sets = [sentence_words(s) for s in sentences(analysis.article.text)]
    return ArticleSketch(
        analysis.article.id,
        # an outlet's own telling names the outlet, which a copy elsewhere does not share
        tuple(sorted({c.party.id for c in analysis.claims if c.cue != "narrates"})),
        tuple(s for s in sets if len(s) >= 2),
        analysis.article.published,
        analysis.article.arrived,
    )


def _match(a: frozenset[int], b: frozenset[int], params: RewriteParams) -> bool:
    shared = len(a & b)
    return shared >= min(params.min_shared, len(a), len(b)) and \
        shared >= params.word_overlap * min(len(a), len(b))


def _shares(new: ArticleSketch, old: ArticleSketch, params: RewriteParams
            ) -> tuple[float, float]:
    mine = [frozenset(s) for s in new.sentences]
    theirs = [frozenset(s) for s in old.sentences]
    if not mine or not theirs:
        return 0.0, 0.0
    covered: set[int] = set()
    matched = 0
    for sent in mine:
        hits = [j for j, other in enumerate(theirs) if _match(sent, other, params)]
        if hits:
            matched += 1
            covered.update(hits)
    return matched / len(mine), len(covered) / len(theirs)


def judge(new: ArticleSketch, earlier: Iterable[ArticleSketch],
          params: RewriteParams | None = None) -> RewriteDecision:
    """Is ``new`` a rewrite of one of ``earlier`` (articles about the same event)?"""
    params = params or RewriteParams()
    if len(new.sentences) < params.min_sentences:
        return RewriteDecision(None)
    best = RewriteDecision(None)
    for old in earlier:
        if old.article_id == new.article_id or not _same_parties(new, old, params):
            continue
        if _later(old, new):
            continue  # it cannot be this one's original
        own, cover = _shares(new, old, params)
        is_rewrite = own >= params.own_share or (
            cover >= params.cover_share and own >= params.cover_own_share)
        if is_rewrite and (best.duplicate_of is None or own > best.own_share):
            best = RewriteDecision(old.article_id, own, cover)
        elif best.duplicate_of is None and own > best.own_share:
            best = RewriteDecision(None, own, cover)
    return best


def _later(old: ArticleSketch, new: ArticleSketch) -> bool:
    """Is ``old`` the later copy of the two, by the rule dedup uses (``dedup.decide``):
    of two dated copies the earlier published is the original; when either is undated
    (or both carry the same time), the one the feed delivered first. Not the order the
    event stage happens to see them in, which differs between the drivers."""
    if old.published and new.published and old.published != new.published:
        return old.published > new.published
    return 0.0 < new.arrived < old.arrived


def _same_parties(new: ArticleSketch, old: ArticleSketch, params: RewriteParams) -> bool:
    if not new.parties:
        return not old.parties
    shared = len(set(new.parties) & set(old.parties))
    return shared >= params.party_share * len(new.parties)


def pairwise(items: Sequence[ArticleSketch], params: RewriteParams | None = None
             ) -> list[tuple[str, str, float, float]]:
    """(later, earlier, own share, cover share) for every ordered pair: for calibration."""
    params = params or RewriteParams()
    out = []
    for i, new in enumerate(items):
        for old in items[:i]:
            own, cover = _shares(new, old, params)
            out.append((new.article_id, old.article_id, own, cover))
    return out
