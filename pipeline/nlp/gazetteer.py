"""Actor and country gazetteers (data files under ``data/``) and the entity-ruler patterns
built from them.

``actors.jsonl``: one named party per line (``id``, ``name``, ``type``, ``country``, ``side``,
``aliases``, ``part_of``, ``kinds``). ``countries.jsonl``: ISO code, names, capital (a capital
that speaks stands for its government: "Moscow said"), demonyms.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from pipeline.domain.groups import GroupDirectory
from pipeline.domain.models import Actor

DATA_DIR = Path(__file__).parent / "data"
ACTORS_FILE = DATA_DIR / "actors.jsonl"
COUNTRIES_FILE = DATA_DIR / "countries.jsonl"

ACTOR_LABEL = "ORG"  # ruler label for gazetteer actors; the actor id goes in ``ent_id_``

# Extra "West" pseudo-country: "Western officials" speak for a camp, not a state.
_CAMPS = {"western": "west", "west": "west", "arab": "arab", "gulf": "arab"}


@cache
def load_groups(path: Path = ACTORS_FILE) -> GroupDirectory:
    """The armed-group hierarchy of the actor gazetteer, for the domain's conflict rules."""
    return GroupDirectory.from_records(_lines(path))


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    type: str
    country: str | None
    side: str | None
    aliases: tuple[str, ...]
    part_of: tuple[str, ...]
    kinds: tuple[str, ...]

    def actor(self, name: str | None = None) -> Actor:
        return Actor(self.id, name or self.name, self.type, self.country, self.side)


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    name: str
    aliases: tuple[str, ...]
    capital: str | None
    demonyms: tuple[str, ...]


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


_FORCES_NAME = re.compile(r"\b(army|military|armed forces|defen[cs]e forces?)\b", re.IGNORECASE)


# "United Nations children's agency", "U.N. children's agency" and "UN children's agency"
# are one name: the long and dotted forms before another word read as "un"
_UN_PREFIX = re.compile(r"\b(?:united nations|u\.n\.)(?= \S)")


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'")
    return _UN_PREFIX.sub("un", re.sub(r"\s+", " ", text).strip().lower())


