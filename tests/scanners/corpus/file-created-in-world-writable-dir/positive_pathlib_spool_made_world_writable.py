import json
from pathlib import Path

SPOOL = Path("/srv/printing/spool")


def enqueue(job_id: str, document: dict) -> Path:
    SPOOL.mkdir(mode=0o777, parents=True, exist_ok=True)
    ticket = SPOOL / f"{job_id}.json"
    ticket.write_text(json.dumps(document))
    return ticket
