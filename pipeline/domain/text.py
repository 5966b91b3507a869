"""Text normalisation and word shingles for deduplication.

Two copies of one wire story differ in ways a reader ignores: Unicode forms (``’`` vs
``'``, ligatures, full-width digits), case, punctuation, line breaks and spacing, and the
dateline or byline each outlet puts in front (``KABUL (Reuters) -``, ``BAKU, Azerbaijan --``,
``Srinagar, Feb. 14, 2019:``, ``By Jane Doe``). :func:`words` removes all of that by general
rules (no list of outlets or places), so the same copy gives the same word sequence.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

# A dateline: up to six words that each start with a capital letter or a digit
# ("BAKU, Azerbaijan", "Srinagar, Feb. 14, 2019", "Addis Ababa/Ethiopia"), an optional
# agency in brackets, then a dash or colon and a space. A sentence such as
# "Iran said: ..." is left alone because "said" is not capitalised.
_DATELINE = re.compile(
    r"""^\s*
    [A-Z0-9][^\s,(:\-–—]*            # first word
    (?:[\s,/]+[A-Z0-9][^\s,(:\-–—]*){0,5}  # up to five more capitalised words or numbers
    ,?\s*(?:\([^()\n]{1,40}\))?      # optional (Agency)
    \s*(?:--|[-–—:])\s+""",
    re.VERBOSE,
)
# A byline on a line of its own: "By Jane Doe" or "By Jane Doe, Reuters".
_BYLINE = re.compile(
    r"^\s*(?:by|By|BY)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*,[^\n]{0,40})?\s*$"
)
_WORD = re.compile(r"\w+")
_LEAD_PARAGRAPHS = 3  # datelines and bylines sit in the first lines only


def strip_furniture(text: str) -> str:
    """Drop bylines and datelines from the first few lines of ``text``."""
    lines = text.splitlines()
    seen = 0
    out: list[str] = []
    for line in lines:
        if seen < _LEAD_PARAGRAPHS and line.strip():
            seen += 1
            if _BYLINE.match(line):
                continue
            match = _DATELINE.match(line)
            if match and line[match.end() :].strip():
                line = line[match.end() :]
        out.append(line)
    return "\n".join(out)


def words(text: str) -> list[str]:
    """The normalised word sequence: NFKC, casefolded, without punctuation or furniture."""
    cleaned = strip_furniture(unicodedata.normalize("NFKC", text))
    return _WORD.findall(cleaned.casefold())


def content_hash(tokens: Sequence[str]) -> str:
    """A 128-bit hex digest of the normalised words: equal for exact copies."""
    return hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=16).hexdigest()


def shingle_hashes(tokens: Sequence[str], size: int) -> npt.NDArray[np.uint32]:
    """Sorted unique 32-bit hashes of the word ``size``-shingles (one shingle if shorter)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    count = max(1, len(tokens) - size + 1)
    values = [
        int.from_bytes(
            hashlib.blake2b(" ".join(tokens[i : i + size]).encode("utf-8"), digest_size=4).digest(),
            "little",
        )
        for i in range(count)
    ]
    return np.unique(np.asarray(values, dtype=np.uint32))
