"""A study run's plan: everything needed to run it, or resume it, stored in the run's spec.

The plan's fields live in :attr:`RunSpec.params`, so ``seccode study resume RUN`` rebuilds the
plan from the store alone and refuses when the tasks, prompts or analyzers have changed since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from seccode import __version__
from seccode.errors import InputError
from seccode.llm import load_prompts
from seccode.scanners import Analyzer
from seccode.store import AnalyzerVersion, RunSpec, content_hash
from seccode.tasks import Task

#: the research questions a run can answer
KINDS = ("rq1", "rq2", "rq3", "rq4")


@dataclass(frozen=True, slots=True)
class StudyPlan:
    """What one study run does.

    ``models`` are provider specs: generators (rq1), judges (rq2), repairers (rq3, rq4);
    ``generators`` are rq4's code writers. rq2 and rq3 work on the programs of ``source_run``
    (an rq1 run in the same store); rq1 and rq4 on the tasks at ``tasks``.
    """

    kind: str
    models: tuple[str, ...]
    tasks: str = ""
    source_run: str = ""
    generators: tuple[str, ...] = ()
    runs: int = 1
    prompts: str = "paper"
    analyzers: tuple[str, ...] | None = None
    max_rounds: int = 5
    temperature: float = 0.0

    def check(self) -> None:
        """Refuse a plan that cannot run, with a one-line :class:`InputError`."""
        if self.kind not in KINDS:
            raise InputError(f"unknown study {self.kind!r}; choose one of {', '.join(KINDS)}")
        if not self.models:
            raise InputError(f"{self.kind} needs at least one model")
        if self.runs < 1 or self.max_rounds < 0:
            raise InputError("--runs must be at least 1 and --max-rounds at least 0")
        if self.kind in ("rq1", "rq4") and not self.tasks:
            raise InputError(f"{self.kind} needs --tasks")
        if self.kind in ("rq2", "rq3") and not self.source_run:
            raise InputError(f"{self.kind} needs --from-run (an rq1 run in the same store)")
        if self.kind == "rq4" and not self.generators:
            raise InputError("rq4 needs --generators")
        load_prompts(self.prompts)

    def params(self) -> tuple[tuple[str, str], ...]:
        """The plan as the spec's ``params`` (sorted, all strings)."""
        doc = {
            "tasks": self.tasks,
            "source_run": self.source_run,
            "generators": json.dumps(list(self.generators)),
            "prompts": self.prompts,
            "analyzers": json.dumps(None if self.analyzers is None else list(self.analyzers)),
            "max_rounds": str(self.max_rounds),
            "temperature": repr(self.temperature),
        }
        return tuple(sorted(doc.items()))

    @classmethod
    def from_spec(cls, spec: RunSpec) -> StudyPlan:
        """Rebuild the plan of a stored run."""
        p = dict(spec.params)
        try:
            analyzers = json.loads(p["analyzers"])
            return cls(
                kind=spec.kind,
                models=spec.models,
                tasks=p["tasks"],
                source_run=p["source_run"],
                generators=tuple(json.loads(p["generators"])),
                runs=spec.runs,
                prompts=p["prompts"],
                analyzers=None if analyzers is None else tuple(analyzers),
                max_rounds=int(p["max_rounds"]),
                temperature=float(p["temperature"]),
            )
        except (KeyError, ValueError) as exc:
            raise InputError(f"run of kind {spec.kind!r} was not written by a study runner ({exc})") from exc


def dataset_hash(tasks: list[Task]) -> str:
    """A hash of the tasks' ids, prompts and CWEs (what the models are asked)."""
    return content_hash(json.dumps([[t.id, t.prompt, t.cwe] for t in tasks]))


def plan_spec(plan: StudyPlan, data_hash: str, analyzers: list[Analyzer]) -> RunSpec:
    """The run spec of ``plan`` over tasks hashing to ``data_hash``."""
    prompts = load_prompts(plan.prompts)
    return RunSpec(
        kind=plan.kind,
        models=plan.models,
        analyzers=tuple(AnalyzerVersion(a.name, a.version()) for a in analyzers),
        dataset_hash=data_hash,
        prompts_hash=content_hash(json.dumps([prompts.label, prompts.generate, prompts.repair])),
        seccode_version=__version__,
        runs=plan.runs,
        params=plan.params(),
    )


__all__ = ["KINDS", "StudyPlan", "dataset_hash", "plan_spec"]
