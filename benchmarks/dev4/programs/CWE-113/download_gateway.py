import asyncio

FILES = {"report": b"quarterly numbers\n", "invoice": b"invoice 42\n"}


async def handle(reader, writer):
    request_line = (await reader.readline()).decode("latin-1")
    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
        pass
    try:
        _method, target, _ver = request_line.split(" ", 2)
    except ValueError:
        writer.close()
        return
    from urllib.parse import unquote
    parts = target.lstrip("/").split("/", 1)
    key = parts[0]
    save_as = unquote(parts[1]) if len(parts) > 1 else key + ".txt"
    body = FILES.get(key, b"")
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"Content-Disposition: attachment; filename=\"{save_as}\"\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    )
    writer.write(head.encode("latin-1") + body)
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "0.0.0.0", 8088)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
