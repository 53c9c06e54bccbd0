"""The one interface every analyzer implements, batch by design."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from seccode.scanners._finding import AnalyzerOutput, Program


class Analyzer(ABC):
    """A static analyzer that scans a batch of programs at once.

    ``scan`` returns exactly one :class:`AnalyzerOutput` per program, in input order. A failure on
    one program (crash, time-out) becomes that program's ``error``; it never aborts the batch.
    """

    #: short name used on the command line (``--analyzers bandit,semgrep``) and in findings
    name: str = ""

    @abstractmethod
    def available(self) -> bool:
        """Whether this analyzer can run on this machine."""

    @abstractmethod
    def version(self) -> str:
        """The analyzer's version, recorded with every scan."""

    @abstractmethod
    def scan(self, programs: Sequence[Program]) -> list[AnalyzerOutput]:
        """Scan ``programs``; one output per program, in the same order."""

    def unavailable_reason(self) -> str:
        """A one-line hint on how to make this analyzer available."""
        return f"analyzer {self.name!r} is not installed"


__all__ = ["Analyzer"]
