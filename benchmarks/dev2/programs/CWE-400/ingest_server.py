import asyncio
import json

MAX_LINE = 64 * 1024
IDLE_TIMEOUT = 30


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
    try:
        while True:
            try:
                line = await asyncio.wait_for(reader.readline(), IDLE_TIMEOUT)
            except (asyncio.TimeoutError, asyncio.LimitOverrunError, ValueError):
                break
            if not line:
                break
            event = json.loads(line)
            writer.write(b'{"ack": %d}\n' % event.get("seq", 0))
            await writer.drain()
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "0.0.0.0", 5140, limit=MAX_LINE)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
