"""``reproduce-paper``: the paper's tables from its artefacts, re-judged by our analyzers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from seccode.scanners import get_analyzers
from seccode.study._artifacts import PaperArtifacts, load_artifacts
from seccode.study._figures import PaperTables
from seccode.study._rejudge import Rejudgement, rejudge
from seccode.study._tables import paper_tables


@dataclass(frozen=True, slots=True)
class Reproduction:
    """The artefacts, our verdicts over them (None with ``rejudge=False``) and the tables."""

    artifacts: PaperArtifacts
    rejudgement: Rejudgement | None
    tables: PaperTables


def reproduce_paper(
    folder: str | Path, *, rejudge_programs: bool = True, analyzers: Sequence[str] | None = None
) -> Reproduction:
    """Load the artefacts in ``folder``, re-judge their programs (unless told not to) and tabulate."""
    artifacts = load_artifacts(folder)
    verdicts = rejudge(artifacts, get_analyzers(analyzers)) if rejudge_programs else None
    return Reproduction(artifacts, verdicts, paper_tables(artifacts, verdicts))


__all__ = ["Reproduction", "reproduce_paper"]
