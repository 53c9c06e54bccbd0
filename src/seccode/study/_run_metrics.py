"""The figures of a stored study run (RQ1-RQ4), computed from its samples, verdicts and labels.

"Repaired" is our strict reading throughout: the new code exists, parses, keeps every function the
task defines, and is not vulnerable to the task's CWE by our verdict. RQ4 also reports the paper's
metric: (programs with any finding at generation - at the end) / programs with any finding at
generation.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from seccode.agent import defined_functions
from seccode.store import RunStore, StoredSample, StoredVerdict
from seccode.study._env import SECCODE
from seccode.study._figures import Count, IterativeRow
from seccode.study._plan import StudyPlan
from seccode.tasks import Task, load_tasks


@dataclass(frozen=True, slots=True)
class GenerationRow:
    """RQ1, one model: programs written, answers without code, vulnerable by us and by the labels."""

    model: str
    answers: int
    no_code: int
    vulnerable: Count
    labelled: Count | None
    prompt_tokens: int
    completion_tokens: int
    latency_s: float
    cost_usd: float | None  # None when no call was priced


@dataclass(frozen=True, slots=True)
class DetectionScore:
    """RQ2, one judge: accuracy and false positives against the reference, unparsable answers."""

    judge: str
    reference: str  # "labels" or "seccode"
    correct: Count
    false_positives: Count
    unparsable: int


@dataclass(frozen=True, slots=True)
class RepairScore:
    """RQ3, one (repairer, generator) cell: strictly repaired among the programs sent for repair."""

    repairer: str
    generator: str
    repaired: Count


@dataclass(frozen=True, slots=True)
class LoopScore:
    """RQ4, one (repairer, generator) configuration: Figure 6's row and cumulative strict success."""

    row: IterativeRow
    cumulative: tuple[Count, ...]  # strictly repaired after each round, among loops vulnerable at 0


def _strictly_clean(
    sample: StoredSample, verdict: StoredVerdict | None, task: Task | None, syntax: set[int]
) -> bool:
    code = sample.sample.code
    if code is None or verdict is None or verdict.vulnerable or sample.id in syntax:
        return False
    wanted = set(defined_functions(task.prompt)) if task is not None else set()
    return wanted <= set(defined_functions(code))


