import json
import os
import socket

SOCK_PATH = "/tmp/keyagent.sock"


def request_key(key_name):
    """Ask the local key agent for a decrypted key over its unix socket."""
    if not os.path.exists(SOCK_PATH):
        raise FileNotFoundError("key agent is not running")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.connect(SOCK_PATH)
        s.sendall(json.dumps({"op": "get", "name": key_name}).encode() + b"\n")
        reply = s.makefile().readline()
    return json.loads(reply)["key"]


if __name__ == "__main__":
    key = request_key(os.environ.get("KEY_NAME", "deploy"))
    print("got key of", len(key), "chars")
