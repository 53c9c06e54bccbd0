"""The source is looked up, but an unknown sender is only logged and still gets the full dump."""
import logging
import socket

log = logging.getLogger("dump")


def is_registered(addr) -> bool:
    return addr[0].startswith("10.")


def serve(sock: socket.socket, rows: list[bytes]) -> None:
    while True:
        req, src = sock.recvfrom(32)
        if not is_registered(src):
            log.info("dump requested by unregistered %s", src)
        for row in rows:
            sock.sendto(row, src)
