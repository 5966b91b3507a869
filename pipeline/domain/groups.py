"""Armed-group hierarchy as data: which groups are part of which, and what kind they are.

"Al-Nusra is part of the Army of Conquest" makes the two compatible as targets; a generic
"rebels" target is compatible with any group whose ``kinds`` include ``rebel``. Built from
records (the actor gazetteer's lines); the file itself is read on the NLP side
(:func:`pipeline.nlp.gazetteer.load_groups`) and the directory is passed in by the drivers,
so the domain reads no data path.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

GENERIC_REBELS = "generic.rebels"


@dataclass(frozen=True, slots=True)
class GroupDirectory:
    """``part_of`` edges (child -> parents) and ``kinds`` per actor id."""

    parents: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    kinds: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> GroupDirectory:
        parents: dict[str, tuple[str, ...]] = {}
        kinds: dict[str, frozenset[str]] = {}
        for rec in records:
            parents[str(rec["id"])] = tuple(str(p) for p in rec.get("part_of", ()))
            kinds[str(rec["id"])] = frozenset(str(k) for k in rec.get("kinds", ()))
        return cls(parents, kinds)

    def ancestors(self, actor_id: str) -> frozenset[str]:
        seen: set[str] = set()
        stack = [actor_id]
        while stack:
            for parent in self.parents.get(stack.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        return frozenset(seen)

    def compatible(self, a: str, b: str) -> bool:
        """Whether two named groups can be the same target (equal or one part of the
        other; a generic "rebels" matches groups of the rebel kind)."""
        if a == b or a in self.ancestors(b) or b in self.ancestors(a):
            return True
        if GENERIC_REBELS in (a, b):
            other = b if a == GENERIC_REBELS else a
            return "rebel" in self.kinds.get(other, frozenset()) or any(
                "rebel" in self.kinds.get(p, frozenset()) for p in self.ancestors(other)
            )
        return False
