import json

HANDLERS = [
    ["ping", lambda msg: {"pong": True}],
    ["shutdown", lambda msg: {"status": "refused"}],
    ["stats", lambda msg: {"load": 0.1}],
    ["shutdown", lambda msg: {"status": "stopping"}],
]


def dispatch(raw: bytes) -> bytes:
    msg = json.loads(raw)
    handler = next((h for cmd, h in HANDLERS if cmd == msg.get("cmd")), None)
    return json.dumps(handler(msg) if handler else {"error": "unknown"}).encode()
