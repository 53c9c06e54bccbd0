"""CodeQL, when a ``codeql`` binary is on PATH: one database per batch, the Python security suite."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from seccode.scanners._base import Analyzer
from seccode.scanners._finding import AnalyzerOutput, Finding, Program
from seccode.scanners._sarif_input import SarifResult, read_sarif

#: the query suite run by default; CWEs come from each rule's ``external/cwe/cwe-NNN`` tags
DEFAULT_SUITE = "codeql/python-queries:codeql-suites/python-security-extended.qls"


class CodeQLAnalyzer(Analyzer):
    """Builds one CodeQL database for the whole batch and analyses it to SARIF.

    The CodeQL CLI cannot be installed from the package registries this project uses; it is picked
    up from PATH (or ``$SECCODE_CODEQL``) where a user has it.
    """

    name = "codeql"
    runs_in_subprocess = True

    def __init__(
        self, suite: str = DEFAULT_SUITE, timeout: float = 1800.0, binary: str | None = None
    ) -> None:
        self.suite = suite
        self.timeout = timeout
        self._binary = binary

    @property
    def binary(self) -> str | None:
        """The CodeQL executable to use, if any."""
        return self._binary or os.environ.get("SECCODE_CODEQL") or shutil.which("codeql")

    def available(self) -> bool:
        """Whether a CodeQL binary is installed."""
        return self.binary is not None

    def unavailable_reason(self) -> str:
        """Where CodeQL comes from."""
        return "analyzer 'codeql' is not installed (put the CodeQL CLI bundle's 'codeql' on PATH)"

    def version(self) -> str:
        """``codeql version --format=terse``."""
        if self.binary is None:
            return "absent"
        try:
            out = subprocess.run(
                [self.binary, "version", "--format=terse"], capture_output=True, text=True, timeout=60
            )
        except (OSError, subprocess.TimeoutExpired):
            return "unknown"
        return out.stdout.strip() or "unknown"

    def scan(self, programs: Sequence[Program]) -> list[AnalyzerOutput]:
        """Create the database, run the suite, and split the SARIF by file."""
        if not programs:
            return []
        binary = self.binary
        if binary is None:
            return [AnalyzerOutput(p.id, error=self.unavailable_reason()) for p in programs]
        with tempfile.TemporaryDirectory(prefix="seccode-codeql-") as tmp:
            src = Path(tmp) / "src"
            src.mkdir()
            for index, program in enumerate(programs):
                (src / f"{index:06d}.py").write_text(program.code, encoding="utf-8", errors="replace")
            db, sarif = Path(tmp) / "db", Path(tmp) / "out.sarif"
            steps = [
                [
                    binary,
                    "database",
                    "create",
                    str(db),
                    "--language=python",
                    f"--source-root={src}",
                    "--overwrite",
                    "--threads=0",
                ],
                [
                    binary,
                    "database",
                    "analyze",
                    str(db),
                    self.suite,
                    "--format=sarif-latest",
                    f"--output={sarif}",
                    "--threads=0",
                    "--sarif-add-query-help",
                ],
            ]
            for step in steps:
                failure = _run(step, self.timeout)
                if failure:
                    return [AnalyzerOutput(p.id, error=f"codeql: {failure}") for p in programs]
            log = json.loads(sarif.read_text(encoding="utf-8"))
        return split_sarif(list(read_sarif(log)), programs, self.name)


def _run(command: list[str], timeout: float) -> str | None:
    try:
        proc = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout:g} s"
    except OSError as exc:
        return f"cannot run: {exc}"
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        return f"'{command[1]} {command[2]}' exited {proc.returncode}: {tail}"
    return None


def split_sarif(
    results: list[SarifResult], programs: Sequence[Program], scanner: str
) -> list[AnalyzerOutput]:
    """Assign SARIF results to programs by their ``<index>.py`` file name."""
    per: dict[int, list[Finding]] = {}
    for result in results:
        stem = PurePosixPath(result.uri).stem
        if not stem.isdigit() or int(stem) >= len(programs):
            continue
        program = programs[int(stem)]
        per.setdefault(int(stem), []).append(
            Finding.create(
                scanner=scanner,
                rule_id=result.rule_id,
                cwe=result.cwe,
                severity=result.severity,
                confidence=result.confidence,
                path=program.path or program.id,
                start_line=result.start_line,
                end_line=result.end_line,
                message=result.message,
                code=program.code,
            )
        )
    return [AnalyzerOutput(p.id, tuple(per.get(i, []))) for i, p in enumerate(programs)]


__all__ = ["DEFAULT_SUITE", "CodeQLAnalyzer", "split_sarif"]
