"""Reading programs to scan: files and folders, or a JSONL batch (``{"id", "code", "cwe"?}`` a line).

Every problem with the input is an :class:`InputError` raised before anything is scanned or written,
so a bad batch never leaves half an output behind.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from seccode.cwe import parse_cwe
from seccode.errors import InputError
from seccode.scanners._finding import Program

#: folders never descended into when a folder is scanned
_SKIP_DIRS = frozenset({".git", ".hg", ".venv", "venv", "__pycache__", "node_modules", ".tox", ".mypy_cache"})


def decode_source(data: bytes, origin: str) -> str:
    """Decode Python source bytes: UTF-8 (with or without BOM) or the PEP 263 coding it declares."""
    import io
    import tokenize

    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError:
        encoding = "utf-8"  # detect_encoding gives up on bad bytes in line 1-2; report them below
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except LookupError:
        raise InputError(f"{origin}: declares an unknown text encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{origin}: not valid {exc.encoding} text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def _walk(folder: Path) -> Iterable[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
        for name in sorted(names):
            if name.endswith(".py"):
                yield Path(root) / name


def read_program_files(paths: Sequence[str | Path], cwe: int | None = None) -> list[Program]:
    """Programs from files and folders (``*.py`` below a folder), each judged for ``cwe``.

    A program's id is its path as given (or below the given folder), so findings point at real files.
    """
    if not paths:
        raise InputError("no path given: name files or folders to scan, or use --jsonl FILE")
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(_walk(path))
        elif path.is_file():
            files.append(path)
        elif path.exists():
            raise InputError(f"{raw}: not a regular file or folder")
        else:
            raise InputError(f"{raw}: no such file or folder")
    programs: list[Program] = []
    seen: set[str] = set()
    for file in files:
        name = str(file)
        if name in seen:
            continue
        seen.add(name)
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
        programs.append(Program(name, decode_source(data, name), cwe, path=name))
    return programs


def _row_error(path: str, lineno: int, what: str) -> InputError:
    return InputError(f"{path}:{lineno}: {what}")


def read_program_jsonl(path: str | Path, default_cwe: int | None = None) -> list[Program]:
    """Programs from a JSONL file, one ``{"id": str, "code": str, "cwe": "CWE-089"?}`` object a line.

    Blank lines are skipped. Ids must be unique; the output keeps input order.
    """
    origin = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{origin}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{origin}: is a folder, expected a JSONL file") from None
    except OSError as exc:
        raise InputError(f"{origin}: cannot read: {exc.strerror or exc}") from None
    programs: list[Program] = []
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(data.splitlines(), start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _row_error(origin, lineno, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})") from None
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _row_error(origin, lineno, f"not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise _row_error(origin, lineno, "expected a JSON object with 'id' and 'code'")
        program_id, code = row.get("id"), row.get("code")
        if program_id is None:
            raise _row_error(origin, lineno, "missing 'id'")
        if not isinstance(program_id, str) or not program_id:
            raise _row_error(origin, lineno, "'id' must be a non-empty string")
        if code is None:
            raise _row_error(origin, lineno, f"row {program_id!r} is missing 'code'")
        if not isinstance(code, str):
            raise _row_error(origin, lineno, f"row {program_id!r}: 'code' must be a string")
        if program_id in seen:
            raise _row_error(
                origin, lineno, f"duplicate id {program_id!r} (first on line {seen[program_id]})"
            )
        seen[program_id] = lineno
        cwe = default_cwe
        if row.get("cwe") is not None:
            raw_cwe = row["cwe"]
            if not isinstance(raw_cwe, str | int):
                raise _row_error(origin, lineno, f"row {program_id!r}: 'cwe' must be like CWE-089")
            try:
                cwe = parse_cwe(raw_cwe)
            except InputError as exc:
                raise _row_error(origin, lineno, f"row {program_id!r}: {exc}") from None
        programs.append(Program(program_id, code, cwe))
    if not programs:
        raise InputError(f"{origin}: no programs (the file is empty)")
    return programs


__all__ = ["decode_source", "read_program_files", "read_program_jsonl"]
