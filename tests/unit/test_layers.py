"""What import-linter cannot see: the domain reads no data files by path."""

from __future__ import annotations

import re
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "pipeline" / "domain"
FILE_ACCESS = re.compile(r"Path\(__file__\)|\bopen\(|\.read_text\(|\.read_bytes\(|\.jsonl\b")


def test_the_domain_reads_no_files() -> None:
    found = [
        f"{path.name}:{n}: {line.strip()}"
        for path in sorted(DOMAIN.glob("*.py"))
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if FILE_ACCESS.search(line)
    ]
    assert found == []
