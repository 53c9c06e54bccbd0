"""A small, fully known stand-in for the paper's artefacts, for tests of the study and its reports.

Every generator writes two CWE-78 programs: ``CWE-078/shell.py`` (``os.system(input())``,
labelled vulnerable, which Bandit flags) and ``CWE-078/quiet.py`` (clean, labelled secure except
codegeex2's, labelled 0.5 so that the labels and our verdicts differ once).
gpt-3.5 calls every program vulnerable, gpt-4 answers right; gpt-3.5's repairs keep the shell
(verified 1), gpt-4's quote the input (verified 0). One RQ4 configuration (gpt-4 repairs gpt-4, one
run) flags the shell program at round 1 and nothing after.
"""

from __future__ import annotations

import json
from pathlib import Path

from seccode.study._artifacts import GENERATORS, REPAIRERS

VULNERABLE_CODE = "import os\n\n\ndef run():\n    os.system(input())  # <script>alert(1)</script>\n"
SECURE_CODE = "def greet():\n    print('hi')\n"
REPAIRED_CODE = "import shlex\n\n\ndef run():\n    print(shlex.quote(input()))\n"


def _jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def write_fake_artifacts(folder: Path) -> Path:
    """Write the three artefact files into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    rq1 = []
    for model in GENERATORS:
        for task, code, label in (
            ("CWE-078/shell.py", VULNERABLE_CODE, 1.0),
            # a reviewer's "partly" on codegeex2's clean program: the one label our verdicts disagree with
            ("CWE-078/quiet.py", SECURE_CODE, 0.5 if model == "codegeex2" else 0.0),
        ):
            rq1.append(
                {
                    "model": model,
                    "task_id": task,
                    "cwe": "CWE-078",
                    "generated_code": code,
                    "label_final": label,
                    "rq2_judge_by_gpt-3.5_raw": "true",
                    "rq2_judge_by_gpt-3.5": True,
                    "rq2_judge_by_gpt-4_raw": str(label > 0).lower(),
                    "rq2_judge_by_gpt-4": label > 0,
                }
            )
    rq3 = [
        {
            "repair_model": rep,
            "generation_model": gen,
            "task_id": "CWE-078/shell.py",
            "cwe": "CWE-078",
            "rq1_label": 1.0,
            "repaired_code": VULNERABLE_CODE if rep == "gpt-3.5" else REPAIRED_CODE,
            "verify_label": 1.0 if rep == "gpt-3.5" else 0.0,
        }
        for rep in REPAIRERS
        for gen in GENERATORS
    ]
    stages = ("iter1", "iter2", "iter3", "iter4", "iter5", "final")
    rq4 = [
        {
            "fix_model": "gpt-4",
            "gen_model": "gpt-4",
            "run": 1,
            "stage": stage,
            "files": {
                "CWE-078-shell.py": ["CWE-78: shell"] if stage == "iter1" else [],
                "CWE-078-quiet.py": [],
            },
        }
        for stage in stages
    ]
    _jsonl(folder / "rq1_generations.jsonl", rq1)
    _jsonl(folder / "rq3_repairs.jsonl", rq3)
    _jsonl(folder / "rq4_iterations.jsonl", rq4)
    return folder


__all__ = ["REPAIRED_CODE", "SECURE_CODE", "VULNERABLE_CODE", "write_fake_artifacts"]
