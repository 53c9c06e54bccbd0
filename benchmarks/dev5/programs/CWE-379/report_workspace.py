import os
import tempfile
import uuid

SHARED_WORK = "/tmp/reportgen"


def workspace() -> str:
    os.makedirs(SHARED_WORK, exist_ok=True)
    os.chmod(SHARED_WORK, 0o777)
    return SHARED_WORK


def write_intermediate(rows: list[dict]) -> str:
    path = os.path.join(workspace(), f"rows-{uuid.uuid4().hex}.csv")
    with open(path, "w") as fh:
        for r in rows:
            fh.write(",".join(str(v) for v in r.values()) + "\n")
    return path


def scratch_file() -> tempfile.NamedTemporaryFile:
    return tempfile.NamedTemporaryFile(dir=workspace(), suffix=".tmp", delete=False, mode="w")
