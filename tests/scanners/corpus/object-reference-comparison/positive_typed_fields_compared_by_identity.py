"""Two releases are compared by their str/int fields with 'is': equal versions parsed separately are
different objects, so the drift report flags identical releases (and misses nothing it should)."""
from typing import NamedTuple


class Release(NamedTuple):
    name: str
    build: int


def drifted(deployed: Release, desired: Release) -> bool:
    return deployed.name is not desired.name or deployed.build is not desired.build
