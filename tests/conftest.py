"""Shared fixtures. Tests that need ../shared/ use ``shared_data``/``seed_page``: they skip with a reason in a user's
clone (no ../shared/) and fail under WARTA_REQUIRE_SHARED=1, which .ci/run sets so CI never skips them silently."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# No per-example deadline: the machines are shared and noisy, and tests never assert on time.
settings.register_profile("warta", deadline=None, max_examples=60)
settings.load_profile("warta")

SHARED = Path(os.environ.get("WARTA_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def _need(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("WARTA_REQUIRE_SHARED") == "1":
            pytest.fail(f"{path} is missing and WARTA_REQUIRE_SHARED=1 (CI must run the shared-data tests)")
        pytest.skip(f"needs {path} (the project's shared data, beside the checkout); absent in this clone")
    return path


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``: the public benchmarks and gold sets."""
    return _need(SHARED / "data")


@pytest.fixture(scope="session")
def seed_page() -> str:
    """The page warta was first built for: an Indonesian article scraped with its boilerplate."""
    return _need(SHARED / "samples" / "medcom-putin-modi-2023-07-01.txt").read_text("utf-8")
