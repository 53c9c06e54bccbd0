"""TCP server for the sensor line protocol: one JSON reading per line."""
import asyncio
import json


class Aggregator:
    def __init__(self):
        self.readings = {}

    def add(self, sensor, value):
        self.readings.setdefault(sensor, []).append(value)


async def handle(reader, writer, agg):
    peer = writer.get_extra_info("peername")
    buffer = b""
    while True:
        chunk = await reader.read(4096)
        if not chunk:
            break
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            try:
                msg = json.loads(line)
                agg.add(str(msg["sensor"]), float(msg["value"]))
            except (ValueError, KeyError):
                writer.write(b"ERR\n")
    writer.close()
    print("closed", peer)


async def main():
    agg = Aggregator()
    server = await asyncio.start_server(lambda r, w: handle(r, w, agg), "0.0.0.0", 5140)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
