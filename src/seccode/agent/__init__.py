"""The agent: code extraction from completions and the generate -> scan -> repair loop."""

from seccode.agent._batch_scan import BatchScanner
from seccode.agent._history import Attempt, LoopConfig, LoopHistory, Outcome, Round, is_flagged
from seccode.agent._outputs import HISTORY_VERSION, history_to_json, write_history
from seccode.agent._runner import OnDone, RunConfig, run_tasks
from seccode.agent._summary import RunSummary, summarize
from seccode.agent.extract import Extraction, defined_functions, extract_code, is_program
from seccode.agent.repair_loop import Scan, run_loop, thread_scanner

__all__ = [
    "HISTORY_VERSION",
    "Attempt",
    "BatchScanner",
    "Extraction",
    "LoopConfig",
    "LoopHistory",
    "OnDone",
    "Outcome",
    "Round",
    "RunConfig",
    "RunSummary",
    "Scan",
    "defined_functions",
    "extract_code",
    "history_to_json",
    "is_flagged",
    "is_program",
    "run_loop",
    "run_tasks",
    "summarize",
    "thread_scanner",
    "write_history",
]
