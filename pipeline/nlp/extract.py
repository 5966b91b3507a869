"""Articles in, :class:`~pipeline.domain.models.ArticleAnalysis` out: actors, places and
attributed target claims, in batches through ``nlp.pipe`` (CPU-bound, no I/O)."""

from __future__ import annotations

import functools
import gc
import itertools
import logging
import multiprocessing
import os
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.domain.models import Actor, Article, ArticleAnalysis, Claim, Evidence, Place
from pipeline.nlp.claims import CLAIMS_ATTR, ClaimDraft, sided
from pipeline.nlp.gate import TopicGate
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.lifeline import bind_to_parent
from pipeline.nlp.loader import DEFAULT_MODEL, add_components, load_nlp
from pipeline.nlp.mentions import slug
from pipeline.nlp.paragraphs import parse_text

_PLACE_LABELS = ("GPE", "LOC", "FAC")

# Parsing in two processes pays once the feed has this many articles for the parser
# (measured: ``benchmarks/bench_pipeline.py --processes-sweep``); fewer go through one.
AUTO_MIN_PARSED = 32
# How far ahead (articles) the automatic choice may read to count them.
AUTO_LOOKAHEAD = 400


class PlaceLookup(Protocol):
    def resolve_all(self, names: Sequence[str], context_countries: Sequence[str] = (),
                    text: str = "", home_countries: Sequence[str] = ()
                    ) -> Mapping[str, Place]: ...
    def country_of(self, name: str) -> str | None: ...


def default_places() -> PlaceLookup | None:
    try:
        from pipeline.nlp.index import default_resolver
    except ImportError:  # pragma: no cover - the resolver ships separately
        return None
    return default_resolver()


