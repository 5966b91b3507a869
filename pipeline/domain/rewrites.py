"""Rewrites and paraphrases: an article that retells an earlier one about the same event.

Shingle containment (``dedup``) finds copies that keep the wording; an outlet that
rewrites a wire story sentence by sentence, or pads it with a paragraph of background,
keeps the facts but few 4-word runs. After extraction, within one event, an article is
a rewrite of an earlier one when

- its parties (those telling a target of some class) are (almost all) the earlier
  article's parties, and
- most of its sentences loosely match an earlier sentence (the same names, numbers and
  content words, in any order and inflection), or it covers nearly all of the earlier
  article's sentences and matches at least half of its own (a copy with added paragraphs).

A same-event follow-up with new material (new quotes, a new toll, new parties) fails one
of the two and joins the event as its own article. Which of two articles is the copy is
decided by the pair alone (:func:`copy_between`: the later published, else the one that
reads as the cut or edited version), so the answer is the same whichever reaches the event
first. Pure functions; a sketch of an article
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

__all__ = [
    "ArticleSketch",
    "Rewrite",
    "RewriteDecision",
    "RewriteParams",
    "copies_of",
    "copy_between",
    "judge",
    "sketch",
]

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
        # an outlet's own telling names the outlet, which a copy elsewhere does not share;
        # a party heard only on targets of no class ("the front of the minibus") tells no
        # account the copy could add: a rewrite may quote one more bystander
        tuple(sorted({c.party.id for c in analysis.claims if c.cue != "narrates"
                      and c.target.target_class != "unknown"})),
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
    """Is ``new`` a copy (a rewrite) of one of ``earlier`` (articles about the same event
    that reached the event before it)? Decided pair by pair with :func:`copy_between`, so
    the answer does not depend on which of two articles arrived first."""
    params = params or RewriteParams()
    best = RewriteDecision(None)
    for old in earlier:
        if old.article_id == new.article_id:
            continue
        found = copy_between(new, old, params)
        if found is not None and found.copy == new.article_id:
            if best.duplicate_of is None or found.own_share > best.own_share:
                best = RewriteDecision(old.article_id, found.own_share, found.cover_share)
        elif best.duplicate_of is None:
            own = _own_share(new, old, params)
            if own > best.own_share:
                best = RewriteDecision(None, own)
    return best


def copies_of(new: ArticleSketch, earlier: Iterable[ArticleSketch],
              params: RewriteParams | None = None) -> list[Rewrite]:
    """Those of ``earlier`` that are copies of ``new`` (it reached the event after its own
    copy: published before it, or the copy is the cut one); each pair at most once."""
    params = params or RewriteParams()
    out = []
    for old in earlier:
        if old.article_id == new.article_id:
            continue
        found = copy_between(new, old, params)
        if found is not None and found.copy == old.article_id:
            out.append(found)
    return out


@dataclass(frozen=True, slots=True)
class Rewrite:
    """Of two articles, the copy and its original, with the copy's shares."""

    copy: str
    original: str
    own_share: float  # of the copy's sentences matched in the original
    cover_share: float  # of the original's sentences covered by the copy


def copy_between(a: ArticleSketch, b: ArticleSketch, params: RewriteParams | None = None
                 ) -> Rewrite | None:
    """Which of two articles of one event is a rewrite of the other, whichever came first.

    Dedup's rule for originals (``dedup.decide``) decides first, so the two stages never
    name each other's copy: of two dated articles published at different times only the
    later can be the copy; otherwise the one the feed delivered later (``arrived``, the
    driver's delivery stamp carried on the article, not the order the event stage sees
    them in). Without either (no stamps, or equal ones), each is judged against the other;
    when both read as rewrites the one more of whose sentences are found in the other (the
    cut or lightly edited one) is the copy, then the one covering less of the other, then
    the greater id."""
    params = params or RewriteParams()
    if a.sentences == b.sentences:
        # word for word one text: an exact copy is dedup's to decide, and dedup names it
        # whichever came first (a correction when the copy was analysed before its
        # original); a second record from this stage would race dedup's on the topic
        return None
    if a.published and b.published and a.published != b.published:
        later, earlier = (a, b) if a.published > b.published else (b, a)
        return _rewrite(later, earlier, params)
    if a.arrived and b.arrived and a.arrived != b.arrived:
        later, earlier = (a, b) if a.arrived > b.arrived else (b, a)
        return _rewrite(later, earlier, params)
    found = [r for r in (_rewrite(a, b, params), _rewrite(b, a, params)) if r is not None]
    if not found:
        return None
    return max(found, key=lambda r: (r.own_share, -r.cover_share, r.copy))


def _rewrite(new: ArticleSketch, old: ArticleSketch, params: RewriteParams) -> Rewrite | None:
    """``new`` read as a rewrite of ``old`` (the asymmetric test), if it is one."""
    if len(new.sentences) < params.min_sentences or not _same_parties(new, old, params):
        return None
    own, cover = _shares(new, old, params)
    if own >= params.own_share or (cover >= params.cover_share and own >= params.cover_own_share):
        return Rewrite(new.article_id, old.article_id, own, cover)
    return None


def _own_share(new: ArticleSketch, old: ArticleSketch, params: RewriteParams) -> float:
    if len(new.sentences) < params.min_sentences or not _same_parties(new, old, params):
        return 0.0
    return _shares(new, old, params)[0]


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
