"""Kept for imports written before the move: see :mod:`pipeline.domain.groups`."""

from pipeline.domain.groups import GENERIC_REBELS, GroupDirectory

__all__ = ["GENERIC_REBELS", "GroupDirectory"]
