"""A UDP lookup service: the answer a helper builds is cut to the length of the query, so a spoofed
query cannot make the service send more bytes than it received."""
import socket

TABLE = {b"ping": b"pong", b"version": b"lookupd 2.4.1 (build 7781, protocol 3)"}


def build_answer(query):
    answer = TABLE.get(query.strip(), b"?")
    return answer[: len(query)]


def run(port=7400):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", port))
    while True:
        data, peer = s.recvfrom(256)
        out = build_answer(data)
        s.sendto(out, peer)
