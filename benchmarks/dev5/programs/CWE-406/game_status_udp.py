"""UDP status responder for the game server browser."""
import json
import socket

from gameserver.state import current_players, server_info

BIND = ("0.0.0.0", 27016)


def build_status() -> bytes:
    info = server_info()
    info["players"] = [
        {"name": p.name, "score": p.score, "ping": p.ping, "clan": p.clan, "avatar_url": p.avatar_url}
        for p in current_players()
    ]
    info["rules"] = info.get("rules", {})
    return json.dumps(info).encode()


def serve() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(BIND)
    while True:
        data, addr = sock.recvfrom(64)
        if data.startswith(b"STATUS"):
            payload = build_status()
            for off in range(0, len(payload), 1200):
                sock.sendto(payload[off:off + 1200], addr)


if __name__ == "__main__":
    serve()
