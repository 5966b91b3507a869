"""Distance on the earth's surface, for the rules that tell two places apart."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle kilometres between two points given in degrees (haversine)."""
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
