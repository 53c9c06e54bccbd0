"""The run store: one SQLite file per study (WAL, versioned schema, a single writer at a time).

It holds runs (their spec: models, prompt and dataset hashes, analyzers and versions), samples,
model calls, findings, verdicts and labels. Writes are idempotent on a sample's key, so a run
killed at any point resumes without losing or duplicating anything.
"""

from seccode.store._errors import StoreBusy, StoreError
from seccode.store._labels import read_labels
from seccode.store._records import (
    LABEL_VALUES,
    AnalyzerVersion,
    Label,
    ModelCall,
    RunInfo,
    RunSpec,
    Sample,
    SampleKey,
    StoredSample,
    StoredVerdict,
    content_hash,
)
from seccode.store._schema import SCHEMA_VERSION
from seccode.store._store import RunStore

__all__ = [
    "LABEL_VALUES",
    "SCHEMA_VERSION",
    "AnalyzerVersion",
    "Label",
    "ModelCall",
    "RunInfo",
    "RunSpec",
    "RunStore",
    "Sample",
    "SampleKey",
    "StoreBusy",
    "StoreError",
    "StoredSample",
    "StoredVerdict",
    "content_hash",
    "read_labels",
]