class Extractor:
    """Runs the wirewatch spaCy pipeline over articles."""

    def __init__(self, nlp: Language, places: PlaceLookup | None = None,
                 batch_size: int = 16, gate: Callable[[Article], bool] | None = None) -> None:
        self.nlp = add_components(nlp)
        self.places = places if places is not None else default_places()
        self.gazetteer = Gazetteer.default()
        self.batch_size = batch_size
        self.gate = gate
        # The model, the gazetteer and the place index live as long as the process: moved
        # out of the collector's generations, a full collection no longer walks their
        # hundreds of thousands of objects while the rules run (and a forked child keeps
        # their pages shared). No object is changed or freed by this.
        gc.freeze()

    @classmethod
    def load(cls, model: str = DEFAULT_MODEL, gate: bool = False) -> Extractor:
        """``gate``: skip the parse for articles the topic gate says cannot report an attack."""
        return cls(load_nlp(model), gate=TopicGate.default().passes if gate else None)

    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        """One analysis per article, in order; a gated-out article gets an empty one."""
        return list(self.analyse_stream(articles, processes=1))

    def analyse_stream(
        self, articles: Iterable[Article], processes: int | None = 1
    ) -> Iterator[ArticleAnalysis]:
        """One analysis per article, in order, read lazily; only articles that pass the
        gate go to the parser. ``processes``: parser processes (forked copies of this
        extractor, see :meth:`_analysed`); None chooses: two when the machine has two
        cores and the stream has at least :data:`AUTO_MIN_PARSED` articles for the
        parser within :data:`AUTO_LOOKAHEAD`."""
        queue: deque[tuple[Article, bool]] = deque()  # read, not yet answered

        def read() -> Iterator[Article | None]:  # the article when it goes to the parser
            for article in articles:
                ok = self.gate is None or self.gate(article)
                queue.append((article, ok))
                yield article if ok else None

        items = read()
        if processes is None:
            head: list[Article | None] = []
            parsed = 0
            for item in items:
                head.append(item)
                parsed += item is not None
                if parsed >= AUTO_MIN_PARSED or len(head) >= AUTO_LOOKAHEAD:
                    break
            processes = min(2, _cores()) if parsed >= AUTO_MIN_PARSED else 1
            items = itertools.chain(head, items)
        passed = (item for item in items if item is not None)
        for analysis in self._analysed(passed, processes):
            article, ok = queue.popleft()
            while not ok:
                yield ArticleAnalysis(article=article, gated=True)
                article, ok = queue.popleft()
            yield analysis
        for article, _ in queue:  # gated out after the last parsed article
            yield ArticleAnalysis(article=article, gated=True)

    def _analysed(self, articles: Iterator[Article], processes: int) -> Iterator[ArticleAnalysis]:
        """Analyses of ``articles`` (no gate), in order. With several processes, each is
        a forked copy of this extractor that analyses whole batches (parse, claims and
        places) and sends back only the analyses: the reading process stays light."""
        if processes <= 1:
            held: deque[Article] = deque()

            def texts() -> Iterator[str]:
                for article in articles:
                    held.append(article)
                    yield parse_text(article.text, article.headline)

            for doc in self.nlp.pipe(texts(), batch_size=self.batch_size):
                yield self.analysis(held.popleft(), doc)
            return
        pool = _fork_pool(self, processes)
        try:
            ahead: deque[Future[list[ArticleAnalysis]]] = deque()
            while batch := list(itertools.islice(articles, self.batch_size)):
                ahead.append(pool.submit(_parse_in_child, batch))
                if len(ahead) > 2 * processes:  # read ahead a little, not the whole feed
                    yield from ahead.popleft().result()
            while ahead:
                yield from ahead.popleft().result()
        finally:
            pool.shutdown(cancel_futures=True)

    # ------------------------------------------------------------------
    def analysis(self, article: Article, doc: Doc) -> ArticleAnalysis:
        """The article's analysis from ``doc``, the parse of ``article.text`` (the claims'
        evidence offsets are offsets into that text)."""
        drafts: list[ClaimDraft] = doc._.get(CLAIMS_ATTR) or []
        # (Doc.ents and Doc.text are built anew on each read: once here; the doc was
        # parsed from the article's text, which is its text)
        ents = doc.ents
        places = self._places(ents, article.text, [t for d in drafts for t in d.place_texts])
        claims = tuple(self._claim(article, d, places) for d in drafts if not d.general)
        general = tuple(self._claim(article, d, places) for d in drafts if d.general)
        written: dict[Place, list[str]] = {}
        for name, place in places.items():
            # (not a demonym the recogniser tagged as a place: "Azerbaijani" shelling
            # names no place, as the events' rules read a sentence)
            forms = written.setdefault(place, [])
            if not self.gazetteer.country_of_demonym(name):
                forms.append(name)
        borders = self.places.borders(article.text, written) \
            if written and self.places is not None else {}
        return ArticleAnalysis(
            article=article,
            actors=self._actors(ents, claims),
            places=tuple(written),
            claims=claims,
            place_names=tuple(tuple(names) for names in written.values()),
            place_borders=tuple(borders.get(p, ()) for p in written),
            general=general,
        )

    def _places(self, ents: Sequence[Span], text: str, extra: Sequence[str] = ()
                ) -> dict[str, Place]:
        """Entity text -> resolved place, namesakes settled by the article's countries.
        ``ents``: the doc's entities; ``text``: its text; ``extra``: toponyms the claims
        found that the recogniser did not tag."""
        # (not "anti-Pyongyang" propaganda: a side, not a place)
        names = [e.text for e in ents if e.label_ in _PLACE_LABELS and not sided(e[0])] \
            + list(extra)
        if self.places is None:
            return {}
        countries = Counter(c for n in names if (c := self.places.country_of(n)))
        context = [c for c, _ in countries.most_common(3)]
        # names settled by the article as a whole; an armed group's home is a country of
        # the story even where no place names it (the Houthis' Yemen, from Riyadh)
        homes = [e.country for ent in ents if ent.ent_id_
                 and (e := self.gazetteer.actors.get(ent.ent_id_)) is not None
                 and e.type == "armed_group" and e.country]
        return dict(self.places.resolve_all(names, context, text, home_countries=homes))

    def _actors(self, ents: Sequence[Span], claims: Sequence[Claim]) -> tuple[Actor, ...]:
        found: dict[str, Actor] = {}
        for ent in ents:
            entry = self.gazetteer.actors.get(ent.ent_id_) if ent.ent_id_ else None
            if entry is not None:
                found.setdefault(entry.id, entry.actor())
        for claim in claims:
            found.setdefault(claim.party.id, claim.party)
        return tuple(found.values())

    def _claim(self, article: Article, draft: ClaimDraft, places: dict[str, Place]) -> Claim:
        party = draft.party
        if party.id == "media.outlet":
            name = article.source or "the outlet"
            party = Actor(f"media.outlet.{slug(name)}", name, "media", None,
                          f"media.outlet.{slug(name)}")
        start, end = draft.start_char, draft.end_char
        raw = article.text[start:end]
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        place = _first_place(draft.place_texts, places)
        return Claim(
            party=party,
            cue=draft.cue,
            target=draft.target,
            evidence=Evidence(article.id, article.source, article.text[start:end], start, end),
            action=draft.action,
            attacker=draft.attacker,
            place=place,
            negated=draft.negated,
            rule=draft.rule,
            days=draft.days,
            own_target=draft.own_target,
            contested_at=draft.contested_at,
        )