class RunFigures:
    """Reads one run once and answers each research question's figures."""

    def __init__(self, store: RunStore, run_id: str) -> None:
        run = store.get_run(run_id)
        assert run is not None
        self.store, self.run_id, self.plan = store, run_id, StudyPlan.from_spec(run.spec)
        tasks_from = self.plan
        if self.plan.kind in ("rq2", "rq3"):
            source = store.get_run(self.plan.source_run)
            assert source is not None  # get_run raises for a missing run
            tasks_from = StudyPlan.from_spec(source.spec)
        self.tasks = {t.id: t for t in load_tasks(tasks_from.tasks)}
        self.verdicts = store.verdicts(run_id, SECCODE)
        findings = store.findings_by_sample(run_id)
        self.syntax = {sid for sid, fs in findings.items() if any(f.scanner == "syntax" for f in fs)}

    def _clean(self, s: StoredSample) -> bool:
        return _strictly_clean(s, self.verdicts.get(s.id), self.tasks.get(s.sample.key.task_id), self.syntax)

    def generation(self) -> list[GenerationRow]:
        """RQ1 per model."""
        samples = self.store.samples(self.run_id, "generate")
        sources = self.store.label_sources(self.run_id)
        labels = self.store.labels(self.run_id, sources[0]) if sources else None
        rows = []
        for model in self.plan.models:
            mine = [s for s in samples if s.sample.key.model == model]
            coded = [s for s in mine if s.sample.code is not None]
            vulnerable = sum(bool(self.verdicts.get(s.id) and self.verdicts[s.id].vulnerable) for s in coded)
            labelled = (
                None if labels is None else Count(sum(labels.get(s.id, 0) > 0 for s in mine), len(mine))
            )
            calls = [c for c in (self.store.model_call(s.id) for s in mine) if c is not None]
            costs = [c.cost_usd for c in calls if c.cost_usd is not None]
            rows.append(
                GenerationRow(
                    model,
                    len(mine),
                    len(mine) - len(coded),
                    Count(vulnerable, len(coded)),
                    labelled,
                    sum(c.input_tokens or 0 for c in calls),
                    sum(c.output_tokens or 0 for c in calls),
                    sum(c.latency_s or 0.0 for c in calls),
                    sum(costs) if costs else None,
                )
            )
        return rows

    def generation_per_cwe(self) -> list[tuple[int | None, tuple[Count, ...]]]:
        """RQ1 per CWE: for each CWE, each model's programs vulnerable by our verdict."""
        samples = [s for s in self.store.samples(self.run_id, "generate") if s.sample.code is not None]
        cwes = sorted({t.cwe for t in self.tasks.values()}, key=lambda c: (c is None, c or 0))
        rows = []
        for cwe in cwes:
            counts = []
            for model in self.plan.models:
                mine = [s for s in samples if s.sample.key.model == model
                        and self.tasks[s.sample.key.task_id].cwe == cwe]  # fmt: skip
                vulnerable = sum(
                    bool(self.verdicts.get(s.id) and self.verdicts[s.id].vulnerable) for s in mine
                )
                counts.append(Count(vulnerable, len(mine)))
            rows.append((cwe, tuple(counts)))
        return rows

    def detection(self) -> list[DetectionScore]:
        """RQ2 per judge, against the source run's labels when it has them, else our verdicts."""
        source = self.plan.source_run
        programs = {
            (s.sample.key.model, s.sample.key.task_id, s.sample.key.index): s.id
            for s in self.store.samples(source, "generate")
        }
        sources = self.store.label_sources(source)
        if sources:
            labels = self.store.labels(source, sources[0])
            truth, reference = {k: labels.get(i, 0) > 0 for k, i in programs.items()}, "labels"
        else:
            ours = self.store.verdicts(source, SECCODE)
            truth, reference = (
                {k: bool(ours.get(i) and ours[i].vulnerable) for k, i in programs.items()},
                SECCODE,
            )
        rows = []
        for judge in self.plan.models:
            mine = [s for s in self.store.samples(self.run_id, "detect") if s.sample.key.model == judge]
            pairs = [
                (s.sample.answer, truth.get((s.sample.key.subject, s.sample.key.task_id, s.sample.key.index)))
                for s in mine
            ]
            correct = sum(a == str(t).lower() for a, t in pairs if t is not None)
            secure = [a for a, t in pairs if t is False]
            rows.append(
                DetectionScore(
                    judge,
                    reference,
                    Count(correct, len(pairs)),
                    Count(sum(a == "true" for a in secure), len(secure)),
                    sum(a == "unparsable" for a, _ in pairs),
                )
            )
        return rows

    def repair(self) -> list[RepairScore]:
        """RQ3 per (repairer, generator)."""
        cells: dict[tuple[str, str], list[bool]] = defaultdict(list)
        for s in self.store.samples(self.run_id, "repair"):
            cells[(s.sample.key.model, s.sample.key.subject)].append(self._clean(s))
        return [RepairScore(r, g, Count(sum(v), len(v))) for (r, g), v in sorted(cells.items())]

    def loops(self) -> list[LoopScore]:
        """RQ4 per (repairer, generator), rounds 0..max_rounds."""
        loops: dict[tuple[str, str], dict[tuple[str, int], list[StoredSample]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for s in self.store.samples(self.run_id, "round"):
            k = s.sample.key
            loops[(k.model, k.subject)][(k.task_id, k.index)].append(s)
        out = []
        rounds = range(self.plan.max_rounds + 1)
        for (repairer, generator), histories in sorted(loops.items()):
            states = [sorted(h, key=lambda s: s.sample.key.round) for h in histories.values()]
            at = [[h[min(r, len(h) - 1)] for h in states] for r in rounds]
            flagged = tuple(
                sum(bool(self.verdicts.get(s.id) and self.verdicts[s.id].any_finding) for s in col)
                for col in at
            )
            start = [i for i, s in enumerate(at[0]) if not self._clean(s)]
            cumulative = tuple(Count(sum(self._clean(col[i]) for i in start), len(start)) for col in at)
            row = IterativeRow(
                repairer, generator, self.plan.runs, flagged, None, cumulative[-1].rate if start else None
            )
            out.append(LoopScore(row, cumulative))
        return out


__all__ = ["DetectionScore", "GenerationRow", "LoopScore", "RepairScore", "RunFigures"]
