"""Event time: the clock that windows and expiry run on, and that no article can poison.

Windows (dedup, events) are measured in the feed's own time — the watermark, the latest
trusted ``published`` seen — not the wall clock, so replaying an archive from 2019 expires
and groups exactly as the live feed did in 2019. Before any dated article has been seen
the clock falls back to the wall clock.

Two rules keep one bad line from moving that clock:

* **Bounded by the wall clock.** No event time is later than the wall clock plus a small
  ``allowance`` (default 1 h, for clock skew between newsrooms). A ``published`` beyond
  that is not trusted: the article is clamped to its arrival time (below), flagged
  ``future_dated`` with a reason, and does not move the watermark, so one article dated
  9999-12-31 cannot expire every index entry at the next sweep — whether the feed is live
  (arrival is now) or a replayed archive (arrival is the archive's own time).
* **Undated articles are judged by their arrival**, not the watermark: the driver passes
  the time the article arrived and admission fixes it on the article (``arrived_at``),
  which every later stage files it under. For a feed file both drivers find that time by
  one rule (:func:`placed_by_arrival`): the date of the dated line before it in the file
  (before the first dated line, that line's date); ``wirewatch replay`` sends it in a
  header, ``wirewatch run`` computes it as it reads. Without one (a live record with no
  header), a stage falls back to its watermark.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

import orjson

from pipeline.domain.models import Article
from pipeline.domain.validate import ValidationLimits, parse_published

DEFAULT_ALLOWANCE = timedelta(hours=1)


MAX_FEED_DAYS = 50_000  # days of dated articles a clock remembers (a set of integers)
FEED_DAY_REACH = 3  # a yearless dateline's year is one the feed was running around it
FEED_YEARS_BACK = 30


def wall_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class EventTime:
    """When an article is judged, and how that time was found."""

    when: datetime
    dated: bool  # from the article's own ``published`` (trusted or clamped)
    clamped: bool = False  # ``published`` was beyond the wall clock + allowance
    reason: str | None = None  # why it was clamped


class FeedClock:
    """One stage's event-time clock: a watermark bounded by ``fallback() + allowance``."""

    def __init__(
        self,
        fallback: Callable[[], datetime] = wall_clock,
        allowance: timedelta = DEFAULT_ALLOWANCE,
    ) -> None:
        if allowance < timedelta(0):
            raise ValueError("the clock allowance cannot be negative")
        self._fallback = fallback
        self._allowance = allowance
        self._latest: datetime | None = None
        self._days: set[int] = set()  # days of the trusted ``published`` seen (ordinals)

    def bound(self) -> datetime:
        """The latest event time believed now: the wall clock plus the allowance."""
        wall = self._fallback()
        try:
            return wall + self._allowance
        except OverflowError:  # an allowance of centuries: no bound at all
            return datetime.max.replace(tzinfo=wall.tzinfo)

    def event_time(self, published: datetime | None, arrived: datetime | None = None) -> EventTime:
        """The time to judge an article at (no side effect; :meth:`observe` records it).

        ``published`` when it is within the bound. Otherwise the article's arrival: the
        ``arrived`` the driver knows (bounded the same way), else the watermark. An
        untrusted ``published`` is flagged ``clamped`` with a reason.
        """
        bound = self.bound()
        if published is not None and published <= bound:
            return EventTime(published, dated=True)
        when = min(arrived, bound) if arrived is not None else self.now()
        if published is None:
            return EventTime(when, dated=False)
        reason = (
            f"published {published.isoformat()} is more than {self._allowance} ahead of "
            f"the wall clock: judged at its arrival, {when.isoformat()}"
        )
        return EventTime(when, dated=True, clamped=True, reason=reason)

    def observe(self, published: datetime | None, arrived: datetime | None = None) -> datetime:
        """Record an article's time and return the time to file it under.

        A trusted ``published`` or a known arrival time moves the watermark forward; an
        untrusted ``published`` without an arrival time does not move it.
        """
        stamp = self.event_time(published, arrived)
        moves = (stamp.dated and not stamp.clamped) or arrived is not None
        if moves and (self._latest is None or stamp.when > self._latest):
            self._latest = stamp.when
        if stamp.dated and not stamp.clamped and len(self._days) < MAX_FEED_DAYS:
            self._days.add(stamp.when.astimezone(UTC).toordinal())
        return stamp.when

    def admit(self, article: Article, arrived: datetime | None = None) -> Article:
        """Observe an article at the first stage; a future-dated one comes back clamped,
        an undated one with the time it arrived at (``arrived``, bounded) as ``arrived_at``.

        The returned article's ``published`` is its arrival time (the feed's value kept in
        ``published_claimed``, ``future_dated`` set), so every later stage and both drivers
        file it under the same, harmless time; likewise an undated article's ``arrived_at``.
        Without ``arrived`` an undated article keeps ``arrived_at`` unset (later stages
        judge it at their own watermark).
        """
        stamp = self.event_time(article.published, arrived)
        self.observe(article.published, arrived)
        if not stamp.dated:
            if arrived is None:
                return article
            when = self.feed_year(article.body, stamp.when) or stamp.when
            return dataclasses.replace(article, arrived_at=when)
        if not stamp.clamped:
            return article
        return dataclasses.replace(
            article,
            published=stamp.when,
            future_dated=True,
            published_claimed=article.published,
        )

    def feed_year(self, body: str, arrived: datetime) -> datetime | None:
        """For an undated article whose dateline gives a day without a year ("TEHRAN, Jan
        18 -"), that day in the latest year, not after ``arrived``, in which the feed had
        dated articles within :data:`FEED_DAY_REACH` days of it: an archive replayed as a
        file places its undated lines after its last dated one, a year or more after
        they were written. ``None`` (the arrival stands) without such a dateline or such
        a year; in a live feed the year found is the arrival's."""
        found = _DATELINE_DATE.match(body[:200])
        if found is None or found["y1"] or found["y2"] or not self._days:
            return None
        month = MONTHS.get((found["m1"] or found["m2"]).lower()[:3])
        day = int(found["d1"] or found["d2"])
        bound = arrived + timedelta(days=1)
        for year in range(bound.year, bound.year - FEED_YEARS_BACK, -1):
            try:
                when = datetime(year, month or 0, day, 12, tzinfo=UTC)
            except ValueError:
                continue
            if when > bound:
                continue
            near = when.toordinal()
            if any(near + k in self._days for k in range(-FEED_DAY_REACH, FEED_DAY_REACH + 1)):
                return min(when, arrived)
        return None

    def now(self) -> datetime:
        """The watermark (never past the bound); the wall clock before any dated article."""
        if self._latest is None:
            return self._fallback()
        return min(self._latest, self.bound())


