import asyncio
import json


class StatusProtocol(asyncio.DatagramProtocol):
    """Answers STATUS probes from monitoring agents with a JSON status blob."""

    def __init__(self, status):
        self.status = status
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        try:
            probe = json.loads(data)
        except ValueError:
            return
        if probe.get("cmd") != "STATUS":
            return
        reply = dict(self.status, request_id=probe.get("id"))
        self.transport.sendto(json.dumps(reply).encode(), addr)


async def main():
    loop = asyncio.get_running_loop()
    status = {"service": "billing", "version": "3.4.1", "queues": {"invoices": 12, "emails": 3}}
    transport, _ = await loop.create_datagram_endpoint(
        lambda: StatusProtocol(status), local_addr=("0.0.0.0", 9911))
    try:
        await asyncio.Event().wait()
    finally:
        transport.close()


if __name__ == "__main__":
    asyncio.run(main())
