import os

STATE_DIR = os.environ.get("WORKER_STATE", os.path.expanduser("~/.local/state/worker"))


def write_pid():
    os.makedirs(STATE_DIR, mode=0o700, exist_ok=True)
    with open(os.path.join(STATE_DIR, "worker.pid"), "w") as fh:
        fh.write(str(os.getpid()))
