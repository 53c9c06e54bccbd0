"""What a report shows of a stored run: its tables and each program with its findings and labels."""

from __future__ import annotations

from dataclasses import dataclass

from seccode.scanners import Finding
from seccode.store import RunInfo, RunStore, StoreError
from seccode.study import PaperTables, tables_from_json

#: the stages whose samples are programs worth showing
_PROGRAM_STAGES = ("generate", "repair")


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
    code: str
    label: float | None
    vulnerable: bool | None
    findings: tuple[Finding, ...]

    @property
    def title(self) -> str:
        """``gpt-4 <- gpt-3.5 CWE-089/author_1.py`` (repairer <- generator for repairs)."""
        who = f"{self.model} <- {self.subject}" if self.subject else self.model
        return f"{self.stage}: {who} {self.task_id}"


@dataclass(frozen=True, slots=True)
class RunReport:
    """A run's spec, its tables and its programs."""

    run: RunInfo
    tables: PaperTables
    programs: tuple[ProgramView, ...]


def load_run_report(store: RunStore, run_id: str) -> RunReport:
    """Read run ``run_id``'s tables and programs from ``store``."""
    run = store.get_run(run_id)
    assert run is not None
    doc = store.get_result(run_id, "tables")
    if not isinstance(doc, dict):
        # TODO(study runners): compute the tables of rq1..rq4 runs from their samples
        raise StoreError(f"run {run_id!r} in {store.path} has no tables yet (is it finished?)")
    labels = store.labels(run_id, "paper")
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
                    s.sample.code,
                    labels.get(s.id),
                    None if verdict is None else verdict.vulnerable,
                    tuple(findings.get(s.id, ())),
                )
            )
    return RunReport(run, tables_from_json(doc), tuple(programs))


__all__ = ["ProgramView", "RunReport", "load_run_report"]
