"""Task loaders: the SecurityEval dataset, seccode's own JSONL, a folder of prompt files, bundled examples.

Every loader reads a whole input, checks it, and either returns complete :class:`Task` records or raises
one :class:`InputError` that names the file (and line) at fault.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

from seccode.cwe import parse_cwe
from seccode.errors import InputError
from seccode.tasks._task import Task

SECURITYEVAL = "securityeval"
EXAMPLES = "examples"
SECURITYEVAL_HUB = "s2e-lab/SecurityEval"
PROMPT_SUFFIXES = (".py", ".txt")

# "CWE-089_author_1.py": the CWE, then "_", then the file name the dataset's authors gave the prompt.
_SECURITYEVAL_ID = re.compile(r"^(CWE-\d+)_(.+)$")
# A file or folder name that starts with a CWE: "CWE-089", "cwe_89_login.py", "CWE89-foo".
_LEADING_CWE = re.compile(r"^cwe[-_]?0*(\d{1,5})(?!\d)", re.IGNORECASE)


def _not_bundled(path: Path) -> InputError:
    return InputError(
        f"{path}: no such file. The SecurityEval dataset is not bundled with seccode (it publishes no"
        f" licence); download it from the Hugging Face dataset hub ({SECURITYEVAL_HUB}), save it as JSONL"
        " and pass its path"
    )


def _read_rows(path: Path, *, missing: InputError | None = None) -> Iterator[tuple[int, dict[str, object]]]:
    """Yield (line number, object) for each non-blank line of a JSONL file, or raise a one-line InputError."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise missing or InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, expected a .jsonl file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    seen_any = False
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            # utf-8-sig on the first line only: editors on Windows like to start files with a BOM.
            text = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{path}:{number}: not valid UTF-8") from None
        if not text.strip():
            continue
        try:
            row = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(row, dict):
            raise InputError(f"{path}:{number}: expected a JSON object, got {type(row).__name__}")
        seen_any = True
        yield number, row
    if not seen_any:
        raise InputError(f"{path}: no tasks (the file is empty)")


