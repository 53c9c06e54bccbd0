"""An asyncio datagram protocol replies to a short 'SYNC' with a burst of repeated state packets."""
import asyncio


class StateMirror(asyncio.DatagramProtocol):
    def __init__(self, state: bytes):
        self.state = state

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        if data.startswith(b"SYNC"):
            repeat = data[4] if len(data) > 4 else 1
            for _ in range(repeat):
                self.transport.sendto(self.state, addr)
