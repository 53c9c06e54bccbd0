import os

SPOOL = "/tmp/print-spool"


def enqueue(job_id, document):
    os.makedirs(SPOOL, exist_ok=True)
    with open(os.path.join(SPOOL, f"{job_id}.ps"), "wb") as fh:
        fh.write(document)
