"""Frozen records that go into and come out of the run store."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field


def content_hash(text: str) -> str:
    """A short, stable hash of ``text`` (prompts, datasets, specs)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class AnalyzerVersion:
    """One analyzer a run used, with its version, so results can be told apart across upgrades."""

    name: str
    version: str


@dataclass(frozen=True, slots=True)
class RunSpec:
    """Everything that determines a run's results; stored as JSON and hashed.

    ``params`` holds experiment knobs as sorted ``(name, value)`` pairs (rounds, temperature...),
    kept as strings so the spec hashes the same on every platform.
    """

    kind: str  # "rq1".."rq4", "paper"
    models: tuple[str, ...]
    analyzers: tuple[AnalyzerVersion, ...]
    dataset_hash: str
    prompts_hash: str
    seccode_version: str
    runs: int = 1
    params: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> str:
        """Canonical JSON of the spec (sorted keys, no spaces), the input of :meth:`digest`."""
        doc = {
            "kind": self.kind,
            "models": list(self.models),
            "analyzers": [[a.name, a.version] for a in self.analyzers],
            "dataset_hash": self.dataset_hash,
            "prompts_hash": self.prompts_hash,
            "seccode_version": self.seccode_version,
            "runs": self.runs,
            "params": [list(p) for p in self.params],
        }
        return json.dumps(doc, sort_keys=True, separators=(",", ":"))

    def digest(self) -> str:
        """A stable hash of the spec."""
        return content_hash(self.to_json())

    @classmethod
    def from_json(cls, text: str) -> RunSpec:
        """Rebuild a spec written by :meth:`to_json`."""
        doc = json.loads(text)
        return cls(
            kind=doc["kind"],
            models=tuple(doc["models"]),
            analyzers=tuple(AnalyzerVersion(n, v) for n, v in doc["analyzers"]),
            dataset_hash=doc["dataset_hash"],
            prompts_hash=doc["prompts_hash"],
            seccode_version=doc["seccode_version"],
            runs=int(doc["runs"]),
            params=tuple((str(k), str(v)) for k, v in doc["params"]),
        )


@dataclass(frozen=True, slots=True)
class RunInfo:
    """A run as stored: its id, spec, status and timestamps (ISO 8601, UTC)."""

    id: str
    spec: RunSpec
    spec_hash: str
    status: str  # "running" or "finished"
    created_at: str
    finished_at: str | None


@dataclass(frozen=True, slots=True)
class SampleKey:
    """What identifies a sample within a run; the store never holds two samples with one key.

    ``subject`` names whose work the sample is about ("" for a generation; the generator's model for
    a detection or a repair), ``index`` the independent repetition, ``round`` the repair round.
    """

    stage: str  # "generate", "detect", "repair", "round"
    model: str
    task_id: str
    subject: str = ""
    index: int = 0
    round: int = 0


@dataclass(frozen=True, slots=True)
class ModelCall:
    """One call to a model: tokens, latency, and cost when the model is priced."""

    model: str
    provider: str
    prompt_hash: str
    input_tokens: int | None = None
    output_tokens: int | None = None
    latency_s: float | None = None
    cost_usd: float | None = None
    cached: bool = False


@dataclass(frozen=True, slots=True)
class Sample:
    """One stored output of a model: the raw text, the code taken from it, or a parsed answer."""

    key: SampleKey
    text: str | None = None
    code: str | None = None
    answer: str | None = None  # a detection's parsed answer: "true", "false" or "unparsable"
    call: ModelCall | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class StoredSample:
    """A sample read back from the store, with its row id."""

    id: int
    run_id: str
    sample: Sample


@dataclass(frozen=True, slots=True)
class StoredVerdict:
    """A verdict as stored: who judged (``judge``), for which CWE, and what they said."""

    sample_id: int
    judge: str
    target_cwe: int | None
    vulnerable: bool | None
    any_finding: bool


@dataclass(frozen=True, slots=True)
class Label:
    """A reference label for a sample: 1 vulnerable, 0.5 partly, 0 secure, -1 not applicable."""

    key: SampleKey
    value: float
    source: str  # "paper", "review:<name>", a file name...


#: the values a label may take
LABEL_VALUES = frozenset({0.0, 0.5, 1.0, -1.0})


__all__ = [
    "LABEL_VALUES",
    "AnalyzerVersion",
    "Label",
    "ModelCall",
    "RunInfo",
    "RunSpec",
    "Sample",
    "SampleKey",
    "StoredSample",
    "StoredVerdict",
    "content_hash",
]
