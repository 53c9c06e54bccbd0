"""Creates a per-job scratch area for the data pipeline."""
import json
import os
import shutil
import uuid

SCRATCH_BASE = "/var/tmp/pipeline"


class Workspace:
    def __init__(self, job_id=None):
        self.job_id = job_id or uuid.uuid4().hex
        os.makedirs(SCRATCH_BASE, exist_ok=True)
        self.path = os.path.join(SCRATCH_BASE, self.job_id)
        os.mkdir(self.path)
        os.chmod(self.path, 0o1777)

    def write_credentials(self, creds):
        cred_path = os.path.join(self.path, "warehouse.json")
        with open(cred_path, "w") as fh:
            json.dump(creds, fh)
        return cred_path

    def cleanup(self):
        shutil.rmtree(self.path, ignore_errors=True)


if __name__ == "__main__":
    ws = Workspace()
    print(ws.write_credentials({"user": "etl", "password": os.environ.get("WH_PASS", "")}))
    ws.cleanup()
