"""The newsroom's vocabulary as frozen value objects.

Everything here is plain data: no I/O, no faust, no spaCy. Records that travel on
Kafka are built from these with :mod:`pipeline.domain.records`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Article:
    """One wire article as it arrived, after validation."""

    id: str
    headline: str
    body: str
    source: str
    url: str | None = None
    published: datetime | None = None  # always timezone-aware when set
    truncated: bool = False  # headline + body were cut to the extraction budget
    # ``published`` was further ahead of the wall clock than allowed: it holds the bound
    # (see pipeline.domain.clock) and ``published_claimed`` what the feed said.
    future_dated: bool = False
    published_claimed: datetime | None = None
    # when the feed delivered it, on the driver's own increasing clock (the runner's line
    # number, the stream's record timestamp; 0 unknown): orders copies their dates cannot
    arrived: float = 0.0
    # an undated article: the feed time it arrived at, fixed at admission (replay's
    # ``wirewatch-arrived`` header; ``run``: the dated line before it, see
    # pipeline.domain.clock.placed_by_arrival); every later stage files it under this
    arrived_at: datetime | None = None

    @property
    def text(self) -> str:
        """Headline and body as one text, the unit NLP and dedup work on."""
        if self.headline:
            return f"{self.headline}\n\n{self.body}"
        return self.body


@dataclass(frozen=True, slots=True)
class Rejection:
    """A feed line that could not become an :class:`Article`."""

    id: str | None
    reason: str
    raw: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A named party with a normalised identity.

    ``id`` is a stable canonical key (``"ru.defence-ministry"``, ``"group.islamic-state"``);
    ``type`` is one of :data:`ACTOR_TYPES`; ``side`` groups actors that speak for one
    camp (a ministry and its state share a side), used to tell parties apart.
    """

    id: str
    name: str
    type: str
    country: str | None = None
    side: str | None = None


ACTOR_TYPES = (
    "state",
    "ministry",
    "official",
    "military",
    "armed_group",
    "international_body",
    "media",
    "person",
    "source",  # anonymous sources, witnesses, officials without a named body
    "other",
)


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym resolved offline to a gazetteer entry."""

    name: str
    geonames_id: int | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    kind: str | None = None  # country / admin1 / city
    capital: bool = False  # a national capital


TARGET_CLASSES = (
    "armed_group",
    "military",
    "civilians",
    "civilian_site",
    "infrastructure",
    "unknown",
)


@dataclass(frozen=True, slots=True)
class Target:
    """What a party says was hit or aimed at."""

    text: str
    target_class: str  # one of TARGET_CLASSES
    actor_id: str | None = None  # when the target is a known actor (an armed group)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a claim comes from, with character offsets into ``Article.text``."""

    article_id: str
    source: str
    sentence: str
    start: int
    end: int
    published: datetime | None = None  # the article's time, filled when an alert lists it


# "narrates": the outlet's own telling of what was hit, with no attacker as its subject;
# it stands for one side only across articles (see domain.conflicts.find_conflicts)
NARRATES = "narrates"
CUES = ("asserts", "denies", "accuses", "concern", NARRATES)


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed account of what a strike or attack hit."""

    party: Actor
    cue: str  # one of CUES
    target: Target
    evidence: Evidence
    action: str | None = None  # strike, attack, shelling, ...
    attacker: Actor | None = None
    place: Place | None = None
    negated: bool = False  # "not X", "instead of X": the party says X was NOT the target
    rule: str = ""  # id of the construction that found the claim (for per-rule scoring)
    # day phrases of the strike's own clause ("on Monday", "last week"): the incident's day
    days: tuple[str, ...] = ()
    # the target is the speaking military's or armed group's own ("its positions")
    own_target: bool = False
    # where the article's frame starts that sets this party's account against the ones
    # told before it ("neighbours told a very different story"; rule conflict.framed),
    # an offset into the article's text like the evidence's
    contested_at: int | None = None


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What extraction found in one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    claims: tuple[Claim, ...] = ()
    gated: bool = False  # the topic gate kept it from the parse: no actors, places, claims
    # per place of ``places``, the names the text writes it under ("Derna" for the
    # gazetteer's Darnah, "Michoacan" for Michoacán de Ocampo)
    place_names: tuple[tuple[str, ...], ...] = ()
    # per place of ``places``, the other states the text puts it on the border with
    # ("Kessa, a village on the border with Chad": ``("TD",)``)
    place_borders: tuple[tuple[str, ...], ...] = ()
    # the parties' general lines ("Russian forces do not strike civilian targets"): each
    # party's word, shown beside its accounts, never set against another account (no
    # conflict, event or alert reads them)
    general: tuple[Claim, ...] = ()


@dataclass(frozen=True, slots=True)
class PartyAccount:
    """One party's side of a conflict: who, what they say was hit, and why we think so."""

    party: Actor
    targets: tuple[Target, ...]
    evidence: tuple[Evidence, ...]
    # "party": a party's account; "narrates": an outlet's own telling of what was hit
    # (every claim of the account in the outlet's voice), shown as "reported by <outlet>"
    role: str = "party"


@dataclass(frozen=True, slots=True)
class ConflictAlert:
    """Two or more parties giving incompatible accounts of one event's target."""

    alert_id: str
    version: int
    event_key: str
    accounts: tuple[PartyAccount, ...]
    article_ids: tuple[str, ...]
    sources: tuple[str, ...]
    confidence: float
    place: Place | None = None
    attacker: Actor | None = None
    first_seen: datetime | None = None
    summary: str = ""
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    # how the event was matched across articles: finest place level both accounts give
    # ("locality", "admin1", "country", "unplaced") and the largest gap between them
    place_level: str | None = None
    time_gap_hours: float | None = None
    absorbed: tuple[str, ...] = ()  # ids of alerts merged into this one
    merged_into: str | None = None  # set on an alert's last version once another absorbed it
    # set on a version whose accounts no longer form one dispute (its event was regrouped
    # when an earlier article came late, or a copy's claims left); cleared if they do again
    withdrawn: bool = False


@dataclass(frozen=True, slots=True)
class DuplicateRecord:
    """An article recognised as a copy of an earlier one."""

    article_id: str
    duplicate_of: str
    similarity: float
    source: str
    kind: str  # "exact" or "near"
    # set when a later decision found this already-decided article to be a copy after all
    correction: bool = False
