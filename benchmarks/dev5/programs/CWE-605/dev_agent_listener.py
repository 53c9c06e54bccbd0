# Local build agent for the shared macOS build machines. Several engineers log in
# to each box; the agent receives build-trigger messages from CI on UDP 9555.
import json
import socket
import subprocess

PORT = 9555


def make_socket():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("", PORT))
    return sock


def main():
    sock = make_socket()
    while True:
        payload, sender = sock.recvfrom(8192)
        try:
            msg = json.loads(payload)
        except ValueError:
            continue
        if msg.get("action") == "build" and msg.get("target") in {"ios", "macos"}:
            subprocess.run(["make", msg["target"]], cwd="/opt/builds/workspace", check=False)
            sock.sendto(b"started", sender)


if __name__ == "__main__":
    main()