def _string_field(row: dict[str, object], key: str, where: str) -> str:
    value = row.get(key)
    if value is None:
        raise InputError(f"{where}: missing required field {key!r}")
    if not isinstance(value, str):
        raise InputError(f"{where}: field {key!r} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InputError(f"{where}: field {key!r} is empty")
    return value


def _check_unique(task_id: str, seen: dict[str, int], where: str, number: int) -> None:
    if task_id in seen:
        raise InputError(f"{where}: duplicate id {task_id!r} (first on line {seen[task_id]})")
    seen[task_id] = number


def securityeval_task_id(raw_id: str) -> str:
    """``CWE-089_author_1.py`` -> ``CWE-089/author_1.py``: the first ``_`` becomes ``/``, as in the paper."""
    match = _SECURITYEVAL_ID.match(raw_id)
    if not match:
        raise InputError(f"invalid SecurityEval ID {raw_id!r}: expected e.g. CWE-089_author_1.py")
    return f"{match.group(1)}/{match.group(2)}"


def _securityeval_rows(path: Path) -> Iterator[tuple[str, int, dict[str, object]]]:
    seen: dict[str, int] = {}
    for number, row in _read_rows(path, missing=_not_bundled(path)):
        where = f"{path}:{number}"
        raw_id = _string_field(row, "ID", where)
        try:
            task_id = securityeval_task_id(raw_id)
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from None
        _check_unique(task_id, seen, where, number)
        yield task_id, number, row


def load_securityeval(path: str | Path) -> list[Task]:
    """Load SecurityEval's JSONL (fields ``ID``, ``Prompt``, ``Insecure_code``) as tasks, in file order.

    Ids become ``CWE-089/author_1.py`` (the paper's form); the CWE is read from the id. The dataset is
    not bundled: a missing file raises :class:`InputError` explaining where to get it.
    """
    path = Path(path)
    tasks = []
    for task_id, number, row in _securityeval_rows(path):
        prompt = _string_field(row, "Prompt", f"{path}:{number}")
        tasks.append(
            Task(id=task_id, prompt=prompt, cwe=parse_cwe(task_id.split("/")[0]), source=SECURITYEVAL)
        )
    return tasks


def load_securityeval_insecure(path: str | Path) -> dict[str, str]:
    """SecurityEval's reference vulnerable solution (``Insecure_code``) for each task id, for benchmarks."""
    path = Path(path)
    return {
        task_id: _string_field(row, "Insecure_code", f"{path}:{number}")
        for task_id, number, row in _securityeval_rows(path)
    }


def _optional_cwe(row: dict[str, object], where: str) -> int | None:
    value = row.get("cwe")
    if value is None:
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise InputError(f"{where}: field 'cwe' must be a string like CWE-089 or a number, got {value!r}")
    try:
        return parse_cwe(value)
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None


def load_task_jsonl(path: str | Path) -> list[Task]:
    """Load seccode's task JSONL: one object a line with ``id`` and ``prompt`` (strings) and optional ``cwe``.

    ``cwe`` may be ``"CWE-089"``, ``"89"``, ``89`` or null. Blank lines are skipped and other fields
    ignored. Any bad line (not JSON, not an object, missing or non-string id/prompt, bad CWE, duplicate
    id), an empty file or an unreadable/non-UTF-8 file raises one :class:`InputError` with file and line.
    """
    path = Path(path)
    tasks = []
    seen: dict[str, int] = {}
    for number, row in _read_rows(path):
        where = f"{path}:{number}"
        task_id = _string_field(row, "id", where)
        prompt = _string_field(row, "prompt", where)
        cwe = _optional_cwe(row, where)
        _check_unique(task_id, seen, where, number)
        tasks.append(Task(id=task_id, prompt=prompt, cwe=cwe, source=str(path)))
    return tasks


def _leading_cwe(name: str) -> int | None:
    match = _LEADING_CWE.match(name)
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


def _is_hidden(relative: Path) -> bool:
    # Skip .git, .venv, __pycache__ and editor droppings: they hold no prompts.
    return any(part.startswith(".") or part == "__pycache__" for part in relative.parts)


def load_prompt_folder(path: str | Path) -> list[Task]:
    """Every ``*.py`` and ``*.txt`` file under a folder (recursively, sorted) is one task's prompt.

    The id is the file's path relative to the folder, with ``/`` separators. The CWE comes from a
    leading ``CWE-NNN`` in the file name, else in the nearest folder name (up to and including the
    folder given), else it is None. Hidden files and folders are skipped.
    """
    root = Path(path)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder")
    tasks = []
    for file in sorted(root.rglob("*")):
        relative = file.relative_to(root)
        if file.suffix not in PROMPT_SUFFIXES or not file.is_file() or _is_hidden(relative):
            continue
        try:
            prompt = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{file}: not valid UTF-8") from None
        except OSError as exc:
            raise InputError(f"{file}: cannot read: {exc.strerror or exc}") from None
        if not prompt.strip():
            raise InputError(f"{file}: empty prompt")
        names = [file.name, *(parent.name for parent in relative.parents if parent.name), root.resolve().name]
        cwe = next((cwe for cwe in map(_leading_cwe, names) if cwe is not None), None)
        tasks.append(Task(id=relative.as_posix(), prompt=prompt, cwe=cwe, source=str(root)))
    if not tasks:
        raise InputError(f"{root}: no prompt files (*.py or *.txt) in this folder")
    return tasks


def load_examples() -> list[Task]:
    """The small example tasks bundled with seccode (written for it; not from any dataset)."""
    text = files("seccode.tasks.examples").joinpath("tasks.jsonl").read_text(encoding="utf-8")
    tasks = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            cwe = _optional_cwe(row, f"examples/tasks.jsonl:{number}")
            tasks.append(Task(id=row["id"], prompt=row["prompt"], cwe=cwe, source=EXAMPLES))
    return tasks


def _looks_like_securityeval(path: Path) -> bool:
    """True when the first object in the file has SecurityEval's ``ID`` and ``Prompt`` keys."""
    try:
        with path.open("rb") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line.decode("utf-8-sig"))
                    return isinstance(row, dict) and "ID" in row and "Prompt" in row
    except (OSError, ValueError):
        pass  # let the full loader report what is wrong, with a line number
    return False


def load_tasks(spec: str | Path) -> list[Task]:
    """Load tasks from whatever ``spec`` names.

    - the word ``examples``: the bundled examples (write ``./examples`` for a folder of that name);
    - a ``.jsonl`` file: SecurityEval's format when its first row has ``ID`` and ``Prompt``, else
      seccode's own (``id``, ``prompt``, ``cwe``);
    - a folder: one task per ``*.py`` / ``*.txt`` file.
    """
    if str(spec) == EXAMPLES:
        return load_examples()
    path = Path(spec)
    if path.is_dir():
        return load_prompt_folder(path)
    if path.suffix.lower() != ".jsonl":
        if not path.exists():
            raise InputError(
                f"{path}: no such file or folder (expected a .jsonl file, a folder or 'examples')"
            )
        raise InputError(f"{path}: expected a .jsonl file, a folder of prompts or 'examples'")
    if not path.exists():
        # The likeliest missing .jsonl is the dataset we may not ship; say where to get it.
        raise _not_bundled(path) if SECURITYEVAL in path.name.lower() else InputError(f"{path}: no such file")
    if _looks_like_securityeval(path):
        return load_securityeval(path)
    return load_task_jsonl(path)


__all__ = [
    "load_examples",
    "load_prompt_folder",
    "load_securityeval",
    "load_securityeval_insecure",
    "load_task_jsonl",
    "load_tasks",
    "securityeval_task_id",
]
