import sys
import csv
from enum import Enum


class Priority(Enum):
    LOW = "low"
    NORMAL = "normal"
    URGENT = "urgent"


ESCALATION_QUEUE = "oncall"
DEFAULT_QUEUE = "support"


def queue_for(row: dict) -> str:
    priority = Priority(row["priority"].strip().lower())
    if priority is Priority.URGENT:
        return ESCALATION_QUEUE
    if row.get("product", "").strip().lower() == "billing":
        return "billing"
    return DEFAULT_QUEUE


def route(path: str) -> dict[str, list[str]]:
    queues: dict[str, list[str]] = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            assignee = row.get("assignee")
            if assignee is not None and assignee != "":
                queues.setdefault("direct:" + assignee, []).append(row["id"])
                continue
            queues.setdefault(queue_for(row), []).append(row["id"])
    return queues


if __name__ == "__main__":
    for queue, ids in route(sys.argv[1]).items():
        print(queue, len(ids))