def _first_place(texts: Sequence[str], places: dict[str, Any]) -> Place | None:
    resolved = [places[t] for t in texts if t in places and not _district_elsewhere(t, places,
                                                                                   texts)]
    finer = [p for p in resolved if p.kind != "country"]
    return (finer or resolved or [None])[0]


def _district_elsewhere(text: str, places: dict[str, Any], texts: Sequence[str]) -> bool:
    """Rule ``place.district_of``: "the Dasht-e-Archi district of Kunduz province" is the
    district where it lies in the province the words name; "the Dnipro district of
    Kherson" is no district of the city of Dnipro, in another province."""
    if not text.endswith(" district"):
        return False
    at = texts.index(text)
    outer = next((places[t] for t in texts[at + 1 :] if t in places
                  and not t.endswith(" district") and places[t].kind != "country"), None)
    return outer is not None and outer.admin1 != places[text].admin1


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


log = logging.getLogger(__name__)
_FORKED: Extractor | None = None  # the extractor a forked parse process inherited


def _analyse_in_child(articles: list[Article]) -> list[ArticleAnalysis]:
    assert _FORKED is not None, "the parse process is forked with its extractor"
    return _FORKED.analyse(articles)


def _parse_in_child(articles: list[Article]) -> list[ArticleAnalysis]:
    """For articles that passed the gate already."""
    assert _FORKED is not None, "the parse process is forked with its extractor"
    return list(_FORKED._analysed(iter(articles), 1))


def _fork_pool(extractor: Extractor, processes: int) -> ProcessPoolExecutor:
    """``processes`` forked copies of ``extractor`` (forked on first use), each ending
    with this process."""
    global _FORKED
    _FORKED = extractor
    # The kernel's parent-death signal follows the thread that forks: use it only
    # when that thread lives as long as the process.
    kernel_signal = threading.current_thread() is threading.main_thread()
    return ProcessPoolExecutor(
        processes, mp_context=multiprocessing.get_context("fork"),
        initializer=functools.partial(bind_to_parent, kernel_signal=kernel_signal),
        initargs=(os.getpid(),))


class ExtractorProcess:
    """An :class:`Extractor` in parse processes of its own, for a worker: the parse runs
    on other cores while the worker's event loop (Kafka I/O, dedup, routing) runs on its
    own, instead of both taking turns on one interpreter lock. ``processes`` forked
    copies serve that many :meth:`analyse` calls at once (from different threads), each
    call whole in one process. They are forked here, before the worker starts its
    threads, and inherit the loaded model. They end when the worker does, even on
    ``kill -9`` (:func:`~pipeline.nlp.lifeline.bind_to_parent`)."""

    def __init__(self, extractor: Extractor, processes: int = 1) -> None:
        self._extractor = extractor
        self._broken = False
        self._home = threading.Lock()  # one parse at a time in this process
        self.processes = max(1, processes)
        # With the fork start method the pool forks all its processes at the first
        # submit, before it starts a thread of its own: fork now, single-threaded.
        self._pool = _fork_pool(extractor, self.processes)
        self._pool.submit(_analyse_in_child, []).result()

    @property
    def pids(self) -> list[int]:
        """The parse processes' pids (empty once parsing came home)."""
        return [] if self._broken else sorted(self._pool._processes)

    @property
    def pid(self) -> int | None:
        """The first parse process's pid (None once parsing came home)."""
        return next(iter(self.pids), None)

    def analyse(self, articles: Sequence[Article]) -> list[ArticleAnalysis]:
        if not self._broken:
            try:
                return self._pool.submit(_analyse_in_child, list(articles)).result()
            except BrokenProcessPool:
                # A parse process died (killed, out of memory). The pool then ends the
                # others and fails every call in flight; forking again from a process
                # that now runs threads is unsafe, so the parse comes home: the worker
                # keeps analysing, in its own process, as before the split, and each
                # call in flight is parsed again here, one at a time.
                if not self._broken:
                    log.error("wirewatch parse process died; parsing in the worker process "
                              "from now on")
                self._broken = True
        with self._home:  # spaCy's pipeline is not shared between threads
            return self._extractor.analyse(articles)

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)
