"""A study writer run as a child process by the kill -9 tests.

``python _writer.py STUDY RUN N [HOLD_SECONDS]`` writes samples 0..N-1 of run RUN (each with a model
call and findings, one transaction per sample), skipping those already stored, then prints
``done <created>``. With HOLD_SECONDS it only takes the writer lock, prints ``locked`` and sleeps.
"""

from __future__ import annotations

import sys
import time

from seccode.scanners import Finding, Level
from seccode.store import AnalyzerVersion, ModelCall, RunSpec, RunStore, Sample, SampleKey, StoredVerdict

SPEC = RunSpec(
    kind="rq1",
    models=("m",),
    analyzers=(AnalyzerVersion("bandit", "1.9.4"),),
    dataset_hash="d",
    prompts_hash="p",
    seccode_version="test",
)


def main(path: str, run_id: str, count: int, hold: float | None) -> None:
    with RunStore.open(path) as store:
        if hold is not None:
            print("locked", flush=True)
            time.sleep(hold)
            return
        store.start_run(run_id, SPEC)
        created = 0
        for index in range(count):
            key = SampleKey("generate", "m", f"CWE-089/task_{index}.py")
            if store.find_sample(run_id, key) is not None:
                continue  # resume: this one was committed before the kill
            code = f"import os\nos.system(input())  # {index}\n"
            call = ModelCall("m", "replay", f"h{index}", 10, 20, 0.01)
            sample_id, new = store.add_sample(run_id, Sample(key, text=code, code=code, call=call))
            finding = Finding.create(
                scanner="bandit",
                rule_id="B605",
                cwe=78,
                severity=Level.HIGH,
                confidence=Level.HIGH,
                path=key.task_id,
                start_line=2,
                message="shell",
                code=code,
            )
            store.record_scan(sample_id, [finding], [StoredVerdict(sample_id, "seccode", 78, True, True)])
            created += int(new)
        store.finish_run(run_id)
    print(f"done {created}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]) if len(sys.argv) > 4 else None)