def future_dated_reason(article: Article) -> str | None:
    """Why an article's time was not trusted, for its result line (``None``: it was)."""
    if not article.future_dated or article.published is None:
        return None
    claimed = article.published_claimed.isoformat() if article.published_claimed else "?"
    return (
        f"published {claimed} is ahead of the wall clock beyond the allowance: "
        f"judged at its arrival, {article.published.isoformat()}"
    )


# ------------------------------------------------------------------ the date a text gives

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
MONTHS = {m[:3]: n for n, m in enumerate(_MONTH_NAMES, start=1)}  # "oct" -> 10
MONTH_NAMES = frozenset(_MONTH_NAMES)  # the months' full names, lower case
_MONTH = "(?P<{0}>(?i:" + "|".join(sorted(
    {m for full in _MONTH_NAMES for m in (full, full[:3], full[:4])}, key=len, reverse=True)
) + r")\b\.?)"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<{0}>(?:19|20)\d\d))?"
_PLACE_NAME = r"[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}"  # capitalised words
# a dateline: an optional byline, the city (and region or country) it was filed from,
# then the date, an optional agency in brackets and the dash, colon or full stop that
# ends it: "SUMY, Ukraine, April 13 (AP) -", "Jan. 5 (Reuters) -", "MOSCOW, May 24. ",
# "Srinagar, February 14 (The Hindu):", "BEIRUT, 15 October 2024 -"
_DATELINE_DATE = re.compile(
    r"^\s*(?:By:?\s[^\n]{1,60}\n+(?:[^\n]{1,40}\n+)?\s*)?"
    + rf"(?:{_PLACE_NAME}(?:,[ \t]*{_PLACE_NAME}){{0,2}},[ \t]*)?"
    + "(?:" + _MONTH.format("m1") + r"[ \t]+" + _DAY.format("d1") + _YEAR.format("y1")
    + "|" + _DAY.format("d2") + r"[ \t]+" + _MONTH.format("m2") + _YEAR.format("y2") + ")"
    + r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:--|—|–|-|:|\.)(?:\s|$)")


