import asyncio
import json
import os


class CollectorProtocol(asyncio.DatagramProtocol):
    def __init__(self, queue: asyncio.Queue):
        self.queue = queue

    def datagram_received(self, data: bytes, addr) -> None:
        try:
            event = json.loads(data)
        except ValueError:
            return
        self.queue.put_nowait({"from": addr[0], **event})


async def writer(queue: asyncio.Queue, path: str) -> None:
    while True:
        event = await queue.get()
        with open(path, "a") as fh:
            fh.write(json.dumps(event) + "\n")


async def main() -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue(maxsize=10000)
    port = int(os.environ.get("COLLECTOR_PORT", "8126"))
    transport, _ = await loop.create_datagram_endpoint(
        lambda: CollectorProtocol(queue),
        local_addr=("127.0.0.1", port),
    )
    try:
        await writer(queue, os.environ.get("COLLECTOR_FILE", "events.jsonl"))
    finally:
        transport.close()


if __name__ == "__main__":
    asyncio.run(main())
