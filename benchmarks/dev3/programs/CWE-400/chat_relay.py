import asyncio

MAX_LINE = 4096
MAX_CLIENTS = 200
IDLE_TIMEOUT = 120

clients = set()


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
    if len(clients) >= MAX_CLIENTS:
        writer.write(b"server full\n")
        await writer.drain()
        writer.close()
        return
    clients.add(writer)
    try:
        while True:
            try:
                line = await asyncio.wait_for(reader.readline(), timeout=IDLE_TIMEOUT)
            except (asyncio.TimeoutError, asyncio.LimitOverrunError, ValueError):
                break
            if not line:
                break
            for other in list(clients):
                if other is not writer:
                    other.write(line)
    finally:
        clients.discard(writer)
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "0.0.0.0", 7000, limit=MAX_LINE)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
