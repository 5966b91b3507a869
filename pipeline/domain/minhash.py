"""MinHash signatures and LSH band keys, vectorised with numpy.

Permutations are the affine family datasketch uses (``(a*x + b) mod (2**61 - 1)``, kept to
32 bits) over 32-bit shingle hashes, drawn from a fixed seed so every worker computes the
same signature for the same text. A band key names the band (``00``..) and a 64-bit mix of
its rows, so two articles share a key exactly when one band of their signatures is equal.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import numpy.typing as npt

MERSENNE_61 = np.uint64((1 << 61) - 1)
MAX_32 = np.uint64(0xFFFFFFFF)
EMPTY_SLOT = np.uint32(0xFFFFFFFF)  # signature value of an empty text

# splitmix64 constants, applied to whole arrays (numpy wraps uint64 arithmetic silently)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)
_ROW_MULTIPLIERS = np.array(
    [(0x9E3779B97F4A7C15 + 2 * i * 0x632BE59BD9B4E019) % (1 << 64) for i in range(64)],
    dtype=np.uint64,
)


@cache
def permutations(num_perm: int, seed: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """``(a, b)`` of the affine permutations; ``a < 2**31`` so ``a*x + b`` fits in 64 bits."""
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 1 << 31, size=num_perm, dtype=np.uint64)
    b = rng.integers(0, 1 << 31, size=num_perm, dtype=np.uint64)
    return a, b


def signature(hashes: npt.NDArray[np.uint32], num_perm: int, seed: int) -> npt.NDArray[np.uint32]:
    """The MinHash signature (``num_perm`` 32-bit minima) of a set of 32-bit hashes."""
    if hashes.size == 0:
        return np.full(num_perm, EMPTY_SLOT, dtype=np.uint32)
    a, b = permutations(num_perm, seed)
    x = hashes.astype(np.uint64)[:, None]
    values = ((x * a[None, :] + b[None, :]) % MERSENNE_61) & MAX_32
    result: npt.NDArray[np.uint32] = values.min(axis=0).astype(np.uint32)
    return result


def band_hashes(sig: npt.NDArray[np.uint32], bands: int, rows: int) -> npt.NDArray[np.uint64]:
    """One 64-bit hash per band of ``sig`` (works on one signature or a matrix of them)."""
    table = sig[..., : bands * rows].astype(np.uint64).reshape((*sig.shape[:-1], bands, rows))
    multipliers = _ROW_MULTIPLIERS[:rows]
    h = (table * multipliers).sum(axis=-1, dtype=np.uint64)
    h = (h ^ (h >> np.uint64(30))) * _MIX_1
    h = (h ^ (h >> np.uint64(27))) * _MIX_2
    return np.asarray(h ^ (h >> np.uint64(31)), dtype=np.uint64)


def band_keys(sig: npt.NDArray[np.uint32], bands: int, rows: int) -> tuple[str, ...]:
    """Band keys such as ``"07" + 16 hex digits``: the band number keeps bands apart."""
    return tuple(
        f"{i:02x}{int(h):016x}" for i, h in enumerate(band_hashes(sig, bands, rows).tolist())
    )
