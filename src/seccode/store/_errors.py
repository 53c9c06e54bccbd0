"""Errors of the run store, each a one-line :class:`~seccode.errors.SeccodeError`."""

from __future__ import annotations

from seccode.errors import SeccodeError


class StoreError(SeccodeError):
    """A study file that cannot be used: not SQLite, not seccode's, corrupted, or too new."""


class StoreBusy(StoreError):
    """Another process holds the study's writer lock."""


__all__ = ["StoreBusy", "StoreError"]
