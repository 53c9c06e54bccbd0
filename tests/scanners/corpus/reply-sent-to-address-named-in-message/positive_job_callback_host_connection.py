"""A worker reports job results by connecting to the callback host the queued job names."""
import json
import socket


def report(job: dict, result: bytes) -> None:
    target = (job.get("callback_host"), job.get("callback_port", 7000))
    with socket.create_connection(target, timeout=5) as conn:
        conn.sendall(json.dumps({"id": job["id"]}).encode() + result)
