import socket


def run(sock: socket.socket, records: list[bytes], verified_peers: set) -> None:
    """verified_peers is filled by the TCP login service; only those peers get the record stream."""
    while True:
        data, peer = sock.recvfrom(512)
        if peer not in verified_peers:
            continue
        for rec in records:
            sock.sendto(rec, peer)
