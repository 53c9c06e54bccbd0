"""Semgrep (the PyPI wheel), run once per batch over a temp folder with seccode's own rule pack.

The pack is flattened into one rule file per batch (YAML anchors expanded, helper keys such as
``x-web-sources`` dropped) and run by Semgrep's OCaml front end (``semgrep scan --experimental``),
which starts in ~0.2 s where the Python front end takes ~2.5 s and gives the same results on our
pack (a test compares both). ``SECCODE_SEMGREP_ENGINE=pysemgrep`` selects the Python front end.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from seccode.cwe import parse_cwe
from seccode.errors import InputError
from seccode.scanners._base import Analyzer
from seccode.scanners._finding import AnalyzerOutput, Finding, Level, Program
from seccode.scanners.rules import load_yaml

# Offline operation: without these Semgrep's version check stalls ~96 s waiting for the network.
_OFFLINE_ENV = {"SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
_SKIP_REASONS = ("exceeded size limit", "too big", "skipped")


#: Semgrep front ends: the OCaml one (fast start), the classic Python one, or the first falling back
#: to the second when it refuses a rule (it is stricter about rule syntax)
ENGINES = ("auto", "osemgrep", "pysemgrep")


def flatten_rules(folder: Path) -> str:
    """All rules of ``*.yaml``/``*.yml`` files below ``folder`` as one YAML document.

    The document is written as JSON (a subset of YAML): it has no aliases, which osemgrep's YAML reader
    refuses, and it is written in milliseconds where PyYAML's dumper took ~0.3 s of every batch.

    Raises :class:`InputError` naming the file when one is not valid YAML or has no ``rules`` list.
    """
    rules: list[Any] = []
    for path in sorted([*folder.rglob("*.yaml"), *folder.rglob("*.yml")]):
        try:
            doc = load_yaml(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" line {mark.line + 1}" if mark is not None else ""
            raise InputError(
                f"invalid Semgrep rule file {path.name}{where}: {getattr(exc, 'problem', exc)}"
            ) from None
        if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
            raise InputError(f"invalid Semgrep rule file {path.name}: expected a top-level 'rules' list")
        rules.extend(doc["rules"])
    return json.dumps({"rules": rules}, ensure_ascii=False)


def default_rules_dir() -> Path:
    """The folder of seccode's bundled Semgrep rules (package data)."""
    return Path(str(files("seccode.scanners") / "rules" / "semgrep"))


@cache
def _semgrep_binary() -> str | None:
    # Prefer the executable next to this interpreter: the PATH may hold another, older Semgrep.
    local = Path(sys.executable).with_name("semgrep")
    if local.exists():
        return str(local)
    return shutil.which("semgrep")


