"""Negative: a retry loop around one non-blocking recv returns the chunk to the caller, which handles b''."""
import select


def receive(sock):
    while True:
        try:
            return sock.recv(65536)
        except BlockingIOError:
            select.select([sock], [], [])
