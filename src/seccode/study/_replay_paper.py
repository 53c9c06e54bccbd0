"""The paper's study re-run from its artefacts through the replay provider, into a study store.

RQ1 (the four generators), RQ2 (gpt-3.5 and gpt-4 judging every program) and RQ3 (both repairing
every program labelled vulnerable) run through the ordinary study runners with
``replay:paper:MODEL`` providers, so every answer comes from the artefacts by (model, task, stage,
whose program); the paper's labels are then imported onto the replayed samples. RQ4's round logs
hold scanner messages, not model answers, so no provider can replay them: they are imported as data
(run ``replay-rq4-logs``, stage ``round``) and Table 5 is counted from the store. The task list the
runs read (ids and CWEs; the artefacts hold no prompts) is written beside the store.
"""

from __future__ import annotations

import json
import os
import warnings
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from seccode.llm._replay_keys import recorded_name
from seccode.store import RunStore
from seccode.study._artifacts import GENERATORS, REPAIRERS, PaperArtifacts
from seccode.study._env import StudyIncomplete
from seccode.study._figures import Count
from seccode.study._import import import_paper
from seccode.study._paper_labels import PAPER_LABELS, generation_labels, repair_labels, replay_spec
from seccode.study._plan import StudyPlan
from seccode.study._reproduce import Reproduction
from seccode.study._run_metrics import RunFigures
from seccode.study._runs import RunOptions, execute
from seccode.study._tables import paper_tables

#: the run ids of the replayed study in its store
REPLAY_RUNS = ("replay-rq1", "replay-rq2", "replay-rq3", "replay-rq4-logs")
#: only the syntax check: every replayed figure is counted from the paper's labels and answers (so
#: the replayed runs' own verdicts, e.g. RQ3's "strictly repaired" in `seccode report`, mean little)
_ANALYZERS = ("syntax",)


@dataclass(frozen=True, slots=True)
class ReplayedFigures:
    """The label-independent figures of a replayed study, by the paper's model names.

    ``vulnerable``: each generator's programs labelled vulnerable (Table 2); ``correct`` and
    ``false_positives``: each judge's answers against the labels (Table 3); ``repaired``: each
    (repairer, generator) cell's repairs verified 0 among the programs sent (Table 4); ``flagged``:
    each (fixer, generator) RQ4 configuration's files flagged per round, from the imported logs.
    A call the artefacts hold no answer for fails alone; the rest of its run is stored and counted.
    """

    store: str
    vulnerable: tuple[tuple[str, Count], ...]
    correct: tuple[tuple[str, Count], ...]
    false_positives: tuple[tuple[str, Count], ...]
    repaired: tuple[tuple[str, str, Count], ...]
    flagged: tuple[tuple[str, str, tuple[int, ...]], ...]
    failures: tuple[str, ...]  # runs some of whose calls found no recorded answer


def _task_file(art: PaperArtifacts, folder: Path) -> Path:
    # the artefacts carry no prompts, and a replay answers without reading one; ids and CWEs suffice
    path = folder / "paper_tasks.jsonl"
    seen: dict[str, int] = {g.task_id: g.cwe for g in art.generations}
    rows = [
        json.dumps({"id": t, "prompt": f"# {t} (prompt not in the paper's artefacts)\n", "cwe": c})
        for t, c in sorted(seen.items())
    ]
    path.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    return path


@contextmanager
def _paper_dir(folder: str) -> Iterator[None]:
    # ``replay:paper:MODEL`` names the model, not the folder (so runs replayed from any copy of the
    # artefacts key alike); the folder is found through SECCODE_PAPER_DIR, set here for the run only
    old = os.environ.get("SECCODE_PAPER_DIR")
    os.environ["SECCODE_PAPER_DIR"] = str(Path(folder).resolve())
    try:
        yield
    finally:
        if old is None:
            del os.environ["SECCODE_PAPER_DIR"]
        else:
            os.environ["SECCODE_PAPER_DIR"] = old


def replay_study(art: PaperArtifacts, store_path: str | Path, *, concurrency: int = 32) -> ReplayedFigures:
    """Run RQ1-RQ3 by replay and import RQ4's logs into ``store_path``; count their figures."""
    path = Path(store_path)
    tasks = _task_file(art, path.parent)
    generators = tuple(replay_spec(m) for m in GENERATORS)
    judges = tuple(replay_spec(m) for m in REPAIRERS)
    options = RunOptions(concurrency=concurrency)
    rq1, rq2, rq3, logs = REPLAY_RUNS
    failures: list[str] = []

    def run(run_id: str, plan: StudyPlan) -> None:
        try:
            execute(store, run_id, plan, options)
        except StudyIncomplete as exc:  # answers the artefacts lack: counted as missing, and said
            failures.append(f"{run_id}: {exc}")

    with _paper_dir(art.source), RunStore.open(path) as store, warnings.catch_warnings():
        # the paper's programs are data: one has an invalid escape ("\\d" in CWE-730/author_1.py),
        # whose warning (Deprecation- before 3.12, then SyntaxWarning), made an error by a strict
        # filter, would stop the program parsing and drop it from RQ2
        warnings.filterwarnings("ignore", message="invalid escape sequence")
        run(rq1, StudyPlan("rq1", generators, tasks=str(tasks), analyzers=_ANALYZERS))
        store.import_labels(rq1, generation_labels(art))  # before rq3: it repairs what is labelled vulnerable
        run(rq2, StudyPlan("rq2", judges, source_run=rq1, analyzers=_ANALYZERS))
        run(rq3, StudyPlan("rq3", judges, source_run=rq1, analyzers=_ANALYZERS))
        stored = {s.sample.key for s in store.samples(rq3, "repair")}
        store.import_labels(rq3, [lb for lb in repair_labels(art) if lb.key in stored])
        import_paper(store, Reproduction(art, None, paper_tables(art)), logs)
        return _figures(store, str(path), tuple(failures))


def _figures(store: RunStore, path: str, failures: tuple[str, ...]) -> ReplayedFigures:
    rq1, rq2, rq3, logs = REPLAY_RUNS
    vulnerable = tuple(
        (recorded_name(row.model), row.labelled)
        for row in RunFigures(store, rq1).generation()
        if row.labelled is not None
    )
    detection = RunFigures(store, rq2).detection()
    labels = store.labels(rq3, PAPER_LABELS)
    cells: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for s in store.samples(rq3, "repair"):
        key = (recorded_name(s.sample.key.model), recorded_name(s.sample.key.subject))
        cells[key].append(labels.get(s.id) == 0)
    flagged: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for s in store.samples(logs, "round"):
        counts = flagged[(s.sample.key.model, s.sample.key.subject)]
        counts[s.sample.key.round] += bool(s.sample.text)  # a logged file with any message is flagged
    return ReplayedFigures(
        path,
        vulnerable,
        tuple((recorded_name(d.judge), d.correct) for d in detection),
        tuple((recorded_name(d.judge), d.false_positives) for d in detection),
        tuple((r, g, Count(sum(v), len(v))) for (r, g), v in cells.items()),
        tuple((f, g, tuple(n for _, n in sorted(c.items()))) for (f, g), c in flagged.items()),
        failures,
    )


__all__ = ["REPLAY_RUNS", "ReplayedFigures", "replay_study"]
