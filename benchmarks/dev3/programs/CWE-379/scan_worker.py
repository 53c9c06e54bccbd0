import os
import queue
import subprocess
import tempfile
import threading

SHARED_WORKDIR = "/tmp/av-scan-work"


class ScanWorker(threading.Thread):
    def __init__(self, jobs: queue.Queue, results: queue.Queue):
        super().__init__(daemon=True)
        self.jobs = jobs
        self.results = results
        os.makedirs(SHARED_WORKDIR, exist_ok=True)
        self.workdir = SHARED_WORKDIR

    def run(self):
        while True:
            job_id, content = self.jobs.get()
            tmp = tempfile.NamedTemporaryFile(
                dir=self.workdir, prefix=f"scan-{job_id}-", suffix=".bin", delete=False
            )
            try:
                tmp.write(content)
                tmp.close()
                proc = subprocess.run(["clamscan", "--no-summary", tmp.name], capture_output=True, text=True)
                self.results.put((job_id, proc.returncode == 0, proc.stdout))
            finally:
                os.unlink(tmp.name)
                self.jobs.task_done()
