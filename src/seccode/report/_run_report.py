"""What a report shows of a stored run: its tables and each program with its findings and labels."""

from __future__ import annotations

from dataclasses import dataclass

from seccode.report._table import Table
from seccode.report.paper_tables import paper_tables_as_tables
from seccode.report.study_tables import study_tables
from seccode.scanners import Finding
from seccode.store import RunInfo, RunStore, StoreError
from seccode.study import IterativeRow, tables_from_json

#: the stages whose samples are programs worth showing
_PROGRAM_STAGES = ("generate", "repair", "round")


@dataclass(frozen=True, slots=True)
class ProgramView:
    """One program of a run as a report shows it.

    ``label`` is the reference label (1, 0.5, 0, -1; None when unlabelled) and ``vulnerable`` our
    verdict for the task's CWE (None when not judged).
    """

    stage: str
    model: str
    subject: str
    task_id: str
    index: int
    round: int
    code: str
    label: float | None
    vulnerable: bool | None
    findings: tuple[Finding, ...]

    @property
    def title(self) -> str:
        """``repair: gpt-4 <- gpt-3.5 CWE-089/author_1.py`` (repairer <- generator for repairs)."""
        who = f"{self.model} <- {self.subject}" if self.subject else self.model
        where = f" #{self.index}" + (f" round {self.round}" if self.stage == "round" else "")
        return f"{self.stage}: {who} {self.task_id}{where if self.index or self.round else ''}"


@dataclass(frozen=True, slots=True)
class RunReport:
    """A run's spec, its tables, Figure 6's rows (none for runs without rounds), notes, programs."""

    run: RunInfo
    tables: tuple[Table, ...]
    iterative: tuple[IterativeRow, ...]
    notes: tuple[str, ...]
    analyzers: tuple[str, ...]
    programs: tuple[ProgramView, ...]


def load_run_report(store: RunStore, run_id: str) -> RunReport:
    """Read run ``run_id``'s tables and programs from ``store``."""
    run = store.get_run(run_id)
    assert run is not None
    analyzers = tuple(f"{a.name} {a.version}" for a in run.spec.analyzers)
    if run.spec.kind == "paper":
        doc = store.get_result(run_id, "tables")
        if not isinstance(doc, dict):
            raise StoreError(f"run {run_id!r} in {store.path} has no tables (re-run reproduce-paper)")
        paper = tables_from_json(doc)
        tables, iterative, notes = paper_tables_as_tables(paper), list(paper.table5), list(paper.notes)
    else:
        tables, iterative = study_tables(store, run_id)
        notes = (
            [] if run.status == "finished" else [f"run {run_id} is not finished: resume it for all samples"]
        )
    sources = store.label_sources(run_id)
    labels = store.labels(run_id, sources[0]) if sources else {}
    verdicts = store.verdicts(run_id, "seccode")
    findings = store.findings_by_sample(run_id)
    programs = []
    for stage in _PROGRAM_STAGES:
        for s in store.samples(run_id, stage):
            if s.sample.code is None:
                continue
            verdict = verdicts.get(s.id)
            key = s.sample.key
            programs.append(
                ProgramView(
                    key.stage,
                    key.model,
                    key.subject,
                    key.task_id,
                    key.index,
                    key.round,
                    s.sample.code,
                    labels.get(s.id),
                    None if verdict is None else verdict.vulnerable,
                    tuple(findings.get(s.id, ())),
                )
            )
    return RunReport(run, tuple(tables), tuple(iterative), tuple(notes), analyzers, tuple(programs))


__all__ = ["ProgramView", "RunReport", "load_run_report"]
