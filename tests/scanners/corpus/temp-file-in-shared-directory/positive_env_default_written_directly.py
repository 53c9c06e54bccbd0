import os

PID_PATH = os.environ.get("WORKER_PIDFILE", "/tmp/worker.pid")


def write_pid():
    with open(PID_PATH, "w") as fh:
        fh.write(str(os.getpid()))
