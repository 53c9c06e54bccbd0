import asyncio
import json


class DiscoveryProtocol(asyncio.DatagramProtocol):
    def __init__(self, registry):
        self.registry = registry
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        try:
            msg = json.loads(data)
        except ValueError:
            return
        if msg.get("op") == "hello":
            self.registry[msg.get("id", str(addr))] = addr
        if msg.get("op") in ("hello", "list"):
            peers = [{"id": k, "host": v[0], "port": v[1]} for k, v in self.registry.items()]
            repeat = int(msg.get("retries", 1))
            for _ in range(repeat):
                self.transport.sendto(json.dumps({"peers": peers}).encode(), addr)


async def main():
    loop = asyncio.get_running_loop()
    registry = {}
    await loop.create_datagram_endpoint(lambda: DiscoveryProtocol(registry),
                                        local_addr=("0.0.0.0", 47000))
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
