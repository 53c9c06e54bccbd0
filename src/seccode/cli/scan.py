"""``seccode scan``: scan files, folders or a JSONL batch of programs (work in progress)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add the ``scan`` command."""
    parser: argparse.ArgumentParser = sub.add_parser("scan", help="scan Python programs for weaknesses")
    parser.add_argument("paths", nargs="*")
    parser.set_defaults(handler=lambda args: 0)


__all__ = ["register"]
