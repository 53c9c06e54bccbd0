"""An asyncio UDP time service answers to the return address written inside the request body."""
import asyncio
import json
import time


class TimeService(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        msg = json.loads(data)
        answer = json.dumps({"t": time.time()}).encode()
        self.transport.sendto(answer, (msg["return_addr"], int(msg["return_port"])))


async def main():
    loop = asyncio.get_running_loop()
    await loop.create_datagram_endpoint(TimeService, local_addr=("127.0.0.1", 9123))
    await asyncio.sleep(3600)
