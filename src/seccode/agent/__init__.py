"""The agent: code extraction from completions and the generate -> scan -> repair loop."""

from seccode.agent._history import Attempt, LoopConfig, LoopHistory, Outcome, Round, is_flagged
from seccode.agent.extract import Extraction, defined_functions, extract_code, is_program
from seccode.agent.repair_loop import Scan, run_loop, thread_scanner

__all__ = [
    "Attempt",
    "Extraction",
    "LoopConfig",
    "LoopHistory",
    "Outcome",
    "Round",
    "Scan",
    "defined_functions",
    "extract_code",
    "is_flagged",
    "is_program",
    "run_loop",
    "thread_scanner",
]
