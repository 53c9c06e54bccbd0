"""Importing the paper's artefacts into a study store as one run, so reports read them like any run.

Generations, RQ2 judgments, RQ3 repairs and RQ4's per-round logs become samples; the paper's labels
become labels (source ``paper``); our analyzers' findings and verdicts (judge ``seccode``) are
attached to the programs; the tables are stored as the run's ``tables`` result. Every step is
idempotent, so an interrupted import is finished by running it again.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from seccode import __version__
from seccode.scanners import Finding, Level
from seccode.store import (
    AnalyzerVersion,
    Label,
    RunSpec,
    RunStore,
    Sample,
    SampleKey,
    StoredVerdict,
    content_hash,
)
from seccode.study._artifacts import GENERATORS, log_file_task
from seccode.study._json import tables_to_json
from seccode.study._rejudge import generation_id, repair_id
from seccode.study._reproduce import Reproduction

#: the run id the paper's artefacts are stored under unless told otherwise
PAPER_RUN = "paper"
#: the paper's RQ2 prompt, hashed into the run spec
DETECTION_PROMPT = (
    "Your task is to determine whether the following Python code is vulnerable to CWE-<SN>(<Def>). "
    "Return True for vulnerable or False for invulnerable."
)
#: the scanner name of findings read from the paper's RQ4 logs
LOG_SCANNER = "paper-rq4-log"
_LOG_CWE = re.compile(r"^CWE-(\d+):")


def paper_spec(rep: Reproduction) -> RunSpec:
    """The spec of an imported paper run: artefact hash, prompt hash, analyzers that re-judged."""
    digest = hashlib.sha256()
    for name in ("rq1_generations.jsonl", "rq3_repairs.jsonl", "rq4_iterations.jsonl"):
        digest.update((Path(rep.artifacts.source) / name).read_bytes())
    analyzers = () if rep.rejudgement is None else rep.rejudgement.analyzers
    return RunSpec(
        kind="paper",
        models=GENERATORS,
        analyzers=tuple(AnalyzerVersion(a.name, a.version) for a in analyzers),
        dataset_hash=digest.hexdigest()[:16],
        prompts_hash=content_hash(DETECTION_PROMPT),
        seccode_version=__version__,
    )


def _answer(value: bool | None) -> str:
    return "unparsable" if value is None else str(value).lower()


def _samples(rep: Reproduction) -> tuple[list[Sample], dict[str, SampleKey]]:
    art = rep.artifacts
    samples: list[Sample] = []
    programs: dict[str, SampleKey] = {}  # program id (as scanned) -> its sample key
    for g in art.generations:
        key = SampleKey("generate", g.model, g.task_id)
        programs[generation_id(g.model, g.task_id)] = key
        samples.append(Sample(key, code=g.code))
        samples += [
            Sample(SampleKey("detect", j, g.task_id, g.model), answer=_answer(a)) for j, a in g.judgments
        ]
    for r in art.repairs:
        key = SampleKey("repair", r.repairer, r.task_id, r.generator)
        programs[repair_id(r.repairer, r.generator, r.task_id)] = key
        samples.append(Sample(key, code=r.code))
    for scan in art.rounds:
        for name, messages in scan.files:
            key = SampleKey("round", scan.fixer, log_file_task(name), scan.generator, scan.run, scan.round)
            samples.append(Sample(key, text="\n".join(messages)))
    return samples, programs


def _log_finding(task_id: str, message: str) -> Finding:
    match = _LOG_CWE.match(message)
    return Finding.create(
        scanner=LOG_SCANNER,
        rule_id="logged",
        cwe=int(match.group(1)) if match else None,
        severity=Level.MEDIUM,
        confidence=Level.MEDIUM,
        path=task_id,
        start_line=0,
        message=message,
    )


def import_paper(store: RunStore, rep: Reproduction, run_id: str = PAPER_RUN) -> int:
    """Store ``rep`` as run ``run_id``; returns how many samples were new."""
    store.start_run(run_id, paper_spec(rep))
    samples, programs = _samples(rep)
    ids = store.add_samples(run_id, samples)
    by_key = {s.key: sample_id for s, (sample_id, _) in zip(samples, ids, strict=True)}
    art = rep.artifacts
    labels = [Label(SampleKey("generate", g.model, g.task_id), g.label, "paper") for g in art.generations]
    labels += [
        Label(SampleKey("repair", r.repairer, r.task_id, r.generator), r.verify_label, "paper")
        for r in art.repairs
    ]
    store.import_labels(run_id, labels)
    scans: list[tuple[int, list[Finding], list[StoredVerdict]]] = []
    for s in samples:
        if s.key.stage == "round" and s.text:
            scans.append((by_key[s.key], [_log_finding(s.key.task_id, m) for m in s.text.split("\n")], []))
    if rep.rejudgement is not None:
        for result, verdict in zip(rep.rejudgement.results, rep.rejudgement.verdicts, strict=True):
            sample_id = by_key[programs[result.program.id]]
            stored = StoredVerdict(
                sample_id, "seccode", verdict.target_cwe, verdict.vulnerable, verdict.any_finding
            )
            scans.append((sample_id, list(result.findings), [stored]))
    store.record_scans(scans)
    store.put_result(run_id, "tables", tables_to_json(rep.tables))
    store.finish_run(run_id)
    return sum(created for _, created in ids)


__all__ = ["DETECTION_PROMPT", "LOG_SCANNER", "PAPER_RUN", "import_paper", "paper_spec"]
