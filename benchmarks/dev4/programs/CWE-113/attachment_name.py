import asyncio
from urllib.parse import quote, unquote


DOCS = {"1": b"%PDF-1.4 fake\n", "2": b"plain text doc\n"}


def disposition(filename):
    # RFC 5987 encoding keeps every byte of the header value percent-encoded
    return "attachment; filename*=UTF-8''" + quote(filename, safe="")


async def handle(reader, writer):
    line = (await reader.readline()).decode("latin-1")
    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
        pass
    parts = line.split(" ")
    target = parts[1] if len(parts) > 1 else "/"
    doc_id, _, name = target.lstrip("/").partition("/")
    body = DOCS.get(doc_id, b"")
    name = unquote(name) or f"document-{doc_id}"
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"Content-Disposition: {disposition(name)}\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    )
    writer.write(head.encode("ascii") + body)
    await writer.drain()
    writer.close()


async def main():
    srv = await asyncio.start_server(handle, "127.0.0.1", 8089)
    async with srv:
        await srv.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