def written_date(body: str, arrived: datetime, allowance: timedelta = timedelta(days=1)
                 ) -> datetime | None:
    """The date an article's own dateline gives, for an article with no ``published``
    ("SUMY, Ukraine, April 13 (AP) -", "Jan. 5 (Reuters) -"); ``None`` without one.

    Only the dateline counts: a date later in the text is usually another day ("since
    October 7"). Without a year in the dateline, the year is the one that puts the date
    latest but not after the article's ``arrived`` time (plus ``allowance``): an article
    is not written after it arrived. A date beyond that bound is not trusted either,
    so a dateline cannot move an event into the future."""
    found = _DATELINE_DATE.match(body[:200])
    if found is None:
        return None
    month = MONTHS.get((found["m1"] or found["m2"]).lower()[:3])
    day = int(found["d1"] or found["d2"])
    year = found["y1"] or found["y2"]
    if month is None:
        return None
    bound = arrived + allowance
    years = [int(year)] if year else [bound.year, bound.year - 1]
    for y in years:
        try:
            when = datetime(y, month, day, tzinfo=UTC)
        except ValueError:  # "February 30", or February 29 outside a leap year
            continue
        if when <= bound:
            return when
    return None


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# a day still to come ("ahead of talks on Friday", "will vote on Thursday") is no strike's
_AHEAD = re.compile(r"\b(?:next|ahead of|will|would|until|till|due|coming|scheduled|expected|"
                    r"planned)\b[^.;]*$", re.IGNORECASE)
MAX_DAYS_BACK = 4  # a weekday further back than this is more likely last week's or next
# "in retaliation for Saturday's attack", "responsible for attacks, including Saturday's
# suicide bombing": the day of the attack a strike answers, not the strike's own
_ANSWERED = re.compile(r"\b(?:(?:retaliation|response|revenge|reprisal|reprisals)\s+(?:for|to)|"
                       r"responsible\s+for|avenge|avenging)\b(?P<between>[^.;]*)$", re.IGNORECASE)


def _other_event_day(lead: str, m: re.Match[str]) -> bool:
    """The day the lead names at ``m`` is no strike's: one still to come ("ahead of talks
    on Friday"), or that of an attack the strike answers, which follows "in retaliation
    for", "in response to" or "responsible for" in its sentence, as the attack's own
    ("Saturday's attack") or with no comma between."""
    start, end = m.start(), m.end()
    if _AHEAD.search(lead[max(0, start - 40):start]):
        return True
    found = _ANSWERED.search(lead[max(0, start - 120):start])
    if found is None:
        return False
    return lead[end:end + 2] in ("'s", "’s") or "," not in found.group("between")


def _statement_day(lead: str, m: re.Match[str]) -> bool:
    """The day the lead names at ``m`` is the day a statement was made ("said on 19
    September", "on Saturday acknowledged"), which bounds the strike's day but is not it
    (:data:`_SAID_ON`, :data:`_SAID_NEXT`)."""
    return bool(_SAID_ON.search(lead[max(0, m.start() - 30):m.start()])
                or _SAID_NEXT.match(lead[m.end():m.end() + 30]))


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])|\n")


def lead_sentence(body: str) -> str:
    """The article's first sentence, after its dateline (at most 400 characters)."""
    found = _DATELINE_DATE.match(body[:200])
    text = body[found.end():] if found else body
    text = text.lstrip()[:400]
    end = _SENTENCE_END.search(text)
    return text[:end.start()] if end else text


def named_day(body: str, dated: datetime) -> datetime | None:
    """The earliest day the lead sentence names by its weekday ("said on Saturday that
    its forces had on Wednesday struck ..."), as the latest such day not after the day
    the article is dated (``dated``); ``None`` when it names none before that day.

    A statement comes after the strike, so the earliest day named is the strike's. Only
    days up to :data:`MAX_DAYS_BACK` before the article count (a wire lead names older
    days by date), and not a day still to come ("ahead of talks on Friday")."""
    today = dated.astimezone(UTC).date()
    lead = lead_sentence(body)
    back = [(today.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7
            for m in _WEEKDAY.finditer(lead) if not _other_event_day(lead, m)]
    back += _dates_back(lead, today)
    back = [b for b in back if b <= MAX_DAYS_BACK]
    if not back or max(back) == 0:
        return None
    day = today - timedelta(days=max(back))
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


# "on 16 September", "on Sept. 16": a day named by its date
_DATE = re.compile(r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]{2,8})\.?|"
                   r"(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2}))\b")


def _dates_back(lead: str, today: date) -> list[int]:
    """Days back from ``today`` to each date the lead names ("conducted an inspection on
    16 September"), in the article's year (or the year before, for a December date in a
    January story); not a date still to come, nor the day a statement was made ("said on
    19 September")."""
    out = []
    for m in _DATE.finditer(lead):
        word = (m.group("m1") or m.group("m2") or "").lower()
        month = MONTHS.get(word[:3])
        if month is None or not (word in _MONTH_NAMES or word in (word[:3], "sept")):
            continue  # "Decree 12", "Augusta 5": no month
        if _other_event_day(lead, m) or _statement_day(lead, m):
            continue
        number = int(m.group("d1") or m.group("d2") or 0)
        for year in (today.year, today.year - 1):
            try:
                named = date(year, month, number)
            except ValueError:
                break
            if named <= today:
                out.append((today - named).days)
                break
    return out


