import json
import os
import queue
import threading

EXPORT_DIR = "/var/tmp/key-exports"


def prepare_dir():
    os.makedirs(EXPORT_DIR, exist_ok=True)
    os.chmod(EXPORT_DIR, 0o777)


def write_export(job):
    path = os.path.join(EXPORT_DIR, f"export-{job['customer_id']}.json.part")
    with open(path, "w") as fh:
        json.dump({"customer": job["customer_id"], "keys": job["keys"]}, fh)
    return path


def worker(jobs: queue.Queue, done: queue.Queue):
    while True:
        job = jobs.get()
        if job is None:
            break
        done.put(write_export(job))
        jobs.task_done()


if __name__ == "__main__":
    prepare_dir()
    jobs, done = queue.Queue(), queue.Queue()
    t = threading.Thread(target=worker, args=(jobs, done), daemon=True)
    t.start()
    jobs.put({"customer_id": 7, "keys": ["k-1", "k-2"]})
    jobs.put(None)
    t.join()
    print(done.get())
