import asyncio
import json


class Collector:
    def __init__(self):
        self.records = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        buf = b""
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                self.records.append(json.loads(line))
                writer.write(b"ack\n")
                await writer.drain()
        writer.close()


async def main():
    collector = Collector()
    server = await asyncio.start_server(collector.handle, "0.0.0.0", 9400)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
