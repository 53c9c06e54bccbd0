"""Negative example for reply-to-address-from-packet: the asyncio callback parses the payload but answers only the sender address the transport reported."""
import asyncio
import json


class LookupProtocol(asyncio.DatagramProtocol):
    def __init__(self, table):
        self.table = table
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        try:
            key = json.loads(data)["key"]
        except (ValueError, KeyError):
            return
        self.transport.sendto(json.dumps({"value": self.table.get(key)}).encode(), addr)
