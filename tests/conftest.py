"""Shared fixtures: where ../shared is, and a skip with a visible reason when it is absent."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared not found: seed checks need the shared corpus and scorers "
                    "(a fresh clone has none; CI always does)")
    return SHARED
