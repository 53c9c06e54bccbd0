"""The paper's artefacts (Gong et al.) as frozen records: RQ1 generations with their labels and RQ2
judgments, RQ3 repairs with their verification labels, and RQ4's round-by-round scan logs.

Every file is checked on load; a missing file or a malformed row is a one-line
:class:`~seccode.errors.InputError` naming the file and line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seccode.errors import InputError

#: the generators of RQ1, in the paper's column order
GENERATORS: tuple[str, ...] = ("gpt-3.5", "gpt-4", "codellama", "codegeex2")
#: the models that judged (RQ2) and repaired (RQ3, RQ4)
REPAIRERS: tuple[str, ...] = ("gpt-3.5", "gpt-4")

_FILES = ("rq1_generations.jsonl", "rq3_repairs.jsonl", "rq4_iterations.jsonl")
_STAGES = ("iter1", "iter2", "iter3", "iter4", "iter5", "final")
_LOG_FILE = re.compile(r"^(CWE-\d+)-(.+)$")


@dataclass(frozen=True, slots=True)
class Generation:
    """An RQ1 program: who wrote it for which task, its merged label, and the RQ2 judgments of it.

    ``label`` is 1 vulnerable, 0.5 partly, 0 secure; ``judgments`` pairs a judging model with its
    answer (None when the answer could not be parsed).
    """

    model: str
    task_id: str
    cwe: int
    code: str
    label: float
    judgments: tuple[tuple[str, bool | None], ...]

    @property
    def vulnerable(self) -> bool:
        """The paper's reading of the label: partly vulnerable counts as vulnerable."""
        return self.label > 0

    def judgment(self, judge: str) -> bool | None:
        """``judge``'s answer about this program, or None."""
        return dict(self.judgments).get(judge)


@dataclass(frozen=True, slots=True)
class Repair:
    """An RQ3 repair by ``repairer`` of ``generator``'s program; ``code`` is None when no file exists.

    ``verify_label``: 0 repaired, 1 still vulnerable, 0.5 partly, -1 not a repair task.
    """

    repairer: str
    generator: str
    task_id: str
    cwe: int
    code: str | None
    verify_label: float
    rq1_label: float


@dataclass(frozen=True, slots=True)
class RoundScan:
    """One scan in RQ4's iterative tool: configuration, run, round (1..5, 6 the final scan), and the
    files it saw with their messages; a file with at least one message is flagged."""

    fixer: str
    generator: str
    run: int
    round: int
    files: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def flagged(self) -> int:
        """How many files this scan flagged (any CWE)."""
        return sum(1 for _, messages in self.files if messages)


@dataclass(frozen=True, slots=True)
class PaperArtifacts:
    """All of the paper's artefacts that the reproduction reads."""

    generations: tuple[Generation, ...]
    repairs: tuple[Repair, ...]
    rounds: tuple[RoundScan, ...]
    source: str  # the folder they came from


def log_file_task(name: str) -> str:
    """RQ4 logs name files ``CWE-020-author_1.py``; the task id is ``CWE-020/author_1.py``."""
    match = _LOG_FILE.match(name)
    return f"{match.group(1)}/{match.group(2)}" if match else name


def _rows(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: not JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise InputError(f"{where}: not a JSON object")
            yield where, row


def _cwe(where: str, value: object) -> int:
    text = str(value)
    if not re.fullmatch(r"CWE-\d+", text):
        raise InputError(f"{where}: cwe {value!r} is not CWE-<number>")
    return int(text[4:])


def _generation(where: str, row: dict[str, Any]) -> Generation:
    judges = sorted(
        k[len("rq2_judge_by_") :] for k in row if k.startswith("rq2_judge_by_") and not k.endswith("_raw")
    )
    judgments = tuple(
        (j, row[f"rq2_judge_by_{j}"] if isinstance(row[f"rq2_judge_by_{j}"], bool) else None) for j in judges
    )
    return Generation(
        row["model"],
        row["task_id"],
        _cwe(where, row["cwe"]),
        row["generated_code"],
        float(row["label_final"]),
        judgments,
    )


def _repair(where: str, row: dict[str, Any]) -> Repair:
    return Repair(
        row["repair_model"],
        row["generation_model"],
        row["task_id"],
        _cwe(where, row["cwe"]),
        row["repaired_code"],
        float(row["verify_label"]),
        float(row["rq1_label"]),
    )


def _round(where: str, row: dict[str, Any]) -> RoundScan:
    if row["stage"] not in _STAGES:
        raise InputError(f"{where}: unknown stage {row['stage']!r}")
    files = tuple((str(name), tuple(str(m) for m in messages)) for name, messages in row["files"].items())
    return RoundScan(
        row["fix_model"], row["gen_model"], int(row["run"]), _STAGES.index(row["stage"]) + 1, files
    )


def load_artifacts(folder: str | Path) -> PaperArtifacts:
    """Read the paper's artefacts from ``folder`` (``../shared/data/paper``)."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"artefacts folder {root} does not exist")
    missing = [name for name in _FILES if not (root / name).is_file()]
    if missing:
        raise InputError(f"artefacts folder {root} lacks {', '.join(missing)}")
    try:
        generations = tuple(_generation(w, r) for w, r in _rows(root / _FILES[0]))
        repairs = tuple(_repair(w, r) for w, r in _rows(root / _FILES[1]))
        rounds = tuple(_round(w, r) for w, r in _rows(root / _FILES[2]))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(
            f"artefacts in {root} are not in the expected shape ({type(exc).__name__}: {exc})"
        ) from exc
    seen: set[tuple[str, str]] = set()
    for g in generations:
        if (g.model, g.task_id) in seen:
            raise InputError(f"{root / _FILES[0]}: {g.model} {g.task_id} appears twice")
        seen.add((g.model, g.task_id))
    return PaperArtifacts(generations, repairs, rounds, str(root))


__all__ = [
    "GENERATORS",
    "REPAIRERS",
    "Generation",
    "PaperArtifacts",
    "Repair",
    "RoundScan",
    "load_artifacts",
    "log_file_task",
]
