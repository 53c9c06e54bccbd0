import os
import tempfile


def enqueue(job_id, document):
    spool = tempfile.mkdtemp(prefix="print-spool-")
    with open(os.path.join(spool, f"{job_id}.ps"), "wb") as fh:
        fh.write(document)
    return spool