def names_day(body: str, day: datetime) -> bool:
    """Whether the lead sentence names ``day`` (the strike's, as :func:`strike_day` gave
    it) by its weekday ("said on Monday it carried out an airstrike on Sunday"), not as a
    day still to come nor as the day a statement was made ("said on Monday")."""
    lead = lead_sentence(body)
    wanted = WEEKDAYS[day.astimezone(UTC).weekday()]
    return any(m.group(1).lower() == wanted and not _other_event_day(lead, m)
               and not _statement_day(lead, m)
               for m in _WEEKDAY.finditer(lead))


# "said Thursday that it targeted ... earlier this week": the day of the statement, which
# bounds the strike's day but does not name it
_STATEMENT_VERBS = r"said|says|announced|stated|reported|confirmed|claimed"
_SAID_ON = re.compile(rf"\b(?:{_STATEMENT_VERBS}|added|"
                      r"told [\w.]+(?: [\w.]+)?)\s+(?:on\s+)?$", re.IGNORECASE)
# "the military on Saturday acknowledged carrying out an air strike": the weekday before
# the reporting verb is the statement's day too
# ("U.S. Central Command on Sunday stood by airstrikes flown ... last week")
_SAID_NEXT = re.compile(rf"\s*(?:{_STATEMENT_VERBS}|acknowledged|admitted|denied|rejected|"
                        r"insisted|accused|blamed|condemned|told|released|published|"
                        r"issued|stood\s+by|defended|disputed|dismissed|maintained|"
                        r"reiterated|warned|urged|demanded|called)\b", re.IGNORECASE)


def article_date(article: Article, arrived: datetime) -> tuple[datetime, bool]:
    """The date an article gives itself, and whether it has one: its ``published``, else
    the date its dateline gives (:func:`written_date`); else ``arrived`` (its arrival,
    or the stage's watermark), undated."""
    when = article.published or written_date(article.body, arrived)
    return (arrived, False) if when is None else (when, True)


def strike_day(article: Article, when: datetime, dated: bool, told_back: int | None = None
               ) -> datetime:
    """The day an article's strike is filed under, from its date as :func:`article_date`
    gave it: moved back to an earlier day its lead sentence names (:func:`named_day`:
    "said on Saturday that on Wednesday ..."), else ``told_back`` days (the days back its
    accounts name, :func:`~pipeline.domain.incidents.claims_day`); an undated article
    keeps its arrival. :func:`~pipeline.domain.events.strike_time` gives both."""
    if not dated:
        return when
    named = named_day(article.body, when)
    if named is None and told_back:
        day = when.astimezone(UTC).date() - timedelta(days=told_back)
        named = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return named or when


# ------------------------------------------------------------------ arrival in a feed file

T = TypeVar("T")
W = TypeVar("W")
MAX_AHEAD = 10_000
"""Undated lines held back at most, waiting for a feed's first dated line."""


def trusted_published(record: Any, bound: datetime) -> datetime | None:
    """A decoded feed line's own ``published``, if it can be read and is not beyond the
    clock's ``bound`` (``None`` otherwise: the line is placed by its arrival)."""
    if not isinstance(record, dict):
        return None
    try:
        when = parse_published(record.get("published"))
    except ValueError:
        return None
    return when if when is not None and when <= bound else None


def line_time(data: bytes | str, limits: ValidationLimits, bound: datetime) -> datetime | None:
    """:func:`trusted_published` of a raw feed line (``None``: over-size or unreadable)."""
    if len(data) > limits.max_line_bytes:
        return None
    try:
        return trusted_published(orjson.loads(data), bound)
    except orjson.JSONDecodeError:
        return None


def placed_by_arrival(
    items: Iterable[T], own: Callable[[T], W | None], ahead: int = MAX_AHEAD
) -> Iterator[tuple[T, W | None]]:
    """Each item of a feed, in file order, with the time it arrived at: its ``own`` time,
    else that of the dated item before it in the file. Items before the first dated one
    take that one's time: up to ``ahead`` of them are held back until it comes (beyond
    that, and in a feed without any date, they come with ``None``).

    The one placement rule of both drivers: ``wirewatch replay`` sends the time in a
    header, ``wirewatch run`` passes it to admission itself.
    """
    held: list[T] = []
    previous: W | None = None
    gave_up = False
    for item in items:
        when = own(item)
        if when is not None:
            previous = when
            yield from ((h, when) for h in held)
            held = []
        elif previous is None and not gave_up:
            if len(held) < ahead:
                held.append(item)
                continue
            gave_up = True
            yield from ((h, None) for h in held)
            held = []
        yield item, previous
    yield from ((h, None) for h in held)