class SemgrepAnalyzer(Analyzer):
    """Runs ``semgrep scan`` over a batch, fully offline: one single-job process per core (``jobs``),
    each over its share of the programs, all started at once.

    Each program is written to ``<tmp>/shard<k>/<index>.py`` (never to a path built from its id). A
    rule's CWE comes from its ``metadata.cwe``; its confidence from ``metadata.confidence``.
    """

    name = "semgrep"
    runs_in_subprocess = True

    def __init__(
        self,
        rules: Path | None = None,
        *,
        per_file_timeout: float = 10.0,
        batch_timeout: float = 600.0,
        jobs: int | None = None,
        engine: str | None = None,
    ) -> None:
        self.rules = rules or default_rules_dir()
        self.engine = engine or os.environ.get("SECCODE_SEMGREP_ENGINE", "auto")
        if self.engine not in ENGINES:
            raise InputError(f"unknown Semgrep engine {self.engine!r}; choose from {', '.join(ENGINES)}")
        self.per_file_timeout = per_file_timeout
        self.batch_timeout = batch_timeout
        self.jobs = jobs or max(os.cpu_count() or 1, 1)

    def available(self) -> bool:
        """Whether a ``semgrep`` executable is installed."""
        return _semgrep_binary() is not None

    def unavailable_reason(self) -> str:
        """How to install Semgrep."""
        return "analyzer 'semgrep' is not installed (pip install semgrep)"

    def version(self) -> str:
        """Semgrep's version, read from its package metadata (``semgrep --version`` is slow)."""
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("semgrep")
        except PackageNotFoundError:
            return "unknown"

    def scan(self, programs: Sequence[Program]) -> list[AnalyzerOutput]:
        """One Semgrep process per core, each over its share of the batch; errors stay with their program."""
        if not programs:
            return []
        binary = _semgrep_binary()
        if binary is None:
            raise InputError(self.unavailable_reason())
        if not self.rules.exists():
            raise InputError(f"semgrep rules not found: {self.rules}")
        try:
            pack = (
                flatten_rules(self.rules) if self.rules.is_dir() else self.rules.read_text(encoding="utf-8")
            )
        except InputError as exc:
            return [AnalyzerOutput(p.id, error=f"semgrep: {exc}") for p in programs]
        shards = max(1, min(self.jobs, len(programs)))
        with tempfile.TemporaryDirectory(prefix="seccode-semgrep-") as tmp:
            folders = [Path(tmp) / f"shard{k}" for k in range(shards)]
            for folder in folders:
                folder.mkdir()
            rules_file = Path(tmp) / "rules.yaml"
            rules_file.write_text(pack, encoding="utf-8")
            for index, program in enumerate(programs):
                # errors="replace": lone surrogates cannot be written, and Semgrep reads UTF-8 anyway.
                path = folders[index % shards] / f"{index:06d}.py"
                path.write_text(program.code, encoding="utf-8", errors="replace")
            engine = "osemgrep" if self.engine == "auto" else self.engine
            report, failures = self._run(binary, folders, rules_file, engine)
            if self.engine == "auto" and _refused_a_rule(report):
                report, failures = self._run(binary, folders, rules_file, "pysemgrep")
        outputs = _split_report(report, programs, self.name)
        return [
            AnalyzerOutput(out.program_id, error=f"semgrep: {failures[i % shards]}")
            if failures.get(i % shards)
            else out
            for i, out in enumerate(outputs)
        ]

    def _command(self, binary: str, folder: Path, rules_file: Path, engine_name: str) -> list[str]:
        engine = ["--experimental"] if engine_name == "osemgrep" else []
        return [
            binary,
            "scan",
            *engine,
            "--config",
            str(rules_file),
            "--json",
            "--metrics=off",
            "--disable-version-check",
            "--quiet",
            "--no-git-ignore",
            "--oss-only",
            "--timeout",
            f"{self.per_file_timeout:g}",
            "--timeout-threshold",
            "3",
            "--max-target-bytes",
            "20MB",
            # One job per process, one process per core: osemgrep's own -j 2 ran the 484-program
            # batch in 4.2 s where two single-job processes over half the batch each took 1.4 s.
            "-j",
            "1",
            str(folder),
        ]

    def _run(
        self, binary: str, folders: list[Path], rules_file: Path, engine_name: str
    ) -> tuple[dict[str, Any], dict[int, str]]:
        """Run one Semgrep process per shard folder at once; merge their reports.

        Returns the merged report and, per shard that produced no report, why.
        """
        env = {**os.environ, **_OFFLINE_ENV}
        procs = [
            subprocess.Popen(
                self._command(binary, folder, rules_file, engine_name),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                cwd=folder.parent,
            )
            for folder in folders
        ]
        deadline = time.monotonic() + self.batch_timeout
        merged: dict[str, Any] = {"results": [], "errors": [], "paths": {"skipped": []}}
        failures: dict[int, str] = {}
        for shard, proc in enumerate(procs):
            try:
                out, err = proc.communicate(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
                failures[shard] = f"timed out after {self.batch_timeout:g} s on the batch"
                continue
            try:
                report = json.loads(out)
            except json.JSONDecodeError:
                tail = (err.strip().splitlines() or ["no output"])[-1]
                failures[shard] = f"exited {proc.returncode} without a JSON report: {tail}"
                continue
            merged["results"].extend(report.get("results", []))
            merged["errors"].extend(report.get("errors", []))
            merged["paths"]["skipped"].extend((report.get("paths", {}) or {}).get("skipped", []) or [])
        return merged, failures


def _refused_a_rule(report: dict[str, Any]) -> bool:
    return any("Rule parse error" in str(e.get("message", "")) for e in report.get("errors", []))


def _index_of(path: str) -> int | None:
    stem = Path(path).stem
    return int(stem) if stem.isdigit() else None


def _split_report(report: dict[str, Any], programs: Sequence[Program], scanner: str) -> list[AnalyzerOutput]:
    findings: dict[int, list[Finding]] = {}
    errors: dict[int, str] = {}
    for result in report.get("results", []):
        index = _index_of(result.get("path", ""))
        if index is None or index >= len(programs):
            continue
        findings.setdefault(index, []).append(_to_finding(result, programs[index], scanner))
    global_error: str | None = None
    for error in report.get("errors", []):
        if error.get("level", "error") == "warn":
            continue
        text = f"semgrep: {error.get('type', 'error')}: {_short(error.get('message'))}"
        index = _index_of(str(error.get("path", "")))
        if index is not None and index < len(programs):
            errors.setdefault(index, text)
        elif not error.get("path"):
            global_error = global_error or text  # a broken rule file or config: nothing was scanned
    for skipped in report.get("paths", {}).get("skipped", []) or []:
        index = _index_of(str(skipped.get("path", "")))
        if index is not None and index < len(programs):
            errors.setdefault(index, f"semgrep skipped the program: {skipped.get('reason', 'unknown')}")
    outputs = []
    for index, program in enumerate(programs):
        found = tuple(sorted(findings.get(index, []), key=lambda f: (f.start_line, f.rule_id)))
        outputs.append(AnalyzerOutput(program.id, found, errors.get(index, global_error)))
    return outputs


def _short(message: object) -> str:
    text = " ".join(str(message or "").split())
    return text[:200]


def _to_finding(result: dict[str, Any], program: Program, scanner: str) -> Finding:
    extra = result.get("extra", {})
    metadata = extra.get("metadata", {}) or {}
    return Finding.create(
        scanner=scanner,
        rule_id=str(result.get("check_id", "")).rsplit(".", 1)[-1],
        cwe=_metadata_cwe(metadata.get("cwe")),
        severity=Level.parse(str(extra.get("severity", "WARNING"))),
        confidence=Level.parse(str(metadata.get("confidence", "MEDIUM"))),
        path=program.path or program.id,
        start_line=int(result.get("start", {}).get("line", 1)),
        end_line=int(result.get("end", {}).get("line", 1)),
        message=" ".join(str(extra.get("message", "")).split()),
        code=program.code,
    )


def _metadata_cwe(value: object) -> int | None:
    """A rule's CWE: ``"CWE-89"``, ``"CWE-89: SQL Injection"`` or a list of those (first wins)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    head = str(value).split(":", 1)[0]
    try:
        return parse_cwe(head)
    except InputError:
        return None


__all__ = ["SemgrepAnalyzer", "default_rules_dir"]
