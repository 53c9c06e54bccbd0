import asyncio
import json
import os


class IngestProtocol(asyncio.DatagramProtocol):
    def __init__(self, sink):
        self.sink = sink

    def datagram_received(self, data, addr):
        try:
            record = json.loads(data)
        except ValueError:
            return
        record["_from"] = addr[0]
        self.sink.append(record)


async def flush(sink, path, every=5.0):
    while True:
        await asyncio.sleep(every)
        if sink:
            with open(path, "a") as fh:
                for record in sink:
                    fh.write(json.dumps(record) + "\n")
            sink.clear()


async def main():
    loop = asyncio.get_running_loop()
    sink = []
    port = int(os.environ.get("INGEST_PORT", "8125"))
    await loop.create_datagram_endpoint(
        lambda: IngestProtocol(sink),
        local_addr=("0.0.0.0", port),
        reuse_port=True,
    )
    await flush(sink, os.environ.get("INGEST_FILE", "telemetry.jsonl"))


if __name__ == "__main__":
    asyncio.run(main())
