"""asyncio UDP echo used by the network team for latency probes."""
import asyncio
import json
import logging

log = logging.getLogger("probe")
MAX_REPLY = 512


class ProbeProtocol(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        try:
            probe = json.loads(data)
        except ValueError:
            return
        claimed = probe.get("reply_to")
        if claimed and tuple(claimed) != addr:
            log.info("ignoring reply_to %s from %s; answering sender", claimed, addr)
        reply = json.dumps({"seq": probe.get("seq"), "echo": True}).encode()[:MAX_REPLY]
        # replies always go back to the address the datagram came from
        self.transport.sendto(reply, addr)


async def main(port=9999):
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(ProbeProtocol, local_addr=("0.0.0.0", port))
    try:
        await asyncio.Event().wait()
    finally:
        transport.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
