"""Scan speed: ``seccode scan --jsonl`` (all analyzers, one batch) against one Bandit CLI call a program.

Usage: python benchmarks/scan_speed.py [--data ../shared/data/paper/rq1_generations.jsonl] [--limit N]

Prints one comparison table from one run of each side. The goal stated in the foundation issue:
the whole batch of 484 programs in under 5 s, and at least 20x faster than the baseline.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "paper" / "rq1_generations.jsonl"


def load(path: Path, limit: int | None) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    programs = [
        {"id": f"{r['model']}/{r['task_id']}", "code": r["generated_code"], "cwe": r["cwe"]} for r in rows
    ]
    return programs[:limit] if limit else programs


def time_seccode(batch: Path) -> tuple[float, int]:
    seccode = shutil.which("seccode", path=str(Path(sys.executable).parent)) or "seccode"
    start = time.perf_counter()
    proc = subprocess.run([seccode, "scan", "--jsonl", str(batch)], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"seccode scan failed ({proc.returncode}): {proc.stderr.strip()}")
    lines = proc.stdout.splitlines()
    return wall, sum(len(json.loads(line)["findings"]) for line in lines)


def time_bandit_cli(programs: list[dict[str, str]], folder: Path) -> tuple[float, int]:
    bandit = shutil.which("bandit", path=str(Path(sys.executable).parent)) or "bandit"
    findings = 0
    start = time.perf_counter()
    for index, program in enumerate(programs):
        path = folder / f"{index:05d}.py"
        path.write_text(program["code"], encoding="utf-8")
        proc = subprocess.run([bandit, "-q", "-f", "json", str(path)], capture_output=True, text=True)
        # a program Bandit cannot parse counts as no findings, as its CLI reports it
        with contextlib.suppress(json.JSONDecodeError, KeyError):
            findings += len(json.loads(proc.stdout)["results"])
    return time.perf_counter() - start, findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="only the first N programs")
    args = parser.parse_args()
    if not args.data.exists():
        print(
            f"error: {args.data} not found (the paper's artefacts live in ../shared/data/paper/)",
            file=sys.stderr,
        )
        return 2
    programs = load(args.data, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        batch.write_text("".join(json.dumps(p) + "\n" for p in programs), encoding="utf-8")
        ours, our_findings = time_seccode(batch)
        files = Path(tmp) / "files"
        files.mkdir()
        base, base_findings = time_bandit_cli(programs, files)
    n = len(programs)
    print(f"Scan speed on {n} programs ({args.data.name}), one run each, 2-core machine\n")
    print(f"| {'side':<46} | {'wall s':>8} | {'ms/program':>10} | {'findings':>8} |")
    print(f"|{'-' * 48}|{'-' * 10}|{'-' * 12}|{'-' * 10}|")
    for side, wall, found in (
        ("seccode scan --jsonl (all analyzers, 1 batch)", ours, our_findings),
        ("baseline: bandit CLI, one call per program", base, base_findings),
    ):
        print(f"| {side:<46} | {wall:8.2f} | {wall / n * 1000:10.1f} | {found:8d} |")
    print(f"\nspeed-up: {base / ours:.1f}x (goal >= 20x); seccode batch {ours:.2f} s (goal < 5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
