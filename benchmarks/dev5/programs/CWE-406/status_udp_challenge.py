"""UDP status responder; large replies only go to clients that echoed a challenge."""
import hashlib
import hmac
import json
import os
import socket
import time

from gameserver.state import current_players, server_info

BIND = ("0.0.0.0", 27016)
SECRET = os.urandom(32)


def challenge_for(addr) -> bytes:
    window = int(time.time() // 30)
    msg = f"{addr[0]}:{addr[1]}:{window}".encode()
    return hmac.new(SECRET, msg, hashlib.sha256).digest()[:8]


def valid_challenge(addr, token: bytes) -> bool:
    return hmac.compare_digest(token, challenge_for(addr))


def build_status() -> bytes:
    info = server_info()
    info["players"] = [{"name": p.name, "score": p.score} for p in current_players()]
    return json.dumps(info).encode()


def serve() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(BIND)
    while True:
        data, addr = sock.recvfrom(64)
        # clients send STATUS + 8 token bytes (zeros on first contact)
        if len(data) < 14 or not data.startswith(b"STATUS"):
            continue
        token = data[6:14]
        if not valid_challenge(addr, token):
            # reply is no larger than the request
            sock.sendto(b"CHAL" + challenge_for(addr), addr)
            continue
        payload = build_status()
        for off in range(0, len(payload), 1200):
            sock.sendto(payload[off:off + 1200], addr)


if __name__ == "__main__":
    serve()
