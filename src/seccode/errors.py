"""Errors a user can act on: each renders as one line and exits with code 2."""

from __future__ import annotations


class SeccodeError(Exception):
    """Base of every error seccode reports to a user as a single line (exit code 2)."""


class InputError(SeccodeError):
    """Bad input: a missing path, a malformed JSONL row, an invalid CWE id, duplicate ids..."""


class AnalyzerUnavailable(SeccodeError):
    """An analyzer that was asked for is not installed or cannot run here."""


class ProviderError(SeccodeError):
    """A model provider failed in a way retries could not fix (unreachable, 401, unknown model...)."""


__all__ = ["AnalyzerUnavailable", "InputError", "ProviderError", "SeccodeError"]
