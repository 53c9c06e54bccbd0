"""The callback host named in the job is used only when it is one of the configured collectors."""
import socket

COLLECTORS = {"collector-a.internal", "collector-b.internal"}


def report(job: dict, payload: bytes) -> None:
    host = job.get("callback_host")
    if host in COLLECTORS:
        with socket.create_connection((job["callback_host"], 7000), timeout=5) as conn:
            conn.sendall(payload)
