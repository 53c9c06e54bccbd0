"""The replay provider: recorded answers served by (model, task, stage), so a study re-runs without a model.

Sources: the paper's artefacts (``replay:paper:gpt-4``: its RQ1 generations, and its RQ3 repairs of
its own generations as ``repair-1``), a JSONL of ``{"model", "task_id", "stage", "text"}`` rows, or
a ``seccode run`` output folder (``replay:runs/x``; ``@MODEL`` keeps one model's answers). Several
answers recorded for one task and stage (re-asks) are served in their recorded order.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from seccode.errors import ProviderError
from seccode.llm._context import current_request
from seccode.llm._provider import Provider
from seccode.llm._records import ChatMessage, Completion, SamplingParams

Record = tuple[str, str, str, str]  # model, task id, stage, text


class ReplayProvider(Provider):
    """Serves recorded answers; a call with no recording is a one-line ProviderError."""

    kind = "replay"

    def __init__(self, records: Sequence[Record], model: str, source: str) -> None:
        self.model = model
        self.base_url = source
        self._answers: dict[tuple[str, str], list[str]] = defaultdict(list)
        for _, task_id, stage, text in records:
            self._answers[(task_id, stage)].append(text)
        self._served: dict[tuple[str, str], int] = defaultdict(int)

    async def complete(
        self, messages: Sequence[ChatMessage], params: SamplingParams, *, sample: int = 0
    ) -> Completion:
        """The next recorded answer for the current task and stage."""
        context = current_request()
        if context is None:
            raise ProviderError("replay answers only inside the loop (no task and stage given)")
        key = (context.task_id, context.stage)
        answers = self._answers.get(key)
        if not answers:
            raise ProviderError(f"{self.label}: no recorded answer for {context.task_id} at {context.stage}")
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


def paper_records(model: str, folder: Path | None = None) -> list[Record]:
    """The paper's generations by ``model`` and its repairs of its own generations."""
    root = folder or paper_dir()
    records: list[Record] = [
        (model, str(r["task_id"]), "generate", str(r["generated_code"]))
        for r in _jsonl(root / "rq1_generations.jsonl")
        if r.get("model") == model
    ]
    records += [
        (model, str(r["task_id"]), "repair-1", str(r["repaired_code"]))
        for r in _jsonl(root / "rq3_repairs.jsonl")
        if r.get("repair_model") == model and r.get("generation_model") == model
    ]
    if not records:
        raise ProviderError(
            f"the paper's artefacts in {root} hold no answers by {model!r} (gpt-3.5, gpt-4...)"
        )
    return records


def run_records(path: Path) -> list[Record]:
    """Answers recorded in a JSONL file, or in the history files of a ``seccode run`` output folder."""
    if path.is_file():
        return [(str(r["model"]), str(r["task_id"]), str(r["stage"]), str(r["text"])) for r in _jsonl(path)]
    if not path.is_dir():
        raise ProviderError(f"replay source not found: {path}")
    records: list[Record] = []
    for file in sorted(path.glob("histories/*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        for round_ in data.get("rounds", []):
            for attempt in round_.get("attempts", []):
                stage = str(attempt["stage"])
                model = data["generator"] if stage == "generate" else data["repairer"]
                records.append((str(model), str(data["task_id"]), stage, str(attempt["text"])))
    if not records:
        raise ProviderError(f"no recorded answers under {path}/histories/")
    return records


def replay_provider(rest: str) -> ReplayProvider:
    """Parse ``paper:MODEL``, ``PATH`` or ``PATH@MODEL`` (the part after ``replay:``)."""
    if not rest:
        raise ProviderError("replay needs a source: replay:paper:gpt-4, replay:FILE.jsonl or replay:RUN_DIR")
    if rest.startswith("paper:"):
        model = rest.removeprefix("paper:")
        return ReplayProvider(paper_records(model), f"paper:{model}", "paper")
    source, _, model = rest.partition("@")
    records = run_records(Path(source))
    if model:
        records = [r for r in records if r[0] == model]
        if not records:
            raise ProviderError(f"{source} holds no answers by {model!r}")
    models = sorted({r[0] for r in records})
    return ReplayProvider(records, model or "+".join(models), source)


__all__ = ["ReplayProvider", "paper_dir", "paper_records", "replay_provider", "run_records"]