class Gazetteer:
    """Look-ups over the actor and country data files."""

    def __init__(self, actors: list[ActorEntry], countries: list[Country]) -> None:
        self.actors = {a.id: a for a in actors}
        self.countries = {c.iso2: c for c in countries}
        self._alias: dict[str, str] = {}
        self._shared: dict[str, list[str]] = {}
        for a in actors:
            for alias in (a.name, *a.aliases):
                self._alias.setdefault(_norm(alias), a.id)
                holders = self._shared.setdefault(_norm(alias), [])
                if a.id not in holders:
                    holders.append(a.id)
        self._country_name: dict[str, str] = {}
        self._demonym: dict[str, str] = {}
        for c in countries:
            for alias in (c.name, *c.aliases):
                self._country_name.setdefault(_norm(alias), c.iso2)
            for dem in c.demonyms:
                self._demonym.setdefault(_norm(dem), c.iso2)

    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        actors = [
            ActorEntry(
                d["id"], d["name"], d["type"], d.get("country"), d.get("side"),
                tuple(d.get("aliases", ())), tuple(d.get("part_of", ())),
                tuple(d.get("kinds", ())),
            )
            for d in _lines(ACTORS_FILE)
        ]
        countries = [
            Country(d["iso2"], d["name"], tuple(d.get("aliases", ())), d.get("capital"),
                    tuple(d.get("demonyms", ())))
            for d in _lines(COUNTRIES_FILE)
        ]
        return cls(actors, countries)

    def actor_by_alias(self, text: str) -> ActorEntry | None:
        actor_id = self._alias.get(_norm(text))
        if actor_id is None and text.lower().startswith("the "):
            actor_id = self._alias.get(_norm(text[4:]))
        return self.actors.get(actor_id) if actor_id else None

    def actors_sharing(self, text: str) -> list[ActorEntry]:
        """Every actor that answers to an alias ("IAF": the Indian and the Israeli air
        force), in file order."""
        return [self.actors[i] for i in self._shared.get(_norm(text), [])]

    def country_of_name(self, text: str) -> str | None:
        """ISO2 for a country name, alias or capital ("Moscow" -> RU)."""
        key = _norm(text)
        if key.startswith("the "):
            key = key[4:]
        return self._country_name.get(key)

    def country_of_demonym(self, text: str) -> str | None:
        return self._demonym.get(_norm(text))

    def camp_of(self, text: str) -> str | None:
        """A side for camp words ("Western officials")."""
        return _CAMPS.get(_norm(text))

    def country_side(self, iso2: str) -> str:
        return iso2.lower()

    def armed_forces_of(self, iso2: str, words: str = "") -> ActorEntry | None:
        """A state's own armed forces in the gazetteer ("Burkina Faso's armed forces",
        "Myanmar's military" are its ``bf.military``, ``mm.junta``): the military entry
        that answers to the country's name or demonym before ``words`` ("Iranian military"),
        else the ``<iso>.military`` entry, else the one military entry of the country whose
        name says army, military or armed/defence forces. ``None`` when there is none, or
        more than one."""
        country = self.countries.get(iso2)
        if country is not None and words:
            for prefix in (country.name, *country.aliases, *country.demonyms):
                named = self.actor_by_alias(f"{prefix} {words}")
                if named is not None and named.type == "military":
                    return named
        entry = self.actors.get(f"{iso2.lower()}.military")
        if entry is not None and entry.type == "military":
            return entry
        found = [a for a in self.actors.values() if a.country == iso2 and a.type == "military"
                 and _FORCES_NAME.search(a.name)]
        return found[0] if len(found) == 1 else None

    def state_actor(self, iso2: str, name: str | None = None) -> Actor:
        country = self.countries.get(iso2)
        return Actor(
            f"state.{iso2.lower()}", name or (country.name if country else iso2), "state",
            iso2, iso2.lower(),
        )

    def ruler_patterns(self, tokenize: Callable[[str], list[str]]) -> list[dict[str, Any]]:
        """Entity-ruler patterns: short all-caps aliases match case-sensitively on ORTH as
        token patterns (which :class:`pipeline.nlp.loader.ActorRuler` matches as ORTH
        phrases); longer names match case-insensitively as phrases."""
        patterns: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for entry in self.actors.values():
            for alias in (entry.name, *entry.aliases):
                for form in _un_spellings(alias):
                    key = (form, entry.id)
                    if key in seen:
                        continue
                    seen.add(key)
                    patterns.append(_pattern(form, entry.id, tokenize))
        return patterns


_UN_FORMS = ("UN", "U.N.", "United Nations")


def _un_spellings(alias: str) -> list[str]:
    """An alias and, when it opens with the United Nations, its two other spellings ("UN
    children's agency", "U.N. children's agency", "United Nations children's agency")."""
    first, _, rest = alias.partition(" ")
    if alias.startswith("United Nations "):
        first, rest = "United Nations", alias[len("United Nations "):]
    if first not in _UN_FORMS or not rest:
        return [alias]
    return [alias, *(f"{form} {rest}" for form in _UN_FORMS if form != first)]


def _pattern(
    alias: str, actor_id: str, tokenize: Callable[[str], list[str]]
) -> dict[str, Any]:
    """Acronyms ("IS", "RSF", "ISIS-K") must keep their case, or "is" would be Islamic
    State: they become ORTH token patterns. Other names match case-insensitively."""
    words = [w for w in re.split(r"[\s\-']+", alias) if w]
    exact = any(w.isupper() and len(w) > 1 for w in words) or len(alias) <= 3 \
        or (actor_id.startswith("media.") and len(words) == 1)  # "Dawn", not "at dawn"
    if exact:
        return {"label": ACTOR_LABEL, "id": actor_id,
                "pattern": [{"ORTH": t} for t in tokenize(alias)]}
    return {"label": ACTOR_LABEL, "id": actor_id, "pattern": alias}
