"""Tasks: the record of what a model is asked to write, and loaders for the places tasks come from."""

from seccode.tasks._loaders import (
    load_examples,
    load_prompt_folder,
    load_securityeval,
    load_securityeval_insecure,
    load_task_jsonl,
    load_tasks,
    securityeval_task_id,
)
from seccode.tasks._names import safe_name
from seccode.tasks._task import Task

__all__ = [
    "Task",
    "load_examples",
    "load_prompt_folder",
    "load_securityeval",
    "load_securityeval_insecure",
    "load_task_jsonl",
    "load_tasks",
    "safe_name",
    "securityeval_task_id",
]
