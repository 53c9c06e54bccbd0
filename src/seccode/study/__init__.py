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
from seccode.study._json import tables_from_json, tables_to_json
from seccode.study._rejudge import Rejudgement, generation_id, rejudge, repair_id
from seccode.study._reproduce import Reproduction, reproduce_paper
from seccode.study._tables import SECCODE_JUDGE, paper_tables

__all__ = [
    "GENERATORS",
    "PAPER_TABLE2",
    "PAPER_TABLE3",
    "PAPER_TABLE4",
    "PAPER_TABLE5",
    "REPAIRERS",
    "SECCODE_JUDGE",
    "Count",
    "CweRow",
    "DetectionRow",
    "Generation",
    "IterativeRow",
    "PaperArtifacts",
    "PaperTables",
    "Rejudgement",
    "Repair",
    "RepairCell",
    "RepairTotal",
    "Reproduction",
    "RoundScan",
    "VulnerableRow",
    "generation_id",
    "load_artifacts",
    "log_file_task",
    "paper_tables",
    "rejudge",
    "repair_id",
    "reproduce_paper",
    "tables_from_json",
    "tables_to_json",
]
