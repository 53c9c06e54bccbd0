import asyncio
from urllib.parse import parse_qs, urlsplit

ALLOWED_HOSTS = {"www.example.com", "shop.example.com"}


def choose_location(target):
    query = parse_qs(urlsplit(target).query)
    dest = query.get("to", ["https://www.example.com/"])[0]
    if "\r" in dest or "\n" in dest:
        return "https://www.example.com/"
    parts = urlsplit(dest)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        return "https://www.example.com/"
    return dest


async def handle(reader, writer):
    line = (await reader.readline()).decode("latin-1").rstrip("\r\n")
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    parts = line.split(" ")
    location = choose_location(parts[1] if len(parts) > 1 else "/")
    writer.write(
        f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode("latin-1", "replace")
    )
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8091)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
