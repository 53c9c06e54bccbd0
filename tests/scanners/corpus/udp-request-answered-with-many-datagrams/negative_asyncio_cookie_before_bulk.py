"""Peers must return an address-bound cookie before the (large) catalogue is streamed to them."""
import asyncio
import hashlib
import hmac
import os

KEY = os.urandom(32)


def cookie(addr) -> bytes:
    return hmac.new(KEY, repr(addr).encode(), hashlib.sha256).digest()[:16]


def cookie_ok(addr, data: bytes) -> bool:
    return hmac.compare_digest(data[4:20], cookie(addr))


class Catalogue(asyncio.DatagramProtocol):
    def __init__(self, chunks):
        self.chunks = chunks

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        if not cookie_ok(addr, data):
            self.transport.sendto(b"COOK" + cookie(addr), addr)
            return
        for chunk in self.chunks:
            self.transport.sendto(chunk, addr)
