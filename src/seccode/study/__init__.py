"""The study: the paper's experiments (RQ1-RQ4), its artefacts, and its tables reproduced."""

from seccode.study._artifacts import (
    GENERATORS,
    REPAIRERS,
    Generation,
    PaperArtifacts,
    Repair,
    RoundScan,
    load_artifacts,
    log_file_task,
)
from seccode.study._calls import DETECTION_TEMPLATE, parse_detection
from seccode.study._crosscheck import Agreement, ReplayCheck, check_by_replay, check_to_json, cross_check
from seccode.study._env import StudyIncomplete
from seccode.study._figures import (
    PAPER_TABLE2,
    PAPER_TABLE3,
    PAPER_TABLE4,
    PAPER_TABLE5,
    Count,
    CweRow,
    DetectionRow,
    IterativeRow,
    PaperTables,
    RepairCell,
    RepairTotal,
    VulnerableRow,
)
from seccode.study._import import PAPER_RUN, import_paper
from seccode.study._json import tables_from_json, tables_to_json
from seccode.study._paper_labels import generation_labels, repair_labels, replay_spec, write_labels
from seccode.study._plan import KINDS, StudyPlan
from seccode.study._rejudge import Rejudgement, generation_id, rejudge, repair_id
from seccode.study._replay_paper import REPLAY_RUNS, ReplayedFigures, replay_study
from seccode.study._reproduce import Reproduction, reproduce_paper
from seccode.study._run_metrics import DetectionScore, GenerationRow, LoopScore, RepairScore, RunFigures
from seccode.study._runs import RunOptions, StudyOutcome, resume_study, start_study
from seccode.study._tables import SECCODE_JUDGE, paper_tables

__all__ = [
    "DETECTION_TEMPLATE",
    "GENERATORS",
    "KINDS",
    "PAPER_RUN",
    "PAPER_TABLE2",
    "PAPER_TABLE3",
    "PAPER_TABLE4",
    "PAPER_TABLE5",
    "REPAIRERS",
    "REPLAY_RUNS",
    "SECCODE_JUDGE",
    "Agreement",
    "Count",
    "CweRow",
    "DetectionRow",
    "DetectionScore",
    "Generation",
    "GenerationRow",
    "IterativeRow",
    "LoopScore",
    "PaperArtifacts",
    "PaperTables",
    "Rejudgement",
    "Repair",
    "RepairCell",
    "RepairScore",
    "RepairTotal",
    "ReplayCheck",
    "ReplayedFigures",
    "Reproduction",
    "RoundScan",
    "RunFigures",
    "RunOptions",
    "StudyIncomplete",
    "StudyOutcome",
    "StudyPlan",
    "VulnerableRow",
    "check_by_replay",
    "check_to_json",
    "cross_check",
    "generation_id",
    "generation_labels",
    "import_paper",
    "load_artifacts",
    "log_file_task",
    "paper_tables",
    "parse_detection",
    "rejudge",
    "repair_id",
    "repair_labels",
    "replay_spec",
    "replay_study",
    "reproduce_paper",
    "resume_study",
    "start_study",
    "tables_from_json",
    "tables_to_json",
    "write_labels",
]
