import asyncio
from urllib.parse import parse_qs, urlsplit

SUPPORTED = {"en", "de", "fr", "es", "ja"}
PAGE = b"<html><body>Language saved.</body></html>"


def build_response(lang):
    if lang not in SUPPORTED:
        lang = "en"
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: text/html\r\n"
        f"Set-Cookie: lang={lang}; Path=/\r\n"
        f"Content-Length: {len(PAGE)}\r\n"
        "\r\n"
    )
    return head.encode("ascii") + PAGE


async def handle(reader, writer):
    request_line = (await reader.readline()).decode("latin-1")
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    target = request_line.split(" ")[1] if " " in request_line else "/"
    lang = parse_qs(urlsplit(target).query).get("lang", ["en"])[0]
    writer.write(build_response(lang))
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8082)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
