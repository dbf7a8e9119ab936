"""Where the tests find ../shared (the gold sets and the reference article), from this file."""

from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLE = SHARED / "examples" / "cnews-kharkiv.txt"  # the reference article
BENCH = SHARED / "bench"
