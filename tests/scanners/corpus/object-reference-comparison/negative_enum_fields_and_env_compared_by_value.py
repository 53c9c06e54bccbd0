"""Enum-typed fields are compared with 'is' (enum members are singletons) and the configured token is
compared by content with hmac.compare_digest; 'is None' only tests for a missing setting."""
import enum
import hmac
import os
from dataclasses import dataclass

SERVICE_TOKEN = os.environ.get("SERVICE_TOKEN")


class Phase(enum.Enum):
    DRAFT = 1
    LIVE = 2


@dataclass
class Page:
    phase: Phase
    title: str


def same_phase(a: Page, b: Page) -> bool:
    return a.phase is b.phase


def token_ok(candidate: str) -> bool:
    expected = SERVICE_TOKEN
    if expected is None:
        return False
    return hmac.compare_digest(candidate.encode(), expected.encode())
