"""The replay provider: recorded answers served by (model, task, stage), so a study re-runs without a model.

Sources: the paper's artefacts (``replay:paper:gpt-4``: its RQ1 generations, its RQ2 answers about
every generator's programs, its RQ3 repairs of every generator's programs), a JSONL of
``{"model", "task_id", "stage", "text"}`` rows (optional ``"subject"``: whose program the answer is
about), or a ``seccode run`` output folder (``replay:runs/x``; ``@MODEL`` keeps one model's answers).
Several answers recorded for one key (re-asks) are served in their recorded order.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from seccode.errors import ProviderError
from seccode.llm._context import current_request
from seccode.llm._provider import Provider
from seccode.llm._records import ChatMessage, Completion, SamplingParams
from seccode.llm._replay_keys import recorded_name, split_stage

#: what the paper's artefacts record for each stage (the RQ4 logs hold scanner messages, not answers)
PAPER_STAGES = ("generate", "detect", "repair-1")


@dataclass(frozen=True, slots=True)
class Recorded:
    """One recorded answer: by ``model``, for ``task_id`` at ``stage``, about ``subject``'s program
    (``""`` for a generation, or when the recording does not say)."""

    model: str
    task_id: str
    stage: str
    subject: str
    text: str


class ReplayProvider(Provider):
    """Serves recorded answers; a call with no recording is a one-line ProviderError naming it.

    A call about a named subject's program gets an answer recorded about that subject (or one
    recorded without a subject). ``own`` is the recorded name of the replayed model: a call that
    names no subject (the repair loop's) gets, failing a subject-free recording, the model's answer
    about its own program.
    """

    kind = "replay"

    def __init__(self, records: Sequence[Recorded], model: str, source: str, own: str = "") -> None:
        self.model = model
        self.base_url = source
        self._own = own
        self._answers: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for r in records:
            self._answers[(r.task_id, r.stage, r.subject)].append(r.text)
        self._served: dict[tuple[str, str, str], int] = defaultdict(int)

    def _key(self, task_id: str, stage: str) -> tuple[str, str, str] | None:
        bare, subject_spec = split_stage(stage)
        # a named subject never falls back to the model's own program: that would be another answer
        subjects = [recorded_name(subject_spec), ""] if subject_spec else ["", self._own]
        for subject in subjects:
            if self._answers.get((task_id, bare, subject)):
                return task_id, bare, subject
        return None

    async def complete(
        self, messages: Sequence[ChatMessage], params: SamplingParams, *, sample: int = 0
    ) -> Completion:
        """The next recorded answer for the current task, stage and subject."""
        context = current_request()
        if context is None:
            raise ProviderError("replay answers only inside the loop or a study (no task and stage given)")
        key = self._key(context.task_id, context.stage)
        if key is None:
            bare, subject = split_stage(context.stage)
            about = f" about {recorded_name(subject)}'s program" if subject else ""
            raise ProviderError(f"{self.label}: no recorded answer for {context.task_id} at {bare}{about}")
        answers = self._answers[key]
        index = min(self._served[key], len(answers) - 1)
        self._served[key] += 1
        return Completion(answers[index], self.model, 0, 0, 0.0, "stop", cached=True)


def paper_dir() -> Path:
    """The paper's artefacts: ``$SECCODE_PAPER_DIR`` or ``../shared/data/paper``."""
    return Path(os.environ.get("SECCODE_PAPER_DIR") or Path("..") / "shared" / "data" / "paper")


def _jsonl(path: Path) -> Iterator[dict[str, object]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ProviderError(f"cannot read replay source {path}: {exc.strerror}") from None
    for number, line in enumerate(lines, 1):
        if line.strip():
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ProviderError(f"{path}:{number}: expected a JSON object")
            yield row


def paper_records(model: str, folder: Path | None = None) -> list[Recorded]:
    """Everything the paper recorded from ``model``.

    ``generate``: its RQ1 programs. ``detect`` about each generator's program: its raw RQ2 answer
    (``rq2_judge_by_<model>_raw``, e.g. ``"true"`` or ``"False"``). ``repair-1`` about each
    generator's program: its RQ3 repair (rows without a repaired file record nothing).
    """
    root = folder or paper_dir()
    records: list[Recorded] = []
    for r in _jsonl(root / "rq1_generations.jsonl"):
        task, generator = str(r["task_id"]), str(r["model"])
        if generator == model:
            records.append(Recorded(model, task, "generate", "", str(r["generated_code"])))
        answer = r.get(f"rq2_judge_by_{model}_raw")
        if answer is not None:
            records.append(Recorded(model, task, "detect", generator, str(answer)))
    records += [
        Recorded(model, str(r["task_id"]), "repair-1", str(r["generation_model"]), str(r["repaired_code"]))
        for r in _jsonl(root / "rq3_repairs.jsonl")
        if r.get("repair_model") == model and r.get("repaired_code") is not None
    ]
    if not records:
        raise ProviderError(
            f"the paper's artefacts in {root} hold no answers by {model!r} (gpt-3.5, gpt-4...)"
        )
    return records


def run_records(path: Path) -> list[Recorded]:
    """Answers recorded in a JSONL file, or in the history files of a ``seccode run`` output folder."""
    if path.is_file():
        return [
            Recorded(
                str(r["model"]), str(r["task_id"]), str(r["stage"]), str(r.get("subject", "")), str(r["text"])
            )
            for r in _jsonl(path)
        ]
    if not path.is_dir():
        raise ProviderError(f"replay source not found: {path}")
    records: list[Recorded] = []
    for file in sorted(path.glob("histories/*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        for round_ in data.get("rounds", []):
            for attempt in round_.get("attempts", []):
                stage = str(attempt["stage"])
                model = data["generator"] if stage == "generate" else data["repairer"]
                records.append(Recorded(str(model), str(data["task_id"]), stage, "", str(attempt["text"])))
    if not records:
        raise ProviderError(f"no recorded answers under {path}/histories/")
    return records


def replay_provider(rest: str) -> ReplayProvider:
    """Parse ``paper:MODEL``, ``PATH`` or ``PATH@MODEL`` (the part after ``replay:``)."""
    if not rest:
        raise ProviderError("replay needs a source: replay:paper:gpt-4, replay:FILE.jsonl or replay:RUN_DIR")
    if rest.startswith("paper:"):
        model = rest.removeprefix("paper:")
        return ReplayProvider(paper_records(model), f"paper:{model}", "paper", own=model)
    source, _, model = rest.partition("@")
    records = run_records(Path(source))
    if model:
        records = [r for r in records if r.model == model]
        if not records:
            raise ProviderError(f"{source} holds no answers by {model!r}")
    models = sorted({r.model for r in records})
    return ReplayProvider(records, model or "+".join(models), source, own=model)


__all__ = [
    "PAPER_STAGES",
    "Recorded",
    "ReplayProvider",
    "paper_dir",
    "paper_records",
    "replay_provider",
    "run_records",
]
